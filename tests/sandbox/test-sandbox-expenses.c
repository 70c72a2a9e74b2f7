/* test-sandbox-expenses.c
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

/* Expected expenses: create, list, get, full-replace PUT, delete; location
 * resolution; the 100 % system allocation; exact Request totals. */

#include "tr-sandbox-test-util.h"

#include <string.h>

static TrSandboxHarness *harness;
static char *emma;

static const char *air_body =
  "{\"transactionDate\":\"2027-03-01\",\"transactionAmount\":{\"value\":123.45,\"currency\":\"USD\"},"
  "\"businessPurpose\":\"Flight\",\"tripData\":{\"segmentType\":{\"category\":\"REQ_SEG_AIRFR\",\"code\":\"AIRFR\"},"
  "\"legs\":[{\"startDate\":\"2027-03-01\",\"startTime\":\"07:10\",\"startLocation\":{\"iataCode\":\"CDG\",\"countryCode\":\"FR\"},"
  "\"endLocation\":{\"iataCode\":\"LYS\",\"countryCode\":\"FR\"}},{\"startDate\":\"2027-03-03\",\"returnLeg\":true,"
  "\"startLocation\":{\"iataCode\":\"LYS\",\"countryCode\":\"FR\"},\"endLocation\":{\"iataCode\":\"CDG\",\"countryCode\":\"FR\"}}]}}";

static JsonNode *
send (const char *method,
      const char *path,
      const char *body,
      guint       expected)
{
  guint status = 0;
  JsonNode *reply = tr_sandbox_harness_call (harness, method, path, emma, body, &status);

  g_assert_cmpuint (status, ==, expected);
  return reply;
}

static char *
add_expense (const char *request_id,
             const char *body)
{
  g_autofree char *path = g_strdup_printf ("/travelrequest/v4/requests/%s/expenses", request_id);
  g_autoptr(JsonNode) reply = send ("POST", path, body, 201);

  return g_strdup (json_object_get_string_member (json_node_get_object (reply), "id"));
}

static double
total_of (const char *request_id)
{
  g_autofree char *path = g_strdup_printf ("/travelrequest/v4/requests/%s", request_id);
  g_autoptr(JsonNode) request = send ("GET", path, NULL, 200);
  JsonObject *total = json_object_get_object_member (json_node_get_object (request), "totalPostedAmount");

  g_assert_cmpstr (json_object_get_string_member (total, "currency"), ==, "USD");
  return json_object_get_double_member (total, "value");
}

static void
test_segment (void)
{
  g_autofree char *request = tr_sandbox_create_request (harness, emma, "Expense trip");
  g_autofree char *id = add_expense (request, air_body);
  g_autofree char *path = g_strdup_printf ("/travelrequest/v4/expenses/%s", id);
  g_autoptr(JsonNode) expense = send ("GET", path, NULL, 200);
  JsonObject *object = json_node_get_object (expense);
  JsonObject *allocation = json_array_get_object_element (json_object_get_array_member (object, "allocations"), 0);
  JsonObject *trip = json_object_get_object_member (object, "tripData");
  JsonObject *leg = json_array_get_object_element (json_object_get_array_member (trip, "legs"), 0);
  JsonObject *start = json_object_get_object_member (leg, "startLocation");

  g_assert_cmpint (json_object_get_int_member (allocation, "percentage"), ==, 100);
  g_assert_true (json_object_get_boolean_member (allocation, "systemAllocation"));
  g_assert_cmpstr (json_object_get_string_member (allocation, "expenseId"), ==, id);
  g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (allocation, "allocationAmount"), "value"), ==, 123.45);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object, "expenseType"), "id"), ==, "AIRFR");
  g_assert_cmpstr (json_object_get_string_member (trip, "tripType"), ==, "ROUND_TRIP");
  g_assert_cmpstr (json_object_get_string_member (start, "locationCode"), ==, "IATA_CDG");
  g_assert_cmpstr (json_object_get_string_member (start, "countrySubDivisionCode"), ==, "FR-75");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (json_object_get_object_member (object, "parentRequest"), "href"),
                                   harness->base));
  g_assert_cmpfloat (total_of (request), ==, 123.45);
}

