/* tr-application-accounts.c
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

#include "tr-account-store.h"
#include "tr-api-error.h"
#include "tr-application-private.h"
#include "tr-demo.h"

/* The accounts of the application: the switcher in the primary menu, the
 * keyring, the offline cache of each account, signing out, and the demo
 * accounts (Emma and Marc on the bundled tr-sandbox). */

static const struct
{
  const char *login;
  const char *name;
} demo_users[] = {
  { TR_DEMO_TRAVELER, N_("Emma Traveler (demo)") },
  { TR_DEMO_MANAGER, N_("Marc Manager (demo)") },
};

TrAccount *
tr_application_find_account (TrApplication *self,
                             const char    *key)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->accounts));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrAccount) account = g_list_model_get_item (G_LIST_MODEL (self->accounts), i);
      g_autofree char *account_key = tr_account_dup_key (account);

      if (g_strcmp0 (account_key, key) == 0)
        return account;
    }
  return NULL;
}

static gboolean
is_demo_login_signed_in (TrApplication *self,
                         const char    *login)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->accounts));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrAccount) account = g_list_model_get_item (G_LIST_MODEL (self->accounts), i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (account), "tr-demo-login"), login) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
append_account_items (TrApplication *self,
                      GMenu         *section)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->accounts));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrAccount) account = g_list_model_get_item (G_LIST_MODEL (self->accounts), i);
      g_autofree char *key = tr_account_dup_key (account);
      g_autoptr(GMenuItem) item = g_menu_item_new (tr_account_get_display_name (account), NULL);

      g_menu_item_set_action_and_target (item, "app.switch-account", "s", key);
      g_menu_append_item (section, item);
    }

  if (self->demo == NULL || !tr_demo_get_running (self->demo))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (demo_users); i++)
    {
      g_autoptr(GMenuItem) item = NULL;

      if (is_demo_login_signed_in (self, demo_users[i].login))
        continue;
      item = g_menu_item_new (_(demo_users[i].name), NULL);
      g_menu_item_set_action_and_target (item, "app.demo-user", "s", demo_users[i].login);
      g_menu_append_item (section, item);
    }
}

void
tr_application_update_accounts_menu (TrApplication *self)
{
  g_autoptr(GMenu) accounts = g_menu_new ();
  g_autoptr(GMenu) commands = g_menu_new ();
  GAction *switch_action = g_action_map_lookup_action (G_ACTION_MAP (self), "switch-account");
  GAction *sign_out = g_action_map_lookup_action (G_ACTION_MAP (self), "sign-out");
  g_autofree char *key = self->account != NULL ? tr_account_dup_key (self->account) : g_strdup ("");

  append_account_items (self, accounts);
  g_menu_append (commands, _("_Sign In to an Account…"), "app.sign-in");
  if (self->account != NULL)
    g_menu_append (commands, _("Sign _Out"), "app.sign-out");

  g_menu_remove_all (self->accounts_menu);
  if (g_menu_model_get_n_items (G_MENU_MODEL (accounts)) > 0)
    g_menu_append_section (self->accounts_menu, _("Accounts"), G_MENU_MODEL (accounts));
  g_menu_append_section (self->accounts_menu, NULL, G_MENU_MODEL (commands));

  if (switch_action != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (switch_action), g_variant_new_string (key));
  if (sign_out != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (sign_out), self->account != NULL);
}

void
tr_application_set_current (TrApplication *self,
                            TrAccount     *account)
{
  g_autofree char *key = account != NULL ? tr_account_dup_key (account) : g_strdup ("");

  g_set_object (&self->account, account);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-account-id", key);
  tr_application_update_accounts_menu (self);
  tr_window_set_account (tr_application_get_window (self), account);
}

/* Accounts */

static void
on_account_saved_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* Without a keyring, the account lasts for this session only. */
  if (!tr_account_store_save_finish (TR_ACCOUNT_STORE (source), result, &error))
    g_debug ("The account is not kept in the keyring: %s", error->message);
}

