/* tr-sync-action.c
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

#define G_LOG_DOMAIN "TrSync"

#include "tr-sync-action.h"

/* Reads the request of a queued workflow action and judges it against
 * what the approver saw (the operation's payload). */

typedef struct
{
  TrStoreOutboxOp *op;
  gboolean         refused;
  JsonNode        *current;
} CheckData;

static void
check_data_free (gpointer data)
{
  CheckData *d = data;

  g_clear_pointer (&d->op, tr_store_outbox_op_unref);
  g_clear_pointer (&d->current, json_node_unref);
  g_free (d);
}

/**
 * tr_sync_action_wants_check:
 * @op: an outbox operation
 *
 * Returns: whether @op is an approver's decision, read again before it
 *   is sent
 */
gboolean
tr_sync_action_wants_check (TrStoreOutboxOp *op)
{
  return op->kind == TR_STORE_OP_ACTION && op->entity_server_id != NULL
         && (g_strcmp0 (op->action, "approve") == 0 || g_strcmp0 (op->action, "sendback") == 0);
}

static void
read_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  CheckData *d = g_task_get_task_data (task);
  TrSync *self = g_task_get_source_object (task);
  GError *error = NULL;

  d->current = tr_client_send_json_finish (TR_CLIENT (source), result, &error);
  if (d->current == NULL)
    return g_task_return_error (task, error);
  g_task_return_int (task, tr_sync_judge_action (d->op->action, d->op->payload, d->current,
                                                 tr_sync_get_user_id (self),
                                                 !d->refused && d->op->attempts > 0));
}

/**
 * tr_sync_action_check_async:
 * @self: a #TrSync
 * @op: a workflow action with a server id
 * @refused: whether the server just refused @op (then an earlier attempt
 *   is not taken for a success)
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the judgement
 * @user_data: data for @callback
 */
void
tr_sync_action_check_async (TrSync              *self,
                            TrStoreOutboxOp     *op,
                            gboolean             refused,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autofree char *path = g_strdup_printf ("requests/%s", op->entity_server_id);
  CheckData *d = g_new0 (CheckData, 1);

  g_task_set_source_tag (task, tr_sync_action_check_async);
  d->op = tr_store_outbox_op_ref (op);
  d->refused = refused;
  g_task_set_task_data (task, d, check_data_free);
  tr_client_send_json_async (tr_sync_get_client (self), "GET", path, NULL, cancellable,
                             read_cb, g_steal_pointer (&task));
}

/**
 * tr_sync_action_check_finish:
 * @self: a #TrSync
 * @result: the result given to the callback
 * @current: (out) (optional) (transfer full): the request as read
 * @error: return location for an error (the read failed)
 *
 * Returns: the judgement, %TR_SYNC_MOVE_OTHER with @error set on failure
 */
TrSyncMove
tr_sync_action_check_finish (TrSync        *self,
                             GAsyncResult  *result,
                             JsonNode     **current,
                             GError       **error)
{
  CheckData *d;
  gssize move;

  g_return_val_if_fail (g_task_is_valid (result, self), TR_SYNC_MOVE_OTHER);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_sync_action_check_async,
                        TR_SYNC_MOVE_OTHER);

  d = g_task_get_task_data (G_TASK (result));
  move = g_task_propagate_int (G_TASK (result), error);
  if (move < 0)
    return TR_SYNC_MOVE_OTHER;
  if (current != NULL)
    *current = d->current ? json_node_ref (d->current) : NULL;
  return (TrSyncMove) move;
}
