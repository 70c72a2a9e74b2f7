/* tr-store-outbox-marks.c
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

/* Outcomes of outbox operations, reported by the sync engine: an attempt
 * started (persisted first, so that after a crash the engine knows the
 * server may have received it), done, refused, retried. */

static const char sql_pending_action[] =
  "UPDATE requests SET pending_action = (SELECT action FROM outbox"
  " WHERE entity_kind = 0 AND entity_local_id = ?1 AND kind = 3 ORDER BY seq DESC LIMIT 1)"
  " WHERE local_id = ?1";
static const char sql_count_entity[] =
  "SELECT count(*) FROM outbox WHERE entity_kind = ?1 AND entity_local_id = ?2";
static const char sql_rewrite_parent[] =
  "UPDATE outbox SET parent_server_id = ?2 WHERE entity_kind = 1 AND parent_local_id = ?1";
static const char sql_rewrite_entity[] =
  "UPDATE outbox SET entity_server_id = ?3 WHERE entity_kind = ?1 AND entity_local_id = ?2";
static const char sql_retry_op[] =
  "UPDATE outbox SET state = 0, last_error = NULL WHERE seq = ?1";
static const char sql_fail_op[] =
  "UPDATE outbox SET state = 1, last_error = ?2 WHERE seq = ?1";
static const char sql_delete_op[] =
  "DELETE FROM outbox WHERE seq = ?1";
static const char sql_begin_attempt[] =
  "UPDATE outbox SET attempts = attempts + 1, attempt_started_at = ?2 WHERE seq = ?1";
static const char *const sql_remove_other[] = {
  "DELETE FROM requests WHERE server_id = ?2 AND local_id <> ?1",
  "DELETE FROM expenses WHERE server_id = ?2 AND local_id <> ?1",
};
static const char *const sql_set_server_id[] = {
  "UPDATE requests SET server_id = ?2 WHERE local_id = ?1",
  "UPDATE expenses SET server_id = ?2 WHERE local_id = ?1",
};
static const char *const sql_remove[] = {
  "DELETE FROM requests WHERE local_id = ?1",
  "DELETE FROM expenses WHERE local_id = ?1",
};
static const char *const sql_synced[] = {
  "UPDATE requests SET base_json = full_json, base_last_modified = last_modified,"
  " sync_state = 2, last_error = NULL, remote_json = NULL WHERE local_id = ?1",
  "UPDATE expenses SET base_json = full_json, base_last_modified = last_modified,"
  " sync_state = 2, last_error = NULL, remote_json = NULL WHERE local_id = ?1",
};
static const char *const sql_still_pending[] = {
  "UPDATE requests SET sync_state = CASE WHEN sync_state = 0 THEN 1 ELSE sync_state END"
  " WHERE local_id = ?1",
  "UPDATE expenses SET sync_state = CASE WHEN sync_state = 0 THEN 1 ELSE sync_state END"
  " WHERE local_id = ?1",
};
static const char *const sql_set_base[] = {
  "UPDATE requests SET base_json = ?2, base_last_modified = ?3 WHERE local_id = ?1",
  "UPDATE expenses SET base_json = ?2, base_last_modified = ?3 WHERE local_id = ?1",
};
static const char *const sql_fail_entity[] = {
  "UPDATE requests SET sync_state = 4, last_error = ?2 WHERE local_id = ?1",
  "UPDATE expenses SET sync_state = 4, last_error = ?2 WHERE local_id = ?1",
};
static const char *const sql_retry_entity[] = {
  "UPDATE requests SET last_error = NULL,"
  " sync_state = CASE WHEN server_id IS NULL THEN 0 ELSE 1 END WHERE local_id = ?1",
  "UPDATE expenses SET last_error = NULL,"
  " sync_state = CASE WHEN server_id IS NULL THEN 0 ELSE 1 END WHERE local_id = ?1",
};


