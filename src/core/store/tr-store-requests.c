/* tr-store-requests.c
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

#include "tr-store-fold.h"
#include "tr-store-private.h"

/* Requests: the cached server copies, local drafts and edits. Every write
 * of an object and the outbox operation it implies share one transaction,
 * committed with synchronous=FULL before the caller hears "saved". */

#define SET_COLUMNS \
  " request_key = ?2, name = ?3, business_purpose = ?4, start_date = ?5, end_date = ?6," \
  " destination = ?7, status_code = ?8, status_name = ?9, closed = ?10, owner_id = ?11," \
  " approver_id = ?12, total_units = ?13, total_scale = ?14, total_currency = ?15," \
  " last_modified = ?16, full_json = ?17, sync_state = ?18," \
  " search_text = tr_fold (?3, ?4, ?7, ?2)"

static const char sql_insert[] =
  "INSERT INTO requests (server_id, request_key, name, business_purpose, start_date,"
  " end_date, destination, status_code, status_name, closed, owner_id, approver_id,"
  " total_units, total_scale, total_currency, last_modified, full_json, sync_state,"
  " base_json, base_last_modified, search_text)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,"
  " ?18, ?19, ?20, tr_fold (?3, ?4, ?7, ?2))";
static const char sql_update_local[] =
  "UPDATE requests SET" SET_COLUMNS " WHERE local_id = ?1";
static const char sql_update_server[] =
  "UPDATE requests SET" SET_COLUMNS ", base_json = ?19, base_last_modified = ?20,"
  " remote_json = NULL, last_error = NULL, pending_action = NULL WHERE local_id = ?1";
static const char sql_state[] =
  "SELECT server_id, sync_state, deleted, base_last_modified,"
  " (SELECT count(*) FROM outbox WHERE entity_kind = 0 AND entity_local_id = ?1)"
  " FROM requests WHERE local_id = ?1";
static const char sql_set_remote[] =
  "UPDATE requests SET remote_json = ?2 WHERE local_id = ?1";

typedef struct
{
  gboolean          found;
  char             *server_id;
  TrStoreSyncState  sync_state;
  gboolean          deleted;
  char             *base_last_modified;
  gint64            queued;
} RequestState;

static void
request_state_clear (RequestState *state)
{
  g_clear_pointer (&state->server_id, g_free);
  g_clear_pointer (&state->base_last_modified, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RequestState, request_state_clear)

static gboolean
load_state (TrStoreDb     *db,
            gint64         local_id,
            RequestState  *state,
            GError       **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, sql_state, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, local_id);
  if ((rc = tr_store_db_step (db, stmt, error)) == -1)
    return FALSE;
  state->found = rc == SQLITE_ROW;
  if (state->found)
    {
      state->server_id = tr_store_db_dup_text (stmt, 0);
      state->sync_state = sqlite3_column_int (stmt, 1);
      state->deleted = sqlite3_column_int (stmt, 2) != 0;
      state->base_last_modified = tr_store_db_dup_text (stmt, 3);
      state->queued = sqlite3_column_int64 (stmt, 4);
      sqlite3_reset (stmt);
    }
  return TRUE;
}

/* Loads a request that must exist and not be deleted locally. */
static gboolean
load_live_state (TrStoreDb     *db,
                 gint64         local_id,
                 RequestState  *state,
                 GError       **error)
{
  if (!load_state (db, local_id, state, error))
    return FALSE;
  if (!state->found || state->deleted)
    return tr_store_not_found ("request", local_id, error);
  return TRUE;
}

static void
bind_columns (sqlite3_stmt         *stmt,
              const TrStoreColumns *c,
              const char           *json_text,
              TrStoreSyncState      sync_state)
{
  tr_store_db_bind_text (stmt, 2, c->request_key);
  tr_store_db_bind_text (stmt, 3, c->name);
  tr_store_db_bind_text (stmt, 4, c->business_purpose);
  tr_store_db_bind_text (stmt, 5, c->start_date);
  tr_store_db_bind_text (stmt, 6, c->end_date);
  tr_store_db_bind_text (stmt, 7, c->destination);
  tr_store_db_bind_text (stmt, 8, c->status_code);
  tr_store_db_bind_text (stmt, 9, c->status_name);
  sqlite3_bind_int (stmt, 10, c->closed ? 1 : 0);
  tr_store_db_bind_text (stmt, 11, c->owner_id);
  tr_store_db_bind_text (stmt, 12, c->approver_id);
  sqlite3_bind_int64 (stmt, 13, c->amount.units);
  sqlite3_bind_int (stmt, 14, c->amount.scale);
  tr_store_db_bind_text (stmt, 15, c->amount.currency);
  tr_store_db_bind_text (stmt, 16, c->last_modified);
  tr_store_db_bind_text (stmt, 17, json_text);
  sqlite3_bind_int (stmt, 18, sync_state);
}

