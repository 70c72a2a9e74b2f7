/* tr-test-util.c
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

#include <string.h>

#include "tr-test-util.h"

/**
 * tr_test_init:
 *
 * Returns: -1 to go on, or the exit status. Without a display the whole
 *   program is skipped: under `protocol: 'tap'` meson 1.0 counts exit
 *   status 77 as an error, so the skip is a TAP plan `1..0 # SKIP` and 0.
 */
int
tr_test_init (int    *argc,
              char ***argv)
{
  g_test_init (argc, argv, NULL);
  gtk_disable_setlocale ();
  if (!gtk_init_check ())
    {
      if (g_strcmp0 (g_getenv ("TR_REQUIRE_DISPLAY"), "1") == 0)
        g_error ("cannot open a display");
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  adw_init ();
  /* Transitions end at once: a screenshot never catches an entry row's
   * title half-way between its two places. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  return -1;
}

JsonNode *
tr_test_load_fixture (const char *name)
{
  const char *dir = g_getenv ("TR_FIXTURES_DIR");
  g_autofree char *path = g_build_filename (dir ? dir : ".", name, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

TrRequest *
tr_test_load_request (const char *name)
{
  g_autoptr(JsonNode) node = tr_test_load_fixture (name);
  g_autoptr(GError) error = NULL;
  TrRequest *request = tr_request_new_from_json (node, &error);

  g_assert_no_error (error);
  return request;
}

GListModel *
tr_test_load_expenses (const char *name)
{
  g_autoptr(JsonNode) node = tr_test_load_fixture (name);
  g_autoptr(GError) error = NULL;
  GListStore *store = tr_expense_list_new_from_json (node, &error);

  g_assert_no_error (error);
  return G_LIST_MODEL (store);
}

/* Puts @child in a window of the given size and maps it. */
GtkWidget *
tr_test_show (GtkWidget *child,
              int        width,
              int        height)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));
  for (int i = 0; i < 200 && !gtk_widget_get_mapped (child); i++)
    tr_test_iterate ();
  return window;
}

static gboolean
on_tick_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for about a millisecond, without busy-waiting. */
void
tr_test_iterate (void)
{
  gboolean done = FALSE;

  g_timeout_add (1, on_tick_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
collect (GtkWidget *widget,
         GString   *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  if (GTK_IS_EDITABLE (widget) && !GTK_IS_TEXT (widget))
    g_string_append_printf (text, "%s\n", gtk_editable_get_text (GTK_EDITABLE (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child))
      collect (child, text);
}

/* Every visible label's text, one per line. */
char *
tr_test_collect_text (GtkWidget *widget)
{
  GString *text = g_string_new (NULL);

  collect (widget, text);
  return g_string_free (text, FALSE);
}

gboolean
tr_test_has_text (GtkWidget  *widget,
                  const char *text)
{
  g_autofree char *all = tr_test_collect_text (widget);

  return strstr (all, text) != NULL;
}

GtkWidget *
tr_test_find_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

void
tr_test_close_window (GtkWidget *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  tr_test_iterate ();
}

/* Saves a PNG of @window under $TR_SCREENSHOT_DIR, when set. */
void
tr_test_screenshot (GtkWidget  *window,
                    const char *name)
{
  const char *dir = g_getenv ("TR_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GtkSnapshot *snapshot;
  GskRenderer *renderer;
  int width, height;

  if (dir == NULL || *dir == '\0')
    return;

  /* Under load the window may not have been laid out and drawn yet: keep
   * iterating until it yields a render node. The picture is for a person
   * to look at, not an assertion, so a window that never draws only logs. */
  for (int i = 0; i < 500 && node == NULL; i++)
    {
      tr_test_iterate ();
      width = gtk_widget_get_width (window);
      height = gtk_widget_get_height (window);
      if (width <= 0 || height <= 0)
        continue;
      g_clear_object (&paintable);
      paintable = gtk_widget_paintable_new (window);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
    }
  if (node == NULL)
    {
      g_test_message ("screenshot %s skipped: the window never drew", name);
      return;
    }
  renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_mkdir_with_parents (dir, 0755);
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}
