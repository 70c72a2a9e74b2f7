/* tr-account-save.c
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

#define G_LOG_DOMAIN "tr-account"

#include "tr-account-private.h"
#include "tr-expense.h"

/* Saving a request that was edited: into the offline cache when it is
 * open, else straight to the server. */

typedef struct
{
  gint64      local_id;
  gboolean    existing;
  GListModel *expenses;
  guint       pending;
  GError     *error;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->expenses);
  g_clear_error (&data->error);
  g_free (data);
}

static void
after_save (GTask *task)
{
  TrAccount *self = g_task_get_source_object (task);
  SaveData *data = g_task_get_task_data (task);

  if (data->error != NULL)
    return g_task_return_error (task, g_steal_pointer (&data->error));
  /* The sync engine sends the change (or the list shows the server's). */
  if (!self->syncing)
    tr_account_refresh_async (self, NULL, NULL, NULL);
  g_task_return_boolean (task, TRUE);
}

/* One expected expense written; the last one ends the save. */
static void
expense_done (GTask  *task,
              GError *error)
{
  SaveData *data = g_task_get_task_data (task);

  if (error != NULL && data->error == NULL)
    data->error = error;
  else if (error != NULL)
    g_error_free (error);
  if (--data->pending == 0)
    after_save (task);
  g_object_unref (task);
}

static void
on_store_expense_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  GError *error = NULL;

  if (g_task_get_source_tag (G_TASK (result)) == tr_store_create_expense_async)
    tr_store_create_expense_finish (TR_STORE (source), result, &error);
  else
    tr_store_save_expense_finish (TR_STORE (source), result, &error);
  expense_done (G_TASK (user_data), error);
}

/* The cached expense an editor's expense stands for, claimed once: by
 * server id, or for one the server does not know yet (neither side has an
 * id) the row whose JSON it still is. An edited one matches no row: its
 * row is deleted (with its queued create) and the edit created anew,
 * which is the same for a server that never saw it. */
static const TrStoreExpenseRow *
claim_row (GPtrArray  *rows,
           GHashTable *claimed,
           const char *server_id,
           JsonNode   *json)
{
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      const TrStoreExpenseRow *row = g_ptr_array_index (rows, i);
      gboolean same;

      if (row->deleted || g_hash_table_contains (claimed, row))
        continue;
      if (server_id != NULL)
        same = g_strcmp0 (row->server_id, server_id) == 0;
      else
        same = row->server_id == NULL && row->full != NULL && json_node_equal (row->full, json);
      if (same)
        {
          g_hash_table_add (claimed, (gpointer) row);
          return row;
        }
    }
  return NULL;
}

static void
on_store_expense_deleted_cb (GObject      *source,
                             GAsyncResult *result,
                             gpointer      user_data)
{
  GError *error = NULL;

  tr_store_delete_expense_finish (TR_STORE (source), result, &error);
  expense_done (G_TASK (user_data), error);
}

/* The cached expenses the user removed in the editor (no editor expense
 * claimed them) are deleted: the store queues the deletion of one the
 * server knows, and drops one it never saw with its queued create. */
static void
delete_removed_expenses (GTask      *task,
                         GPtrArray  *rows,
                         GHashTable *claimed)
{
  TrAccount *self = g_task_get_source_object (task);
  SaveData *data = g_task_get_task_data (task);

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      const TrStoreExpenseRow *row = g_ptr_array_index (rows, i);

      if (row->deleted || g_hash_table_contains (claimed, row))
        continue;
      data->pending++;
      tr_store_delete_expense_async (self->store, row->local_id, NULL,
                                     on_store_expense_deleted_cb, g_object_ref (task));
    }
}

/* Writes each expected expense of the editor into the cache: new ones
 * are created, changed ones saved; each change is queued for the server. */
static void
store_expenses (GTask     *task,
                GPtrArray *rows)
{
  TrAccount *self = g_task_get_source_object (task);
  SaveData *data = g_task_get_task_data (task);
  guint n = g_list_model_get_n_items (data->expenses);
  g_autoptr(GHashTable) claimed = g_hash_table_new (NULL, NULL);

  data->pending = 1;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrExpense) expense = g_list_model_get_item (data->expenses, i);
      g_autoptr(JsonNode) json = tr_expense_to_json (expense, TR_JSON_PURPOSE_FULL);
      const TrStoreExpenseRow *row = claim_row (rows, claimed, tr_expense_get_id (expense), json);

      if (row != NULL && row->full != NULL && json_node_equal (row->full, json))
        continue;
      data->pending++;
      if (row != NULL)
        tr_store_save_expense_async (self->store, row->local_id, json, NULL,
                                     on_store_expense_cb, g_object_ref (task));
      else
        tr_store_create_expense_async (self->store, data->local_id, json, NULL,
                                       on_store_expense_cb, g_object_ref (task));
    }
  delete_removed_expenses (task, rows, claimed);
  expense_done (g_object_ref (task), NULL);
}

static void
on_rows_read_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(TrStoreRequestRow) row = NULL;
  GError *error = NULL;

  row = tr_store_get_request_finish (TR_STORE (source), result, &rows, &error);
  if (row == NULL)
    return g_task_return_error (task, error);
  store_expenses (task, rows);
}

