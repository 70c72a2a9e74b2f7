/* test-request-editor.c
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

#include "tr-api-error.h"
#include "tr-expense-editor.h"
#include "tr-itinerary-editor.h"
#include "tr-request-editor.h"
#include "tr-test-util.h"

#define FIELD_WIDGET(e, f) tr_request_editor_get_field_widget (TR_REQUEST_EDITOR (e), f)
#define FIELD_MESSAGE(e, f) tr_request_editor_get_field_message (TR_REQUEST_EDITOR (e), f)

static void
type_into (GtkWidget     *editor,
           TrEditorField  field,
           const char    *text)
{
  gtk_editable_set_text (GTK_EDITABLE (FIELD_WIDGET (editor, field)), text);
  tr_test_iterate ();
}

static void
assert_marked (GtkWidget     *editor,
               TrEditorField  field,
               const char    *message)
{
  GtkWidget *row = FIELD_WIDGET (editor, field);

  if (message == NULL)
    {
      g_assert_null (FIELD_MESSAGE (editor, field));
      g_assert_false (gtk_widget_has_css_class (row, "error"));
    }
  else
    {
      g_assert_cmpstr (FIELD_MESSAGE (editor, field), ==, message);
      g_assert_true (gtk_widget_has_css_class (row, "error"));
    }
}

static void
on_save_requested_cb (TrRequestEditor  *editor,
                      TrRequest        *request,
                      TrRequest       **saved)
{
  g_set_object (saved, request);
}

static void
on_closed_cb (TrRequestEditor *editor,
              guint           *count)
{
  (*count)++;
}

static void
test_load (void)
{
  g_autoptr(TrRequest) request = tr_test_load_request ("03-get-request.response.json");
  GtkWidget *editor = tr_request_editor_new ();
  GtkWidget *window = tr_test_show (editor, 800, 700);
  const char *expected[] = {
    "Client meeting in Berlin - JULY", "Client meeting for project KIWI", "2018-07-15",
    "06:00", "2018-07-17", "19:30", "Berlin, GERMANY",
    "Need to arrive the day before for meeting in Company Office",
    "Kick-off meeting for project KIWI",
  };

  tr_request_editor_set_request (TR_REQUEST_EDITOR (editor), request);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (!tr_test_has_text (editor, expected[i]))
      g_error ("“%s” is not shown:\n%s", expected[i], tr_test_collect_text (editor));
  g_assert_false (tr_request_editor_is_modified (TR_REQUEST_EDITOR (editor)));
  g_assert_true (tr_request_editor_validate (TR_REQUEST_EDITOR (editor)));
  tr_test_close_window (window);
}

static void
test_validation_messages (void)
{
  GtkWidget *editor = tr_request_editor_new ();
  GtkWidget *window = tr_test_show (editor, 800, 700);

  /* Untouched fields say nothing until the user types or saves. */
  assert_marked (editor, TR_EDITOR_FIELD_NAME, NULL);

  type_into (editor, TR_EDITOR_FIELD_START_DATE, "2026-07-15");
  type_into (editor, TR_EDITOR_FIELD_END_DATE, "2026-07-10");
  assert_marked (editor, TR_EDITOR_FIELD_END_DATE, "The end date is before the start date.");
  assert_marked (editor, TR_EDITOR_FIELD_START_DATE, NULL);
  type_into (editor, TR_EDITOR_FIELD_END_DATE, "2026-07-15");
  assert_marked (editor, TR_EDITOR_FIELD_END_DATE, NULL);

  type_into (editor, TR_EDITOR_FIELD_START_TIME, "18:00");
  type_into (editor, TR_EDITOR_FIELD_END_TIME, "09:00");
  assert_marked (editor, TR_EDITOR_FIELD_END_TIME,
                 "The end time is before the start time on the same day.");
  type_into (editor, TR_EDITOR_FIELD_END_TIME, "21:15");
  assert_marked (editor, TR_EDITOR_FIELD_END_TIME, NULL);

  type_into (editor, TR_EDITOR_FIELD_START_DATE, "15/07/2026");
  assert_marked (editor, TR_EDITOR_FIELD_START_DATE,
                 "“15/07/2026” is not a date: write it as year-month-day, for example 2026-07-15.");
  type_into (editor, TR_EDITOR_FIELD_START_DATE, "2026-07-14");
  assert_marked (editor, TR_EDITOR_FIELD_START_DATE, NULL);

  type_into (editor, TR_EDITOR_FIELD_START_TIME, "25:00");
  assert_marked (editor, TR_EDITOR_FIELD_START_TIME,
                 "“25:00” is not a time: write hours and minutes, for example 08:30.");
  type_into (editor, TR_EDITOR_FIELD_START_TIME, "08:00");

  type_into (editor, TR_EDITOR_FIELD_NAME, "Berlin");
  type_into (editor, TR_EDITOR_FIELD_NAME, " ");
  assert_marked (editor, TR_EDITOR_FIELD_NAME, "A name is required.");
  type_into (editor, TR_EDITOR_FIELD_NAME, "Berlin kick-off");
  assert_marked (editor, TR_EDITOR_FIELD_NAME, NULL);
  g_assert_true (tr_request_editor_validate (TR_REQUEST_EDITOR (editor)));
  tr_test_close_window (window);
}

