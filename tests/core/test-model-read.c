/* test-model-read.c
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

/* Properties read back after parsing the seed examples. */

#include "tr-core-test-utils.h"

static void
assert_amount (const TrAmount *amount,
               const char     *text,
               const char     *currency)
{
  g_autofree char *actual = NULL;

  g_assert_nonnull (amount);
  actual = tr_amount_to_string (amount);
  g_assert_cmpstr (actual, ==, text);
  g_assert_cmpstr (tr_amount_get_currency (amount), ==, currency);
}

static void
assert_date (const GDate *date,
             guint        year,
             guint        month,
             guint        day)
{
  g_assert_nonnull (date);
  g_assert_cmpuint (g_date_get_year (date), ==, year);
  g_assert_cmpuint (g_date_get_month (date), ==, month);
  g_assert_cmpuint (g_date_get_day (date), ==, day);
}

static void
assert_timestamp (GDateTime  *timestamp,
                  const char *iso)
{
  g_autofree char *text = NULL;

  g_assert_nonnull (timestamp);
  text = tr_timestamp_format (timestamp);
  g_assert_cmpstr (text, ==, iso);
}

static void
test_get_request (void)
{
  g_autoptr(TrRequest) request = tr_test_load_resource (TR_TYPE_REQUEST, "03-get-request.response.json");
  GListModel *links = tr_request_get_expense_links (request);
  g_autoptr(TrResourceLink) second = NULL;
  TrLocation *destination = tr_request_get_main_destination (request);

  g_assert_cmpstr (tr_request_get_id (request), ==, "224AF3CDCC2A5244A37C72FA5770C6F2");
  g_assert_cmpstr (tr_request_get_request_id (request), ==, "333T");
  g_assert_cmpstr (tr_request_get_name (request), ==, "Client meeting in Berlin - JULY");
  g_assert_cmpstr (tr_request_get_business_purpose (request), ==, "Client meeting for project KIWI");
  assert_date (tr_request_get_start_date (request), 2018, 7, 15);
  assert_date (tr_request_get_end_date (request), 2018, 7, 17);
  g_assert_cmpint (tr_request_get_start_time (request), ==, 6 * 60);
  g_assert_cmpint (tr_request_get_end_time (request), ==, 19 * 60 + 30);
  assert_timestamp (tr_request_get_creation_date (request), "2018-05-25T07:31:33.000Z");
  assert_timestamp (tr_request_get_last_modified (request), "2018-05-25T07:34:01.000Z");
  g_assert_null (tr_request_get_submit_date (request));
  g_assert_false (tr_request_get_approved (request));
  g_assert_false (tr_request_get_pending_approval (request));
  g_assert_false (tr_request_get_ever_sent_back (request));
  assert_amount (tr_request_get_total_posted_amount (request), "494.56", "USD");
  assert_amount (tr_request_get_total_approved_amount (request), "494.56", "USD");
  assert_amount (tr_request_get_total_remaining_amount (request), "494.56", "USD");
  g_assert_cmpstr (tr_request_type_get_code (tr_request_get_request_type (request)), ==, "TRAVEL");
  g_assert_cmpstr (tr_request_type_get_label (tr_request_get_request_type (request)), ==, "Travel");
  g_assert_cmpint (tr_request_get_status_kind (request), ==, TR_APPROVAL_STATUS_KIND_NOT_SUBMITTED);
  g_assert_cmpstr (tr_approval_status_get_name (tr_request_get_approval_status (request)), ==, "Not Submitted");

  g_assert_cmpstr (tr_location_get_city (destination), ==, "Berlin, GERMANY");
  g_assert_cmpstr (tr_location_get_country_code (destination), ==, "DE");
  g_assert_cmpstr (tr_location_get_country_sub_division_code (destination), ==, "DE-BE");

  g_assert_cmpuint (g_list_model_get_n_items (links), ==, 3);
  second = g_list_model_get_item (links, 1);
  g_assert_cmpstr (tr_resource_link_get_id (second), ==, "D65BDBD5D980F6498D67A92B06A457B0");
  /* malformed host kept verbatim */
  g_assert_cmpstr (tr_resource_link_get_href (second), ==,
                   "https://us.api.concursolutions.comm/v4/expenses/D65BDBD5D980F6498D67A92B06A457B0");

  g_assert_cmpstr (tr_resource_link_get_id (tr_request_get_policy (request)), ==, "00497B95D8055849A1B217C8D05FFB86");
  g_assert_null (tr_resource_link_get_href (tr_request_get_policy (request)));
  g_assert_cmpstr (tr_resource_link_get_template (tr_request_get_travel_agency (request)), ==,
                   "https://us.api.concursolutions.com/v4/travelagencies/{id}");
  g_assert_cmpstr (tr_employee_get_id (tr_request_get_owner (request)), ==, "c0d9894b-98e2-48d5-86f9-1decde90dd15");
  g_assert_null (tr_request_get_approver (request));

  g_assert_cmpstr (tr_custom_field_get_value (tr_request_get_custom (request, 1)), ==,
                   "Kick-off meeting for project KIWI");
  g_assert_cmpstr (tr_custom_field_get_code (tr_request_get_custom (request, 4)), ==, "CLIENTPROJECT");
  g_assert_null (tr_custom_field_get_code (tr_request_get_custom (request, 1)));
  g_assert_null (tr_request_get_custom (request, 5));
  g_assert_null (tr_request_get_custom (request, 20));

  g_assert_cmpstr (tr_request_get_operation_href (request, "submit"), ==,
                   "https://us.api.concursolutions.com/v4/requests/224AF3CDCC2A5244A37C72FA5770C6F2/submit");
  g_assert_null (tr_request_get_operation_href (request, "approve"));
}

