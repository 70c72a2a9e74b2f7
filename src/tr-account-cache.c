/* tr-account-cache.c
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
#include "tr-api-error.h"
#include "tr-request-item.h"
#include "tr-startup-trace.h"

/* The offline cache of an account: a TrStore (SQLite) kept in step with
 * the server by a TrSync. Once open, refreshing runs the sync engine and
 * the list shows the cached requests, with their synchronisation state;
 * the requests waiting for the user's approval come from the server. */

static TrRequestSync
sync_of_row (const TrStoreRequestRow *row)
{
  switch (row->sync_state)
    {
    case TR_STORE_SYNC_STATE_LOCAL_ONLY:
      return TR_REQUEST_SYNC_LOCAL_ONLY;
    case TR_STORE_SYNC_STATE_PENDING:
      return TR_REQUEST_SYNC_WAITING;
    case TR_STORE_SYNC_STATE_CONFLICT:
      return TR_REQUEST_SYNC_CONFLICT;
    case TR_STORE_SYNC_STATE_FAILED:
      return TR_REQUEST_SYNC_FAILED;
    case TR_STORE_SYNC_STATE_SYNCED:
    default:
      return row->pending_action != NULL ? TR_REQUEST_SYNC_WAITING : TR_REQUEST_SYNC_SYNCED;
    }
}

static void
add_row_items (GHashTable *old_items,
               GPtrArray  *items,
               GPtrArray  *rows)
{
  for (guint i = 0; i < rows->len; i++)
    {
      TrStoreRequestRow *row = g_ptr_array_index (rows, i);
      g_autofree char *key = NULL;
      TrRequestItem *item;

      if (row->deleted)
        continue;
      if (g_hash_table_size (old_items) > 0)
        {
          key = g_strdup_printf ("local:%" G_GINT64_FORMAT, row->local_id);
          item = tr_account_reuse_row_item (old_items, key, row);
        }
      else
        item = tr_request_item_new_from_row (row);
      tr_request_item_set_sync (item, sync_of_row (row));
      tr_request_item_set_pending_action (item, row->pending_action);
      tr_request_item_set_to_approve (item, FALSE);
      g_ptr_array_add (items, item);
    }
}

static void
show_rows (TrAccount *self,
           GPtrArray *rows)
{
  g_autoptr(GHashTable) old_items = tr_account_index_items (self);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint before;

  tr_startup_trace ("rows-listed");
  add_row_items (old_items, items, rows);
  before = items->len;
  tr_account_add_json_items (old_items, items, self->to_approve, TRUE);
  tr_startup_trace ("items-made");
  tr_account_splice (self, items, items->len - before);
  tr_startup_trace ("items-spliced");
}

/* Reload after ::changed */

static void
on_reloaded_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(TrAccount) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = tr_store_list_requests_finish (TR_STORE (source), result, &error);

  if (rows == NULL)
    g_debug ("Could not list the cached requests: %s", error->message);
  else if (self->store == TR_STORE (source))
    show_rows (self, rows);
}

static gboolean
on_reload_timeout_cb (gpointer user_data)
{
  TrAccount *self = TR_ACCOUNT (user_data);
  TrStoreQuery query = { 0 };

  self->reload_id = 0;
  if (self->store != NULL)
    tr_store_list_requests_async (self->store, &query, NULL, on_reloaded_cb, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

/* A burst of writes (a sync run) reloads the list once. */
static void
on_store_changed_cb (TrAccount *self)
{
  /* The first full pull lists everything at once when it ends. */
  if (!self->loaded)
    return;
  if (self->reload_id == 0)
    self->reload_id = g_timeout_add (100, on_reload_timeout_cb, self);
}

/* Refresh through the cache */

typedef struct
{
  GError   *sync_error;
  gboolean  full;
} CacheRefresh;

static void
cache_refresh_free (CacheRefresh *data)
{
  g_clear_error (&data->sync_error);
  g_free (data);
}

static void
on_listed_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TrAccount *self = g_task_get_source_object (task);
  CacheRefresh *data = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(GPtrArray) rows = tr_store_list_requests_finish (TR_STORE (source), result, &error);

  if (rows != NULL)
    show_rows (self, rows);
  if (data->sync_error != NULL)
    {
      g_clear_error (&error);
      error = g_steal_pointer (&data->sync_error);
    }
  tr_account_finish_refresh (task, error);
}

static void
list_cached (GTask *task)
{
  TrAccount *self = g_task_get_source_object (task);
  TrStoreQuery query = { 0 };
  GCancellable *cancellable = g_task_get_cancellable (task);

  tr_store_list_requests_async (self->store, &query, cancellable, on_listed_cb, task);
}

static void
on_to_approve_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  GTask *task = user_data;
  TrAccount *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  JsonArray *to_approve = tr_client_fetch_pages_finish (TR_CLIENT (source), result, &error);

  /* Travelers who approve nobody may be refused the approver view. */
  if (to_approve == NULL && g_error_matches (error, TR_API_ERROR, TR_API_ERROR_FORBIDDEN))
    to_approve = json_array_new ();
  if (to_approve != NULL)
    {
      g_clear_pointer (&self->to_approve, json_array_unref);
      self->to_approve = to_approve;
    }
  list_cached (task);
}

