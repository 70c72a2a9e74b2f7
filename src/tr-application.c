/* tr-application.c
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
#include "tr-application-notify.h"
#include "tr-application-private.h"
#include "tr-demo.h"
#include "tr-settings.h"
#include "tr-startup-trace.h"
#include "tr-sign-in-dialog.h"
#include "tr-window.h"

/* The application: its accounts (the ones signed in, the current one and
 * the switcher in the primary menu), the demo mode and the keyring. */

G_DEFINE_FINAL_TYPE (TrApplication, tr_application, ADW_TYPE_APPLICATION)

TrWindow *
tr_application_get_window (TrApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (TR_IS_WINDOW (window))
    return TR_WINDOW (window);
  return tr_window_new (ADW_APPLICATION (self));
}

void
tr_application_show_error (TrApplication *self,
                           const char    *message)
{
  TrWindow *window = tr_application_get_window (self);

  tr_window_set_account (window, self->account);
  tr_window_add_toast (window, adw_toast_new (message));
}

/* Actions */

static void
on_about_activated_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Travel Requests authors", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-name", _("Travel Requests"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Travel Requests authors"),
                        "developers", developers,
                        "version", PACKAGE_VERSION,
                        "comments", _("Compose travel requests, follow their approval and approve your team’s trips, online or offline."),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
on_quit_activated_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
on_signed_in_cb (TrApplication  *self,
                 TrAuthorizer   *authorizer,
                 const char     *username,
                 TrSignInDialog *dialog)
{
  g_autoptr(TrAccount) account = tr_account_new (authorizer, username);

  /* Kept in the keyring with the account, to restore it at the next start. */
  tr_account_set_client_secret (account, tr_sign_in_dialog_get_client_secret (dialog));
  tr_application_add_signed_in (self, account);
}

static void
on_sign_in_activated_cb (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  TrApplication *self = TR_APPLICATION (user_data);
  TrSignInDialog *dialog = tr_sign_in_dialog_new (GTK_WINDOW (tr_application_get_window (self)));

  g_signal_connect_object (dialog, "signed-in", G_CALLBACK (on_signed_in_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_try_demo_activated_cb (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  tr_application_start_demo (TR_APPLICATION (user_data), TR_DEMO_TRAVELER);
}

static void
on_demo_user_activated_cb (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  tr_application_start_demo (TR_APPLICATION (user_data), g_variant_get_string (parameter, NULL));
}

static void
on_switch_account_activated_cb (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  TrApplication *self = TR_APPLICATION (user_data);
  TrAccount *account = tr_application_find_account (self, g_variant_get_string (parameter, NULL));

  if (account != NULL)
    tr_application_set_current (self, account);
}

static void
on_sign_out_activated_cb (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  tr_application_sign_out (TR_APPLICATION (user_data));
}

static void
on_help_activated_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  /* The guide's id is the base application id, also in development builds. */
  gtk_show_uri (parent, "help:io.github.travelrequests.TravelRequests", GDK_CURRENT_TIME);
}

static const GActionEntry app_actions[] = {
  { "about", on_about_activated_cb },
  { "help", on_help_activated_cb },
  { "quit", on_quit_activated_cb },
  { "sign-in", on_sign_in_activated_cb },
  { "try-demo", on_try_demo_activated_cb },
  { "demo-user", on_demo_user_activated_cb, "s" },
  { "switch-account", on_switch_account_activated_cb, "s", "''" },
  { "sign-out", on_sign_out_activated_cb },
};

static void
set_accels (GtkApplication *app)
{
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.help", { "F1", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.refresh", { "<Control>r", "F5", NULL } },
    { "win.show-list", { "<Alt>Left", NULL } },
    { "win.new-request", { "<Control>n", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (app, accels[i].action, accels[i].accels);
}

static gboolean
opens_into_demo (void)
{
  return g_strcmp0 (g_getenv ("TRAVEL_REQUESTS_DEMO"), "1") == 0;
}

static void
tr_application_startup (GApplication *application)
{
  TrApplication *self = TR_APPLICATION (application);

  tr_startup_trace ("app-startup");
  /* The demo's cache opens while the toolkit starts (cache first). */
  if (opens_into_demo ())
    tr_application_prepare_demo (self);

  G_APPLICATION_CLASS (tr_application_parent_class)->startup (application);
  tr_startup_trace ("gtk-started");

  g_action_map_add_action_entries (G_ACTION_MAP (application),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   application);
  set_accels (GTK_APPLICATION (application));
  self->settings = tr_settings_new ();
  tr_application_update_accounts_menu (self);
  tr_application_notify_startup (self);
  tr_startup_trace ("app-started");
}

static void
tr_application_activate (GApplication *application)
{
  TrApplication *self = TR_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));
  gboolean first = window == NULL;

  if (window == NULL)
    window = GTK_WINDOW (tr_window_new (ADW_APPLICATION (application)));
  tr_startup_trace ("window-new");

  /* The window shows its account's page from its first frame. */
  if (first)
    tr_application_restore_accounts (self);
  if (first && self->account == NULL && opens_into_demo ())
    tr_application_start_demo (self, TR_DEMO_TRAVELER);
  tr_startup_trace ("activated");
  gtk_window_present (window);
  tr_startup_trace ("window-presented");
}

static void
tr_application_shutdown (GApplication *application)
{
  TrApplication *self = TR_APPLICATION (application);

  tr_application_notify_shutdown (self);
  g_cancellable_cancel (self->cancellable);
  if (self->demo != NULL)
    tr_demo_stop (self->demo);

  G_APPLICATION_CLASS (tr_application_parent_class)->shutdown (application);
}

static void
tr_application_dispose (GObject *object)
{
  TrApplication *self = TR_APPLICATION (object);

  tr_application_notify_shutdown (self);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->demo);
  g_clear_pointer (&self->demo_accounts, g_hash_table_unref);
  g_clear_object (&self->account);
  g_clear_object (&self->accounts);
  g_clear_object (&self->accounts_menu);
  g_clear_object (&self->account_store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (tr_application_parent_class)->dispose (object);
}

static void
tr_application_class_init (TrApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = tr_application_dispose;
  app_class->startup = tr_application_startup;
  app_class->activate = tr_application_activate;
  app_class->shutdown = tr_application_shutdown;
}

static void
tr_application_init (TrApplication *self)
{
  self->accounts = g_list_store_new (TR_TYPE_ACCOUNT);
  self->accounts_menu = g_menu_new ();
  self->account_store = tr_account_store_new ();
  self->demo_accounts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->cancellable = g_cancellable_new ();
}

TrApplication *
tr_application_new (void)
{
  return g_object_new (TR_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/travelrequests/TravelRequests",
                       NULL);
}
