/* tr-sync-hydrate.c
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

/* Hydration: the offline promise. A pull leaves summaries; after each
 * successful pull the engine reads in the background, HYDRATE_BATCH
 * requests at a time, the full details of the requests a user is likely
 * to need offline (the store's list: active ones and those with local
 * changes). It is a stage of its own (#TrSync:hydrating,
 * tr_sync_hydrate_async()): a pull does not wait for it, and it never
 * holds up a later pull or the outbox, which run beside it (the store's
 * detail rules make that safe). A pull that ends while it runs makes it
 * list the wanted requests once more at the end of its round. An error
 * (offline…) ends it; the next pull starts it again. A pull interrupts
 * it (details read before the pull must not be stored after the pull's
 * summaries, which may be newer) and starts it again when it ends.
 *
 * The hydrator holds the client and the store but only a weak pointer to
 * the engine, so disposing the engine cancels it instead of waiting. */

#define HYDRATE_BATCH 4

struct _TrSyncHydrator
{
  gatomicrefcount  ref_count;
  TrSync          *sync;
  TrClient        *client;
  TrStore         *store;
  GCancellable    *cancellable;
  GPtrArray       *waiters;
  GPtrArray       *next_waiters;
  GPtrArray       *queue;
  guint            index;
  gboolean         running;
  gboolean         again;
  gboolean         restart;
};

TrSyncHydrator *
tr_sync_hydrator_new (TrSync *sync)
{
  TrSyncHydrator *self = g_new0 (TrSyncHydrator, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->sync = sync;
  self->client = g_object_ref (tr_sync_get_client (sync));
  self->store = g_object_ref (tr_sync_get_store (sync));
  self->waiters = g_ptr_array_new ();
  self->next_waiters = g_ptr_array_new ();
  return self;
}

static TrSyncHydrator *
hydrator_ref (TrSyncHydrator *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
tr_sync_hydrator_unref (TrSyncHydrator *self)
{
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_clear_object (&self->client);
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->queue, g_ptr_array_unref);
  g_ptr_array_unref (self->waiters);
  g_ptr_array_unref (self->next_waiters);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrSyncHydrator, tr_sync_hydrator_unref)

static void
finish (TrSyncHydrator *self,
        GError         *error)
{
  g_autoptr(GPtrArray) waiters = g_steal_pointer (&self->waiters);
  gboolean restart = self->restart && self->sync != NULL;

  self->waiters = g_steal_pointer (&self->next_waiters);
  self->next_waiters = g_ptr_array_new ();
  self->restart = FALSE;
  self->running = FALSE;
  self->again = FALSE;
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->queue, g_ptr_array_unref);
  if (self->sync != NULL)
    tr_sync_set_hydrating (self->sync, FALSE);
  for (guint i = 0; i < waiters->len; i++)
    {
      g_autoptr(GTask) task = g_ptr_array_index (waiters, i);

      if (error != NULL)
        g_task_return_error (task, g_error_copy (error));
      else
        g_task_return_boolean (task, TRUE);
    }
  g_clear_error (&error);
  if (restart)
    tr_sync_hydrator_start (self, NULL, NULL);
}

static void list_round (TrSyncHydrator *self);

static void next_batch (TrSyncHydrator *self);

static void
batch_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(TrSyncHydrator) self = user_data;
  GError *error = NULL;

  if (!tr_sync_details_fetch_finish (result, NULL, &error))
    return finish (self, error);
  next_batch (self);
}

static void
next_batch (TrSyncHydrator *self)
{
  g_autoptr(GPtrArray) batch = g_ptr_array_new ();
  GError *error = NULL;

  if (g_cancellable_set_error_if_cancelled (self->cancellable, &error))
    return finish (self, error);
  if (self->index >= self->queue->len)
    {
      if (self->again)
        return list_round (self);
      return finish (self, NULL);
    }
  while (self->index < self->queue->len && batch->len < HYDRATE_BATCH)
    g_ptr_array_add (batch, g_ptr_array_index (self->queue, self->index++));
  tr_sync_details_fetch_async (self->client, self->store, batch, self->cancellable,
                               batch_cb, hydrator_ref (self));
}

static void
listed_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(TrSyncHydrator) self = user_data;
  GError *error = NULL;

  g_clear_pointer (&self->queue, g_ptr_array_unref);
  self->queue = tr_store_list_details_wanted_finish (TR_STORE (source), result, &error);
  if (self->queue == NULL)
    return finish (self, error);
  self->index = 0;
  next_batch (self);
}

static void
list_round (TrSyncHydrator *self)
{
  self->again = FALSE;
  tr_store_list_details_wanted_async (self->store, self->cancellable, listed_cb, hydrator_ref (self));
}

/**
 * tr_sync_hydrator_start:
 * @self: the engine's hydrator
 * @waiter: (nullable) (transfer full): a task to return when it ends
 * @cancellable: (nullable): cancels the hydration if it starts now
 *
 * Starts a hydration, or asks the running one for another round.
 */