static void
on_synced_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GTask *task = user_data;
  TrAccount *self = g_task_get_source_object (task);
  CacheRefresh *data = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);

  if (data->full)
    tr_sync_pull_full_finish (TR_SYNC (source), result, &data->sync_error);
  else
    tr_sync_run_finish (TR_SYNC (source), result, &data->sync_error);

  if (data->sync_error != NULL)
    list_cached (task);
  else
    tr_client_fetch_pages_async (self->client, TO_APPROVE_PATH, cancellable, on_to_approve_cb, task);
}

static void
start_sync (GTask *task)
{
  TrAccount *self = g_task_get_source_object (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  CacheRefresh *data = g_task_get_task_data (task);

  /* A cache listed with requests syncs incrementally (the sync engine
   * pulls everything itself when the store was never pulled). */
  data->full = !self->loaded;
  if (data->full)
    tr_sync_pull_full_async (self->sync, cancellable, on_synced_cb, task);
  else
    tr_sync_run_async (self->sync, cancellable, on_synced_cb, task);
}

static void
cache_listed (GTask     *task,
              GPtrArray *rows)
{
  TrAccount *self = g_task_get_source_object (task);

  if (rows != NULL)
    {
      self->cache_listed = TRUE;
      /* An empty cache is not "loaded": the first pull fills it. */
      if (rows->len > 0)
        show_rows (self, rows);
    }
  if (self->detached || self->sync == NULL)
    {
      tr_account_set_syncing (self, FALSE);
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }
  start_sync (task);
}

static void
on_cache_listed_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  GTask *task = user_data;
  TrAccount *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = tr_store_list_requests_finish (TR_STORE (source), result, &error);

  if (rows == NULL)
    g_debug ("Could not list the cached requests: %s", error->message);
  cache_listed (task, self->store == TR_STORE (source) ? rows : NULL);
}

static void
list_cache (GTask *task)
{
  TrAccount *self = g_task_get_source_object (task);
  g_autoptr(GPtrArray) rows = g_steal_pointer (&self->read_ahead);
  TrStoreQuery query = { 0 };

  if (rows != NULL)
    cache_listed (task, rows);
  else if (self->reading_ahead)
    self->waiting_refresh = task;
  else if (self->store == NULL)
    cache_listed (task, NULL);
  else
    tr_store_list_requests_async (self->store, &query, g_task_get_cancellable (task),
                                  on_cache_listed_cb, task);
}

static void
on_read_ahead_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(TrAccount) self = user_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = tr_store_read_listing_finish (result, &error);

  tr_startup_trace ("read-ahead-done");

  /* Without it (a new, older or damaged file), the open store lists. */
  if (rows == NULL)
    g_debug ("The cached requests were not read ahead: %s", error->message);
  self->reading_ahead = FALSE;
  g_clear_pointer (&self->read_ahead, g_ptr_array_unref);
  self->read_ahead = rows;
  if (self->waiting_refresh != NULL)
    list_cache (g_steal_pointer (&self->waiting_refresh));
}

/* Lists the cache first (once per session: the list shows what is cached
 * before the network is tried), then runs the sync engine (a full pull
 * the first time) and lists the cache again; @task is a
 * tr_account_refresh_async() task. A detached account only lists. */
void
tr_account_cache_refresh (TrAccount *self,
                          GTask     *task)
{
  g_task_set_task_data (task, g_new0 (CacheRefresh, 1), (GDestroyNotify) cache_refresh_free);
  if (self->cache_listed && !self->detached && self->sync != NULL)
    start_sync (task);
  else
    list_cache (task);
}

void
tr_account_cache_dispose (TrAccount *self)
{
  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->sync);
  g_clear_object (&self->store);
  g_clear_pointer (&self->to_approve, json_array_unref);
}

/* Opening */

static void
on_sync_progress_cb (TrAccount *self)
{
  tr_account_set_progress (self, tr_sync_get_progress (self->sync));
}

/* (Re)creates the sync engine of the open cache on the account's client:
 * when the cache opens, and when a detached account is attached. */
void
tr_account_cache_attach (TrAccount *self)
{
  if (self->store == NULL)
    return;
  if (self->sync != NULL)
    g_signal_handlers_disconnect_by_data (self->sync, self);
  g_clear_object (&self->sync);
  if (self->detached)
    return;
  self->sync = tr_sync_new (self->client, self->store, g_network_monitor_get_default ());
  tr_sync_set_interval (self->sync, 0);
  g_signal_connect_object (self->sync, "notify::progress", G_CALLBACK (on_sync_progress_cb),
                           self, G_CONNECT_SWAPPED);
}

