/* tr-sync-push.c
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

#include "tr-sync-private.h"

/* The outbox replay: the store hands out the next ready operation (in
 * order, one object's operations one at a time, dependencies done first,
 * see tr-store-outbox.c) until none is ready. The first error that stops
 * the replay ends it; the operation stays queued for the next run. */

static void next_operation (GTask *task);

static void
operation_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TrSyncOutcome outcome = TR_SYNC_OUTCOME_DONE;
  GError *error = NULL;

  if (!tr_sync_op_run_finish (TR_SYNC (source), result, &outcome, &error))
    return g_task_return_error (task, error);
  next_operation (task);
}

static void
peeked_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(TrStoreOutboxOp) op = NULL;
  GError *error = NULL;

  op = tr_store_outbox_peek_finish (TR_STORE (source), result, &error);
  if (error != NULL)
    return g_task_return_error (task, error);
  if (op == NULL)
    return g_task_return_boolean (task, TRUE);
  if (g_task_return_error_if_cancelled (task))
    return;
  tr_sync_op_run_async (g_task_get_source_object (task), op, g_task_get_cancellable (task),
                        operation_cb, g_object_ref (task));
}

static void
next_operation (GTask *task)
{
  TrSync *self = g_task_get_source_object (task);

  tr_store_outbox_peek_async (tr_sync_get_store (self), NULL, peeked_cb, g_object_ref (task));
}

void
tr_sync_push_async (TrSync              *self,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, tr_sync_push_async);
  next_operation (task);
}

gboolean
tr_sync_push_finish (TrSync        *self,
                     GAsyncResult  *result,
                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
