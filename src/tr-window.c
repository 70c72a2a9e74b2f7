/* tr-window.c
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

#define G_LOG_DOMAIN "tr-window"

#include <glib/gi18n.h>

#include "tr-api-error.h"
#include "tr-application.h"
#include "tr-request-row.h"
#include "tr-settings.h"
#include "tr-sidebar-row.h"
#include "tr-window.h"
#include "tr-startup-trace.h"
#include "tr-window-approve.h"
#include "tr-window-private.h"

G_DEFINE_FINAL_TYPE (TrWindow, tr_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_ACCOUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_refreshed_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(TrWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (tr_account_refresh_finish (TR_ACCOUNT (source), result, &error) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* The offline bar says it when the server cannot be reached. */
  if (!tr_account_get_online (TR_ACCOUNT (source)))
    return;

  message = error->domain == TR_API_ERROR ? tr_api_error_describe (error) : g_strdup (error->message);
  tr_window_add_toast (self, adw_toast_new (message));
}

/**
 * tr_window_refresh:
 * @self: a #TrWindow
 *
 * Reloads the requests of the account from the server.
 */
void
tr_window_refresh (TrWindow *self)
{
  g_return_if_fail (TR_IS_WINDOW (self));

  if (self->account == NULL || tr_account_get_syncing (self->account))
    return;

  tr_account_refresh_async (self->account, self->cancellable, on_refreshed_cb, g_object_ref (self));
}

static gboolean
on_sync_timeout_cb (gpointer user_data)
{
  tr_window_refresh (TR_WINDOW (user_data));
  return G_SOURCE_CONTINUE;
}

static void
schedule_sync (TrWindow *self)
{
  guint interval = self->settings != NULL ? g_settings_get_uint (self->settings, "sync-interval") : 300;

  g_clear_handle_id (&self->sync_timeout_id, g_source_remove);
  if (self->account != NULL)
    self->sync_timeout_id = g_timeout_add_seconds (interval, on_sync_timeout_cb, self);
}

static void
unbind_account (TrWindow *self)
{
  g_clear_pointer (&self->online_binding, g_binding_unbind);
  g_clear_pointer (&self->syncing_binding, g_binding_unbind);
  g_clear_pointer (&self->spinner_binding, g_binding_unbind);
  g_clear_pointer (&self->count_binding, g_binding_unbind);
  tr_window_approve_unbind (self);
  if (self->account != NULL)
    {
      g_clear_signal_handler (&self->loaded_id, self->account);
      g_clear_signal_handler (&self->progress_id, self->account);
      g_clear_signal_handler (&self->authorizer_id, self->account);
      g_clear_signal_handler (&self->cached_id, self->account);
    }
  gtk_sort_list_model_set_model (self->sort_model, NULL);
}

/* The first full synchronisation shows how far it is. */
static void
on_progress_cb (TrWindow *self)
{
  double progress = tr_account_get_progress (self->account);

  gtk_progress_bar_set_fraction (self->loading_progress, progress);
  gtk_widget_set_visible (GTK_WIDGET (self->loading_progress), progress > 0.0 && progress < 1.0);
}

/* A demo account shown from its cache before signing in gets its cache
 * and its server later (tr_account_attach()): the approval queue takes
 * the new store and client. */
static void
on_authorizer_cb (TrWindow *self)
{
  g_clear_pointer (&self->count_binding, g_binding_unbind);
  tr_window_approve_unbind (self);
  self->count_binding = tr_window_approve_bind (self);
}

static void
bind_account (TrWindow *self)
{
  self->online_binding =
    g_object_bind_property (self->account, "online", self->offline_revealer, "reveal-child",
                            G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);
  self->syncing_binding =
    g_object_bind_property (self->account, "syncing", self->sync_spinner, "spinning",
                            G_BINDING_SYNC_CREATE);
  self->spinner_binding =
    g_object_bind_property (self->account, "syncing", self->sync_spinner, "visible",
                            G_BINDING_SYNC_CREATE);
  self->count_binding = tr_window_approve_bind (self);
  self->loaded_id = g_signal_connect_object (self->account, "notify::loaded",
                                             G_CALLBACK (tr_window_update_content), self,
                                             G_CONNECT_SWAPPED);
  self->progress_id = g_signal_connect_object (self->account, "notify::progress",
                                               G_CALLBACK (on_progress_cb), self, G_CONNECT_SWAPPED);
  self->authorizer_id = g_signal_connect_object (self->account, "notify::authorizer",
                                                 G_CALLBACK (on_authorizer_cb), self, G_CONNECT_SWAPPED);
  self->cached_id = g_signal_connect_object (self->account, "notify::cached",
                                             G_CALLBACK (on_authorizer_cb), self, G_CONNECT_SWAPPED);
  on_progress_cb (self);
  gtk_sort_list_model_set_model (self->sort_model, tr_account_get_requests (self->account));
  adw_window_title_set_subtitle (self->sidebar_title, tr_account_get_display_name (self->account));
}

/**
 * tr_window_set_account:
 * @self: a #TrWindow
 * @account: (nullable): the account to show, or %NULL for the welcome page
 *
 * Shows the requests of @account, and loads them unless they were already.
 */
void
tr_window_set_account (TrWindow  *self,
                       TrAccount *account)
{
  g_return_if_fail (TR_IS_WINDOW (self));
  g_return_if_fail (account == NULL || TR_IS_ACCOUNT (account));

  if (self->account == account)
    {
      gtk_stack_set_visible_child_name (self->main_stack, account != NULL ? "main" : "welcome");
      return;
    }

  tr_window_close_request_pane (self);
  unbind_account (self);
  g_set_object (&self->account, account);
  gtk_spinner_set_spinning (self->progress_spinner, FALSE);
  gtk_stack_set_visible_child_name (self->main_stack, account != NULL ? "main" : "welcome");
  if (account != NULL)
    {
      bind_account (self);
      if (!tr_account_get_loaded (account))
        tr_window_refresh (self);
    }
  schedule_sync (self);
  tr_window_update_content (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCOUNT]);
}