void
tr_sync_hydrator_start (TrSyncHydrator *self,
                        GTask          *waiter,
                        GCancellable   *cancellable)
{
  /* Started while a cancelled round winds down: a new one follows it. */
  if (self->running && g_cancellable_is_cancelled (self->cancellable))
    {
      if (waiter != NULL)
        g_ptr_array_add (self->next_waiters, waiter);
      self->restart = TRUE;
      return;
    }
  if (waiter != NULL)
    g_ptr_array_add (self->waiters, waiter);
  if (self->running)
    {
      self->again = TRUE;
      return;
    }
  self->running = TRUE;
  self->cancellable = cancellable != NULL ? g_object_ref (cancellable) : g_cancellable_new ();
  if (self->sync != NULL)
    tr_sync_set_hydrating (self->sync, TRUE);
  list_round (self);
}

void
tr_sync_hydrator_cancel (TrSyncHydrator *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

/* The engine goes away: stop, and never call it again. */
void
tr_sync_hydrator_detach (TrSyncHydrator *self)
{
  self->sync = NULL;
  tr_sync_hydrator_cancel (self);
}

/**
 * tr_sync_hydrate_async:
 * @self: a #TrSync
 * @cancellable: (nullable): cancels the hydration when this call starts
 *   it (joining a running one, it is ignored: see
 *   tr_sync_cancel_hydration())
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Reads the full details of the requests to keep offline (active ones,
 * and those with local changes) that the store holds only as summaries,
 * a few at a time. Runs after every successful pull by itself; this call
 * joins the running hydration, or starts one.
 */
void
tr_sync_hydrate_async (TrSync              *self,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (TR_IS_SYNC (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_sync_hydrate_async);
  tr_sync_hydrator_start (tr_sync_get_hydrator (self), task, cancellable);
}

/**
 * tr_sync_hydrate_finish:
 *
 * Returns: %TRUE when every wanted detail was read; %FALSE with @error set
 *   if the hydration stopped (cancelled: %G_IO_ERROR_CANCELLED)
 */
gboolean
tr_sync_hydrate_finish (TrSync        *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_sync_hydrate_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * tr_sync_cancel_hydration:
 * @self: a #TrSync
 *
 * Stops the running hydration, if any (its waiters get
 * %G_IO_ERROR_CANCELLED). The next pull starts a new one.
 */
void
tr_sync_cancel_hydration (TrSync *self)
{
  g_return_if_fail (TR_IS_SYNC (self));

  tr_sync_hydrator_cancel (tr_sync_get_hydrator (self));
}

static void
detail_read_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!tr_sync_details_fetch_finish (result, NULL, &error))
    return g_task_return_error (task, error);
  g_task_return_int (task, 1);
}

static void
detail_state_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  gboolean force = GPOINTER_TO_INT (g_task_get_task_data (task));
  gboolean current = FALSE;
  char *server_id = NULL;
  GError *error = NULL;

  if (!tr_store_get_detail_state_finish (TR_STORE (source), result, &current, &server_id, &error))
    return g_task_return_error (task, error);
  if (server_id == NULL || (current && !force))
    {
      g_free (server_id);
      return g_task_return_int (task, 0);
    }
  g_ptr_array_add (ids, server_id);
  tr_sync_details_fetch_async (tr_sync_get_client (g_task_get_source_object (task)), TR_STORE (source),
                               ids, g_task_get_cancellable (task), detail_read_cb, g_object_ref (task));
}

/**
 * tr_sync_fetch_detail_async:
 * @self: a #TrSync
 * @local_id: a cached request
 * @force: read it even if the store holds its current detail
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Makes the store hold the full detail of a request and its expected
 * expenses: when it holds only a summary, or a detail a later summary
 * showed stale (or always with @force), GETs both and stores them in one
 * batched call, with the usual upsert rules (local edits are kept). A
 * draft the server has not seen needs nothing. Calling it again changes
 * nothing more. Pages opening a request call it and reload once it
 * reports a fetch.
 */
void
tr_sync_fetch_detail_async (TrSync              *self,
                            gint64               local_id,
                            gboolean             force,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (TR_IS_SYNC (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_sync_fetch_detail_async);
  g_task_set_task_data (task, GINT_TO_POINTER (!!force), NULL);
  tr_store_get_detail_state_async (tr_sync_get_store (self), local_id, cancellable,
                                   detail_state_cb, task);
}

/**
 * tr_sync_fetch_detail_finish:
 * @fetched: (out) (optional): whether the detail was read (and stored)
 *
 * Returns: %TRUE if the store holds the current detail (or the request is
 *   a local draft); %FALSE with @error set otherwise (offline…)
 */
gboolean
tr_sync_fetch_detail_finish (TrSync        *self,
                             GAsyncResult  *result,
                             gboolean      *fetched,
                             GError       **error)
{
  GError *local_error = NULL;
  gssize value;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_sync_fetch_detail_async, FALSE);

  value = g_task_propagate_int (G_TASK (result), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (fetched != NULL)
    *fetched = value == 1;
  return TRUE;
}
