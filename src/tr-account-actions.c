/* tr-account-actions.c
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
 * along with this program.  If not, see <http://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tr-account"

#include <glib/gi18n.h>

#include "tr-account-private.h"

/* Workflow actions (submit, recall, …) and deletion of the user's requests.
 *
 * With the offline cache open, an action is queued in the store's outbox
 * and the sync engine sends it: offline it waits there, and the list says
 * what will happen ("Will be submitted"). Without the cache it is sent to
 * the server at once. */

G_DEFINE_QUARK (tr-account-error-quark, tr_account_error)

typedef struct
{
  TrRequestItem *item;
  char          *rel;
  gint64         local_id;
} ActionData;

static void
action_data_free (ActionData *data)
{
  g_clear_object (&data->item);
  g_free (data->rel);
  g_free (data);
}

static gboolean
uses_cache (TrAccount     *self,
            TrRequestItem *item)
{
  return self->store != NULL && tr_request_item_get_local_id (item) > 0;
}

static void
return_outcome (GTask             *task,
                TrAccountOutcome   outcome)
{
  g_task_return_int (task, outcome);
}

/* Where the queued action stands after the run the sync engine made. */
static void
on_row_read_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ActionData *data = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(TrStoreRequestRow) row = tr_store_get_request_finish (TR_STORE (source), result, NULL, &error);

  if (row == NULL)
    return g_task_return_error (task, error);
  /* The list reloads soon; the item says at once where the action is. */
  tr_request_item_set_pending_action (data->item, row->pending_action);
  if (row->pending_action == NULL && row->sync_state == TR_STORE_SYNC_STATE_SYNCED)
    tr_request_item_set_sync (data->item, TR_REQUEST_SYNC_SYNCED);
  if (row->sync_state == TR_STORE_SYNC_STATE_FAILED)
    return g_task_return_new_error (task, TR_ACCOUNT_ERROR, TR_ACCOUNT_ERROR_REFUSED, "%s",
                                    row->last_error ?: _("The server refused the change"));
  if (row->sync_state == TR_STORE_SYNC_STATE_CONFLICT)
    return g_task_return_new_error (task, TR_ACCOUNT_ERROR, TR_ACCOUNT_ERROR_CONFLICT, "%s",
                                    _("The request was changed here and on the server"));
  return_outcome (task, row->pending_action != NULL ? TR_ACCOUNT_OUTCOME_QUEUED
                                                    : TR_ACCOUNT_OUTCOME_DONE);
}

static void
on_run_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TrAccount *self = g_task_get_source_object (task);
  ActionData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  /* A failed run (offline) leaves the action queued: the row says so. */
  if (!tr_sync_run_finish (TR_SYNC (source), result, &error))
    g_debug ("The sync run after queueing %s stopped: %s", data->rel, error->message);
  if (self->store == NULL)
    return return_outcome (task, TR_ACCOUNT_OUTCOME_QUEUED);
  tr_store_get_request_async (self->store, data->local_id, NULL, on_row_read_cb, g_steal_pointer (&task));
}

static void
on_queued_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TrAccount *self = g_task_get_source_object (task);
  ActionData *data = g_task_get_task_data (task);
  GError *error = NULL;

  if (tr_store_queue_action_finish (TR_STORE (source), result, &error) <= 0)
    return g_task_return_error (task, error);

  tr_request_item_set_pending_action (data->item, data->rel);
  tr_request_item_set_sync (data->item, TR_REQUEST_SYNC_WAITING);
  if (self->sync == NULL || !tr_sync_get_online (self->sync))
    return return_outcome (task, TR_ACCOUNT_OUTCOME_QUEUED);
  tr_sync_run_async (self->sync, NULL, on_run_cb, g_steal_pointer (&task));
}

static void
on_action_sent_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TrAccount *self = g_task_get_source_object (task);
  GError *error = NULL;
  g_autoptr(JsonNode) node = tr_client_send_json_finish (TR_CLIENT (source), result, &error);

  if (error != NULL)
    return g_task_return_error (task, error);
  if (!self->syncing)
    tr_account_refresh_async (self, NULL, NULL, NULL);
  return_outcome (task, TR_ACCOUNT_OUTCOME_DONE);
}

/**
 * tr_account_run_action_async:
 * @self: a #TrAccount
 * @item: one of the user's requests
 * @rel: the operation's `rel`: `submit`, `recall`, `cancel`, `close`, …
 * @href: (nullable): the operation's `href`, used without the cache
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the action was sent or queued
 * @user_data: data for @callback
 *
 * Runs a workflow action. With the offline cache open it is queued in the
 * outbox, then the sync engine sends it if the server can be reached;
 * otherwise it is POSTed to @href.
 */
