/* tr-sync-update.c
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

/* Before an update is sent, the server's current version is fetched and
 * merged with the local edit (tr-sync-merge.c). Only the fields the user
 * changed are sent. When the server moved since the edit's base, the
 * merged version and the new base are stored first (tr_store_merge_*),
 * and a field changed on both sides stops the operation as a conflict:
 * the operation is marked failed (which holds back later operations on
 * the object), both values are recorded under the conflict key in the
 * store's meta, and the object's state becomes CONFLICT until the user
 * chooses (tr_sync_resolve_conflict_async()). */

typedef struct
{
  TrStoreOutboxOp *op;
  JsonNode        *local;
  JsonNode        *base;
  JsonNode        *remote;
  JsonObject      *changes;
  JsonObject      *conflicts;
  TrSyncOutcome    outcome;
} UpdateData;

static void
update_data_free (gpointer data)
{
  UpdateData *d = data;

  g_clear_pointer (&d->op, tr_store_outbox_op_unref);
  g_clear_pointer (&d->local, json_node_unref);
  g_clear_pointer (&d->base, json_node_unref);
  g_clear_pointer (&d->remote, json_node_unref);
  g_clear_pointer (&d->changes, json_object_unref);
  g_clear_pointer (&d->conflicts, json_object_unref);
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

static gboolean
is_request (UpdateData *d)
{
  return d->op->entity_kind == TR_STORE_ENTITY_REQUEST;
}

static JsonNode *
last_modified (UpdateData *d,
               JsonNode   *node)
{
  const char *name = is_request (d) ? "lastModified" : "lastModifiedDate";

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return json_object_get_member (json_node_get_object (node), name);
}

static void
settled_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!tr_store_outbox_mark_done_finish (TR_STORE (source), result, &error))
    return g_task_return_error (task, error);
  g_task_return_pointer (task, NULL, NULL);
}

/* Returns the body to send, or settles an update that has nothing left
 * to send (the server already holds every local change). */
static void
return_changes (GTask *task)
{
  UpdateData *d = g_task_get_task_data (task);
  JsonNode *body;

  d->outcome = TR_SYNC_OUTCOME_DONE;
  if (json_object_get_size (d->changes) == 0)
    return tr_store_outbox_mark_done_async (task_store (task), d->op->seq, NULL, d->remote,
                                            NULL, settled_cb, g_object_ref (task));
  if (is_request (d))
    {
      body = json_node_new (JSON_NODE_OBJECT);
      json_node_set_object (body, d->changes);
    }
  else
    body = tr_sync_merge_expense_body (d->remote, d->changes);
  g_task_return_pointer (task, body, (GDestroyNotify) json_node_unref);
}

static void
merged_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  UpdateData *d = g_task_get_task_data (task);
  GError *error = NULL;
  gboolean ok;

  ok = is_request (d) ? tr_store_merge_request_finish (TR_STORE (source), result, &error)
                      : tr_store_merge_expense_finish (TR_STORE (source), result, &error);
  if (!ok)
    return g_task_return_error (task, error);
  if (d->conflicts != NULL)
    return g_task_return_pointer (task, NULL, NULL);
  return_changes (task);
}

static void
store_merge (GTask *task)
{
  UpdateData *d = g_task_get_task_data (task);
  g_autoptr(JsonNode) merged = tr_sync_merge_build (d->remote, d->changes, d->conflicts);
  gboolean conflict = d->conflicts != NULL;

  if (is_request (d))
    tr_store_merge_request_async (task_store (task), d->op->entity_local_id, merged, conflict,
                                  NULL, merged_cb, g_object_ref (task));
  else
    tr_store_merge_expense_async (task_store (task), d->op->entity_local_id, merged, conflict,
                                  NULL, merged_cb, g_object_ref (task));
}

static void
remote_kept_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  UpdateData *d = g_task_get_task_data (task);
  GError *error = NULL;

  if (is_request (d))
    tr_store_upsert_server_request_finish (TR_STORE (source), result, &error);
  else
    tr_store_upsert_server_expense_finish (TR_STORE (source), result, &error);
  if (error != NULL)
    return g_task_return_error (task, error);
  store_merge (task);
}

