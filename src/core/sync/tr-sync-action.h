/* tr-sync-action.h
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

#include "tr-sync-moved.h"
#include "tr-sync-private.h"

G_BEGIN_DECLS

/* tr-sync-action.c: the replay of workflow actions reads the request
 * again and judges it (tr-sync-moved.c) before an approver's decision is
 * sent, and after the server refused an action. */
gboolean    tr_sync_action_wants_check  (TrStoreOutboxOp      *op);
void        tr_sync_action_check_async  (TrSync               *self,
                                         TrStoreOutboxOp      *op,
                                         gboolean              refused,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
TrSyncMove  tr_sync_action_check_finish (TrSync               *self,
                                         GAsyncResult         *result,
                                         JsonNode            **current,
                                         GError              **error);

G_END_DECLS
