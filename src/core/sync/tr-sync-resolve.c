/* tr-sync-resolve.c
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

#include <glib/gi18n-lib.h>

#include "tr-sync-private.h"

/* The user's side of conflicts and refusals: reading the two values of
 * each conflicting field, choosing, and retrying a refused operation.
 *
 * Resolving writes the chosen values as the local version (the server
 * version the conflict was found against is already the base), queues
 * them, and puts the operations held back by the conflict back in the
 * queue; the conflict record is removed last, so a crash in between
 * leaves a conflict the user can resolve again. */

typedef struct
{
  TrStoreEntityKind  kind;
  gint64             local_id;
  gint64             request_id;
  GHashTable        *choices;
  JsonObject        *conflicts;
  GArray            *failed;
  guint              index;
} ResolveData;

static void
resolve_data_free (gpointer data)
{
  ResolveData *d = data;

  g_clear_pointer (&d->choices, g_hash_table_unref);
  g_clear_pointer (&d->conflicts, json_object_unref);
  g_clear_pointer (&d->failed, g_array_unref);
  g_free (d);
}

static TrSync *
task_sync (GTask *task)
{
  return g_task_get_source_object (task);
}

static TrStore *
task_store (GTask *task)
{
  return tr_sync_get_store (task_sync (task));
}

static ResolveData *
resolve_data_new (TrStoreEntityKind  kind,
                  gint64             local_id,
                  GHashTable        *choices)
{
  ResolveData *d = g_new0 (ResolveData, 1);

  d->kind = kind;
  d->local_id = local_id;
  d->request_id = kind == TR_STORE_ENTITY_REQUEST ? local_id : 0;
  d->choices = choices != NULL ? g_hash_table_ref (choices) : NULL;
  d->failed = g_array_new (FALSE, FALSE, sizeof (gint64));
  return d;
}

static JsonObject *
parse_conflicts (const char  *text,
                 GError     **error)
{
  g_autoptr(JsonNode) node = text != NULL ? json_from_string (text, NULL) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error_literal (error, TR_SYNC_ERROR, TR_SYNC_ERROR_INVALID,
                           _("There is no conflict to resolve"));
      return NULL;
    }
  return json_object_ref (json_node_get_object (node));
}

static void
conflicts_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autofree char *text = NULL;
  JsonObject *conflicts;
  JsonNode *node;
  GError *error = NULL;

  text = tr_store_meta_get_finish (TR_STORE (source), result, &error);
  if (error != NULL)
    return g_task_return_error (task, error);
  if ((conflicts = parse_conflicts (text, &error)) == NULL)
    return g_task_return_error (task, error);
  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, conflicts);
  g_task_return_pointer (task, node, (GDestroyNotify) json_node_unref);
}

/**
 * tr_sync_get_conflicts_async:
 * @self: a #TrSync
 * @kind: request or expected expense
 * @local_id: the object in conflict
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Reads the conflicting fields of an object whose state is CONFLICT.
 */
void
tr_sync_get_conflicts_async (TrSync              *self,
                             TrStoreEntityKind    kind,
                             gint64               local_id,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *key = NULL;

  g_return_if_fail (TR_IS_SYNC (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_sync_get_conflicts_async);
  key = tr_sync_conflict_key (kind, local_id);
  tr_store_meta_get_async (tr_sync_get_store (self), key, cancellable, conflicts_read_cb,
                           g_steal_pointer (&task));
}

/**
 * tr_sync_get_conflicts_finish:
 *
 * Returns: (transfer full): a JSON object with, for each conflicting
 *   field, an object with its `base`, `local` and `remote` values (JSON
 *   null when absent), or %NULL with %TR_SYNC_ERROR_INVALID when the
 *   object has no conflict
 */
JsonNode *
tr_sync_get_conflicts_finish (TrSync        *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_sync_get_conflicts_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void retry_next (GTask *task);

static void
retried_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ResolveData *d = g_task_get_task_data (task);
  GError *error = NULL;

  if (!tr_store_outbox_retry_finish (TR_STORE (source), result, &error))
    return g_task_return_error (task, error);
  d->index++;
  retry_next (task);
}

static void
cleared_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!tr_store_meta_set_finish (TR_STORE (source), result, &error))
    return g_task_return_error (task, error);
  tr_sync_run_async (task_sync (task), NULL, NULL, NULL);
  g_task_return_boolean (task, TRUE);
}

/* Puts the held-back operations back in the queue, then forgets the
 * conflict record and starts a run. */
static void
retry_next (GTask *task)
{
  ResolveData *d = g_task_get_task_data (task);
  g_autofree char *key = NULL;

  if (d->index < d->failed->len)
    return tr_store_outbox_retry_async (task_store (task), g_array_index (d->failed, gint64, d->index),
                                        NULL, retried_cb, g_object_ref (task));
  key = tr_sync_conflict_key (d->kind, d->local_id);
  tr_store_meta_set_async (task_store (task), key, NULL, NULL, cleared_cb, g_object_ref (task));
}

static void
merged_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ResolveData *d = g_task_get_task_data (task);
  GError *error = NULL;
  gboolean ok;

  ok = d->kind == TR_STORE_ENTITY_REQUEST
    ? tr_store_merge_request_finish (TR_STORE (source), result, &error)
    : tr_store_merge_expense_finish (TR_STORE (source), result, &error);
  if (!ok)
    return g_task_return_error (task, error);
  retry_next (task);
}

