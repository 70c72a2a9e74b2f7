/* tr-sync-pull.c
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

#include <glib/gi18n-lib.h>

#include "tr-sync-private.h"

/* Pulling. The first pull of an account (or an explicit full pull) lists
 * every request; later pulls list only those modified after the high-water
 * mark, the newest `lastModified` seen, kept in the store's meta. Server
 * timestamps only: the local clock plays no part. The window starts
 * PULL_OVERLAP before the mark (timestamps have a resolution of a second,
 * and a change in the same second as the mark must not be missed); the
 * overlap returns some requests twice, which is harmless: each id is
 * fetched once per pull and the store upserts by id. List items are
 * summaries, so each changed request is read in full with its expected
 * expenses. The store keeps local edits (see its upsert rules). */

#define PULL_OVERLAP 5
#define PAGE_SIZE 100

typedef struct
{
  gboolean   full;
  char      *newest;
  GPtrArray *ids;
  guint      index;
  JsonArray *expenses;
  guint      expense_index;
} PullData;

static void
pull_data_free (gpointer data)
{
  PullData *d = data;

  g_clear_pointer (&d->newest, g_free);
  g_clear_pointer (&d->ids, g_ptr_array_unref);
  g_clear_pointer (&d->expenses, json_array_unref);
  g_free (d);
}

static void next_request (GTask *task);

static TrSync *
task_sync (GTask *task)
{
  return g_task_get_source_object (task);
}

static const char *
current_id (GTask *task)
{
  PullData *d = g_task_get_task_data (task);

  return g_ptr_array_index (d->ids, d->index);
}

static void
advance (GTask *task)
{
  PullData *d = g_task_get_task_data (task);

  d->index++;
  if (d->full)
    tr_sync_set_progress (task_sync (task), (double) d->index / d->ids->len);
  next_request (task);
}

static void next_expense (GTask *task);

static void
expense_upserted_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PullData *d = g_task_get_task_data (task);
  GError *error = NULL;

  if (tr_store_upsert_server_expense_finish (TR_STORE (source), result, &error) == 0)
    return g_task_return_error (task, error);
  d->expense_index++;
  next_expense (task);
}

static void
next_expense (GTask *task)
{
  PullData *d = g_task_get_task_data (task);
  JsonNode *expense;

  if (d->expense_index >= json_array_get_length (d->expenses))
    return advance (task);
  expense = json_array_get_element (d->expenses, d->expense_index);
  tr_store_upsert_server_expense_async (tr_sync_get_store (task_sync (task)), current_id (task),
                                        expense, NULL, expense_upserted_cb, g_object_ref (task));
}

static void
expenses_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PullData *d = g_task_get_task_data (task);
  g_autoptr(JsonNode) node = NULL;
  GError *error = NULL;

  node = tr_client_send_json_finish (TR_CLIENT (source), result, &error);
  if (g_error_matches (error, TR_API_ERROR, TR_API_ERROR_NOT_FOUND))
    {
      /* Deleted since it was listed. */
      g_clear_error (&error);
      return advance (task);
    }
  if (node == NULL)
    return g_task_return_error (task, error);
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return g_task_return_new_error (task, TR_API_ERROR, TR_API_ERROR_BAD_RESPONSE,
                                    _("The list of expected expenses is not an array"));
  g_clear_pointer (&d->expenses, json_array_unref);
  d->expenses = json_array_ref (json_node_get_array (node));
  d->expense_index = 0;
  next_expense (task);
}

static void
note_newest (PullData *d,
             JsonNode *request)
{
  const char *modified = json_object_get_string_member_with_default (json_node_get_object (request),
                                                                     "lastModified", NULL);

  if (modified != NULL && (d->newest == NULL || strcmp (modified, d->newest) > 0))
    {
      g_free (d->newest);
      d->newest = g_strdup (modified);
    }
}

static void
upserted_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autofree char *path = g_strdup_printf ("requests/%s/expenses", current_id (task));
  GError *error = NULL;

  if (tr_store_upsert_server_request_finish (TR_STORE (source), result, &error) == 0)
    return g_task_return_error (task, error);
  tr_client_send_json_async (tr_sync_get_client (task_sync (task)), "GET", path, NULL,
                             g_task_get_cancellable (task), expenses_cb, g_object_ref (task));
}