static void
on_store_opened_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TrAccount *self = g_task_get_source_object (task);
  GError *error = NULL;
  TrStore *store = tr_store_open_finish (result, &error);

  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* A listing read ahead of this file stays listed. */
  if (self->store != NULL)
    self->cache_listed = FALSE;
  tr_account_cache_dispose (self);
  self->store = store;
  tr_account_cache_attach (self);
  g_signal_connect_swapped (store, "changed", G_CALLBACK (on_store_changed_cb), self);
  tr_account_notify_cached (self);
  g_task_return_boolean (task, TRUE);
}

/**
 * tr_account_open_cache_async:
 * @self: a signed-in #TrAccount
 * @path: (nullable): the database, tr_store_default_path() when %NULL
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the cache is open
 * @user_data: data for @callback
 *
 * Opens the offline cache of the account. From then on refreshing runs
 * the sync engine, and the list shows the cached requests, even offline.
 * Its listing is read ahead meanwhile, for the first refresh to show it
 * at once.
 */
void
tr_account_open_cache_async (TrAccount           *self,
                             const char          *path,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *default_path = NULL;
  const char *user_id;

  g_return_if_fail (TR_IS_ACCOUNT (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_account_open_cache_async);
  user_id = tr_authorizer_get_user_id (self->authorizer);
  if (path == NULL && user_id == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               _("The account has no user id: sign in first"));
      return;
    }
  if (path == NULL)
    path = default_path = tr_store_default_path (tr_authorizer_get_base_url (self->authorizer), user_id);

  if (self->store == NULL && !self->cache_listed)
    tr_account_read_cache_ahead (self, path);
  tr_store_open_async (path, cancellable, on_store_opened_cb, g_steal_pointer (&task));
}

/**
 * tr_account_read_cache_ahead:
 * @self: a #TrAccount
 * @path: the database of its offline cache
 *
 * Reads the cached listing on a thread of its own, before (or while) the
 * cache opens: the first refresh lists it, even before the cache is open
 * (tr_account_open_cache_async() does it too, unless already done).
 */
void
tr_account_read_cache_ahead (TrAccount  *self,
                             const char *path)
{
  g_return_if_fail (TR_IS_ACCOUNT (self));
  g_return_if_fail (path != NULL);

  if (self->reading_ahead || self->read_ahead != NULL)
    return;
  self->reading_ahead = TRUE;
  tr_store_read_listing_async (path, NULL, on_read_ahead_cb, g_object_ref (self));
}

gboolean
tr_account_open_cache_finish (TrAccount     *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (TR_IS_ACCOUNT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_account_open_cache_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * tr_account_get_cached:
 * @self: a #TrAccount
 *
 * Returns: whether the offline cache is open
 */
gboolean
tr_account_get_cached (TrAccount *self)
{
  g_return_val_if_fail (TR_IS_ACCOUNT (self), FALSE);

  return self->store != NULL;
}

/**
 * tr_account_get_store:
 * @self: a #TrAccount
 *
 * Returns: (transfer none) (nullable): the offline cache, once open
 */
TrStore *
tr_account_get_store (TrAccount *self)
{
  g_return_val_if_fail (TR_IS_ACCOUNT (self), NULL);

  return self->store;
}

/**
 * tr_account_get_sync:
 * @self: a #TrAccount
 *
 * Returns: (transfer none) (nullable): the sync engine of the cache
 */
TrSync *
tr_account_get_sync (TrAccount *self)
{
  g_return_val_if_fail (TR_IS_ACCOUNT (self), NULL);

  return self->sync;
}

/**
 * tr_account_dup_cache_path:
 * @self: a #TrAccount
 *
 * Returns: (transfer full) (nullable): the database of the open cache
 */
char *
tr_account_dup_cache_path (TrAccount *self)
{
  g_return_val_if_fail (TR_IS_ACCOUNT (self), NULL);

  return self->store != NULL ? g_strdup (tr_store_get_path (self->store)) : NULL;
}

static void
on_deleted_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!g_file_delete_finish (G_FILE (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_debug ("Could not delete the cache: %s", error->message);
}

/**
 * tr_account_delete_cache:
 * @self: a #TrAccount
 *
 * Closes the offline cache and deletes its files (on sign-out).
 */
void
tr_account_delete_cache (TrAccount *self)
{
  static const char *suffixes[] = { "", "-wal", "-shm", "-journal" };
  g_autofree char *path = NULL;

  g_return_if_fail (TR_IS_ACCOUNT (self));

  path = tr_account_dup_cache_path (self);
  tr_account_cache_dispose (self);
  for (guint i = 0; path != NULL && i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (name);

      g_file_delete_async (file, G_PRIORITY_LOW, NULL, on_deleted_cb, NULL);
    }
}

