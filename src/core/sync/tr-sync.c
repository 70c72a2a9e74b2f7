/* tr-sync.c
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

/* TrSync: the sync engine of one account. A run replays the outbox in
 * order (tr-sync-push.c) and, only once nothing is left to send, pulls
 * the server's changes (tr-sync-pull.c): pulling while an attempted
 * create is in doubt could cache the very object the create made, which
 * the exactly-once rule (tr-sync-reconcile.c) must find uncached.
 *
 * Runs start on demand, every #TrSync:interval seconds, when the network
 * monitor reports the network back, and after a transient failure with
 * an exponential backoff starting at #TrSync:retry-delay. Concurrent
 * requests for a run join the current one, or the next one if it is past
 * its start.
 *
 * A run ends when the list is complete and current; the details to keep
 * offline are then read in the background (tr-sync-hydrate.c,
 * #TrSync:hydrating), beside later runs. */

struct _TrSync
{
  GObject          parent_instance;

  TrClient        *client;
  TrStore         *store;
  GNetworkMonitor *monitor;
  GCancellable    *cancellable;

  TrSyncState      state;
  gboolean         online;
  double           progress;
  char            *last_error;
  guint            interval;
  guint            retry_delay;
  guint            backoff;

  guint            timer_id;
  guint            retry_id;
  guint            change_id;
  gulong           network_handler;
  gulong           store_handler;
  gboolean         push_on_change;

  gboolean         running;
  gboolean         want_full;
  gboolean         hydrating;
  TrSyncHydrator  *hydrator;
  GPtrArray       *current;
  GPtrArray       *pending;
};

G_DEFINE_ENUM_TYPE (TrSyncState, tr_sync_state,
                    G_DEFINE_ENUM_VALUE (TR_SYNC_STATE_IDLE, "idle"),
                    G_DEFINE_ENUM_VALUE (TR_SYNC_STATE_SYNCING, "syncing"),
                    G_DEFINE_ENUM_VALUE (TR_SYNC_STATE_OFFLINE, "offline"),
                    G_DEFINE_ENUM_VALUE (TR_SYNC_STATE_ERROR, "error"))

G_DEFINE_FINAL_TYPE (TrSync, tr_sync, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CLIENT,
  PROP_STORE,
  PROP_NETWORK_MONITOR,
  PROP_STATE,
  PROP_ONLINE,
  PROP_PROGRESS,
  PROP_LAST_ERROR,
  PROP_INTERVAL,
  PROP_RETRY_DELAY,
  PROP_PUSH_ON_CHANGE,
  PROP_HYDRATING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define DEFAULT_INTERVAL 300
#define DEFAULT_RETRY_DELAY 2000
#define CHANGE_DELAY_MS 300

static void start_run (TrSync *self);

static void
set_state (TrSync      *self,
           TrSyncState  state)
{
  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
set_online (TrSync   *self,
            gboolean  online)
{
  if (self->online == online)
    return;
  self->online = online;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ONLINE]);
}

static void
set_last_error (TrSync     *self,
                const char *message)
{
  if (g_strcmp0 (self->last_error, message) == 0)
    return;
  g_free (self->last_error);
  self->last_error = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_ERROR]);
}

void
tr_sync_set_progress (TrSync *self,
                      double  progress)
{
  progress = CLAMP (progress, 0.0, 1.0);
  if (self->progress == progress)
    return;
  self->progress = progress;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

TrSyncHydrator *
tr_sync_get_hydrator (TrSync *self)
{
  return self->hydrator;
}

void
tr_sync_set_hydrating (TrSync   *self,
                       gboolean  hydrating)
{
  if (self->hydrating == hydrating)
    return;
  self->hydrating = hydrating;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HYDRATING]);
}

/**
 * tr_sync_get_hydrating:
 * @self: a #TrSync
 *
 * Returns: whether details are being read in the background for offline
 *   use (see tr_sync_hydrate_async()); a pull does not wait for it
 */
gboolean
tr_sync_get_hydrating (TrSync *self)
{
  g_return_val_if_fail (TR_IS_SYNC (self), FALSE);
  return self->hydrating;
}

const char *
tr_sync_get_user_id (TrSync *self)
{
  return tr_authorizer_get_user_id (tr_client_get_authorizer (self->client));
}

char *
tr_sync_conflict_key (TrStoreEntityKind kind,
                      gint64            local_id)
{
  return g_strdup_printf ("sync.conflict.%d.%" G_GINT64_FORMAT, (int) kind, local_id);
}