static void
detail_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(JsonNode) detail = NULL;
  GError *error = NULL;

  detail = tr_client_send_json_finish (TR_CLIENT (source), result, &error);
  if (g_error_matches (error, TR_API_ERROR, TR_API_ERROR_NOT_FOUND))
    {
      /* Deleted since it was listed. */
      g_clear_error (&error);
      return advance (task);
    }
  if (detail == NULL)
    return g_task_return_error (task, error);
  if (!JSON_NODE_HOLDS_OBJECT (detail))
    return g_task_return_new_error (task, TR_API_ERROR, TR_API_ERROR_BAD_RESPONSE,
                                    _("The server returned a request that is not an object"));
  note_newest (g_task_get_task_data (task), detail);
  tr_store_upsert_server_request_async (tr_sync_get_store (task_sync (task)), detail, NULL,
                                        upserted_cb, g_object_ref (task));
}

static void
mark_saved_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!tr_store_meta_set_finish (TR_STORE (source), result, &error))
    return g_task_return_error (task, error);
  g_task_return_boolean (task, TRUE);
}

static void
next_request (GTask *task)
{
  PullData *d = g_task_get_task_data (task);
  TrSync *self = task_sync (task);
  g_autofree char *path = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;
  if (d->index < d->ids->len)
    {
      path = g_strdup_printf ("requests/%s", current_id (task));
      return tr_client_send_json_async (tr_sync_get_client (self), "GET", path, NULL,
                                        g_task_get_cancellable (task), detail_cb, g_object_ref (task));
    }
  if (d->full)
    tr_sync_set_progress (self, 1.0);
  if (d->newest == NULL)
    return g_task_return_boolean (task, TRUE);
  tr_store_meta_set_async (tr_sync_get_store (self), TR_SYNC_META_HIGH_WATER, d->newest, NULL,
                           mark_saved_cb, g_object_ref (task));
}

static void
listed_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PullData *d = g_task_get_task_data (task);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(JsonArray) items = NULL;
  GError *error = NULL;

  items = tr_client_fetch_pages_finish (TR_CLIENT (source), result, &error);
  if (items == NULL)
    return g_task_return_error (task, error);
  d->ids = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonNode *item = json_array_get_element (items, i);
      const char *id = JSON_NODE_HOLDS_OBJECT (item)
        ? json_object_get_string_member_with_default (json_node_get_object (item), "id", NULL) : NULL;

      if (id != NULL && g_hash_table_add (seen, (gpointer) id))
        g_ptr_array_add (d->ids, g_strdup (id));
    }
  next_request (task);
}

static void
list_changes (GTask      *task,
              const char *high_water)
{
  g_autoptr(TrRequestQuery) query = tr_request_query_new ();
  g_autoptr(GDateTime) mark = high_water ? g_date_time_new_from_iso8601 (high_water, NULL) : NULL;
  g_autofree char *path = NULL;
  GError *error = NULL;

  query->view = g_strdup ("ALL");
  query->limit = PAGE_SIZE;
  if (mark != NULL)
    query->modified_after = g_date_time_add_seconds (mark, -PULL_OVERLAP);
  path = tr_request_query_to_path (query, &error);
  if (path == NULL)
    return g_task_return_error (task, error);
  tr_client_fetch_pages_async (tr_sync_get_client (task_sync (task)), path,
                               g_task_get_cancellable (task), listed_cb, g_object_ref (task));
}

static void
mark_read_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PullData *d = g_task_get_task_data (task);
  g_autofree char *high_water = NULL;
  GError *error = NULL;

  high_water = tr_store_meta_get_finish (TR_STORE (source), result, &error);
  if (error != NULL)
    return g_task_return_error (task, error);
  d->full = high_water == NULL;
  if (d->full)
    tr_sync_set_progress (task_sync (task), 0.0);
  list_changes (task, high_water);
}

void
tr_sync_pull_async (TrSync              *self,
                    gboolean             full,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  PullData *d = g_new0 (PullData, 1);

  g_task_set_source_tag (task, tr_sync_pull_async);
  d->full = full;
  g_task_set_task_data (task, d, pull_data_free);
  if (!full)
    return tr_store_meta_get_async (tr_sync_get_store (self), TR_SYNC_META_HIGH_WATER, NULL,
                                    mark_read_cb, g_steal_pointer (&task));
  tr_sync_set_progress (self, 0.0);
  list_changes (task, NULL);
}

gboolean
tr_sync_pull_finish (TrSync        *self,
                     GAsyncResult  *result,
                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