static void
test_save (void)
{
  GtkWidget *editor = tr_request_editor_new ();
  GtkWidget *window = tr_test_show (editor, 800, 700);
  g_autoptr(TrRequest) saved = NULL;
  g_autoptr(GListModel) policies = NULL;
  g_autoptr(JsonNode) node = json_from_string ("[{\"id\":\"P1\",\"name\":\"Standard\"},"
                                               "{\"id\":\"P2\",\"name\":\"Executive\"}]", NULL);
  g_autofree char *start = NULL;

  policies = G_LIST_MODEL (tr_resource_list_new_from_json (TR_TYPE_POLICY, node, "p", NULL));
  tr_request_editor_set_policies (TR_REQUEST_EDITOR (editor), policies);
  g_signal_connect (editor, "save-requested", G_CALLBACK (on_save_requested_cb), &saved);

  /* An empty new request cannot be saved: the name is required. */
  g_assert_false (tr_request_editor_save (TR_REQUEST_EDITOR (editor)));
  g_assert_null (saved);
  assert_marked (editor, TR_EDITOR_FIELD_NAME, "A name is required.");

  type_into (editor, TR_EDITOR_FIELD_NAME, "Kick-off in Berlin");
  type_into (editor, TR_EDITOR_FIELD_PURPOSE, "Project KIWI");
  type_into (editor, TR_EDITOR_FIELD_START_DATE, "2026-07-15");
  type_into (editor, TR_EDITOR_FIELD_START_TIME, "07:30");
  type_into (editor, TR_EDITOR_FIELD_END_DATE, "2026-07-17");
  type_into (editor, TR_EDITOR_FIELD_DESTINATION, "Berlin");
  adw_combo_row_set_selected (ADW_COMBO_ROW (FIELD_WIDGET (editor, TR_EDITOR_FIELD_POLICY)), 1);
  g_assert_true (tr_request_editor_is_modified (TR_REQUEST_EDITOR (editor)));
  g_assert_true (tr_request_editor_save (TR_REQUEST_EDITOR (editor)));
  g_assert_nonnull (saved);
  g_assert_false (tr_request_editor_is_modified (TR_REQUEST_EDITOR (editor)));

  g_assert_cmpstr (tr_request_get_name (saved), ==, "Kick-off in Berlin");
  g_assert_cmpstr (tr_request_get_business_purpose (saved), ==, "Project KIWI");
  start = tr_validation_format_date (tr_request_get_start_date (saved));
  g_assert_cmpstr (start, ==, "2026-07-15");
  g_assert_cmpint (tr_request_get_start_time (saved), ==, 450);
  g_assert_cmpint (tr_request_get_end_time (saved), ==, -1);
  g_assert_cmpstr (tr_location_get_city (tr_request_get_main_destination (saved)), ==, "Berlin");
  g_assert_cmpstr (tr_resource_link_get_id (tr_request_get_policy (saved)), ==, "P2");
  tr_test_close_window (window);
}

static GListModel *
choices_new (GType       type,
             const char *json)
{
  g_autoptr(JsonNode) node = json_from_string (json, NULL);

  return G_LIST_MODEL (tr_resource_list_new_from_json (type, node, "c", NULL));
}

static const char *
selected_id (GtkWidget     *editor,
             TrEditorField  field)
{
  GObject *item = adw_combo_row_get_selected_item (ADW_COMBO_ROW (FIELD_WIDGET (editor, field)));

  if (item == NULL)
    return NULL;
  return TR_IS_POLICY (item) ? tr_policy_get_id (TR_POLICY (item))
                             : tr_travel_agency_get_id (TR_TRAVEL_AGENCY (item));
}