/* 0.10 + 0.20 must be 0.30 exactly, and a converted amount is rounded once. */
static void
test_exact_totals (void)
{
  g_autofree char *request = tr_sandbox_create_request (harness, emma, "Totals trip");
  g_autofree char *a = add_expense (request, "{\"expenseType\":{\"id\":\"TAXIX\"},\"transactionDate\":\"2027-03-01\","
                                             "\"transactionAmount\":{\"value\":0.1,\"currency\":\"USD\"}}");
  g_autofree char *b = add_expense (request, "{\"expenseType\":{\"id\":\"DINNR\"},\"transactionDate\":\"2027-03-01\","
                                             "\"transactionAmount\":{\"value\":0.2,\"currency\":\"USD\"}}");
  g_autofree char *c = NULL;
  g_autofree char *list_path = g_strdup_printf ("/travelrequest/v4/requests/%s/expenses", request);
  g_autoptr(JsonNode) list = NULL;

  g_assert_cmpfloat (total_of (request), ==, 0.3);
  c = add_expense (request, "{\"expenseType\":{\"id\":\"HOTEL\"},\"transactionDate\":\"2027-03-01\","
                            "\"transactionAmount\":{\"value\":100.05,\"currency\":\"EUR\"},"
                            "\"exchangeRate\":{\"value\":1.1,\"operation\":\"MULTIPLY\"}}");
  /* 100.05 EUR × 1.1 = 110.055 → 110.06 USD */
  g_assert_cmpfloat (total_of (request), ==, 110.36);
  list = send ("GET", list_path, NULL, 200);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (list));
  g_assert_cmpuint (json_array_get_length (json_node_get_array (list)), ==, 3);
}

static void
test_replace_and_delete (void)
{
  g_autofree char *request = tr_sandbox_create_request (harness, emma, "Replace trip");
  g_autofree char *id = add_expense (request, air_body);
  g_autofree char *path = g_strdup_printf ("/travelrequest/v4/expenses/%s", id);
  g_autoptr(JsonNode) replaced = send ("PUT", path, "{\"expenseType\":{\"id\":\"TAXIX\"},\"transactionDate\":\"2027-03-02\","
                                                    "\"transactionAmount\":{\"value\":45,\"currency\":\"USD\"}}", 200);
  g_autoptr(JsonNode) deleted = NULL;
  g_autoptr(JsonNode) gone = NULL;

  g_assert_false (json_object_has_member (json_node_get_object (replaced), "businessPurpose"));
  g_assert_false (json_object_has_member (json_node_get_object (replaced), "tripData"));
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (replaced), "id"), ==, id);
  g_assert_cmpfloat (total_of (request), ==, 45);
  deleted = send ("DELETE", path, NULL, 200);
  g_assert_true (json_node_get_boolean (deleted));
  g_assert_cmpfloat (total_of (request), ==, 0);
  gone = send ("GET", path, NULL, 404);
  g_assert_cmpstr (tr_sandbox_error_code (gone), ==, "notFound");
}

static void
expect (const char *request,
        const char *body,
        const char *code)
{
  g_autofree char *path = g_strdup_printf ("/travelrequest/v4/requests/%s/expenses", request);
  g_autoptr(JsonNode) reply = send ("POST", path, body, 400);

  g_assert_cmpstr (tr_sandbox_error_code (reply), ==, code);
}

