/* tr-ui-test-utils.c
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

#include "tr-ui-test-utils.h"

const char *const tr_ui_test_status_codes[6] = {
  "NOT_SUBMITTED", "SUBMITTED", "SENTBACK", "APPROVED", "CANCELED", "PENDING_BOOKING",
};

const char *const tr_ui_test_destinations[4] = {
  "Berlin, GERMANY", "München, GERMANY", "Paris, FRANCE", "Seattle, USA",
};

gboolean
tr_ui_test_init_display (void)
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

static void
add_start_date (JsonBuilder *builder,
                guint        i)
{
  g_autoptr(GDateTime) base = g_date_time_new_utc (2026, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) start = g_date_time_add_days (base, (i * 7919) % 1000);
  g_autoptr(GDateTime) end = g_date_time_add_days (start, 2);
  g_autofree char *start_text = g_date_time_format (start, "%Y-%m-%d");
  g_autofree char *end_text = g_date_time_format (end, "%Y-%m-%d");

  json_builder_set_member_name (builder, "startDate");
  json_builder_add_string_value (builder, start_text);
  json_builder_set_member_name (builder, "endDate");
  json_builder_add_string_value (builder, end_text);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

/* Request i: id R<i>, requestId the decimal i + 1, a status, a destination
 * and a start date that cycle, every 50th undated, every 10th closed. */
JsonNode *
tr_ui_test_request (guint i)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *id = g_strdup_printf ("%032X", i + 1);
  g_autofree char *key = g_strdup_printf ("%u", i + 1);
  g_autofree char *name = g_strdup_printf ("Trip %u", i);
  g_autofree char *purpose = i % 100 == 0 ? g_strdup ("Kick-off of project KIWI")
                                          : g_strdup_printf ("Purpose %u", i);

  json_builder_begin_object (builder);
  add_string (builder, "id", id);
  add_string (builder, "requestId", key);
  add_string (builder, "name", name);
  add_string (builder, "businessPurpose", purpose);
  json_builder_set_member_name (builder, "approvalStatus");
  json_builder_begin_object (builder);
  add_string (builder, "code", tr_ui_test_status_codes[TR_UI_TEST_STATUS (i)]);
  add_string (builder, "name", tr_ui_test_status_codes[TR_UI_TEST_STATUS (i)]);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "closed");
  json_builder_add_boolean_value (builder, TR_UI_TEST_CLOSED (i));
  json_builder_set_member_name (builder, "mainDestination");
  json_builder_begin_object (builder);
  add_string (builder, "name", tr_ui_test_destinations[i % 4]);
  json_builder_end_object (builder);
  if (!TR_UI_TEST_UNDATED (i))
    add_start_date (builder, i);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

JsonArray *
tr_ui_test_requests (guint first,
                     guint n)
{
  JsonArray *array = json_array_new ();

  for (guint i = first; i < first + n; i++)
    json_array_add_element (array, tr_ui_test_request (i));
  return array;
}

static gboolean
on_timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Iterates the main context until done() or the timeout. */
gboolean
tr_ui_test_wait_for (gboolean (*done) (gpointer data),
                     gpointer   data,
                     guint      timeout_ms)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (timeout_ms, on_timeout_cb, &timed_out);

  while (!done (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  return done (data);
}

static gboolean
on_frames_timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets the window lay out and draw for a moment. */
static void
settle (void)
{
  gboolean done = FALSE;

  g_timeout_add (300, on_frames_timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/**
 * tr_ui_test_save_screenshot:
 * @window: a presented window
 * @name: the picture's name, e.g. "main-1280x800"
 *
 * Saves a picture of @window as `$G_TEST_BUILDDIR/screenshots/NAME.png`
 * (`_build/tests/screenshots/`, never the sources) for a person to look at.
 *
 * Returns: (transfer full): the file written
 */
char *
tr_ui_test_save_screenshot (GtkWidget  *window,
                            const char *name)
{
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ?: ".", "screenshots", NULL);
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  char *path = g_build_filename (dir, file, NULL);
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer;

  settle ();
  paintable = gtk_widget_paintable_new (window);
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (window), gtk_widget_get_height (window));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  texture = gsk_renderer_render_texture (renderer, node, NULL);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  return path;
}
