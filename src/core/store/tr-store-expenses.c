/* tr-store-expenses.c
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

#define G_LOG_DOMAIN "TrStore"

#include <glib/gi18n-lib.h>

#include "tr-store-private.h"

/* Expected expenses. They follow the request rules (one transaction per
 * edit and its operation) and add the dependency on their request: an
 * operation on an expense whose request is not created on the server yet
 * depends on the request's create, and learns the request's server id
 * when that create is done. */

#define SET_COLUMNS \
  " type_code = ?2, type_name = ?3, transaction_date = ?4, amount_units = ?5," \
  " amount_scale = ?6, amount_currency = ?7, last_modified = ?8, full_json = ?9," \
  " sync_state = ?10"

static const char sql_insert[] =
  "INSERT INTO expenses (request_local_id, type_code, type_name, transaction_date,"
  " amount_units, amount_scale, amount_currency, last_modified, full_json, sync_state,"
  " server_id, base_json, base_last_modified)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";
static const char sql_update_local[] =
  "UPDATE expenses SET" SET_COLUMNS " WHERE local_id = ?1";
static const char sql_update_server[] =
  "UPDATE expenses SET" SET_COLUMNS ", base_json = ?11, base_last_modified = ?12,"
  " remote_json = NULL, last_error = NULL WHERE local_id = ?1";
static const char sql_state[] =
  "SELECT e.server_id, e.sync_state, e.deleted, e.base_last_modified,"
  " (SELECT count(*) FROM outbox WHERE entity_kind = 1 AND entity_local_id = ?1),"
  " e.request_local_id, r.server_id, r.deleted"
  " FROM expenses e JOIN requests r ON r.local_id = e.request_local_id"
  " WHERE e.local_id = ?1";
static const char sql_request_state[] =
  "SELECT server_id, deleted FROM requests WHERE local_id = ?1";
static const char sql_set_remote[] =
  "UPDATE expenses SET remote_json = ?2 WHERE local_id = ?1";
static const char sql_remove[] =
  "DELETE FROM expenses WHERE local_id = ?1";
static const char sql_mark_deleted[] =
  "UPDATE expenses SET deleted = 1, sync_state = 1 WHERE local_id = ?1";

typedef struct
{
  gboolean          found;
  char             *server_id;
  TrStoreSyncState  sync_state;
  gboolean          deleted;
  char             *base_last_modified;
  gint64            queued;
  gint64            request_local_id;
  char             *request_server_id;
  gboolean          request_deleted;
} ExpenseState;

static void
expense_state_clear (ExpenseState *state)
{
  g_clear_pointer (&state->server_id, g_free);
  g_clear_pointer (&state->base_last_modified, g_free);
  g_clear_pointer (&state->request_server_id, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ExpenseState, expense_state_clear)

static void
read_state (sqlite3_stmt *stmt,
            ExpenseState *state)
{
  state->found = TRUE;
  state->server_id = tr_store_db_dup_text (stmt, 0);
  state->sync_state = sqlite3_column_int (stmt, 1);
  state->deleted = sqlite3_column_int (stmt, 2) != 0;
  state->base_last_modified = tr_store_db_dup_text (stmt, 3);
  state->queued = sqlite3_column_int64 (stmt, 4);
  state->request_local_id = sqlite3_column_int64 (stmt, 5);
  state->request_server_id = tr_store_db_dup_text (stmt, 6);
  state->request_deleted = sqlite3_column_int (stmt, 7) != 0;
}

static gboolean
load_state (TrStoreDb     *db,
            gint64         local_id,
            ExpenseState  *state,
            GError       **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, sql_state, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, local_id);
  if ((rc = tr_store_db_step (db, stmt, error)) == -1)
    return FALSE;
  if (rc == SQLITE_ROW)
    {
      read_state (stmt, state);
      sqlite3_reset (stmt);
    }
  return TRUE;
}

static gboolean
load_live_state (TrStoreDb     *db,
                 gint64         local_id,
                 ExpenseState  *state,
                 GError       **error)
{
  if (!load_state (db, local_id, state, error))
    return FALSE;
  if (!state->found || state->deleted || state->request_deleted)
    return tr_store_not_found ("expense", local_id, error);
  return TRUE;
}

