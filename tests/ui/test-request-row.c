/* test-request-row.c
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

/* A row of the list of requests (TrRequestRow, one widget drawn by hand):
 * what a screen reader reads, a constant height, and that its drawing shows
 * the item's texts, its status pill, its sync badge, mirrored right to left. */

#include <string.h>
#include <gtk/gtk.h>

#include "tr-request-item.h"
#include "tr-request-row.h"
#include "tr-ui-test-utils.h"

#define ROW_JSON \
  "{ \"id\": \"0123456789ABCDEF0123456789ABCDEF\", \"requestId\": \"333T\"," \
  "  \"name\": \"Client meeting in Berlin\", \"startDate\": \"2018-07-15\"," \
  "  \"endDate\": \"2018-07-17\", \"closed\": false," \
  "  \"mainDestination\": { \"name\": \"Berlin\" }," \
  "  \"approvalStatus\": { \"code\": \"SUBMITTED\", \"name\": \"Submitted\" }," \
  "  \"totalPostedAmount\": { \"value\": 494.56, \"currency\": \"USD\" } }"

static TrRequestItem *
new_item (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = json_from_string (ROW_JSON, &error);
  g_autoptr(TrRequest) request = NULL;

  g_assert_no_error (error);
  request = tr_request_new_from_json (node, &error);
  g_assert_no_error (error);
  return tr_request_item_new (request);
}

static void
test_row_accessible_label (void)
{
  g_autoptr(TrRequestItem) item = new_item ();
  GtkWidget *row = g_object_ref_sink (tr_request_row_new ());
  TrRequest *request = tr_request_item_get_request (item);
  g_autofree char *dates = tr_request_format_dates (request);
  g_autofree char *total = tr_request_format_total (request);
  g_autofree char *expected = NULL;
  g_autofree char *mismatch = NULL;

  g_assert_cmpstr (dates, ==, "15 Jul 2018 – 17 Jul 2018");
  g_assert_nonnull (total);
  g_assert_true (strstr (total, "494") != NULL);

  tr_request_row_set_item (TR_REQUEST_ROW (row), item);
  g_assert_true (tr_request_row_get_item (TR_REQUEST_ROW (row)) == item);
  g_assert_true (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (row)) == GTK_ACCESSIBLE_ROLE_LABEL);
  expected = g_strdup_printf ("Client meeting in Berlin, request 333T, %s, Berlin, status Submitted, total %s, "
                              "In sync with the server", dates, total);
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
  g_assert_null (mismatch);

  /* The label follows the item: a queued submission is read out. */
  tr_request_item_set_pending_action (item, "submit");
  tr_request_item_set_sync (item, TR_REQUEST_SYNC_WAITING);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("Client meeting in Berlin, request 333T, %s, Berlin, status Submitted, total %s, "
                              "Will be submitted", dates, total);
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
  g_assert_null (mismatch);

  tr_request_row_set_item (TR_REQUEST_ROW (row), NULL);
  g_assert_finalize_object (row);
}

static void
test_row_constant_height (void)
{
  g_autoptr(TrRequestItem) item = new_item ();
  GtkWidget *row = g_object_ref_sink (tr_request_row_new ());
  int empty_min, empty_nat, min, nat, narrow_min, narrow_nat, width_min;

  gtk_widget_measure (row, GTK_ORIENTATION_VERTICAL, -1, &empty_min, &empty_nat, NULL, NULL);
  tr_request_row_set_item (TR_REQUEST_ROW (row), item);
  gtk_widget_measure (row, GTK_ORIENTATION_VERTICAL, -1, &min, &nat, NULL, NULL);
  gtk_widget_measure (row, GTK_ORIENTATION_VERTICAL, 120, &narrow_min, &narrow_nat, NULL, NULL);
  gtk_widget_measure (row, GTK_ORIENTATION_HORIZONTAL, -1, &width_min, NULL, NULL, NULL);

  /* Two lines of text plus the margins, whatever the item or the width. */
  g_assert_cmpint (min, >=, 2 * 12 + 18);
  g_assert_cmpint (min, ==, nat);
  g_assert_cmpint (min, ==, empty_min);
  g_assert_cmpint (min, ==, narrow_min);
  g_assert_cmpint (narrow_min, ==, narrow_nat);
  g_assert_cmpint (width_min, >, 0);
  g_assert_finalize_object (row);
}

