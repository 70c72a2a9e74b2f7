/* test-json-errors.c
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

/* Bad input: a GError naming the member path, never a crash or a critical. */

#include "tr-core-test-utils.h"

#include <math.h>

typedef struct
{
  const char *name;
  GType     (*get_type) (void);
  const char *json;
  int         code;
  const char *message;
} ErrorCase;

static const ErrorCase cases[] = {
  { "syntax", tr_request_get_type, "{\"name\": ", TR_JSON_ERROR_SYNTAX, NULL },
  { "empty", tr_request_get_type, "", TR_JSON_ERROR_SYNTAX, NULL },
  { "top-level-array", tr_request_get_type, "[1, 2]", TR_JSON_ERROR_TYPE,
    "$: expected an object, got array" },
  { "top-level-true", tr_travel_agency_get_type, "true", TR_JSON_ERROR_TYPE,
    "$: expected an object, got boolean" },
  { "string-type", tr_request_get_type, "{\"name\": 5}", TR_JSON_ERROR_TYPE,
    "name: expected a string, got number" },
  { "boolean-type", tr_request_get_type, "{\"approved\": \"yes\"}", TR_JSON_ERROR_TYPE,
    "approved: expected a boolean, got string" },
  { "object-type", tr_request_get_type, "{\"mainDestination\": \"Paris\"}", TR_JSON_ERROR_TYPE,
    "mainDestination: expected an object, got string" },
  { "array-type", tr_request_get_type, "{\"operations\": {}}", TR_JSON_ERROR_TYPE,
    "operations: expected an array, got object" },
  { "array-item-type", tr_request_get_type, "{\"expenses\": [{}, 3]}", TR_JSON_ERROR_TYPE,
    "expenses[1]: expected an object, got number" },
  { "integer-type", tr_exception_get_type, "{\"level\": \"high\"}", TR_JSON_ERROR_TYPE,
    "level: expected an integer, got string" },
  { "missing-rel", tr_request_page_get_type, "{\"operations\": [{\"href\": \"x\"}]}", TR_JSON_ERROR_MISSING,
    "operations[0].rel: missing required member" },
  { "null-required", tr_request_get_type, "{\"approvalStatus\": {\"code\": null}}", TR_JSON_ERROR_MISSING,
    "approvalStatus.code: missing required member" },
  { "missing-segment-type", tr_expense_get_type, "{\"tripData\": {\"legs\": []}}", TR_JSON_ERROR_MISSING,
    "tripData.segmentType: missing required member" },
  { "missing-currency", tr_request_get_type, "{\"totalPostedAmount\": {\"value\": 1}}", TR_JSON_ERROR_MISSING,
    "totalPostedAmount.currency: missing required member" },
  { "missing-value", tr_expense_get_type, "{\"transactionAmount\": {\"currency\": \"USD\"}}", TR_JSON_ERROR_MISSING,
    "transactionAmount.value: missing required member" },
  { "invalid-date", tr_request_get_type, "{\"startDate\": \"2018-02-30\"}", TR_JSON_ERROR_INVALID_DATE,
    "startDate: expected a date (yyyy-MM-dd), got “2018-02-30”" },
  { "invalid-time", tr_request_get_type, "{\"endTime\": \"25:00\"}", TR_JSON_ERROR_INVALID_TIME,
    "endTime: expected a time (HH:mm), got “25:00”" },
  { "invalid-timestamp", tr_request_get_type, "{\"creationDate\": \"2019-11-14:T10:39:00.000Z\"}",
    TR_JSON_ERROR_INVALID_TIMESTAMP,
    "creationDate: expected a timestamp (yyyy-MM-ddTHH:mm:ss.SSSZ), got “2019-11-14:T10:39:00.000Z”" },
  { "invalid-amount", tr_request_get_type, "{\"totalPostedAmount\": {\"value\": \"1.2.3\", \"currency\": \"USD\"}}",
    TR_JSON_ERROR_INVALID_AMOUNT, "totalPostedAmount.value: expected a decimal amount, got “1.2.3”" },
  { "amount-type", tr_request_get_type, "{\"totalPostedAmount\": {\"value\": true, \"currency\": \"USD\"}}",
    TR_JSON_ERROR_TYPE, "totalPostedAmount.value: expected a number, got boolean" },
  { "invalid-percentage", tr_allocation_get_type, "{\"percentage\": \"abc\"}", TR_JSON_ERROR_INVALID_AMOUNT,
    "percentage: expected a decimal amount, got “abc”" },
  { "invalid-currency", tr_request_get_type, "{\"totalPostedAmount\": {\"value\": 1, \"currency\": \"US Dollar\"}}",
    TR_JSON_ERROR_INVALID_VALUE,
    "totalPostedAmount.currency: expected a currency code (up to 3 letters), got “US Dollar”" },
  { "deep-leg-time", tr_expense_get_type,
    "{\"tripData\": {\"segmentType\": {\"code\": \"AIRFR\"}, \"legs\": [{}, {\"endTime\": \"7h\"}]}}",
    TR_JSON_ERROR_INVALID_TIME, "tripData.legs[1].endTime: expected a time (HH:mm), got “7h”" },
  /* json-glib decodes lone surrogate escapes to bytes that are not UTF-8 */
  { "lone-surrogate", tr_request_get_type, "{\"name\": \"\\ud800A\"}", TR_JSON_ERROR_SYNTAX,
    "name: the string is not valid Unicode text" },
  { "lone-low-surrogate-unknown-member", tr_request_get_type,
    "{\"custom\": [{\"x\": 1}, {\"note\": \"ok \\ud834x\"}]}", TR_JSON_ERROR_SYNTAX,
    "custom[1].note: the string is not valid Unicode text" },
  { "lone-surrogate-member-name", tr_expense_get_type, "{\"tripData\": {\"\\ud83dx\": 1}}",
    TR_JSON_ERROR_SYNTAX, "tripData: a member name is not valid Unicode text" },
  { "lone-surrogate-top-level", tr_request_get_type, "\"\\ud8ffz\"", TR_JSON_ERROR_SYNTAX,
    "$: the string is not valid Unicode text" },
  /* numbers beyond the double range would be written back as "inf" */
  { "number-to-infinity", tr_request_get_type, "{\"extra\": {\"big\": 1e400}}",
    TR_JSON_ERROR_INVALID_VALUE, "extra.big: the number is out of the supported range" },
  { "number-to-minus-infinity", tr_request_page_get_type, "{\"items\": [], \"x\": [-1e999]}",
    TR_JSON_ERROR_INVALID_VALUE, "x[0]: the number is out of the supported range" },
  /* json-glib 1.6 would write 1e40 back as "1e+40.0", which is not JSON */
  { "number-written-badly", tr_expense_get_type, "{\"exchangeRate\": {\"x\": 10e40}}",
    TR_JSON_ERROR_INVALID_VALUE, "exchangeRate.x: the number is out of the supported range" },
  { "tiny-number-written-badly", tr_request_get_type, "{\"y\": [0, 1e-300]}",
    TR_JSON_ERROR_INVALID_VALUE, "y[1]: the number is out of the supported range" },
};

