/* tr-sync-merge.h
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

#include "tr-store-types.h"

G_BEGIN_DECLS

/**
 * TrSyncChoice:
 * @TR_SYNC_CHOICE_LOCAL: keep the value edited on this device
 * @TR_SYNC_CHOICE_REMOTE: take the value found on the server
 *
 * The user's choice for one conflicting field.
 */
typedef enum
{
  TR_SYNC_CHOICE_LOCAL,
  TR_SYNC_CHOICE_REMOTE,
} TrSyncChoice;

JsonNode *tr_sync_json_copy          (JsonNode           *node);
gboolean  tr_sync_merge_values_equal (JsonNode           *a,
                                      JsonNode           *b);
gboolean  tr_sync_merge              (TrStoreEntityKind   kind,
                                      JsonNode           *base,
                                      JsonNode           *local,
                                      JsonNode           *remote,
                                      JsonObject        **changes,
                                      JsonObject        **conflicts);
JsonNode *tr_sync_merge_build        (JsonNode           *remote,
                                      JsonObject         *changes,
                                      JsonObject         *conflicts);
JsonNode *tr_sync_merge_expense_body (JsonNode           *remote,
                                      JsonObject         *changes);
JsonNode *tr_sync_merge_resolve      (JsonNode           *local,
                                      JsonObject         *conflicts,
                                      GHashTable         *choices,
                                      GError            **error);

G_END_DECLS
