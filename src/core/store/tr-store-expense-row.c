/* tr-store-expense-row.c
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

#include "tr-store-expense-row.h"

G_DEFINE_BOXED_TYPE (TrStoreExpenseRow, tr_store_expense_row,
                     tr_store_expense_row_ref, tr_store_expense_row_unref)

TrStoreExpenseRow *
tr_store_expense_row_new (void)
{
  return g_atomic_rc_box_new0 (TrStoreExpenseRow);
}

TrStoreExpenseRow *
tr_store_expense_row_ref (TrStoreExpenseRow *row)
{
  g_return_val_if_fail (row != NULL, NULL);

  return g_atomic_rc_box_acquire (row);
}

static void
expense_row_clear (gpointer data)
{
  TrStoreExpenseRow *row = data;

  g_clear_pointer (&row->server_id, g_free);
  g_clear_pointer (&row->type_code, g_free);
  g_clear_pointer (&row->type_name, g_free);
  g_clear_pointer (&row->transaction_date, g_free);
  g_clear_pointer (&row->last_modified, g_free);
  g_clear_pointer (&row->last_error, g_free);
  tr_store_amount_clear (&row->amount);
  g_clear_pointer (&row->full, json_node_unref);
  g_clear_pointer (&row->base, json_node_unref);
  g_clear_pointer (&row->remote, json_node_unref);
}

void
tr_store_expense_row_unref (TrStoreExpenseRow *row)
{
  g_return_if_fail (row != NULL);

  g_atomic_rc_box_release_full (row, expense_row_clear);
}