static gboolean
insert_request (TrStoreDb             *db,
                const TrStoreColumns  *c,
                const char            *json_text,
                gboolean               from_server,
                gint64                *local_id,
                GError               **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, sql_insert, error);

  if (stmt == NULL)
    return FALSE;
  tr_store_db_bind_text (stmt, 1, from_server ? c->server_id : NULL);
  bind_columns (stmt, c, json_text,
                from_server ? TR_STORE_SYNC_STATE_SYNCED : TR_STORE_SYNC_STATE_LOCAL_ONLY);
  tr_store_db_bind_text (stmt, 19, from_server ? json_text : NULL);
  tr_store_db_bind_text (stmt, 20, from_server ? c->last_modified : NULL);
  if (!tr_store_db_run (db, stmt, error))
    return FALSE;
  *local_id = sqlite3_last_insert_rowid (tr_store_db_get_handle (db));
  return TRUE;
}

/**
 * tr_store_request_write_server:
 *
 * Makes @json_text the current, base and synced version of a request
 * (worker thread, inside the caller's transaction).
 */
gboolean
tr_store_request_write_server (TrStoreDb             *db,
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
  tr_store_db_bind_text (stmt, 19, json_text);
  tr_store_db_bind_text (stmt, 20, columns->last_modified);
  return tr_store_db_run (db, stmt, error);
}

static gboolean
set_remote (TrStoreDb   *db,
            gint64       local_id,
            const char  *json_text,
            GError     **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, sql_set_remote, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, local_id);
  tr_store_db_bind_text (stmt, 2, json_text);
  return tr_store_db_run (db, stmt, error);
}

/* A server copy of a request we already cache. Without local changes it
 * replaces the cache. With local changes nothing is overwritten: when the
 * server moved past the base, the copy is kept in the remote slot for
 * TrSync's three-way merge (base / local / remote). */
static gboolean
refresh_request (TrStoreDb             *db,
                 gint64                 local_id,
                 const TrStoreColumns  *c,
                 const char            *json_text,
                 GError               **error)
{
  g_auto(RequestState) state = { 0 };

  if (!load_state (db, local_id, &state, error))
    return FALSE;
  if (state.queued == 0 && !state.deleted)
    return tr_store_request_write_server (db, local_id, c, json_text, error);
  if (c->last_modified != NULL && g_strcmp0 (c->last_modified, state.base_last_modified) == 0)
    return TRUE;
  return set_remote (db, local_id, json_text, error);
}

/**
 * tr_store_request_upsert_server:
 *
 * Caches one server copy of a request by its id (worker thread, inside
 * the caller's transaction), keeping local changes.
 */
gboolean
tr_store_request_upsert_server (TrStoreDb  *db,
                                JsonNode   *json,
                                gint64     *local_id,
                                GError    **error)
{
  g_auto(TrStoreColumns) c = { 0 };
  g_autofree char *json_text = NULL;

  *local_id = 0;
  if (!tr_store_columns_from_request (&c, json, error))
    return FALSE;
  if (c.server_id == NULL)
    {
      g_set_error_literal (error, TR_STORE_ERROR, TR_STORE_ERROR_INVALID,
                           _("The server’s request has no id"));
      return FALSE;
    }
  json_text = tr_store_json_to_text (json);
  if (!tr_store_lookup_server_id (db, TR_STORE_ENTITY_REQUEST, c.server_id, local_id, error))
    return FALSE;
  if (*local_id == 0)
    return insert_request (db, &c, json_text, TRUE, local_id, error);
  return refresh_request (db, *local_id, &c, json_text, error);
}

static void
upsert_server_request_job (TrStore     *self,
                           TrStoreDb   *db,
                           GTask       *task,
                           TrStoreArgs *args)
{
  GError *error = NULL;
  gint64 local_id = 0;

  if (!tr_store_db_begin (db, &error) ||
      !tr_store_request_upsert_server (db, args->json, &local_id, &error) ||
      !tr_store_db_commit (db, &error))
    return (void) tr_store_fail (db, task, error);

  tr_store_emit_changed (self, TR_STORE_ENTITY_REQUEST, local_id);
  g_task_return_int (task, local_id);
}

