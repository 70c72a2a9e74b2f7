/* test-serialize.c
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

/* CREATE / UPDATE / FULL serialization, edits after parsing, copies. */

#include "tr-core-test-utils.h"

#include <string.h>

static JsonObject *
object_of (JsonNode *node)
{
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return json_node_get_object (node);
}

static void
test_request_update_whitelist (void)
{
  g_autoptr(TrRequest) request = tr_test_load_resource (TR_TYPE_REQUEST, "03-get-request.response.json");
  g_autoptr(JsonNode) update = tr_request_to_json (request, TR_JSON_PURPOSE_UPDATE);
  const char *expected[] = {
    "name", "businessPurpose", "comment", "startDate", "startTime", "endDate", "endTime",
    "mainDestination", "policy", "travelAgency", "custom1", "custom2", "custom3", "custom4", NULL
  };
  const char *link[] = { "id", NULL };
  const char *custom[] = { "value", NULL };
  const char *location[] = { "city", "countryCode", "countrySubDivisionCode", "name", NULL };
  JsonObject *object = object_of (update);

  tr_test_assert_members (update, expected);
  tr_test_assert_members (json_object_get_member (object, "travelAgency"), link);
  tr_test_assert_members (json_object_get_member (object, "custom2"), custom);
  tr_test_assert_members (json_object_get_member (object, "mainDestination"), location);
  g_assert_cmpstr (json_object_get_string_member (object, "startTime"), ==, "06:00");
  g_assert_cmpstr (json_object_get_string_member (object, "startDate"), ==, "2018-07-15");
}

