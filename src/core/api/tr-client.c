/* tr-client.c
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
#include "tr-client.h"
#include "tr-http.h"

#define API_PATH "/travelrequest/v4"

struct _TrClient
{
  GObject       parent_instance;

  SoupSession  *session;
  TrAuthorizer *authorizer;

  guint         max_attempts;
  guint         base_delay_ms;
  guint         max_delay_ms;
  guint         budget_ms;
};

G_DEFINE_FINAL_TYPE (TrClient, tr_client, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_AUTHORIZER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* One API call, across its attempts. */
typedef struct
{
  char     *method;
  char     *url;
  GBytes   *body;
  char     *access_token;
  guint     attempts;
  gboolean  reauthorized;
  gint64    deadline;
  GSource  *wait_source;
  GSource  *cancel_source;
} TrCall;

static void
clear_source (GSource **source)
{
  if (*source == NULL)
    return;
  g_source_destroy (*source);
  g_clear_pointer (source, g_source_unref);
}

static void
tr_call_free (TrCall *call)
{
  clear_source (&call->wait_source);
  clear_source (&call->cancel_source);
  g_free (call->method);
  g_free (call->url);
  g_clear_pointer (&call->body, g_bytes_unref);
  g_free (call->access_token);
  g_free (call);
}

static void
tr_client_dispose (GObject *object)
{
  TrClient *self = TR_CLIENT (object);

  if (self->session != NULL)
    soup_session_abort (self->session);
  g_clear_object (&self->session);
  g_clear_object (&self->authorizer);

  G_OBJECT_CLASS (tr_client_parent_class)->dispose (object);
}