static void
test_error_case (gconstpointer data)
{
  const ErrorCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) object = tr_resource_new_from_string (c->get_type (), c->json, &error);

  g_assert_null (object);
  g_assert_error (error, TR_JSON_ERROR, c->code);
  if (c->message != NULL)
    g_assert_cmpstr (error->message, ==, c->message);

  /* same input without an error location: no crash, no leak */
  g_assert_null (tr_resource_new_from_string (c->get_type (), c->json, NULL));
}

/* The path example of the brief, through the bare expense array. */
static void
test_expense_list_path (void)
{
  const char *json =
    "[{\"id\": \"A\"}, {\"tripData\": {\"segmentType\": {\"code\": \"AIRFR\"},"
    " \"legs\": [{\"startDate\": \"2018-13-40\"}]}}]";
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = tr_expense_list_new_from_string (json, &error);

  g_assert_null (list);
  g_assert_error (error, TR_JSON_ERROR, TR_JSON_ERROR_INVALID_DATE);
  g_assert_cmpstr (error->message, ==,
                   "expenses[1].tripData.legs[0].startDate: expected a date (yyyy-MM-dd), got “2018-13-40”");
}

static void
test_expense_list_not_array (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = tr_expense_list_new_from_string ("{\"items\": []}", &error);

  g_assert_null (list);
  g_assert_error (error, TR_JSON_ERROR, TR_JSON_ERROR_TYPE);
  g_assert_cmpstr (error->message, ==, "expenses: expected an array, got object");
}

