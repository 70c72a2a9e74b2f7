/* test-request-view.c
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

#include "tr-itinerary-view.h"
#include "tr-request-view.h"
#include "tr-test-util.h"

typedef struct
{
  char *rel;
  char *href;
  guint count;
} Emitted;

static void
on_action_requested_cb (TrRequestView *view,
                        const char    *rel,
                        const char    *href,
                        Emitted       *emitted)
{
  g_free (emitted->rel);
  g_free (emitted->href);
  emitted->rel = g_strdup (rel);
  emitted->href = g_strdup (href);
  emitted->count++;
}

static void
emitted_clear (Emitted *emitted)
{
  g_clear_pointer (&emitted->rel, g_free);
  g_clear_pointer (&emitted->href, g_free);
}

static GListModel *
list_from_text (GType       type,
                const char *json)
{
  g_autoptr(JsonNode) node = json_from_string (json, NULL);
  g_autoptr(GError) error = NULL;
  GListStore *store = tr_resource_list_new_from_json (type, node, "test", &error);

  g_assert_no_error (error);
  return G_LIST_MODEL (store);
}

static void
test_header (void)
{
  g_autoptr(TrRequest) request = tr_test_load_request ("03-get-request.response.json");
  g_autoptr(GListModel) expenses = tr_test_load_expenses ("09-list-request-expenses.response.json");
  GtkWidget *view = tr_request_view_new ();
  GtkWidget *window = tr_test_show (view, 1280, 800);
  g_autoptr(GListModel) policies = NULL;
  g_autoptr(GListModel) agencies = NULL;
  g_auto(GStrv) rels = NULL;
  const char *expected[] = {
    "Client meeting in Berlin - JULY", "Request 333T", "Not Submitted",
    "Client meeting for project KIWI", "Berlin, GERMANY", "494.56 USD",
    "Need to arrive the day before for meeting in Company Office", "CEN1PRO2",
    "Kick-off meeting for project KIWI", "Sun 15 Jul 2018 06:00 – Tue 17 Jul 2018 19:30",
    "00497B95D8055849A1B217C8D05FFB86", "2EC038D7C3CBBE4ABA0914425064D34F", "Travel",
    "Airfare", "Taxi", "Dinner", "Flight · Round trip",
  };

  tr_request_view_set_request (TR_REQUEST_VIEW (view), request);
  tr_request_view_set_expenses (TR_REQUEST_VIEW (view), expenses);
  tr_test_iterate ();
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (!tr_test_has_text (view, expected[i]))
      g_error ("“%s” is not shown:\n%s", expected[i], tr_test_collect_text (view));

  rels = tr_request_view_dup_action_rels (TR_REQUEST_VIEW (view));
  g_assert_cmpstrv (rels, ((const char *[]) { "submit", NULL }));
  g_assert_true (tr_test_has_text (view, "Submit"));
  g_assert_false (tr_test_has_text (view, "Recall"));
  g_assert_false (tr_test_has_text (view, "Waiting for approval"));

  /* Once the catalog answers, the policy and the agency show by name. */
  policies = list_from_text (TR_TYPE_POLICY, "[{\"id\":\"P9\",\"name\":\"Interns\"},"
                                             "{\"id\":\"00497B95D8055849A1B217C8D05FFB86\",\"name\":\"Standard Travel\"}]");
  agencies = list_from_text (TR_TYPE_TRAVEL_AGENCY,
                             "[{\"id\":\"2EC038D7C3CBBE4ABA0914425064D34F\",\"name\":\"Globe Voyages\"}]");
  tr_request_view_set_policies (TR_REQUEST_VIEW (view), policies);
  tr_request_view_set_travel_agencies (TR_REQUEST_VIEW (view), agencies);
  tr_test_iterate ();
  g_assert_true (tr_test_has_text (view, "Standard Travel"));
  g_assert_true (tr_test_has_text (view, "Globe Voyages"));
  g_assert_false (tr_test_has_text (view, "00497B95D8055849A1B217C8D05FFB86"));
  g_assert_false (tr_test_has_text (view, "2EC038D7C3CBBE4ABA0914425064D34F"));
  tr_test_close_window (window);
}

