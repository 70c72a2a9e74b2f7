/* tr-redirect-listener.c
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

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>

#include "tr-api-error.h"
#include "tr-redirect-listener.h"

/* The loopback end of the authorization-code flow: a SoupServer on
 * 127.0.0.1 with a random port that waits for the browser to come back to
 * /callback with `code` and `state`. */
struct _TrRedirectListener
{
  GObject     parent_instance;

  SoupServer *server;
  char       *state;
  char       *redirect_uri;
  GTask      *waiting;
  GSource    *cancel_source;
};

G_DEFINE_FINAL_TYPE (TrRedirectListener, tr_redirect_listener, G_TYPE_OBJECT)

static void
tr_redirect_listener_dispose (GObject *object)
{
  TrRedirectListener *self = TR_REDIRECT_LISTENER (object);

  if (self->server != NULL)
    soup_server_disconnect (self->server);
  g_clear_object (&self->server);
  if (self->cancel_source != NULL)
    g_source_destroy (self->cancel_source);
  g_clear_pointer (&self->cancel_source, g_source_unref);
  g_clear_object (&self->waiting);

  G_OBJECT_CLASS (tr_redirect_listener_parent_class)->dispose (object);
}

static void
tr_redirect_listener_finalize (GObject *object)
{
  TrRedirectListener *self = TR_REDIRECT_LISTENER (object);

  g_free (self->state);
  g_free (self->redirect_uri);

  G_OBJECT_CLASS (tr_redirect_listener_parent_class)->finalize (object);
}

static void
tr_redirect_listener_class_init (TrRedirectListenerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tr_redirect_listener_dispose;
  object_class->finalize = tr_redirect_listener_finalize;
}

static void
tr_redirect_listener_init (TrRedirectListener *self)
{
}

/* Takes the waiting task out, so that it is returned exactly once. */
static GTask *
take_waiting (TrRedirectListener *self)
{
  if (self->cancel_source != NULL)
    g_source_destroy (self->cancel_source);
  g_clear_pointer (&self->cancel_source, g_source_unref);
  return g_steal_pointer (&self->waiting);
}

static void
respond (SoupServerMessage *msg,
         guint              status,
         const char        *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autofree char *page = g_strdup_printf ("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                                           "<title>Travel Requests</title></head>"
                                           "<body><p>%s</p></body></html>", escaped);

  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "text/html; charset=utf-8", SOUP_MEMORY_COPY,
                                    page, strlen (page));
}

static GError *
check_redirect (TrRedirectListener *self,
                GHashTable         *query)
{
  const char *state = query ? g_hash_table_lookup (query, "state") : NULL;
  const char *oauth_error = NULL;
  const char *description;

  if (query != NULL)
    oauth_error = g_hash_table_lookup (query, "error_code");
  if (query != NULL && oauth_error == NULL)
    oauth_error = g_hash_table_lookup (query, "error");
  if (g_strcmp0 (state, self->state) != 0)
    return tr_api_error_new_full (TR_API_ERROR_UNAUTHORIZED, 0, NULL, NULL,
                                  "The sign-in redirect carried the wrong state");
  if (oauth_error != NULL)
    {
      description = g_hash_table_lookup (query, "error_description");
      return tr_api_error_new_full (TR_API_ERROR_UNAUTHORIZED, 0, oauth_error, description,
                                    "The sign-in was refused");
    }
  if (g_hash_table_lookup (query, "code") == NULL)
    return tr_api_error_new_full (TR_API_ERROR_BAD_RESPONSE, 0, NULL, NULL,
                                  "The sign-in redirect carried no code");
  return NULL;
}