/* Errors after which later operations would fail the same way: the
 * network, the server's health, the account. A refusal of one operation
 * (validation, permission, not found, workflow conflict) is not one. */
gboolean
tr_sync_error_stops_replay (const GError *error)
{
  if (error->domain != TR_API_ERROR)
    return TRUE;
  /* The engine only sends JSON it serialized itself: a body the server
   * could not read was damaged in transit (seen when a connection reset
   * makes the HTTP stack resend a PUT without its body). Retry later. */
  if (g_strcmp0 (tr_api_error_get_server_code (error), "invalidJson") == 0)
    return TRUE;
  return !(error->code == TR_API_ERROR_FORBIDDEN || error->code == TR_API_ERROR_NOT_FOUND ||
           error->code == TR_API_ERROR_CONFLICT || error->code == TR_API_ERROR_VALIDATION);
}

static gboolean
is_offline_error (const GError *error)
{
  return g_error_matches (error, TR_API_ERROR, TR_API_ERROR_NETWORK) ||
         g_error_matches (error, TR_SYNC_ERROR, TR_SYNC_ERROR_OFFLINE);
}

static gboolean
retry_cb (gpointer user_data)
{
  TrSync *self = user_data;

  self->retry_id = 0;
  tr_sync_run_async (self, NULL, NULL, NULL);
  return G_SOURCE_REMOVE;
}

/* Exponential backoff, but never sooner than the server's Retry-After. */
static void
schedule_retry (TrSync       *self,
                const GError *error)
{
  guint ceiling = MAX (self->interval, 1) * 1000;
  const char *retry_after = error->domain == TR_API_ERROR ? tr_api_error_get_retry_after (error) : NULL;
  guint delay;

  self->backoff = self->backoff == 0 ? self->retry_delay : MIN (self->backoff * 2, ceiling);
  delay = self->backoff;
  if (retry_after != NULL && g_ascii_isdigit (*retry_after))
    delay = MAX (delay, (guint) MIN (g_ascii_strtoull (retry_after, NULL, 10), 3600) * 1000);
  g_clear_handle_id (&self->retry_id, g_source_remove);
  self->retry_id = g_timeout_add (delay, retry_cb, self);
}

static void
record_outcome (TrSync       *self,
                const GError *error)
{
  g_autofree char *message = NULL;

  if (error == NULL)
    {
      self->backoff = 0;
      set_online (self, TRUE);
      set_last_error (self, NULL);
      return set_state (self, TR_SYNC_STATE_IDLE);
    }
  message = error->domain == TR_API_ERROR ? tr_api_error_describe (error) : g_strdup (error->message);
  set_last_error (self, message);
  if (is_offline_error (error))
    {
      set_online (self, FALSE);
      set_state (self, TR_SYNC_STATE_OFFLINE);
      return schedule_retry (self, error);
    }
  set_state (self, TR_SYNC_STATE_ERROR);
  if (error->domain == TR_API_ERROR && tr_api_error_is_transient (error))
    schedule_retry (self, error);
}

static void
end_run (TrSync       *self,
         const GError *error)
{
  g_autoptr(GPtrArray) done = g_steal_pointer (&self->current);

  self->running = FALSE;
  record_outcome (self, error);
  for (guint i = 0; i < done->len; i++)
    {
      GTask *task = g_ptr_array_index (done, i);

      if (error != NULL)
        g_task_return_error (task, g_error_copy (error));
      else
        g_task_return_boolean (task, TRUE);
    }
  if (self->pending->len > 0)
    start_run (self);
  g_object_unref (self);
}

static void
pulled_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  TrSync *self = TR_SYNC (source);
  g_autoptr(GError) error = NULL;

  /* The list is complete: read the details to keep offline, beside. */
  if (tr_sync_pull_finish (self, result, &error))
    tr_sync_hydrator_start (self->hydrator, NULL, NULL);
  end_run (self, error);
}

static void
pushed_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  TrSync *self = TR_SYNC (source);
  g_autoptr(GError) error = NULL;
  gboolean full = GPOINTER_TO_INT (user_data);

  if (!tr_sync_push_finish (self, result, &error))
    return end_run (self, error);
  tr_sync_hydrator_cancel (self->hydrator);
  tr_sync_pull_async (self, full, self->cancellable, pulled_cb, NULL);
}

