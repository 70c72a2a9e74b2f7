/* tr-store-types.h
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

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * TrStoreSyncState:
 * @TR_STORE_SYNC_STATE_LOCAL_ONLY: never uploaded (a local draft)
 * @TR_STORE_SYNC_STATE_PENDING: local changes wait in the outbox
 * @TR_STORE_SYNC_STATE_SYNCED: identical to the last known server version
 * @TR_STORE_SYNC_STATE_CONFLICT: both sides changed the same field
 * @TR_STORE_SYNC_STATE_FAILED: the server refused a change (see the error)
 *
 * The synchronisation state of a cached object. The values are stored in
 * the database: never renumber them.
 */
typedef enum
{
  TR_STORE_SYNC_STATE_LOCAL_ONLY = 0,
  TR_STORE_SYNC_STATE_PENDING = 1,
  TR_STORE_SYNC_STATE_SYNCED = 2,
  TR_STORE_SYNC_STATE_CONFLICT = 3,
  TR_STORE_SYNC_STATE_FAILED = 4,
} TrStoreSyncState;

/**
 * TrStoreEntityKind:
 * @TR_STORE_ENTITY_REQUEST: a travel request (header)
 * @TR_STORE_ENTITY_EXPENSE: an expected expense of a request
 *
 * What an outbox operation or a change notification is about. Stored in
 * the database: never renumber.
 */
typedef enum
{
  TR_STORE_ENTITY_REQUEST = 0,
  TR_STORE_ENTITY_EXPENSE = 1,
} TrStoreEntityKind;

/**
 * TrStoreOpKind:
 * @TR_STORE_OP_CREATE: POST the object
 * @TR_STORE_OP_UPDATE: PUT the object
 * @TR_STORE_OP_DELETE: DELETE the object
 * @TR_STORE_OP_ACTION: a workflow action on a request (submit, recall…)
 *
 * The kind of a queued outbox operation. Stored: never renumber.
 */
typedef enum
{
  TR_STORE_OP_CREATE = 0,
  TR_STORE_OP_UPDATE = 1,
  TR_STORE_OP_DELETE = 2,
  TR_STORE_OP_ACTION = 3,
} TrStoreOpKind;

/**
 * TrStoreOpState:
 * @TR_STORE_OP_STATE_QUEUED: waiting to be sent (possibly already
 *   attempted: see the attempt count and `attempt_started_at`)
 * @TR_STORE_OP_STATE_FAILED: refused by the server; waits for a retry
 *
 * State of an outbox operation. Done operations leave the outbox.
 */
typedef enum
{
  TR_STORE_OP_STATE_QUEUED = 0,
  TR_STORE_OP_STATE_FAILED = 1,
} TrStoreOpState;

/**
 * TrStoreView:
 * @TR_STORE_VIEW_ALL: every request not deleted locally
 * @TR_STORE_VIEW_ACTIVE: neither canceled nor closed
 * @TR_STORE_VIEW_DRAFTS: not submitted, sent back, or never uploaded
 * @TR_STORE_VIEW_PENDING: submitted and waiting for approval
 * @TR_STORE_VIEW_APPROVED: approved (or waiting for booking), not closed
 * @TR_STORE_VIEW_CANCELED_CLOSED: canceled, or closed
 *
 * Predefined filters of tr_store_list_requests_async().
 */
typedef enum
{
  TR_STORE_VIEW_ALL,
  TR_STORE_VIEW_ACTIVE,
  TR_STORE_VIEW_DRAFTS,
  TR_STORE_VIEW_PENDING,
  TR_STORE_VIEW_APPROVED,
  TR_STORE_VIEW_CANCELED_CLOSED,
} TrStoreView;

/**
 * TrStoreSort:
 * @TR_STORE_SORT_START_DATE: by start date (undated requests last)
 * @TR_STORE_SORT_STATUS: by approval status code, then start date
 * @TR_STORE_SORT_REQUEST_ID: by the public request key (`requestId`)
 *
 * Sort keys of tr_store_list_requests_async().
 */
typedef enum
{
  TR_STORE_SORT_START_DATE,
  TR_STORE_SORT_STATUS,
  TR_STORE_SORT_REQUEST_ID,
} TrStoreSort;

/**
 * TrStoreQuery:
 * @view: which requests
 * @text: (nullable): words to look for in the name, business purpose,
 *   main destination and request key (case and accent insensitive)
 * @sort: the sort key
 * @descending: whether to sort in descending order
 * @offset: rows to skip
 * @limit: maximum rows to return, 0 for no limit
 *
 * A listing query. Zero-initialised, it lists everything by ascending
 * start date.
 */
typedef struct
{
  TrStoreView  view;
  const char  *text;
  TrStoreSort  sort;
  gboolean     descending;
  guint        offset;
  guint        limit;
} TrStoreQuery;

#define TR_TYPE_STORE_SYNC_STATE (tr_store_sync_state_get_type ())
GType tr_store_sync_state_get_type (void);

G_END_DECLS