static void
tr_client_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  TrClient *self = TR_CLIENT (object);

  switch (prop_id)
    {
    case PROP_AUTHORIZER:
      g_value_set_object (value, self->authorizer);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_client_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  TrClient *self = TR_CLIENT (object);

  switch (prop_id)
    {
    case PROP_AUTHORIZER:
      self->authorizer = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_client_class_init (TrClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tr_client_dispose;
  object_class->get_property = tr_client_get_property;
  object_class->set_property = tr_client_set_property;

  properties[PROP_AUTHORIZER] =
    g_param_spec_object ("authorizer", NULL, NULL, TR_TYPE_AUTHORIZER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tr_client_init (TrClient *self)
{
  self->max_attempts = 4;
  self->base_delay_ms = 1000;
  self->max_delay_ms = 30000;
  self->budget_ms = 120000;
  self->session = soup_session_new_with_options ("timeout", 60,
                                                 "user-agent", "TravelRequests/" PACKAGE_VERSION,
                                                 NULL);
}

/**
 * tr_client_new:
 * @authorizer: the #TrAuthorizer that signs requests
 *
 * Returns: (transfer full): a new #TrClient
 */
TrClient *
tr_client_new (TrAuthorizer *authorizer)
{
  g_return_val_if_fail (TR_IS_AUTHORIZER (authorizer), NULL);

  return g_object_new (TR_TYPE_CLIENT, "authorizer", authorizer, NULL);
}

/**
 * tr_client_get_authorizer:
 * @self: a #TrClient
 *
 * Returns: (transfer none): the authorizer
 */
TrAuthorizer *
tr_client_get_authorizer (TrClient *self)
{
  g_return_val_if_fail (TR_IS_CLIENT (self), NULL);

  return self->authorizer;
}

/**
 * tr_client_dup_api_base:
 * @self: a #TrClient
 *
 * Returns: (transfer full): `{geolocation}/travelrequest/v4`
 */
char *
tr_client_dup_api_base (TrClient *self)
{
  g_return_val_if_fail (TR_IS_CLIENT (self), NULL);

  return g_strconcat (tr_authorizer_get_geolocation (self->authorizer), API_PATH, NULL);
}

/**
 * tr_client_set_retry_policy:
 * @self: a #TrClient
 * @max_attempts: attempts per call, at least 1 (default 4)
 * @base_delay_ms: backoff after the first failure (default 1000)
 * @max_delay_ms: the largest single delay (default 30000)
 * @budget_ms: total time a call may spend retrying (default 120000)
 *
 * Bounds the automatic retries of GET, PUT and DELETE.
 */
void
tr_client_set_retry_policy (TrClient *self,
                            guint     max_attempts,
                            guint     base_delay_ms,
                            guint     max_delay_ms,
                            guint     budget_ms)
{
  g_return_if_fail (TR_IS_CLIENT (self));

  self->max_attempts = MAX (max_attempts, 1);
  self->base_delay_ms = base_delay_ms;
  self->max_delay_ms = MAX (max_delay_ms, base_delay_ms);
  self->budget_ms = budget_ms;
}

/* --- Sending ------------------------------------------------------------ */

static void call_authorize (GTask *task);

static gboolean
method_is_idempotent (const char *method)
{
  return g_str_equal (method, "GET") || g_str_equal (method, "PUT")
    || g_str_equal (method, "DELETE") || g_str_equal (method, "HEAD");
}

static gboolean
retry_wait_done (gpointer user_data)
{
  GTask *task = G_TASK (user_data);
  TrCall *call = g_task_get_task_data (task);

  g_clear_pointer (&call->wait_source, g_source_unref);
  clear_source (&call->cancel_source);
  call_authorize (task);
  return G_SOURCE_REMOVE;
}

static gboolean
retry_wait_cancelled (GCancellable *cancellable,
                      gpointer      user_data)
{
  GTask *task = G_TASK (user_data);
  TrCall *call = g_task_get_task_data (task);
  GError *error = NULL;

  g_clear_pointer (&call->cancel_source, g_source_unref);
  clear_source (&call->wait_source);
  g_cancellable_set_error_if_cancelled (cancellable, &error);
  g_task_return_error (task, error);
  return G_SOURCE_REMOVE;
}

static void
schedule_retry (GTask *task,
                guint  delay_ms)
{
  TrCall *call = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  GMainContext *context = g_task_get_context (task);

  g_debug ("Retrying %s %s in %u ms (attempt %u)", call->method, call->url, delay_ms,
           call->attempts + 1);
  call->wait_source = g_timeout_source_new (delay_ms);
  g_source_set_callback (call->wait_source, retry_wait_done, g_object_ref (task), g_object_unref);
  g_source_attach (call->wait_source, context);

  if (cancellable != NULL)
    {
      call->cancel_source = g_cancellable_source_new (cancellable);
      g_source_set_callback (call->cancel_source, G_SOURCE_FUNC (retry_wait_cancelled),
                             g_object_ref (task), g_object_unref);
      g_source_attach (call->cancel_source, context);
    }
}

/* Returns the delay before the next attempt, or -1 if the call must not
 * (or can no longer) be retried: POST is never retried here. */
static gint64
retry_delay (TrClient     *self,
             TrCall       *call,
             const GError *error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  gint64 delay;

  if (!method_is_idempotent (call->method) || !tr_api_error_is_transient (error)
      || call->attempts >= self->max_attempts)
    return -1;

  delay = tr_http_parse_retry_after (tr_api_error_get_retry_after (error), now);
  if (delay < 0)
    delay = tr_http_backoff_delay_ms (call->attempts, self->base_delay_ms, self->max_delay_ms);
  if (g_get_monotonic_time () + delay * 1000 > call->deadline)
    return -1;
  return delay;
}

static gboolean
needs_reauthorization (TrCall       *call,
                       SoupMessage  *message,
                       const GError *error)
{
  guint status = soup_message_get_status (message);

  if (call->reauthorized)
    return FALSE;
  /* The platform reports expired tokens as 403 too (gaps document, 45). */
  return status == SOUP_STATUS_UNAUTHORIZED
    || (status == SOUP_STATUS_FORBIDDEN
        && g_strcmp0 (tr_api_error_get_server_code (error), "invalidUser") == 0);
}

static void
handle_failure (GTask       *task,
                SoupMessage *message,
                GError      *error)
{
  TrClient *self = g_task_get_source_object (task);
  TrCall *call = g_task_get_task_data (task);
  gint64 delay;

  if (message != NULL && needs_reauthorization (call, message, error))
    {
      call->reauthorized = TRUE;
      tr_authorizer_invalidate_access_token (self->authorizer, call->access_token);
      g_error_free (error);
      call_authorize (task);
      return;
    }

  delay = retry_delay (self, call, error);
  if (delay < 0)
    {
      g_task_return_error (task, error);
      return;
    }
  g_error_free (error);
  schedule_retry (task, (guint) delay);
}

static void
response_received (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = G_TASK (user_data);
  SoupMessage *message = soup_session_get_async_result_message (SOUP_SESSION (source), result);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);
  JsonNode *node;

  if (body == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_task_return_error (task, g_steal_pointer (&error));
      else
        handle_failure (task, NULL, tr_api_error_new_from_transport (error));
      return;
    }

  tr_http_log_response (message, body);
  node = tr_http_parse_response (message, body, &error);
  if (node != NULL)
    g_task_return_pointer (task, node, (GDestroyNotify) json_node_unref);
  else
    handle_failure (task, message, g_steal_pointer (&error));
}

static void
call_send (GTask *task)
{
  TrClient *self = g_task_get_source_object (task);
  TrCall *call = g_task_get_task_data (task);
  g_autoptr(SoupMessage) message = soup_message_new (call->method, call->url);
  g_autofree char *authorization = g_strconcat ("Bearer ", call->access_token, NULL);
  SoupMessageHeaders *headers;

  if (message == NULL)
    {
      g_task_return_error (task, tr_api_error_new_full (TR_API_ERROR_INSECURE, 0, NULL, NULL,
                                                        "Malformed URL"));
      return;
    }

  headers = soup_message_get_request_headers (message);
  soup_message_headers_replace (headers, "Authorization", authorization);
  soup_message_headers_replace (headers, "Accept", "application/json");
  /* Each attempt is a new message with the body set again from the saved
   * bytes. A body is sent on a new connection: when a kept-alive
   * connection turns out to be reset, libsoup 3.2 restarts the message by
   * itself on another connection, and the server then receives the PUT
   * with an empty body (tr-sandbox --faults=reset:0.3, test-sandbox-reset).
   * On a new connection a reset is an error that reaches the retry policy
   * above, which sends a new message. Bodiless calls keep reusing
   * connections: libsoup resends them by itself, correctly, but loses one
   * internal GTask each time (suppressed for valgrind in tests/tr.supp). */
  if (call->body != NULL)
    {
      soup_message_set_request_body_from_bytes (message, "application/json", call->body);
      soup_message_add_flags (message, SOUP_MESSAGE_NEW_CONNECTION);
    }

  call->attempts++;
  tr_http_log_request (message, call->body);
  soup_session_send_and_read_async (self->session, message, G_PRIORITY_DEFAULT,
                                    g_task_get_cancellable (task), response_received,
                                    g_object_ref (task));
}

static void
token_ready (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = G_TASK (user_data);
  TrCall *call = g_task_get_task_data (task);
  GError *error = NULL;
  char *token = tr_authorizer_ensure_token_finish (TR_AUTHORIZER (source), result, &error);

  if (token == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_free (call->access_token);
  call->access_token = token;
  call_send (task);
}

static void
call_authorize (GTask *task)
{
  TrClient *self = g_task_get_source_object (task);

  tr_authorizer_ensure_token_async (self->authorizer, g_task_get_cancellable (task),
                                    token_ready, g_object_ref (task));
}

/**
 * tr_client_send_json_async:
 * @self: a #TrClient
 * @method: the HTTP method
 * @path_or_href: a path below the API base (`requests/{id}`) or a link
 *   received from the server, see tr_client_resolve_href()
 * @body: (nullable): the JSON body
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the parsed response
 * @user_data: data for @callback
 *
 * Sends one API call with a Bearer token. A 401 refreshes the token and
 * repeats the call once, whatever the method. GET, PUT and DELETE are
 * retried on 429, 503 and other transient failures within the retry
 * policy, honouring `Retry-After`; POST never is.
 */
void
tr_client_send_json_async (TrClient            *self,
                           const char          *method,
                           const char          *path_or_href,
                           JsonNode            *body,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  TrCall *call;
  GError *error = NULL;

  g_return_if_fail (TR_IS_CLIENT (self));
  g_return_if_fail (method != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_client_send_json_async);
  call = g_new0 (TrCall, 1);
  g_task_set_task_data (task, call, (GDestroyNotify) tr_call_free);

  call->method = g_ascii_strup (method, -1);
  call->deadline = g_get_monotonic_time () + (gint64) self->budget_ms * 1000;
  call->url = tr_client_resolve_href (self, path_or_href, &error);
  if (call->url == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (body != NULL)
    {
      char *text = json_to_string (body, FALSE);

      call->body = g_bytes_new_take (text, strlen (text));
    }
  call_authorize (task);
}

/**
 * tr_client_send_json_finish:
 * @self: a #TrClient
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the JSON response; a JSON null
 *   for an empty body
 */
JsonNode *
tr_client_send_json_finish (TrClient      *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_client_send_json_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
