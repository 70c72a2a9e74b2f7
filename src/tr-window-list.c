/* tr-window-list.c
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

#include "tr-editor-pane.h"
#include "tr-request-pane.h"
#include "tr-request-view.h"
#include "tr-request-row.h"
#include "tr-window-approve.h"
#include "tr-startup-trace.h"
#include "tr-window-private.h"

static void on_page_changed_cb (TrWindow *self);

/* The sidebar of views, the filtered and sorted list of requests, search,
 * the empty states and the window's actions. */

static const struct
{
  const char *title;
  const char *description;
} empty_states[] = {
  [TR_REQUEST_FOLDER_ALL] = { N_("No Travel Requests"),
                              N_("Press Ctrl+N or the + button to plan a trip. Requests made on the SAP Concur website appear here too; Ctrl+R checks the server again.") },
  [TR_REQUEST_FOLDER_ACTIVE] = { N_("No Active Requests"),
                                 N_("Requests that are neither canceled nor closed appear here.") },
  [TR_REQUEST_FOLDER_DRAFTS] = { N_("No Drafts"),
                                 N_("Requests you have not submitted yet, and the ones sent back to you, appear here.") },
  [TR_REQUEST_FOLDER_PENDING] = { N_("Nothing Pending Approval"),
                                  N_("Requests you submit wait here until they are approved or sent back.") },
  [TR_REQUEST_FOLDER_APPROVED] = { N_("No Approved Requests"),
                                   N_("Approved requests appear here until they are closed.") },
  [TR_REQUEST_FOLDER_CLOSED] = { N_("No Canceled or Closed Requests"),
                                 N_("Requests you cancel or close move here. You can still open and reopen them.") },
  [TR_REQUEST_FOLDER_TO_APPROVE] = { N_("Nothing to Approve"),
                                     N_("Requests your team submits for your approval appear here.") },
};

static void
update_title (TrWindow *self,
              guint     n_items)
{
  TrRequestFolder folder = tr_request_filter_get_folder (self->filter);
  g_autofree char *subtitle = NULL;

  if (self->account != NULL && tr_account_get_loaded (self->account))
    /* Translators: %u is how many requests the list shows */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u request", "%u requests", n_items), n_items);
  adw_window_title_set_title (self->content_title, tr_request_folder_get_title (folder));
  adw_window_title_set_subtitle (self->content_title, subtitle);
}

static void
show_empty_state (TrWindow *self)
{
  TrRequestFolder folder = tr_request_filter_get_folder (self->filter);
  const char *search = tr_request_filter_get_search_text (self->filter);
  g_autofree char *description = NULL;

  if (search != NULL)
    {
      /* TRANSLATORS: %s is what the user searched for */
      description = g_strdup_printf (_("No request in this view matches “%s”. The search looks at names, business purposes, destinations and request ids; try fewer or other words, or another view."),
                                     search);
      adw_status_page_set_icon_name (self->empty_page, "edit-find-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Results Found"));
      adw_status_page_set_description (self->empty_page, description);
    }
  else
    {
      adw_status_page_set_icon_name (self->empty_page, "mark-location-symbolic");
      adw_status_page_set_title (self->empty_page, _(empty_states[folder].title));
      adw_status_page_set_description (self->empty_page, _(empty_states[folder].description));
    }
  gtk_stack_set_visible_child_name (self->content_stack, "empty");
}

/**
 * tr_window_update_content:
 * @self: a #TrWindow
 *
 * Shows the list, its empty state, or "Loading" before the first load.
 */
void
tr_window_update_content (TrWindow *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  gboolean loading = self->account != NULL && !tr_account_get_loaded (self->account);

  gtk_spinner_set_spinning (self->loading_spinner, loading && n_items == 0);
  update_title (self, n_items);
  if (tr_window_approve_show (self))
    return;
  if (n_items > 0)
    gtk_stack_set_visible_child_name (self->content_stack, "list");
  else if (loading)
    gtk_stack_set_visible_child_name (self->content_stack, "loading");
  else
    show_empty_state (self);
}

/* Benchmark hook (bench/README.md): with TR_BENCH_EXIT_AFTER_FRAME=1 the
 * app quits right after the first frame painted once the whole list is
 * loaded (the account's listing spliced in, nothing left to filter or
 * sort), not after a first part of it. */
static gboolean
bench_list_complete (TrWindow *self)
{
  return self->account != NULL && tr_account_get_loaded (self->account)
    && g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) > 0
    && gtk_filter_list_model_get_pending (self->filter_model) == 0
    && gtk_sort_list_model_get_pending (self->sort_model) == 0
    && g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "main") == 0;
}

static void
on_trace_clock_cb (GdkFrameClock *clock,
                   const char    *step)
{
  tr_startup_trace (step);
}