static gboolean
invalid (const char  *message,
         GError     **error)
{
  g_set_error_literal (error, TR_STORE_ERROR, TR_STORE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
rewrite_references (TrStoreDb              *db,
                    const TrStoreOutboxOp  *op,
                    const char             *server_id,
                    GError                **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, sql_rewrite_entity, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, op->entity_kind);
  sqlite3_bind_int64 (stmt, 2, op->entity_local_id);
  tr_store_db_bind_text (stmt, 3, server_id);
  if (!tr_store_db_run (db, stmt, error))
    return FALSE;
  if (op->entity_kind != TR_STORE_ENTITY_REQUEST)
    return TRUE;
  return tr_store_db_run_with (db, sql_rewrite_parent, op->entity_local_id, server_id, error);
}

/* A create is done: the object takes its server id, and so does every
 * queued operation that refers to it. If a pull cached the same server
 * object meanwhile (a create whose response was lost, then adopted), that
 * duplicate row gives way to the local object, which carries the edits. */
static gboolean
adopt_server_id (TrStoreDb              *db,
                 const TrStoreOutboxOp  *op,
                 const char             *server_id,
                 GError                **error)
{
  int kind = op->entity_kind;

  if (server_id == NULL || *server_id == '\0')
    return invalid (_("A create can only be done with the new object’s server id"), error);
  return tr_store_db_run_with (db, sql_remove_other[kind], op->entity_local_id, server_id, error) &&
         tr_store_db_run_with (db, sql_set_server_id[kind], op->entity_local_id, server_id, error) &&
         rewrite_references (db, op, server_id, error);
}

static gboolean
count_remaining (TrStoreDb              *db,
                 const TrStoreOutboxOp  *op,
                 gint64                 *remaining,
                 GError                **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, sql_count_entity, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, op->entity_kind);
  sqlite3_bind_int64 (stmt, 2, op->entity_local_id);
  if (tr_store_db_step (db, stmt, error) != SQLITE_ROW)
    return FALSE;
  *remaining = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
set_base (TrStoreDb              *db,
          const TrStoreOutboxOp  *op,
          const TrStoreColumns   *columns,
          const char             *json_text,
          GError                **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, sql_set_base[op->entity_kind], error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, op->entity_local_id);
  tr_store_db_bind_text (stmt, 2, json_text);
  tr_store_db_bind_text (stmt, 3, columns->last_modified);
  return tr_store_db_run (db, stmt, error) &&
         tr_store_db_run_with (db, sql_still_pending[op->entity_kind], op->entity_local_id, NULL, error);
}

/* The server's answer becomes the object's base; with nothing else
 * queued for the object it also becomes the current version. */
static gboolean
settle_with_response (TrStoreDb              *db,
                      const TrStoreOutboxOp  *op,
                      JsonNode               *response,
                      gint64                  remaining,
                      GError                **error)
{
  g_auto(TrStoreColumns) c = { 0 };
  g_autofree char *json_text = NULL;
  gboolean request = op->entity_kind == TR_STORE_ENTITY_REQUEST;

  if (!(request ? tr_store_columns_from_request (&c, response, error)
                : tr_store_columns_from_expense (&c, response, error)))
    return FALSE;
  json_text = tr_store_json_to_text (response);
  if (remaining > 0)
    return set_base (db, op, &c, json_text, error);
  if (request)
    return tr_store_request_write_server (db, op->entity_local_id, &c, json_text, error);
  return tr_store_expense_write_server (db, op->entity_local_id, &c, json_text, error);
}

static gboolean
settle_entity (TrStoreDb              *db,
               const TrStoreOutboxOp  *op,
               JsonNode               *response,
               GError                **error)
{
  int kind = op->entity_kind;
  gint64 remaining = 0;
  gboolean ok;

  if (op->kind == TR_STORE_OP_DELETE)
    return tr_store_outbox_drop_entity (db, kind, op->entity_local_id, FALSE, error) &&
           tr_store_db_run_with (db, sql_remove[kind], op->entity_local_id, NULL, error);

  if (!count_remaining (db, op, &remaining, error))
    return FALSE;
  if (response != NULL)
    ok = settle_with_response (db, op, response, remaining, error);
  else
    ok = tr_store_db_run_with (db, remaining > 0 ? sql_still_pending[kind] : sql_synced[kind],
                               op->entity_local_id, NULL, error);
  if (!ok || kind != TR_STORE_ENTITY_REQUEST)
    return ok;
  return tr_store_db_run_with (db, sql_pending_action, op->entity_local_id, NULL, error);
}