static void
start_run (TrSync *self)
{
  gboolean full = self->want_full;

  self->running = TRUE;
  self->want_full = FALSE;
  self->current = g_steal_pointer (&self->pending);
  self->pending = g_ptr_array_new_with_free_func (g_object_unref);
  g_clear_handle_id (&self->retry_id, g_source_remove);
  set_state (self, TR_SYNC_STATE_SYNCING);
  g_object_ref (self);
  tr_sync_push_async (self, self->cancellable, pushed_cb, GINT_TO_POINTER (full));
}

/**
 * tr_sync_run_async:
 * @self: a #TrSync
 * @cancellable: (nullable): a cancellable
 * @callback: (nullable): completion callback
 * @user_data: data for @callback
 *
 * Replays the outbox, then pulls the changes made on the server since
 * the last pull (everything on the first run of an account). Joins the
 * next run if one is under way. Refused operations and conflicts do not
 * fail the run: they are recorded on their objects.
 */
void
tr_sync_run_async (TrSync              *self,
                   GCancellable        *cancellable,
                   GAsyncReadyCallback  callback,
                   gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (TR_IS_SYNC (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_sync_run_async);
  g_ptr_array_add (self->pending, task);
  if (!self->running)
    start_run (self);
}

/**
 * tr_sync_run_finish:
 *
 * Returns: %TRUE if the outbox was replayed and the pull done; %FALSE
 *   with @error set if the run stopped (offline: %TR_API_ERROR_NETWORK)
 */
gboolean
tr_sync_run_finish (TrSync        *self,
                    GAsyncResult  *result,
                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_sync_run_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
full_run_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!tr_sync_run_finish (TR_SYNC (source), result, &error))
    return g_task_return_error (task, error);
  g_task_return_boolean (task, TRUE);
}

/**
 * tr_sync_pull_full_async:
 * @self: a #TrSync
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * A run whose pull reads every request of the account (first sign-in),
 * reporting #TrSync:progress from 0 to 1.
 */
void
tr_sync_pull_full_async (TrSync              *self,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TR_IS_SYNC (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_sync_pull_full_async);
  self->want_full = TRUE;
  tr_sync_run_async (self, cancellable, full_run_cb, g_steal_pointer (&task));
}

gboolean
tr_sync_pull_full_finish (TrSync        *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_sync_pull_full_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
on_network_changed_cb (GNetworkMonitor *monitor,
                       gboolean         available,
                       TrSync          *self)
{
  if (!available)
    {
      set_online (self, FALSE);
      return;
    }
  if (!self->online || self->state == TR_SYNC_STATE_OFFLINE)
    tr_sync_run_async (self, NULL, NULL, NULL);
}

static gboolean
tick_cb (gpointer user_data)
{
  TrSync *self = user_data;

  if (!self->running)
    tr_sync_run_async (self, NULL, NULL, NULL);
  return G_SOURCE_CONTINUE;
}

static void
outbox_counted_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(TrSync) self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 queued = tr_store_outbox_count_finish (TR_STORE (source), result, &error);

  if (queued > 0 && !self->running && self->state != TR_SYNC_STATE_OFFLINE)
    tr_sync_run_async (self, NULL, NULL, NULL);
}

static gboolean
change_settled_cb (gpointer user_data)
{
  TrSync *self = user_data;

  self->change_id = 0;
  tr_store_outbox_count_async (self->store, self->cancellable, outbox_counted_cb, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

/* A local edit was saved: push it soon (edits in a burst share a run).
 * The engine's own writes during a run leave nothing queued, so they do
 * not start runs of their own. */
static void
on_store_changed_cb (TrStore *store,
                     int      kind,
                     gint64   local_id,
                     TrSync  *self)
{
  if (!self->push_on_change || self->running || self->change_id != 0)
    return;
  self->change_id = g_timeout_add (CHANGE_DELAY_MS, change_settled_cb, self);
}

gboolean
tr_sync_get_push_on_change (TrSync *self)
{
  g_return_val_if_fail (TR_IS_SYNC (self), FALSE);
  return self->push_on_change;
}

/**
 * tr_sync_set_push_on_change:
 * @self: a #TrSync
 * @push: whether local edits start a run by themselves (default %TRUE)
 */
void
tr_sync_set_push_on_change (TrSync   *self,
                            gboolean  push)
{
  g_return_if_fail (TR_IS_SYNC (self));

  push = !!push;
  if (self->push_on_change == push)
    return;
  self->push_on_change = push;
  if (!push)
    g_clear_handle_id (&self->change_id, g_source_remove);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUSH_ON_CHANGE]);
}

