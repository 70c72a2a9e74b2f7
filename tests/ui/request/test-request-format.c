/* test-request-format.c
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

#include <locale.h>

#include "tr-request-format.h"

static TrExpense *
expense_from (const char *json)
{
  g_autoptr(GError) error = NULL;
  TrExpense *expense = tr_expense_new_from_string (json, &error);

  g_assert_no_error (error);
  return expense;
}

static void
test_segment_kinds (void)
{
  g_autoptr(TrExpense) custom_air = expense_from (
    "{\"tripData\":{\"segmentType\":{\"category\":\"REQ_SEG_AIRFR\",\"code\":\"10325\"}}}");
  g_autoptr(TrExpense) taxi = expense_from ("{\"expenseType\":{\"id\":\"TAXIX\",\"name\":\"Taxi\"}}");
  g_autoptr(TrExpense) other = expense_from ("{\"expenseType\":{\"id\":\"OFFSP\",\"name\":\"Supplies\"}}");

  g_assert_cmpint (tr_segment_kind_from_code ("RAILF"), ==, TR_SEGMENT_KIND_RAIL);
  g_assert_cmpint (tr_segment_kind_from_code ("REQ_SEG_HOTEL"), ==, TR_SEGMENT_KIND_HOTEL);
  g_assert_cmpint (tr_segment_kind_from_code (NULL), ==, TR_SEGMENT_KIND_OTHER);
  g_assert_cmpint (tr_segment_kind_from_expense (custom_air), ==, TR_SEGMENT_KIND_AIR);
  g_assert_cmpint (tr_segment_kind_from_expense (taxi), ==, TR_SEGMENT_KIND_TAXI);
  g_assert_cmpint (tr_segment_kind_from_expense (other), ==, TR_SEGMENT_KIND_OTHER);
  g_assert_cmpstr (tr_segment_kind_icon_name (TR_SEGMENT_KIND_CAR), ==, "tr-segment-car-symbolic");
  g_assert_cmpstr (tr_segment_kind_to_category (TR_SEGMENT_KIND_TAXI), ==, "REQ_SEG_TAXIF");
  g_assert_cmpstr (tr_segment_kind_label (TR_SEGMENT_KIND_AIR), ==, "Flight");
}

static void
test_trip_types (void)
{
  g_autoptr(TrExpense) round = expense_from (
    "{\"tripData\":{\"segmentType\":{\"code\":\"AIRFR\"},\"legs\":[{\"startLocation\":{\"iataCode\":\"CDG\"},\"endLocation\":{\"iataCode\":\"BER\"}},"
    "{\"startLocation\":{\"iataCode\":\"BER\"},\"endLocation\":{\"iataCode\":\"CDG\"}}]}}");
  g_autoptr(TrExpense) multi = expense_from (
    "{\"tripData\":{\"segmentType\":{\"code\":\"AIRFR\"},\"legs\":[{\"startLocation\":{\"iataCode\":\"CDG\"},\"endLocation\":{\"iataCode\":\"BER\"}},"
    "{\"startLocation\":{\"iataCode\":\"BER\"},\"endLocation\":{\"iataCode\":\"MUC\"}}]}}");
  g_autoptr(TrExpense) single = expense_from (
    "{\"tripData\":{\"segmentType\":{\"code\":\"AIRFR\"},\"legs\":[{\"startLocation\":{\"iataCode\":\"CDG\"},\"endLocation\":{\"iataCode\":\"BER\"}}]}}");

  g_assert_cmpstr (tr_trip_type_for_legs (tr_expense_get_legs (round)), ==, "ROUND_TRIP");
  g_assert_cmpstr (tr_trip_type_for_legs (tr_expense_get_legs (multi)), ==, "MULTI_STOPS");
  g_assert_cmpstr (tr_trip_type_for_legs (tr_expense_get_legs (single)), ==, "ONE_WAY");
  g_assert_cmpstr (tr_trip_type_for_legs (NULL), ==, "ONE_WAY");
  g_assert_cmpstr (tr_trip_type_label ("ROUND_TRIP"), ==, "Round trip");
  g_assert_null (tr_trip_type_label ("SOMETHING"));
}

static void
test_texts (void)
{
  g_autoptr(TrAmount) amount = tr_amount_parse ("494.560", "USD", NULL);
  g_autoptr(TrLocation) airport = tr_location_new_from_string (
    "{\"name\":\"Charles De Gaulle Intl\",\"iataCode\":\"CDG\",\"city\":\"Paris\"}", NULL);
  g_autoptr(TrLocation) city = tr_location_new_from_string ("{\"city\":\"Lyon\",\"countryCode\":\"FR\"}", NULL);
  g_autoptr(TrEmployee) employee = tr_employee_new_from_string (
    "{\"firstName\":\"Emma\",\"middleInitial\":\"J.\",\"lastName\":\"Weber\"}", NULL);
  g_autoptr(GDate) start = g_date_new_dmy (15, 7, 2018);
  g_autoptr(GDate) end = g_date_new_dmy (17, 7, 2018);
  g_autoptr(GDateTime) midnight = g_date_time_new_utc (2018, 7, 15, 0, 0, 0);
  g_autoptr(GDateTime) morning = g_date_time_new_utc (2018, 5, 25, 7, 31, 33);
  g_autofree char *a = tr_format_amount (amount);
  g_autofree char *b = tr_format_location (airport);
  g_autofree char *c = tr_format_location (city);
  g_autofree char *d = tr_format_employee (employee);
  g_autofree char *e = tr_format_date_range (start, 360, end, -1);
  g_autofree char *f = tr_format_timestamp (midnight);
  g_autofree char *g = tr_format_timestamp (morning);

  g_assert_cmpstr (a, ==, "494.560 USD");
  g_assert_cmpstr (b, ==, "Charles De Gaulle Intl (CDG)");
  g_assert_cmpstr (c, ==, "Lyon");
  g_assert_cmpstr (d, ==, "Emma J. Weber");
  g_assert_cmpstr (e, ==, "Sun 15 Jul 2018 06:00 – Tue 17 Jul 2018");
  g_assert_cmpstr (f, ==, "15 Jul 2018");
  g_assert_cmpstr (g, ==, "25 May 2018 07:31");
}

static void
test_operations (void)
{
  g_assert_cmpstr (tr_operation_label ("submit"), ==, "Submit");
  g_assert_cmpstr (tr_operation_label ("cancel"), ==, "Cancel Request");
  g_assert_cmpstr (tr_operation_label ("frobnicate"), ==, "frobnicate");
  g_assert_false (tr_operation_is_destructive ("submit"));
  g_assert_false (tr_operation_is_destructive ("approve"));
  g_assert_true (tr_operation_is_destructive ("cancel"));
  g_assert_true (tr_operation_is_destructive ("recall"));
  g_assert_true (tr_operation_is_destructive ("sendback"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/request/format/segment-kinds", test_segment_kinds);
  g_test_add_func ("/request/format/trip-types", test_trip_types);
  g_test_add_func ("/request/format/texts", test_texts);
  g_test_add_func ("/request/format/operations", test_operations);

  return g_test_run ();
}