/* Policies and agencies arrive after the editor opened, in any order: a
 * list that arrives selects the request's value in its own row only, and
 * never undoes what the user chose meanwhile. */
static void
test_late_choices (void)
{
  g_autoptr(TrRequest) request = tr_request_new ();
  g_autoptr(TrResourceLink) policy = tr_resource_link_new ();
  g_autoptr(TrResourceLink) agency = tr_resource_link_new ();
  g_autoptr(GListModel) policies = choices_new (TR_TYPE_POLICY,
                                                "[{\"id\":\"P1\",\"name\":\"Standard\"},"
                                                "{\"id\":\"P2\",\"name\":\"Executive\"}]");
  g_autoptr(GListModel) more_policies = choices_new (TR_TYPE_POLICY,
                                                     "[{\"id\":\"P0\",\"name\":\"Intern\"},"
                                                     "{\"id\":\"P1\",\"name\":\"Standard\"},"
                                                     "{\"id\":\"P2\",\"name\":\"Executive\"}]");
  g_autoptr(GListModel) agencies = choices_new (TR_TYPE_TRAVEL_AGENCY,
                                                "[{\"id\":\"A1\",\"name\":\"Globe\"},"
                                                "{\"id\":\"A2\",\"name\":\"Orbit\"}]");
  GtkWidget *editor = tr_request_editor_new ();
  GtkWidget *window = tr_test_show (editor, 800, 700);

  tr_request_set_name (request, "Kick-off");
  tr_resource_link_set_id (policy, "P1");
  tr_request_set_policy (request, policy);
  tr_resource_link_set_id (agency, "A2");
  tr_request_set_travel_agency (request, agency);
  tr_request_editor_set_request (TR_REQUEST_EDITOR (editor), request);

  tr_request_editor_set_policies (TR_REQUEST_EDITOR (editor), policies);
  g_assert_cmpstr (selected_id (editor, TR_EDITOR_FIELD_POLICY), ==, "P1");
  g_assert_false (tr_request_editor_is_modified (TR_REQUEST_EDITOR (editor)));

  /* The user picks another policy, then the agencies arrive. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (FIELD_WIDGET (editor, TR_EDITOR_FIELD_POLICY)), 1);
  tr_request_editor_set_travel_agencies (TR_REQUEST_EDITOR (editor), agencies);
  g_assert_cmpstr (selected_id (editor, TR_EDITOR_FIELD_POLICY), ==, "P2");
  g_assert_cmpstr (selected_id (editor, TR_EDITOR_FIELD_AGENCY), ==, "A2");

  /* A longer list of policies keeps the user's choice, wherever it moved. */
  tr_request_editor_set_policies (TR_REQUEST_EDITOR (editor), more_policies);
  g_assert_cmpstr (selected_id (editor, TR_EDITOR_FIELD_POLICY), ==, "P2");
  g_assert_true (tr_request_editor_is_modified (TR_REQUEST_EDITOR (editor)));
  tr_test_close_window (window);
}

static TrLocation *
location_new (const char *name,
              const char *city,
              const char *country)
{
  TrLocation *location = tr_location_new ();

  tr_location_set_name (location, name);
  tr_location_set_city (location, city);
  tr_location_set_country_code (location, country);
  return location;
}

