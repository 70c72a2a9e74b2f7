/* bare-window.c
 *
 * Copyright 2026 The Travel Requests authors
 *
 * This program is free software: you can redistribute it and/or modify it
 * under the terms of the GNU General Public License as published by the Free
 * Software Foundation, either version 3 of the License, or (at your option)
 * any later version. See <https://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The startup floor (bench/README.md): an AdwApplication showing one
 * AdwApplicationWindow of the app's default size with what every
 * libadwaita window has (an AdwHeaderBar showing its title and its
 * close button) and nothing else, which quits right after its first frame
 * is painted, as travel-requests does under TR_BENCH_EXIT_AFTER_FRAME=1.
 * With --blank the window has no content at all (no header bar, no text
 * drawn): the floor of earlier runs, still printed for comparison. */

#include <glib/gi18n-lib.h>
#include <adwaita.h>

/* TR_STARTUP_TRACE=1: the same steps as the app's (bench/README.md). */
static void
trace (const char *step)
{
  if (g_strcmp0 (g_getenv ("TR_STARTUP_TRACE"), "1") == 0)
    g_printerr ("startup-trace %s %" G_GINT64_FORMAT "\n", step, g_get_real_time ());
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   GApplication  *application)
{
  trace ("after-paint");
  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, application);
  g_application_quit (application);
}

static void
on_realize_cb (GtkWidget    *window,
               GApplication *application)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), application);
}

static gboolean blank;

static GtkWidget *
header_bar_window_content (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *content = adw_bin_new ();

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_widget_set_vexpand (content, TRUE);
  gtk_box_append (GTK_BOX (box), content);
  return box;
}

static void
on_activate_cb (GApplication *application)
{
  GtkWidget *window;

  trace ("gtk-started");
  window = adw_application_window_new (GTK_APPLICATION (application));
  if (!blank)
    adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), header_bar_window_content ());

  gtk_window_set_title (GTK_WINDOW (window), _("Bare window"));
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  g_signal_connect (window, "realize", G_CALLBACK (on_realize_cb), application);
  gtk_window_present (GTK_WINDOW (window));
  trace ("window-presented");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) application = NULL;

  trace ("main");
  if (argc > 1 && g_strcmp0 (argv[1], "--blank") == 0)
    {
      blank = TRUE;
      argv[1] = argv[0];
      argc--;
      argv++;
    }
  application = adw_application_new ("org.example.TrBareWindow",
                                                               G_APPLICATION_NON_UNIQUE);

  g_signal_connect (application, "activate", G_CALLBACK (on_activate_cb), NULL);
  return g_application_run (G_APPLICATION (application), argc, argv);
}