static void
on_store_saved_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SaveData *data = g_task_get_task_data (task);
  GError *error = NULL;
  gboolean ok;

  if (data->existing)
    ok = tr_store_save_request_finish (TR_STORE (source), result, &error);
  else
    ok = (data->local_id = tr_store_create_request_finish (TR_STORE (source), result, &error)) > 0;

  if (!ok)
    g_task_return_error (task, error);
  else if (data->expenses == NULL)
    after_save (task);
  else
    tr_store_get_request_async (TR_STORE (source), data->local_id, NULL, on_rows_read_cb,
                                g_steal_pointer (&task));
}

static void
on_server_expense_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  GError *error = NULL;
  g_autoptr(JsonNode) response = tr_client_send_json_finish (TR_CLIENT (source), result, &error);

  expense_done (G_TASK (user_data), error);
}

/* Without the cache: POST the new expected expenses, PUT the others. */
static void
send_expenses (GTask      *task,
               const char *request_id)
{
  TrAccount *self = g_task_get_source_object (task);
  SaveData *data = g_task_get_task_data (task);
  guint n = data->expenses != NULL ? g_list_model_get_n_items (data->expenses) : 0;

  data->pending = 1;
  for (guint i = 0; request_id != NULL && i < n; i++)
    {
      g_autoptr(TrExpense) expense = g_list_model_get_item (data->expenses, i);
      const char *id = tr_expense_get_id (expense);
      g_autoptr(JsonNode) body = tr_expense_to_json (expense, id ? TR_JSON_PURPOSE_UPDATE : TR_JSON_PURPOSE_CREATE);
      g_autofree char *path = id ? g_strdup_printf ("expenses/%s", id)
                                 : g_strdup_printf ("requests/%s/expenses", request_id);

      data->pending++;
      tr_client_send_json_async (self->client, id ? "PUT" : "POST", path, body, NULL,
                                 on_server_expense_cb, g_object_ref (task));
    }
  expense_done (g_object_ref (task), NULL);
}

static void
on_server_saved_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  g_autoptr(JsonNode) response = tr_client_send_json_finish (TR_CLIENT (source), result, &error);
  const char *id = g_object_get_data (G_OBJECT (task), "tr-request-id");

  if (response == NULL && error != NULL)
    return g_task_return_error (task, error);
  if (id == NULL && response != NULL && JSON_NODE_HOLDS_OBJECT (response))
    id = json_object_get_string_member_with_default (json_node_get_object (response), "id", NULL);
  send_expenses (task, id);
}

static void
save_to_server (TrAccount *self,
                TrRequest *request,
                GTask     *task)
{
  const char *id = tr_request_get_id (request);
  GCancellable *cancellable = g_task_get_cancellable (task);
  g_autoptr(JsonNode) body = tr_request_to_json (request, id != NULL ? TR_JSON_PURPOSE_UPDATE
                                                                      : TR_JSON_PURPOSE_CREATE);
  g_autofree char *path = id != NULL ? g_strdup_printf ("requests/%s", id) : g_strdup ("requests");

  g_object_set_data_full (G_OBJECT (task), "tr-request-id", g_strdup (id), g_free);
  tr_client_send_json_async (self->client, id != NULL ? "PUT" : "POST", path, body,
                             cancellable, on_server_saved_cb, task);
}

/**
 * tr_account_save_request_async:
 * @self: a #TrAccount
 * @request: the request as edited
 * @local_id: its id in the cache, 0 for a new request (or no cache)
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when saved
 * @user_data: data for @callback
 *
 * Saves @request alone, like tr_account_save_request_with_expenses_async()
 * without expected expenses.
 */
void
tr_account_save_request_async (TrAccount           *self,
                               TrRequest           *request,
                               gint64               local_id,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  tr_account_save_request_with_expenses_async (self, request, local_id, NULL, cancellable,
                                               callback, user_data);
}

/**
 * tr_account_save_request_with_expenses_async:
 * @self: a #TrAccount
 * @request: the request as edited
 * @local_id: its id in the cache, 0 for a new request (or no cache)
 * @expenses: (nullable): the #TrExpense of the editor: the new ones
 *   (without id) are created, the changed ones saved
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when saved
 * @user_data: data for @callback
 *
 * Saves @request and its expected expenses: into the offline cache when it
 * is open (the sync engine sends them to the server, now or when online
 * again), else to the server (POST for new ones, PUT for existing ones).
 * Finish with tr_account_save_request_finish().
 */
void
tr_account_save_request_with_expenses_async (TrAccount           *self,
                                             TrRequest           *request,
                                             gint64               local_id,
                                             GListModel          *expenses,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(JsonNode) json = NULL;
  SaveData *data;

  g_return_if_fail (TR_IS_ACCOUNT (self));
  g_return_if_fail (TR_IS_REQUEST (request));
  g_return_if_fail (expenses == NULL || G_IS_LIST_MODEL (expenses));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_account_save_request_async);
  data = g_new0 (SaveData, 1);
  data->local_id = local_id;
  data->existing = local_id > 0;
  data->expenses = expenses != NULL ? g_object_ref (expenses) : NULL;
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  if (self->store == NULL)
    {
      save_to_server (self, request, g_steal_pointer (&task));
      return;
    }

  json = tr_request_to_json (request, TR_JSON_PURPOSE_FULL);
  if (local_id > 0)
    tr_store_save_request_async (self->store, local_id, json, cancellable,
                                 on_store_saved_cb, g_steal_pointer (&task));
  else
    tr_store_create_request_async (self->store, json, cancellable,
                                   on_store_saved_cb, g_steal_pointer (&task));
}

gboolean
tr_account_save_request_finish (TrAccount     *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (TR_IS_ACCOUNT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_account_save_request_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