/* Loads the request an expense belongs to; it must exist, not deleted. */
static gboolean
load_request (TrStoreDb    *db,
              gint64        request_local_id,
              char        **request_server_id,
              GError      **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, sql_request_state, error);
  gboolean live;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, request_local_id);
  if ((rc = tr_store_db_step (db, stmt, error)) == -1)
    return FALSE;
  live = rc == SQLITE_ROW && sqlite3_column_int (stmt, 1) == 0;
  if (live)
    *request_server_id = tr_store_db_dup_text (stmt, 0);
  sqlite3_reset (stmt);
  if (!live)
    return tr_store_not_found ("request", request_local_id, error);
  return TRUE;
}

static void
bind_columns (sqlite3_stmt         *stmt,
              const TrStoreColumns *c,
              const char           *json_text,
              TrStoreSyncState      sync_state)
{
  tr_store_db_bind_text (stmt, 2, c->type_code);
  tr_store_db_bind_text (stmt, 3, c->type_name);
  tr_store_db_bind_text (stmt, 4, c->transaction_date);
  sqlite3_bind_int64 (stmt, 5, c->amount.units);
  sqlite3_bind_int (stmt, 6, c->amount.scale);
  tr_store_db_bind_text (stmt, 7, c->amount.currency);
  tr_store_db_bind_text (stmt, 8, c->last_modified);
  tr_store_db_bind_text (stmt, 9, json_text);
  sqlite3_bind_int (stmt, 10, sync_state);
}

static gboolean
insert_expense (TrStoreDb             *db,
                gint64                 request_local_id,
                const TrStoreColumns  *c,
                const char            *json_text,
                gboolean               from_server,
                gint64                *local_id,
                GError               **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, sql_insert, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, request_local_id);
  bind_columns (stmt, c, json_text,
                from_server ? TR_STORE_SYNC_STATE_SYNCED : TR_STORE_SYNC_STATE_LOCAL_ONLY);
  tr_store_db_bind_text (stmt, 11, from_server ? c->server_id : NULL);
  tr_store_db_bind_text (stmt, 12, from_server ? json_text : NULL);
  tr_store_db_bind_text (stmt, 13, from_server ? c->last_modified : NULL);
  if (!tr_store_db_run (db, stmt, error))
    return FALSE;
  *local_id = sqlite3_last_insert_rowid (tr_store_db_get_handle (db));
  return TRUE;
}

/**
 * tr_store_expense_write_server:
 *
 * Makes @json_text the current, base and synced version of an expense
 * (worker thread, inside the caller's transaction).
 */
gboolean
tr_store_expense_write_server (TrStoreDb             *db,
                               gint64                 local_id,
                               const TrStoreColumns  *columns,
                               const char            *json_text,
                               GError               **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, sql_update_server, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, local_id);
  bind_columns (stmt, columns, json_text, TR_STORE_SYNC_STATE_SYNCED);
  tr_store_db_bind_text (stmt, 11, json_text);
  tr_store_db_bind_text (stmt, 12, columns->last_modified);
  return tr_store_db_run (db, stmt, error);
}

/* Same rule as for requests: local changes are never overwritten; a newer
 * server version waits in the remote slot for the three-way merge. */
static gboolean
refresh_expense (TrStoreDb             *db,
                 gint64                 local_id,
                 const TrStoreColumns  *c,
                 const char            *json_text,
                 GError               **error)
{
  g_auto(ExpenseState) state = { 0 };

  if (!load_state (db, local_id, &state, error))
    return FALSE;
  if (state.queued == 0 && !state.deleted)
    return tr_store_expense_write_server (db, local_id, c, json_text, error);
  if (c->last_modified != NULL && g_strcmp0 (c->last_modified, state.base_last_modified) == 0)
    return TRUE;
  return tr_store_db_run_with (db, sql_set_remote, local_id, json_text, error);
}

static gboolean
upsert_expense (TrStoreDb             *db,
                const char            *request_server_id,
                const TrStoreColumns  *c,
                const char            *json_text,
                gint64                *local_id,
                GError               **error)
{
  gint64 request_local_id = 0;

  if (!tr_store_lookup_server_id (db, TR_STORE_ENTITY_REQUEST, request_server_id,
                                  &request_local_id, error) ||
      !tr_store_lookup_server_id (db, TR_STORE_ENTITY_EXPENSE, c->server_id, local_id, error))
    return FALSE;
  if (request_local_id == 0)
    {
      g_set_error (error, TR_STORE_ERROR, TR_STORE_ERROR_NOT_FOUND,
                   /* Translators: %s is the identifier of a travel request on the server */
                   _("The request “%s” is not cached"), request_server_id);
      return FALSE;
    }
  if (*local_id != 0)
    return refresh_expense (db, *local_id, c, json_text, error);
  return insert_expense (db, request_local_id, c, json_text, TRUE, local_id, error);
}

