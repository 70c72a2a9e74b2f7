/* test-window.c
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

/* The main window: welcome page, leaflet and sidebar, list, search, empty
 * states, folding at phone width, settings, actions. */

#include <string.h>
#include <adwaita.h>

#include "tr-application.h"
#include "tr-request-item.h"
#include "tr-settings.h"
#include "tr-sidebar-row.h"
#include "tr-ui-test-utils.h"
#include "tr-window.h"

static TrApplication *app;

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type,
             gboolean (*match) (GtkWidget *widget, gconstpointer data),
             gconstpointer data)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && (match == NULL || match (widget, data)))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
status_page_titled (GtkWidget     *widget,
                    gconstpointer  title)
{
  return g_strcmp0 (adw_status_page_get_title (ADW_STATUS_PAGE (widget)), title) == 0;
}

static gboolean
button_labeled (GtkWidget     *widget,
                gconstpointer  label)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static void
count_primary (GtkWidget *widget,
               guint     *count)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
    (*count)++;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    count_primary (child, count);
}

/* F10 has one menu to open: the one of the page shown. */
static void
assert_one_primary_menu (TrWindow *window)
{
  guint count = 0;

  count_primary (GTK_WIDGET (window), &count);
  g_assert_cmpuint (count, ==, 1);
}

static void
find_primary (GtkWidget  *widget,
              GtkWidget **found)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
    *found = widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    find_primary (child, found);
}

/* The primary menu's popover is built when it first opens (F10 or a
 * click), from the window's menu with the accounts section. */
static void
assert_primary_menu_opens (TrWindow *window)
{
  GtkWidget *button = NULL;
  GMenuModel *model;
  GtkPopover *popover;

  find_primary (GTK_WIDGET (window), &button);
  g_assert_nonnull (button);
  g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  model = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  g_assert_nonnull (model);
  g_assert_cmpint (g_menu_model_get_n_items (model), >, 1);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  /* Opened again, the same popover shows. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  g_assert_true (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)) == popover);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
}

static TrAccount *
new_account (guint n_own,
             guint n_to_approve)
{
  g_autoptr(TrAuthorizer) authorizer = tr_authorizer_new (TR_DATA_CENTER_CUSTOM, "http://127.0.0.1:9",
                                                          "test-client", NULL);
  g_autoptr(JsonArray) own = tr_ui_test_requests (0, n_own);
  g_autoptr(JsonArray) to_approve = tr_ui_test_requests (n_own, n_to_approve);
  TrAccount *account = tr_account_new (authorizer, "Test Account");

  tr_account_merge_listing (account, own, to_approve);
  return account;
}

static void
test_window_first_screen (void)
{
  TrWindow *window = tr_window_new (ADW_APPLICATION (app));
  GtkWidget *page;

  gtk_window_present (GTK_WINDOW (window));

  g_assert_cmpstr (tr_window_get_page (window), ==, "welcome");
  page = find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, status_page_titled,
                      "Welcome to Travel Requests");
  g_assert_nonnull (page);
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (page)), "SAP Concur account"));
  g_assert_nonnull (find_widget (page, GTK_TYPE_BUTTON, button_labeled, "_Sign In…"));
  g_assert_nonnull (find_widget (page, GTK_TYPE_BUTTON, button_labeled, "_Try the Demo"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Travel Requests");
  g_assert_null (tr_window_get_account (window));
  assert_one_primary_menu (window);
  /* gtk/help-overlay.ui is found: Ctrl+? opens the shortcuts window. */
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "show-help-overlay"));
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
count_visible_sidebar_rows (TrWindow *window)
{
  GtkWidget *list = find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, NULL, NULL);
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    n += TR_IS_SIDEBAR_ROW (row) && gtk_widget_get_visible (row);
  return n;
}

