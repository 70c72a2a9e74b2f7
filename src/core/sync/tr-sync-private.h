/* tr-sync-private.h
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

#include "tr-api-error.h"
#include "tr-sync.h"

G_BEGIN_DECLS

/* What became of one outbox operation that did not stop the replay. */
typedef enum
{
  TR_SYNC_OUTCOME_DONE,
  TR_SYNC_OUTCOME_REFUSED,
  TR_SYNC_OUTCOME_CONFLICT,
} TrSyncOutcome;

#define TR_SYNC_META_HIGH_WATER "sync.high-water"

/* tr-sync.c */
void           tr_sync_set_progress              (TrSync                *self,
                                                  double                 progress);
const char    *tr_sync_get_user_id               (TrSync                *self);
char          *tr_sync_conflict_key              (TrStoreEntityKind      kind,
                                                  gint64                 local_id);
gboolean       tr_sync_error_stops_replay        (const GError          *error);

/* tr-sync-op.c: one outbox operation. An error means the replay stops
 * (offline, server trouble, sign-in needed); refusals are recorded. */
void           tr_sync_op_run_async              (TrSync                *self,
                                                  TrStoreOutboxOp       *op,
                                                  GCancellable          *cancellable,
                                                  GAsyncReadyCallback    callback,
                                                  gpointer               user_data);
gboolean       tr_sync_op_run_finish             (TrSync                *self,
                                                  GAsyncResult          *result,
                                                  TrSyncOutcome         *outcome,
                                                  GError               **error);

/* tr-sync-update.c: the three-way merge before an update is sent.
 * Returns the body to send, or NULL with @outcome set when the operation
 * was settled (nothing to send, or a conflict recorded). */
void           tr_sync_update_prepare_async      (TrSync                *self,
                                                  TrStoreOutboxOp       *op,
                                                  GCancellable          *cancellable,
                                                  GAsyncReadyCallback    callback,
                                                  gpointer               user_data);
JsonNode      *tr_sync_update_prepare_finish     (TrSync                *self,
                                                  GAsyncResult          *result,
                                                  TrSyncOutcome         *outcome,
                                                  GError               **error);

/* tr-sync-reconcile.c: exactly-once rules for attempted operations.
 * Return the server object the lost attempt made or changed, or NULL
 * (without error) when the attempt left no trace. */
void           tr_sync_reconcile_create_async    (TrSync                *self,
                                                  TrStoreOutboxOp       *op,
                                                  GCancellable          *cancellable,
                                                  GAsyncReadyCallback    callback,
                                                  gpointer               user_data);
JsonNode      *tr_sync_reconcile_create_finish   (TrSync                *self,
                                                  GAsyncResult          *result,
                                                  GError               **error);
void           tr_sync_reconcile_action_async    (TrSync                *self,
                                                  TrStoreOutboxOp       *op,
                                                  GCancellable          *cancellable,
                                                  GAsyncReadyCallback    callback,
                                                  gpointer               user_data);
JsonNode      *tr_sync_reconcile_action_finish   (TrSync                *self,
                                                  GAsyncResult          *result,
                                                  GError               **error);

/* tr-sync-push.c: replays the outbox until nothing is ready. */
void           tr_sync_push_async                (TrSync                *self,
                                                  GCancellable          *cancellable,
                                                  GAsyncReadyCallback    callback,
                                                  gpointer               user_data);
gboolean       tr_sync_push_finish               (TrSync                *self,
                                                  GAsyncResult          *result,
                                                  GError               **error);

/* tr-sync-pull.c: incremental (modifiedAfter) or full pull. */
void           tr_sync_pull_async                (TrSync                *self,
                                                  gboolean               full,
                                                  GCancellable          *cancellable,
                                                  GAsyncReadyCallback    callback,
                                                  gpointer               user_data);
gboolean       tr_sync_pull_finish               (TrSync                *self,
                                                  GAsyncResult          *result,
                                                  GError               **error);

/* tr-sync-details.c: reads details (request and expected expenses) and
 * stores them in one batched call. Holds the client and the store only. */
gboolean       tr_sync_timestamp_newer           (const char            *modified,
                                                  const char            *newest);
void           tr_sync_details_fetch_async       (TrClient              *client,
                                                  TrStore               *store,
                                                  GPtrArray             *server_ids,
                                                  GCancellable          *cancellable,
                                                  GAsyncReadyCallback    callback,
                                                  gpointer               user_data);
gboolean       tr_sync_details_fetch_finish      (GAsyncResult          *result,
                                                  char                 **newest,
                                                  GError               **error);

/* tr-sync-hydrate.c: the background hydration after pulls. */
typedef struct _TrSyncHydrator TrSyncHydrator;

TrSyncHydrator *tr_sync_hydrator_new             (TrSync                *sync);
void           tr_sync_hydrator_unref            (TrSyncHydrator        *self);
void           tr_sync_hydrator_start            (TrSyncHydrator        *self,
                                                  GTask                 *waiter,
                                                  GCancellable          *cancellable);
void           tr_sync_hydrator_cancel           (TrSyncHydrator        *self);
void           tr_sync_hydrator_detach           (TrSyncHydrator        *self);

/* tr-sync.c */
TrSyncHydrator *tr_sync_get_hydrator             (TrSync                *self);
void           tr_sync_set_hydrating             (TrSync                *self,
                                                  gboolean               hydrating);

G_END_DECLS