void
tr_account_run_action_async (TrAccount           *self,
                             TrRequestItem       *item,
                             const char          *rel,
                             const char          *href,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ActionData *data;

  g_return_if_fail (TR_IS_ACCOUNT (self));
  g_return_if_fail (TR_IS_REQUEST_ITEM (item));
  g_return_if_fail (rel != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_account_run_action_async);
  data = g_new0 (ActionData, 1);
  data->item = g_object_ref (item);
  data->rel = g_strdup (rel);
  data->local_id = tr_request_item_get_local_id (item);
  g_task_set_task_data (task, data, (GDestroyNotify) action_data_free);

  if (uses_cache (self, item))
    tr_store_queue_action_async (self->store, data->local_id, rel, NULL, cancellable,
                                 on_queued_cb, g_steal_pointer (&task));
  else if (href != NULL)
    tr_client_send_json_async (self->client, "POST", href, NULL, cancellable,
                               on_action_sent_cb, g_steal_pointer (&task));
  else
    g_task_return_new_error (task, TR_ACCOUNT_ERROR, TR_ACCOUNT_ERROR_INVALID,
                             _("The request does not offer this action"));
}

/**
 * tr_account_run_action_finish:
 * @self: a #TrAccount
 * @result: the result passed to the callback
 * @error: return location for an error
 *
 * Returns: whether the action was sent (%TR_ACCOUNT_OUTCOME_DONE) or waits
 *   in the outbox (%TR_ACCOUNT_OUTCOME_QUEUED); %TR_ACCOUNT_OUTCOME_FAILED
 *   with @error set when it was refused
 */
TrAccountOutcome
tr_account_run_action_finish (TrAccount     *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  GError *local_error = NULL;
  gssize outcome;

  g_return_val_if_fail (TR_IS_ACCOUNT (self), TR_ACCOUNT_OUTCOME_FAILED);
  g_return_val_if_fail (g_task_is_valid (result, self), TR_ACCOUNT_OUTCOME_FAILED);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_account_run_action_async,
                        TR_ACCOUNT_OUTCOME_FAILED);

  outcome = g_task_propagate_int (G_TASK (result), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return TR_ACCOUNT_OUTCOME_FAILED;
    }
  return (TrAccountOutcome) outcome;
}

/* Deleting */

/**
 * tr_account_set_hidden:
 * @self: a #TrAccount
 * @item: a listed request
 * @hidden: whether to leave it out of the list
 *
 * Hides a request about to be deleted (while its Undo toast is shown),
 * or shows it again. Reloads keep hidden requests out of the list.
 */
void
tr_account_set_hidden (TrAccount     *self,
                       TrRequestItem *item,
                       gboolean       hidden)
{
  g_autofree char *key = NULL;
  guint position;

  g_return_if_fail (TR_IS_ACCOUNT (self));
  g_return_if_fail (TR_IS_REQUEST_ITEM (item));

  key = tr_request_item_dup_key (item);
  if (key == NULL)
    return;
  if (hidden)
    {
      g_hash_table_add (self->hidden, g_steal_pointer (&key));
      if (g_list_store_find (self->requests, item, &position))
        g_list_store_remove (self->requests, position);
      return;
    }
  if (g_hash_table_remove (self->hidden, key) && !g_list_store_find (self->requests, item, &position))
    g_list_store_append (self->requests, item);
}

gboolean
tr_account_is_hidden (TrAccount *self,
                      gpointer   item)
{
  g_autofree char *key = NULL;

  /* Nothing is hidden but during a deletion's undo time. */
  if (g_hash_table_size (self->hidden) == 0)
    return FALSE;
  key = tr_request_item_dup_key (item);
  return key != NULL && g_hash_table_contains (self->hidden, key);
}

static void
on_store_deleted_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!tr_store_delete_request_finish (TR_STORE (source), result, &error))
    return g_task_return_error (task, error);
  g_task_return_boolean (task, TRUE);
}

static void
on_server_deleted_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  g_autoptr(JsonNode) node = tr_client_send_json_finish (TR_CLIENT (source), result, &error);

  if (error != NULL)
    return g_task_return_error (task, error);
  g_task_return_boolean (task, TRUE);
}

/**
 * tr_account_delete_request_async:
 * @self: a #TrAccount
 * @item: one of the user's requests
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when deleted
 * @user_data: data for @callback
 *
 * Deletes a request: in the offline cache (the sync engine deletes it on
 * the server, now or when online again), else with `DELETE /requests/{id}`.
 */
void
tr_account_delete_request_async (TrAccount           *self,
                                 TrRequestItem       *item,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  const char *id;

  g_return_if_fail (TR_IS_ACCOUNT (self));
  g_return_if_fail (TR_IS_REQUEST_ITEM (item));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_account_delete_request_async);
  id = tr_request_get_id (tr_request_item_get_request (item));
  if (uses_cache (self, item))
    tr_store_delete_request_async (self->store, tr_request_item_get_local_id (item), cancellable,
                                   on_store_deleted_cb, g_steal_pointer (&task));
  else if (id != NULL)
    {
      g_autofree char *path = g_strdup_printf ("requests/%s", id);

      tr_client_send_json_async (self->client, "DELETE", path, NULL, cancellable,
                                 on_server_deleted_cb, g_steal_pointer (&task));
    }
  else
    g_task_return_new_error (task, TR_ACCOUNT_ERROR, TR_ACCOUNT_ERROR_INVALID,
                             _("The request was never saved"));
}

gboolean
tr_account_delete_request_finish (TrAccount     *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (TR_IS_ACCOUNT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_account_delete_request_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