static void
test_destination_search (void)
{
  g_autoptr(GListStore) table = g_list_store_new (TR_TYPE_LOCATION);
  g_autoptr(TrLocation) berlin = location_new ("Berlin, GERMANY", "Berlin", "DE");
  g_autoptr(TrLocation) bern = location_new ("Bern, SWITZERLAND", "Bern", "CH");
  g_autoptr(TrLocation) lyon = location_new ("Lyon, FRANCE", "Lyon", "FR");
  g_autoptr(TrLocationListProvider) provider = NULL;
  g_autoptr(TrLocation) first = NULL;
  GtkWidget *editor = tr_request_editor_new ();
  GtkWidget *window = tr_test_show (editor, 800, 700);
  GListModel *suggestions = NULL;

  g_list_store_append (table, berlin);
  g_list_store_append (table, bern);
  g_list_store_append (table, lyon);
  provider = tr_location_list_provider_new (G_LIST_MODEL (table));
  tr_request_editor_set_location_provider (TR_REQUEST_EDITOR (editor), TR_LOCATION_PROVIDER (provider));

  type_into (editor, TR_EDITOR_FIELD_DESTINATION, "ber");
  assert_marked (editor, TR_EDITOR_FIELD_DESTINATION,
                 "Choose the destination from the suggestions, so the server can find it.");
  for (int i = 0; i < 2000 && suggestions == NULL; i++)
    {
      tr_test_iterate ();
      suggestions = tr_request_editor_get_suggestions (TR_REQUEST_EDITOR (editor));
    }
  g_assert_nonnull (suggestions);
  g_assert_cmpuint (g_list_model_get_n_items (suggestions), ==, 2);
  first = g_list_model_get_item (suggestions, 0);
  g_assert_true (first == berlin);

  tr_request_editor_choose_destination (TR_REQUEST_EDITOR (editor), first);
  assert_marked (editor, TR_EDITOR_FIELD_DESTINATION, NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (FIELD_WIDGET (editor, TR_EDITOR_FIELD_DESTINATION))),
                   ==, "Berlin, GERMANY");
  type_into (editor, TR_EDITOR_FIELD_NAME, "Berlin");
  g_assert_true (tr_request_editor_save (TR_REQUEST_EDITOR (editor)));
  g_assert_true (tr_request_get_main_destination (tr_request_editor_get_request (TR_REQUEST_EDITOR (editor)))
                 != NULL);
  g_assert_cmpstr (tr_location_get_country_code (tr_request_get_main_destination (tr_request_editor_get_request (TR_REQUEST_EDITOR (editor)))),
                   ==, "DE");
  tr_test_close_window (window);
}

static void
test_server_error (void)
{
  g_autoptr(TrRequest) request = tr_test_load_request ("03-get-request.response.json");
  g_autoptr(GError) location_error = NULL;
  g_autoptr(GError) general_error = NULL;
  GtkWidget *editor = tr_request_editor_new ();
  GtkWidget *window = tr_test_show (editor, 800, 700);

  tr_request_editor_set_request (TR_REQUEST_EDITOR (editor), request);
  type_into (editor, TR_EDITOR_FIELD_PURPOSE, "Typed by the user");
  type_into (editor, TR_EDITOR_FIELD_DESTINATION, "Atlantis");

  location_error = tr_api_error_new_full (TR_API_ERROR_VALIDATION, 400, "invalidLocation",
                                          "No location matches Atlantis.", "Invalid location");
  tr_request_editor_show_server_error (TR_REQUEST_EDITOR (editor), location_error);
  assert_marked (editor, TR_EDITOR_FIELD_DESTINATION, "No location matches Atlantis.");
  g_assert_true (tr_test_has_text (editor, "Typed by the user"));
  g_assert_true (tr_test_has_text (editor, "Atlantis"));
  g_assert_true (tr_request_editor_is_modified (TR_REQUEST_EDITOR (editor)));

  general_error = tr_api_error_new_full (TR_API_ERROR_VALIDATION, 400, "missingRequiredField",
                                         "At least 1 required field has an empty value.", "x");
  tr_request_editor_show_server_error (TR_REQUEST_EDITOR (editor), general_error);
  g_assert_cmpstr (FIELD_MESSAGE (editor, TR_EDITOR_FIELD_NONE), ==,
                   "At least 1 required field has an empty value.");

  /* Editing the field the server complained about clears its message. */
  type_into (editor, TR_EDITOR_FIELD_DESTINATION, "Berlin");
  assert_marked (editor, TR_EDITOR_FIELD_DESTINATION, NULL);
  g_assert_true (tr_test_has_text (editor, "Typed by the user"));
  tr_test_close_window (window);
}

