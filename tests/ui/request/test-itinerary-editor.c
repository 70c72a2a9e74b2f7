/* test-itinerary-editor.c
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

#include "tr-itinerary-editor.h"
#include "tr-request-validation.h"
#include "tr-test-util.h"

#define WIDGET(e, f) tr_itinerary_editor_get_field_widget (TR_ITINERARY_EDITOR (e), f)
#define MESSAGE(e, f) tr_itinerary_editor_get_field_message (TR_ITINERARY_EDITOR (e), f)

static void
type_into (GtkWidget        *editor,
           TrItineraryField  field,
           const char       *text)
{
  gtk_editable_set_text (GTK_EDITABLE (WIDGET (editor, field)), text);
}

static void
assert_marked (GtkWidget        *editor,
               TrItineraryField  field,
               const char       *message)
{
  if (message == NULL)
    {
      g_assert_null (MESSAGE (editor, field));
      g_assert_false (gtk_widget_has_css_class (WIDGET (editor, field), "error"));
    }
  else
    {
      g_assert_cmpstr (MESSAGE (editor, field), ==, message);
      g_assert_true (gtk_widget_has_css_class (WIDGET (editor, field), "error"));
    }
}

static GtkWidget *
editor_for_trip (void)
{
  GtkWidget *editor = tr_itinerary_editor_new ();
  g_autoptr(GDate) start = g_date_new_dmy (15, 7, 2026);
  g_autoptr(GDate) end = g_date_new_dmy (17, 7, 2026);

  tr_itinerary_editor_set_trip_dates (TR_ITINERARY_EDITOR (editor), start, end);
  tr_itinerary_editor_set_currency (TR_ITINERARY_EDITOR (editor), "EUR");
  return editor;
}

static void
fill_flight (GtkWidget *editor)
{
  tr_itinerary_editor_set_kind (TR_ITINERARY_EDITOR (editor), TR_SEGMENT_KIND_AIR);
  type_into (editor, TR_ITINERARY_FIELD_FROM, "cdg");
  type_into (editor, TR_ITINERARY_FIELD_TO, "BER");
  type_into (editor, TR_ITINERARY_FIELD_START_DATE, "2026-07-15");
  type_into (editor, TR_ITINERARY_FIELD_START_TIME, "08:00");
  type_into (editor, TR_ITINERARY_FIELD_AMOUNT, "324.56");
}

static void
test_air_round_trip (void)
{
  GtkWidget *editor = editor_for_trip ();
  GtkWidget *window = tr_test_show (editor, 800, 900);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrExpense) expense = NULL;
  g_autoptr(TrLeg) out = NULL;
  g_autoptr(TrLeg) back = NULL;
  TrTripData *trip;
  const TrAmount *amount;

  fill_flight (editor);
  g_assert_false (gtk_widget_get_visible (WIDGET (editor, TR_ITINERARY_FIELD_RETURN_DATE)));
  tr_itinerary_editor_set_round_trip (TR_ITINERARY_EDITOR (editor), TRUE);
  g_assert_true (gtk_widget_get_visible (WIDGET (editor, TR_ITINERARY_FIELD_RETURN_DATE)));
  type_into (editor, TR_ITINERARY_FIELD_RETURN_DATE, "2026-07-17");
  type_into (editor, TR_ITINERARY_FIELD_RETURN_TIME, "17:00");

  expense = tr_itinerary_editor_dup_expense (TR_ITINERARY_EDITOR (editor), &error);
  g_assert_no_error (error);
  trip = tr_expense_get_trip_data (expense);
  g_assert_cmpstr (tr_trip_data_get_trip_type (trip), ==, "ROUND_TRIP");
  g_assert_cmpstr (tr_segment_type_get_category (tr_trip_data_get_segment_type (trip)), ==, "REQ_SEG_AIRFR");
  g_assert_cmpuint (g_list_model_get_n_items (tr_trip_data_get_legs (trip)), ==, 2);
  out = g_list_model_get_item (tr_trip_data_get_legs (trip), 0);
  back = g_list_model_get_item (tr_trip_data_get_legs (trip), 1);
  g_assert_cmpstr (tr_location_get_iata_code (tr_leg_get_start_location (out)), ==, "CDG");
  g_assert_cmpstr (tr_location_get_iata_code (tr_leg_get_end_location (out)), ==, "BER");
  g_assert_cmpint (tr_leg_get_start_time (out), ==, 480);
  g_assert_cmpstr (tr_leg_get_class_of_service (out), ==, "Y");
  g_assert_false (tr_leg_get_return_leg (out));
  g_assert_true (tr_leg_get_return_leg (back));
  g_assert_cmpstr (tr_location_get_iata_code (tr_leg_get_start_location (back)), ==, "BER");
  g_assert_cmpstr (tr_location_get_iata_code (tr_leg_get_end_location (back)), ==, "CDG");
  g_assert_cmpuint (g_date_get_day (tr_leg_get_start_date (back)), ==, 17);

  amount = tr_expense_get_transaction_amount (expense);
  g_assert_cmpint (tr_amount_get_units (amount), ==, 32456);
  g_assert_cmpuint (tr_amount_get_scale (amount), ==, 2);
  g_assert_cmpstr (tr_amount_get_currency (amount), ==, "EUR");
  g_assert_cmpstr (tr_expense_type_get_id (tr_expense_get_expense_type (expense)), ==, "AIRFR");
  tr_test_close_window (window);
}

static void
test_messages (void)
{
  GtkWidget *editor = editor_for_trip ();
  GtkWidget *window = tr_test_show (editor, 800, 900);

  fill_flight (editor);
  assert_marked (editor, TR_ITINERARY_FIELD_FROM, NULL);

  /* Air without an airport code. */
  type_into (editor, TR_ITINERARY_FIELD_FROM, "");
  assert_marked (editor, TR_ITINERARY_FIELD_FROM, "A flight needs an airport code, for example CDG.");
  type_into (editor, TR_ITINERARY_FIELD_FROM, "Paris");
  assert_marked (editor, TR_ITINERARY_FIELD_FROM,
                 "“Paris” is not an airport code: use its three letters, for example CDG.");
  type_into (editor, TR_ITINERARY_FIELD_FROM, "ORY");
  assert_marked (editor, TR_ITINERARY_FIELD_FROM, NULL);

  /* A leg outside the trip. */
  type_into (editor, TR_ITINERARY_FIELD_START_DATE, "2026-07-20");
  assert_marked (editor, TR_ITINERARY_FIELD_START_DATE, "This date is after the trip ends on 2026-07-17.");
  type_into (editor, TR_ITINERARY_FIELD_START_DATE, "2026-07-12");
  assert_marked (editor, TR_ITINERARY_FIELD_START_DATE, "This date is before the trip starts on 2026-07-15.");
  type_into (editor, TR_ITINERARY_FIELD_START_DATE, "2026-07-15");
  assert_marked (editor, TR_ITINERARY_FIELD_START_DATE, NULL);

  /* The return before the departure. */
  tr_itinerary_editor_set_round_trip (TR_ITINERARY_EDITOR (editor), TRUE);
  type_into (editor, TR_ITINERARY_FIELD_RETURN_DATE, "2026-07-15");
  type_into (editor, TR_ITINERARY_FIELD_RETURN_TIME, "07:00");
  assert_marked (editor, TR_ITINERARY_FIELD_RETURN_TIME,
                 "The end time is before the start time on the same day.");
  type_into (editor, TR_ITINERARY_FIELD_RETURN_TIME, "19:00");
  assert_marked (editor, TR_ITINERARY_FIELD_RETURN_TIME, NULL);

  /* A negative amount. */
  type_into (editor, TR_ITINERARY_FIELD_AMOUNT, "-10");
  assert_marked (editor, TR_ITINERARY_FIELD_AMOUNT, "The amount cannot be negative.");
  g_assert_false (tr_itinerary_editor_save (TR_ITINERARY_EDITOR (editor)));
  type_into (editor, TR_ITINERARY_FIELD_AMOUNT, "10");
  assert_marked (editor, TR_ITINERARY_FIELD_AMOUNT, NULL);
  g_assert_true (tr_itinerary_editor_save (TR_ITINERARY_EDITOR (editor)));
  tr_test_close_window (window);
}