static void
on_bench_after_paint_cb (GdkFrameClock *clock,
                         TrWindow      *self)
{
  tr_startup_trace (bench_list_complete (self) ? "after-paint-complete" : "after-paint");
  if (!bench_list_complete (self))
    return;
  g_signal_handlers_disconnect_by_func (clock, on_bench_after_paint_cb, self);
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
}

static void
tr_window_bench_exit_after_frame (TrWindow *self)
{
  GdkFrameClock *clock;

  tr_startup_trace ("list-arrived");
  if (g_strcmp0 (g_getenv ("TR_BENCH_EXIT_AFTER_FRAME"), "1") != 0
      || g_object_get_data (G_OBJECT (self), "tr-bench-armed") != NULL)
    return;
  if (!gtk_widget_get_realized (GTK_WIDGET (self)))
    {
      g_signal_connect (self, "realize", G_CALLBACK (tr_window_bench_exit_after_frame), NULL);
      return;
    }
  g_object_set_data (G_OBJECT (self), "tr-bench-armed", GINT_TO_POINTER (TRUE));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_bench_after_paint_cb), self, 0);
  g_signal_connect (clock, "layout", G_CALLBACK (on_trace_clock_cb), (gpointer) "layout");
  g_signal_connect (clock, "paint", G_CALLBACK (on_trace_clock_cb), (gpointer) "paint");
}

static void
on_items_changed_cb (TrWindow *self)
{
  tr_window_update_content (self);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) > 0)
    tr_window_bench_exit_after_frame (self);
}

static void
on_search_changed_cb (TrWindow *self)
{
  tr_request_filter_set_search_text (self->filter, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  tr_window_update_content (self);
}

static void
select_folder_row (TrWindow        *self,
                   TrRequestFolder  folder)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->sidebar_list, folder);

  gtk_widget_set_visible (GTK_WIDGET (self->to_approve_row),
                          folder == TR_REQUEST_FOLDER_TO_APPROVE ||
                          tr_sidebar_row_get_count (self->to_approve_row) > 0);
  if (row != NULL && gtk_list_box_get_selected_row (self->sidebar_list) != row)
    gtk_list_box_select_row (self->sidebar_list, row);
}

TrRequestFolder
tr_window_get_folder (TrWindow *self)
{
  g_return_val_if_fail (TR_IS_WINDOW (self), TR_REQUEST_FOLDER_ALL);

  return tr_request_filter_get_folder (self->filter);
}

/**
 * tr_window_set_folder:
 * @self: a #TrWindow
 * @folder: the view to show
 *
 * Shows the requests of @folder, and remembers it as `last-view`.
 */
void
tr_window_set_folder (TrWindow        *self,
                      TrRequestFolder  folder)
{
  g_return_if_fail (TR_IS_WINDOW (self));
  g_return_if_fail (folder <= TR_REQUEST_FOLDER_TO_APPROVE);

  tr_request_filter_set_folder (self->filter, folder);
  select_folder_row (self, folder);
  if (self->settings != NULL && g_settings_get_enum (self->settings, "last-view") != (int) folder)
    g_settings_set_enum (self->settings, "last-view", folder);
  tr_window_update_content (self);
}

static void
on_sidebar_row_activated_cb (TrWindow      *self,
                             GtkListBoxRow *row)
{
  tr_window_set_folder (self, tr_sidebar_row_get_folder (TR_SIDEBAR_ROW (row)));
  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
}

static void
on_to_approve_count_cb (TrWindow *self)
{
  select_folder_row (self, tr_request_filter_get_folder (self->filter));
}

static void
build_sidebar (TrWindow *self)
{
  for (TrRequestFolder folder = TR_REQUEST_FOLDER_ALL; folder <= TR_REQUEST_FOLDER_TO_APPROVE; folder++)
    {
      GtkWidget *row = tr_sidebar_row_new (folder);

      gtk_list_box_append (self->sidebar_list, row);
      if (folder == TR_REQUEST_FOLDER_TO_APPROVE)
        self->to_approve_row = TR_SIDEBAR_ROW (row);
    }
  g_signal_connect_object (self->to_approve_row, "notify::count",
                           G_CALLBACK (on_to_approve_count_cb), self, G_CONNECT_SWAPPED);
}

static void
on_setup_row_cb (GtkListItemFactory *factory,
                 GtkListItem        *list_item)
{
  gtk_list_item_set_child (list_item, tr_request_row_new ());
}

static void
on_bind_row_cb (GtkListItemFactory *factory,
                GtkListItem        *list_item)
{
  tr_request_row_set_item (TR_REQUEST_ROW (gtk_list_item_get_child (list_item)),
                           gtk_list_item_get_item (list_item));
}