static void
test_window_list (void)
{
  TrWindow *window = tr_window_new (ADW_APPLICATION (app));
  g_autoptr(TrAccount) account = new_account (30, 0);
  GListModel *visible = tr_window_get_visible_requests (window);

  gtk_window_present (GTK_WINDOW (window));
  tr_window_set_account (window, account);
  tr_window_set_folder (window, TR_REQUEST_FOLDER_ALL);

  g_assert_cmpstr (tr_window_get_page (window), ==, "main");
  assert_one_primary_menu (window);
  assert_primary_menu_opens (window);
  g_assert_nonnull (find_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 30);
  /* No request to approve: the "To Approve" view is hidden. */
  g_assert_cmpuint (count_visible_sidebar_rows (window), ==, 6);

  tr_window_set_folder (window, TR_REQUEST_FOLDER_PENDING);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 4); /* 1, 7, 13 and 25; 19 is closed */
  for (guint i = 0; i < g_list_model_get_n_items (visible); i++)
    {
      g_autoptr(TrRequestItem) item = g_list_model_get_item (visible, i);

      g_assert_cmpuint (tr_request_get_status_kind (tr_request_item_get_request (item)), ==,
                        TR_APPROVAL_STATUS_KIND_SUBMITTED);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_to_approve (void)
{
  TrWindow *window = tr_window_new (ADW_APPLICATION (app));
  g_autoptr(TrAccount) account = new_account (12, 3);

  tr_window_set_account (window, account);
  g_assert_cmpuint (count_visible_sidebar_rows (window), ==, 7);
  tr_window_set_folder (window, TR_REQUEST_FOLDER_TO_APPROVE);
  g_assert_cmpuint (g_list_model_get_n_items (tr_window_get_visible_requests (window)), ==, 3);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_search_and_empty (void)
{
  TrWindow *window = tr_window_new (ADW_APPLICATION (app));
  g_autoptr(TrAccount) account = new_account (20, 0);
  GtkWidget *entry;

  gtk_window_present (GTK_WINDOW (window));
  tr_window_set_account (window, account);
  tr_window_set_folder (window, TR_REQUEST_FOLDER_ALL);
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "search"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "search", NULL);

  entry = find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL, NULL);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "münchen");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpuint (g_list_model_get_n_items (tr_window_get_visible_requests (window)), ==, 5);

  gtk_editable_set_text (GTK_EDITABLE (entry), "no such trip");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpuint (g_list_model_get_n_items (tr_window_get_visible_requests (window)), ==, 0);
  g_assert_nonnull (find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, status_page_titled,
                                 "No Results Found"));

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_signal_emit_by_name (entry, "search-changed");
  tr_window_set_folder (window, TR_REQUEST_FOLDER_TO_APPROVE);
  g_assert_nonnull (find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, status_page_titled,
                                 "Nothing to Approve"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_sort_action (void)
{
  TrWindow *window = tr_window_new (ADW_APPLICATION (app));
  g_autoptr(TrAccount) account = new_account (15, 0);
  g_autoptr(TrRequestItem) first = NULL;

  tr_window_set_account (window, account);
  tr_window_set_folder (window, TR_REQUEST_FOLDER_ALL);
  g_action_group_activate_action (G_ACTION_GROUP (window), "sort-key", g_variant_new_string ("request-id"));
  g_assert_cmpuint (tr_request_sorter_get_key (tr_window_get_sorter (window)), ==, TR_REQUEST_SORT_REQUEST_ID);
  /* Descending by default, like the API; the action toggles it. */
  g_assert_true (tr_request_sorter_get_descending (tr_window_get_sorter (window)));
  first = g_list_model_get_item (tr_window_get_visible_requests (window), 0);
  g_assert_cmpstr (tr_request_get_request_id (tr_request_item_get_request (first)), ==, "15");
  g_clear_object (&first);

  g_action_group_activate_action (G_ACTION_GROUP (window), "sort-descending", NULL);
  g_assert_false (tr_request_sorter_get_descending (tr_window_get_sorter (window)));
  first = g_list_model_get_item (tr_window_get_visible_requests (window), 0);
  g_assert_cmpstr (tr_request_get_request_id (tr_request_item_get_request (first)), ==, "1");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_folded (gpointer data)
{
  return adw_leaflet_get_folded (ADW_LEAFLET (data));
}

static gboolean
is_unfolded (gpointer data)
{
  return !adw_leaflet_get_folded (ADW_LEAFLET (data));
}

/* Whether the primary menu holds a "Sort By" submenu. */
static gboolean
has_icon (GtkWidget     *widget,
          gconstpointer  icon_name)
{
  return g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)), icon_name) == 0;
}

static GtkWidget *
find_sort_button (GtkWidget *window)
{
  return find_widget (window, GTK_TYPE_MENU_BUTTON, has_icon, "view-sort-descending-symbolic");
}

static gboolean
menu_has_sort (GtkWidget *window)
{
  GtkWidget *found = NULL;
  GtkMenuButton *button;
  GMenuModel *menu;

  find_primary (window, &found);
  button = GTK_MENU_BUTTON (found);
  menu = gtk_menu_button_get_menu_model (button);

  /* The popover is built when first opened: open it to read its model. */
  if (menu == NULL)
    {
      gtk_menu_button_popup (button);
      gtk_menu_button_popdown (button);
      menu = gtk_menu_button_get_menu_model (button);
    }
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      for (int j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++)
        {
          g_autoptr(GMenuModel) submenu = g_menu_model_get_item_link (section, j, G_MENU_LINK_SUBMENU);

          if (submenu != NULL)
            return TRUE;
        }
    }
  return FALSE;
}

