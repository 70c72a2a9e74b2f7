/* tr-store-outbox-op.c
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

#include "tr-store-outbox-op.h"

G_DEFINE_BOXED_TYPE (TrStoreOutboxOp, tr_store_outbox_op,
                     tr_store_outbox_op_ref, tr_store_outbox_op_unref)

TrStoreOutboxOp *
tr_store_outbox_op_new (void)
{
  return g_atomic_rc_box_new0 (TrStoreOutboxOp);
}

TrStoreOutboxOp *
tr_store_outbox_op_ref (TrStoreOutboxOp *op)
{
  g_return_val_if_fail (op != NULL, NULL);

  return g_atomic_rc_box_acquire (op);
}

static void
outbox_op_clear (gpointer data)
{
  TrStoreOutboxOp *op = data;

  g_clear_pointer (&op->action, g_free);
  g_clear_pointer (&op->comment, g_free);
  g_clear_pointer (&op->entity_server_id, g_free);
  g_clear_pointer (&op->parent_server_id, g_free);
  g_clear_pointer (&op->payload, json_node_unref);
  g_clear_pointer (&op->last_error, g_free);
}

void
tr_store_outbox_op_unref (TrStoreOutboxOp *op)
{
  g_return_if_fail (op != NULL);

  g_atomic_rc_box_release_full (op, outbox_op_clear);
}