static void
test_hotel_and_car (void)
{
  GtkWidget *editor = editor_for_trip ();
  GtkWidget *window = tr_test_show (editor, 800, 900);
  g_autoptr(TrExpense) expense = NULL;
  g_autoptr(TrLeg) leg = NULL;
  g_autoptr(GError) error = NULL;

  tr_itinerary_editor_set_kind (TR_ITINERARY_EDITOR (editor), TR_SEGMENT_KIND_HOTEL);
  g_assert_false (gtk_widget_get_visible (WIDGET (editor, TR_ITINERARY_FIELD_FROM)));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (WIDGET (editor, TR_ITINERARY_FIELD_TO))),
                   ==, "Hotel or city");
  g_assert_false (gtk_widget_get_visible (WIDGET (editor, TR_ITINERARY_FIELD_START_TIME)));
  type_into (editor, TR_ITINERARY_FIELD_TO, "Berlin Mitte");
  type_into (editor, TR_ITINERARY_FIELD_START_DATE, "2026-07-16");
  type_into (editor, TR_ITINERARY_FIELD_END_DATE, "2026-07-15");
  assert_marked (editor, TR_ITINERARY_FIELD_END_DATE, "The end date is before the start date.");
  type_into (editor, TR_ITINERARY_FIELD_END_DATE, "2026-07-17");
  assert_marked (editor, TR_ITINERARY_FIELD_END_DATE, NULL);
  type_into (editor, TR_ITINERARY_FIELD_AMOUNT, "240");
  expense = tr_itinerary_editor_dup_expense (TR_ITINERARY_EDITOR (editor), &error);
  g_assert_no_error (error);
  leg = g_list_model_get_item (tr_expense_get_legs (expense), 0);
  g_assert_null (tr_leg_get_start_location (leg));
  g_assert_cmpstr (tr_location_get_name (tr_leg_get_end_location (leg)), ==, "Berlin Mitte");
  g_assert_cmpuint (g_date_get_day (tr_leg_get_end_date (leg)), ==, 17);

  tr_itinerary_editor_set_kind (TR_ITINERARY_EDITOR (editor), TR_SEGMENT_KIND_CAR);
  g_assert_true (gtk_widget_get_visible (WIDGET (editor, TR_ITINERARY_FIELD_END_TIME)));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (WIDGET (editor, TR_ITINERARY_FIELD_FROM))),
                   ==, "Pick-up location");
  g_assert_false (gtk_widget_get_visible (WIDGET (editor, TR_ITINERARY_FIELD_TO)));
  tr_test_close_window (window);
}

