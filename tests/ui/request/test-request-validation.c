/* test-request-validation.c
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

#include <glib.h>
#include <locale.h>
#include <string.h>

#include "tr-request-validation.h"

static GDate *
date_new (int y, int m, int d)
{
  return g_date_new_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

static void
test_dates (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GDate date;

  g_assert_true (tr_validation_parse_date ("2026-07-15", &date, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_date_get_day (&date), ==, 15);
  text = tr_validation_format_date (&date);
  g_assert_cmpstr (text, ==, "2026-07-15");

  g_assert_true (tr_validation_parse_date ("  ", &date, &error));
  g_assert_false (g_date_valid (&date));

  g_assert_false (tr_validation_parse_date ("2026-02-30", &date, &error));
  g_assert_error (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_INVALID_DATE);
  g_assert_nonnull (strstr (error->message, "2026-02-30"));
  g_clear_error (&error);
  g_assert_false (tr_validation_parse_date ("15/07/2026", &date, &error));
  g_assert_error (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_INVALID_DATE);
}

static void
test_times (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  int minutes = 0;

  g_assert_true (tr_validation_parse_time ("08:30", &minutes, &error));
  g_assert_cmpint (minutes, ==, 510);
  g_assert_true (tr_validation_parse_time ("7:05", &minutes, &error));
  g_assert_cmpint (minutes, ==, 425);
  g_assert_true (tr_validation_parse_time ("", &minutes, &error));
  g_assert_cmpint (minutes, ==, -1);
  text = tr_validation_format_time (425);
  g_assert_cmpstr (text, ==, "07:05");

  g_assert_false (tr_validation_parse_time ("24:00", &minutes, &error));
  g_assert_error (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_INVALID_TIME);
  g_clear_error (&error);
  g_assert_false (tr_validation_parse_time ("8h30", &minutes, &error));
  g_assert_error (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_INVALID_TIME);
}

static void
test_range (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) a = date_new (2026, 7, 15);
  g_autoptr(GDate) b = date_new (2026, 7, 17);

  g_assert_true (tr_validation_check_range (a, 600, b, 300, &error));
  g_assert_true (tr_validation_check_range (a, 300, a, 600, &error));
  g_assert_true (tr_validation_check_range (a, -1, NULL, -1, &error));
  g_assert_no_error (error);

  g_assert_false (tr_validation_check_range (b, -1, a, -1, &error));
  g_assert_error (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_END_BEFORE_START);
  g_assert_cmpstr (error->message, ==, "The end date is before the start date.");
  g_clear_error (&error);
  g_assert_false (tr_validation_check_range (a, 600, a, 300, &error));
  g_assert_error (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_END_BEFORE_START);
}

static void
test_in_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) start = date_new (2026, 7, 15);
  g_autoptr(GDate) end = date_new (2026, 7, 17);
  g_autoptr(GDate) before = date_new (2026, 7, 14);
  g_autoptr(GDate) after = date_new (2026, 7, 18);

  g_assert_true (tr_validation_check_in_trip (start, end, end, &error));
  g_assert_true (tr_validation_check_in_trip (NULL, NULL, after, &error));
  g_assert_no_error (error);

  g_assert_false (tr_validation_check_in_trip (start, end, before, &error));
  g_assert_error (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_LEG_OUTSIDE_TRIP);
  g_assert_nonnull (strstr (error->message, "2026-07-15"));
  g_clear_error (&error);
  g_assert_false (tr_validation_check_in_trip (start, end, after, &error));
  g_assert_error (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_LEG_OUTSIDE_TRIP);
  g_assert_nonnull (strstr (error->message, "2026-07-17"));
}

static void
test_airport (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tr_validation_check_airport_code ("CDG", &error));
  g_assert_true (tr_validation_check_airport_code (" ber ", &error));
  g_assert_no_error (error);
  g_assert_false (tr_validation_check_airport_code ("", &error));
  g_assert_error (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_MISSING_AIRPORT);
  g_clear_error (&error);
  g_assert_false (tr_validation_check_airport_code (NULL, &error));
  g_assert_error (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_MISSING_AIRPORT);
  g_clear_error (&error);
  g_assert_false (tr_validation_check_airport_code ("Paris", &error));
  g_assert_error (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_INVALID_AIRPORT);
}

static void
test_amount (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrAmount) amount = NULL;

  amount = tr_validation_parse_amount (" 324.56 ", "EUR", &error);
  g_assert_no_error (error);
  g_assert_cmpint (tr_amount_get_units (amount), ==, 32456);
  g_assert_cmpuint (tr_amount_get_scale (amount), ==, 2);
  g_assert_cmpstr (tr_amount_get_currency (amount), ==, "EUR");
  g_clear_pointer (&amount, tr_amount_free);

  amount = tr_validation_parse_amount ("0.1", "USD", &error);
  g_assert_cmpint (tr_amount_get_units (amount), ==, 1);
  g_assert_cmpuint (tr_amount_get_scale (amount), ==, 1);
  g_clear_pointer (&amount, tr_amount_free);

  g_assert_null (tr_validation_parse_amount ("-5", "EUR", &error));
  g_assert_error (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_NEGATIVE_AMOUNT);
  g_assert_cmpstr (error->message, ==, "The amount cannot be negative.");
  g_clear_error (&error);
  g_assert_null (tr_validation_parse_amount ("12,50", "EUR", &error));
  g_assert_error (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_INVALID_AMOUNT);
  g_clear_error (&error);
  g_assert_null (tr_validation_parse_amount ("", "EUR", &error));
  g_assert_error (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_REQUIRED);
  g_clear_error (&error);
  g_assert_null (tr_validation_parse_amount ("10", "euro", &error));
  g_assert_error (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_INVALID_CURRENCY);
}

static void
test_rate_and_required (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tr_validation_check_exchange_rate ("1.0850", &error));
  g_assert_true (tr_validation_check_exchange_rate ("", &error));
  g_assert_no_error (error);
  g_assert_false (tr_validation_check_exchange_rate ("0", &error));
  g_assert_error (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_INVALID_RATE);
  g_clear_error (&error);
  g_assert_false (tr_validation_check_exchange_rate ("abc", &error));
  g_assert_error (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_INVALID_RATE);
  g_clear_error (&error);

  g_assert_true (tr_validation_check_required ("Berlin", "Name", &error));
  g_assert_false (tr_validation_check_required ("   ", "Name", &error));
  g_assert_error (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_REQUIRED);
  g_assert_cmpstr (error->message, ==, "Name is required.");
}

static void
test_server_fields (void)
{
  g_assert_cmpint (tr_validation_field_for_server_error ("invalidLocation", "City not found"),
                   ==, TR_EDITOR_FIELD_DESTINATION);
  g_assert_cmpint (tr_validation_field_for_server_error ("invalidPolicy", NULL),
                   ==, TR_EDITOR_FIELD_POLICY);
  g_assert_cmpint (tr_validation_field_for_server_error ("invalidDate", "endDate is invalid"),
                   ==, TR_EDITOR_FIELD_END_DATE);
  g_assert_cmpint (tr_validation_field_for_server_error ("invalidDate", "bad"),
                   ==, TR_EDITOR_FIELD_START_DATE);
  g_assert_cmpint (tr_validation_field_for_server_error ("missingRequiredField",
                                                         "Missing: Business Purpose"),
                   ==, TR_EDITOR_FIELD_PURPOSE);
  g_assert_cmpint (tr_validation_field_for_server_error ("missingRequiredField",
                                                         "At least 1 required field has an empty value."),
                   ==, TR_EDITOR_FIELD_NONE);
  g_assert_cmpint (tr_validation_field_for_label ("Request Name"), ==, TR_EDITOR_FIELD_NAME);
  g_assert_cmpint (tr_validation_field_for_label ("startTime"), ==, TR_EDITOR_FIELD_START_TIME);
  g_assert_cmpint (tr_validation_field_for_label (NULL), ==, TR_EDITOR_FIELD_NONE);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/request/validation/dates", test_dates);
  g_test_add_func ("/request/validation/times", test_times);
  g_test_add_func ("/request/validation/range", test_range);
  g_test_add_func ("/request/validation/in-trip", test_in_trip);
  g_test_add_func ("/request/validation/airport", test_airport);
  g_test_add_func ("/request/validation/amount", test_amount);
  g_test_add_func ("/request/validation/rate-required", test_rate_and_required);
  g_test_add_func ("/request/validation/server-fields", test_server_fields);

  return g_test_run ();
}
