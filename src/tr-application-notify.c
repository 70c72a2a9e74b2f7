/* tr-application-notify.c
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

#define G_LOG_DOMAIN "tr-application"

#include <glib/gi18n.h>

#include "tr-application-notify.h"
#include "tr-account-private.h"
#include "tr-application-private.h"
#include "tr-approval-poller.h"
#include "tr-preferences-window.h"
#include "tr-window-approve.h"

/* What the application does for the approver while it runs: one notifier
 * and one poller per signed-in account, their notices sent as desktop
 * notifications (when the `notifications` key allows), app.open-request
 * (the notifications' default action), the Preferences window, and the
 * hold that keeps polling once the last window is closed (when the
 * `background-sync` key allows). */

struct _TrApplicationNotify
{
  GHashTable *watches;          /* TrAccount → Watch */
  GHashTable *notice_accounts;  /* request id → TrAccount it was notified for */
  gboolean    held;
};

/* What the notifier already announced is kept in the account's cache. */
#define NOTIFIER_STATE_KEY "notifier-state"

typedef struct
{
  TrApplication    *app;
  TrAccount        *account;
  TrNotifier       *notifier;
  TrApprovalPoller *poller;
  GCancellable     *cancellable;
} Watch;

static void
watch_free (Watch *watch)
{
  g_cancellable_cancel (watch->cancellable);
  g_clear_object (&watch->cancellable);
  g_signal_handlers_disconnect_by_data (watch->notifier, watch);
  g_signal_handlers_disconnect_by_data (watch->poller, watch);
  tr_approval_poller_stop (watch->poller);
  g_clear_object (&watch->poller);
  g_clear_object (&watch->notifier);
  g_clear_object (&watch->account);
  g_free (watch);
}

static void
on_notice_cb (TrNotifier     *notifier,
              const TrNotice *notice,
              Watch          *watch)
{
  tr_application_send_notice (watch->app, watch->account, notice);
}

static void
on_state_saved_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!tr_store_meta_set_finish (TR_STORE (source), result, &error))
    g_debug ("Could not keep what was notified: %s", error->message);
}

/* The lists of the window follow what the poller saw change, and the
 * cache what the notifier announced. */
static void
on_polled_cb (TrApprovalPoller *poller,
              GListModel       *changed,
              Watch            *watch)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (watch->app));
  g_autofree char *state = tr_notifier_dup_state (watch->notifier);

  if (watch->account->store != NULL)
    tr_store_meta_set_async (watch->account->store, NOTIFIER_STATE_KEY, state, NULL, on_state_saved_cb, NULL);
  if (changed == NULL || g_list_model_get_n_items (changed) == 0)
    return;
  if (TR_IS_WINDOW (window) && tr_window_get_account (TR_WINDOW (window)) == watch->account)
    tr_window_refresh (TR_WINDOW (window));
}

typedef struct
{
  TrApprovalPoller *poller;
  GCancellable     *cancellable;
} StateLoad;

static void
on_state_loaded_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  StateLoad *load = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *state = tr_store_meta_get_finish (TR_STORE (source), result, &error);

  if (!g_cancellable_is_cancelled (load->cancellable))
    {
      if (state != NULL &&
          !tr_notifier_load_state (tr_approval_poller_get_notifier (load->poller), state, &error))
        g_debug ("Forgot what was notified: %s", error->message);
      tr_approval_poller_start (load->poller);
    }
  g_object_unref (load->poller);
  g_object_unref (load->cancellable);
  g_free (load);
}

/* Polls once the notifier knows what it announced in earlier runs. */
static void
start_polling (Watch *watch)
{
  StateLoad *load;

  if (watch->account->store == NULL)
    {
      tr_approval_poller_start (watch->poller);
      return;
    }

  load = g_new0 (StateLoad, 1);
  load->poller = g_object_ref (watch->poller);
  load->cancellable = g_object_ref (watch->cancellable);
  tr_store_meta_get_async (watch->account->store, NOTIFIER_STATE_KEY, watch->cancellable,
                           on_state_loaded_cb, load);
}

