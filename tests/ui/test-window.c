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

#include <adwaita.h>

#include "tr-application.h"
#include "tr-window.h"

static TrApplication *app;

static gboolean
init_display (void)
{
  if (gtk_init_check ())
    {
      adw_init ();
      return TRUE;
    }

  if (g_strcmp0 (g_getenv ("TR_REQUIRE_DISPLAY"), "1") == 0)
    g_error ("Cannot open a display, and TR_REQUIRE_DISPLAY=1");

  return FALSE;
}

static GtkWidget *
find_status_page (GtkWidget *widget)
{
  GtkWidget *child;

  if (ADW_IS_STATUS_PAGE (widget))
    return widget;

  for (child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_status_page (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_window_first_screen (void)
{
  TrWindow *window;
  GtkWidget *page;

  window = tr_window_new (ADW_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (window));

  page = find_status_page (GTK_WIDGET (window));
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page) || gtk_widget_get_visible (page));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (page)), ==, "No Account Yet");
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (page)), "account"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Travel Requests");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_application_actions (void)
{
  g_auto(GStrv) accels = NULL;

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "quit"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "about"));

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
  g_assert_cmpuint (g_strv_length (accels), ==, 1);
  g_assert_cmpstr (accels[0], ==, "<Control>q");
  g_assert_cmpstr (g_application_get_application_id (G_APPLICATION (app)), ==, APP_ID);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  gtk_disable_setlocale ();

  if (!init_display ())
    {
      g_test_skip ("no display");
      return 77;
    }

  g_test_add_func ("/ui/window/first-screen", test_window_first_screen);
  g_test_add_func ("/ui/application/actions", test_application_actions);

  app = tr_application_new ();
  g_application_register (G_APPLICATION (app), NULL, NULL);
  ret = g_test_run ();
  g_clear_object (&app);

  return ret;
}
