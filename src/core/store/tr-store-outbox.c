/* tr-store-outbox.c
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

/* The outbox: pending operations in the order they were made.
 *
 * Replay rules (what tr_store_outbox_peek_async() hands out):
 * - operations on one object run in sequence order, one at a time;
 * - an operation with `depends_on` waits until that operation is done
 *   (an expense created under a request that is not created yet waits for
 *   the request's create);
 * - a failed operation blocks later operations on the same object until
 *   it is retried (tr_store_outbox_retry_async()).
 * When a create is done, the server id is written to the object and to
 * every queued operation that refers to it, as the object's id or as the
 * parent request's id. Done operations leave the outbox. */

#define OUTBOX_COLUMNS \
  "seq, kind, action, comment, entity_kind, entity_local_id, entity_server_id," \
  " parent_local_id, parent_server_id, payload, depends_on, attempts," \
  " attempt_started_at, state, last_error"

static const char sql_insert[] =
  "INSERT INTO outbox (kind, action, comment, entity_kind, entity_local_id,"
  " entity_server_id, parent_local_id, parent_server_id, payload, depends_on, created_at)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";
static const char sql_find_create[] =
  "SELECT seq, attempts > 0 AND state = 0 FROM outbox"
  " WHERE entity_kind = ?1 AND entity_local_id = ?2 AND kind = 0";
static const char sql_last_op[] =
  "SELECT seq, kind, attempts, state FROM outbox"
  " WHERE entity_kind = ?1 AND entity_local_id = ?2 ORDER BY seq DESC LIMIT 1";
static const char sql_set_payload[] =
  "UPDATE outbox SET payload = ?2 WHERE seq = ?1";
static const char sql_drop_entity[] =
  "DELETE FROM outbox"
  " WHERE ((entity_kind = ?1 AND entity_local_id = ?2)"
  "        OR (?1 = 0 AND entity_kind = 1 AND parent_local_id = ?2))"
  "   AND (?3 = 0 OR attempts = 0 OR state = 1)";
static const char sql_get_op[] =
  "SELECT " OUTBOX_COLUMNS " FROM outbox WHERE seq = ?1";
static const char sql_peek[] =
  "SELECT " OUTBOX_COLUMNS " FROM outbox o"
  " WHERE o.state = 0 AND o.depends_on IS NULL"
  "   AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.entity_kind = o.entity_kind"
  "                   AND p.entity_local_id = o.entity_local_id AND p.seq < o.seq)"
  " ORDER BY o.seq LIMIT 1";
static const char sql_list[] =
  "SELECT " OUTBOX_COLUMNS " FROM outbox ORDER BY seq";
static const char sql_count[] =
  "SELECT count(*) FROM outbox WHERE state = 0";

/* Per entity kind: [TR_STORE_ENTITY_REQUEST], [TR_STORE_ENTITY_EXPENSE]. */
static const char *const sql_lookup[] = {
  "SELECT local_id FROM requests WHERE server_id = ?1",
  "SELECT local_id FROM expenses WHERE server_id = ?1",
};
static void
bind_optional_id (sqlite3_stmt *stmt,
                  int           index,
                  gint64        id)
{
  if (id == 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, id);
}

/**
 * tr_store_outbox_insert:
 * @db: the connection, inside a transaction
 * @op: the operation (its seq, attempts and state are ignored)
 * @error: return location for an error
 *
 * Returns: the new operation's sequence, or 0 with @error set
 */
gint64
tr_store_outbox_insert (TrStoreDb              *db,
                        const TrStoreOutboxOp  *op,
                        GError                **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, sql_insert, error);
  g_autofree char *payload = tr_store_json_to_text (op->payload);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int (stmt, 1, op->kind);
  tr_store_db_bind_text (stmt, 2, op->action);
  tr_store_db_bind_text (stmt, 3, op->comment);
  sqlite3_bind_int (stmt, 4, op->entity_kind);
  sqlite3_bind_int64 (stmt, 5, op->entity_local_id);
  tr_store_db_bind_text (stmt, 6, op->entity_server_id);
  bind_optional_id (stmt, 7, op->parent_local_id);
  tr_store_db_bind_text (stmt, 8, op->parent_server_id);
  tr_store_db_bind_text (stmt, 9, payload);
  bind_optional_id (stmt, 10, op->depends_on);
  sqlite3_bind_int64 (stmt, 11, g_get_real_time ());
  if (!tr_store_db_run (db, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (tr_store_db_get_handle (db));
}

/**
 * tr_store_outbox_find_create:
 * @db: the connection
 * @kind: the object's kind
 * @local_id: the object
 * @seq: (out): the queued create, 0 when there is none (the object exists
 *   on the server, or was never queued)
 * @in_doubt: (out): whether that create was attempted without a definite
 *   outcome, so the object may exist on the server; a create never
 *   attempted, or refused (failed), made nothing there
 * @error: return location for an error
 */
gboolean
tr_store_outbox_find_create (TrStoreDb          *db,
                             TrStoreEntityKind   kind,
                             gint64              local_id,
                             gint64             *seq,
                             gboolean           *in_doubt,
                             GError            **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, sql_find_create, error);
  int rc;

  *seq = 0;
  *in_doubt = FALSE;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, kind);
  sqlite3_bind_int64 (stmt, 2, local_id);
  if ((rc = tr_store_db_step (db, stmt, error)) == -1)
    return FALSE;
  if (rc == SQLITE_ROW)
    {
      *seq = sqlite3_column_int64 (stmt, 0);
      *in_doubt = sqlite3_column_int (stmt, 1) != 0;
      sqlite3_reset (stmt);
    }
  return TRUE;
}