TrAccount *
tr_window_get_account (TrWindow *self)
{
  g_return_val_if_fail (TR_IS_WINDOW (self), NULL);

  return self->account;
}

/**
 * tr_window_show_progress:
 * @self: a #TrWindow
 * @title: what is going on, e.g. "Starting the Demo…"
 *
 * Shows a page with a spinner until tr_window_set_account() is called.
 */
void
tr_window_show_progress (TrWindow   *self,
                         const char *title)
{
  g_return_if_fail (TR_IS_WINDOW (self));

  adw_status_page_set_title (self->progress_page, title);
  gtk_spinner_set_spinning (self->progress_spinner, TRUE);
  gtk_stack_set_visible_child_name (self->main_stack, "progress");
}

/**
 * tr_window_add_toast:
 * @self: a #TrWindow
 * @toast: (transfer full): a toast
 */
void
tr_window_add_toast (TrWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (TR_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * tr_window_get_page:
 * @self: a #TrWindow
 *
 * Returns: "welcome", "progress", "main" or "request"
 */
const char *
tr_window_get_page (TrWindow *self)
{
  g_return_val_if_fail (TR_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->main_stack);
}

TrRequestFilter *
tr_window_get_filter (TrWindow *self)
{
  g_return_val_if_fail (TR_IS_WINDOW (self), NULL);

  return self->filter;
}

TrRequestSorter *
tr_window_get_sorter (TrWindow *self)
{
  g_return_val_if_fail (TR_IS_WINDOW (self), NULL);

  return self->sorter;
}

/**
 * tr_window_get_visible_requests:
 * @self: a #TrWindow
 *
 * Returns: (transfer none): the #TrRequestItems the list shows, filtered
 *   and sorted
 */
GListModel *
tr_window_get_visible_requests (TrWindow *self)
{
  g_return_val_if_fail (TR_IS_WINDOW (self), NULL);

  return G_LIST_MODEL (self->filter_model);
}

/* Window state */

static void
restore_state (TrWindow *self)
{
  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  tr_window_set_folder (self, g_settings_get_enum (self->settings, "last-view"));
}

static void
save_state (TrWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (self->settings, "window-width", MAX (width, 360));
      g_settings_set_int (self->settings, "window-height", MAX (height, 294));
    }
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static gboolean
tr_window_close_request (GtkWindow *window)
{
  save_state (TR_WINDOW (window));

  return GTK_WINDOW_CLASS (tr_window_parent_class)->close_request (window);
}

static void
tr_window_dispose (GObject *object)
{
  TrWindow *self = TR_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->sync_timeout_id, g_source_remove);
  unbind_account (self);
  g_clear_object (&self->account);
  gtk_widget_dispose_template (GTK_WIDGET (self), TR_TYPE_WINDOW);
  tr_window_approve_dispose (self);

  G_OBJECT_CLASS (tr_window_parent_class)->dispose (object);
}

static void
tr_window_finalize (GObject *object)
{
  TrWindow *self = TR_WINDOW (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_object (&self->filter);
  g_clear_object (&self->sorter);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->sort_section);

  G_OBJECT_CLASS (tr_window_parent_class)->finalize (object);
}

static void
tr_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  TrWindow *self = TR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_ACCOUNT:
      g_value_set_object (value, self->account);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  TrWindow *self = TR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_ACCOUNT:
      tr_window_set_account (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_window_class_init (TrWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = tr_window_dispose;
  object_class->finalize = tr_window_finalize;
  object_class->get_property = tr_window_get_property;
  object_class->set_property = tr_window_set_property;
  window_class->close_request = tr_window_close_request;

  properties[PROP_ACCOUNT] =
    g_param_spec_object ("account", NULL, NULL, TR_TYPE_ACCOUNT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  tr_window_class_init_template (widget_class);
}

/* A closed GtkRevealer still measures its child, and the bar's wrapping
 * sentence costs a layout per width tried: the bar is only visible
 * while it is shown or sliding. */
static void
on_offline_bar_cb (GtkRevealer *revealer)
{
  gboolean shown = gtk_revealer_get_reveal_child (revealer) || gtk_revealer_get_child_revealed (revealer);

  gtk_widget_set_visible (gtk_revealer_get_child (revealer), shown);
}

static void
tr_window_init (TrWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  if (g_str_has_suffix (APP_ID, ".Devel"))
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  self->cancellable = g_cancellable_new ();
  self->settings = tr_settings_new ();
  tr_window_init_list (self);
  g_signal_connect (self->offline_revealer, "notify::reveal-child", G_CALLBACK (on_offline_bar_cb), NULL);
  g_signal_connect (self->offline_revealer, "notify::child-revealed", G_CALLBACK (on_offline_bar_cb), NULL);
  on_offline_bar_cb (self->offline_revealer);
  tr_window_approve_init (self);
  tr_window_init_actions (self);
  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
  restore_state (self);
  tr_window_update_content (self);
}

TrWindow *
tr_window_new (AdwApplication *application)
{
  TrWindow *self;

  g_return_val_if_fail (ADW_IS_APPLICATION (application), NULL);

  self = g_object_new (TR_TYPE_WINDOW,
                       "application", application,
                       NULL);
  if (TR_IS_APPLICATION (application))
    g_menu_prepend_section (self->primary_menu, NULL,
                            tr_application_get_accounts_menu (TR_APPLICATION (application)));
  return self;
}