TrSync *
tr_sync_new (TrClient        *client,
             TrStore         *store,
             GNetworkMonitor *monitor)
{
  g_return_val_if_fail (TR_IS_CLIENT (client), NULL);
  g_return_val_if_fail (TR_IS_STORE (store), NULL);
  g_return_val_if_fail (!monitor || G_IS_NETWORK_MONITOR (monitor), NULL);

  return g_object_new (TR_TYPE_SYNC, "client", client, "store", store,
                       "network-monitor", monitor, NULL);
}

TrClient *
tr_sync_get_client (TrSync *self)
{
  g_return_val_if_fail (TR_IS_SYNC (self), NULL);
  return self->client;
}

TrStore *
tr_sync_get_store (TrSync *self)
{
  g_return_val_if_fail (TR_IS_SYNC (self), NULL);
  return self->store;
}

TrSyncState
tr_sync_get_state (TrSync *self)
{
  g_return_val_if_fail (TR_IS_SYNC (self), TR_SYNC_STATE_IDLE);
  return self->state;
}

gboolean
tr_sync_get_online (TrSync *self)
{
  g_return_val_if_fail (TR_IS_SYNC (self), FALSE);
  return self->online;
}

double
tr_sync_get_progress (TrSync *self)
{
  g_return_val_if_fail (TR_IS_SYNC (self), 0.0);
  return self->progress;
}

const char *
tr_sync_get_last_error (TrSync *self)
{
  g_return_val_if_fail (TR_IS_SYNC (self), NULL);
  return self->last_error;
}

guint
tr_sync_get_interval (TrSync *self)
{
  g_return_val_if_fail (TR_IS_SYNC (self), 0);
  return self->interval;
}

/**
 * tr_sync_set_interval:
 * @self: a #TrSync
 * @seconds: seconds between periodic runs, 0 for none
 */
void
tr_sync_set_interval (TrSync *self,
                      guint   seconds)
{
  g_return_if_fail (TR_IS_SYNC (self));

  if (self->interval == seconds)
    return;
  self->interval = seconds;
  g_clear_handle_id (&self->timer_id, g_source_remove);
  if (seconds > 0)
    self->timer_id = g_timeout_add_seconds (seconds, tick_cb, self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERVAL]);
}

guint
tr_sync_get_retry_delay (TrSync *self)
{
  g_return_val_if_fail (TR_IS_SYNC (self), 0);
  return self->retry_delay;
}

/**
 * tr_sync_set_retry_delay:
 * @self: a #TrSync
 * @milliseconds: the first delay before a run is retried after a
 *   transient failure; it doubles up to #TrSync:interval
 */
void
tr_sync_set_retry_delay (TrSync *self,
                         guint   milliseconds)
{
  g_return_if_fail (TR_IS_SYNC (self));

  milliseconds = MAX (milliseconds, 1);
  if (self->retry_delay == milliseconds)
    return;
  self->retry_delay = milliseconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RETRY_DELAY]);
}

static void
tr_sync_constructed (GObject *object)
{
  TrSync *self = TR_SYNC (object);

  G_OBJECT_CLASS (tr_sync_parent_class)->constructed (object);

  if (self->monitor == NULL)
    self->monitor = g_object_ref (g_network_monitor_get_default ());
  self->online = g_network_monitor_get_network_available (self->monitor);
  self->network_handler = g_signal_connect (self->monitor, "network-changed",
                                            G_CALLBACK (on_network_changed_cb), self);
  self->store_handler = g_signal_connect (self->store, "changed", G_CALLBACK (on_store_changed_cb), self);
  self->hydrator = tr_sync_hydrator_new (self);
}

static void
tr_sync_dispose (GObject *object)
{
  TrSync *self = TR_SYNC (object);

  g_cancellable_cancel (self->cancellable);
  if (self->hydrator != NULL)
    tr_sync_hydrator_detach (self->hydrator);
  g_clear_pointer (&self->hydrator, tr_sync_hydrator_unref);
  g_clear_handle_id (&self->timer_id, g_source_remove);
  g_clear_handle_id (&self->retry_id, g_source_remove);
  g_clear_handle_id (&self->change_id, g_source_remove);
  g_clear_signal_handler (&self->network_handler, self->monitor);
  g_clear_signal_handler (&self->store_handler, self->store);
  g_clear_object (&self->monitor);
  g_clear_object (&self->client);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tr_sync_parent_class)->dispose (object);
}