/* Text nodes (in widget coordinates), fills and icons of a render node tree. */
typedef struct
{
  GArray *texts;   /* graphene_rect_t */
  guint   n_colors;
  guint   n_icons;
} Found;

static void
collect (GskRenderNode         *node,
         const graphene_point_t *offset,
         Found                 *found)
{
  graphene_rect_t bounds;

  switch ((int) gsk_render_node_get_node_type (node))
    {
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        collect (gsk_container_node_get_child (node, i), offset, found);
      break;
    case GSK_TRANSFORM_NODE:
      {
        float dx = 0, dy = 0;
        graphene_point_t moved;

        gsk_transform_to_translate (gsk_transform_node_get_transform (node), &dx, &dy);
        moved = GRAPHENE_POINT_INIT (offset->x + dx, offset->y + dy);
        collect (gsk_transform_node_get_child (node), &moved, found);
      }
      break;
    case GSK_ROUNDED_CLIP_NODE:
      collect (gsk_rounded_clip_node_get_child (node), offset, found);
      break;
    case GSK_CLIP_NODE:
      collect (gsk_clip_node_get_child (node), offset, found);
      break;
    case GSK_DEBUG_NODE:
      collect (gsk_debug_node_get_child (node), offset, found);
      break;
    case GSK_COLOR_NODE:
      found->n_colors++;
      break;
    case GSK_TEXT_NODE:
      gsk_render_node_get_bounds (node, &bounds);
      graphene_rect_offset (&bounds, offset->x, offset->y);
      g_array_append_val (found->texts, bounds);
      break;
    case GSK_COLOR_MATRIX_NODE: /* a symbolic icon, recoloured */
    case GSK_TEXTURE_NODE:
      found->n_icons++;
      break;
    default:
      break;
    }
}

/* What the row draws of itself (its snapshot() alone, without the
 * background and margins GTK adds around it). */
static GskRenderNode *
draw (GtkWidget *row)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  GTK_WIDGET_GET_CLASS (row)->snapshot (row, snapshot);
  return gtk_snapshot_free_to_node (snapshot);
}

static gboolean
is_laid_out (gpointer data)
{
  return gtk_widget_get_width (GTK_WIDGET (data)) > 0 && gtk_widget_get_mapped (GTK_WIDGET (data));
}

/* Pixels that are not the window's background. */
static guint
count_ink (GtkWidget     *window,
           GskRenderNode *node)
{
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  graphene_rect_t bounds;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  int width, height;
  guint ink = 0;

  gsk_render_node_get_bounds (node, &bounds);
  texture = gsk_renderer_render_texture (renderer, node, &bounds);
  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, pixels, width * 4);
  for (gsize i = 0; i < (gsize) width * height; i++)
    if (pixels[i * 4 + 3] > 0)
      ink++;
  return ink;
}

static Found
draw_row (GtkWidget *window,
          GtkWidget *row,
          guint     *ink)
{
  g_autoptr(GskRenderNode) node = draw (row);
  Found found = { g_array_new (FALSE, FALSE, sizeof (graphene_rect_t)), 0, 0 };

  g_assert_nonnull (node);
  collect (node, &GRAPHENE_POINT_INIT (0, 0), &found);
  *ink = count_ink (window, node);
  return found;
}