static void
callback_handler (SoupServer        *server,
                  SoupServerMessage *msg,
                  const char        *path,
                  GHashTable        *query,
                  gpointer           user_data)
{
  TrRedirectListener *self = TR_REDIRECT_LISTENER (user_data);
  g_autoptr(GTask) task = NULL;
  GError *error;

  if (self->waiting == NULL)
    {
      respond (msg, SOUP_STATUS_GONE, _("This sign-in link is no longer valid."));
      return;
    }

  task = take_waiting (self);
  error = check_redirect (self, query);
  if (error != NULL)
    {
      respond (msg, SOUP_STATUS_BAD_REQUEST, _("Signing in failed. You can close this window."));
      g_task_return_error (task, error);
      return;
    }

  respond (msg, SOUP_STATUS_OK,
           _("You are signed in to Travel Requests. You can close this window."));
  g_task_return_pointer (task, g_strdup (g_hash_table_lookup (query, "code")), g_free);
}

/**
 * tr_redirect_listener_new:
 * @state: the `state` the redirect must carry
 * @error: return location for a #GError
 *
 * Starts listening on `127.0.0.1` on a free port.
 *
 * Returns: (transfer full) (nullable): a listener
 */
TrRedirectListener *
tr_redirect_listener_new (const char  *state,
                          GError     **error)
{
  g_autoptr(TrRedirectListener) self = g_object_new (TR_TYPE_REDIRECT_LISTENER, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) local = NULL;
  GSList *listeners;

  g_return_val_if_fail (state != NULL && *state != '\0', NULL);

  self->state = g_strdup (state);
  self->server = soup_server_new ("server-header", "TravelRequests", NULL);
  soup_server_add_handler (self->server, "/callback", callback_handler, self, NULL);
  if (!soup_server_listen (self->server, address, 0, error))
    return NULL;

  /* The listener's own address: soup_server_get_uris() leaks in 3.2. */
  listeners = soup_server_get_listeners (self->server);
  local = listeners ? g_socket_get_local_address (listeners->data, error) : NULL;
  g_slist_free (listeners);
  if (local == NULL)
    return NULL;
  self->redirect_uri = g_strdup_printf ("http://127.0.0.1:%u/callback",
                                        g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (local)));
  return g_steal_pointer (&self);
}

/**
 * tr_redirect_listener_get_redirect_uri:
 * @self: a #TrRedirectListener
 *
 * Returns: the `redirect_uri` to send with the authorization request
 */
const char *
tr_redirect_listener_get_redirect_uri (TrRedirectListener *self)
{
  g_return_val_if_fail (TR_IS_REDIRECT_LISTENER (self), NULL);

  return self->redirect_uri;
}

static gboolean
wait_cancelled_cb (GCancellable *cancellable,
                   gpointer      user_data)
{
  TrRedirectListener *self = TR_REDIRECT_LISTENER (user_data);
  g_autoptr(GTask) task = take_waiting (self);

  if (task != NULL)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s",
                             _("Signing in was cancelled"));
  return G_SOURCE_REMOVE;
}

/**
 * tr_redirect_listener_wait_async:
 * @self: a #TrRedirectListener
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the browser came back
 * @user_data: data for @callback
 *
 * Waits for one redirect. Only one wait may be pending.
 */
void
tr_redirect_listener_wait_async (TrRedirectListener  *self,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TR_IS_REDIRECT_LISTENER (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_redirect_listener_wait_async);
  if (self->waiting != NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING, "Already waiting");
      return;
    }

  self->waiting = g_steal_pointer (&task);
  if (cancellable != NULL)
    {
      self->cancel_source = g_cancellable_source_new (cancellable);
      g_source_set_callback (self->cancel_source, G_SOURCE_FUNC (wait_cancelled_cb), self, NULL);
      g_source_attach (self->cancel_source, g_task_get_context (self->waiting));
    }
}

/**
 * tr_redirect_listener_wait_finish:
 * @self: a #TrRedirectListener
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the authorization code
 */
char *
tr_redirect_listener_wait_finish (TrRedirectListener  *self,
                                  GAsyncResult        *result,
                                  GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_redirect_listener_wait_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