static void
test_boolean_body (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = tr_json_from_string ("{\"ok\": true}", &error);
  gboolean value = TRUE;

  g_assert_no_error (error);
  g_assert_false (tr_json_boolean_from_json (node, &value, &error));
  g_assert_error (error, TR_JSON_ERROR, TR_JSON_ERROR_TYPE);
  g_assert_cmpstr (error->message, ==, "$: expected a boolean, got object");
  g_assert_true (value);
}

/* A valid surrogate pair is fine, and so are the largest doubles. */
static void
test_unicode_and_range_accepted (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrRequest) request = tr_request_new_from_string (
    "{\"name\": \"Trip \\ud83d\\ude00\", \"x\": 1.7976931348623157e308, \"y\": -4.9e-324}", &error);
  g_autoptr(JsonNode) full = NULL;
  g_autofree char *text = NULL;
  g_autoptr(TrRequest) again = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (tr_request_get_name (request), ==, "Trip \xf0\x9f\x98\x80");
  full = tr_request_to_json (request, TR_JSON_PURPOSE_FULL);
  text = tr_json_to_string (full);
  again = tr_request_new_from_string (text, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);
}

/* tr_json_node_check() on nodes built in code, not parsed. */
static void
test_node_check (void)
{
  g_autoptr(JsonNode) good = tr_json_from_string ("{\"a\": [1, 2.5, \"\u00e9\", null, true]}", NULL);
  g_autoptr(JsonNode) bad = json_node_new (JSON_NODE_VALUE);
  g_autoptr(JsonNode) inf = json_node_new (JSON_NODE_VALUE);
  g_autoptr(GError) error = NULL;

  g_assert_true (tr_json_node_check (good, &error));
  g_assert_no_error (error);
  json_node_set_string (bad, "caf\xc3");
  g_assert_false (tr_json_node_check (bad, &error));
  g_assert_error (error, TR_JSON_ERROR, TR_JSON_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==, "$: the string is not valid Unicode text");
  g_clear_error (&error);
  json_node_set_double (inf, -INFINITY);
  g_assert_false (tr_json_node_check (inf, &error));
  g_assert_error (error, TR_JSON_ERROR, TR_JSON_ERROR_INVALID_VALUE);
  g_assert_false (tr_json_node_check (inf, NULL));
}

static void
test_null_json_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = tr_json_from_string (NULL, &error);

  g_assert_null (node);
  g_assert_error (error, TR_JSON_ERROR, TR_JSON_ERROR_SYNTAX);
}

/* Replaces every member and array element of a fixture, one at a time, by
 * values of the wrong type: parsing must either succeed or fail with a
 * TR_JSON_ERROR; a critical or warning would abort (fatal-warnings). */
typedef struct
{
  GType     type;
  JsonNode *root;
  guint     n_parsed;
  guint     n_failed;
} Mutation;

static void
parse_mutated (Mutation *m)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) object = tr_resource_new_from_json (m->type, m->root, &error);

  if (object == NULL)
    {
      g_assert_error (error, TR_JSON_ERROR, error->code);
      g_assert_true (error->message != NULL && *error->message != '\0');
      m->n_failed++;
    }
  else
    {
      g_autoptr(JsonNode) full = tr_resource_to_json (TR_RESOURCE (object), TR_JSON_PURPOSE_FULL);

      g_assert_true (json_node_equal (full, m->root));
      m->n_parsed++;
    }
}