static void
on_unbind_row_cb (GtkListItemFactory *factory,
                  GtkListItem        *list_item)
{
  tr_request_row_set_item (TR_REQUEST_ROW (gtk_list_item_get_child (list_item)), NULL);
}

static void
on_create_menu_popup_cb (GtkMenuButton *button,
                         gpointer       menu)
{
  if (gtk_menu_button_get_popover (button) == NULL)
    gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

/* A menu's popover is built the first time it opens, not with the window
 * (startup, issue 9). */
static void
set_menu_later (GtkMenuButton *button,
                GMenuModel    *menu)
{
  gtk_menu_button_set_create_popup_func (button, on_create_menu_popup_cb,
                                         g_object_ref (menu), g_object_unref);
}

static int
find_section (GMenuModel *menu,
              GMenuModel *section)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) link = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (link == section)
        return i;
    }
  return -1;
}

/* At phone width the header bar has no room for the sort button: its
 * choices move into the primary menu while the leaflet is folded. */
static void
on_folded_cb (TrWindow *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);
  int position = find_section (G_MENU_MODEL (self->primary_menu), G_MENU_MODEL (self->sort_section));

  gtk_widget_set_visible (GTK_WIDGET (self->sort_button), !folded);
  if (folded && position < 0)
    g_menu_append_section (self->primary_menu, NULL, G_MENU_MODEL (self->sort_section));
  else if (!folded && position >= 0)
    g_menu_remove (self->primary_menu, position);
}

static void
init_sort_section (TrWindow *self)
{
  self->sort_section = g_menu_new ();
  g_menu_append_submenu (self->sort_section, _("_Sort By"), self->sort_menu);
  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (on_folded_cb), self, G_CONNECT_SWAPPED);
  on_folded_cb (self);
}

void
tr_window_init_list (TrWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  tr_startup_trace ("window-template-built");
  self->filter = tr_request_filter_new ();
  self->sorter = tr_request_sorter_new ();
  /* Sorted, then filtered: the sorter reads the account's list store, the
   * filter an array (a search or a folder refilters without sorting again,
   * and the view reads the filtered items). */
  self->sort_model = gtk_sort_list_model_new (NULL, g_object_ref (GTK_SORTER (self->sorter)));
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->sort_model)),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (on_items_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind_row_cb), NULL);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  gtk_list_view_set_model (self->request_list, GTK_SELECTION_MODEL (selection));
  gtk_list_view_set_factory (self->request_list, factory);

  set_menu_later (self->welcome_menu_button, G_MENU_MODEL (self->primary_menu));
  set_menu_later (self->primary_menu_button, G_MENU_MODEL (self->primary_menu));
  set_menu_later (self->sort_button, self->sort_menu);
  init_sort_section (self);
  build_sidebar (self);
  select_folder_row (self, TR_REQUEST_FOLDER_ALL);
  on_page_changed_cb (self);
}

/* The request page and the editor */

static void on_editor_done_cb (TrWindow *self);

static void
on_edit_requested_cb (TrWindow *self)
{
  if (self->request_pane != NULL)
    tr_window_edit_request (self, tr_request_pane_get_item (TR_REQUEST_PANE (self->request_pane)));
}

void
tr_window_close_request_pane (TrWindow *self)
{
  on_editor_done_cb (self);
  if (self->request_pane == NULL)
    return;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "request") == 0)
    gtk_stack_set_visible_child_name (self->main_stack, self->account != NULL ? "main" : "welcome");
  gtk_stack_remove (self->main_stack, self->request_pane);
  self->request_pane = NULL;
}

/**
 * tr_window_open_request:
 * @self: a #TrWindow
 * @item: a request of the account
 *
 * Shows the page of @item; its back button returns to the list.
 *
 * Returns: (transfer none): the page, a #TrRequestPane
 */
GtkWidget *
tr_window_open_request (TrWindow      *self,
                        TrRequestItem *item)
{
  g_return_val_if_fail (TR_IS_WINDOW (self), NULL);
  g_return_val_if_fail (TR_IS_REQUEST_ITEM (item), NULL);
  g_return_val_if_fail (self->account != NULL, NULL);

  tr_window_close_request_pane (self);
  self->request_pane = tr_request_pane_new (self->account, item);
  g_signal_connect_object (tr_request_pane_get_view (TR_REQUEST_PANE (self->request_pane)),
                           "edit-requested", G_CALLBACK (on_edit_requested_cb), self, G_CONNECT_SWAPPED);
  gtk_stack_add_named (self->main_stack, self->request_pane, "request");
  gtk_stack_set_visible_child (self->main_stack, self->request_pane);
  tr_window_load_comments (self, self->request_pane);
  return self->request_pane;
}