static void
test_submit_not_confirmed (void)
{
  g_autoptr(TrRequest) request = tr_test_load_request ("03-get-request.response.json");
  GtkWidget *view = tr_request_view_new ();
  GtkWidget *window = tr_test_show (view, 800, 600);
  Emitted emitted = { 0 };

  g_signal_connect (view, "action-requested", G_CALLBACK (on_action_requested_cb), &emitted);
  tr_request_view_set_request (TR_REQUEST_VIEW (view), request);
  g_assert_false (tr_request_view_activate_action (TR_REQUEST_VIEW (view), "cancel"));
  g_assert_cmpuint (emitted.count, ==, 0);
  g_assert_true (tr_request_view_activate_action (TR_REQUEST_VIEW (view), "submit"));
  g_assert_cmpuint (emitted.count, ==, 1);
  g_assert_cmpstr (emitted.rel, ==, "submit");
  g_assert_true (g_str_has_suffix (emitted.href, "/224AF3CDCC2A5244A37C72FA5770C6F2/submit"));
  g_assert_null (tr_test_find_dialog ());
  emitted_clear (&emitted);
  tr_test_close_window (window);
}

static void
test_destructive_confirmed (void)
{
  g_autoptr(TrRequest) request = tr_test_load_request ("07-submit-request.response.json");
  GtkWidget *view = tr_request_view_new ();
  GtkWidget *window = tr_test_show (view, 800, 600);
  g_auto(GStrv) rels = NULL;
  Emitted emitted = { 0 };
  GtkWidget *dialog;

  g_signal_connect (view, "action-requested", G_CALLBACK (on_action_requested_cb), &emitted);
  tr_request_view_set_request (TR_REQUEST_VIEW (view), request);
  rels = tr_request_view_dup_action_rels (TR_REQUEST_VIEW (view));
  g_assert_cmpstrv (rels, ((const char *[]) { "recall", "cancel", NULL }));
  g_assert_false (tr_request_view_activate_action (TR_REQUEST_VIEW (view), "submit"));

  /* Cancel asks first; keeping the request emits nothing. */
  g_assert_true (tr_request_view_activate_action (TR_REQUEST_VIEW (view), "cancel"));
  tr_test_iterate ();
  dialog = tr_test_find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpuint (emitted.count, ==, 0);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (emitted.count, ==, 0);

  g_assert_true (tr_request_view_activate_action (TR_REQUEST_VIEW (view), "cancel"));
  tr_test_iterate ();
  dialog = tr_test_find_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Cancel Request?");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "confirm");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (emitted.count, ==, 1);
  g_assert_cmpstr (emitted.rel, ==, "cancel");
  g_assert_true (g_str_has_suffix (emitted.href, "/cancel"));

  g_assert_true (tr_test_has_text (view, "Submitted & Pending Approval"));
  g_assert_false (tr_test_has_text (view, "Edit"));
  emitted_clear (&emitted);
  tr_test_close_window (window);
}

static void
test_approver_and_comments (void)
{
  g_autoptr(JsonNode) node = tr_test_load_fixture ("07-submit-request.response.json");
  g_autoptr(JsonNode) approver = json_from_string ("{\"firstName\":\"Marc\",\"lastName\":\"Dupont\"}", NULL);
  g_autoptr(TrRequest) request = NULL;
  g_autoptr(GListModel) comments = list_from_text (TR_TYPE_COMMENT,
    "[{\"author\":{\"firstName\":\"Emma\",\"lastName\":\"Weber\"},"
    "\"creationDateTime\":\"2018-05-25T09:38:02Z\",\"isLatest\":true,"
    "\"value\":\"Please approve before Friday.\"}]");
  GtkWidget *view = tr_request_view_new ();
  GtkWidget *window = tr_test_show (view, 800, 600);

  json_object_set_member (json_node_get_object (node), "approver", json_node_copy (approver));
  request = tr_request_new_from_json (node, NULL);
  g_assert_nonnull (request);
  tr_request_view_set_request (TR_REQUEST_VIEW (view), request);
  g_assert_false (tr_test_has_text (view, "Comments"));
  tr_request_view_set_comments (TR_REQUEST_VIEW (view), comments);
  g_assert_true (tr_test_has_text (view, "Waiting for approval by Marc Dupont"));
  g_assert_true (tr_test_has_text (view, "Comments"));
  g_assert_true (tr_test_has_text (view, "Please approve before Friday."));
  g_assert_true (tr_test_has_text (view, "Emma Weber · 25 May 2018 09:38"));
  g_assert_true (tr_test_has_text (view, "No expected expenses"));
  tr_test_close_window (window);
}

static GtkWidget *
row_after (GtkWidget  *root,
           const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_ACTION_ROW (child)
          && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return gtk_widget_get_next_sibling (child);
      if ((found = row_after (child, title)) != NULL)
        return found;
    }
  return NULL;
}