static void
test_edit_existing (void)
{
  g_autoptr(GListModel) expenses = tr_test_load_expenses ("09-list-request-expenses.response.json");
  g_autoptr(TrExpense) airfare = g_list_model_get_item (expenses, 0);
  GtkWidget *editor = tr_itinerary_editor_new ();
  GtkWidget *window = tr_test_show (editor, 800, 900);
  g_autoptr(TrExpense) copy = NULL;

  tr_itinerary_editor_set_expense (TR_ITINERARY_EDITOR (editor), airfare);
  g_assert_cmpint (tr_itinerary_editor_get_kind (TR_ITINERARY_EDITOR (editor)), ==, TR_SEGMENT_KIND_AIR);
  g_assert_true (tr_itinerary_editor_get_round_trip (TR_ITINERARY_EDITOR (editor)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (WIDGET (editor, TR_ITINERARY_FIELD_FROM))), ==, "CDG");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (WIDGET (editor, TR_ITINERARY_FIELD_RETURN_DATE))),
                   ==, "2018-07-17");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (WIDGET (editor, TR_ITINERARY_FIELD_AMOUNT))),
                   ==, "324.56");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (WIDGET (editor, TR_ITINERARY_FIELD_CURRENCY))),
                   ==, "USD");

  copy = tr_itinerary_editor_dup_expense (TR_ITINERARY_EDITOR (editor), NULL);
  g_assert_nonnull (copy);
  g_assert_cmpstr (tr_expense_get_id (copy), ==, "B5FB8991E390474E875D6FD5BB1FDAF1");
  g_assert_cmpuint (g_list_model_get_n_items (tr_expense_get_legs (copy)), ==, 2);
  tr_test_close_window (window);
}

static void
test_invalid_gives_error (void)
{
  GtkWidget *editor = editor_for_trip ();
  GtkWidget *window = tr_test_show (editor, 800, 900);
  g_autoptr(GError) error = NULL;

  /* Nothing typed: saving shows every message and returns an error. */
  g_assert_null (tr_itinerary_editor_dup_expense (TR_ITINERARY_EDITOR (editor), &error));
  g_assert_error (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_REQUIRED);
  assert_marked (editor, TR_ITINERARY_FIELD_FROM, "A flight needs an airport code, for example CDG.");
  assert_marked (editor, TR_ITINERARY_FIELD_AMOUNT, "The amount is required.");
  tr_test_screenshot (window, "itinerary-editor-errors.png");
  tr_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status = tr_test_init (&argc, &argv);

  if (status >= 0)
    return status;

  g_test_add_func ("/request/itinerary-editor/air-round-trip", test_air_round_trip);
  g_test_add_func ("/request/itinerary-editor/messages", test_messages);
  g_test_add_func ("/request/itinerary-editor/hotel-and-car", test_hotel_and_car);
  g_test_add_func ("/request/itinerary-editor/edit-existing", test_edit_existing);
  g_test_add_func ("/request/itinerary-editor/invalid", test_invalid_gives_error);

  return g_test_run ();
}
