/* tr-editor-pane.c
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

#define G_LOG_DOMAIN "tr-editor-pane"

#include <glib/gi18n.h>

#include "tr-api-error.h"
#include "tr-catalog.h"
#include "tr-editor-context.h"
#include "tr-editor-pane.h"
#include "tr-request-editor.h"
#include "tr-server-location-provider.h"

/* The editor of a new or existing request in the window: a header bar
 * (Cancel, Save) over the request editor (TrRequestEditor). Saving writes
 * to the offline cache when the account has one (the sync engine sends
 * it), else straight to the server; server errors go back to the editor.
 * The pane emits ::done when saved or closed. The destination search asks
 * the server and falls back on the destinations of the account's requests;
 * the travel agencies offered are those the account's requests use. */
struct _TrEditorPane
{
  GtkBox           parent_instance;

  TrAccount       *account;
  TrRequestItem   *item;
  TrRequestEditor *editor;
  GtkWidget       *save_button;
  GListStore      *known_locations;
  gint64           context_started;
  GCancellable    *cancellable;
  gboolean         saving;
};

G_DEFINE_FINAL_TYPE (TrEditorPane, tr_editor_pane, GTK_TYPE_BOX)

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_saving (TrEditorPane *self,
            gboolean      saving)
{
  self->saving = saving;
  gtk_widget_set_sensitive (self->save_button, !saving);
}

static void
toast (TrEditorPane *self,
       const char   *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(TrEditorPane) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!tr_account_save_request_finish (TR_ACCOUNT (source), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      set_saving (self, FALSE);
      tr_request_editor_show_server_error (self->editor, error);
      return;
    }

  set_saving (self, FALSE);
  toast (self, tr_account_get_cached (self->account) ? _("Request saved; it is sent when the server can be reached")
                                                     : _("Request saved"));
  g_signal_emit (self, signals[DONE], 0);
}

static void
on_save_requested_cb (TrEditorPane *self,
                      TrRequest    *request)
{
  gint64 local_id = self->item != NULL ? tr_request_item_get_local_id (self->item) : 0;

  if (self->saving)
    return;

  set_saving (self, TRUE);
  tr_account_save_request_with_expenses_async (self->account, request, local_id,
                                               tr_request_editor_get_expenses (self->editor),
                                               self->cancellable, on_saved_cb, g_object_ref (self));
}

static void
on_closed_cb (TrEditorPane *self)
{
  g_signal_emit (self, signals[DONE], 0);
}

static void
on_policies_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(TrEditorPane) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) policies = tr_catalog_get_policies_finish (TR_CATALOG (source), result, &error);

  if (policies == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("No request policies: %s", error->message);
      return;
    }
  tr_request_editor_set_policies (self->editor, policies);
}

static void
on_agencies_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(TrEditorPane) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) agencies = tr_catalog_get_agencies_finish (TR_CATALOG (source), result, &error);

  if (agencies == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("No travel agencies: %s", error->message);
      return;
    }
  g_debug ("%u travel agencies after %" G_GINT64_FORMAT " ms", g_list_model_get_n_items (agencies),
           (g_get_monotonic_time () - self->context_started) / 1000);
  if (g_list_model_get_n_items (agencies) > 0)
    tr_request_editor_set_travel_agencies (self->editor, agencies);
}

static void
on_context_collected_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(TrEditorPane) self = user_data;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) agency_ids = tr_editor_context_collect_finish (TR_ACCOUNT (source), result, &error);

  if (agency_ids == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("Cannot read the account's requests: %s", error->message);
      return;
    }
  g_debug ("%u known destinations, %u travel agencies, read in %" G_GINT64_FORMAT " ms",
           g_list_model_get_n_items (G_LIST_MODEL (self->known_locations)), g_strv_length (agency_ids),
           (g_get_monotonic_time () - self->context_started) / 1000);
  if (tr_catalog_get_for_account (self->account) != NULL)
    tr_catalog_get_agencies_async (tr_catalog_get_for_account (self->account),
                                   (const char * const *) agency_ids, self->cancellable,
                                   on_agencies_cb, g_object_ref (self));
}

/* Destination search and travel agencies, from the server and the
 * account's requests. */