static void
test_escape_asks (void)
{
  g_autoptr(TrRequest) request = tr_test_load_request ("03-get-request.response.json");
  GtkWidget *editor = tr_request_editor_new ();
  GtkWidget *window = tr_test_show (editor, 800, 700);
  GtkWidget *dialog;
  guint closed = 0;

  g_signal_connect (editor, "closed", G_CALLBACK (on_closed_cb), &closed);
  tr_request_editor_set_request (TR_REQUEST_EDITOR (editor), request);
  tr_request_editor_request_close (TR_REQUEST_EDITOR (editor));
  g_assert_cmpuint (closed, ==, 1);
  g_assert_null (tr_test_find_dialog ());

  type_into (editor, TR_EDITOR_FIELD_COMMENT, "Changed");
  tr_request_editor_request_close (TR_REQUEST_EDITOR (editor));
  tr_test_iterate ();
  dialog = tr_test_find_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (closed, ==, 1);
  g_assert_true (tr_test_has_text (editor, "Changed"));

  tr_request_editor_request_close (TR_REQUEST_EDITOR (editor));
  tr_test_iterate ();
  dialog = tr_test_find_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Discard Changes?");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "discard");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (closed, ==, 2);
  tr_test_close_window (window);
}

static void
set_field (GtkWidget  *row,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
test_compose_itinerary (void)
{
  GtkWidget *editor = tr_request_editor_new ();
  GtkWidget *window = tr_test_show (editor, 800, 700);
  GListModel *expenses = tr_request_editor_get_expenses (TR_REQUEST_EDITOR (editor));
  GtkWidget *sub, *dialog, *message;
  g_autoptr(TrExpense) flight = NULL;

  tr_request_editor_set_currency (TR_REQUEST_EDITOR (editor), "EUR");
  type_into (editor, TR_EDITOR_FIELD_NAME, "Berlin kick-off");
  type_into (editor, TR_EDITOR_FIELD_START_DATE, "2026-07-15");
  type_into (editor, TR_EDITOR_FIELD_END_DATE, "2026-07-17");

  sub = tr_request_editor_add_segment (TR_REQUEST_EDITOR (editor), TR_SEGMENT_KIND_AIR);
  g_assert_true (TR_IS_ITINERARY_EDITOR (sub));
  set_field (tr_itinerary_editor_get_field_widget (TR_ITINERARY_EDITOR (sub), TR_ITINERARY_FIELD_FROM), "CDG");
  set_field (tr_itinerary_editor_get_field_widget (TR_ITINERARY_EDITOR (sub), TR_ITINERARY_FIELD_TO), "BER");
  set_field (tr_itinerary_editor_get_field_widget (TR_ITINERARY_EDITOR (sub), TR_ITINERARY_FIELD_START_DATE), "2026-07-18");
  tr_itinerary_editor_set_round_trip (TR_ITINERARY_EDITOR (sub), TRUE);
  set_field (tr_itinerary_editor_get_field_widget (TR_ITINERARY_EDITOR (sub), TR_ITINERARY_FIELD_RETURN_DATE), "2026-07-17");
  set_field (tr_itinerary_editor_get_field_widget (TR_ITINERARY_EDITOR (sub), TR_ITINERARY_FIELD_AMOUNT), "412.30");
  /* The trip dates of the request bound the legs. */
  g_assert_cmpstr (tr_itinerary_editor_get_field_message (TR_ITINERARY_EDITOR (sub), TR_ITINERARY_FIELD_START_DATE),
                   ==, "This date is after the trip ends on 2026-07-17.");
  g_assert_false (tr_itinerary_editor_save (TR_ITINERARY_EDITOR (sub)));
  set_field (tr_itinerary_editor_get_field_widget (TR_ITINERARY_EDITOR (sub), TR_ITINERARY_FIELD_START_DATE), "2026-07-15");
  g_assert_true (tr_itinerary_editor_save (TR_ITINERARY_EDITOR (sub)));
  tr_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (expenses), ==, 1);

  sub = tr_request_editor_add_segment (TR_REQUEST_EDITOR (editor), TR_SEGMENT_KIND_HOTEL);
  set_field (tr_itinerary_editor_get_field_widget (TR_ITINERARY_EDITOR (sub), TR_ITINERARY_FIELD_TO), "Berlin");
  set_field (tr_itinerary_editor_get_field_widget (TR_ITINERARY_EDITOR (sub), TR_ITINERARY_FIELD_START_DATE), "2026-07-15");
  set_field (tr_itinerary_editor_get_field_widget (TR_ITINERARY_EDITOR (sub), TR_ITINERARY_FIELD_END_DATE), "2026-07-17");
  set_field (tr_itinerary_editor_get_field_widget (TR_ITINERARY_EDITOR (sub), TR_ITINERARY_FIELD_AMOUNT), "240");
  g_assert_true (tr_itinerary_editor_save (TR_ITINERARY_EDITOR (sub)));

  sub = tr_request_editor_add_expense (TR_REQUEST_EDITOR (editor));
  g_assert_true (TR_IS_EXPENSE_EDITOR (sub));
  tr_expense_editor_select_type (TR_EXPENSE_EDITOR (sub), "TAXIX");
  set_field (tr_expense_editor_get_field_widget (TR_EXPENSE_EDITOR (sub), TR_EXPENSE_FIELD_DATE), "2026-07-16");
  set_field (tr_expense_editor_get_field_widget (TR_EXPENSE_EDITOR (sub), TR_EXPENSE_FIELD_AMOUNT), "35.50");
  g_assert_true (tr_expense_editor_save (TR_EXPENSE_EDITOR (sub)));
  tr_test_iterate ();

  g_assert_cmpuint (g_list_model_get_n_items (expenses), ==, 3);
  flight = g_list_model_get_item (expenses, 0);
  g_assert_cmpstr (tr_trip_data_get_trip_type (tr_expense_get_trip_data (flight)), ==, "ROUND_TRIP");
  g_assert_true (tr_test_has_text (editor, "Charles") || tr_test_has_text (editor, "CDG → BER"));
  g_assert_true (tr_test_has_text (editor, "35.50 EUR"));
  g_assert_true (tr_request_editor_is_modified (TR_REQUEST_EDITOR (editor)));
  g_assert_true (tr_request_editor_save (TR_REQUEST_EDITOR (editor)));
  g_assert_cmpuint (g_list_model_get_n_items (tr_request_editor_get_expenses (TR_REQUEST_EDITOR (editor))), ==, 3);

  /* Escape in a dialog with typed values asks before discarding them. */
  sub = tr_request_editor_add_expense (TR_REQUEST_EDITOR (editor));
  dialog = GTK_WIDGET (gtk_widget_get_root (sub));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  set_field (tr_expense_editor_get_field_widget (TR_EXPENSE_EDITOR (sub), TR_EXPENSE_FIELD_AMOUNT), "12");
  g_assert_true (gtk_widget_activate_action (dialog, "dialog.close", NULL));
  tr_test_iterate ();
  message = tr_test_find_dialog ();
  g_assert_nonnull (message);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (message), "discard");
  for (int i = 0; i < 100 && dialog != NULL; i++)
    tr_test_iterate ();
  g_assert_null (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (expenses), ==, 3);
  tr_test_close_window (window);
}

