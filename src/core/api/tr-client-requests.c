/* tr-client-requests.c
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
#include "tr-client-private.h"

/* The Request resource and its workflow (API notes §1.1, §1.2), returning
 * the model objects. Every call goes through tr_client_send_json_async(),
 * so retries, token refresh and error mapping are the same everywhere. */

static const char * const action_names[] = {
  [TR_WORKFLOW_ACTION_SUBMIT] = "submit",
  [TR_WORKFLOW_ACTION_APPROVE] = "approve",
  [TR_WORKFLOW_ACTION_RECALL] = "recall",
  [TR_WORKFLOW_ACTION_SEND_BACK] = "sendback",
  [TR_WORKFLOW_ACTION_CANCEL] = "cancel",
  [TR_WORKFLOW_ACTION_CLOSE] = "close",
  [TR_WORKFLOW_ACTION_REOPEN] = "reopen",
};

/**
 * tr_workflow_action_to_string:
 * @action: a #TrWorkflowAction
 *
 * Returns: (nullable): the path segment of @action, or %NULL if unknown
 */
const char *
tr_workflow_action_to_string (TrWorkflowAction action)
{
  if ((guint) action >= G_N_ELEMENTS (action_names))
    return NULL;
  return action_names[action];
}

/* `requests/{id}{suffix}?userId=…`, or NULL with an error for a bad id. */
static char *
request_path (const char  *id,
              const char  *suffix,
              const char  *user_id,
              GError     **error)
{
  return _tr_client_build_path ("requests", id, suffix, user_id, error);
}

/**
 * tr_client_list_requests_async:
 * @self: a #TrClient
 * @query: (nullable): the query parameters
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with one page
 * @user_data: data for @callback
 *
 * `GET /requests`. Further pages: tr_client_fetch_pages_async() or the
 * page's `next` link.
 */
void
tr_client_list_requests_async (TrClient             *self,
                               const TrRequestQuery *query,
                               GCancellable         *cancellable,
                               GAsyncReadyCallback   callback,
                               gpointer              user_data)
{
  GError *error = NULL;
  char *path;

  g_return_if_fail (TR_IS_CLIENT (self));

  path = tr_request_query_to_path (query, &error);
  _tr_client_call_async (self, tr_client_list_requests_async, "GET", path, error, NULL,
                         TR_CLIENT_REPLY_OBJECT, TR_TYPE_REQUEST_PAGE, cancellable, callback, user_data);
}

/**
 * tr_client_list_requests_finish:
 * @self: a #TrClient
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the page
 */
TrRequestPage *
tr_client_list_requests_finish (TrClient      *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return _tr_client_call_finish (self, result, tr_client_list_requests_async, error);
}

/**
 * tr_client_get_request_async:
 * @self: a #TrClient
 * @id: the Request's `id`
 * @user_id: (nullable): the `userId` to act as (company tokens)
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the Request
 * @user_data: data for @callback
 *
 * `GET /requests/{id}`.
 */
void
tr_client_get_request_async (TrClient            *self,
                             const char          *id,
                             const char          *user_id,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GError *error = NULL;
  char *path;

  g_return_if_fail (TR_IS_CLIENT (self));

  path = request_path (id, "", user_id, &error);
  _tr_client_call_async (self, tr_client_get_request_async, "GET", path, error, NULL,
                         TR_CLIENT_REPLY_OBJECT, TR_TYPE_REQUEST, cancellable, callback, user_data);
}

/**
 * tr_client_get_request_finish:
 * @self: a #TrClient
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the Request
 */
TrRequest *
tr_client_get_request_finish (TrClient      *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  return _tr_client_call_finish (self, result, tr_client_get_request_async, error);
}

/**
 * tr_client_create_request_async:
 * @self: a #TrClient
 * @request: the new Request (its writable members are sent)
 * @user_id: (nullable): the owner (company tokens)
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the created Request
 * @user_data: data for @callback
 *
 * `POST /requests`. Never retried automatically.
 */
void
tr_client_create_request_async (TrClient            *self,
                                TrRequest           *request,
                                const char          *user_id,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(JsonNode) body = NULL;
  char *path;

  g_return_if_fail (TR_IS_CLIENT (self));
  g_return_if_fail (TR_IS_REQUEST (request));

  body = tr_request_to_json (request, TR_JSON_PURPOSE_CREATE);
  path = _tr_client_add_user_id ("requests", user_id);
  _tr_client_call_async (self, tr_client_create_request_async, "POST", path, NULL, body,
                         TR_CLIENT_REPLY_OBJECT, TR_TYPE_REQUEST, cancellable, callback, user_data);
}