static void
test_window_folds (void)
{
  TrWindow *window = tr_window_new (ADW_APPLICATION (app));
  g_autoptr(TrAccount) account = new_account (5, 0);
  GtkWidget *leaflet;

  tr_window_set_account (window, account);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  leaflet = find_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL, NULL);
  g_assert_true (tr_ui_test_wait_for (is_unfolded, leaflet, 3000));
  g_assert_true (gtk_widget_get_visible (find_sort_button (GTK_WIDGET (window))));
  g_assert_false (menu_has_sort (GTK_WIDGET (window)));

  gtk_window_destroy (GTK_WINDOW (window));

  window = tr_window_new (ADW_APPLICATION (app));
  tr_window_set_account (window, account);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  gtk_window_present (GTK_WINDOW (window));
  leaflet = find_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL, NULL);
  g_assert_true (tr_ui_test_wait_for (is_folded, leaflet, 3000));
  /* No room for the sort button at phone width: the choices are in the
   * primary menu. */
  g_assert_false (gtk_widget_get_visible (find_sort_button (GTK_WIDGET (window))));
  g_assert_true (menu_has_sort (GTK_WIDGET (window)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_settings (void)
{
  g_autoptr(GSettings) settings = tr_settings_new ();
  TrWindow *window;
  int width, height;

  g_assert_nonnull (settings);
  g_settings_set_int (settings, "window-width", 800);
  g_settings_set_int (settings, "window-height", 600);
  g_settings_set_string (settings, "last-view", "pending");

  window = tr_window_new (ADW_APPLICATION (app));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 800);
  g_assert_cmpint (height, ==, 600);
  g_assert_cmpuint (tr_window_get_folder (window), ==, TR_REQUEST_FOLDER_PENDING);

  tr_window_set_folder (window, TR_REQUEST_FOLDER_CLOSED);
  g_assert_cmpint (g_settings_get_enum (settings, "last-view"), ==, TR_REQUEST_FOLDER_CLOSED);

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  gtk_window_present (GTK_WINDOW (window));
  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);
  g_settings_reset (settings, "last-view");
}

static void
test_application_actions (void)
{
  static const char *actions[] = { "quit", "about", "sign-in", "try-demo", "demo-user",
                                   "switch-account", "sign-out" };
  g_auto(GStrv) quit = NULL;
  g_auto(GStrv) search = NULL;
  g_auto(GStrv) refresh = NULL;
  g_auto(GStrv) new_request = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), actions[i]));
  /* Nobody is signed in: nothing to sign out of. */
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "sign-out"));

  quit = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
  search = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.search");
  refresh = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.refresh");
  g_assert_cmpstr (quit[0], ==, "<Control>q");
  g_assert_cmpstr (search[0], ==, "<Control>f");
  g_assert_cmpstr (refresh[0], ==, "<Control>r");
  new_request = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.new-request");
  g_assert_cmpstr (new_request[0], ==, "<Control>n");
  g_assert_cmpstr (g_application_get_application_id (G_APPLICATION (app)), ==, APP_ID);
  g_assert_nonnull (tr_application_get_accounts_menu (app));
}

static void
test_application_accounts (void)
{
  g_autoptr(TrAccount) account = new_account (3, 0);
  TrWindow *window = tr_window_new (ADW_APPLICATION (app));

  gtk_window_present (GTK_WINDOW (window));
  tr_application_add_account (app, account);
  g_assert_true (tr_application_get_account (app) == account);
  g_assert_true (tr_window_get_account (window) == account);
  g_assert_cmpuint (g_list_model_get_n_items (tr_application_get_accounts (app)), ==, 1);
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "sign-out"));
  /* The switcher lists the account. */
  g_assert_cmpint (g_menu_model_get_n_items (tr_application_get_accounts_menu (app)), ==, 2);

  tr_application_sign_out (app);
  g_assert_null (tr_application_get_account (app));
  g_assert_cmpuint (g_list_model_get_n_items (tr_application_get_accounts (app)), ==, 0);
  g_assert_cmpstr (tr_window_get_page (window), ==, "welcome");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  gtk_disable_setlocale ();

  if (!tr_ui_test_init_display ())
    {
      g_test_skip ("no display");
      return 77;
    }

  g_test_add_func ("/ui/window/first-screen", test_window_first_screen);
  g_test_add_func ("/ui/window/list", test_window_list);
  g_test_add_func ("/ui/window/to-approve", test_window_to_approve);
  g_test_add_func ("/ui/window/search-and-empty", test_window_search_and_empty);
  g_test_add_func ("/ui/window/sort-action", test_window_sort_action);
  g_test_add_func ("/ui/window/folds", test_window_folds);
  g_test_add_func ("/ui/window/settings", test_window_settings);
  g_test_add_func ("/ui/application/actions", test_application_actions);
  g_test_add_func ("/ui/application/accounts", test_application_accounts);

  app = tr_application_new ();
  /* Test programs run side by side on one session bus: each its own app. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  ret = g_test_run ();
  g_clear_object (&app);

  return ret;
}