/* Returns the seq of the object's last operation if it can still absorb
 * a new payload, else 0: a create or update never attempted, or one the
 * server refused (failed: nothing was applied, and the edit is usually
 * the fix the user makes before retrying). An attempted operation
 * without outcome is never changed: it may have reached the server. */
static gboolean
find_absorbing_op (TrStoreDb              *db,
                   const TrStoreOutboxOp  *op,
                   gint64                 *seq,
                   GError                **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, sql_last_op, error);
  int rc;

  *seq = 0;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, op->entity_kind);
  sqlite3_bind_int64 (stmt, 2, op->entity_local_id);
  if ((rc = tr_store_db_step (db, stmt, error)) == -1)
    return FALSE;
  if (rc == SQLITE_ROW)
    {
      int kind = sqlite3_column_int (stmt, 1);

      if ((kind == TR_STORE_OP_CREATE || kind == TR_STORE_OP_UPDATE) &&
          (sqlite3_column_int (stmt, 2) == 0 || sqlite3_column_int (stmt, 3) == TR_STORE_OP_STATE_FAILED))
        *seq = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
    }
  return TRUE;
}

/**
 * tr_store_outbox_queue_update:
 * @db: the connection, inside a transaction
 * @op: an update operation
 * @error: return location for an error
 *
 * Queues @op, or folds its payload into the object's last operation when
 * that one was never attempted or was refused: it then simply sends the
 * newest version.
 */
gboolean
tr_store_outbox_queue_update (TrStoreDb        *db,
                              TrStoreOutboxOp  *op,
                              GError          **error)
{
  g_autofree char *payload = NULL;
  gint64 seq;

  if (!find_absorbing_op (db, op, &seq, error))
    return FALSE;
  if (seq == 0)
    return tr_store_outbox_insert (db, op, error) != 0;
  payload = tr_store_json_to_text (op->payload);
  return tr_store_db_run_with (db, sql_set_payload, seq, payload, error);
}

/**
 * tr_store_outbox_drop_entity:
 * @db: the connection, inside a transaction
 * @kind: the object's kind
 * @local_id: the object; for a request, its expenses' operations too
 * @only_unattempted: keep operations that were attempted and not refused
 *   (they may have reached the server)
 * @error: return location for an error
 *
 * Removes queued operations of an object.
 */
gboolean
tr_store_outbox_drop_entity (TrStoreDb          *db,
                             TrStoreEntityKind   kind,
                             gint64              local_id,
                             gboolean            only_unattempted,
                             GError            **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, sql_drop_entity, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, kind);
  sqlite3_bind_int64 (stmt, 2, local_id);
  sqlite3_bind_int (stmt, 3, only_unattempted ? 1 : 0);
  return tr_store_db_run (db, stmt, error);
}

/**
 * tr_store_lookup_server_id:
 *
 * Finds the local id of the object with @server_id; 0 if not cached.
 */
gboolean
tr_store_lookup_server_id (TrStoreDb          *db,
                           TrStoreEntityKind   kind,
                           const char         *server_id,
                           gint64             *local_id,
                           GError            **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, sql_lookup[kind], error);
  int rc;

  *local_id = 0;
  if (stmt == NULL)
    return FALSE;
  tr_store_db_bind_text (stmt, 1, server_id);
  if ((rc = tr_store_db_step (db, stmt, error)) == -1)
    return FALSE;
  if (rc == SQLITE_ROW)
    {
      *local_id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
    }
  return TRUE;
}

static TrStoreOutboxOp *
read_op (sqlite3_stmt *stmt)
{
  TrStoreOutboxOp *op = tr_store_outbox_op_new ();

  op->seq = sqlite3_column_int64 (stmt, 0);
  op->kind = sqlite3_column_int (stmt, 1);
  op->action = tr_store_db_dup_text (stmt, 2);
  op->comment = tr_store_db_dup_text (stmt, 3);
  op->entity_kind = sqlite3_column_int (stmt, 4);
  op->entity_local_id = sqlite3_column_int64 (stmt, 5);
  op->entity_server_id = tr_store_db_dup_text (stmt, 6);
  op->parent_local_id = sqlite3_column_int64 (stmt, 7);
  op->parent_server_id = tr_store_db_dup_text (stmt, 8);
  op->payload = tr_store_json_from_text ((const char *) sqlite3_column_text (stmt, 9));
  op->depends_on = sqlite3_column_int64 (stmt, 10);
  op->attempts = sqlite3_column_int (stmt, 11);
  op->attempt_started_at = sqlite3_column_int64 (stmt, 12);
  op->state = sqlite3_column_int (stmt, 13);
  op->last_error = tr_store_db_dup_text (stmt, 14);
  return op;
}

