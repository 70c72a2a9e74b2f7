/* tr-sync-details.c
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

#define G_LOG_DOMAIN "TrSync"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "tr-sync-private.h"

/* Reading details: for each request, GET /requests/{id} and GET
 * /requests/{id}/expenses, all sent at once (the HTTP session queues them
 * on its keep-alive connections), then one batched store call for all of
 * them. A request deleted on the server since it was listed (404) is
 * skipped. The task holds the client and the store, not the engine, so an
 * engine being disposed is not kept alive by a background read. */

typedef struct
{
  TrClient  *client;
  TrStore   *store;
  JsonArray *entries;
  guint      outstanding;
  GError    *error;
  char      *newest;
} DetailsData;

typedef struct
{
  GTask      *task;
  JsonObject *entry;
  gboolean    is_expenses;
} DetailCall;

static void
details_data_free (gpointer data)
{
  DetailsData *d = data;

  g_clear_object (&d->client);
  g_clear_object (&d->store);
  g_clear_pointer (&d->entries, json_array_unref);
  g_clear_error (&d->error);
  g_clear_pointer (&d->newest, g_free);
  g_free (d);
}

/* Whether @modified is later than @newest (both ISO 8601 in UTC, as the
 * server writes them; unparsable values never win). */
gboolean
tr_sync_timestamp_newer (const char *modified,
                         const char *newest)
{
  g_autoptr(GDateTime) a = modified ? g_date_time_new_from_iso8601 (modified, NULL) : NULL;
  g_autoptr(GDateTime) b = newest ? g_date_time_new_from_iso8601 (newest, NULL) : NULL;

  if (a == NULL)
    return FALSE;
  return b == NULL || g_date_time_compare (a, b) > 0;
}

static JsonNode *
take_entries (DetailsData *d)
{
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);
  JsonArray *kept = json_array_new ();

  for (guint i = 0; i < json_array_get_length (d->entries); i++)
    {
      JsonObject *entry = json_array_get_object_element (d->entries, i);
      JsonNode *request = json_object_get_member (entry, "request");
      const char *modified;

      if (request == NULL || json_object_has_member (entry, "gone"))
        continue;
      modified = json_object_get_string_member_with_default (json_node_get_object (request),
                                                             "lastModified", NULL);
      if (tr_sync_timestamp_newer (modified, d->newest))
        {
          g_free (d->newest);
          d->newest = g_strdup (modified);
        }
      json_array_add_object_element (kept, json_object_ref (entry));
    }
  json_node_take_array (node, kept);
  return node;
}

static void
stored_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GArray) ids = NULL;
  GError *error = NULL;

  ids = tr_store_upsert_server_details_finish (TR_STORE (source), result, &error);
  if (ids == NULL)
    return g_task_return_error (task, error);
  g_task_return_boolean (task, TRUE);
}

static void
all_received (GTask *task)
{
  DetailsData *d = g_task_get_task_data (task);
  g_autoptr(JsonNode) entries = NULL;

  if (d->error != NULL)
    return g_task_return_error (task, g_steal_pointer (&d->error));
  if (g_task_return_error_if_cancelled (task))
    return;
  entries = take_entries (d);
  if (json_array_get_length (json_node_get_array (entries)) == 0)
    return g_task_return_boolean (task, TRUE);
  /* Cancelled before the store starts it, the batch is not written. */
  tr_store_upsert_server_details_async (d->store, g_steal_pointer (&entries), g_task_get_cancellable (task),
                                        stored_cb, g_object_ref (task));
}

static gboolean
check_shape (JsonNode  *node,
             gboolean   is_expenses,
             GError   **error)
{
  if (is_expenses && !JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error_literal (error, TR_API_ERROR, TR_API_ERROR_BAD_RESPONSE,
                           _("The list of expected expenses is not an array"));
      return FALSE;
    }
  if (!is_expenses && !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error_literal (error, TR_API_ERROR, TR_API_ERROR_BAD_RESPONSE,
                           _("The server returned a request that is not an object"));
      return FALSE;
    }
  return TRUE;
}

static void
received_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  DetailCall *call = user_data;
  g_autoptr(GTask) task = call->task;
  DetailsData *d = g_task_get_task_data (task);
  g_autoptr(JsonNode) node = NULL;
  GError *error = NULL;

  node = tr_client_send_json_finish (TR_CLIENT (source), result, &error);
  if (g_error_matches (error, TR_API_ERROR, TR_API_ERROR_NOT_FOUND))
    {
      /* Deleted since it was listed. */
      g_clear_error (&error);
      json_object_set_boolean_member (call->entry, "gone", TRUE);
    }
  else if (node != NULL && check_shape (node, call->is_expenses, &error))
    json_object_set_member (call->entry, call->is_expenses ? "expenses" : "request",
                            g_steal_pointer (&node));
  if (error != NULL && d->error == NULL)
    d->error = error;
  else
    g_clear_error (&error);
  json_object_unref (call->entry);
  g_free (call);
  if (--d->outstanding == 0)
    all_received (task);
}

static void
send_get (GTask      *task,
          JsonObject *entry,
          const char *path,
          gboolean    is_expenses)
{
  DetailsData *d = g_task_get_task_data (task);
  DetailCall *call = g_new0 (DetailCall, 1);

  call->task = g_object_ref (task);
  call->entry = json_object_ref (entry);
  call->is_expenses = is_expenses;
  d->outstanding++;
  tr_client_send_json_async (d->client, "GET", path, NULL, g_task_get_cancellable (task),
                             received_cb, call);
}

/**
 * tr_sync_details_fetch_async:
 * @client: the account's client
 * @store: the account's store
 * @server_ids: (element-type utf8): the requests to read
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Reads the details of @server_ids (request and expected expenses) and
 * stores them in one batched store call.
 */
void
tr_sync_details_fetch_async (TrClient            *client,
                             TrStore             *store,
                             GPtrArray           *server_ids,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  DetailsData *d = g_new0 (DetailsData, 1);

  g_task_set_source_tag (task, tr_sync_details_fetch_async);
  d->client = g_object_ref (client);
  d->store = g_object_ref (store);
  d->entries = json_array_new ();
  g_task_set_task_data (task, d, details_data_free);
  d->outstanding = 1;
  for (guint i = 0; i < server_ids->len; i++)
    {
      const char *id = g_ptr_array_index (server_ids, i);
      g_autoptr(JsonObject) entry = json_object_new ();
      g_autofree char *path = g_strdup_printf ("requests/%s", id);
      g_autofree char *expenses = g_strdup_printf ("requests/%s/expenses", id);

      json_array_add_object_element (d->entries, json_object_ref (entry));
      send_get (task, entry, path, FALSE);
      send_get (task, entry, expenses, TRUE);
    }
  if (--d->outstanding == 0)
    all_received (task);
}

/**
 * tr_sync_details_fetch_finish:
 * @newest: (out) (optional) (transfer full): the latest `lastModified`
 *   among the details read, or %NULL
 *
 * Returns: %TRUE when every detail that still exists was stored
 */
gboolean
tr_sync_details_fetch_finish (GAsyncResult  *result,
                              char         **newest,
                              GError       **error)
{
  DetailsData *d;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  d = g_task_get_task_data (G_TASK (result));
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  if (newest != NULL)
    *newest = g_steal_pointer (&d->newest);
  return TRUE;
}