static void
remember_account (TrApplication *self,
                  TrAccount     *account)
{
  TrAuthorizer *authorizer = tr_account_get_authorizer (account);
  g_autofree char *refresh_token = tr_authorizer_dup_refresh_token (authorizer);
  g_autoptr(TrAccountRecord) record = NULL;

  /* The demo signs in again at each start, with a known password. */
  if (refresh_token == NULL || tr_authorizer_get_user_id (authorizer) == NULL ||
      g_object_get_data (G_OBJECT (account), "tr-demo-login") != NULL)
    return;

  record = tr_account_record_new (tr_authorizer_get_user_id (authorizer),
                                  tr_authorizer_get_base_url (authorizer),
                                  refresh_token,
                                  tr_authorizer_get_geolocation (authorizer),
                                  tr_account_get_display_name (account));
  tr_account_record_set_client (record, tr_authorizer_get_client_id (authorizer),
                                tr_account_get_client_secret (account));
  tr_account_store_save_async (self->account_store, record, NULL, on_account_saved_cb, NULL);
}

static void
on_cache_opened_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(TrApplication) self = user_data;
  g_autoptr(GError) error = NULL;

  /* Without its cache the account still works, online only. */
  if (!tr_account_open_cache_finish (TR_ACCOUNT (source), result, &error))
    g_debug ("The account has no offline cache: %s", error->message);
  tr_application_add_account (self, TR_ACCOUNT (source));
}

/* Opens the account's offline cache, then adds it. */
void
tr_application_add_signed_in (TrApplication *self,
                              TrAccount     *account)
{
  tr_account_open_cache_async (account, NULL, NULL, on_cache_opened_cb, g_object_ref (self));
}

/**
 * tr_application_add_account:
 * @self: a #TrApplication
 * @account: a signed-in account
 *
 * Adds @account to the switcher, keeps it in the keyring and shows it.
 */
void
tr_application_add_account (TrApplication *self,
                            TrAccount     *account)
{
  g_autofree char *key = NULL;
  TrAccount *existing;

  g_return_if_fail (TR_IS_APPLICATION (self));
  g_return_if_fail (TR_IS_ACCOUNT (account));

  key = tr_account_dup_key (account);
  existing = tr_application_find_account (self, key);
  if (existing == NULL)
    {
      g_list_store_append (self->accounts, account);
      remember_account (self, account);
    }
  tr_application_set_current (self, existing != NULL ? existing : account);
}

/* Restoring the accounts of the keyring at startup */

static void
on_restored_cache_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(TrApplication) self = user_data;
  TrAccount *account = TR_ACCOUNT (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *key = tr_account_dup_key (account);
  g_autofree char *last = self->settings != NULL ? g_settings_get_string (self->settings, "last-account-id") : NULL;

  if (!tr_account_open_cache_finish (account, result, &error))
    g_debug ("The account has no offline cache: %s", error->message);
  if (tr_application_find_account (self, key) != NULL)
    return;

  g_list_store_append (self->accounts, account);
  /* The account used last comes back on screen, or the first one. */
  if (self->account == NULL || g_strcmp0 (key, last) == 0)
    tr_application_set_current (self, account);
  else
    tr_application_update_accounts_menu (self);
}

static TrAccount *
account_of_record (const TrAccountRecord *record)
{
  g_autoptr(TrAuthorizer) authorizer = NULL;
  TrAccount *account;

  authorizer = tr_authorizer_new (TR_DATA_CENTER_CUSTOM, record->base_url,
                                  record->client_id, record->client_secret);
  tr_authorizer_restore (authorizer, record->refresh_token, record->geolocation, record->user_id);
  account = tr_account_new (authorizer, record->display_name);
  tr_account_set_client_secret (account, record->client_secret);
  return account;
}

