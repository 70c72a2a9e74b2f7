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
#include "tr-client.h"

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

static gboolean
id_is_valid (const char *id)
{
  if (id == NULL || *id == '\0' || strlen (id) > 64)
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_')
      return FALSE;
  return TRUE;
}

/* `requests/{id}{suffix}?userId=…`, or NULL with an error for a bad id. */
static char *
request_path (const char  *id,
              const char  *suffix,
              const char  *user_id,
              GError     **error)
{
  g_autofree char *escaped = NULL;

  if (!id_is_valid (id))
    {
      g_propagate_error (error, tr_api_error_new_full (TR_API_ERROR_VALIDATION, 0, NULL, NULL,
                                                       "Invalid Request id"));
      return NULL;
    }
  if (user_id == NULL)
    return g_strconcat ("requests/", id, suffix, NULL);
  escaped = g_uri_escape_string (user_id, NULL, FALSE);
  return g_strconcat ("requests/", id, suffix, "?userId=", escaped, NULL);
}

static void
resource_received (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = G_TASK (user_data);
  GType type = GPOINTER_TO_SIZE (g_task_get_task_data (task));
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = tr_client_send_json_finish (TR_CLIENT (source), result, &error);
  gpointer resource;

  if (node == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (type == G_TYPE_BOOLEAN)
    {
      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN)
        g_task_return_boolean (task, json_node_get_boolean (node));
      else
        g_task_return_error (task, tr_api_error_new_full (TR_API_ERROR_BAD_RESPONSE, 0, NULL, NULL,
                                                          "Expected a boolean"));
      return;
    }

  resource = tr_resource_new_from_json (type, node, &error);
  if (resource == NULL)
    g_task_return_error (task, tr_api_error_new_full (TR_API_ERROR_BAD_RESPONSE, 0, NULL, NULL,
                                                      error ? error->message : "Unexpected body"));
  else
    g_task_return_pointer (task, resource, g_object_unref);
}

/* Sends one call whose response is a @type resource (or `true` for
 * G_TYPE_BOOLEAN). @path may be NULL, then @path_error is returned. */
static void
resource_call (TrClient            *self,
               gpointer             source_tag,
               const char          *method,
               char                *path,
               GError              *path_error,
               JsonNode            *body,
               GType                type,
               GCancellable        *cancellable,
               GAsyncReadyCallback  callback,
               gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, GSIZE_TO_POINTER (type), NULL);
  if (path == NULL)
    {
      g_task_return_error (task, path_error);
      return;
    }
  tr_client_send_json_async (self, method, path, body, cancellable, resource_received,
                             g_steal_pointer (&task));
  g_free (path);
}

static gpointer
resource_finish (TrClient      *self,
                 GAsyncResult  *result,
                 gpointer       source_tag,
                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
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
  resource_call (self, tr_client_list_requests_async, "GET", path, error, NULL,
                 TR_TYPE_REQUEST_PAGE, cancellable, callback, user_data);
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
  return resource_finish (self, result, tr_client_list_requests_async, error);
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
  resource_call (self, tr_client_get_request_async, "GET", path, error, NULL,
                 TR_TYPE_REQUEST, cancellable, callback, user_data);
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
  return resource_finish (self, result, tr_client_get_request_async, error);
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
  g_autofree char *escaped = NULL;
  char *path;

  g_return_if_fail (TR_IS_CLIENT (self));
  g_return_if_fail (TR_IS_REQUEST (request));

  body = tr_request_to_json (request, TR_JSON_PURPOSE_CREATE);
  escaped = user_id ? g_uri_escape_string (user_id, NULL, FALSE) : NULL;
  path = escaped ? g_strconcat ("requests?userId=", escaped, NULL) : g_strdup ("requests");
  resource_call (self, tr_client_create_request_async, "POST", path, NULL, body,
                 TR_TYPE_REQUEST, cancellable, callback, user_data);
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
  return resource_finish (self, result, tr_client_create_request_async, error);
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
  resource_call (self, tr_client_update_request_async, "PUT", path, error, body,
                 TR_TYPE_REQUEST, cancellable, callback, user_data);
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
  return resource_finish (self, result, tr_client_update_request_async, error);
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
  resource_call (self, tr_client_delete_request_async, "DELETE", path, error, NULL,
                 G_TYPE_BOOLEAN, cancellable, callback, user_data);
}

/**
 * tr_client_delete_request_finish:
 * @self: a #TrClient
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the server confirmed the deletion
 */
gboolean
tr_client_delete_request_finish (TrClient      *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_client_delete_request_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
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
    error = tr_api_error_new_full (TR_API_ERROR_VALIDATION, 0, NULL, NULL, "Unknown action");
  else
    path = request_path (id, suffix, user_id, &error);
  if (comment != NULL)
    {
      body = json_node_new (JSON_NODE_OBJECT);
      json_node_take_object (body, json_object_new ());
      json_object_set_string_member (json_node_get_object (body), "comment", comment);
    }
  resource_call (self, tr_client_run_workflow_action_async, "POST", path, error, body,
                 TR_TYPE_REQUEST, cancellable, callback, user_data);
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
  return resource_finish (self, result, tr_client_run_workflow_action_async, error);
}