static void
on_editor_done_cb (TrWindow *self)
{
  if (self->editor_pane == NULL)
    return;

  gtk_stack_set_visible_child_name (self->main_stack, self->request_pane != NULL ? "request" : "main");
  gtk_stack_remove (self->main_stack, self->editor_pane);
  self->editor_pane = NULL;
}

/**
 * tr_window_edit_request:
 * @self: a #TrWindow
 * @item: (nullable): the request to edit, %NULL for a new request
 *
 * Shows the editor; once saved or closed, the window goes back to the
 * request page or the list.
 *
 * Returns: (transfer none): the page, a #TrEditorPane
 */
GtkWidget *
tr_window_edit_request (TrWindow      *self,
                        TrRequestItem *item)
{
  g_return_val_if_fail (TR_IS_WINDOW (self), NULL);
  g_return_val_if_fail (item == NULL || TR_IS_REQUEST_ITEM (item), NULL);
  g_return_val_if_fail (self->account != NULL, NULL);

  on_editor_done_cb (self);
  self->editor_pane = tr_editor_pane_new (self->account, item);
  g_signal_connect_object (self->editor_pane, "done", G_CALLBACK (on_editor_done_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_stack_add_named (self->main_stack, self->editor_pane, "editor");
  gtk_stack_set_visible_child (self->main_stack, self->editor_pane);
  return self->editor_pane;
}

static void
on_request_activated_cb (TrWindow *self,
                         guint     position)
{
  g_autoptr(TrRequestItem) item = g_list_model_get_item (G_LIST_MODEL (self->filter_model), position);

  if (item != NULL)
    tr_window_open_request (self, item);
}

/* Type-to-search and F10 follow the page shown: typing on the list
 * searches it, F10 opens the menu of the page's header bar. */
static void
on_page_changed_cb (TrWindow *self)
{
  const char *page;
  gboolean on_list;

  /* The stack notifies while the template is being built. */
  if (self->search_bar == NULL || self->welcome_menu_button == NULL || self->primary_menu_button == NULL)
    return;

  page = gtk_stack_get_visible_child_name (self->main_stack);
  on_list = g_strcmp0 (page, "main") == 0;

  gtk_search_bar_set_key_capture_widget (self->search_bar, on_list ? GTK_WIDGET (self) : NULL);
  gtk_menu_button_set_primary (self->welcome_menu_button, g_strcmp0 (page, "welcome") == 0);
  gtk_menu_button_set_primary (self->primary_menu_button, on_list);
}

/* Actions */

static void
new_request_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  TrWindow *self = TR_WINDOW (user_data);

  if (self->account != NULL)
    tr_window_edit_request (self, NULL);
}

static void
show_list_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  tr_window_close_request_pane (TR_WINDOW (user_data));
}

static void
search_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  TrWindow *self = TR_WINDOW (user_data);

  if (self->account == NULL)
    return;
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
refresh_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  tr_window_refresh (TR_WINDOW (user_data));
}

static void
show_views_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  TrWindow *self = TR_WINDOW (user_data);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static const GActionEntry window_actions[] = {
  { "search", search_action },
  { "refresh", refresh_action },
  { "show-views", show_views_action },
  { "show-list", show_list_action },
  { "new-request", new_request_action },
};

void
tr_window_init_actions (TrWindow *self)
{
  g_autoptr(GPropertyAction) sort_key = g_property_action_new ("sort-key", self->sorter, "key");
  g_autoptr(GPropertyAction) descending = g_property_action_new ("sort-descending", self->sorter, "descending");

  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (sort_key));
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (descending));
  g_action_map_add_action_entries (G_ACTION_MAP (self), window_actions,
                                   G_N_ELEMENTS (window_actions), self);
}

void
tr_window_class_init_template (GtkWidgetClass *widget_class)
{
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/travelrequests/TravelRequests/tr-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TrWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TrWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, TrWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, TrWindow, progress_page);
  gtk_widget_class_bind_template_child (widget_class, TrWindow, progress_spinner);
  gtk_widget_class_bind_template_child (widget_class, TrWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, TrWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, TrWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, TrWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, TrWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, TrWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, TrWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TrWindow, offline_revealer);
  gtk_widget_class_bind_template_child (widget_class, TrWindow, sync_spinner);
  gtk_widget_class_bind_template_child (widget_class, TrWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, TrWindow, request_list);
  gtk_widget_class_bind_template_child (widget_class, TrWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, TrWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, TrWindow, loading_progress);
  gtk_widget_class_bind_template_child (widget_class, TrWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, TrWindow, welcome_menu_button);
  gtk_widget_class_bind_template_child (widget_class, TrWindow, sort_button);
  gtk_widget_class_bind_template_child (widget_class, TrWindow, sort_menu);
  gtk_widget_class_bind_template_child (widget_class, TrWindow, primary_menu_button);
  gtk_widget_class_bind_template_callback (widget_class, on_page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_request_activated_cb);
}