/* The server's version goes to the store's remote slot, then the merge
 * makes it the base. */
static void
keep_remote (GTask *task)
{
  UpdateData *d = g_task_get_task_data (task);

  if (is_request (d))
    tr_store_upsert_server_request_async (task_store (task), d->remote, NULL,
                                          remote_kept_cb, g_object_ref (task));
  else
    tr_store_upsert_server_expense_async (task_store (task), d->op->parent_server_id, d->remote,
                                          NULL, remote_kept_cb, g_object_ref (task));
}

static void
conflict_saved_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!tr_store_meta_set_finish (TR_STORE (source), result, &error))
    return g_task_return_error (task, error);
  keep_remote (task);
}

static void
held_back_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  UpdateData *d = g_task_get_task_data (task);
  g_autofree char *key = tr_sync_conflict_key (d->op->entity_kind, d->op->entity_local_id);
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *text = NULL;
  GError *error = NULL;

  if (!tr_store_outbox_mark_failed_finish (TR_STORE (source), result, &error))
    return g_task_return_error (task, error);
  json_node_set_object (node, d->conflicts);
  text = json_to_string (node, FALSE);
  tr_store_meta_set_async (TR_STORE (source), key, text, NULL, conflict_saved_cb, g_object_ref (task));
}

static char *
conflict_message (JsonObject *conflicts)
{
  g_autoptr(GList) names = json_object_get_members (conflicts);
  g_autoptr(GString) list = g_string_new (NULL);

  for (GList *l = names; l != NULL; l = l->next)
    g_string_append_printf (list, "%s%s", list->len > 0 ? ", " : "", (const char *) l->data);
  /* Translators: %s is a list of field names, such as “Name, Start date” */
  return g_strdup_printf (_("Changed both here and on the server: %s. Choose which values to keep."),
                          list->str);
}

static void
record_conflict (GTask *task)
{
  UpdateData *d = g_task_get_task_data (task);
  g_autofree char *message = conflict_message (d->conflicts);

  d->outcome = TR_SYNC_OUTCOME_CONFLICT;
  tr_store_outbox_mark_failed_async (task_store (task), d->op->seq, message, NULL,
                                     held_back_cb, g_object_ref (task));
}

/* An update attempted before without an outcome (lost answer, crash) may
 * have reached the server: the remote values equal to what it sent are
 * this device's own change, not someone else's, so they count as the
 * base and the merge does not report them as conflicts. */
static JsonNode *
effective_base (UpdateData *d)
{
  JsonNode *base = d->base != NULL ? d->base : d->remote;
  JsonNode *adjusted;
  JsonObjectIter iter;
  const char *name;
  JsonNode *sent;

  if (d->op->attempts == 0 || d->op->payload == NULL || !JSON_NODE_HOLDS_OBJECT (d->op->payload) ||
      !JSON_NODE_HOLDS_OBJECT (base))
    return json_node_ref (base);
  adjusted = tr_sync_json_copy (base);
  json_object_iter_init (&iter, json_node_get_object (d->op->payload));
  while (json_object_iter_next (&iter, &name, &sent))
    {
      JsonNode *remote = json_object_get_member (json_node_get_object (d->remote), name);

      if (remote != NULL && tr_sync_merge_values_equal (remote, sent))
        json_object_set_member (json_node_get_object (adjusted), name, tr_sync_json_copy (remote));
    }
  return adjusted;
}

static void
remote_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  UpdateData *d = g_task_get_task_data (task);
  g_autoptr(JsonNode) base = NULL;
  GError *error = NULL;
  gboolean moved;

  d->remote = tr_client_send_json_finish (TR_CLIENT (source), result, &error);
  if (d->remote != NULL && !JSON_NODE_HOLDS_OBJECT (d->remote))
    g_clear_pointer (&d->remote, json_node_unref);
  if (d->remote == NULL)
    return g_task_return_error (task, error != NULL ? error :
                                g_error_new_literal (TR_API_ERROR, TR_API_ERROR_BAD_RESPONSE,
                                                     _("The server returned no object")));
  moved = d->base != NULL && !tr_sync_merge_values_equal (last_modified (d, d->base),
                                                          last_modified (d, d->remote));
  base = effective_base (d);
  tr_sync_merge (d->op->entity_kind, base, d->local, d->remote, &d->changes, &d->conflicts);
  if (d->conflicts != NULL)
    return record_conflict (task);
  if (moved)
    return keep_remote (task);
  return_changes (task);
}

