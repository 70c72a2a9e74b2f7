/* tr-authorizer-token.c
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

#include "tr-api-error.h"
#include "tr-authorizer-private.h"
#include "tr-http.h"

/* The token endpoint (`POST {base}/oauth2/v0/token`) shared by every grant
 * of TrAuthorizer: form-encoded, never retried blindly, any 4xx mapped to
 * "sign in again", and error 16 followed once to the user's geolocation. */

typedef struct
{
  char     *base;
  char     *form;
  gboolean  redirected;
} TokenRequest;

static void
token_request_free (TokenRequest *request)
{
  g_free (request->base);
  if (request->form != NULL)
    memset (request->form, 0, strlen (request->form));
  g_free (request->form);
  g_free (request);
}

static void token_request_send (GTask *task);

static gboolean
is_code_16 (JsonObject *object)
{
  JsonNode *code = json_object_get_member (object, "code");

  if (code == NULL || !JSON_NODE_HOLDS_VALUE (code))
    return FALSE;
  if (json_node_get_value_type (code) == G_TYPE_INT64)
    return json_node_get_int (code) == 16;
  return g_strcmp0 (json_node_get_string (code), "16") == 0;
}

/* Error 16: the user lives on another data center; its base is in the body. */
static char *
dup_redirect_geolocation (guint   status,
                          GBytes *body)
{
  g_autoptr(JsonNode) node = NULL;
  const char *geolocation;

  if (status < 400 || status >= 500)
    return NULL;
  node = tr_http_parse_json (body, NULL);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node) || !is_code_16 (json_node_get_object (node)))
    return NULL;
  geolocation = tr_http_json_get_string (json_node_get_object (node), "geolocation");
  if (geolocation == NULL || !tr_http_check_secure (geolocation, NULL))
    return NULL;
  return g_strdup (geolocation);
}

static GError *
token_error (SoupMessage *message,
             GBytes      *body)
{
  guint status = soup_message_get_status (message);
  GError *error = tr_api_error_new_from_response (status, body, NULL);
  GError *mapped;

  if (status < 400 || status >= 500)
    return error;

  /* Any 4xx from the token endpoint means signing in again is needed. */
  mapped = tr_api_error_new_full (TR_API_ERROR_UNAUTHORIZED, status,
                                  tr_api_error_get_server_code (error),
                                  tr_api_error_get_server_message (error), error->message);
  g_error_free (error);
  return mapped;
}

static gboolean
token_try_redirect (GTask       *task,
                    SoupMessage *message,
                    GBytes      *body)
{
  TokenRequest *request = g_task_get_task_data (task);
  g_autofree char *geolocation = NULL;

  if (request->redirected)
    return FALSE;
  geolocation = dup_redirect_geolocation (soup_message_get_status (message), body);
  if (geolocation == NULL)
    return FALSE;

  request->redirected = TRUE;
  g_free (request->base);
  request->base = g_steal_pointer (&geolocation);
  token_request_send (task);
  return TRUE;
}

static void
token_request_done (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = G_TASK (user_data);
  TrAuthorizer *self = g_task_get_source_object (task);
  SoupMessage *message = soup_session_get_async_result_message (SOUP_SESSION (source), result);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);
  g_autoptr(JsonNode) node = NULL;
  TrOAuthToken *token;

  if (body == NULL)
    {
      g_task_return_error (task, tr_api_error_new_from_transport (error));
      return;
    }

  tr_http_log_response (message, body);
  if (soup_message_get_status (message) < 200 || soup_message_get_status (message) >= 300)
    {
      if (!token_try_redirect (task, message, body))
        g_task_return_error (task, token_error (message, body));
      return;
    }

  node = tr_http_parse_json (body, &error);
  token = node ? tr_oauth_token_new_from_json (node, _tr_authorizer_now (self), &error) : NULL;
  if (token == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, token, (GDestroyNotify) tr_oauth_token_free);
}

static void
token_request_send (GTask *task)
{
  TrAuthorizer *self = g_task_get_source_object (task);
  TokenRequest *request = g_task_get_task_data (task);
  g_autofree char *url = g_strconcat (request->base, "/oauth2/v0/token", NULL);
  g_autoptr(SoupMessage) message = NULL;
  g_autoptr(GBytes) body = NULL;
  GError *error = NULL;

  if (!tr_http_check_secure (url, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  body = g_bytes_new (request->form, strlen (request->form));
  message = soup_message_new ("POST", url);
  soup_message_set_request_body_from_bytes (message, "application/x-www-form-urlencoded", body);
  soup_message_headers_replace (soup_message_get_request_headers (message),
                                "Accept", "application/json");
  tr_http_log_request (message, body);
  soup_session_send_and_read_async (_tr_authorizer_get_session (self), message, G_PRIORITY_DEFAULT,
                                    g_task_get_cancellable (task), token_request_done,
                                    g_object_ref (task));
}

void
_tr_authorizer_token_request_async (TrAuthorizer        *self,
                                    const char          *base,
                                    char                *form,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  TokenRequest *request = g_new0 (TokenRequest, 1);

  g_task_set_source_tag (task, _tr_authorizer_token_request_async);
  request->base = g_strdup (base);
  request->form = form;
  g_task_set_task_data (task, request, (GDestroyNotify) token_request_free);
  if (base == NULL)
    {
      g_task_return_error (task, tr_api_error_new_full (TR_API_ERROR_INSECURE, 0, NULL, NULL,
                                                        "No base URL configured"));
      return;
    }
  token_request_send (task);
}

TrOAuthToken *
_tr_authorizer_token_request_finish (TrAuthorizer  *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == _tr_authorizer_token_request_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
