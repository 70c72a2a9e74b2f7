/* tr-store.h
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

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "tr-store-amount.h"
#include "tr-store-error.h"
#include "tr-store-expense-row.h"
#include "tr-store-outbox-op.h"
#include "tr-store-request-row.h"
#include "tr-store-types.h"

G_BEGIN_DECLS

/*
 * TrStore: the offline store of one account (one SQLite file, see
 * tr_store_default_path()).
 *
 * - It caches every request and expected expense seen on the server as
 *   lossless JSON plus indexed columns, and keeps, per object, the server
 *   version local edits are based on (base) and a newer server version
 *   waiting to be merged (remote).
 * - Every local change is written together with its outbox operation in
 *   one transaction (synchronous=FULL): when a _finish() reports success
 *   the change is on disk and queued.
 * - All work runs, in call order, on one worker thread; callbacks and
 *   ::changed arrive on the main context the store was opened on.
 * - The JSON is Concur Request v4's (RequestDetails and Expected Expense),
 *   independent of the model layer.
 */

#define TR_TYPE_STORE (tr_store_get_type ())

G_DECLARE_FINAL_TYPE (TrStore, tr_store, TR, STORE, GObject)

char              *tr_store_account_key                 (const char           *base_url,
                                                         const char           *user_id);
char              *tr_store_default_path                (const char           *base_url,
                                                         const char           *user_id);

