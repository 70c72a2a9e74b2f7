/* test-request-diff.c
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

#include "tr-request-diff.h"
#include "tr-review-test-util.h"

static JsonNode *
string_node (const char *text)
{
  return json_node_init_string (json_node_alloc (), text);
}

static JsonNode *
parse (const char *json)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (json, &error);

  g_assert_no_error (error);
  return node;
}

static TrRequest *
resubmitted_request (TrRequest *seen)
{
  g_autoptr(TrRequest) a = tr_review_test_edit (seen, "businessPurpose",
                                                string_node ("Client meeting for project KIWI, phase 2"));
  g_autoptr(TrRequest) b = tr_review_test_edit (a, "startDate", string_node ("2018-07-14"));
  g_autoptr(TrRequest) c = tr_review_test_edit (b, "mainDestination",
                                                parse ("{\"city\": \"Munich, GERMANY\", \"countryCode\": \"DE\","
                                                       " \"name\": \"Munich, GERMANY\"}"));
  return tr_review_test_edit (c, "totalPostedAmount", parse ("{\"value\": 634.56, \"currency\": \"USD\"}"));
}

/* Airfare changed (fixture 12), taxi removed, dinner dearer, train added
 * (fixture 08). */
static GListModel *
resubmitted_expenses (GListModel *seen)
{
  GListStore *store = g_list_store_new (TR_TYPE_EXPENSE);
  g_autoptr(JsonNode) airfare = tr_review_test_fixture ("12-update-expense.response.json");
  g_autoptr(JsonNode) train = tr_review_test_fixture ("08-create-expense.response.json");
  g_autoptr(TrExpense) dinner = g_list_model_get_item (seen, 2);
  g_autoptr(JsonNode) dinner_node = tr_expense_to_json (dinner, TR_JSON_PURPOSE_FULL);
  g_autoptr(TrExpense) a = tr_expense_new_from_json (airfare, NULL);
  g_autoptr(TrExpense) b = NULL;
  g_autoptr(TrExpense) c = tr_expense_new_from_json (train, NULL);

  json_object_set_member (json_node_get_object (dinner_node), "transactionAmount",
                          parse ("{\"value\": 140, \"currency\": \"USD\"}"));
  b = tr_expense_new_from_json (dinner_node, NULL);
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_nonnull (c);
  g_list_store_append (store, a);
  g_list_store_append (store, b);
  g_list_store_append (store, c);
  return G_LIST_MODEL (store);
}

static void
assert_change (GPtrArray           *changes,
               guint                i,
               TrRequestChangeKind  kind,
               const char          *key,
               const char          *label,
               const char          *old_value,
               const char          *new_value)
{
  TrRequestChange *change;

  g_assert_cmpuint (i, <, changes->len);
  change = changes->pdata[i];
  g_assert_cmpint (change->kind, ==, kind);
  g_assert_cmpstr (change->key, ==, key);
  g_assert_cmpstr (change->label, ==, label);
  g_assert_cmpstr (change->old_value, ==, old_value);
  g_assert_cmpstr (change->new_value, ==, new_value);
}

static void
test_resubmitted (void)
{
  g_autoptr(TrRequest) seen = tr_review_test_request ("03-get-request.response.json");
  g_autoptr(GListModel) seen_expenses = tr_review_test_expenses ("09-list-request-expenses.response.json");
  g_autoptr(TrRequest) current = resubmitted_request (seen);
  g_autoptr(GListModel) current_expenses = resubmitted_expenses (seen_expenses);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = tr_request_diff (seen, seen_expenses, current, current_expenses, &error);
  TrRequestChange *airfare;

  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 8);
  assert_change (changes, 0, TR_REQUEST_CHANGE_FIELD, "businessPurpose", "Business purpose",
                 "Client meeting for project KIWI", "Client meeting for project KIWI, phase 2");
  assert_change (changes, 1, TR_REQUEST_CHANGE_FIELD, "startDate", "Start date",
                 "Sun 15 Jul 2018", "Sat 14 Jul 2018");
  assert_change (changes, 2, TR_REQUEST_CHANGE_FIELD, "mainDestination", "Main destination",
                 "Berlin, GERMANY", "Munich, GERMANY");
  assert_change (changes, 3, TR_REQUEST_CHANGE_FIELD, "totalPostedAmount", "Total", "494.56", "634.56");
  assert_change (changes, 4, TR_REQUEST_CHANGE_EXPENSE_CHANGED, "B5FB8991E390474E875D6FD5BB1FDAF1",
                 "Airfare, Mon 16 Jul 2018", "324.56", "432.45");
  airfare = changes->pdata[4];
  g_assert_true (g_strv_contains ((const char * const *) airfare->details, "Date"));
  g_assert_true (g_strv_contains ((const char * const *) airfare->details, "Amount"));
  g_assert_cmpstr (tr_amount_get_currency (airfare->new_amount), ==, "USD");
  g_assert_cmpint (tr_amount_get_units (airfare->new_amount), ==, 43245);
  assert_change (changes, 5, TR_REQUEST_CHANGE_EXPENSE_CHANGED, "C286A46A2DDF984EA28E41CEA278667D",
                 "Dinner, Tue 17 Jul 2018", "80", "140");
  g_assert_cmpstrv (((TrRequestChange *) changes->pdata[5])->details, ((const char *[]) { "Amount", NULL }));
  assert_change (changes, 6, TR_REQUEST_CHANGE_EXPENSE_ADDED, "0465224E14C23D4F8C2BC79A9D694BDD",
                 "Train, Wed 18 Jul 2018", NULL, "122.38");
  assert_change (changes, 7, TR_REQUEST_CHANGE_EXPENSE_REMOVED, "D65BDBD5D980F6498D67A92B06A457B0",
                 "Taxi, Tue 17 Jul 2018", "90", NULL);
}