static gboolean
upsert_all (TrStoreDb  *db,
            JsonNode   *array,
            GArray     *ids,
            GError    **error)
{
  JsonArray *items;

  if (array == NULL || !JSON_NODE_HOLDS_ARRAY (array))
    {
      g_set_error_literal (error, TR_STORE_ERROR, TR_STORE_ERROR_INVALID,
                           _("The JSON document is not an array"));
      return FALSE;
    }
  items = json_node_get_array (array);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      gint64 local_id;

      if (!tr_store_request_upsert_server (db, json_array_get_element (items, i), &local_id, error))
        return FALSE;
      g_array_append_val (ids, local_id);
    }
  return TRUE;
}

static void
upsert_server_requests_job (TrStore     *self,
                            TrStoreDb   *db,
                            GTask       *task,
                            TrStoreArgs *args)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GError *error = NULL;

  if (!tr_store_db_begin (db, &error) ||
      !upsert_all (db, args->json, ids, &error) ||
      !tr_store_db_commit (db, &error))
    return (void) tr_store_fail (db, task, error);

  for (guint i = 0; i < ids->len; i++)
    tr_store_emit_changed (self, TR_STORE_ENTITY_REQUEST, g_array_index (ids, gint64, i));
  g_task_return_pointer (task, g_steal_pointer (&ids), (GDestroyNotify) g_array_unref);
}

/**
 * tr_store_upsert_server_requests_async:
 * @self: a #TrStore
 * @requests: a JSON array of Request objects (e.g. the `data` of a page)
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Like tr_store_upsert_server_request_async() for many requests, in one
 * transaction: all of them are cached, or none if one is invalid.
 */
void
tr_store_upsert_server_requests_async (TrStore             *self,
                                       JsonNode            *requests,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_return_if_fail (TR_IS_STORE (self));
  g_return_if_fail (requests != NULL);

  tr_store_run (self, tr_store_upsert_server_requests_async, upsert_server_requests_job,
                tr_store_args_new (0, NULL, NULL, requests), cancellable, callback, user_data);
}

/**
 * tr_store_upsert_server_requests_finish:
 *
 * Returns: (transfer full) (element-type gint64): the local ids, in the
 *   order of the array, or %NULL with @error set
 */
GArray *
tr_store_upsert_server_requests_finish (TrStore       *self,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * tr_store_upsert_server_request_async:
 * @self: a #TrStore
 * @request: a Request object as the server returned it (detail shape)
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Caches a request seen on the server. A request without local changes
 * becomes synced (full and base JSON replaced). One with local changes
 * keeps them and its base; the new server version is kept apart for the
 * three-way merge unless its `lastModified` equals the base's.
 */
void
tr_store_upsert_server_request_async (TrStore             *self,
                                      JsonNode            *request,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_return_if_fail (TR_IS_STORE (self));
  g_return_if_fail (request != NULL);

  tr_store_run (self, tr_store_upsert_server_request_async, upsert_server_request_job,
                tr_store_args_new (0, NULL, NULL, request), cancellable, callback, user_data);
}

/**
 * tr_store_upsert_server_request_finish:
 *
 * Returns: the request's local id, or 0 with @error set
 */
gint64
tr_store_upsert_server_request_finish (TrStore       *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), 0);

  return tr_store_propagate_id (G_TASK (result), error);
}

static gboolean
no_server_id_allowed (TrStoreColumns  *c,
                      GError         **error)
{
  if (c->server_id == NULL)
    return TRUE;
  g_set_error_literal (error, TR_STORE_ERROR, TR_STORE_ERROR_INVALID,
                       _("A new request cannot carry a server id"));
  return FALSE;
}