static const char *exceptions_json =
  "[{\"code\":\"MISSPURP\",\"level\":10,\"isBlocking\":false,"
  "\"message\":\"Explain why you travel.\",\"source\":{\"type\":\"HEADER\"},"
  "\"parameters\":{\"missingFields\":[\"Business Purpose\"]}},"
  "{\"code\":\"TAXILIM\",\"level\":99,\"isBlocking\":true,"
  "\"message\":\"Taxi over the limit.\",\"source\":{\"type\":\"EXPENSE\","
  "\"id\":\"D65BDBD5D980F6498D67A92B06A457B0\"}},"
  "{\"code\":\"CALWARN2\",\"level\":5,\"isBlocking\":false,"
  "\"message\":\"Trip booked late.\",\"source\":{\"type\":\"HEADER\"}}]";

static void
test_exceptions_beside_fields (void)
{
  g_autoptr(TrRequest) request = tr_test_load_request ("03-get-request.response.json");
  g_autoptr(GListModel) expenses = tr_test_load_expenses ("09-list-request-expenses.response.json");
  g_autoptr(GListModel) exceptions = list_from_text (TR_TYPE_EXCEPTION, exceptions_json);
  GtkWidget *view = tr_request_view_new ();
  GtkWidget *window = tr_test_show (view, 800, 600);
  GtkWidget *next;

  tr_request_view_set_request (TR_REQUEST_VIEW (view), request);
  tr_request_view_set_expenses (TR_REQUEST_VIEW (view), expenses);
  tr_request_view_set_exceptions (TR_REQUEST_VIEW (view), exceptions);

  next = row_after (view, "Business purpose");
  g_assert_nonnull (next);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (next)), ==,
                   "Explain why you travel.");
  g_assert_true (gtk_widget_has_css_class (next, "exception-warning"));

  next = row_after (view, "Taxi");
  g_assert_nonnull (next);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (next)), ==,
                   "Taxi over the limit.");
  g_assert_true (gtk_widget_has_css_class (next, "exception-error"));
  g_assert_true (tr_test_has_text (view, "Blocks submission until fixed"));

  g_assert_true (tr_test_has_text (view, "Policy Exceptions"));
  g_assert_true (tr_test_has_text (view, "Trip booked late."));
  tr_test_close_window (window);
}

static const char *segments_json =
  "[{\"id\":\"R1\",\"expenseType\":{\"id\":\"RAILF\",\"name\":\"Train\"},"
  "\"transactionDate\":\"2018-07-16T00:00:00Z\","
  "\"transactionAmount\":{\"value\":89.5,\"currency\":\"EUR\"},"
  "\"tripData\":{\"segmentType\":{\"category\":\"REQ_SEG_RAILF\",\"code\":\"RAILF\"},"
  "\"legs\":[{\"startDate\":\"2018-07-16\",\"startTime\":\"09:12\","
  "\"startLocation\":{\"name\":\"Berlin Hbf\",\"countryCode\":\"DE\"},"
  "\"endLocation\":{\"name\":\"Hamburg Hbf\",\"countryCode\":\"DE\"}},"
  "{\"startDate\":\"2018-07-16\",\"startTime\":\"18:00\","
  "\"startLocation\":{\"name\":\"Hamburg Hbf\",\"countryCode\":\"DE\"},"
  "\"endLocation\":{\"name\":\"Bremen Hbf\",\"countryCode\":\"DE\"}}]}},"
  "{\"id\":\"H1\",\"expenseType\":{\"id\":\"LODNG\",\"name\":\"Hotel\"},"
  "\"transactionDate\":\"2018-07-15T00:00:00Z\","
  "\"transactionAmount\":{\"value\":240,\"currency\":\"EUR\"},"
  "\"tripData\":{\"segmentType\":{\"category\":\"REQ_SEG_HOTEL\",\"code\":\"HOTEL\"},"
  "\"legs\":[{\"startDate\":\"2018-07-15\",\"endDate\":\"2018-07-17\","
  "\"endLocation\":{\"city\":\"Berlin\",\"countryCode\":\"DE\"}}]}},"
  "{\"id\":\"T1\",\"expenseType\":{\"id\":\"TAXIF\",\"name\":\"Taxi\"},"
  "\"transactionDate\":\"2018-07-15T00:00:00Z\","
  "\"transactionAmount\":{\"value\":35,\"currency\":\"EUR\"},"
  "\"tripData\":{\"segmentType\":{\"category\":\"REQ_SEG_TAXIF\",\"code\":\"TAXIF\"},"
  "\"legs\":[{\"startDate\":\"2018-07-15\",\"startTime\":\"07:00\","
  "\"startLocation\":{\"city\":\"Paris\",\"countryCode\":\"FR\"},"
  "\"endLocation\":{\"iataCode\":\"CDG\",\"countryCode\":\"FR\"}}]}}]";