/* Parsing what a client POSTs and writing it back for CREATE is the identity. */
static void
test_request_create_body (void)
{
  g_autoptr(JsonNode) body = tr_test_load_fixture ("01-create-request.request.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(TrRequest) request = tr_request_new_from_json (body, &error);
  g_autoptr(JsonNode) create = NULL;

  g_assert_no_error (error);
  create = tr_request_to_json (request, TR_JSON_PURPOSE_CREATE);
  tr_test_assert_json_eq (create, body);
}

static void
test_request_update_body (void)
{
  g_autoptr(JsonNode) body = tr_test_load_fixture ("04-update-request.request.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(TrRequest) request = tr_request_new_from_json (body, &error);
  g_autoptr(JsonNode) update = NULL;
  g_autoptr(JsonNode) expected = tr_json_node_deep_copy (body);

  g_assert_no_error (error);
  update = tr_request_to_json (request, TR_JSON_PURPOSE_UPDATE);
  /* `id` is read-only: the path carries it */
  json_object_remove_member (object_of (expected), "id");
  tr_test_assert_json_eq (update, expected);
  g_assert_false (tr_test_object_has (update, "id"));
}

static void
test_response_update_has_no_read_only (void)
{
  g_autoptr(TrRequest) request = tr_test_load_resource (TR_TYPE_REQUEST, "07-submit-request.response.json");
  g_autoptr(JsonNode) update = tr_request_to_json (request, TR_JSON_PURPOSE_UPDATE);
  const char *read_only[] = {
    "id", "href", "requestId", "approvalStatus", "operations", "owner", "expenses", "approved",
    "creationDate", "lastModified", "submitDate", "totalPostedAmount", "type", "closed", NULL
  };

  for (guint i = 0; read_only[i] != NULL; i++)
    g_assert_false (tr_test_object_has (update, read_only[i]));
  g_assert_true (tr_test_object_has (update, "name"));
}

static void
test_expense_update_is_full_writable (void)
{
  g_autoptr(TrExpense) expense = tr_test_load_resource (TR_TYPE_EXPENSE, "10-get-expense-airfare.response.json");
  g_autoptr(JsonNode) update = tr_expense_to_json (expense, TR_JSON_PURPOSE_UPDATE);
  g_autoptr(JsonNode) create = tr_expense_to_json (expense, TR_JSON_PURPOSE_CREATE);
  const char *expected[] = {
    "expenseType", "transactionDate", "transactionAmount", "exchangeRate", "allocations", "tripData", NULL
  };
  const char *trip[] = { "segmentType", "tripType", "legs", "agencyBooked", "selfBooked", NULL };
  const char *leg[] = { "startDate", "startTime", "startLocation", "endLocation", "returnLeg", NULL };
  const char *allocation[] = { "percentage", "percentEdited", "allocationAmount", NULL };
  const char *type[] = { "id", "name", NULL };
  JsonObject *trip_data = json_object_get_object_member (object_of (update), "tripData");
  JsonArray *legs = json_object_get_array_member (trip_data, "legs");
  JsonArray *allocations = json_object_get_array_member (object_of (update), "allocations");
  JsonObject *amount = json_object_get_object_member (object_of (update), "transactionAmount");

  tr_test_assert_members (update, expected);
  tr_test_assert_json_eq (create, update);
  tr_test_assert_members (json_object_get_member (object_of (update), "expenseType"), type);
  tr_test_assert_members (json_object_get_member (object_of (update), "tripData"), trip);
  g_assert_cmpuint (json_array_get_length (legs), ==, 2);
  tr_test_assert_members (json_array_get_element (legs, 0), leg);
  tr_test_assert_members (json_array_get_element (allocations, 0), allocation);
  g_assert_false (json_object_has_member (json_array_get_object_element (legs, 0), "id"));
  g_assert_cmpfloat (json_object_get_double_member (amount, "value"), ==, 324.56);
  g_assert_cmpstr (json_object_get_string_member (amount, "currency"), ==, "USD");
  g_assert_cmpstr (json_object_get_string_member (object_of (update), "transactionDate"), ==,
                   "2018-07-15T00:00:00.000Z");
}

static void
test_set_changes_one_member (void)
{
  g_autoptr(JsonNode) input = tr_test_load_fixture ("03-get-request.response.json");
  g_autoptr(TrRequest) request = tr_request_new_from_json (input, NULL);
  g_autoptr(JsonNode) expected = tr_json_node_deep_copy (input);
  g_autoptr(JsonNode) full = NULL;
  g_autoptr(GDate) date = g_date_new_dmy (1, 8, 2018);
  JsonObject *destination = json_object_get_object_member (object_of (expected), "mainDestination");

  g_assert_false (tr_resource_is_modified (TR_RESOURCE (request)));
  tr_request_set_name (request, "Renamed");
  tr_request_set_start_date (request, date);
  tr_request_set_comment (request, NULL);
  tr_location_set_city (tr_request_get_main_destination (request), "Potsdam");
  g_assert_true (tr_resource_is_modified (TR_RESOURCE (request)));

  json_object_set_string_member (object_of (expected), "name", "Renamed");
  json_object_set_string_member (object_of (expected), "startDate", "2018-08-01");
  json_object_set_null_member (object_of (expected), "comment");
  json_object_set_string_member (destination, "city", "Potsdam");

  full = tr_request_to_json (request, TR_JSON_PURPOSE_FULL);
  tr_test_assert_json_eq (full, expected);

  /* the generated text too (member names intact after replacement) */
  {
    g_autofree char *text = tr_json_to_string (full);
    g_autoptr(JsonNode) reparsed = tr_json_from_string (text, NULL);

    g_assert_nonnull (strstr (text, "\"name\":\"Renamed\""));
    g_assert_nonnull (strstr (text, "\"comment\":null"));
    tr_test_assert_json_eq (reparsed, expected);
  }
}

static void
test_set_absent_member (void)
{
  g_autoptr(TrRequest) request = tr_test_load_resource (TR_TYPE_REQUEST,
                                                                "01-create-request.response.json");
  g_autoptr(JsonNode) before = tr_request_to_json (request, TR_JSON_PURPOSE_FULL);
  g_autoptr(JsonNode) after = NULL;
  g_autoptr(TrCustomField) field = tr_custom_field_new ();

  g_assert_false (tr_test_object_has (before, "custom5"));
  g_assert_false (tr_test_object_has (before, "expensePolicy"));
  tr_custom_field_set_value (field, "Extra");
  tr_request_set_custom (request, 5, field);
  after = tr_request_to_json (request, TR_JSON_PURPOSE_UPDATE);
  g_assert_true (tr_test_object_has (after, "custom5"));
  g_assert_false (tr_test_object_has (after, "expensePolicy"));
  g_assert_cmpstr (json_object_get_string_member (
                     json_object_get_object_member (object_of (after), "custom5"), "value"), ==, "Extra");
}

static void
test_new_request_create (void)
{
  g_autoptr(TrRequest) request = tr_request_new ();
  g_autoptr(TrLocation) lyon = tr_location_new ();
  g_autoptr(TrResourceLink) policy = tr_resource_link_new ();
  g_autoptr(GDate) start = g_date_new_dmy (1, 7, 2018);
  g_autoptr(JsonNode) create = NULL;
  g_autoptr(JsonNode) full = NULL;
  g_autoptr(JsonNode) expected = tr_json_from_string (
    "{\"name\":\"Training\",\"startDate\":\"2018-07-01\",\"startTime\":\"07:15\","
    "\"mainDestination\":{\"city\":\"Lyon, FRANCE\",\"countryCode\":\"FR\"},"
    "\"policy\":{\"id\":\"F4C8BD31CA9D4D6292795BE687EB9B2A\"}}", NULL);

  tr_request_set_name (request, "Training");
  tr_request_set_start_date (request, start);
  tr_request_set_start_time (request, 7 * 60 + 15);
  tr_location_set_city (lyon, "Lyon, FRANCE");
  tr_location_set_country_code (lyon, "FR");
  tr_request_set_main_destination (request, lyon);
  tr_resource_link_set_id (policy, "F4C8BD31CA9D4D6292795BE687EB9B2A");
  tr_request_set_policy (request, policy);

  create = tr_request_to_json (request, TR_JSON_PURPOSE_CREATE);
  tr_test_assert_json_eq (create, expected);
  full = tr_request_to_json (request, TR_JSON_PURPOSE_FULL);
  tr_test_assert_json_eq (full, expected);
}

static void
test_new_expense_with_leg (void)
{
  g_autoptr(TrExpense) expense = tr_expense_new ();
  g_autoptr(TrTripData) trip = tr_trip_data_new ();
  g_autoptr(TrSegmentType) segment = tr_segment_type_new ();
  g_autoptr(TrLeg) leg = tr_leg_new ();
  g_autoptr(TrAmount) amount = tr_amount_parse ("122.38", "USD", NULL);
  g_autoptr(GDateTime) when = tr_timestamp_parse ("2018-07-18T00:00:00Z");
  g_autoptr(JsonNode) create = NULL;
  g_autoptr(JsonNode) expected = tr_json_from_string (
    "{\"transactionDate\":\"2018-07-18T00:00:00.000Z\","
    "\"transactionAmount\":{\"value\":122.38,\"currency\":\"USD\"},"
    "\"tripData\":{\"segmentType\":{\"code\":\"RAILF\"},\"legs\":[{\"startTime\":\"21:00\"}]}}", NULL);

  tr_expense_set_transaction_amount (expense, amount);
  tr_expense_set_transaction_date (expense, when);
  tr_segment_type_set_code (segment, "RAILF");
  tr_trip_data_set_segment_type (trip, segment);
  tr_leg_set_start_time (leg, 21 * 60);
  g_list_store_append (G_LIST_STORE (tr_trip_data_get_legs (trip)), leg);
  tr_expense_set_trip_data (expense, trip);

  create = tr_expense_to_json (expense, TR_JSON_PURPOSE_CREATE);
  tr_test_assert_json_eq (create, expected);
  g_assert_true (tr_expense_get_legs (expense) == tr_trip_data_get_legs (trip));
}

static void
test_list_edit_in_full (void)
{
  g_autoptr(JsonNode) input = tr_test_load_fixture ("10-get-expense-airfare.response.json");
  g_autoptr(TrExpense) expense = tr_expense_new_from_json (input, NULL);
  GListStore *legs = G_LIST_STORE (tr_expense_get_legs (expense));
  g_autoptr(JsonNode) full = NULL;
  JsonArray *array;

  g_list_store_remove (legs, 1);
  full = tr_expense_to_json (expense, TR_JSON_PURPOSE_FULL);
  array = json_object_get_array_member (json_object_get_object_member (object_of (full), "tripData"), "legs");
  g_assert_cmpuint (json_array_get_length (array), ==, 1);
  g_assert_true (tr_resource_is_modified (TR_RESOURCE (expense)));

  g_list_store_remove (legs, 0);
  g_clear_pointer (&full, json_node_unref);
  full = tr_expense_to_json (expense, TR_JSON_PURPOSE_FULL);
  array = json_object_get_array_member (json_object_get_object_member (object_of (full), "tripData"), "legs");
  g_assert_cmpuint (json_array_get_length (array), ==, 0);
}

static void
test_copy (void)
{
  g_autoptr(JsonNode) input = tr_test_load_fixture ("08-create-expense.response.json");
  g_autoptr(TrExpense) expense = tr_expense_new_from_json (input, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrExpense) copy = tr_expense_copy (expense, &error);
  g_autoptr(JsonNode) copy_full = NULL;
  g_autoptr(JsonNode) original_full = NULL;

  g_assert_no_error (error);
  g_assert_true (copy != expense);
  copy_full = tr_expense_to_json (copy, TR_JSON_PURPOSE_FULL);
  tr_test_assert_json_eq (copy_full, input);

  tr_expense_set_business_purpose (copy, "Changed");
  g_assert_null (tr_expense_get_business_purpose (expense));
  original_full = tr_expense_to_json (expense, TR_JSON_PURPOSE_FULL);
  tr_test_assert_json_eq (original_full, input);
  g_assert_false (tr_resource_is_modified (TR_RESOURCE (expense)));
}

static void
test_unknown_members_kept (void)
{
  g_autoptr(GError) error = NULL;
  const char *text = "{\"name\":\"x\",\"futureMember\":{\"a\":[1,2.5,null]},\"startDate\":null,"
                     "\"lastModified\":\"2018-05-25T08:08:59\",\"mainDestination\":{\"lnKey\":5}}";
  g_autoptr(TrRequest) request = tr_request_new_from_string (text, &error);
  g_autoptr(JsonNode) expected = tr_json_from_string (text, NULL);
  g_autoptr(JsonNode) full = NULL;
  g_autoptr(JsonNode) update = NULL;

  g_assert_no_error (error);
  g_assert_null (tr_request_get_start_date (request));
  full = tr_request_to_json (request, TR_JSON_PURPOSE_FULL);
  tr_test_assert_json_eq (full, expected);
  update = tr_request_to_json (request, TR_JSON_PURPOSE_UPDATE);
  g_assert_false (tr_test_object_has (update, "futureMember"));
  /* an explicit null is kept as a "clear" in UPDATE */
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (object_of (update), "startDate")));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/serialize/request-update-whitelist", test_request_update_whitelist);
  g_test_add_func ("/core/serialize/request-create-body", test_request_create_body);
  g_test_add_func ("/core/serialize/request-update-body", test_request_update_body);
  g_test_add_func ("/core/serialize/update-has-no-read-only", test_response_update_has_no_read_only);
  g_test_add_func ("/core/serialize/expense-update-full-writable", test_expense_update_is_full_writable);
  g_test_add_func ("/core/serialize/set-changes-one-member", test_set_changes_one_member);
  g_test_add_func ("/core/serialize/set-absent-member", test_set_absent_member);
  g_test_add_func ("/core/serialize/new-request-create", test_new_request_create);
  g_test_add_func ("/core/serialize/new-expense-with-leg", test_new_expense_with_leg);
  g_test_add_func ("/core/serialize/list-edit-in-full", test_list_edit_in_full);
  g_test_add_func ("/core/serialize/copy", test_copy);
  g_test_add_func ("/core/serialize/unknown-members-kept", test_unknown_members_kept);

  return g_test_run ();
}