static void
tr_sync_finalize (GObject *object)
{
  TrSync *self = TR_SYNC (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->last_error, g_free);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_pointer (&self->current, g_ptr_array_unref);

  G_OBJECT_CLASS (tr_sync_parent_class)->finalize (object);
}

static void
tr_sync_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  TrSync *self = TR_SYNC (object);

  switch (prop_id)
    {
    case PROP_CLIENT: g_value_set_object (value, self->client); break;
    case PROP_STORE: g_value_set_object (value, self->store); break;
    case PROP_NETWORK_MONITOR: g_value_set_object (value, self->monitor); break;
    case PROP_STATE: g_value_set_enum (value, self->state); break;
    case PROP_ONLINE: g_value_set_boolean (value, self->online); break;
    case PROP_PROGRESS: g_value_set_double (value, self->progress); break;
    case PROP_LAST_ERROR: g_value_set_string (value, self->last_error); break;
    case PROP_INTERVAL: g_value_set_uint (value, self->interval); break;
    case PROP_RETRY_DELAY: g_value_set_uint (value, self->retry_delay); break;
    case PROP_PUSH_ON_CHANGE: g_value_set_boolean (value, self->push_on_change); break;
    case PROP_HYDRATING: g_value_set_boolean (value, self->hydrating); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_sync_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  TrSync *self = TR_SYNC (object);

  switch (prop_id)
    {
    case PROP_CLIENT: self->client = g_value_dup_object (value); break;
    case PROP_STORE: self->store = g_value_dup_object (value); break;
    case PROP_NETWORK_MONITOR: self->monitor = g_value_dup_object (value); break;
    case PROP_INTERVAL: tr_sync_set_interval (self, g_value_get_uint (value)); break;
    case PROP_RETRY_DELAY: tr_sync_set_retry_delay (self, g_value_get_uint (value)); break;
    case PROP_PUSH_ON_CHANGE: tr_sync_set_push_on_change (self, g_value_get_boolean (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_properties (GObjectClass *object_class)
{
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags co = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  properties[PROP_CLIENT] = g_param_spec_object ("client", NULL, NULL, TR_TYPE_CLIENT, co);
  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, TR_TYPE_STORE, co);
  properties[PROP_NETWORK_MONITOR] = g_param_spec_object ("network-monitor", NULL, NULL,
                                                          G_TYPE_NETWORK_MONITOR, co);
  properties[PROP_STATE] = g_param_spec_enum ("state", NULL, NULL, TR_TYPE_SYNC_STATE,
                                              TR_SYNC_STATE_IDLE, ro);
  properties[PROP_ONLINE] = g_param_spec_boolean ("online", NULL, NULL, FALSE, ro);
  properties[PROP_PROGRESS] = g_param_spec_double ("progress", NULL, NULL, 0.0, 1.0, 0.0, ro);
  properties[PROP_LAST_ERROR] = g_param_spec_string ("last-error", NULL, NULL, NULL, ro);
  properties[PROP_INTERVAL] = g_param_spec_uint ("interval", NULL, NULL, 0, G_MAXUINT,
                                                 DEFAULT_INTERVAL, rw | G_PARAM_CONSTRUCT);
  properties[PROP_RETRY_DELAY] = g_param_spec_uint ("retry-delay", NULL, NULL, 1, G_MAXUINT,
                                                    DEFAULT_RETRY_DELAY, rw | G_PARAM_CONSTRUCT);
  properties[PROP_PUSH_ON_CHANGE] = g_param_spec_boolean ("push-on-change", NULL, NULL, TRUE,
                                                         rw | G_PARAM_CONSTRUCT);
  properties[PROP_HYDRATING] = g_param_spec_boolean ("hydrating", NULL, NULL, FALSE, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tr_sync_class_init (TrSyncClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = tr_sync_constructed;
  object_class->dispose = tr_sync_dispose;
  object_class->finalize = tr_sync_finalize;
  object_class->get_property = tr_sync_get_property;
  object_class->set_property = tr_sync_set_property;
  install_properties (object_class);
}

static void
tr_sync_init (TrSync *self)
{
  self->cancellable = g_cancellable_new ();
  self->pending = g_ptr_array_new_with_free_func (g_object_unref);
}