static void
test_submitted_request (void)
{
  g_autoptr(TrRequest) request = tr_test_load_resource (TR_TYPE_REQUEST, "07-submit-request.response.json");
  GListModel *ops = tr_request_get_operations (request);
  g_autoptr(TrOperation) first = g_list_model_get_item (ops, 0);

  g_assert_cmpint (tr_request_get_status_kind (request), ==, TR_APPROVAL_STATUS_KIND_SUBMITTED);
  g_assert_true (tr_request_get_pending_approval (request));
  assert_timestamp (tr_request_get_submit_date (request), "2018-05-25T09:38:02.000Z");
  assert_amount (tr_request_get_total_posted_amount (request), "123.56", "USD");
  g_assert_null (tr_request_get_comment (request));
  g_assert_cmpuint (g_list_model_get_n_items (ops), ==, 2);
  g_assert_cmpstr (tr_operation_get_rel (first), ==, "recall");
  g_assert_nonnull (tr_request_get_operation_href (request, "cancel"));
  g_assert_null (tr_request_get_operation_href (request, "submit"));
}

static void
test_list_page (void)
{
  g_autoptr(TrRequestPage) page = tr_test_load_resource (TR_TYPE_REQUEST_PAGE, "02-list-requests.response.json");
  GListModel *data = tr_request_page_get_data (page);
  g_autoptr(TrRequest) sent_back = g_list_model_get_item (data, 0);
  g_autoptr(TrRequest) submitted = g_list_model_get_item (data, 1);

  g_assert_cmpuint (g_list_model_get_n_items (data), ==, 2);
  g_assert_cmpstr (tr_request_page_get_next_href (page), ==,
                   "https://us.api.concursolutions.com/v4/requests?view=ALL&limit=3&start=3");
  g_assert_cmpstr (tr_request_page_get_first_href (page), ==,
                   "https://us.api.concursolutions.com/v4/requests?view=ALL&limit=3&start=0");
  g_assert_cmpstr (tr_request_page_get_last_href (page), ==,
                   "https://us.api.concursolutions.com/v4/requests?view=ALL&limit=3&start=135");
  g_assert_null (tr_request_page_get_prev_href (page));

  g_assert_cmpstr (tr_request_get_request_id (sent_back), ==, "3AT7");
  g_assert_cmpint (tr_request_get_status_kind (sent_back), ==, TR_APPROVAL_STATUS_KIND_SENT_BACK);
  g_assert_true (tr_request_get_ever_sent_back (sent_back));
  g_assert_cmpint (tr_request_get_end_time (sent_back), ==, -1);
  assert_amount (tr_request_get_total_approved_amount (sent_back), "213.06", "USD");
  g_assert_cmpstr (tr_request_get_comment (sent_back), ==,
                   "Plane too early in the morning, if possible book Hotel and arrive the day before\n");
  g_assert_cmpstr (tr_request_get_name (submitted), ==, "Client meeting in Berlin");
  g_assert_cmpint (tr_request_get_start_time (submitted), ==, 17 * 60 + 30);
  assert_amount (tr_request_get_total_posted_amount (submitted), "478.56", "USD");
}

