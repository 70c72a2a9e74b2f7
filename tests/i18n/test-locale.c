/* test-locale.c
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

/* Starts the window in the language of $LANGUAGE with the catalogs built in
 * the build tree, and reads what a person sees: the welcome page's title and
 * the window title must be the translations, not the English source. */

#include <locale.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "tr-application.h"
#include "tr-window.h"

static const char *expected_welcome;
static const char *expected_title;

static GtkWidget *
find_status_page_titled (GtkWidget  *widget,
                         const char *title)
{
  GtkWidget *child;

  if (ADW_IS_STATUS_PAGE (widget) &&
      g_strcmp0 (adw_status_page_get_title (ADW_STATUS_PAGE (widget)), title) == 0)
    return widget;

  for (child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_status_page_titled (child, title);

      if (found)
        return found;
    }

  return NULL;
}

static void
test_locale_window (void)
{
  g_autoptr(TrApplication) app = tr_application_new ();
  TrWindow *window;

  /* Not unique: locale-fr and locale-de may run at once on the same bus, and
   * the second would otherwise only talk to the first. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  window = tr_window_new (ADW_APPLICATION (app));

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, expected_title);
  g_assert_nonnull (find_status_page_titled (GTK_WIDGET (window), expected_welcome));
  g_assert_null (find_status_page_titled (GTK_WIDGET (window), "Welcome to Travel Requests"));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (argc != 4)
    g_error ("usage: test-locale LOCALEDIR EXPECTED_TITLE EXPECTED_WELCOME");

  /* The environment names the language; the catalogs come from the build tree. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, argv[1]);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  expected_title = argv[2];
  expected_welcome = argv[3];

  gtk_disable_setlocale ();
  if (!gtk_init_check ())
    {
      if (g_strcmp0 (g_getenv ("TR_REQUIRE_DISPLAY"), "1") == 0)
        g_error ("Cannot open a display, and TR_REQUIRE_DISPLAY=1");
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  adw_init ();

  g_test_add_func ("/i18n/window", test_locale_window);

  return g_test_run ();
}