static void
test_bad_expenses (void)
{
  g_autofree char *request = tr_sandbox_create_request (harness, emma, "Bad expenses");
  const char *dated = "\"transactionDate\":\"2027-03-01\",\"transactionAmount\":{\"value\":10,\"currency\":\"USD\"}";
  g_autofree char *unknown_place = g_strdup_printf ("{\"expenseType\":{\"id\":\"TAXIX\"},%s,\"location\":{\"iataCode\":\"QQQ\","
                                                   "\"countryCode\":\"FR\"}}", dated);
  g_autofree char *ambiguous = g_strdup_printf ("{\"expenseType\":{\"id\":\"TAXIX\"},%s,\"location\":{\"city\":\"Paris\"}}", dated);
  g_autofree char *multi = g_strdup_printf ("{%s,\"tripData\":{\"tripType\":\"ONE_WAY\",\"segmentType\":{\"code\":\"TAXIF\"},"
                                           "\"legs\":[{\"startDate\":\"2027-03-01\",\"startLocation\":{\"id\":\"A168CDBA58AE42868961BC00278A91B3\"}},"
                                           "{\"startDate\":\"2027-03-01\",\"startLocation\":{\"id\":\"A168CDBA58AE42868961BC00278A91B3\"}}]}}", dated);
  g_autofree char *segment = g_strdup_printf ("{%s,\"tripData\":{\"segmentType\":{\"code\":\"ROCKET\"},\"legs\":[]}}", dated);
  g_autofree char *type = g_strdup_printf ("{\"expenseType\":{\"id\":\"YACHT\"},%s}", dated);

  expect (request, unknown_place, "invalidLocation");
  expect (request, ambiguous, "severalLocationsMatch");
  expect (request, multi, "multiLegNotAllowed");
  expect (request, segment, "segmentTypeNotMappedToPolicy");
  expect (request, type, "expenseTypeNotMappedToPolicy");
  expect (request, "{\"expenseType\":{\"id\":\"TAXIX\"},\"transactionAmount\":{\"value\":1,\"currency\":\"USD\"}}",
          "missingRequiredField");
  expect (request, "{\"expenseType\":{\"id\":\"TAXIX\"},\"transactionDate\":\"someday\","
                   "\"transactionAmount\":{\"value\":1,\"currency\":\"USD\"}}", "invalidDate");
  expect (request, "{\"expenseType\":{\"id\":\"TAXIX\"},\"transactionDate\":\"2027-03-01\","
                   "\"transactionAmount\":{\"value\":-5,\"currency\":\"USD\"}}", "missingRequiredField");
  expect (request, "{\"expenseType\":{\"id\":\"TAXIX\"},\"transactionDate\":\"2027-03-01\","
                   "\"transactionAmount\":{\"value\":\"12\",\"currency\":\"USD\"}}", "missingRequiredField");
  expect (request, "{\"expenseType\":{\"id\":\"TAXIX\"},\"transactionDate\":\"2027-03-01\","
                   "\"transactionAmount\":{\"value\":12,\"currency\":\"GBP\"}}", "badParam");
  expect (request, "{\"transactionDate\": [", "invalidJson");
}

static void
test_locked_request (void)
{
  g_autofree char *path = g_strdup ("/travelrequest/v4/requests/4CCBAE73F3E14346AE93253480F5C409/expenses");
  g_autoptr(JsonNode) reply = send ("POST", path, "{\"expenseType\":{\"id\":\"TAXIX\"},\"transactionDate\":\"2027-03-01\","
                                                  "\"transactionAmount\":{\"value\":1,\"currency\":\"USD\"}}", 403);
  g_autoptr(JsonNode) advance = send ("GET", "/travelrequest/v4/cashadvances/9C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F", NULL, 200);
  JsonObject *amount = json_object_get_object_member (json_node_get_object (advance), "amountRequested");

  g_assert_cmpstr (tr_sandbox_error_code (reply), ==, "permissionDenied");
  g_assert_cmpstr (json_object_get_string_member (amount, "currency"), ==, "EUR");
  g_assert_cmpint (json_object_get_int_member (amount, "value"), ==, 300);
}

int
main (int   argc,
      char *argv[])
{
  int result;

  g_test_init (&argc, &argv, NULL);
  harness = tr_sandbox_harness_start (NULL, (const char *[]) { "--seed=demo", NULL });
  emma = tr_sandbox_harness_token (harness, EMMA);
  g_test_add_func ("/sandbox/expenses/segment", test_segment);
  g_test_add_func ("/sandbox/expenses/exact-totals", test_exact_totals);
  g_test_add_func ("/sandbox/expenses/replace-and-delete", test_replace_and_delete);
  g_test_add_func ("/sandbox/expenses/bad-input", test_bad_expenses);
  g_test_add_func ("/sandbox/expenses/locked-request", test_locked_request);
  result = g_test_run ();
  tr_sandbox_harness_free (harness);
  g_free (emma);
  return result;
}