static void
test_airfare_expense (void)
{
  g_autoptr(TrExpense) expense = tr_test_load_resource (TR_TYPE_EXPENSE, "10-get-expense-airfare.response.json");
  TrTripData *trip = tr_expense_get_trip_data (expense);
  GListModel *legs = tr_expense_get_legs (expense);
  g_autoptr(TrLeg) out = g_list_model_get_item (legs, 0);
  g_autoptr(TrLeg) back = g_list_model_get_item (legs, 1);
  g_autoptr(TrAllocation) allocation = g_list_model_get_item (tr_expense_get_allocations (expense), 0);
  TrLocation *from = tr_leg_get_start_location (out);
  g_autoptr(TrAmount) hundred = tr_amount_new (100, 0, NULL);

  g_assert_cmpstr (tr_expense_type_get_id (tr_expense_get_expense_type (expense)), ==, "AIRFR");
  g_assert_cmpstr (tr_expense_type_get_name (tr_expense_get_expense_type (expense)), ==, "Airfare");
  assert_timestamp (tr_expense_get_transaction_date (expense), "2018-07-15T00:00:00.000Z");
  assert_amount (tr_expense_get_transaction_amount (expense), "324.56", "USD");
  assert_amount (tr_expense_get_remaining_amount (expense), "324.56", "USD");
  g_assert_cmpstr (tr_exchange_rate_get_operation (tr_expense_get_exchange_rate (expense)), ==, "MULTIPLY");
  assert_amount (tr_exchange_rate_get_value (tr_expense_get_exchange_rate (expense)), "1", NULL);

  g_assert_true (tr_trip_data_get_agency_booked (trip));
  g_assert_false (tr_trip_data_get_self_booked (trip));
  g_assert_cmpstr (tr_trip_data_get_trip_type (trip), ==, "ROUND_TRIP");
  g_assert_cmpstr (tr_segment_type_get_category (tr_trip_data_get_segment_type (trip)), ==, "REQ_SEG_AIRFR");
  g_assert_cmpstr (tr_segment_type_get_code (tr_trip_data_get_segment_type (trip)), ==, "AIRFR");

  g_assert_cmpuint (g_list_model_get_n_items (legs), ==, 2);
  g_assert_cmpstr (tr_leg_get_id (out), ==, "B0F356643B38BC419AFE60E050BB79A4");
  assert_date (tr_leg_get_start_date (out), 2018, 7, 15);
  g_assert_cmpint (tr_leg_get_start_time (out), ==, 8 * 60);
  g_assert_null (tr_leg_get_end_date (out));
  g_assert_false (tr_leg_get_return_leg (out));
  g_assert_true (tr_leg_get_return_leg (back));
  g_assert_cmpint (tr_leg_get_start_time (back), ==, 17 * 60);
  g_assert_cmpstr (tr_location_get_iata_code (from), ==, "CDG");
  g_assert_cmpstr (tr_location_get_name (from), ==, "Charles De Gaulle Intl");
  g_assert_cmpstr (tr_location_get_iata_code (tr_leg_get_end_location (out)), ==, "BER");

  g_assert_cmpstr (tr_allocation_get_allocation_id (allocation), ==, "79249903DC18464AAAD61062EA383BD4");
  g_assert_cmpstr (tr_allocation_get_expense_id (allocation), ==, "B5FB8991E390474E875D6FD5BB1FDAF1");
  g_assert_true (tr_allocation_get_system_allocation (allocation));
  g_assert_false (tr_allocation_get_percent_edited (allocation));
  g_assert_true (tr_amount_equal (tr_allocation_get_percentage (allocation), hundred));
  assert_amount (tr_allocation_get_allocation_amount (allocation), "324.56", "USD");
}

static void
test_dinner_and_rail (void)
{
  g_autoptr(TrExpense) dinner = tr_test_load_resource (TR_TYPE_EXPENSE, "11-get-expense-dinner.response.json");
  g_autoptr(TrExpense) rail = tr_test_load_resource (TR_TYPE_EXPENSE, "08-create-expense.response.json");
  g_autoptr(TrLeg) leg = NULL;

  g_assert_null (tr_expense_get_trip_data (dinner));
  g_assert_null (tr_expense_get_legs (dinner));
  g_assert_cmpstr (tr_expense_get_business_purpose (dinner), ==, "Estimated costs for 2 dinners in Berlin");
  assert_amount (tr_expense_get_approved_amount (dinner), "80", "USD");

  g_assert_cmpstr (tr_expense_type_get_id (tr_expense_get_expense_type (rail)), ==, "TRAIN");
  leg = g_list_model_get_item (tr_expense_get_legs (rail), 0);
  g_assert_cmpstr (tr_leg_get_start_location_detail (leg), ==, "none");
  g_assert_cmpstr (tr_location_get_location_code (tr_leg_get_end_location (leg)), ==, "IATA_NCE");
  g_assert_cmpstr (tr_location_get_location_type (tr_leg_get_end_location (leg)), ==, "STD");
  g_assert_cmpint (tr_leg_get_start_time (leg), ==, 21 * 60);
}