static void
test_row_draws_its_item (void)
{
  g_autoptr(TrRequestItem) item = new_item ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *row = tr_request_row_new ();
  Found ltr, rtl, badge;
  guint ink, rtl_ink, badge_ink;
  int width;

  gtk_window_set_default_size (GTK_WINDOW (window), 480, -1);
  gtk_window_set_child (GTK_WINDOW (window), row);
  tr_request_row_set_item (TR_REQUEST_ROW (row), item);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (tr_ui_test_wait_for (is_laid_out, row, 3000));
  width = gtk_widget_get_width (row);

  /* Name, total, details and status; the pill's background. */
  ltr = draw_row (window, row, &ink);
  g_assert_cmpuint (ltr.texts->len, ==, 4);
  g_assert_cmpuint (ltr.n_colors, ==, 1);
  g_assert_cmpuint (ltr.n_icons, ==, 0);
  g_assert_cmpuint (ink, >, 200);
  /* The name starts at the left, the total ends at the right. */
  g_assert_cmpfloat (g_array_index (ltr.texts, graphene_rect_t, 0).origin.x, <, width / 4.0);
  g_assert_cmpfloat (graphene_rect_get_x (&g_array_index (ltr.texts, graphene_rect_t, 1)), >, width / 2.0);

  gtk_widget_set_direction (row, GTK_TEXT_DIR_RTL);
  rtl = draw_row (window, row, &rtl_ink);
  g_assert_cmpuint (rtl.texts->len, ==, 4);
  g_assert_cmpfloat (graphene_rect_get_x (&g_array_index (rtl.texts, graphene_rect_t, 1)), <, width / 4.0);
  g_assert_cmpfloat (g_array_index (rtl.texts, graphene_rect_t, 0).origin.x
                     + g_array_index (rtl.texts, graphene_rect_t, 0).size.width, >, width / 2.0);

  /* A request only on this computer gets its badge: more ink. */
  gtk_widget_set_direction (row, GTK_TEXT_DIR_LTR);
  tr_request_item_set_sync (item, TR_REQUEST_SYNC_LOCAL_ONLY);
  badge = draw_row (window, row, &badge_ink);
  g_assert_cmpuint (badge.texts->len, ==, 4);
  g_assert_cmpuint (badge.n_icons, ==, 1);
  g_assert_cmpuint (badge_ink, >, ink);

  g_array_unref (ltr.texts);
  g_array_unref (rtl.texts);
  g_array_unref (badge.texts);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A cached row is shown as listed, without building its TrRequest, and
 * reads the same as the request it caches. */
static void
test_row_from_cached_row (void)
{
  g_autoptr(TrRequestItem) full = new_item ();
  g_autoptr(TrStoreRequestRow) cached = tr_store_request_row_new ();
  g_autoptr(TrRequestItem) light = NULL;
  GtkWidget *row = g_object_ref_sink (tr_request_row_new ());
  TrRequestSummary a, b;
  g_autofree char *dates_a = NULL, *dates_b = NULL, *total_a = NULL, *total_b = NULL;
  g_autofree char *details_a = NULL, *details_b = NULL;

  cached->local_id = 7;
  cached->server_id = g_strdup ("0123456789ABCDEF0123456789ABCDEF");
  cached->request_key = g_strdup ("333T");
  cached->name = g_strdup ("Client meeting in Berlin");
  cached->start_date = g_strdup ("2018-07-15");
  cached->end_date = g_strdup ("2018-07-17");
  cached->destination = g_strdup ("Berlin");
  cached->status_code = g_strdup ("SUBMITTED");
  cached->status_name = g_strdup ("Submitted");
  cached->total = (TrStoreAmount) { 49456, 2, g_strdup ("USD") };
  light = tr_request_item_new_from_row (cached);

  tr_request_summary_init (&a, tr_request_item_get_request (full));
  tr_request_summary_init_from_item (&b, light);
  dates_a = tr_request_summary_format_dates (&a);
  dates_b = tr_request_summary_format_dates (&b);
  g_assert_cmpstr (dates_b, ==, dates_a);
  details_a = tr_request_summary_format_details (&a, dates_a);
  details_b = tr_request_summary_format_details (&b, dates_b);
  g_assert_cmpstr (details_b, ==, "333T · 15 Jul 2018 – 17 Jul 2018 · Berlin");
  g_assert_cmpstr (details_b, ==, details_a);
  total_a = tr_request_summary_format_total (&a);
  total_b = tr_request_summary_format_total (&b);
  g_assert_cmpstr (total_b, ==, total_a);
  g_assert_cmpstr (tr_request_summary_status_label (&b), ==, tr_request_summary_status_label (&a));

  tr_request_row_set_item (TR_REQUEST_ROW (row), light);
  g_assert_true (tr_request_item_peek_row (light) == cached);
  g_object_unref (row);
}

int
main (int   argc,
      char *argv[])
{
  /* GTK_A11Y=none keeps no accessible state: the "test" context does. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  g_test_init (&argc, &argv, NULL);
  gtk_disable_setlocale ();

  if (!tr_ui_test_init_display ())
    {
      g_test_skip ("no display");
      return 77;
    }

  g_test_add_func ("/ui/request-row/accessible-label", test_row_accessible_label);
  g_test_add_func ("/ui/request-row/constant-height", test_row_constant_height);
  g_test_add_func ("/ui/request-row/draws-its-item", test_row_draws_its_item);
  g_test_add_func ("/ui/request-row/from-cached-row", test_row_from_cached_row);
  return g_test_run ();
}