static void
test_itinerary_order (void)
{
  g_autoptr(GListModel) fixture = tr_test_load_expenses ("09-list-request-expenses.response.json");
  g_autoptr(GListModel) more = list_from_text (TR_TYPE_EXPENSE, segments_json);
  g_autoptr(GListStore) all = g_list_store_new (TR_TYPE_EXPENSE);
  GtkWidget *view = tr_itinerary_view_new ();
  GtkWidget *window = tr_test_show (view, 800, 600);
  const char *titles[] = { "Taxi", "Flight · Round trip", "Hotel", "Train · Multi-stop" };
  const char *icons[] = { "tr-segment-taxi-symbolic", "tr-segment-air-symbolic",
                          "tr-segment-hotel-symbolic", "tr-segment-rail-symbolic" };
  g_autofree char *legs = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (more); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (more, i);
      g_list_store_append (all, item);
    }
  for (guint i = 0; i < g_list_model_get_n_items (fixture); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (fixture, i);
      g_list_store_append (all, item);
    }
  tr_itinerary_view_set_expenses (TR_ITINERARY_VIEW (view), G_LIST_MODEL (all));
  tr_test_iterate ();

  /* The taxi (07:00) and the hotel (no time) share the 15th with the
   * flight (08:00); plain expenses (taxi and dinner fixtures) are left out. */
  g_assert_cmpuint (g_list_model_get_n_items (tr_itinerary_view_get_segments (TR_ITINERARY_VIEW (view))),
                    ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      TrSegmentRow *row = tr_itinerary_view_get_row (TR_ITINERARY_VIEW (view), i);

      g_assert_cmpstr (tr_segment_row_get_title (row), ==, titles[i]);
      g_assert_cmpstr (tr_segment_row_get_icon_name (row), ==, icons[i]);
    }
  legs = tr_segment_row_dup_legs_text (tr_itinerary_view_get_row (TR_ITINERARY_VIEW (view), 1));
  g_assert_nonnull (strstr (legs, "Charles De Gaulle Intl (CDG) → Berlin(Alls) (BER)"));
  g_assert_nonnull (strstr (legs, "Return: Berlin(Alls) (BER) → Charles De Gaulle Intl (CDG)"));
  tr_test_close_window (window);
}

static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Scrolls the page so that the itinerary is at the top. */
static void
scroll_to_itinerary (GtkWidget *view)
{
  GtkWidget *scrolled = find_type (view, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *itinerary = find_type (view, TR_TYPE_ITINERARY_VIEW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  double x, y;

  g_assert_true (gtk_widget_translate_coordinates (itinerary, scrolled, 0, 0, &x, &y));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + y - 60);
}

static void
test_screenshots (void)
{
  g_autoptr(TrRequest) request = tr_test_load_request ("03-get-request.response.json");
  g_autoptr(GListModel) expenses = tr_test_load_expenses ("09-list-request-expenses.response.json");
  g_autoptr(GListModel) exceptions = list_from_text (TR_TYPE_EXCEPTION, exceptions_json);
  const int widths[] = { 1280, 360 };

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      GtkWidget *view = tr_request_view_new ();
      GtkWidget *window;
      g_autofree char *name = g_strdup_printf ("request-page-%d.png", widths[i]);

      tr_request_view_set_request (TR_REQUEST_VIEW (view), request);
      tr_request_view_set_expenses (TR_REQUEST_VIEW (view), expenses);
      tr_request_view_set_exceptions (TR_REQUEST_VIEW (view), exceptions);
      window = tr_test_show (view, widths[i], 800);
      tr_test_screenshot (window, name);
      scroll_to_itinerary (view);
      g_free (name);
      name = g_strdup_printf ("request-page-%d-itinerary.png", widths[i]);
      tr_test_screenshot (window, name);
      g_assert_cmpint (gtk_widget_get_width (window), <=, widths[i] == 360 ? 400 : 1400);
      tr_test_close_window (window);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status = tr_test_init (&argc, &argv);

  if (status >= 0)
    return status;

  g_test_add_func ("/request/view/header", test_header);
  g_test_add_func ("/request/view/submit-not-confirmed", test_submit_not_confirmed);
  g_test_add_func ("/request/view/destructive-confirmed", test_destructive_confirmed);
  g_test_add_func ("/request/view/exceptions-beside-fields", test_exceptions_beside_fields);
  g_test_add_func ("/request/view/approver-and-comments", test_approver_and_comments);
  g_test_add_func ("/request/itinerary/order", test_itinerary_order);
  g_test_add_func ("/request/view/screenshots", test_screenshots);

  return g_test_run ();
}
