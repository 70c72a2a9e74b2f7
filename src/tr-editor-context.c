/* tr-editor-context.c
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
 * along with this program.  If not, see <http://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tr-editor-pane"

#include "tr-client-extras.h"
#include "tr-editor-context.h"
#include "tr-expense.h"
#include "tr-leg.h"

/* Gathers, for the request editor, the distinct destinations (main
 * destinations and itinerary leg locations) and travel agency ids of the
 * account's requests. With an offline cache it reads the most recent
 * requests through the store's worker thread; without one it looks at the
 * requests already in memory. Nothing here blocks the main loop. */

#define MAX_IN_MEMORY 500

typedef struct
{
  GListStore *locations;
  GHashTable *location_keys;
  GHashTable *agency_ids;
  guint       pending;
} Collect;

static void
collect_free (Collect *c)
{
  g_clear_object (&c->locations);
  g_clear_pointer (&c->location_keys, g_hash_table_unref);
  g_clear_pointer (&c->agency_ids, g_hash_table_unref);
  g_free (c);
}

/* The same place once: "Munich" listed as {city, countryCode} and echoed
 * with a name fold to the same key. */
static char *
location_key (TrLocation *location)
{
  const char *name = tr_location_get_name (location);
  const char *city = tr_location_get_city (location);
  const char *country = tr_location_get_country_code (location);
  g_autofree char *text = NULL;

  if ((name == NULL || *name == '\0') && (city == NULL || *city == '\0'))
    return NULL;
  text = g_strjoin ("|", name && *name ? name : city, city ? city : "", country ? country : "", NULL);
  return tr_request_item_fold_text (text);
}

static void
add_location (Collect    *c,
              TrLocation *location)
{
  char *key = location != NULL ? location_key (location) : NULL;

  if (key == NULL)
    return;
  if (g_hash_table_add (c->location_keys, key))
    g_list_store_append (c->locations, location);
}

static void
add_request (Collect   *c,
             TrRequest *request)
{
  TrResourceLink *agency;

  if (request == NULL)
    return;
  add_location (c, tr_request_get_main_destination (request));
  agency = tr_request_get_travel_agency (request);
  if (agency != NULL && tr_resource_link_get_id (agency) != NULL)
    g_hash_table_add (c->agency_ids, g_strdup (tr_resource_link_get_id (agency)));
}

static void
add_expense_row (Collect           *c,
                 TrStoreExpenseRow *row)
{
  g_autoptr(TrExpense) expense = row->full ? tr_expense_new_from_json (row->full, NULL) : NULL;
  GListModel *legs = expense ? tr_expense_get_legs (expense) : NULL;
  guint n = legs ? g_list_model_get_n_items (legs) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrLeg) leg = g_list_model_get_item (legs, i);

      add_location (c, tr_leg_get_start_location (leg));
      add_location (c, tr_leg_get_end_location (leg));
    }
}

static void
return_ids (GTask *task)
{
  Collect *c = g_task_get_task_data (task);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GHashTableIter iter;
  gpointer id;

  g_hash_table_iter_init (&iter, c->agency_ids);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    g_strv_builder_add (builder, id);
  g_task_return_pointer (task, g_strv_builder_end (builder), (GDestroyNotify) g_strfreev);
}

static void
on_row_read_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Collect *c = g_task_get_task_data (task);
  g_autoptr(GPtrArray) expenses = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TrStoreRequestRow) row = tr_store_get_request_finish (TR_STORE (source), result, &expenses, &error);
  g_autoptr(TrRequest) request = NULL;

  if (row != NULL && row->full != NULL)
    request = tr_request_new_from_json (row->full, NULL);
  else if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("Cannot read a cached request: %s", error->message);
  add_request (c, request);
  for (guint i = 0; expenses != NULL && i < expenses->len; i++)
    add_expense_row (c, g_ptr_array_index (expenses, i));
  if (--c->pending == 0)
    return_ids (task);
}

static void
on_listed_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Collect *c = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = tr_store_list_requests_finish (TR_STORE (source), result, &error);

  if (rows == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("Cannot list the cached requests: %s", error->message);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      TrStoreRequestRow *row = g_ptr_array_index (rows, i);

      c->pending++;
      tr_store_get_request_async (TR_STORE (source), row->local_id, g_task_get_cancellable (task),
                                  on_row_read_cb, g_object_ref (task));
    }
  if (c->pending == 0)
    return_ids (task);
}

static void
collect_in_memory (Collect   *c,
                   TrAccount *account)
{
  GListModel *items = tr_account_get_requests (account);
  guint n = items != NULL ? MIN (g_list_model_get_n_items (items), MAX_IN_MEMORY) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrRequestItem) item = g_list_model_get_item (items, i);

      add_request (c, tr_request_item_get_request (item));
    }
}

/**
 * tr_editor_context_collect_async:
 * @account: the account
 * @edited: (nullable): the request being edited
 * @locations: a #GListStore of #TrLocation, to which the distinct
 *   destinations are appended as they are found
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when everything was read
 * @user_data: data for @callback
 *
 * Reads the destinations and travel agencies of @edited and of the
 * account's requests (with an offline cache, of its
 * %TR_EDITOR_CONTEXT_MAX_SCANNED most recent requests).
 */
void
tr_editor_context_collect_async (TrAccount           *account,
                                 TrRequest           *edited,
                                 GListStore          *locations,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  TrStore *store;
  Collect *c;

  g_return_if_fail (TR_IS_ACCOUNT (account));
  g_return_if_fail (G_IS_LIST_STORE (locations));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (account, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_editor_context_collect_async);
  c = g_new0 (Collect, 1);
  c->locations = g_object_ref (locations);
  c->location_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  c->agency_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_task_set_task_data (task, c, (GDestroyNotify) collect_free);
  add_request (c, edited);

  store = tr_account_get_store (account);
  if (store == NULL)
    {
      collect_in_memory (c, account);
      return_ids (task);
      return;
    }
  tr_store_list_requests_async (store, &(TrStoreQuery) { .view = TR_STORE_VIEW_ALL,
                                                         .sort = TR_STORE_SORT_START_DATE,
                                                         .descending = TRUE,
                                                         .limit = TR_EDITOR_CONTEXT_MAX_SCANNED },
                                cancellable, on_listed_cb, g_steal_pointer (&task));
}

/**
 * tr_editor_context_collect_finish:
 * @account: the account
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the distinct travel agency ids
 */
GStrv
tr_editor_context_collect_finish (TrAccount     *account,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, account), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_editor_context_collect_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