static void
create_request_job (TrStore     *self,
                    TrStoreDb   *db,
                    GTask       *task,
                    TrStoreArgs *args)
{
  g_auto(TrStoreColumns) c = { 0 };
  g_autofree char *json_text = NULL;
  TrStoreOutboxOp op = { 0 };
  GError *error = NULL;
  gint64 local_id = 0;

  if (!tr_store_columns_from_request (&c, args->json, &error) ||
      !no_server_id_allowed (&c, &error))
    return (void) tr_store_fail (NULL, task, error);
  json_text = tr_store_json_to_text (args->json);

  if (!tr_store_db_begin (db, &error) ||
      !insert_request (db, &c, json_text, FALSE, &local_id, &error))
    return (void) tr_store_fail (db, task, error);

  op.kind = TR_STORE_OP_CREATE;
  op.entity_kind = TR_STORE_ENTITY_REQUEST;
  op.entity_local_id = local_id;
  op.payload = args->json;
  if (tr_store_outbox_insert (db, &op, &error) == 0 ||
      !tr_store_db_commit (db, &error))
    return (void) tr_store_fail (db, task, error);

  tr_store_emit_changed (self, TR_STORE_ENTITY_REQUEST, local_id);
  g_task_return_int (task, local_id);
}

/**
 * tr_store_create_request_async:
 * @self: a #TrStore
 * @draft: the new request's JSON (no `id`)
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Stores a local-only draft and queues its create operation, durably, in
 * one transaction.
 */
void
tr_store_create_request_async (TrStore             *self,
                               JsonNode            *draft,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (TR_IS_STORE (self));
  g_return_if_fail (draft != NULL);

  tr_store_run (self, tr_store_create_request_async, create_request_job,
                tr_store_args_new (0, NULL, NULL, draft), cancellable, callback, user_data);
}

/**
 * tr_store_create_request_finish:
 *
 * Returns: the draft's local id, or 0 with @error set
 */
gint64
tr_store_create_request_finish (TrStore       *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), 0);

  return tr_store_propagate_id (G_TASK (result), error);
}

static gboolean
update_local (TrStoreDb             *db,
              gint64                 local_id,
              const TrStoreColumns  *c,
              JsonNode              *json,
              TrStoreSyncState       sync_state,
              GError               **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, sql_update_local, error);
  g_autofree char *json_text = tr_store_json_to_text (json);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, local_id);
  bind_columns (stmt, c, json_text, sync_state);
  return tr_store_db_run (db, stmt, error);
}

static const char sql_take_remote[] =
  "UPDATE requests SET base_json = remote_json,"
  " base_last_modified = json_extract (remote_json, '$.lastModified'), remote_json = NULL"
  " WHERE local_id = ?1 AND remote_json IS NOT NULL";

/* Saves @json as the local version and queues (or folds) its update. A
 * merge also makes the waiting server version, if any, the new base. */
static gboolean
save_request (TrStoreDb             *db,
              gint64                 local_id,
              const TrStoreColumns  *c,
              JsonNode              *json,
              TrStoreEditMode        mode,
              GError               **error)
{
  g_auto(RequestState) state = { 0 };
  TrStoreOutboxOp op = { 0 };

  if (!load_live_state (db, local_id, &state, error) ||
      (mode != TR_STORE_EDIT_SAVE &&
       !tr_store_db_run_with (db, sql_take_remote, local_id, NULL, error)) ||
      !update_local (db, local_id, c, json,
                     tr_store_edit_sync_state (mode, state.sync_state, state.server_id != NULL), error))
    return FALSE;

  op.kind = TR_STORE_OP_UPDATE;
  op.entity_kind = TR_STORE_ENTITY_REQUEST;
  op.entity_local_id = local_id;
  op.entity_server_id = state.server_id;
  op.payload = json;
  return tr_store_outbox_queue_update (db, &op, error);
}

static void
save_request_job (TrStore     *self,
                  TrStoreDb   *db,
                  GTask       *task,
                  TrStoreArgs *args)
{
  g_auto(TrStoreColumns) c = { 0 };
  GError *error = NULL;

  if (!tr_store_columns_from_request (&c, args->json, &error))
    return (void) tr_store_fail (NULL, task, error);

  if (!tr_store_db_begin (db, &error) ||
      !save_request (db, args->id, &c, args->json, args->flags, &error) ||
      !tr_store_db_commit (db, &error))
    return (void) tr_store_fail (db, task, error);

  tr_store_emit_changed (self, TR_STORE_ENTITY_REQUEST, args->id);
  g_task_return_boolean (task, TRUE);
}

/**
 * tr_store_save_request_async:
 * @self: a #TrStore
 * @local_id: the request
 * @request: its new full JSON
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Saves a local edit and queues its update operation in one durable
 * transaction: when this succeeds the edit survives a crash, and both or
 * neither were written. An update not yet attempted absorbs the edit
 * instead of queueing another (and so does a create not yet attempted).
 */
