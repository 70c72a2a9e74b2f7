/* tr-sync.h
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

#include "tr-client.h"
#include "tr-store.h"
#include "tr-sync-error.h"
#include "tr-sync-merge.h"

G_BEGIN_DECLS

/**
 * TrSyncState:
 * @TR_SYNC_STATE_IDLE: nothing to do, or waiting for the next run
 * @TR_SYNC_STATE_SYNCING: replaying the outbox or pulling changes
 * @TR_SYNC_STATE_OFFLINE: the server could not be reached; edits wait
 *   in the outbox and are sent when the network returns
 * @TR_SYNC_STATE_ERROR: the last run failed (see #TrSync:last-error)
 *
 * What the sync engine is doing, for the UI to bind.
 */
typedef enum
{
  TR_SYNC_STATE_IDLE,
  TR_SYNC_STATE_SYNCING,
  TR_SYNC_STATE_OFFLINE,
  TR_SYNC_STATE_ERROR,
} TrSyncState;

#define TR_TYPE_SYNC_STATE (tr_sync_state_get_type ())
GType tr_sync_state_get_type (void);

#define TR_TYPE_SYNC (tr_sync_get_type ())

G_DECLARE_FINAL_TYPE (TrSync, tr_sync, TR, SYNC, GObject)

TrSync      *tr_sync_new                     (TrClient             *client,
                                              TrStore              *store,
                                              GNetworkMonitor      *monitor);
TrClient    *tr_sync_get_client              (TrSync               *self);
TrStore     *tr_sync_get_store               (TrSync               *self);
TrSyncState  tr_sync_get_state               (TrSync               *self);
gboolean     tr_sync_get_online              (TrSync               *self);
double       tr_sync_get_progress            (TrSync               *self);
const char  *tr_sync_get_last_error          (TrSync               *self);
guint        tr_sync_get_interval            (TrSync               *self);
void         tr_sync_set_interval            (TrSync               *self,
                                              guint                 seconds);
gboolean     tr_sync_get_push_on_change      (TrSync               *self);
void         tr_sync_set_push_on_change      (TrSync               *self,
                                              gboolean              push);
guint        tr_sync_get_retry_delay         (TrSync               *self);
void         tr_sync_set_retry_delay         (TrSync               *self,
                                              guint                 milliseconds);

void         tr_sync_run_async               (TrSync               *self,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean     tr_sync_run_finish              (TrSync               *self,
                                              GAsyncResult         *result,
                                              GError              **error);
void         tr_sync_pull_full_async         (TrSync               *self,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean     tr_sync_pull_full_finish        (TrSync               *self,
                                              GAsyncResult         *result,
                                              GError              **error);

/* Lazy details and the offline hydration (tr-sync-hydrate.c). */
gboolean     tr_sync_get_hydrating           (TrSync               *self);
void         tr_sync_hydrate_async           (TrSync               *self,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean     tr_sync_hydrate_finish          (TrSync               *self,
                                              GAsyncResult         *result,
                                              GError              **error);
void         tr_sync_cancel_hydration        (TrSync               *self);
void         tr_sync_fetch_detail_async      (TrSync               *self,
                                              gint64                local_id,
                                              gboolean              force,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean     tr_sync_fetch_detail_finish     (TrSync               *self,
                                              GAsyncResult         *result,
                                              gboolean             *fetched,
                                              GError              **error);

void         tr_sync_get_conflicts_async     (TrSync               *self,
                                              TrStoreEntityKind     kind,
                                              gint64                local_id,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
JsonNode    *tr_sync_get_conflicts_finish    (TrSync               *self,
                                              GAsyncResult         *result,
                                              GError              **error);
void         tr_sync_resolve_conflict_async  (TrSync               *self,
                                              TrStoreEntityKind     kind,
                                              gint64                local_id,
                                              GHashTable           *choices,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean     tr_sync_resolve_conflict_finish (TrSync               *self,
                                              GAsyncResult         *result,
                                              GError              **error);
void         tr_sync_retry_async             (TrSync               *self,
                                              TrStoreEntityKind     kind,
                                              gint64                local_id,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean     tr_sync_retry_finish            (TrSync               *self,
                                              GAsyncResult         *result,
                                              GError              **error);

G_END_DECLS
