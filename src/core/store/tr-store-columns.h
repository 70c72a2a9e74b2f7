/* tr-store-columns.h
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

G_BEGIN_DECLS

/*
 * TrStoreColumns:
 *
 * The indexed columns of a request or an expected expense, extracted from
 * its Concur v4 JSON. Members that do not apply to the kind stay NULL.
 * Internal to the store.
 */
typedef struct
{
  char          *server_id;
  char          *last_modified;
  TrStoreAmount  amount;

  /* requests */
  char          *request_key;
  char          *name;
  char          *business_purpose;
  char          *start_date;
  char          *end_date;
  char          *destination;
  char          *status_code;
  char          *status_name;
  char          *owner_id;
  char          *approver_id;
  gboolean       closed;

  /* expected expenses */
  char          *type_code;
  char          *type_name;
  char          *transaction_date;
} TrStoreColumns;

gboolean tr_store_columns_from_request (TrStoreColumns  *columns,
                                        JsonNode        *request,
                                        GError         **error);
gboolean tr_store_columns_from_expense (TrStoreColumns  *columns,
                                        JsonNode        *expense,
                                        GError         **error);
void     tr_store_columns_clear        (TrStoreColumns  *columns);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TrStoreColumns, tr_store_columns_clear)

G_END_DECLS