static gboolean
mark_done (TrStoreDb          *db,
           TrStoreArgs        *args,
           TrStoreOutboxOp   **op,
           GError            **error)
{
  if (args->json != NULL && !tr_store_require_object (args->json, error))
    return FALSE;
  if (!tr_store_outbox_load (db, args->id, op, error))
    return FALSE;
  if ((*op)->kind == TR_STORE_OP_CREATE && !adopt_server_id (db, *op, args->text, error))
    return FALSE;
  return tr_store_db_run_with (db, sql_delete_op, args->id, NULL, error) &&
         settle_entity (db, *op, args->json, error);
}

typedef gboolean (*OpStep) (TrStoreDb         *db,
                            TrStoreArgs       *args,
                            TrStoreOutboxOp  **op,
                            GError           **error);

/* Runs one step on an outbox operation in its own transaction, then tells
 * the object's watchers. */
static void
run_op_step (TrStore     *self,
             TrStoreDb   *db,
             GTask       *task,
             TrStoreArgs *args,
             OpStep       step)
{
  g_autoptr(TrStoreOutboxOp) op = NULL;
  GError *error = NULL;

  if (!tr_store_db_begin (db, &error) ||
      !step (db, args, &op, &error) ||
      !tr_store_db_commit (db, &error))
    return (void) tr_store_fail (db, task, error);

  tr_store_emit_changed (self, op->entity_kind, op->entity_local_id);
  g_task_return_boolean (task, TRUE);
}

static void
mark_done_job (TrStore     *self,
               TrStoreDb   *db,
               GTask       *task,
               TrStoreArgs *args)
{
  run_op_step (self, db, task, args, mark_done);
}

/**
 * tr_store_outbox_mark_done_async:
 * @self: a #TrStore
 * @seq: the operation
 * @server_id: (nullable): for a create, the new object's server id
 *   (required); ignored otherwise
 * @response: (nullable): the object as the server returned it
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Removes a sent operation from the outbox and, in the same transaction,
 * records its effect: a create's server id (rewriting every queued
 * reference to the object), a delete's removal, the new base version.
 * The object becomes synced when nothing else is queued for it.
 */
void
tr_store_outbox_mark_done_async (TrStore             *self,
                                 gint64               seq,
                                 const char          *server_id,
                                 JsonNode            *response,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (TR_IS_STORE (self));

  tr_store_run (self, tr_store_outbox_mark_done_async, mark_done_job,
                tr_store_args_new (seq, server_id, NULL, response), cancellable, callback, user_data);
}

