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
#include "tr-catalog.h"
#include "tr-delete-toast.h"
#include "tr-request-pane-private.h"

/* The page of one request in the window: a header bar with a back button
 * over the request-page widget (TrRequestView), or the conflict page
 * (TrConflictView) when the request changed here and on the server.
 *
 * With the offline cache open it reads the request and its expected
 * expenses from the cache, and workflow actions go through the outbox
 * (tr_account_run_action_async()): offline, a bar says what will happen
 * ("Will be submitted"). Without the cache it reads them from the server. */

G_DEFINE_FINAL_TYPE (TrRequestPane, tr_request_pane, GTK_TYPE_BOX)

void
tr_request_pane_toast (TrRequestPane *self,
                       const char    *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

void
tr_request_pane_toast_error (TrRequestPane *self,
                             const GError  *error)
{
  g_autofree char *message = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  message = error->domain == TR_API_ERROR ? tr_api_error_describe (error) : g_strdup (error->message);
  tr_request_pane_toast (self, message);
}

void
tr_request_pane_set_pending (TrRequestPane *self,
                             int            delta)
{
  self->pending += delta;
  gtk_spinner_set_spinning (self->spinner, self->pending > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), self->pending > 0);
}

static gboolean
can_delete (TrRequestPane *self,
            TrRequest     *request)
{
  TrApprovalStatus *status = tr_request_get_approval_status (request);
  const char *code = status != NULL ? tr_approval_status_get_code (status) : NULL;

  if (tr_request_item_get_to_approve (self->item))
    return FALSE;
  /* Only requests never submitted can be deleted (API §R5). */
  return code == NULL || g_strcmp0 (code, "NOT_SUBMITTED") == 0;
}

static void
on_policies_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(TrRequestPane) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) policies = tr_catalog_get_policies_finish (TR_CATALOG (source), result, &error);

  if (policies != NULL)
    tr_request_view_set_policies (self->view, policies);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("The policy is shown by its id: %s", error->message);
}

static void
on_agencies_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(TrRequestPane) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) agencies = tr_catalog_get_agencies_finish (TR_CATALOG (source), result, &error);

  if (agencies != NULL)
    tr_request_view_set_travel_agencies (self->view, agencies);
}

/* The policy and the travel agency are links: their names come from the
 * server's catalog (asked once per session), the id meanwhile or offline. */
static void
load_link_names (TrRequestPane *self,
                 TrRequest     *request)
{
  TrCatalog *catalog = tr_catalog_get_for_account (self->account);
  TrResourceLink *agency = tr_request_get_travel_agency (request);

  if (catalog == NULL)
    return;
  if (tr_request_get_policy (request) != NULL)
    tr_catalog_get_policies_async (catalog, self->cancellable, on_policies_cb, g_object_ref (self));
  if (agency != NULL && tr_resource_link_get_id (agency) != NULL)
    {
      const char *ids[] = { tr_resource_link_get_id (agency), NULL };

      tr_catalog_get_agencies_async (catalog, ids, self->cancellable, on_agencies_cb, g_object_ref (self));
    }
}

void
tr_request_pane_show_request (TrRequestPane *self,
                              TrRequest     *request)
{
  const char *name = tr_request_get_name (request);

  tr_request_view_set_request (self->view, request);
  adw_window_title_set_title (self->title, name != NULL && *name != '\0' ? name : _("Untitled Request"));
  adw_window_title_set_subtitle (self->title, tr_request_get_request_id (request));
  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), can_delete (self, request));
  load_link_names (self, request);
}

static void
show_expenses (TrRequestPane *self,
               JsonArray     *array)
{
  g_autoptr(GListStore) expenses = g_list_store_new (TR_TYPE_EXPENSE);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TrExpense) expense = tr_expense_new_from_json (json_array_get_element (array, i), &error);

      if (expense != NULL)
        g_list_store_append (expenses, expense);
      else
        g_debug ("Skipping an expected expense: %s", error->message);
    }
  tr_request_view_set_expenses (self->view, G_LIST_MODEL (expenses));
}