/**
 * tr_client_create_request_finish:
 * @self: a #TrClient
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the created Request
 */
TrRequest *
tr_client_create_request_finish (TrClient      *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return _tr_client_call_finish (self, result, tr_client_create_request_async, error);
}

/**
 * tr_client_update_request_async:
 * @self: a #TrClient
 * @request: the Request, with its `id`; the PUT whitelist is sent
 * @user_id: (nullable): the `userId` to act as (company tokens)
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the updated Request
 * @user_data: data for @callback
 *
 * `PUT /requests/{id}`.
 */
void
tr_client_update_request_async (TrClient            *self,
                                TrRequest           *request,
                                const char          *user_id,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(JsonNode) body = NULL;
  GError *error = NULL;
  char *path;

  g_return_if_fail (TR_IS_CLIENT (self));
  g_return_if_fail (TR_IS_REQUEST (request));

  body = tr_request_to_json (request, TR_JSON_PURPOSE_UPDATE);
  path = request_path (tr_request_get_id (request), "", user_id, &error);
  _tr_client_call_async (self, tr_client_update_request_async, "PUT", path, error, body,
                         TR_CLIENT_REPLY_OBJECT, TR_TYPE_REQUEST, cancellable, callback, user_data);
}

/**
 * tr_client_update_request_finish:
 * @self: a #TrClient
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the updated Request
 */
TrRequest *
tr_client_update_request_finish (TrClient      *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return _tr_client_call_finish (self, result, tr_client_update_request_async, error);
}

/**
 * tr_client_delete_request_async:
 * @self: a #TrClient
 * @id: the Request's `id`
 * @user_id: (nullable): the `userId` to act as (company tokens)
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when deleted
 * @user_data: data for @callback
 *
 * `DELETE /requests/{id}`; the server answers `true`.
 */
void
tr_client_delete_request_async (TrClient            *self,
                                const char          *id,
                                const char          *user_id,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  GError *error = NULL;
  char *path;

  g_return_if_fail (TR_IS_CLIENT (self));

  path = request_path (id, "", user_id, &error);
  _tr_client_call_async (self, tr_client_delete_request_async, "DELETE", path, error, NULL,
                         TR_CLIENT_REPLY_TRUE, G_TYPE_NONE, cancellable, callback, user_data);
}

/**
 * tr_client_delete_request_finish:
 * @self: a #TrClient
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the server confirmed the deletion (answered `true`)
 */
gboolean
tr_client_delete_request_finish (TrClient      *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return _tr_client_call_finish_true (self, result, tr_client_delete_request_async, error);
}

/**
 * tr_client_run_workflow_action_async:
 * @self: a #TrClient
 * @id: the Request's `id`
 * @action: the action
 * @comment: (nullable): the comment sent with the action
 * @user_id: (nullable): the acting `userId` (company tokens)
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the Request in its new state
 * @user_data: data for @callback
 *
 * `POST /requests/{id}/{action}` with `{"comment": …}`. Never retried
 * automatically.
 */
void
tr_client_run_workflow_action_async (TrClient            *self,
                                     const char          *id,
                                     TrWorkflowAction     action,
                                     const char          *comment,
                                     const char          *user_id,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  const char *name = tr_workflow_action_to_string (action);
  g_autofree char *suffix = g_strconcat ("/", name ? name : "", NULL);
  g_autoptr(JsonNode) body = NULL;
  GError *error = NULL;
  char *path = NULL;

  g_return_if_fail (TR_IS_CLIENT (self));

  if (name == NULL)
    error = tr_api_error_new_full (TR_API_ERROR_VALIDATION, 0, NULL, NULL,
                                   _("Unknown workflow action"));
  else
    path = request_path (id, suffix, user_id, &error);
  if (comment != NULL)
    {
      body = json_node_new (JSON_NODE_OBJECT);
      json_node_take_object (body, json_object_new ());
      json_object_set_string_member (json_node_get_object (body), "comment", comment);
    }
  _tr_client_call_async (self, tr_client_run_workflow_action_async, "POST", path, error, body,
                         TR_CLIENT_REPLY_OBJECT, TR_TYPE_REQUEST, cancellable, callback, user_data);
}

/**
 * tr_client_run_workflow_action_finish:
 * @self: a #TrClient
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the Request in its new state
 */
TrRequest *
tr_client_run_workflow_action_finish (TrClient      *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return _tr_client_call_finish (self, result, tr_client_run_workflow_action_async, error);
}
