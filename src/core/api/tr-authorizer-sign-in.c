/* tr-authorizer-sign-in.c
 *
 * Copyright 2026 The Travel Requests authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <https://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Tr"

#include <sys/random.h>

#include <glib/gi18n-lib.h>

#include "tr-api-error.h"
#include "tr-authorizer-private.h"
#include "tr-redirect-listener.h"

/* The two interactive grants of TrAuthorizer: password, and authorization
 * code through the system browser and a loopback redirect listener. */

static void
sign_in_token_done (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  TrAuthorizer *self = TR_AUTHORIZER (source);
  g_autoptr(GTask) task = G_TASK (user_data);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrOAuthToken) token = _tr_authorizer_token_request_finish (self, result, &error);

  if (token == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  _tr_authorizer_apply_token (self, token);
  g_task_return_boolean (task, TRUE);
}

/**
 * tr_authorizer_sign_in_password_async:
 * @self: a #TrAuthorizer
 * @username: the Concur user name
 * @password: the password
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when signed in, or not
 * @user_data: data for @callback
 *
 * Signs in with the password grant at the configured data center. When
 * the user lives on another one (error 16), the grant is repeated once on
 * the returned geolocation.
 */
void
tr_authorizer_sign_in_password_async (TrAuthorizer        *self,
                                      const char          *username,
                                      const char          *password,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  const char *client_id;
  const char *client_secret;
  char *form;

  g_return_if_fail (TR_IS_AUTHORIZER (self));
  g_return_if_fail (username != NULL && password != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_authorizer_sign_in_password_async);

  client_id = tr_authorizer_get_client_id (self);
  client_secret = _tr_authorizer_get_client_secret (self);
  form = soup_form_encode ("grant_type", "password",
                           "client_id", client_id ? client_id : "",
                           "client_secret", client_secret ? client_secret : "",
                           "username", username,
                           "password", password,
                           "credtype", "password",
                           NULL);
  _tr_authorizer_token_request_async (self, tr_authorizer_get_base_url (self), form, cancellable,
                                      sign_in_token_done, g_steal_pointer (&task));
}

/**
 * tr_authorizer_sign_in_password_finish:
 * @self: a #TrAuthorizer
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: %TRUE if signed in
 */
gboolean
tr_authorizer_sign_in_password_finish (TrAuthorizer  *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_authorizer_sign_in_password_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* --- Browser sign-in ------------------------------------------------------ */

typedef struct
{
  TrRedirectListener *listener;
  GCancellable       *wait_cancellable;
  GCancellable       *cancellable;
  gulong              cancelled_id;
  GError             *launch_error;
} BrowserSignIn;

static void
browser_sign_in_free (BrowserSignIn *data)
{
  if (data->cancelled_id != 0)
    g_cancellable_disconnect (data->cancellable, data->cancelled_id);
  g_clear_object (&data->cancellable);
  g_clear_object (&data->wait_cancellable);
  g_clear_object (&data->listener);
  g_clear_error (&data->launch_error);
  g_free (data);
}

static void
forward_cancel (GCancellable *cancellable,
                gpointer      user_data)
{
  g_cancellable_cancel (G_CANCELLABLE (user_data));
}

static char *
new_state (void)
{
  guint8 bytes[16];
  GString *state;

  if (getrandom (bytes, sizeof bytes, GRND_NONBLOCK) != (ssize_t) sizeof bytes)
    return g_uuid_string_random ();

  state = g_string_sized_new (2 * sizeof bytes);
  for (guint i = 0; i < sizeof bytes; i++)
    g_string_append_printf (state, "%02x", bytes[i]);
  return g_string_free (state, FALSE);
}

static void
redirect_received (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = G_TASK (user_data);
  TrAuthorizer *self = g_task_get_source_object (task);
  BrowserSignIn *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *code = tr_redirect_listener_wait_finish (data->listener, result, &error);
  const char *client_id = tr_authorizer_get_client_id (self);
  const char *client_secret = _tr_authorizer_get_client_secret (self);
  GCancellable *cancellable;
  char *form;

  if (code == NULL)
    {
      g_task_return_error (task, data->launch_error ? g_steal_pointer (&data->launch_error)
                                                    : g_steal_pointer (&error));
      return;
    }

  form = soup_form_encode ("grant_type", "authorization_code",
                           "client_id", client_id ? client_id : "",
                           "client_secret", client_secret ? client_secret : "",
                           "redirect_uri", tr_redirect_listener_get_redirect_uri (data->listener),
                           "code", code,
                           NULL);
  cancellable = g_task_get_cancellable (task);
  _tr_authorizer_token_request_async (self, tr_authorizer_get_base_url (self), form, cancellable,
                                      sign_in_token_done, g_steal_pointer (&task));
}

static void
browser_launched (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = G_TASK (user_data);
  BrowserSignIn *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (g_app_info_launch_default_for_uri_finish (result, &error))
    return;

  /* Stops the redirect wait, which then returns this error. */
  data->launch_error = tr_api_error_new_full (TR_API_ERROR_NETWORK, 0, NULL, NULL, error->message);
  g_cancellable_cancel (data->wait_cancellable);
}

static void
launch_browser (GTask      *task,
                const char *uri)
{
  TrAuthorizer *self = g_task_get_source_object (task);
  BrowserSignIn *data = g_task_get_task_data (task);

  if (_tr_authorizer_emit_launch_uri (self, uri))
    return;
  g_app_info_launch_default_for_uri_async (uri, NULL, data->wait_cancellable, browser_launched,
                                           g_object_ref (task));
}

/**
 * tr_authorizer_sign_in_browser_async:
 * @self: a #TrAuthorizer
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when signed in, or not
 * @user_data: data for @callback
 *
 * Signs in with the authorization-code grant: listens on a loopback port,
 * opens the authorization page (through #TrAuthorizer::launch-uri or the
 * default browser), checks the `state` of the redirect and exchanges the
 * code. Cancel @cancellable to stop waiting for the browser.
 */
void
tr_authorizer_sign_in_browser_async (TrAuthorizer        *self,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *state = new_state ();
  g_autofree char *uri = NULL;
  BrowserSignIn *data;
  GError *error = NULL;

  g_return_if_fail (TR_IS_AUTHORIZER (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_authorizer_sign_in_browser_async);
  data = g_new0 (BrowserSignIn, 1);
  g_task_set_task_data (task, data, (GDestroyNotify) browser_sign_in_free);

  data->listener = tr_redirect_listener_new (state, &error);
  if (data->listener == NULL)
    {
      g_task_return_error (task, tr_api_error_new_from_transport (error));
      g_error_free (error);
      return;
    }

  data->wait_cancellable = g_cancellable_new ();
  if (cancellable != NULL)
    {
      data->cancellable = g_object_ref (cancellable);
      data->cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (forward_cancel),
                                                  data->wait_cancellable, NULL);
    }

  uri = _tr_authorizer_dup_authorize_url (self, tr_redirect_listener_get_redirect_uri (data->listener),
                                          state);
  tr_redirect_listener_wait_async (data->listener, data->wait_cancellable, redirect_received,
                                   g_object_ref (task));
  launch_browser (task, uri);
}

/**
 * tr_authorizer_sign_in_browser_finish:
 * @self: a #TrAuthorizer
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: %TRUE if signed in
 */
gboolean
tr_authorizer_sign_in_browser_finish (TrAuthorizer  *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_authorizer_sign_in_browser_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