void
tr_store_save_request_async (TrStore             *self,
                             gint64               local_id,
                             JsonNode            *request,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_return_if_fail (TR_IS_STORE (self));
  g_return_if_fail (request != NULL);

  tr_store_run (self, tr_store_save_request_async, save_request_job,
                tr_store_args_new (local_id, NULL, NULL, request), cancellable, callback, user_data);
}

gboolean
tr_store_save_request_finish (TrStore       *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * tr_store_merge_request_async:
 * @self: a #TrStore
 * @local_id: the request
 * @merged: the result of the three-way merge (base / local / remote), or
 *   the user's resolution of a conflict
 * @conflict: whether fields changed on both sides still wait for the user
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Used by the sync engine when the server moved under local edits: in one
 * transaction the waiting server version (remote slot) becomes the base,
 * @merged becomes the local version, its update is queued (or folded into
 * the unsent one), and the request is in conflict or pending. Nothing is
 * overwritten silently: the caller keeps both values of a conflicting
 * field in @merged for the user to choose. Called again without a remote
 * version it records the user's resolution.
 */
void
tr_store_merge_request_async (TrStore             *self,
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
  tr_store_run (self, tr_store_merge_request_async, save_request_job, args,
                cancellable, callback, user_data);
}

gboolean
tr_store_merge_request_finish (TrStore       *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static const char sql_remove[] =
  "DELETE FROM requests WHERE local_id = ?1";
static const char sql_mark_deleted[] =
  "UPDATE requests SET deleted = 1, pending_action = NULL, sync_state = 1"
  " WHERE local_id = ?1";

/* Deleting. A draft the server never saw (no server id, and its create
 * never attempted or refused) simply disappears with everything it
 * queued. Once a create was attempted without an outcome its response may
 * have been lost while the server made the request, so the request is
 * kept, flagged deleted, and a delete operation follows the create. */
static gboolean
delete_request (TrStoreDb  *db,
                gint64      local_id,
                GError    **error)
{
  g_auto(RequestState) state = { 0 };
  TrStoreOutboxOp op = { 0 };
  gint64 create_seq = 0;
  gboolean in_doubt = FALSE;

  if (!load_live_state (db, local_id, &state, error) ||
      !tr_store_outbox_find_create (db, TR_STORE_ENTITY_REQUEST, local_id,
                                    &create_seq, &in_doubt, error))
    return FALSE;

  if (state.server_id == NULL && !in_doubt)
    return tr_store_outbox_drop_entity (db, TR_STORE_ENTITY_REQUEST, local_id, FALSE, error) &&
           tr_store_db_run_with (db, sql_remove, local_id, NULL, error);

  op.kind = TR_STORE_OP_DELETE;
  op.entity_kind = TR_STORE_ENTITY_REQUEST;
  op.entity_local_id = local_id;
  op.entity_server_id = state.server_id;
  return tr_store_outbox_drop_entity (db, TR_STORE_ENTITY_REQUEST, local_id, TRUE, error) &&
         tr_store_db_run_with (db, sql_mark_deleted, local_id, NULL, error) &&
         tr_store_outbox_insert (db, &op, error) != 0;
}

static void
delete_request_job (TrStore     *self,
                    TrStoreDb   *db,
                    GTask       *task,
                    TrStoreArgs *args)
{
  GError *error = NULL;

  if (!tr_store_db_begin (db, &error) ||
      !delete_request (db, args->id, &error) ||
      !tr_store_db_commit (db, &error))
    return (void) tr_store_fail (db, task, error);

  tr_store_emit_changed (self, TR_STORE_ENTITY_REQUEST, args->id);
  g_task_return_boolean (task, TRUE);
}

/**
 * tr_store_delete_request_async:
 * @self: a #TrStore
 * @local_id: the request
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Deletes a request locally and queues the deletion on the server. A
 * never-uploaded draft is removed with its expenses and queued work.
 */
void
tr_store_delete_request_async (TrStore             *self,
                               gint64               local_id,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (TR_IS_STORE (self));

  tr_store_run (self, tr_store_delete_request_async, delete_request_job,
                tr_store_args_new (local_id, NULL, NULL, NULL), cancellable, callback, user_data);
}

gboolean
tr_store_delete_request_finish (TrStore       *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static const char sql_set_action[] =
  "UPDATE requests SET pending_action = ?2, sync_state = CASE"
  " WHEN sync_state IN (3, 4) THEN sync_state WHEN server_id IS NULL THEN 0 ELSE 1 END"
  " WHERE local_id = ?1";

static gboolean
check_action (const char  *action,
              GError     **error)
{
  static const char *const known[] = {
    "submit", "recall", "cancel", "close", "reopen", "approve", "sendback",
  };

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    if (g_strcmp0 (action, known[i]) == 0)
      return TRUE;
  g_set_error (error, TR_STORE_ERROR, TR_STORE_ERROR_INVALID,
               /* Translators: %s is the API name of an action, such as “submit” */
               _("“%s” is not a workflow action"), action != NULL ? action : "");
  return FALSE;
}

static gboolean
queue_action (TrStoreDb    *db,
              TrStoreArgs  *args,
              gint64       *seq,
              GError      **error)
{
  g_auto(RequestState) state = { 0 };
  TrStoreOutboxOp op = { 0 };
  sqlite3_stmt *stmt;

  if (!check_action (args->text, error) ||
      !load_live_state (db, args->id, &state, error))
    return FALSE;

  op.kind = TR_STORE_OP_ACTION;
  op.action = args->text;
  op.comment = args->text2;
  op.entity_kind = TR_STORE_ENTITY_REQUEST;
  op.entity_local_id = args->id;
  op.entity_server_id = state.server_id;
  op.payload = args->json;   /* what the approver saw, see tr_store_queue_decision_async() */
  if ((*seq = tr_store_outbox_insert (db, &op, error)) == 0 ||
      (stmt = tr_store_db_prepare (db, sql_set_action, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, args->id);
  tr_store_db_bind_text (stmt, 2, args->text);
  return tr_store_db_run (db, stmt, error);
}

static void
queue_action_job (TrStore     *self,
                  TrStoreDb   *db,
                  GTask       *task,
                  TrStoreArgs *args)
{
  GError *error = NULL;
  gint64 seq = 0;

  if (!tr_store_db_begin (db, &error) ||
      !queue_action (db, args, &seq, &error) ||
      !tr_store_db_commit (db, &error))
    return (void) tr_store_fail (db, task, error);

  tr_store_emit_changed (self, TR_STORE_ENTITY_REQUEST, args->id);
  g_task_return_int (task, seq);
}

/**
 * tr_store_queue_action_async:
 * @self: a #TrStore
 * @local_id: the request
 * @action: `submit`, `recall`, `cancel`, `close`, `reopen`, `approve` or
 *   `sendback`
 * @comment: (nullable): a comment (sent with `sendback`)
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Queues a workflow action. Until it is sent the request's
 * `pending_action` names it (e.g. "will be submitted").
 */
void
tr_store_queue_action_async (TrStore             *self,
                             gint64               local_id,
                             const char          *action,
                             const char          *comment,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_return_if_fail (TR_IS_STORE (self));

  tr_store_run (self, tr_store_queue_action_async, queue_action_job,
                tr_store_args_new (local_id, action, comment, NULL), cancellable, callback, user_data);
}

/**
 * tr_store_queue_action_finish:
 *
 * Returns: the outbox sequence of the action, or 0 with @error set
 */
gint64
tr_store_queue_action_finish (TrStore       *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), 0);

  return tr_store_propagate_id (G_TASK (result), error);
}

/**
 * tr_store_queue_decision_async:
 * @self: a #TrStore
 * @local_id: the request
 * @action: `approve` or `sendback` (any workflow action is accepted)
 * @comment: (nullable): a comment (sent with `sendback`)
 * @seen: (nullable): the version the approver decided on, as
 *   `{"lastModified": …}` (other members are kept too); stored as the
 *   operation's payload so that the replay refuses the action when the
 *   request changed since
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Queues an approver's decision, like tr_store_queue_action_async().
 */
void
tr_store_queue_decision_async (TrStore             *self,
                               gint64               local_id,
                               const char          *action,
                               const char          *comment,
                               JsonNode            *seen,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (TR_IS_STORE (self));

  tr_store_run (self, tr_store_queue_decision_async, queue_action_job,
                tr_store_args_new (local_id, action, comment, seen), cancellable, callback, user_data);
}

/**
 * tr_store_queue_decision_finish:
 *
 * Returns: the outbox sequence of the decision, or 0 with @error set
 */
gint64
tr_store_queue_decision_finish (TrStore       *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), 0);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_store_queue_decision_async, 0);

  return tr_store_propagate_id (G_TASK (result), error);
}