static void
fetch_remote (GTask *task)
{
  UpdateData *d = g_task_get_task_data (task);
  TrSync *self = task_sync (task);
  g_autofree char *path = g_strdup_printf (is_request (d) ? "requests/%s" : "expenses/%s",
                                           d->op->entity_server_id);

  if (d->local == NULL && d->op->payload != NULL)
    d->local = json_node_ref (d->op->payload);
  if (d->local == NULL || d->op->entity_server_id == NULL)
    return g_task_return_new_error (task, TR_SYNC_ERROR, TR_SYNC_ERROR_INVALID,
                                    _("The update has no object to send"));
  tr_client_send_json_async (tr_sync_get_client (self), "GET", path, NULL,
                             g_task_get_cancellable (task), remote_cb, g_object_ref (task));
}

static void
take_expense (UpdateData *d,
              GPtrArray  *expenses)
{
  for (guint i = 0; expenses != NULL && i < expenses->len; i++)
    {
      TrStoreExpenseRow *row = g_ptr_array_index (expenses, i);

      if (row->local_id != d->op->entity_local_id)
        continue;
      d->local = row->full != NULL ? json_node_ref (row->full) : NULL;
      d->base = row->base != NULL ? json_node_ref (row->base) : NULL;
    }
}

static void
row_cb (GObject      *source,
        GAsyncResult *result,
        gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  UpdateData *d = g_task_get_task_data (task);
  g_autoptr(TrStoreRequestRow) row = NULL;
  g_autoptr(GPtrArray) expenses = NULL;
  g_autoptr(GError) error = NULL;

  row = tr_store_get_request_finish (TR_STORE (source), result, &expenses, &error);
  if (row == NULL && !g_error_matches (error, TR_STORE_ERROR, TR_STORE_ERROR_NOT_FOUND))
    return g_task_return_error (task, g_steal_pointer (&error));
  if (row != NULL && is_request (d) && row->deleted)
    {
      /* Deleted here since: the delete that follows makes the update moot. */
      d->outcome = TR_SYNC_OUTCOME_DONE;
      return tr_store_outbox_mark_done_async (TR_STORE (source), d->op->seq, NULL, NULL,
                                              NULL, settled_cb, g_object_ref (task));
    }
  if (row != NULL && is_request (d))
    {
      d->local = row->full != NULL ? json_node_ref (row->full) : NULL;
      d->base = row->base != NULL ? json_node_ref (row->base) : NULL;
    }
  else if (row != NULL)
    take_expense (d, expenses);
  fetch_remote (task);
}

void
tr_sync_update_prepare_async (TrSync              *self,
                              TrStoreOutboxOp     *op,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  UpdateData *d = g_new0 (UpdateData, 1);
  gint64 request_id = op->entity_kind == TR_STORE_ENTITY_REQUEST ? op->entity_local_id
                                                                 : op->parent_local_id;

  g_task_set_source_tag (task, tr_sync_update_prepare_async);
  d->op = tr_store_outbox_op_ref (op);
  g_task_set_task_data (task, d, update_data_free);
  tr_store_get_request_async (tr_sync_get_store (self), request_id, NULL, row_cb,
                              g_steal_pointer (&task));
}

JsonNode *
tr_sync_update_prepare_finish (TrSync         *self,
                               GAsyncResult   *result,
                               TrSyncOutcome  *outcome,
                               GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_sync_update_prepare_async, NULL);

  *outcome = ((UpdateData *) g_task_get_task_data (G_TASK (result)))->outcome;
  return g_task_propagate_pointer (G_TASK (result), error);
}