static JsonNode *
local_version (ResolveData       *d,
               TrStoreRequestRow *row,
               GPtrArray         *expenses)
{
  if (d->kind == TR_STORE_ENTITY_REQUEST)
    return row->full;
  for (guint i = 0; expenses != NULL && i < expenses->len; i++)
    {
      TrStoreExpenseRow *expense = g_ptr_array_index (expenses, i);

      if (expense->local_id == d->local_id)
        return expense->full;
    }
  return NULL;
}

static void
row_cb (GObject      *source,
        GAsyncResult *result,
        gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ResolveData *d = g_task_get_task_data (task);
  g_autoptr(TrStoreRequestRow) row = NULL;
  g_autoptr(GPtrArray) expenses = NULL;
  g_autoptr(JsonNode) resolved = NULL;
  GError *error = NULL;

  row = tr_store_get_request_finish (TR_STORE (source), result, &expenses, &error);
  if (row == NULL)
    return g_task_return_error (task, error);
  resolved = tr_sync_merge_resolve (local_version (d, row, expenses), d->conflicts, d->choices, &error);
  if (resolved == NULL)
    return g_task_return_error (task, error);
  if (d->kind == TR_STORE_ENTITY_REQUEST)
    tr_store_merge_request_async (TR_STORE (source), d->local_id, resolved, FALSE, NULL,
                                  merged_cb, g_object_ref (task));
  else
    tr_store_merge_expense_async (TR_STORE (source), d->local_id, resolved, FALSE, NULL,
                                  merged_cb, g_object_ref (task));
}

static void
collect_failed (ResolveData *d,
                GPtrArray   *ops)
{
  for (guint i = 0; i < ops->len; i++)
    {
      TrStoreOutboxOp *op = g_ptr_array_index (ops, i);

      if (op->entity_kind != d->kind || op->entity_local_id != d->local_id ||
          op->state != TR_STORE_OP_STATE_FAILED)
        continue;
      g_array_append_val (d->failed, op->seq);
      if (op->entity_kind == TR_STORE_ENTITY_EXPENSE)
        d->request_id = op->parent_local_id;
    }
}

static void
ops_listed_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ResolveData *d = g_task_get_task_data (task);
  g_autoptr(GPtrArray) ops = NULL;
  GError *error = NULL;

  ops = tr_store_outbox_list_finish (TR_STORE (source), result, &error);
  if (ops == NULL)
    return g_task_return_error (task, error);
  collect_failed (d, ops);
  if (d->conflicts == NULL)
    return retry_next (task);
  if (d->request_id == 0)
    return g_task_return_new_error (task, TR_SYNC_ERROR, TR_SYNC_ERROR_INVALID,
                                    _("The conflicting change is no longer queued"));
  tr_store_get_request_async (TR_STORE (source), d->request_id, NULL, row_cb, g_object_ref (task));
}

static void
resolve_read_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ResolveData *d = g_task_get_task_data (task);
  g_autofree char *text = NULL;
  GError *error = NULL;

  text = tr_store_meta_get_finish (TR_STORE (source), result, &error);
  if (error != NULL)
    return g_task_return_error (task, error);
  if ((d->conflicts = parse_conflicts (text, &error)) == NULL)
    return g_task_return_error (task, error);
  tr_store_outbox_list_async (TR_STORE (source), NULL, ops_listed_cb, g_object_ref (task));
}

/**
 * tr_sync_resolve_conflict_async:
 * @self: a #TrSync
 * @kind: request or expected expense
 * @local_id: the object in conflict
 * @choices: (element-type utf8 TrSyncChoice): for each conflicting field
 *   (see tr_sync_get_conflicts_async()), which value to keep, stored with
 *   GINT_TO_POINTER()
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Records the user's choices as the local version, queues it and starts
 * a run. Every conflicting field needs a choice.
 */
void
tr_sync_resolve_conflict_async (TrSync              *self,
                                TrStoreEntityKind    kind,
                                gint64               local_id,
                                GHashTable          *choices,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *key = NULL;

  g_return_if_fail (TR_IS_SYNC (self));
  g_return_if_fail (choices != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_sync_resolve_conflict_async);
  g_task_set_task_data (task, resolve_data_new (kind, local_id, choices), resolve_data_free);
  key = tr_sync_conflict_key (kind, local_id);
  tr_store_meta_get_async (tr_sync_get_store (self), key, NULL, resolve_read_cb, g_steal_pointer (&task));
}

gboolean
tr_sync_resolve_conflict_finish (TrSync        *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_sync_resolve_conflict_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * tr_sync_retry_async:
 * @self: a #TrSync
 * @kind: request or expected expense
 * @local_id: an object whose change the server refused (state FAILED)
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * The retry action of a failed object: its refused operations go back in
 * the queue and a run starts. A conflict is resolved instead, with
 * tr_sync_resolve_conflict_async().
 */
void
tr_sync_retry_async (TrSync              *self,
                     TrStoreEntityKind    kind,
                     gint64               local_id,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TR_IS_SYNC (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_sync_retry_async);
  g_task_set_task_data (task, resolve_data_new (kind, local_id, NULL), resolve_data_free);
  tr_store_outbox_list_async (tr_sync_get_store (self), NULL, ops_listed_cb, g_steal_pointer (&task));
}

gboolean
tr_sync_retry_finish (TrSync        *self,
                      GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_sync_retry_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
