/* tr-store-error.h
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

#include <glib.h>

G_BEGIN_DECLS

#define TR_STORE_ERROR (tr_store_error_quark ())

/**
 * TrStoreError:
 * @TR_STORE_ERROR_CORRUPT: the file is not a Travel Requests database, or
 *   it is damaged; it is left untouched
 * @TR_STORE_ERROR_READ_ONLY: the database (or its folder) cannot be written
 * @TR_STORE_ERROR_TOO_NEW: the database was written by a newer version of
 *   the application; it is not downgraded
 * @TR_STORE_ERROR_NOT_FOUND: no such request, expense or operation
 * @TR_STORE_ERROR_IO: the file system or SQLite failed
 * @TR_STORE_ERROR_CONSTRAINT: the write broke a rule of the schema
 * @TR_STORE_ERROR_INVALID: the JSON or an argument is not acceptable
 * @TR_STORE_ERROR_CLOSED: the store failed to open and cannot be used
 *
 * Errors of the offline store layer.
 */
typedef enum
{
  TR_STORE_ERROR_CORRUPT,
  TR_STORE_ERROR_READ_ONLY,
  TR_STORE_ERROR_TOO_NEW,
  TR_STORE_ERROR_NOT_FOUND,
  TR_STORE_ERROR_IO,
  TR_STORE_ERROR_CONSTRAINT,
  TR_STORE_ERROR_INVALID,
  TR_STORE_ERROR_CLOSED,
} TrStoreError;

GQuark tr_store_error_quark (void);

G_END_DECLS