static JsonNode *
replacement (guint which)
{
  const char *values[] = { "{}", "[]", "\"x\"", "-1.5", "true", "null" };
  g_autoptr(JsonNode) parsed = tr_json_from_string (values[which], NULL);

  return tr_json_node_deep_copy (parsed);
}

static void mutate_node (Mutation *m, JsonNode *node);

static void
mutate_member (Mutation   *m,
               JsonObject *object,
               const char *name)
{
  g_autoptr(JsonNode) original = json_node_ref (json_object_get_member (object, name));

  for (guint which = 0; which < 6; which++)
    {
      json_object_set_member (object, name, replacement (which));
      parse_mutated (m);
    }
  json_object_set_member (object, name, json_node_ref (original));
  mutate_node (m, original);
}

static void
mutate_node (Mutation *m,
             JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autoptr(GList) members = json_object_get_members (json_node_get_object (node));
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

      /* the listed names belong to the object: replacing a member frees them */
      for (GList *l = members; l != NULL; l = l->next)
        g_ptr_array_add (names, g_strdup (l->data));
      for (guint i = 0; i < names->len; i++)
        mutate_member (m, json_node_get_object (node), g_ptr_array_index (names, i));
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        mutate_node (m, json_array_get_element (array, i));
    }
}

static void
test_mutations (void)
{
  const struct { const char *file; GType (*get_type) (void); } fixtures[] = {
    { "03-get-request.response.json", tr_request_get_type },
    { "02-list-requests.response.json", tr_request_page_get_type },
    { "10-get-expense-airfare.response.json", tr_expense_get_type },
    { "08-create-expense.request.json", tr_expense_get_type },
    { "14-get-travel-agency.response.json", tr_travel_agency_get_type },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autoptr(JsonNode) input = tr_test_load_fixture (fixtures[i].file);
      Mutation m = { fixtures[i].get_type (), tr_json_node_deep_copy (input), 0, 0 };

      mutate_node (&m, m.root);
      g_test_message ("%s: %u mutations parsed, %u rejected", fixtures[i].file, m.n_parsed, m.n_failed);
      g_assert_cmpuint (m.n_failed, >, 0);
      g_assert_cmpuint (m.n_parsed, >, 0);
      tr_test_assert_json_eq (m.root, input);
      json_node_unref (m.root);
    }
}

/* json-glib 1.6 accepts a scalar followed by more values (and leaks
 * them): tr_json_from_string() refuses that, and still reads a scalar. */
static void
test_scalar_documents (void)
{
  const char *bad[] = { "1{}", "1e400{\"a\":1}", "\"a\" {}", "1 2", "true,false", "  " };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) number = tr_json_from_string (" 42 ", &error);

  g_assert_no_error (error);
  g_assert_nonnull (number);
  g_assert_cmpint (json_node_get_int (number), ==, 42);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(JsonNode) node = tr_json_from_string (bad[i], &error);

      g_assert_null (node);
      g_assert_error (error, TR_JSON_ERROR, TR_JSON_ERROR_SYNTAX);
      g_clear_error (&error);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/errors/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_error_case);
    }
  g_test_add_func ("/core/errors/expense-list-path", test_expense_list_path);
  g_test_add_func ("/core/errors/expense-list-not-array", test_expense_list_not_array);
  g_test_add_func ("/core/errors/boolean-body", test_boolean_body);
  g_test_add_func ("/core/errors/null-json-text", test_null_json_text);
  g_test_add_func ("/core/errors/unicode-and-range-accepted", test_unicode_and_range_accepted);
  g_test_add_func ("/core/errors/node-check", test_node_check);
  g_test_add_func ("/core/errors/mutations", test_mutations);
  g_test_add_func ("/core/errors/scalar-documents", test_scalar_documents);

  return g_test_run ();
}
