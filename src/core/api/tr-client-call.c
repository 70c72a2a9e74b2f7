/* tr-client-call.c
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
#include "tr-resource.h"

/* The one place where an endpoint's JSON answer becomes model objects.
 * Every call goes through tr_client_send_json_async(), so retries, token
 * refresh and error mapping are the same for every endpoint. */

typedef struct
{
  TrClientReply reply;
  GType         type;
} CallShape;

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

/**
 * _tr_client_add_user_id:
 * @path: a path without query
 * @user_id: (nullable): the `userId` to act as (company tokens)
 *
 * Returns: (transfer full): @path, with `?userId=…` when @user_id is set
 */
char *
_tr_client_add_user_id (const char *path,
                        const char *user_id)
{
  g_autofree char *escaped = NULL;

  if (user_id == NULL)
    return g_strdup (path);
  escaped = g_uri_escape_string (user_id, NULL, FALSE);
  return g_strconcat (path, "?userId=", escaped, NULL);
}

/**
 * _tr_client_build_path:
 * @collection: `requests`, `expenses`, …
 * @id: the resource id, checked so that it cannot leave its collection
 * @suffix: appended after the id (`""`, `/comments`, …)
 * @user_id: (nullable): the `userId` to act as (company tokens)
 * @error: return location for a %TR_API_ERROR_VALIDATION error
 *
 * Returns: (transfer full) (nullable): `{collection}/{id}{suffix}?userId=…`
 */
char *
_tr_client_build_path (const char  *collection,
                       const char  *id,
                       const char  *suffix,
                       const char  *user_id,
                       GError     **error)
{
  g_autofree char *path = NULL;

  if (!id_is_valid (id))
    {
      g_propagate_error (error, tr_api_error_new_full (TR_API_ERROR_VALIDATION, 0, NULL, NULL,
                                                       _("The resource id is not valid")));
      return NULL;
    }
  path = g_strconcat (collection, "/", id, suffix, NULL);
  return _tr_client_add_user_id (path, user_id);
}

static GError *
bad_response (const char *detail)
{
  return tr_api_error_new_full (TR_API_ERROR_BAD_RESPONSE, 0, NULL, NULL, detail);
}

static void
return_true (GTask    *task,
             JsonNode *node)
{
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN
      && json_node_get_boolean (node))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, bad_response (_("The server did not confirm the deletion")));
}

static void
return_resources (GTask     *task,
                  JsonNode  *node)
{
  CallShape *shape = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  gpointer resources;

  if (shape->reply == TR_CLIENT_REPLY_LIST)
    resources = tr_resource_list_new_from_json (shape->type, node, NULL, &error);
  else
    resources = tr_resource_new_from_json (shape->type, node, &error);

  if (resources == NULL)
    g_task_return_error (task, bad_response (error ? error->message : _("Unexpected body")));
  else
    g_task_return_pointer (task, resources, g_object_unref);
}

static void
answer_received (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = G_TASK (user_data);
  CallShape *shape = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(JsonNode) node = tr_client_send_json_finish (TR_CLIENT (source), result, &error);

  if (node == NULL)
    g_task_return_error (task, error);
  else if (shape->reply == TR_CLIENT_REPLY_TRUE)
    return_true (task, node);
  else
    return_resources (task, node);
}

/**
 * _tr_client_call_async:
 * @self: a #TrClient
 * @source_tag: the public `_async` function
 * @method: the HTTP method
 * @path: (transfer full) (nullable): the path; %NULL when building it failed
 * @path_error: (transfer full) (nullable): why @path is %NULL
 * @body: (nullable): the JSON body
 * @reply: the shape of the answer
 * @type: the #TrResource subclass of the answer (ignored for %TR_CLIENT_REPLY_TRUE)
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the result
 * @user_data: data for @callback
 *
 * Sends one endpoint call; finish with _tr_client_call_finish() or
 * _tr_client_call_finish_true().
 */
void
_tr_client_call_async (TrClient            *self,
                       gpointer             source_tag,
                       const char          *method,
                       char                *path,
                       GError              *path_error,
                       JsonNode            *body,
                       TrClientReply        reply,
                       GType                type,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *owned_path = path;
  CallShape *shape;

  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  shape = g_new0 (CallShape, 1);
  shape->reply = reply;
  shape->type = type;
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, shape, g_free);
  if (owned_path == NULL)
    {
      g_task_return_error (task, path_error);
      return;
    }
  g_clear_error (&path_error);
  tr_client_send_json_async (self, method, owned_path, body, cancellable, answer_received,
                             g_steal_pointer (&task));
}

/**
 * _tr_client_endpoint_async:
 * @self: a #TrClient
 * @source_tag: the public `_async` function
 * @endpoint: the endpoint
 * @id: (nullable): the resource id, ignored for a call on the collection
 * @user_id: (nullable): the `userId` to act as (company tokens)
 * @body: (nullable): the JSON body
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the result
 * @user_data: data for @callback
 *
 * Calls @endpoint; a malformed @id fails without any network traffic.
 */
void
_tr_client_endpoint_async (TrClient               *self,
                           gpointer                source_tag,
                           const TrClientEndpoint *endpoint,
                           const char             *id,
                           const char             *user_id,
                           JsonNode               *body,
                           GCancellable           *cancellable,
                           GAsyncReadyCallback     callback,
                           gpointer                user_data)
{
  GError *error = NULL;
  char *path;

  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  if (endpoint->suffix == NULL)
    path = _tr_client_add_user_id (endpoint->collection, user_id);
  else
    path = _tr_client_build_path (endpoint->collection, id, endpoint->suffix, user_id, &error);
  _tr_client_call_async (self, source_tag, endpoint->method, path, error, body, endpoint->reply,
                         endpoint->get_type ? endpoint->get_type () : G_TYPE_NONE,
                         cancellable, callback, user_data);
}

/**
 * _tr_client_call_finish:
 * @self: a #TrClient
 * @result: the #GAsyncResult
 * @source_tag: the public `_async` function
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the resource or #GListStore
 */
gpointer
_tr_client_call_finish (TrClient      *self,
                        GAsyncResult  *result,
                        gpointer       source_tag,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * _tr_client_call_finish_true:
 * @self: a #TrClient
 * @result: the #GAsyncResult
 * @source_tag: the public `_async` function
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the server answered `true`
 */
gboolean
_tr_client_call_finish_true (TrClient      *self,
                             GAsyncResult  *result,
                             gpointer       source_tag,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
