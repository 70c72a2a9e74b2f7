/* tr-store-expense-row.h
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
 * TrStoreExpenseRow:
 * @local_id: the store's id of the expected expense
 * @server_id: (nullable): Concur's `id`, %NULL until created
 * @request_local_id: the store's id of its request
 * @type_code: (nullable): `expenseType.id` (e.g. `DINNR`)
 * @type_name: (nullable): `expenseType.name`
 * @transaction_date: (nullable): the `transactionDate` timestamp
 * @amount: the `transactionAmount` in minor units
 * @last_modified: (nullable): the server's `lastModifiedDate`
 * @sync_state: the synchronisation state
 * @last_error: (nullable): the server's message when failed
 * @deleted: deleted locally, the deletion waits in the outbox
 * @has_remote: a newer server version waits to be merged
 * @full: (nullable): the lossless local JSON
 * @base: (nullable): the server version the local edits are based on
 * @remote: (nullable): a newer server version not merged yet
 *
 * A cached expected expense.
 */
typedef struct
{
  gint64            local_id;
  char             *server_id;
  gint64            request_local_id;
  char             *type_code;
  char             *type_name;
  char             *transaction_date;
  TrStoreAmount     amount;
  char             *last_modified;
  TrStoreSyncState  sync_state;
  char             *last_error;
  gboolean          deleted;
  gboolean          has_remote;
  JsonNode         *full;
  JsonNode         *base;
  JsonNode         *remote;
} TrStoreExpenseRow;

#define TR_TYPE_STORE_EXPENSE_ROW (tr_store_expense_row_get_type ())

GType              tr_store_expense_row_get_type (void) G_GNUC_CONST;
TrStoreExpenseRow *tr_store_expense_row_new      (void);
TrStoreExpenseRow *tr_store_expense_row_ref      (TrStoreExpenseRow *row);
void               tr_store_expense_row_unref    (TrStoreExpenseRow *row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrStoreExpenseRow, tr_store_expense_row_unref)

G_END_DECLS