static void
on_expenses_loaded_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(TrRequestPane) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = tr_client_send_json_finish (TR_CLIENT (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  tr_request_pane_set_pending (self, -1);
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    show_expenses (self, json_node_get_array (node));
  else if (error != NULL)
    tr_request_pane_toast_error (self, error);
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
  tr_request_pane_set_pending (self, -1);
  if (node != NULL)
    request = tr_request_new_from_json (node, &error);
  if (request == NULL)
    {
      tr_request_pane_toast_error (self, error);
      return;
    }

  tr_request_item_set_request (self->item, request);
  tr_request_pane_show_request (self, request);
}

static void
load_from_server (TrRequestPane *self)
{
  TrClient *client = tr_account_get_client (self->account);
  const char *id = tr_request_get_id (tr_request_item_get_request (self->item));
  g_autofree char *path = NULL;
  g_autofree char *expenses_path = NULL;

  if (id == NULL)
    return;

  path = g_strdup_printf ("requests/%s", id);
  expenses_path = g_strdup_printf ("requests/%s/expenses", id);
  tr_request_pane_set_pending (self, 2);
  tr_client_send_json_async (client, "GET", path, NULL, self->cancellable,
                             on_request_loaded_cb, g_object_ref (self));
  tr_client_send_json_async (client, "GET", expenses_path, NULL, self->cancellable,
                             on_expenses_loaded_cb, g_object_ref (self));
}

static void
show_cached_expenses (TrRequestPane *self,
                      GPtrArray     *rows)
{
  g_autoptr(JsonArray) array = json_array_new ();

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      const TrStoreExpenseRow *row = g_ptr_array_index (rows, i);

      if (!row->deleted && row->full != NULL)
        json_array_add_element (array, json_node_copy (row->full));
    }
  show_expenses (self, array);
}

static void
on_cached_loaded_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(TrRequestPane) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) expenses = NULL;
  g_autoptr(TrStoreRequestRow) row = tr_store_get_request_finish (TR_STORE (source), result, &expenses, &error);
  g_autoptr(TrRequest) request = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  tr_request_pane_set_pending (self, -1);
  if (row != NULL && row->full != NULL)
    request = tr_request_new_from_json (row->full, &error);
  if (request == NULL)
    {
      if (error != NULL)
        tr_request_pane_toast_error (self, error);
      return;
    }
  tr_request_item_set_pending_action (self->item, row->pending_action);
  tr_request_pane_show_request (self, request);
  show_cached_expenses (self, expenses);
}

/* The cache may hold only the list's summary of the request: once the
 * sync engine has read its full detail, show it. Offline, the summary
 * stays (the next pull hydrates active requests). */
static void
on_detail_fetched_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(TrRequestPane) self = user_data;
  TrStore *store = tr_account_get_store (self->account);
  gboolean fetched = FALSE;

  if (!tr_sync_fetch_detail_finish (TR_SYNC (source), result, &fetched, NULL) || !fetched || store == NULL)
    return;
  tr_request_pane_set_pending (self, 1);
  tr_store_get_request_async (store, tr_request_item_get_local_id (self->item), self->cancellable,
                              on_cached_loaded_cb, g_object_ref (self));
}

/* Reloads the request: from the cache when open, else from the server;
 * a request in conflict shows the conflict page instead. */