static void
load_context (TrEditorPane *self,
              TrRequest    *request)
{
  TrClient *client = tr_account_get_client (self->account);
  g_autoptr(GObject) provider = NULL;

  self->known_locations = g_list_store_new (TR_TYPE_LOCATION);
  self->context_started = g_get_monotonic_time ();
  /* A demo account has no client until tr-sandbox listens: the known
   * destinations are searched meanwhile. */
  if (client != NULL)
    provider = G_OBJECT (tr_server_location_provider_new (client, G_LIST_MODEL (self->known_locations)));
  else
    provider = G_OBJECT (tr_location_list_provider_new (G_LIST_MODEL (self->known_locations)));
  tr_request_editor_set_location_provider (self->editor, TR_LOCATION_PROVIDER (provider));
  tr_editor_context_collect_async (self->account, request, self->known_locations, self->cancellable,
                                   on_context_collected_cb, g_object_ref (self));
}

static void
on_cancel_clicked_cb (TrEditorPane *self)
{
  tr_request_editor_request_close (self->editor);
}

static void
on_save_clicked_cb (TrEditorPane *self)
{
  tr_request_editor_save (self->editor);
}

static GtkWidget *
build_header (TrEditorPane *self,
              const char   *title)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (on_cancel_clicked_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  self->save_button = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  gtk_widget_set_tooltip_text (self->save_button, _("Save (Ctrl+S)"));
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (on_save_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->save_button);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (title, NULL));
  return header;
}

static void
tr_editor_pane_dispose (GObject *object)
{
  TrEditorPane *self = TR_EDITOR_PANE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->account);
  g_clear_object (&self->item);
  g_clear_object (&self->known_locations);

  G_OBJECT_CLASS (tr_editor_pane_parent_class)->dispose (object);
}

static void
tr_editor_pane_class_init (TrEditorPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tr_editor_pane_dispose;

  /**
   * TrEditorPane::done:
   *
   * The request was saved, or the editor closed without saving.
   */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
tr_editor_pane_init (TrEditorPane *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  self->cancellable = g_cancellable_new ();
}

/**
 * tr_editor_pane_new:
 * @account: the account to save to
 * @item: (nullable): the request to edit, %NULL for a new one
 *
 * Returns: (transfer floating): a new editor pane
 */
GtkWidget *
tr_editor_pane_new (TrAccount     *account,
                    TrRequestItem *item)
{
  TrEditorPane *self;
  g_autoptr(TrRequest) request = NULL;

  g_return_val_if_fail (TR_IS_ACCOUNT (account), NULL);
  g_return_val_if_fail (item == NULL || TR_IS_REQUEST_ITEM (item), NULL);

  self = g_object_new (TR_TYPE_EDITOR_PANE, NULL);
  self->account = g_object_ref (account);
  self->item = item != NULL ? g_object_ref (item) : NULL;
  if (item != NULL)
    request = tr_request_copy (tr_request_item_get_request (item), NULL);
  if (request == NULL)
    request = tr_request_new ();
  gtk_box_append (GTK_BOX (self), build_header (self, item != NULL ? _("Edit Request") : _("New Request")));
  self->editor = TR_REQUEST_EDITOR (tr_request_editor_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->editor), TRUE);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->editor));
  tr_request_editor_set_request (self->editor, request);
  g_signal_connect_object (self->editor, "save-requested", G_CALLBACK (on_save_requested_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->editor, "closed", G_CALLBACK (on_closed_cb), self, G_CONNECT_SWAPPED);
  /* A demo account has no client until tr-sandbox listens. */
  if (tr_catalog_get_for_account (account) != NULL)
    tr_catalog_get_policies_async (tr_catalog_get_for_account (account),
                                   self->cancellable, on_policies_cb, g_object_ref (self));
  load_context (self, request);
  return GTK_WIDGET (self);
}

/**
 * tr_editor_pane_get_editor:
 * @self: a #TrEditorPane
 *
 * Returns: (transfer none): the #TrRequestEditor
 */
GtkWidget *
tr_editor_pane_get_editor (TrEditorPane *self)
{
  g_return_val_if_fail (TR_IS_EDITOR_PANE (self), NULL);

  return GTK_WIDGET (self->editor);
}

gboolean
tr_editor_pane_get_saving (TrEditorPane *self)
{
  g_return_val_if_fail (TR_IS_EDITOR_PANE (self), FALSE);

  return self->saving;
}