static Watch *
watch_new (TrApplication *self,
           TrAccount     *account)
{
  Watch *watch = g_new0 (Watch, 1);

  watch->app = self;
  watch->account = g_object_ref (account);
  watch->cancellable = g_cancellable_new ();
  watch->notifier = tr_notifier_new (NULL);
  if (self->settings != NULL)
    g_settings_bind (self->settings, "sync-interval", watch->notifier, "interval", G_SETTINGS_BIND_GET);
  watch->poller = tr_approval_poller_new (tr_account_get_client (account), watch->notifier, NULL);
  g_signal_connect (watch->notifier, "notice", G_CALLBACK (on_notice_cb), watch);
  g_signal_connect (watch->poller, "polled", G_CALLBACK (on_polled_cb), watch);
  start_polling (watch);
  return watch;
}

static void
forget_gone_accounts (TrApplication *self,
                      GHashTable    *present)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->notify->watches);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (present, key))
      g_hash_table_iter_remove (&iter);
  g_hash_table_iter_init (&iter, self->notify->notice_accounts);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (!g_hash_table_contains (present, value))
      g_hash_table_iter_remove (&iter);
}

/* One watch per account of the application, none for the others. */
static void
on_accounts_changed_cb (TrApplication *self)
{
  GListModel *accounts = G_LIST_MODEL (self->accounts);
  g_autoptr(GHashTable) present = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(TrAccount) account = g_list_model_get_item (accounts, i);

      g_hash_table_add (present, account);
      if (!g_hash_table_contains (self->notify->watches, account))
        g_hash_table_insert (self->notify->watches, account, watch_new (self, account));
    }
  forget_gone_accounts (self, present);
}

/**
 * tr_application_get_notifier:
 * @self: a #TrApplication
 * @account: one of its accounts
 *
 * Returns: (transfer none) (nullable): the notifier of @account
 */
TrNotifier *
tr_application_get_notifier (TrApplication *self,
                             TrAccount     *account)
{
  Watch *watch;

  g_return_val_if_fail (TR_IS_APPLICATION (self), NULL);

  if (self->notify == NULL || (watch = g_hash_table_lookup (self->notify->watches, account)) == NULL)
    return NULL;
  return watch->notifier;
}

/**
 * tr_application_send_notice:
 * @self: a #TrApplication
 * @account: (nullable): the account the notice is about
 * @notice: a notice of a #TrNotifier
 *
 * Sends @notice as a desktop notification, unless the user turned
 * notifications off.
 *
 * Returns: whether it was sent
 */