static void
scroll_to_bottom (GtkWidget *editor)
{
  GtkWidget *scrolled = gtk_widget_get_first_child (editor);
  GtkAdjustment *adjustment;

  g_assert_true (GTK_IS_SCROLLED_WINDOW (scrolled));
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
}

static void
test_screenshots (void)
{
  g_autoptr(TrRequest) request = tr_test_load_request ("03-get-request.response.json");
  g_autoptr(GListModel) expenses = tr_test_load_expenses ("09-list-request-expenses.response.json");
  const int widths[] = { 1280, 360 };

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      GtkWidget *editor = tr_request_editor_new ();
      GtkWidget *window = tr_test_show (editor, widths[i], 800);
      g_autofree char *name = g_strdup_printf ("editor-%d.png", widths[i]);

      tr_request_editor_set_request (TR_REQUEST_EDITOR (editor), request);
      tr_request_editor_set_expenses (TR_REQUEST_EDITOR (editor), expenses);
      type_into (editor, TR_EDITOR_FIELD_END_DATE, "2018-07-12");
      tr_test_screenshot (window, name);
      scroll_to_bottom (editor);
      g_free (name);
      name = g_strdup_printf ("editor-%d-bottom.png", widths[i]);
      tr_test_screenshot (window, name);
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

  g_test_add_func ("/request/editor/load", test_load);
  g_test_add_func ("/request/editor/validation-messages", test_validation_messages);
  g_test_add_func ("/request/editor/save", test_save);
  g_test_add_func ("/request/editor/late-choices", test_late_choices);
  g_test_add_func ("/request/editor/destination-search", test_destination_search);
  g_test_add_func ("/request/editor/server-error", test_server_error);
  g_test_add_func ("/request/editor/escape-asks", test_escape_asks);
  g_test_add_func ("/request/editor/compose-itinerary", test_compose_itinerary);
  g_test_add_func ("/request/editor/screenshots", test_screenshots);

  return g_test_run ();
}