static void
test_expense_list_and_agency (void)
{
  g_autoptr(JsonNode) node = tr_test_load_fixture ("09-list-request-expenses.response.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = tr_expense_list_new_from_json (node, &error);
  g_autoptr(TrTravelAgency) agency = tr_test_load_resource (TR_TYPE_TRAVEL_AGENCY, "14-get-travel-agency.response.json");
  g_autoptr(TrResourceLink) report = tr_test_load_resource (TR_TYPE_RESOURCE_LINK, "06-create-linked-report.response.json");

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  g_assert_cmpstr (tr_travel_agency_get_name (agency), ==, "myCompanyAgency");
  g_assert_cmpstr (tr_travel_agency_get_email_address (agency), ==, "agency-email@agencyname.com");
  g_assert_cmpstr (tr_travel_agency_get_id (agency), ==, "2EC038D7C3CBBE4ABA0914425064D34F");
  g_assert_null (tr_travel_agency_get_proposal_type (agency));
  g_assert_cmpstr (tr_resource_link_get_id (report), ==, "C5EDBE0E507C46FFB132");
}

/* Members the seeds do not show: approver, comments, exceptions, policy. */
static const char detail_json[] =
  "{\"id\":\"ABC\",\"approvalStatus\":{\"code\":\"PENDING_EBOOKING\",\"name\":\"Waiting for the agency\"},"
  "\"approver\":{\"id\":\"1b2c\",\"firstName\":\"Chris\",\"lastName\":\"Miller\",\"middleInitial\":\"J\"},"
  "\"highestExceptionLevel\":\"WARNING\",\"extensionOf\":{\"requestId\":\"3AT1\"},"
  "\"comments\":{\"href\":\"http://x/comments\"},\"pnr\":\"XYZ123\"}";

static void
test_detail_members (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrRequest) request = tr_request_new_from_string (detail_json, &error);
  TrEmployee *approver;
  TrApprovalStatus *status;

  g_assert_no_error (error);
  approver = tr_request_get_approver (request);
  status = tr_request_get_approval_status (request);
  g_assert_cmpstr (tr_employee_get_first_name (approver), ==, "Chris");
  g_assert_cmpstr (tr_employee_get_last_name (approver), ==, "Miller");
  g_assert_cmpstr (tr_employee_get_middle_initial (approver), ==, "J");
  {
    g_autofree char *display = tr_employee_dup_display_name (approver);
    g_autoptr(TrEmployee) nobody = tr_employee_new ();
    g_autofree char *none = tr_employee_dup_display_name (nobody);

    g_assert_cmpstr (display, ==, "Chris J. Miller");
    g_assert_null (none);
  }
  g_assert_cmpint (tr_approval_status_get_kind (status), ==, TR_APPROVAL_STATUS_KIND_UNKNOWN);
  g_assert_cmpstr (tr_approval_status_get_code (status), ==, "PENDING_EBOOKING");
  g_assert_cmpstr (tr_approval_status_get_name (status), ==, "Waiting for the agency");
  g_assert_cmpstr (tr_request_get_highest_exception_level (request), ==, "WARNING");
  g_assert_cmpstr (tr_resource_link_get_request_id (tr_request_get_extension_of (request)), ==, "3AT1");
  g_assert_cmpstr (tr_resource_link_get_href (tr_request_get_comments_link (request)), ==, "http://x/comments");
  g_assert_cmpstr (tr_request_get_pnr (request), ==, "XYZ123");
}