gboolean
tr_store_outbox_mark_done_finish (TrStore       *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static gboolean
begin_attempt (TrStoreDb   *db,
               gint64       seq,
               GError     **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, sql_begin_attempt, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, seq);
  sqlite3_bind_int64 (stmt, 2, g_get_real_time ());
  if (!tr_store_db_run (db, stmt, error))
    return FALSE;
  if (sqlite3_changes (tr_store_db_get_handle (db)) == 0)
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
begin_attempt_job (TrStore     *self,
                   TrStoreDb   *db,
                   GTask       *task,
                   TrStoreArgs *args)
{
  GError *error = NULL;

  if (!begin_attempt (db, args->id, &error))
    return (void) tr_store_fail (db, task, error);
  g_task_return_boolean (task, TRUE);
}

/**
 * tr_store_outbox_begin_attempt_async:
 * @self: a #TrStore
 * @seq: the operation about to be sent
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Durably counts an attempt and records when it started, before anything
 * is sent: an operation found later with attempts but no outcome may have
 * reached the server, and must be reconciled before it is sent again.
 */
void
tr_store_outbox_begin_attempt_async (TrStore             *self,
                                     gint64               seq,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_return_if_fail (TR_IS_STORE (self));

  tr_store_run (self, tr_store_outbox_begin_attempt_async, begin_attempt_job,
                tr_store_args_new (seq, NULL, NULL, NULL), cancellable, callback, user_data);
}

gboolean
tr_store_outbox_begin_attempt_finish (TrStore       *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static const char *const sql_deleted_draft[] = {
  "SELECT count(*) FROM requests WHERE local_id = ?1 AND deleted = 1 AND server_id IS NULL",
  "SELECT count(*) FROM expenses WHERE local_id = ?1 AND deleted = 1 AND server_id IS NULL",
};

/* A refused create of an object deleted meanwhile: the server never made
 * it, so the object and its queued work simply go. */
static gboolean
drop_if_deleted_draft (TrStoreDb              *db,
                       const TrStoreOutboxOp  *op,
                       GError                **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, sql_deleted_draft[op->entity_kind], error);
  gboolean deleted;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, op->entity_local_id);
  if (tr_store_db_step (db, stmt, error) != SQLITE_ROW)
    return FALSE;
  deleted = sqlite3_column_int64 (stmt, 0) > 0;
  sqlite3_reset (stmt);
  if (!deleted || op->kind != TR_STORE_OP_CREATE)
    return TRUE;
  return tr_store_outbox_drop_entity (db, op->entity_kind, op->entity_local_id, FALSE, error) &&
         tr_store_db_run_with (db, sql_remove[op->entity_kind], op->entity_local_id, NULL, error);
}

/* Marks an operation and its object failed (@message set) or queued again
 * (@message NULL). */
static gboolean
record_outcome (TrStoreDb          *db,
                TrStoreArgs        *args,
                TrStoreOutboxOp   **op,
                GError            **error)
{
  gboolean failed = args->text != NULL;

  if (!tr_store_outbox_load (db, args->id, op, error) ||
      !tr_store_db_run_with (db, failed ? sql_fail_op : sql_retry_op, args->id, args->text, error) ||
      !tr_store_db_run_with (db, failed ? sql_fail_entity[(*op)->entity_kind] : sql_retry_entity[(*op)->entity_kind],
                             (*op)->entity_local_id, args->text, error))
    return FALSE;
  return !failed || drop_if_deleted_draft (db, *op, error);
}

static void
set_outcome_job (TrStore     *self,
                 TrStoreDb   *db,
                 GTask       *task,
                 TrStoreArgs *args)
{
  run_op_step (self, db, task, args, record_outcome);
}

/**
 * tr_store_outbox_mark_failed_async:
 * @self: a #TrStore
 * @seq: the operation the server refused
 * @message: the server's message, shown to the user
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Marks an operation the server definitively refused (a 4xx, not a
 * transport error or a lost response) failed; its object shows the failed
 * state and @message. Later operations on the object wait for a retry,
 * and an edit of the object is folded into the failed operation.
 */
void
tr_store_outbox_mark_failed_async (TrStore             *self,
                                   gint64               seq,
                                   const char          *message,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (TR_IS_STORE (self));
  g_return_if_fail (message != NULL);

  tr_store_run (self, tr_store_outbox_mark_failed_async, set_outcome_job,
                tr_store_args_new (seq, message, NULL, NULL), cancellable, callback, user_data);
}

gboolean
tr_store_outbox_mark_failed_finish (TrStore       *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * tr_store_outbox_retry_async:
 * @self: a #TrStore
 * @seq: a failed operation
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Queues a failed operation again (the user's retry action).
 */
void
tr_store_outbox_retry_async (TrStore             *self,
                             gint64               seq,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_return_if_fail (TR_IS_STORE (self));

  tr_store_run (self, tr_store_outbox_retry_async, set_outcome_job,
                tr_store_args_new (seq, NULL, NULL, NULL), cancellable, callback, user_data);
}

gboolean
tr_store_outbox_retry_finish (TrStore       *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
