/* tr-store-schema.h
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

#include "tr-store-db.h"

G_BEGIN_DECLS

/* The schema version this build writes. */
#define TR_STORE_SCHEMA_VERSION 3

/* PRAGMA application_id of our files: "TrRq". */
#define TR_STORE_APPLICATION_ID 0x54725271

const char *tr_store_schema_get_step (int          version);
gboolean    tr_store_schema_check    (TrStoreDb   *db,
                                      const char  *path,
                                      GError     **error);
gboolean    tr_store_schema_migrate  (TrStoreDb   *db,
                                      GError     **error);

G_END_DECLS