void
tr_request_pane_reload (TrRequestPane *self)
{
  TrStore *store = tr_account_get_store (self->account);
  TrSync *sync = tr_account_get_sync (self->account);
  gint64 local_id = tr_request_item_get_local_id (self->item);

  if (store == NULL || local_id <= 0)
    return load_from_server (self);

  tr_request_pane_set_pending (self, 1);
  tr_store_get_request_async (store, local_id, self->cancellable, on_cached_loaded_cb, g_object_ref (self));
  if (sync != NULL)
    tr_sync_fetch_detail_async (sync, local_id, FALSE, self->cancellable, on_detail_fetched_cb,
                                g_object_ref (self));
  if (tr_request_item_get_sync (self->item) == TR_REQUEST_SYNC_CONFLICT)
    tr_request_pane_load_conflict (self);
  else
    gtk_stack_set_visible_child_name (self->stack, "request");
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

/* The pending bar: one whole sentence per queued workflow action. */
static const char *
pending_bar_message (const char *action)
{
  static const struct { const char *action; const char *message; } messages[] = {
    { "submit", N_("Will be submitted when the server can be reached") },
    { "recall", N_("Will be recalled when the server can be reached") },
    { "cancel", N_("Will be canceled when the server can be reached") },
    { "close", N_("Will be closed when the server can be reached") },
    { "reopen", N_("Will be reopened when the server can be reached") },
    { "approve", N_("Will be approved when the server can be reached") },
    { "sendback", N_("Will be sent back when the server can be reached") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (messages); i++)
    if (g_strcmp0 (messages[i].action, action) == 0)
      return _(messages[i].message);
  return _("Waiting to be sent when the server can be reached");
}

static void
update_pending_bar (TrRequestPane *self)
{
  const char *pending = tr_request_item_describe_pending (self->item);

  if (pending != NULL)
    {
      gtk_label_set_label (self->pending_label,
                           pending_bar_message (tr_request_item_get_pending_action (self->item)));
    }
  gtk_revealer_set_reveal_child (self->pending_revealer, pending != NULL);
}

/* The sync engine found a conflict (or the user resolved it). */
static void
on_item_sync_cb (TrRequestPane *self)
{
  gboolean conflict = tr_request_item_get_sync (self->item) == TR_REQUEST_SYNC_CONFLICT;
  const char *shown = gtk_stack_get_visible_child_name (self->stack);

  if (conflict != (g_strcmp0 (shown, "conflict") == 0))
    tr_request_pane_reload (self);
}

static void
on_action_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(TrRequestPane) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *rel = g_strdup (g_object_get_data (G_OBJECT (self), "tr-running-action"));
  TrAccountOutcome outcome = tr_account_run_action_finish (TR_ACCOUNT (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  tr_request_pane_set_pending (self, -1);
  if (outcome == TR_ACCOUNT_OUTCOME_FAILED)
    tr_request_pane_toast_error (self, error);
  else if (outcome == TR_ACCOUNT_OUTCOME_QUEUED)
    tr_request_pane_toast (self, tr_request_item_describe_pending (self->item) ?: _("Waiting to be sent"));
  else
    tr_request_pane_toast (self, action_done_message (rel));

  tr_request_pane_reload (self);
}

static void
on_action_requested_cb (TrRequestPane *self,
                        const char    *rel,
                        const char    *href)
{
  if (rel == NULL || self->pending > 0)
    return;

  g_object_set_data_full (G_OBJECT (self), "tr-running-action", g_strdup (rel), g_free);
  tr_request_pane_set_pending (self, 1);
  tr_account_run_action_async (self->account, self->item, rel, href, self->cancellable,
                               on_action_done_cb, g_object_ref (self));
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

static void
on_delete_clicked_cb (TrRequestPane *self)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay == NULL)
    return;
  tr_delete_toast_show (ADW_TOAST_OVERLAY (overlay), self->account, self->item);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-list", NULL);
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
  self->delete_button = GTK_BUTTON (gtk_button_new_from_icon_name ("user-trash-symbolic"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->delete_button), _("Delete Request"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->delete_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Delete Request"), -1);
  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), FALSE);
  g_signal_connect_object (self->delete_button, "clicked", G_CALLBACK (on_delete_clicked_cb),
                           self, G_CONNECT_SWAPPED);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->delete_button));
  return header;
}

static GtkWidget *
build_pending_bar (TrRequestPane *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name ("emblem-synchronizing-symbolic");

  self->pending_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->pending_label, TRUE);
  gtk_label_set_xalign (self->pending_label, 0.0);
  gtk_widget_add_css_class (box, "tr-pending-bar");
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->pending_label));
  self->pending_revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_child (self->pending_revealer, box);
  return GTK_WIDGET (self->pending_revealer);
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
  gtk_box_append (GTK_BOX (self), build_pending_bar (self));
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->stack));
  self->view = TR_REQUEST_VIEW (tr_request_view_new ());
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->view), "request");
  tr_request_pane_init_conflict (self);
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
  g_signal_connect_object (item, "notify::pending-action", G_CALLBACK (update_pending_bar),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (item, "notify::sync", G_CALLBACK (on_item_sync_cb),
                           self, G_CONNECT_SWAPPED);
  tr_request_pane_show_request (self, tr_request_item_get_request (item));
  update_pending_bar (self);
  tr_request_pane_reload (self);
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