/* Reads zero or one operation; @op is NULL when there is none. */
static gboolean
query_one_op (TrStoreDb         *db,
              const char        *sql,
              gint64             seq,
              TrStoreOutboxOp  **op,
              GError           **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, sql, error);
  int rc;

  *op = NULL;
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_bind_parameter_count (stmt) >= 1)
    sqlite3_bind_int64 (stmt, 1, seq);
  if ((rc = tr_store_db_step (db, stmt, error)) == -1)
    return FALSE;
  if (rc == SQLITE_ROW)
    {
      *op = read_op (stmt);
      sqlite3_reset (stmt);
    }
  return TRUE;
}

gboolean
tr_store_outbox_load (TrStoreDb         *db,
                      gint64             seq,
                      TrStoreOutboxOp  **op,
                      GError           **error)
{
  if (!query_one_op (db, sql_get_op, seq, op, error))
    return FALSE;
  if (*op == NULL)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, seq);

      g_set_error (error, TR_STORE_ERROR, TR_STORE_ERROR_NOT_FOUND,
                   /* Translators: %s is the sequence number of an operation waiting to be sent. */
                   _("No queued operation %s"), number);
      return FALSE;
    }
  return TRUE;
}

static void
peek_job (TrStore     *self,
          TrStoreDb   *db,
          GTask       *task,
          TrStoreArgs *args)
{
  TrStoreOutboxOp *op = NULL;
  GError *error = NULL;

  if (!query_one_op (db, sql_peek, 0, &op, &error))
    return (void) tr_store_fail (NULL, task, error);
  g_task_return_pointer (task, op, (GDestroyNotify) tr_store_outbox_op_unref);
}

/**
 * tr_store_outbox_peek_async:
 * @self: a #TrStore
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Finds the next operation ready to be sent (see the replay rules at the
 * top of tr-store-outbox.c). It stays queued until marked done or failed.
 */
void
tr_store_outbox_peek_async (TrStore             *self,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (TR_IS_STORE (self));

  tr_store_run (self, tr_store_outbox_peek_async, peek_job,
                tr_store_args_new (0, NULL, NULL, NULL), cancellable, callback, user_data);
}

/**
 * tr_store_outbox_peek_finish:
 *
 * Returns: (transfer full) (nullable): the next ready operation, or %NULL
 *   (with @error unset) when none is ready
 */
TrStoreOutboxOp *
tr_store_outbox_peek_finish (TrStore       *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
list_job (TrStore     *self,
          TrStoreDb   *db,
          GTask       *task,
          TrStoreArgs *args)
{
  g_autoptr(GPtrArray) ops = g_ptr_array_new_with_free_func ((GDestroyNotify) tr_store_outbox_op_unref);
  sqlite3_stmt *stmt = NULL;
  GError *error = NULL;
  int rc = -1;

  if ((stmt = tr_store_db_prepare (db, sql_list, &error)) != NULL)
    while ((rc = tr_store_db_step (db, stmt, &error)) == SQLITE_ROW)
      g_ptr_array_add (ops, read_op (stmt));
  if (rc == -1)
    return (void) tr_store_fail (NULL, task, error);
  g_task_return_pointer (task, g_steal_pointer (&ops), (GDestroyNotify) g_ptr_array_unref);
}

/**
 * tr_store_outbox_list_async:
 * @self: a #TrStore
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Lists every operation of the outbox in sequence order.
 */
void
tr_store_outbox_list_async (TrStore             *self,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (TR_IS_STORE (self));

  tr_store_run (self, tr_store_outbox_list_async, list_job,
                tr_store_args_new (0, NULL, NULL, NULL), cancellable, callback, user_data);
}

/**
 * tr_store_outbox_list_finish:
 *
 * Returns: (transfer full) (element-type TrStoreOutboxOp): the operations
 */
GPtrArray *
tr_store_outbox_list_finish (TrStore       *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
count_job (TrStore     *self,
           TrStoreDb   *db,
           GTask       *task,
           TrStoreArgs *args)
{
  sqlite3_stmt *stmt = NULL;
  GError *error = NULL;
  gint64 count;

  if ((stmt = tr_store_db_prepare (db, sql_count, &error)) == NULL ||
      tr_store_db_step (db, stmt, &error) != SQLITE_ROW)
    return (void) tr_store_fail (NULL, task, error);
  count = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  g_task_return_int (task, count);
}

/**
 * tr_store_outbox_count_async:
 * @self: a #TrStore
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Counts the queued (not failed) operations.
 */
void
tr_store_outbox_count_async (TrStore             *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_return_if_fail (TR_IS_STORE (self));

  tr_store_run (self, tr_store_outbox_count_async, count_job,
                tr_store_args_new (0, NULL, NULL, NULL), cancellable, callback, user_data);
}

/**
 * tr_store_outbox_count_finish:
 *
 * Returns: the number of queued operations, or -1 with @error set
 */
gint64
tr_store_outbox_count_finish (TrStore       *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), -1);

  return g_task_propagate_int (G_TASK (result), error);
}