static void
test_comment_and_exception (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrComment) comment = tr_resource_new_from_string (TR_TYPE_COMMENT,
    "{\"author\":{\"firstName\":\"Ann\",\"lastName\":\"Lee\"},\"creationDate\":\"2019-11-14T10:39:00\","
    "\"isLatest\":true,\"value\":\"Please book early\"}", &error);
  g_autoptr(TrException) exception = NULL;
  g_auto(GStrv) fields = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (tr_comment_get_value (comment), ==, "Please book early");
  g_assert_true (tr_comment_get_is_latest (comment));
  g_assert_cmpstr (tr_employee_get_first_name (tr_comment_get_author (comment)), ==, "Ann");
  assert_timestamp (tr_comment_get_timestamp (comment), "2019-11-14T10:39:00.000Z");

  exception = tr_resource_new_from_string (TR_TYPE_EXCEPTION,
    "{\"code\":\"MISSREQFLD\",\"level\":\"99\",\"message\":\"Missing fields\",\"isBlocking\":true,"
    "\"source\":{\"id\":\"E1\",\"href\":\"\",\"type\":\"HEADER\"},"
    "\"parameters\":{\"missingFields\":[\"Request Name\",\"Purpose\"]}}", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tr_exception_get_code (exception), ==, "MISSREQFLD");
  g_assert_cmpint (tr_exception_get_level (exception), ==, 99);
  g_assert_true (tr_exception_get_is_blocking (exception));
  g_assert_cmpstr (tr_exception_source_get_source_type (tr_exception_get_source (exception)), ==, "HEADER");
  fields = tr_exception_dup_parameter (exception, "missingFields");
  g_assert_cmpuint (g_strv_length (fields), ==, 2);
  g_assert_cmpstr (fields[1], ==, "Purpose");
  g_assert_null (tr_exception_dup_parameter (exception, "nope"));
}

static void
test_policy_and_bare_page (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrPolicy) policy = tr_resource_new_from_string (TR_TYPE_POLICY,
    "{\"href\":\"https://h/userpolicies/P1\",\"id\":\"P1\",\"name\":\"Travel\",\"allowParticipants\":true}", &error);
  g_autoptr(JsonNode) array = tr_json_from_string ("[{\"rel\":\"next\",\"href\":\"n\"}]", &error);
  g_autoptr(GListStore) ops = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (tr_policy_get_name (policy), ==, "Travel");
  g_assert_true (tr_policy_get_allow_participants (policy));
  /* sub-collections: bare arrays, or wrapped in {data: …} (gaps 7) */
  ops = tr_resource_list_new_from_json (TR_TYPE_OPERATION, array, "operations", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ops)), ==, 1);
}

/* The cash advance example of the docs, minus its malformed JSON (gaps 9). */
static void
test_cash_advance (void)
{
  const char *json =
    "{\"cashAdvanceId\":\"CA1\",\"amountRequested\":{\"value\":300.5,\"currency\":\"EUR\",\"amount\":300.5},"
    "\"approvalStatus\":{\"code\":\"C_PEND\",\"name\":\"Pending Approval\"},"
    "\"exchangeRate\":{\"value\":1.08345,\"operation\":\"DIVIDE\"},"
    "\"requestDate\":\"2019-11-14T10:39:00.000\"}";
  g_autoptr(GError) error = NULL;
  g_autoptr(TrCashAdvance) advance = tr_cash_advance_new_from_string (json, &error);
  g_autoptr(JsonNode) full = NULL;
  g_autoptr(JsonNode) expected = tr_json_from_string (json, NULL);
  TrApprovalStatus *status;

  g_assert_no_error (error);
  status = tr_cash_advance_get_approval_status (advance);
  g_assert_cmpstr (tr_cash_advance_get_cash_advance_id (advance), ==, "CA1");
  assert_amount (tr_cash_advance_get_amount_requested (advance), "300.5", "EUR");
  g_assert_cmpint (tr_approval_status_get_kind (status), ==, TR_APPROVAL_STATUS_KIND_UNKNOWN);
  g_assert_cmpstr (tr_approval_status_get_name (status), ==, "Pending Approval");
  assert_amount (tr_exchange_rate_get_value (tr_cash_advance_get_exchange_rate (advance)), "1.08345", NULL);
  assert_timestamp (tr_cash_advance_get_request_date (advance), "2019-11-14T10:39:00.000Z");
  full = tr_cash_advance_to_json (advance, TR_JSON_PURPOSE_FULL);
  tr_test_assert_json_eq (full, expected);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/read/get-request", test_get_request);
  g_test_add_func ("/core/read/submitted-request", test_submitted_request);
  g_test_add_func ("/core/read/list-page", test_list_page);
  g_test_add_func ("/core/read/airfare-expense", test_airfare_expense);
  g_test_add_func ("/core/read/dinner-and-rail", test_dinner_and_rail);
  g_test_add_func ("/core/read/expense-list-and-agency", test_expense_list_and_agency);
  g_test_add_func ("/core/read/detail-members", test_detail_members);
  g_test_add_func ("/core/read/comment-and-exception", test_comment_and_exception);
  g_test_add_func ("/core/read/policy-and-bare-page", test_policy_and_bare_page);
  g_test_add_func ("/core/read/cash-advance", test_cash_advance);

  return g_test_run ();
}
