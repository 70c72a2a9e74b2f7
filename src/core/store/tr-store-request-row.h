/* tr-store-request-row.h
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

#include <json-glib/json-glib.h>

#include "tr-store-amount.h"
#include "tr-store-types.h"

G_BEGIN_DECLS

/**
 * TrStoreRequestRow:
 * @local_id: the store's id of the request
 * @server_id: (nullable): Concur's `id`, %NULL until created on the server
 * @request_key: (nullable): the public `requestId` (e.g. `333T`)
 * @name: (nullable): the request name
 * @business_purpose: (nullable): the business purpose
 * @start_date: (nullable): `yyyy-MM-dd`
 * @end_date: (nullable): `yyyy-MM-dd`
 * @destination: (nullable): the main destination's name
 * @status_code: (nullable): `approvalStatus.code`, %NULL for a local draft
 * @status_name: (nullable): `approvalStatus.name`, as the server words it
 * @closed: whether the request is closed
 * @owner_id: (nullable): the owner's user id
 * @approver_id: (nullable): the current approver's user id
 * @total: `totalPostedAmount` in minor units
 * @last_modified: (nullable): the server's `lastModified` of the cached copy
 * @sync_state: the synchronisation state
 * @last_error: (nullable): the server's message when @sync_state is failed
 * @pending_action: (nullable): a queued workflow action ("submit" means
 *   the request will be submitted when online)
 * @deleted: deleted locally, the deletion waits in the outbox
 * @has_remote: a newer server version waits to be merged
 * @full: (nullable): the lossless local JSON (only from
 *   tr_store_get_request_async())
 * @base: (nullable): the server version the local edits are based on
 * @remote: (nullable): a newer server version not merged yet
 * @search_text: (nullable): the folded name, business purpose,
 *   destination and request key (only from tr_store_list_requests_async())
 *
 * A cached request. Listing fills the columns only.
 */
typedef struct
{
  gint64            local_id;
  char             *server_id;
  char             *request_key;
  char             *name;
  char             *business_purpose;
  char             *start_date;
  char             *end_date;
  char             *destination;
  char             *status_code;
  char             *status_name;
  gboolean          closed;
  char             *owner_id;
  char             *approver_id;
  TrStoreAmount     total;
  char             *last_modified;
  TrStoreSyncState  sync_state;
  char             *last_error;
  char             *pending_action;
  gboolean          deleted;
  gboolean          has_remote;
  JsonNode         *full;
  JsonNode         *base;
  JsonNode         *remote;
  char             *search_text;
} TrStoreRequestRow;

#define TR_TYPE_STORE_REQUEST_ROW (tr_store_request_row_get_type ())

GType              tr_store_request_row_get_type (void) G_GNUC_CONST;
TrStoreRequestRow *tr_store_request_row_new      (void);
TrStoreRequestRow *tr_store_request_row_ref      (TrStoreRequestRow *row);
void               tr_store_request_row_unref    (TrStoreRequestRow *row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrStoreRequestRow, tr_store_request_row_unref)

G_END_DECLS
