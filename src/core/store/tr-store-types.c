/* tr-store-types.c
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

#include "tr-store-types.h"

G_DEFINE_ENUM_TYPE (TrStoreSyncState, tr_store_sync_state,
  G_DEFINE_ENUM_VALUE (TR_STORE_SYNC_STATE_LOCAL_ONLY, "local-only"),
  G_DEFINE_ENUM_VALUE (TR_STORE_SYNC_STATE_PENDING, "pending"),
  G_DEFINE_ENUM_VALUE (TR_STORE_SYNC_STATE_SYNCED, "synced"),
  G_DEFINE_ENUM_VALUE (TR_STORE_SYNC_STATE_CONFLICT, "conflict"),
  G_DEFINE_ENUM_VALUE (TR_STORE_SYNC_STATE_FAILED, "failed"))