/**
 * tr_store_expense_upsert_server:
 *
 * Caches one server copy of an expected expense of the cached request
 * @request_server_id (worker thread, inside the caller's transaction),
 * keeping local changes.
 */
gboolean
tr_store_expense_upsert_server (TrStoreDb   *db,
                                const char  *request_server_id,
                                JsonNode    *json,
                                gint64      *local_id,
                                GError     **error)
{
  g_auto(TrStoreColumns) c = { 0 };
  g_autofree char *json_text = NULL;

  *local_id = 0;
  if (!tr_store_columns_from_expense (&c, json, error))
    return FALSE;
  if (c.server_id == NULL || request_server_id == NULL)
    {
      g_set_error_literal (error, TR_STORE_ERROR, TR_STORE_ERROR_INVALID,
                           _("The server’s expense has no id"));
      return FALSE;
    }
  json_text = tr_store_json_to_text (json);
  return upsert_expense (db, request_server_id, &c, json_text, local_id, error);
}

static void
upsert_server_expense_job (TrStore     *self,
                           TrStoreDb   *db,
                           GTask       *task,
                           TrStoreArgs *args)
{
  GError *error = NULL;
  gint64 local_id = 0;

  if (!tr_store_db_begin (db, &error) ||
      !tr_store_expense_upsert_server (db, args->text, args->json, &local_id, &error) ||
      !tr_store_db_commit (db, &error))
    return (void) tr_store_fail (db, task, error);

  tr_store_emit_changed (self, TR_STORE_ENTITY_EXPENSE, local_id);
  g_task_return_int (task, local_id);
}

/**
 * tr_store_upsert_server_expense_async:
 * @self: a #TrStore
 * @request_server_id: the server id of its request (must be cached)
 * @expense: an Expected Expense as the server returned it
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Caches an expected expense seen on the server, with the same rules as
 * tr_store_upsert_server_request_async().
 */
void
tr_store_upsert_server_expense_async (TrStore             *self,
                                      const char          *request_server_id,
                                      JsonNode            *expense,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_return_if_fail (TR_IS_STORE (self));
  g_return_if_fail (expense != NULL);

  tr_store_run (self, tr_store_upsert_server_expense_async, upsert_server_expense_job,
                tr_store_args_new (0, request_server_id, NULL, expense),
                cancellable, callback, user_data);
}

/**
 * tr_store_upsert_server_expense_finish:
 *
 * Returns: the expense's local id, or 0 with @error set
 */
gint64
tr_store_upsert_server_expense_finish (TrStore       *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), 0);

  return tr_store_propagate_id (G_TASK (result), error);
}

/* Fills the parent members of an expense operation: the request's server
 * id when known, else a dependency on the request's pending create. */
static gboolean
set_parent (TrStoreDb        *db,
            TrStoreOutboxOp  *op,
            gint64            request_local_id,
            char             *request_server_id,
            GError          **error)
{
  gboolean in_doubt;

  op->entity_kind = TR_STORE_ENTITY_EXPENSE;
  op->parent_local_id = request_local_id;
  op->parent_server_id = request_server_id;
  return tr_store_outbox_find_create (db, TR_STORE_ENTITY_REQUEST, request_local_id,
                                      &op->depends_on, &in_doubt, error);
}

static gboolean
create_expense (TrStoreDb             *db,
                TrStoreArgs           *args,
                const TrStoreColumns  *c,
                gint64                *local_id,
                GError               **error)
{
  g_autofree char *request_server_id = NULL;
  g_autofree char *json_text = tr_store_json_to_text (args->json);
  TrStoreOutboxOp op = { 0 };

  if (!load_request (db, args->id, &request_server_id, error) ||
      !insert_expense (db, args->id, c, json_text, FALSE, local_id, error) ||
      !set_parent (db, &op, args->id, request_server_id, error))
    return FALSE;
  op.kind = TR_STORE_OP_CREATE;
  op.entity_local_id = *local_id;
  op.payload = args->json;
  return tr_store_outbox_insert (db, &op, error) != 0;
}