static void
test_unchanged (void)
{
  g_autoptr(TrRequest) seen = tr_review_test_request ("03-get-request.response.json");
  g_autoptr(TrRequest) current = tr_review_test_request ("03-get-request.response.json");
  g_autoptr(GListModel) expenses = tr_review_test_expenses ("09-list-request-expenses.response.json");
  g_autoptr(GListModel) again = tr_review_test_expenses ("09-list-request-expenses.response.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = tr_request_diff (seen, expenses, current, again, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 0);
}

static void
test_cleared_and_custom (void)
{
  g_autoptr(TrRequest) seen = tr_review_test_request ("03-get-request.response.json");
  g_autoptr(TrRequest) a = tr_review_test_edit (seen, "comment", json_node_init_null (json_node_alloc ()));
  g_autoptr(TrRequest) current = tr_review_test_edit (a, "custom1", parse ("{\"value\": \"Kick-off, moved\"}"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = tr_request_diff (seen, NULL, current, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 2);
  assert_change (changes, 0, TR_REQUEST_CHANGE_FIELD, "comment", "Comment",
                 "Need to arrive the day before for meeting in Company Office", NULL);
  assert_change (changes, 1, TR_REQUEST_CHANGE_FIELD, "custom1", "Custom field 1",
                 "Kick-off meeting for project KIWI", "Kick-off, moved");
}

static void
test_bad_input (void)
{
  g_autoptr(TrRequest) seen = tr_review_test_request ("03-get-request.response.json");
  g_autoptr(GListStore) wrong = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(GObject) thing = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) none = tr_request_diff (seen, NULL, NULL, NULL, &error);
  g_autoptr(GPtrArray) also_none = NULL;

  g_assert_null (none);
  g_assert_error (error, TR_REVIEW_ERROR, TR_REVIEW_ERROR_INVALID);
  g_clear_error (&error);
  g_list_store_append (wrong, thing);
  also_none = tr_request_diff (seen, G_LIST_MODEL (wrong), seen, NULL, &error);
  g_assert_null (also_none);
  g_assert_error (error, TR_REVIEW_ERROR, TR_REVIEW_ERROR_INVALID);
}

static void
test_change_copy (void)
{
  g_autoptr(TrRequest) seen = tr_review_test_request ("03-get-request.response.json");
  g_autoptr(GListModel) seen_expenses = tr_review_test_expenses ("09-list-request-expenses.response.json");
  g_autoptr(TrRequest) current = resubmitted_request (seen);
  g_autoptr(GListModel) current_expenses = resubmitted_expenses (seen_expenses);
  g_autoptr(GPtrArray) changes = tr_request_diff (seen, seen_expenses, current, current_expenses, NULL);
  g_autoptr(TrRequestChange) copy = tr_request_change_copy (changes->pdata[4]);

  g_assert_cmpstr (copy->label, ==, "Airfare, Mon 16 Jul 2018");
  g_assert_true (tr_amount_equal (copy->old_amount, ((TrRequestChange *) changes->pdata[4])->old_amount));
  g_assert_cmpstrv (copy->details, ((TrRequestChange *) changes->pdata[4])->details);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/review/diff/resubmitted", test_resubmitted);
  g_test_add_func ("/review/diff/unchanged", test_unchanged);
  g_test_add_func ("/review/diff/cleared-and-custom", test_cleared_and_custom);
  g_test_add_func ("/review/diff/bad-input", test_bad_input);
  g_test_add_func ("/review/diff/change-copy", test_change_copy);

  return g_test_run ();
}