void               tr_store_open_async                  (const char           *path,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
TrStore           *tr_store_open_finish                 (GAsyncResult         *result,
                                                         GError              **error);
const char        *tr_store_get_path                    (TrStore              *self);

/* Requests */
void               tr_store_upsert_server_request_async (TrStore              *self,
                                                         JsonNode             *request,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gint64             tr_store_upsert_server_request_finish (TrStore             *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void               tr_store_upsert_server_requests_async (TrStore            *self,
                                                         JsonNode             *requests,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
GArray            *tr_store_upsert_server_requests_finish (TrStore            *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void               tr_store_create_request_async        (TrStore              *self,
                                                         JsonNode             *draft,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gint64             tr_store_create_request_finish       (TrStore              *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void               tr_store_save_request_async          (TrStore              *self,
                                                         gint64                local_id,
                                                         JsonNode             *request,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gboolean           tr_store_save_request_finish         (TrStore              *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void               tr_store_merge_request_async         (TrStore              *self,
                                                         gint64                local_id,
                                                         JsonNode             *merged,
                                                         gboolean              conflict,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gboolean           tr_store_merge_request_finish        (TrStore              *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void               tr_store_delete_request_async        (TrStore              *self,
                                                         gint64                local_id,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gboolean           tr_store_delete_request_finish       (TrStore              *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void               tr_store_queue_action_async          (TrStore              *self,
                                                         gint64                local_id,
                                                         const char           *action,
                                                         const char           *comment,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gint64             tr_store_queue_action_finish         (TrStore              *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void               tr_store_queue_decision_async        (TrStore              *self,
                                                         gint64                local_id,
                                                         const char           *action,
                                                         const char           *comment,
                                                         JsonNode             *seen,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gint64             tr_store_queue_decision_finish       (TrStore              *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void               tr_store_list_requests_async         (TrStore              *self,
                                                         const TrStoreQuery   *query,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
GPtrArray         *tr_store_list_requests_finish        (TrStore              *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void               tr_store_get_request_async           (TrStore              *self,
                                                         gint64                local_id,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
TrStoreRequestRow *tr_store_get_request_finish          (TrStore              *self,
                                                         GAsyncResult         *result,
                                                         GPtrArray           **expenses,
                                                         GError              **error);

/* Reading the listing ahead, before the store is open (tr-store-queries.c) */
void               tr_store_read_listing_async          (const char           *path,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
GPtrArray         *tr_store_read_listing_finish         (GAsyncResult         *result,
                                                         GError              **error);

/* Expected expenses */
void               tr_store_upsert_server_expense_async (TrStore              *self,
                                                         const char           *request_server_id,
                                                         JsonNode             *expense,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gint64             tr_store_upsert_server_expense_finish (TrStore             *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void               tr_store_create_expense_async        (TrStore              *self,
                                                         gint64                request_local_id,
                                                         JsonNode             *expense,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gint64             tr_store_create_expense_finish       (TrStore              *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void               tr_store_save_expense_async          (TrStore              *self,
                                                         gint64                local_id,
                                                         JsonNode             *expense,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gboolean           tr_store_save_expense_finish         (TrStore              *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void               tr_store_merge_expense_async         (TrStore              *self,
                                                         gint64                local_id,
                                                         JsonNode             *merged,
                                                         gboolean              conflict,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gboolean           tr_store_merge_expense_finish        (TrStore              *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void               tr_store_delete_expense_async        (TrStore              *self,
                                                         gint64                local_id,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gboolean           tr_store_delete_expense_finish       (TrStore              *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);

/* Summaries and lazy details (tr-store-details.c), for TrSync's pull */
void               tr_store_upsert_server_summaries_async  (TrStore           *self,
                                                            JsonNode          *summaries,
                                                            GCancellable      *cancellable,
                                                            GAsyncReadyCallback callback,
                                                            gpointer           user_data);
GPtrArray         *tr_store_upsert_server_summaries_finish (TrStore           *self,
                                                            GAsyncResult      *result,
                                                            GError           **error);
void               tr_store_upsert_server_details_async    (TrStore           *self,
                                                            JsonNode          *details,
                                                            GCancellable      *cancellable,
                                                            GAsyncReadyCallback callback,
                                                            gpointer           user_data);
GArray            *tr_store_upsert_server_details_finish   (TrStore           *self,
                                                            GAsyncResult      *result,
                                                            GError           **error);
void               tr_store_get_detail_state_async         (TrStore           *self,
                                                            gint64             local_id,
                                                            GCancellable      *cancellable,
                                                            GAsyncReadyCallback callback,
                                                            gpointer           user_data);
gboolean           tr_store_get_detail_state_finish        (TrStore           *self,
                                                            GAsyncResult      *result,
                                                            gboolean          *current,
                                                            char             **server_id,
                                                            GError           **error);
void               tr_store_list_details_wanted_async      (TrStore           *self,
                                                            GCancellable      *cancellable,
                                                            GAsyncReadyCallback callback,
                                                            gpointer           user_data);
GPtrArray         *tr_store_list_details_wanted_finish     (TrStore           *self,
                                                            GAsyncResult      *result,
                                                            GError           **error);

/* Outbox */
void               tr_store_outbox_peek_async           (TrStore              *self,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
TrStoreOutboxOp   *tr_store_outbox_peek_finish          (TrStore              *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void               tr_store_outbox_begin_attempt_async  (TrStore              *self,
                                                         gint64                seq,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gboolean           tr_store_outbox_begin_attempt_finish (TrStore              *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void               tr_store_outbox_mark_done_async      (TrStore              *self,
                                                         gint64                seq,
                                                         const char           *server_id,
                                                         JsonNode             *response,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gboolean           tr_store_outbox_mark_done_finish     (TrStore              *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void               tr_store_outbox_mark_failed_async    (TrStore              *self,
                                                         gint64                seq,
                                                         const char           *message,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gboolean           tr_store_outbox_mark_failed_finish   (TrStore              *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void               tr_store_outbox_retry_async          (TrStore              *self,
                                                         gint64                seq,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gboolean           tr_store_outbox_retry_finish         (TrStore              *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void               tr_store_outbox_list_async           (TrStore              *self,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
GPtrArray         *tr_store_outbox_list_finish          (TrStore              *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void               tr_store_outbox_count_async          (TrStore              *self,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gint64             tr_store_outbox_count_finish         (TrStore              *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);

/* Meta */
void               tr_store_meta_get_async              (TrStore              *self,
                                                         const char           *key,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
char              *tr_store_meta_get_finish             (TrStore              *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void               tr_store_meta_set_async              (TrStore              *self,
                                                         const char           *key,
                                                         const char           *value,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gboolean           tr_store_meta_set_finish             (TrStore              *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);

G_END_DECLS