static void
on_records_listed_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(TrApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = tr_account_store_list_finish (TR_ACCOUNT_STORE (source), result, &error);

  /* Without a keyring there is nothing to restore. */
  if (records == NULL)
    {
      g_debug ("No account restored: %s", error->message);
      return;
    }
  for (guint i = 0; i < records->len; i++)
    {
      const TrAccountRecord *record = g_ptr_array_index (records, i);
      g_autoptr(TrAccount) account = NULL;

      if (!tr_account_record_can_restore (record))
        {
          g_debug ("The account %s must sign in again", record->user_id);
          continue;
        }
      account = account_of_record (record);
      tr_account_open_cache_async (account, NULL, NULL, on_restored_cache_cb, g_object_ref (self));
    }
}

/**
 * tr_application_restore_accounts:
 * @self: a #TrApplication
 *
 * Brings back every account kept in the keyring (each with its offline
 * cache) without signing in again; the one used last is shown.
 */
void
tr_application_restore_accounts (TrApplication *self)
{
  g_return_if_fail (TR_IS_APPLICATION (self));

  tr_account_store_list_async (self->account_store, NULL, on_records_listed_cb, g_object_ref (self));
}

static void
on_account_deleted_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!tr_account_store_delete_finish (TR_ACCOUNT_STORE (source), result, &error))
    g_debug ("Could not remove the account from the keyring: %s", error->message);
}

/**
 * tr_application_sign_out:
 * @self: a #TrApplication
 *
 * Signs the current account out: forgets its tokens, removes its keyring
 * item and its offline cache, and shows the next account or the welcome page.
 */
void
tr_application_sign_out (TrApplication *self)
{
  g_autoptr(TrAccount) account = NULL;
  g_autoptr(TrAccount) next = NULL;
  TrAuthorizer *authorizer;
  guint position;

  g_return_if_fail (TR_IS_APPLICATION (self));

  if (self->account == NULL)
    return;

  account = g_object_ref (self->account);
  authorizer = tr_account_get_authorizer (account);
  if (tr_authorizer_get_user_id (authorizer) != NULL)
    tr_account_store_delete_async (self->account_store, tr_authorizer_get_user_id (authorizer),
                                   tr_authorizer_get_base_url (authorizer), NULL,
                                   on_account_deleted_cb, NULL);
  tr_authorizer_sign_out (authorizer);
  tr_account_delete_cache (account);
  if (g_object_get_data (G_OBJECT (account), "tr-demo-login") != NULL)
    g_hash_table_remove (self->demo_accounts, g_object_get_data (G_OBJECT (account), "tr-demo-login"));
  if (g_list_store_find (self->accounts, account, &position))
    g_list_store_remove (self->accounts, position);
  next = g_list_model_get_item (G_LIST_MODEL (self->accounts), 0);
  tr_application_set_current (self, next);
}

GMenuModel *
tr_application_get_accounts_menu (TrApplication *self)
{
  g_return_val_if_fail (TR_IS_APPLICATION (self), NULL);

  return G_MENU_MODEL (self->accounts_menu);
}

/**
 * tr_application_get_accounts:
 * @self: a #TrApplication
 *
 * Returns: (transfer none): the signed-in #TrAccounts
 */
GListModel *
tr_application_get_accounts (TrApplication *self)
{
  g_return_val_if_fail (TR_IS_APPLICATION (self), NULL);

  return G_LIST_MODEL (self->accounts);
}

TrAccount *
tr_application_get_account (TrApplication *self)
{
  g_return_val_if_fail (TR_IS_APPLICATION (self), NULL);

  return self->account;
}

/* Demo */

static const char *
demo_user_name (const char *login)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_users); i++)
    if (g_str_equal (demo_users[i].login, login))
      return _(demo_users[i].name);
  return login;
}

static void
on_demo_cache_opened_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(TrApplication) self = user_data;
  TrAccount *account = TR_ACCOUNT (source);
  g_autoptr(GError) error = NULL;

  if (!tr_account_open_cache_finish (account, result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      g_debug ("The demo account has no offline cache: %s", error->message);
    }
  g_object_set_data (G_OBJECT (account), "tr-demo-cache-done", GINT_TO_POINTER (TRUE));
  /* Signed in before its cache opened: it syncs now. */
  if (!tr_account_get_detached (account) && account == self->account)
    tr_window_refresh (tr_application_get_window (self));
}

