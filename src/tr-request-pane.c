/* tr-request-pane.c
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

#define G_LOG_DOMAIN "tr-request-pane"

#include <glib/gi18n.h>

#include "tr-api-error.h"
#include "tr-request-pane.h"
#include "tr-request-view.h"

/* The page of one request in the window: a header bar with a back button
 * over the request-page widget (TrRequestView). It loads the full request
 * and its expected expenses from the server, and runs the workflow actions
 * the page asks for (POST to the operation's href), then reloads. */
struct _TrRequestPane
{
  GtkBox          parent_instance;

  TrAccount      *account;
  TrRequestItem  *item;
  TrRequestView  *view;
  AdwWindowTitle *title;
  GtkSpinner     *spinner;
  GCancellable   *cancellable;
  guint           pending;
};

G_DEFINE_FINAL_TYPE (TrRequestPane, tr_request_pane, GTK_TYPE_BOX)

static void
toast (TrRequestPane *self,
       const char    *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

static void
toast_error (TrRequestPane *self,
             const GError  *error)
{
  g_autofree char *message = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  message = error->domain == TR_API_ERROR ? tr_api_error_describe (error) : g_strdup (error->message);
  toast (self, message);
}

static void
set_pending (TrRequestPane *self,
             int            delta)
{
  self->pending += delta;
  gtk_spinner_set_spinning (self->spinner, self->pending > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), self->pending > 0);
}

static void
show_request (TrRequestPane *self,
              TrRequest     *request)
{
  const char *name = tr_request_get_name (request);

  tr_request_view_set_request (self->view, request);
  adw_window_title_set_title (self->title, name != NULL && *name != '\0' ? name : _("Untitled Request"));
  adw_window_title_set_subtitle (self->title, tr_request_get_request_id (request));
}

static void
on_expenses_loaded_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(TrRequestPane) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = tr_client_send_json_finish (TR_CLIENT (source), result, &error);
  g_autoptr(GListStore) expenses = g_list_store_new (TR_TYPE_EXPENSE);
  JsonArray *array;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_pending (self, -1);
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      if (error != NULL)
        toast_error (self, error);
      return;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autoptr(TrExpense) expense = tr_expense_new_from_json (json_array_get_element (array, i), NULL);

      if (expense != NULL)
        g_list_store_append (expenses, expense);
    }
  tr_request_view_set_expenses (self->view, G_LIST_MODEL (expenses));
}

static void
on_request_loaded_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(TrRequestPane) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = tr_client_send_json_finish (TR_CLIENT (source), result, &error);
  g_autoptr(TrRequest) request = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_pending (self, -1);
  if (node != NULL)
    request = tr_request_new_from_json (node, &error);
  if (request == NULL)
    {
      toast_error (self, error);
      return;
    }

  tr_request_item_set_request (self->item, request);
  show_request (self, request);
}

static void
load (TrRequestPane *self)
{
  TrClient *client = tr_account_get_client (self->account);
  const char *id = tr_request_get_id (tr_request_item_get_request (self->item));
  g_autofree char *path = NULL;
  g_autofree char *expenses_path = NULL;

  if (id == NULL)
    return;

  path = g_strdup_printf ("requests/%s", id);
  expenses_path = g_strdup_printf ("requests/%s/expenses", id);
  set_pending (self, 2);
  tr_client_send_json_async (client, "GET", path, NULL, self->cancellable,
                             on_request_loaded_cb, g_object_ref (self));
  tr_client_send_json_async (client, "GET", expenses_path, NULL, self->cancellable,
                             on_expenses_loaded_cb, g_object_ref (self));
}

static const char *
action_done_message (const char *rel)
{
  static const struct { const char *rel; const char *message; } messages[] = {
    { "submit", N_("Request submitted") }, { "recall", N_("Request recalled") },
    { "cancel", N_("Request canceled") }, { "close", N_("Request closed") },
    { "reopen", N_("Request reopened") }, { "approve", N_("Request approved") },
    { "sendback", N_("Request sent back") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (messages); i++)
    if (g_strcmp0 (messages[i].rel, rel) == 0)
      return _(messages[i].message);
  return _("Done");
}

static void
on_action_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(TrRequestPane) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = tr_client_send_json_finish (TR_CLIENT (source), result, &error);
  g_autofree char *rel = g_strdup (g_object_get_data (G_OBJECT (self), "tr-running-action"));

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_pending (self, -1);
  if (error != NULL)
    toast_error (self, error);
  else
    toast (self, action_done_message (rel));

  load (self);
  if (!tr_account_get_syncing (self->account))
    tr_account_refresh_async (self->account, NULL, NULL, NULL);
}

