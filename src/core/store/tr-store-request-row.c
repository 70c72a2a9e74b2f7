/* tr-store-request-row.c
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

#include "tr-store-request-row.h"

G_DEFINE_BOXED_TYPE (TrStoreRequestRow, tr_store_request_row,
                     tr_store_request_row_ref, tr_store_request_row_unref)

TrStoreRequestRow *
tr_store_request_row_new (void)
{
  return g_atomic_rc_box_new0 (TrStoreRequestRow);
}

TrStoreRequestRow *
tr_store_request_row_ref (TrStoreRequestRow *row)
{
  g_return_val_if_fail (row != NULL, NULL);

  return g_atomic_rc_box_acquire (row);
}

static void
request_row_clear (gpointer data)
{
  TrStoreRequestRow *row = data;
  char **strings[] = {
    &row->server_id, &row->request_key, &row->name, &row->business_purpose,
    &row->start_date, &row->end_date, &row->destination, &row->status_code,
    &row->status_name, &row->owner_id, &row->approver_id, &row->last_modified,
    &row->last_error, &row->pending_action, &row->search_text,
  };

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    g_clear_pointer (strings[i], g_free);
  tr_store_amount_clear (&row->total);
  g_clear_pointer (&row->full, json_node_unref);
  g_clear_pointer (&row->base, json_node_unref);
  g_clear_pointer (&row->remote, json_node_unref);
}

void
tr_store_request_row_unref (TrStoreRequestRow *row)
{
  g_return_if_fail (row != NULL);

  g_atomic_rc_box_release_full (row, request_row_clear);
}