static void
create_expense_job (TrStore     *self,
                    TrStoreDb   *db,
                    GTask       *task,
                    TrStoreArgs *args)
{
  g_auto(TrStoreColumns) c = { 0 };
  GError *error = NULL;
  gint64 local_id = 0;

  if (!tr_store_columns_from_expense (&c, args->json, &error))
    return (void) tr_store_fail (NULL, task, error);
  if (c.server_id != NULL)
    return (void) tr_store_fail (NULL, task,
                                 g_error_new_literal (TR_STORE_ERROR, TR_STORE_ERROR_INVALID,
                                                      _("A new expense cannot carry a server id")));

  if (!tr_store_db_begin (db, &error) ||
      !create_expense (db, args, &c, &local_id, &error) ||
      !tr_store_db_commit (db, &error))
    return (void) tr_store_fail (db, task, error);

  tr_store_emit_changed (self, TR_STORE_ENTITY_EXPENSE, local_id);
  tr_store_emit_changed (self, TR_STORE_ENTITY_REQUEST, args->id);
  g_task_return_int (task, local_id);
}

/**
 * tr_store_create_expense_async:
 * @self: a #TrStore
 * @request_local_id: the request it belongs to
 * @expense: the new expected expense's JSON (no `id`)
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Stores a new local expected expense and queues its create, which
 * depends on the request's create while the request is not on the server.
 */
void
tr_store_create_expense_async (TrStore             *self,
                               gint64               request_local_id,
                               JsonNode            *expense,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (TR_IS_STORE (self));
  g_return_if_fail (expense != NULL);

  tr_store_run (self, tr_store_create_expense_async, create_expense_job,
                tr_store_args_new (request_local_id, NULL, NULL, expense),
                cancellable, callback, user_data);
}

/**
 * tr_store_create_expense_finish:
 *
 * Returns: the expense's local id, or 0 with @error set
 */
gint64
tr_store_create_expense_finish (TrStore       *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), 0);

  return tr_store_propagate_id (G_TASK (result), error);
}

static const char sql_take_remote[] =
  "UPDATE expenses SET base_json = remote_json,"
  " base_last_modified = json_extract (remote_json, '$.lastModifiedDate'), remote_json = NULL"
  " WHERE local_id = ?1 AND remote_json IS NOT NULL";

