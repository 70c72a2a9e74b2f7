/* tr-export-test-utils.c
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

#include "tr-export-test-utils.h"

static char *
fixture_text (const char *file_name)
{
  const char *dir = g_getenv ("TR_FIXTURES_DIR");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_nonnull (dir);
  path = g_build_filename (dir, file_name, NULL);
  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

TrRequest *
tr_export_test_load_request (const char *file_name)
{
  g_autofree char *text = fixture_text (file_name);
  g_autoptr(GError) error = NULL;
  TrRequest *request = tr_request_new_from_string (text, &error);

  g_assert_no_error (error);
  g_assert_true (TR_IS_REQUEST (request));
  return request;
}

GListModel *
tr_export_test_load_expenses (const char *file_name)
{
  g_autofree char *text = fixture_text (file_name);
  g_autoptr(GError) error = NULL;
  GListStore *store = tr_expense_list_new_from_string (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return G_LIST_MODEL (store);
}

TrLocation *
tr_export_test_location (const char *iata,
                         const char *country,
                         const char *subdivision,
                         const char *city)
{
  TrLocation *location = tr_location_new ();

  tr_location_set_iata_code (location, iata);
  tr_location_set_country_code (location, country);
  tr_location_set_country_sub_division_code (location, subdivision);
  tr_location_set_city (location, city);
  return location;
}

/* An expense with tripData {segmentType, legs} from a JSON array of legs. */
TrExpense *
tr_export_test_segment (const char *id,
                        const char *segment_code,
                        const char *legs_json)
{
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;
  TrExpense *expense;

  json = g_strdup_printf ("{\"id\": \"%s\", \"expenseType\": {\"id\": \"%s\", \"name\": \"%s\"},"
                          " \"transactionAmount\": {\"value\": 100, \"currency\": \"EUR\"},"
                          " \"tripData\": {\"segmentType\": {\"category\": \"REQ_SEG_%s\","
                          " \"code\": \"%s\"}, \"legs\": %s}}",
                          id, segment_code, segment_code, segment_code, segment_code, legs_json);
  expense = tr_expense_new_from_string (json, &error);
  g_assert_no_error (error);
  return expense;
}

TrRequest *
tr_export_test_request (const char *id,
                        const char *name)
{
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;
  TrRequest *request;

  json = g_strdup_printf ("{\"id\": \"%s\", \"name\": \"%s\", \"requestId\": \"9X\","
                          " \"lastModified\": \"2026-03-01T10:00:00.000Z\"}", id, name);
  request = tr_request_new_from_string (json, &error);
  g_assert_no_error (error);
  return request;
}
