/* tr-request-item.h
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

#pragma once

#include <glib-object.h>

#include "tr-request.h"
#include "tr-store-request-row.h"

G_BEGIN_DECLS

/**
 * TrRequestSync:
 * @TR_REQUEST_SYNC_SYNCED: the same as on the server
 * @TR_REQUEST_SYNC_LOCAL_ONLY: never uploaded (a local draft)
 * @TR_REQUEST_SYNC_WAITING: local changes wait to be sent
 * @TR_REQUEST_SYNC_CONFLICT: the server and the local copy both changed
 * @TR_REQUEST_SYNC_FAILED: the server refused a local change
 *
 * The synchronisation badge shown beside a request in the list.
 */
typedef enum
{
  TR_REQUEST_SYNC_SYNCED,
  TR_REQUEST_SYNC_LOCAL_ONLY,
  TR_REQUEST_SYNC_WAITING,
  TR_REQUEST_SYNC_CONFLICT,
  TR_REQUEST_SYNC_FAILED,
} TrRequestSync;

#define TR_TYPE_REQUEST_SYNC (tr_request_sync_get_type ())
GType tr_request_sync_get_type (void);

#define TR_TYPE_REQUEST_ITEM (tr_request_item_get_type ())

G_DECLARE_FINAL_TYPE (TrRequestItem, tr_request_item, TR, REQUEST_ITEM, GObject)

TrRequestItem *tr_request_item_new             (TrRequest      *request);
TrRequestItem *tr_request_item_new_from_row    (TrStoreRequestRow *row);
void           tr_request_item_set_row         (TrRequestItem  *self,
                                                TrStoreRequestRow *row);
TrRequest     *tr_request_item_get_request     (TrRequestItem  *self);
const TrStoreRequestRow *tr_request_item_peek_row (TrRequestItem *self);
void           tr_request_item_set_request     (TrRequestItem  *self,
                                                TrRequest      *request);
TrRequestSync  tr_request_item_get_sync        (TrRequestItem  *self);
void           tr_request_item_set_sync        (TrRequestItem  *self,
                                                TrRequestSync   sync);
gboolean       tr_request_item_get_to_approve  (TrRequestItem  *self);
void           tr_request_item_set_to_approve  (TrRequestItem  *self,
                                                gboolean        to_approve);
const char    *tr_request_item_get_pending_action (TrRequestItem *self);
const char    *tr_request_item_describe_pending   (TrRequestItem *self);
void           tr_request_item_set_pending_action (TrRequestItem *self,
                                                   const char    *action);
const char    *tr_request_item_get_search_key  (TrRequestItem  *self);
gint64         tr_request_item_get_local_id    (TrRequestItem  *self);
void           tr_request_item_set_local_id    (TrRequestItem  *self,
                                                gint64          local_id);
char          *tr_request_item_dup_key         (TrRequestItem  *self);
guint          tr_request_item_get_serial      (TrRequestItem  *self);

const char    *tr_request_item_get_name        (TrRequestItem  *self);
const char    *tr_request_item_get_request_key (TrRequestItem  *self);
const char    *tr_request_item_get_server_id   (TrRequestItem  *self);
guint          tr_request_item_get_start_julian (TrRequestItem *self);
TrApprovalStatusKind tr_request_item_get_status_kind (TrRequestItem *self);
gboolean       tr_request_item_get_closed      (TrRequestItem  *self);
gboolean       tr_request_item_get_shown       (TrRequestItem  *self);

char          *tr_request_item_fold_text       (const char     *text);

G_END_DECLS