static gboolean
save_expense (TrStoreDb             *db,
              TrStoreArgs           *args,
              const TrStoreColumns  *c,
              GError               **error)
{
  g_auto(ExpenseState) state = { 0 };
  g_autofree char *json_text = tr_store_json_to_text (args->json);
  TrStoreOutboxOp op = { 0 };
  sqlite3_stmt *stmt;

  if (!load_live_state (db, args->id, &state, error) ||
      (args->flags != TR_STORE_EDIT_SAVE &&
       !tr_store_db_run_with (db, sql_take_remote, args->id, NULL, error)) ||
      (stmt = tr_store_db_prepare (db, sql_update_local, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, args->id);
  bind_columns (stmt, c, json_text,
                tr_store_edit_sync_state (args->flags, state.sync_state, state.server_id != NULL));
  if (!tr_store_db_run (db, stmt, error) ||
      !set_parent (db, &op, state.request_local_id, state.request_server_id, error))
    return FALSE;
  op.kind = TR_STORE_OP_UPDATE;
  op.entity_local_id = args->id;
  op.entity_server_id = state.server_id;
  op.payload = args->json;
  return tr_store_outbox_queue_update (db, &op, error);
}

static void
save_expense_job (TrStore     *self,
                  TrStoreDb   *db,
                  GTask       *task,
                  TrStoreArgs *args)
{
  g_auto(TrStoreColumns) c = { 0 };
  GError *error = NULL;

  if (!tr_store_columns_from_expense (&c, args->json, &error))
    return (void) tr_store_fail (NULL, task, error);

  if (!tr_store_db_begin (db, &error) ||
      !save_expense (db, args, &c, &error) ||
      !tr_store_db_commit (db, &error))
    return (void) tr_store_fail (db, task, error);

  tr_store_emit_changed (self, TR_STORE_ENTITY_EXPENSE, args->id);
  g_task_return_boolean (task, TRUE);
}

/**
 * tr_store_save_expense_async:
 * @self: a #TrStore
 * @local_id: the expected expense
 * @expense: its new full JSON
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Saves a local edit of an expected expense and queues its update in one
 * durable transaction.
 */
void
tr_store_save_expense_async (TrStore             *self,
                             gint64               local_id,
                             JsonNode            *expense,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_return_if_fail (TR_IS_STORE (self));
  g_return_if_fail (expense != NULL);

  tr_store_run (self, tr_store_save_expense_async, save_expense_job,
                tr_store_args_new (local_id, NULL, NULL, expense), cancellable, callback, user_data);
}

gboolean
tr_store_save_expense_finish (TrStore       *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * tr_store_merge_expense_async:
 * @self: a #TrStore
 * @local_id: the expected expense
 * @merged: the merge result, or the user's resolution
 * @conflict: whether conflicting fields still wait for the user
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * The expense counterpart of tr_store_merge_request_async().
 */
void
tr_store_merge_expense_async (TrStore             *self,
                              gint64               local_id,
                              JsonNode            *merged,
                              gboolean             conflict,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  TrStoreArgs *args;

  g_return_if_fail (TR_IS_STORE (self));
  g_return_if_fail (merged != NULL);

  args = tr_store_args_new (local_id, NULL, NULL, merged);
  args->flags = conflict ? TR_STORE_EDIT_MERGE_CONFLICT : TR_STORE_EDIT_MERGE;
  tr_store_run (self, tr_store_merge_expense_async, save_expense_job, args,
                cancellable, callback, user_data);
}

gboolean
tr_store_merge_expense_finish (TrStore       *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Same rule as for requests: an expense the server never saw disappears
 * with its queued work; otherwise it is flagged and its delete queued. */
static gboolean
delete_expense (TrStoreDb  *db,
                gint64      local_id,
                GError    **error)
{
  g_auto(ExpenseState) state = { 0 };
  TrStoreOutboxOp op = { 0 };
  gint64 create_seq = 0;
  gboolean in_doubt = FALSE;

  if (!load_live_state (db, local_id, &state, error) ||
      !tr_store_outbox_find_create (db, TR_STORE_ENTITY_EXPENSE, local_id, &create_seq, &in_doubt, error))
    return FALSE;

  if (state.server_id == NULL && !in_doubt)
    return tr_store_outbox_drop_entity (db, TR_STORE_ENTITY_EXPENSE, local_id, FALSE, error) &&
           tr_store_db_run_with (db, sql_remove, local_id, NULL, error);

  if (!set_parent (db, &op, state.request_local_id, state.request_server_id, error))
    return FALSE;
  op.kind = TR_STORE_OP_DELETE;
  op.entity_local_id = local_id;
  op.entity_server_id = state.server_id;
  return tr_store_outbox_drop_entity (db, TR_STORE_ENTITY_EXPENSE, local_id, TRUE, error) &&
         tr_store_db_run_with (db, sql_mark_deleted, local_id, NULL, error) &&
         tr_store_outbox_insert (db, &op, error) != 0;
}

static void
delete_expense_job (TrStore     *self,
                    TrStoreDb   *db,
                    GTask       *task,
                    TrStoreArgs *args)
{
  GError *error = NULL;

  if (!tr_store_db_begin (db, &error) ||
      !delete_expense (db, args->id, &error) ||
      !tr_store_db_commit (db, &error))
    return (void) tr_store_fail (db, task, error);

  tr_store_emit_changed (self, TR_STORE_ENTITY_EXPENSE, args->id);
  g_task_return_boolean (task, TRUE);
}

/**
 * tr_store_delete_expense_async:
 * @self: a #TrStore
 * @local_id: the expected expense
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Deletes an expected expense locally and queues its deletion.
 */
void
tr_store_delete_expense_async (TrStore             *self,
                               gint64               local_id,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (TR_IS_STORE (self));

  tr_store_run (self, tr_store_delete_expense_async, delete_expense_job,
                tr_store_args_new (local_id, NULL, NULL, NULL), cancellable, callback, user_data);
}

gboolean
tr_store_delete_expense_finish (TrStore       *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