typedef struct
{
  TrApplication *self;
  char          *login;
} OpenCache;

static void
open_cache_free (OpenCache *open)
{
  g_object_unref (open->self);
  g_free (open->login);
  g_free (open);
}

static gboolean
on_open_demo_cache_cb (gpointer user_data)
{
  OpenCache *open = user_data;
  TrApplication *self = open->self;
  TrAccount *account = g_hash_table_lookup (self->demo_accounts, open->login);
  g_autofree char *path = NULL;

  /* Signed out meanwhile, or the app is shutting down. */
  if (account == NULL || self->demo == NULL || g_cancellable_is_cancelled (self->cancellable))
    return G_SOURCE_REMOVE;
  path = tr_demo_dup_store_path (self->demo, open->login);
  tr_account_open_cache_async (account, path, self->cancellable, on_demo_cache_opened_cb, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

/* The account of a demo user: made before signing in and shown from its
 * offline cache (whose place does not depend on tr-sandbox's port) while
 * tr-sandbox starts. Its listing is read at once; the cache itself, whose
 * opening checks the whole file, opens once the first frame is drawn. */
static TrAccount *
ensure_demo_account (TrApplication *self,
                     const char    *login)
{
  TrAccount *account = g_hash_table_lookup (self->demo_accounts, login);
  g_autofree char *key = NULL;
  g_autofree char *path = NULL;
  OpenCache *open;

  if (account != NULL)
    return account;

  key = tr_demo_dup_account_key (login);
  account = tr_account_new_detached (key, demo_user_name (login));
  g_object_set_data_full (G_OBJECT (account), "tr-demo-login", g_strdup (login), g_free);
  g_hash_table_insert (self->demo_accounts, g_strdup (login), account);
  path = tr_demo_dup_store_path (self->demo, login);
  tr_account_read_cache_ahead (account, path);
  open = g_new0 (OpenCache, 1);
  open->self = g_object_ref (self);
  open->login = g_strdup (login);
  g_idle_add_full (G_PRIORITY_LOW, on_open_demo_cache_cb, open, (GDestroyNotify) open_cache_free);
  return account;
}

static void
on_demo_signed_in_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(TrApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TrAuthorizer) authorizer = NULL;
  g_autofree char *login = NULL;
  g_autofree char *message = NULL;
  TrAccount *account;

  authorizer = tr_demo_sign_in_finish (TR_DEMO (source), result, &error);
  login = g_strdup (g_object_get_data (G_OBJECT (source), "tr-pending-login"));
  if (authorizer == NULL)
    {
      message = error->domain == TR_API_ERROR ? tr_api_error_describe (error) : g_strdup (error->message);
      tr_application_show_error (self, message);
      return;
    }

  account = g_object_ref (ensure_demo_account (self, login));
  tr_account_attach (account, authorizer);
  tr_application_add_account (self, account);
  /* Before its cache opened, it syncs once the cache is open. */
  if (g_object_get_data (G_OBJECT (account), "tr-demo-cache-done") != NULL)
    tr_window_refresh (tr_application_get_window (self));
  g_object_unref (account);
}

static void
sign_in_demo_user (TrApplication *self,
                   const char    *login)
{
  char *pending = g_strdup (login);

  /* login may be the old "tr-pending-login" value, freed here. */
  g_object_set_data_full (G_OBJECT (self->demo), "tr-pending-login", pending, g_free);
  tr_demo_sign_in_async (self->demo, pending, NULL, on_demo_signed_in_cb, g_object_ref (self));
}

static void
on_demo_started_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(TrApplication) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!tr_demo_start_finish (TR_DEMO (source), result, &error))
    {
      tr_application_show_error (self, error->message);
      return;
    }

  sign_in_demo_user (self, g_object_get_data (G_OBJECT (source), "tr-pending-login"));
}

static void
on_legacy_removed_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  int removed = tr_demo_remove_legacy_stores_finish (result, &error);

  if (removed < 0 && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("Could not remove the old demo stores: %s", error->message);
  else if (removed > 0)
    g_debug ("Removed %d old demo stores", removed);
}

