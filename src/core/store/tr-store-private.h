/* tr-store-private.h
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

#pragma once

#include "tr-store.h"
#include "tr-store-columns.h"
#include "tr-store-db.h"

G_BEGIN_DECLS

/* Arguments of one queued job; every member is optional. */
/* How an edit is written (tr_store_save_*() and tr_store_merge_*()). */
typedef enum
{
  TR_STORE_EDIT_SAVE,
  TR_STORE_EDIT_MERGE,
  TR_STORE_EDIT_MERGE_CONFLICT,
} TrStoreEditMode;

typedef struct
{
  gint64        id;
  int           flags;
  char         *text;
  char         *text2;
  JsonNode     *json;
  TrStoreQuery  query;
} TrStoreArgs;

/* Runs on the worker thread; must return @task exactly once. */
typedef void (*TrStoreJobFunc) (TrStore     *self,
                                TrStoreDb   *db,
                                GTask       *task,
                                TrStoreArgs *args);

TrStoreArgs *tr_store_args_new        (gint64               id,
                                       const char          *text,
                                       const char          *text2,
                                       JsonNode            *json);
void         tr_store_run             (TrStore             *self,
                                       gpointer             source_tag,
                                       TrStoreJobFunc       func,
                                       TrStoreArgs         *args,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
void         tr_store_emit_changed    (TrStore             *self,
                                       TrStoreEntityKind    kind,
                                       gint64               local_id);
gboolean     tr_store_fail            (TrStoreDb           *db,
                                       GTask               *task,
                                       GError              *error);

gint64       tr_store_propagate_id    (GTask               *task,
                                       GError             **error);
char        *tr_store_json_to_text    (JsonNode            *node);
JsonNode    *tr_store_json_from_text  (const char          *text);
gboolean     tr_store_require_object  (JsonNode            *node,
                                       GError             **error);
gboolean     tr_store_not_found       (const char          *what,
                                       gint64               id,
                                       GError             **error);

/* Outbox helpers, inside the caller's transaction (tr-store-outbox.c). */
gint64       tr_store_outbox_insert        (TrStoreDb              *db,
                                            const TrStoreOutboxOp  *op,
                                            GError                **error);
gboolean     tr_store_outbox_find_create   (TrStoreDb              *db,
                                            TrStoreEntityKind       kind,
                                            gint64                  local_id,
                                            gint64                 *seq,
                                            gboolean               *in_doubt,
                                            GError                **error);
gboolean     tr_store_outbox_queue_update  (TrStoreDb              *db,
                                            TrStoreOutboxOp        *op,
                                            GError                **error);
gboolean     tr_store_outbox_load          (TrStoreDb              *db,
                                            gint64                  seq,
                                            TrStoreOutboxOp       **op,
                                            GError                **error);
gboolean     tr_store_outbox_drop_entity   (TrStoreDb              *db,
                                            TrStoreEntityKind       kind,
                                            gint64                  local_id,
                                            gboolean                only_unattempted,
                                            GError                **error);

/* Rows (tr-store-requests.c, tr-store-expenses.c). */
#define TR_STORE_REQUEST_COLUMNS \
  "local_id, server_id, request_key, name, business_purpose, start_date, end_date," \
  " destination, status_code, status_name, closed, owner_id, approver_id, total_units," \
  " total_scale, total_currency, last_modified, sync_state, last_error, pending_action," \
  " deleted, remote_json IS NOT NULL, full_json, base_json, remote_json"
#define TR_STORE_EXPENSE_COLUMNS \
  "local_id, server_id, request_local_id, type_code, type_name, transaction_date," \
  " amount_units, amount_scale, amount_currency, last_modified, sync_state, last_error," \
  " deleted, remote_json IS NOT NULL, full_json, base_json, remote_json"

TrStoreRequestRow *tr_store_read_request_row    (sqlite3_stmt          *stmt,
                                                 gboolean               with_json);
TrStoreExpenseRow *tr_store_read_expense_row    (sqlite3_stmt          *stmt,
                                                 gboolean               with_json);
gboolean           tr_store_write_server_state  (TrStoreDb             *db,
                                                 TrStoreEntityKind      kind,
                                                 gint64                 local_id,
                                                 JsonNode              *json,
                                                 GError               **error);
gboolean           tr_store_request_write_server (TrStoreDb           *db,
                                                 gint64                 local_id,
                                                 const TrStoreColumns  *columns,
                                                 const char            *json_text,
                                                 GError               **error);
gboolean           tr_store_expense_write_server (TrStoreDb           *db,
                                                 gint64                 local_id,
                                                 const TrStoreColumns  *columns,
                                                 const char            *json_text,
                                                 GError               **error);
gboolean           tr_store_lookup_server_id    (TrStoreDb             *db,
                                                 TrStoreEntityKind      kind,
                                                 const char            *server_id,
                                                 gint64                *local_id,
                                                 GError               **error);

/* The server's upsert rules for one object, inside the caller's
 * transaction (tr_store_upsert_server_request_async() and
 * tr_store_upsert_server_expense_async() document them). */
gboolean           tr_store_request_upsert_server (TrStoreDb          *db,
                                                 JsonNode              *json,
                                                 gint64                *local_id,
                                                 GError               **error);
gboolean           tr_store_expense_upsert_server (TrStoreDb          *db,
                                                 const char            *request_server_id,
                                                 JsonNode              *json,
                                                 gint64                *local_id,
                                                 GError               **error);

TrStoreSyncState   tr_store_edit_sync_state     (TrStoreEditMode        mode,
                                                 TrStoreSyncState       current,
                                                 gboolean               has_server_id);

G_END_DECLS