gboolean
tr_application_send_notice (TrApplication  *self,
                            TrAccount      *account,
                            const TrNotice *notice)
{
  g_autoptr(GNotification) notification = NULL;

  g_return_val_if_fail (TR_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (notice != NULL && notice->id != NULL, FALSE);

  if (self->settings != NULL && !g_settings_get_boolean (self->settings, "notifications"))
    return FALSE;

  if (self->notify != NULL && account != NULL && notice->request_id != NULL)
    g_hash_table_replace (self->notify->notice_accounts, g_strdup (notice->request_id),
                          g_object_ref (account));
  notification = tr_notice_to_notification (notice);
  g_application_send_notification (G_APPLICATION (self), notice->id, notification);
  return TRUE;
}

static gboolean
has_account (TrApplication *self,
             TrAccount     *account)
{
  return g_list_store_find (self->accounts, account, NULL);
}

/**
 * tr_application_open_request:
 * @self: a #TrApplication
 * @request_id: the id of a request on the server
 *
 * Shows the window and opens the request, in the account a notification
 * about it was sent for, else in the current one.
 */
void
tr_application_open_request (TrApplication *self,
                             const char    *request_id)
{
  TrAccount *account = NULL;
  TrWindow *window;

  g_return_if_fail (TR_IS_APPLICATION (self));
  g_return_if_fail (request_id != NULL);

  if (self->notify != NULL)
    account = g_hash_table_lookup (self->notify->notice_accounts, request_id);
  if (account != NULL && account != self->account && has_account (self, account))
    tr_application_set_current (self, account);

  window = tr_application_get_window (self);
  if (tr_window_get_account (window) != self->account)
    tr_window_set_account (window, self->account);
  gtk_window_present (GTK_WINDOW (window));
  if (self->account == NULL)
    tr_window_add_toast (window, adw_toast_new (_("Sign in to open this request")));
  else
    tr_window_open_request_id (window, request_id);
}

/* Actions */

static void
on_open_request_activated_cb (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  const char *request_id = g_variant_get_string (parameter, NULL);

  /* A notification of another version may carry anything. */
  if (*request_id == '\0')
    {
      g_debug ("app.open-request without a request id");
      return;
    }
  tr_application_open_request (TR_APPLICATION (user_data), request_id);
}

static void
on_preferences_activated_cb (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  TrApplication *self = TR_APPLICATION (user_data);
  TrPreferencesWindow *window;

  window = tr_preferences_window_new (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                      self->settings);
  gtk_window_present (GTK_WINDOW (window));
}

static const GActionEntry notify_actions[] = {
  { "open-request", on_open_request_activated_cb, "s" },
  { "preferences", on_preferences_activated_cb },
};

/* Background synchronisation */

/**
 * tr_application_get_held:
 * @self: a #TrApplication
 *
 * Returns: whether the application keeps running without a window, to
 *   go on polling
 */
gboolean
tr_application_get_held (TrApplication *self)
{
  g_return_val_if_fail (TR_IS_APPLICATION (self), FALSE);

  return self->notify != NULL && self->notify->held;
}

static void
release_hold (TrApplication *self)
{
  if (self->notify == NULL || !self->notify->held)
    return;
  self->notify->held = FALSE;
  g_application_release (G_APPLICATION (self));
}

static void
on_window_removed_cb (TrApplication *self)
{
  if (gtk_application_get_windows (GTK_APPLICATION (self)) != NULL || self->notify->held)
    return;
  if (self->settings == NULL || !g_settings_get_boolean (self->settings, "background-sync"))
    return;

  self->notify->held = TRUE;
  g_application_hold (G_APPLICATION (self));
}

static void
on_background_sync_changed_cb (TrApplication *self)
{
  if (!g_settings_get_boolean (self->settings, "background-sync"))
    release_hold (self);
}

void
tr_application_notify_startup (TrApplication *self)
{
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  self->notify = g_new0 (struct _TrApplicationNotify, 1);
  self->notify->watches = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) watch_free);
  self->notify->notice_accounts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  g_action_map_add_action_entries (G_ACTION_MAP (self), notify_actions, G_N_ELEMENTS (notify_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
  g_signal_connect_object (self->accounts, "items-changed", G_CALLBACK (on_accounts_changed_cb),
                           self, G_CONNECT_SWAPPED);
  /* A new window holds the application itself. */
  g_signal_connect (self, "window-added", G_CALLBACK (release_hold), NULL);
  g_signal_connect_after (self, "window-removed", G_CALLBACK (on_window_removed_cb), NULL);
  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed::background-sync",
                             G_CALLBACK (on_background_sync_changed_cb), self, G_CONNECT_SWAPPED);
  on_accounts_changed_cb (self);
}

void
tr_application_notify_shutdown (TrApplication *self)
{
  if (self->notify == NULL)
    return;

  release_hold (self);
  g_signal_handlers_disconnect_by_func (self, release_hold, NULL);
  g_signal_handlers_disconnect_by_func (self, on_window_removed_cb, NULL);
  g_signal_handlers_disconnect_by_func (self->accounts, on_accounts_changed_cb, self);
  g_clear_pointer (&self->notify->watches, g_hash_table_unref);
  g_clear_pointer (&self->notify->notice_accounts, g_hash_table_unref);
  g_clear_pointer (&self->notify, g_free);
}