static gboolean
on_remove_legacy_timeout_cb (gpointer user_data)
{
  TrApplication *self = user_data;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "travel-requests", NULL);

  tr_demo_remove_legacy_stores_async (dir, self->cancellable, on_legacy_removed_cb, NULL);
  return G_SOURCE_REMOVE;
}

static void
on_demo_running_cb (TrApplication *self)
{
  tr_application_update_accounts_menu (self);
}

static gboolean
ensure_demo (TrApplication *self,
             gboolean       quiet)
{
  g_autofree char *sandbox = NULL;
  g_autofree char *database = NULL;

  if (self->demo != NULL)
    return TRUE;

  sandbox = tr_demo_find_sandbox ();
  if (sandbox == NULL)
    {
      if (!quiet)
        tr_application_show_error (self, _("The demo is not available: the tr-sandbox program is not installed."));
      return FALSE;
    }
  database = tr_demo_default_database ();
  self->demo = tr_demo_new (sandbox, database);
  g_signal_connect_object (self->demo, "notify::running", G_CALLBACK (on_demo_running_cb),
                           self, G_CONNECT_SWAPPED);
  /* Earlier versions left one store per start: removed once, later on. */
  g_timeout_add_seconds_full (G_PRIORITY_LOW, 3, on_remove_legacy_timeout_cb,
                              g_object_ref (self), g_object_unref);
  return TRUE;
}

static void
start_demo_server (TrApplication *self)
{
  tr_demo_start_async (self->demo, NULL, on_demo_started_cb, g_object_ref (self));
}

static void
on_first_paint_cb (GdkFrameClock *clock,
                   TrApplication *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_paint_cb, self);
  start_demo_server (self);
}

static void
on_window_mapped_cb (GtkWidget     *window,
                     TrApplication *self)
{
  g_signal_handlers_disconnect_by_func (window, on_window_mapped_cb, self);
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (on_first_paint_cb), self, 0);
}

/* At startup the cache shows first: tr-sandbox is spawned (and its
 * sign-in starts) once the window has painted its first frame, so neither
 * delays it. Later (the "Try the demo" button) it starts at once. */
static void
start_demo_server_after_paint (TrApplication *self)
{
  GtkWidget *window = GTK_WIDGET (tr_application_get_window (self));

  if (window == NULL || gtk_widget_get_mapped (window))
    start_demo_server (self);
  else
    g_signal_connect_object (window, "map", G_CALLBACK (on_window_mapped_cb), self, 0);
}

/**
 * tr_application_start_demo:
 * @self: a #TrApplication
 * @login: (nullable): the demo user, %TR_DEMO_TRAVELER when %NULL
 *
 * Shows the demo user's cached requests at once, starts the bundled
 * tr-sandbox if it does not run yet, and signs in; the account then syncs.
 */
void
tr_application_start_demo (TrApplication *self,
                           const char    *login)
{
  g_return_if_fail (TR_IS_APPLICATION (self));

  if (!ensure_demo (self, FALSE))
    return;

  if (login == NULL)
    login = TR_DEMO_TRAVELER;
  tr_window_show_progress (tr_application_get_window (self), _("Starting the Demo…"));
  /* Shown at once, from what its cache holds. */
  tr_application_add_account (self, ensure_demo_account (self, login));
  g_object_set_data_full (G_OBJECT (self->demo), "tr-pending-login", g_strdup (login), g_free);
  start_demo_server_after_paint (self);
}


/**
 * tr_application_prepare_demo:
 * @self: a #TrApplication
 *
 * Opens Emma's demo cache and reads its listing ahead, on other threads,
 * while the toolkit starts and the window is built; called at startup
 * when the app opens into the demo. Without tr-sandbox it does nothing
 * (tr_application_start_demo() says why).
 */
void
tr_application_prepare_demo (TrApplication *self)
{
  g_return_if_fail (TR_IS_APPLICATION (self));

  if (ensure_demo (self, TRUE))
    ensure_demo_account (self, TR_DEMO_TRAVELER);
}