static void
on_action_requested_cb (TrRequestPane *self,
                        const char    *rel,
                        const char    *href)
{
  if (href == NULL || self->pending > 0)
    return;

  g_object_set_data_full (G_OBJECT (self), "tr-running-action", g_strdup (rel), g_free);
  set_pending (self, 1);
  tr_client_send_json_async (tr_account_get_client (self->account), "POST", href, NULL,
                             self->cancellable, on_action_done_cb, g_object_ref (self));
}

static void
tr_request_pane_dispose (GObject *object)
{
  TrRequestPane *self = TR_REQUEST_PANE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->account);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (tr_request_pane_parent_class)->dispose (object);
}

static void
tr_request_pane_class_init (TrRequestPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tr_request_pane_dispose;
}

static GtkWidget *
build_header (TrRequestPane *self)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *back = gtk_button_new_from_icon_name ("go-previous-symbolic");

  gtk_actionable_set_action_name (GTK_ACTIONABLE (back), "win.show-list");
  gtk_widget_set_tooltip_text (back, _("Back to the List"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (back), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Back to the List"), -1);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), back);
  self->title = ADW_WINDOW_TITLE (adw_window_title_new (NULL, NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  self->spinner = GTK_SPINNER (gtk_spinner_new ());
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spinner), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Loading"), -1);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->spinner));
  return header;
}

static gboolean
on_submit_shortcut_cb (GtkWidget *widget,
                       GVariant  *args,
                       gpointer   user_data)
{
  TrRequestPane *self = TR_REQUEST_PANE (widget);

  return tr_request_view_activate_action (self->view, "submit");
}

static void
add_shortcuts (TrRequestPane *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutTrigger *trigger = gtk_keyval_trigger_new (GDK_KEY_Return, GDK_CONTROL_MASK);
  GtkShortcutAction *action = gtk_callback_action_new (on_submit_shortcut_cb, NULL, NULL);

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (trigger, action));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
tr_request_pane_init (TrRequestPane *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  self->cancellable = g_cancellable_new ();
  gtk_box_append (GTK_BOX (self), build_header (self));
  self->view = TR_REQUEST_VIEW (tr_request_view_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->view), TRUE);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->view));
  g_signal_connect_object (self->view, "action-requested", G_CALLBACK (on_action_requested_cb),
                           self, G_CONNECT_SWAPPED);
  add_shortcuts (self);
}

/**
 * tr_request_pane_new:
 * @account: the account the request belongs to
 * @item: the request, as listed
 *
 * Shows the listed request at once, then loads it in full.
 *
 * Returns: (transfer floating): a new pane
 */
GtkWidget *
tr_request_pane_new (TrAccount     *account,
                     TrRequestItem *item)
{
  TrRequestPane *self;

  g_return_val_if_fail (TR_IS_ACCOUNT (account), NULL);
  g_return_val_if_fail (TR_IS_REQUEST_ITEM (item), NULL);

  self = g_object_new (TR_TYPE_REQUEST_PANE, NULL);
  self->account = g_object_ref (account);
  self->item = g_object_ref (item);
  show_request (self, tr_request_item_get_request (item));
  load (self);
  return GTK_WIDGET (self);
}

TrRequestItem *
tr_request_pane_get_item (TrRequestPane *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_PANE (self), NULL);

  return self->item;
}

/**
 * tr_request_pane_get_view:
 * @self: a #TrRequestPane
 *
 * Returns: (transfer none): the #TrRequestView
 */
GtkWidget *
tr_request_pane_get_view (TrRequestPane *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_PANE (self), NULL);

  return GTK_WIDGET (self->view);
}

gboolean
tr_request_pane_get_loading (TrRequestPane *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_PANE (self), FALSE);

  return self->pending > 0;
}
