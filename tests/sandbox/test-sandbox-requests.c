/* test-sandbox-requests.c
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

/* Requests: CRUD, every list view, sorting, date filters, paging over 250
 * Requests, and bad input of every kind. */

#include "tr-sandbox-test-util.h"

#include <string.h>

#define REQUESTS "/travelrequest/v4/requests"

static TrSandboxHarness *demo;
static char *emma;
static char *marc;

static JsonArray *
list_data (JsonNode *page)
{
  return json_object_get_array_member (json_node_get_object (page), "data");
}

static JsonNode *
get_ok (TrSandboxHarness *harness,
        const char       *path,
        const char       *token)
{
  guint status = 0;
  JsonNode *reply = tr_sandbox_harness_call (harness, "GET", path, token, NULL, &status);

  g_assert_cmpuint (status, ==, 200);
  return reply;
}

static void
expect_error (const char *method,
              const char *path,
              const char *token,
              const char *body,
              guint       expected_status,
              const char *expected_code)
{
  guint status = 0;
  g_autoptr(JsonNode) reply = tr_sandbox_harness_call (demo, method, path, token, body, &status);

  g_assert_cmpuint (status, ==, expected_status);
  g_assert_cmpstr (tr_sandbox_error_code (reply), ==, expected_code);
}

static void
test_crud (void)
{
  g_autofree char *id = tr_sandbox_create_request (demo, emma, "CRUD trip");
  g_autofree char *path = g_strdup_printf (REQUESTS "/%s", id);
  g_autoptr(JsonNode) created = get_ok (demo, path, emma);
  g_autoptr(JsonNode) updated = NULL;
  g_autoptr(JsonNode) deleted = NULL;
  JsonObject *request;
  guint status = 0;

  request = json_node_get_object (created);
  g_assert_cmpstr (tr_sandbox_status_code (created), ==, "NOT_SUBMITTED");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (request, "mainDestination"),
                                                  "countrySubDivisionCode"), ==, "FR-69");
  updated = tr_sandbox_harness_call (demo, "PUT", path, emma,
                                     "{\"name\":\"Renamed\",\"comment\":null,\"approvalStatus\":{\"code\":\"APPROVED\"},"
                                     "\"id\":\"00000000000000000000000000000000\",\"custom1\":{\"value\":\"free\"}}", &status);
  g_assert_cmpuint (status, ==, 200);
  request = json_node_get_object (updated);
  g_assert_cmpstr (json_object_get_string_member (request, "name"), ==, "Renamed");
  g_assert_cmpstr (json_object_get_string_member (request, "businessPurpose"), ==, "Testing");
  g_assert_cmpstr (tr_sandbox_status_code (updated), ==, "NOT_SUBMITTED");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (request, "custom1"), "value"), ==, "free");
  deleted = tr_sandbox_harness_call (demo, "DELETE", path, emma, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  g_assert_true (json_node_get_boolean (deleted));
  expect_error ("GET", path, emma, NULL, 404, "notFound");
}

static void
test_permissions (void)
{
  g_autofree char *id = tr_sandbox_create_request (demo, emma, "Permission trip");
  g_autofree char *path = g_strdup_printf (REQUESTS "/%s", id);
  g_autofree char *submit = g_strdup_printf (REQUESTS "/%s/submit", id);
  g_autofree char *lucas = tr_sandbox_harness_token (demo, LUCAS);
  guint status = 0;
  g_autoptr(JsonNode) submitted = NULL;

  expect_error ("GET", path, lucas, NULL, 403, "permissionDenied");
  expect_error ("PUT", path, marc, "{\"name\":\"x\"}", 403, "permissionDenied");
  submitted = tr_sandbox_harness_call (demo, "POST", submit, emma, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  expect_error ("PUT", path, emma, "{\"name\":\"late\"}", 403, "permissionDenied");
  expect_error ("DELETE", path, emma, NULL, 403, "permissionDenied");
}

static gboolean
status_in (JsonObject *request,
           const char *codes)
{
  g_auto(GStrv) list = g_strsplit (codes, ",", -1);
  const char *code = json_object_get_string_member (json_object_get_object_member (request, "approvalStatus"), "code");

  return g_strv_contains ((const char * const *) list, code);
}

typedef struct
{
  const char *view;
  const char *statuses;
  gboolean    for_marc;
  guint       minimum;
} ViewCase;

static void
test_views (void)
{
  static const ViewCase cases[] = {
    { "ALL", "NOT_SUBMITTED,SUBMITTED,SENTBACK,APPROVED,CANCELED", FALSE, 25 },
    { "ACTIVE", "NOT_SUBMITTED,SUBMITTED,SENTBACK,APPROVED", FALSE, 10 },
    { "UNSUBMITTED", "NOT_SUBMITTED,SENTBACK", FALSE, 6 },
    { "PENDING", "SUBMITTED", FALSE, 5 },
    { "SUBMITTED", "SUBMITTED,APPROVED", FALSE, 9 },
    { "VALIDATED", "APPROVED", FALSE, 4 },
    { "CANCELED", "CANCELED", FALSE, 3 },
    { "CLOSED", "APPROVED,CANCELED", FALSE, 2 },
    { "TOAPPROVE", "SUBMITTED", TRUE, 4 },
    { "APPROVED", "SUBMITTED,APPROVED,CANCELED", TRUE, 4 },
    { "PENDINGEBOOKING", "", FALSE, 0 },
    { "PENDINGPROPOSAL", "", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf (REQUESTS "?view=%s&limit=100", cases[i].view);
      g_autoptr(JsonNode) page = get_ok (demo, path, cases[i].for_marc ? marc : emma);
      JsonArray *data = list_data (page);

      g_test_message ("view %s: %u", cases[i].view, json_array_get_length (data));
      g_assert_cmpuint (json_array_get_length (data), >=, cases[i].minimum);
      for (guint j = 0; j < json_array_get_length (data); j++)
        {
          JsonObject *item = json_array_get_object_element (data, j);
          g_assert_true (status_in (item, cases[i].statuses));
          g_assert_false (json_object_has_member (item, "operations"));
          if (g_str_equal (cases[i].view, "CLOSED"))
            g_assert_true (json_object_get_boolean_member (item, "closed"));
        }
    }
}

static void
test_sort_and_filters (void)
{
  g_autoptr(JsonNode) ascending = get_ok (demo, REQUESTS "?sortField=requestId&sortOrder=ASC&limit=100", emma);
  g_autoptr(JsonNode) by_date = get_ok (demo, REQUESTS "?limit=100", emma);
  g_autoptr(JsonNode) future = get_ok (demo, REQUESTS "?modifiedAfter=2999-01-01", emma);
  g_autoptr(JsonNode) approved = get_ok (demo, REQUESTS "?approvedAfter=2026-01-01T00:00:00Z&limit=100", emma);
  JsonArray *data = list_data (ascending);

  for (guint i = 1; i < json_array_get_length (data); i++)
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (data, i - 1), "requestId"), <,
                     json_object_get_string_member (json_array_get_object_element (data, i), "requestId"));
  data = list_data (by_date);
  for (guint i = 1; i < json_array_get_length (data); i++)
    g_assert_cmpstr (json_object_get_string_member_with_default (json_array_get_object_element (data, i - 1), "startDate", ""), >=,
                     json_object_get_string_member_with_default (json_array_get_object_element (data, i), "startDate", ""));
  g_assert_cmpuint (json_array_get_length (list_data (future)), ==, 0);
  data = list_data (approved);
  g_assert_cmpuint (json_array_get_length (data), >=, 4);
  for (guint i = 0; i < json_array_get_length (data); i++)
    g_assert_nonnull (json_object_get_string_member (json_array_get_object_element (data, i), "authorizedDate"));
}

static JsonObject *
find_link (JsonNode   *page,
           const char *rel)
{
  JsonArray *operations = json_object_get_array_member (json_node_get_object (page), "operations");

  for (guint i = 0; i < json_array_get_length (operations); i++)
    if (g_str_equal (json_object_get_string_member (json_array_get_object_element (operations, i), "rel"), rel))
      return json_array_get_object_element (operations, i);
  return NULL;
}

static void
test_paging (void)
{
  g_autoptr(TrSandboxHarness) empty = tr_sandbox_harness_start (NULL, (const char *[]) { "--seed=empty", NULL });
  g_autofree char *token = tr_sandbox_harness_token (empty, LUCAS);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *path = g_strdup (REQUESTS "?view=ALL&sortField=requestId&sortOrder=ASC&limit=30");
  guint pages = 0;

  for (guint i = 0; i < 250; i++)
    g_free (tr_sandbox_create_request (empty, token, "Paged trip"));
  while (path != NULL)
    {
      g_autoptr(JsonNode) page = get_ok (empty, path, token);
      JsonObject *next = find_link (page, "next");
      JsonObject *last = find_link (page, "last");

      g_assert_nonnull (find_link (page, "first"));
      g_assert_true (g_str_has_suffix (json_object_get_string_member (last, "href"), "limit=30&start=240"));
      g_assert_nonnull (strstr (json_object_get_string_member (last, "href"), "sortField=requestId"));
      g_assert_true ((pages == 0) == (find_link (page, "prev") == NULL));
      for (guint i = 0; i < json_array_get_length (list_data (page)); i++)
        g_hash_table_add (seen, g_strdup (json_object_get_string_member (json_array_get_object_element (list_data (page), i), "id")));
      g_free (path);
      path = next ? g_strdup (json_object_get_string_member (next, "href") + strlen (empty->base)) : NULL;
      pages++;
    }
  g_assert_cmpuint (pages, ==, 9);
  g_assert_cmpuint (g_hash_table_size (seen), ==, 250);
}

static void
test_bad_query (void)
{
  expect_error ("GET", REQUESTS "?limit=101", emma, NULL, 400, "badParam");
  expect_error ("GET", REQUESTS "?limit=0", emma, NULL, 400, "badParam");
  expect_error ("GET", REQUESTS "?limit=ten", emma, NULL, 400, "badParam");
  expect_error ("GET", REQUESTS "?start=-1", emma, NULL, 400, "badParam");
  expect_error ("GET", REQUESTS "?view=EVERYTHING", emma, NULL, 400, "badParam");
  expect_error ("GET", REQUESTS "?sortField=price", emma, NULL, 400, "badParam");
  expect_error ("GET", REQUESTS "?sortOrder=UP", emma, NULL, 400, "badParam");
  expect_error ("GET", REQUESTS "?modifiedAfter=yesterday", emma, NULL, 400, "invalidDate");
  expect_error ("GET", REQUESTS "?approvedBefore=2026-13-45", emma, NULL, 400, "invalidDate");
  expect_error ("GET", REQUESTS "?userId=not-a-uuid", emma, NULL, 400, "invalidUuid");
  expect_error ("GET", REQUESTS, NULL, NULL, 401, "invalidUser");
  expect_error ("GET", REQUESTS, "forged-token", NULL, 401, "invalidUser");
}

static void
test_bad_bodies (void)
{
  expect_error ("POST", REQUESTS, emma, "{\"name\": ", 400, "invalidJson");
  expect_error ("POST", REQUESTS, emma, "[1, 2]", 400, "invalidJson");
  expect_error ("POST", REQUESTS, emma, NULL, 400, "invalidJson");
  expect_error ("POST", REQUESTS, emma, "{\"name\": 42}", 400, "badParam");
  expect_error ("POST", REQUESTS, emma, "{\"startDate\": \"2027-02-30\"}", 400, "invalidDate");
  expect_error ("POST", REQUESTS, emma, "{\"startTime\": \"25:00\"}", 400, "badParam");
  expect_error ("POST", REQUESTS, emma, "{\"policy\": {\"id\": \"NOPE\"}}", 400, "invalidPolicy");
  expect_error ("POST", REQUESTS, emma, "{\"mainDestination\": {\"city\": \"Atlantis\", \"countryCode\": \"ZZ\"}}",
                400, "invalidLocation");
  expect_error ("POST", REQUESTS, emma, "{\"id\": \"CED5E9CD8FC1424488F9331ACF956E73\"}", 400, "idNotAllowed");
  expect_error ("GET", "/travelrequest/v4/nowhere", emma, NULL, 404, "notFound");
  expect_error ("GET", "/elsewhere", emma, NULL, 404, "notFound");
  expect_error ("PATCH", REQUESTS, emma, "{}", 405, "methodNotAllowed");
  expect_error ("DELETE", REQUESTS, emma, NULL, 405, "methodNotAllowed");
}

/* JSON that json-glib accepts but that could not be stored and read back:
 * lone surrogate escapes (decoded to bytes that are not UTF-8) and numbers
 * beyond the double range (written back as "inf"). */
static void
test_unsound_json (void)
{
  g_autofree char *id = tr_sandbox_create_request (demo, emma, "Unsound JSON");
  g_autofree char *path = g_strdup_printf (REQUESTS "/%s", id);
  g_autofree char *expenses = g_strdup_printf (REQUESTS "/%s/expenses", id);
  g_autoptr(JsonNode) after = NULL;

  expect_error ("POST", REQUESTS, emma, "{\"name\":\"\\ud800A\"}", 400, "invalidJson");
  expect_error ("POST", REQUESTS, emma, "{\"name\":\"ok\",\"businessPurpose\":[\"\\udbffz\"]}", 400, "invalidJson");
  expect_error ("POST", REQUESTS, emma, "{\"\\ud800x\":1}", 400, "invalidJson");
  expect_error ("POST", REQUESTS, emma, "{\"name\":\"big\",\"x\":1e400}", 400, "invalidJson");
  /* json-glib 1.6 would store 1e40 as "1e+40.0", which is not JSON */
  expect_error ("POST", REQUESTS, emma, "{\"name\":\"big\",\"x\":1e40}", 400, "invalidJson");
  expect_error ("PUT", path, emma, "{\"name\":\"\\ud83dA\"}", 400, "invalidJson");
  expect_error ("POST", expenses, emma, "{\"businessPurpose\":\"\\ud800A\"}", 400, "invalidJson");
  expect_error ("POST", expenses, emma, "{\"transactionAmount\":{\"value\":-1e999,\"currency\":\"USD\"}}",
                400, "invalidJson");
  /* A valid surrogate pair is fine, and the Request is unchanged. */
  after = get_ok (demo, path, emma);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (after), "name"), ==, "Unsound JSON");
  g_clear_pointer (&after, json_node_unref);
  after = tr_sandbox_harness_call (demo, "PUT", path, emma, "{\"name\":\"Smile \\ud83d\\ude00\"}", NULL);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (after), "name"), ==,
                   "Smile \xf0\x9f\x98\x80");
}

/* The list computes highestExceptionLevel without building the exceptions:
 * it must agree with GET /requests/{id}/exceptions for every Request. */
static const char *
level_of_exceptions (const char *id)
{
  g_autofree char *path = g_strdup_printf (REQUESTS "/%s/exceptions", id);
  g_autoptr(JsonNode) exceptions = get_ok (demo, path, emma);
  JsonArray *array = json_node_get_array (exceptions);
  gboolean blocking = FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    blocking |= json_object_get_boolean_member (json_array_get_object_element (array, i), "isBlocking");
  if (blocking)
    return "ERROR";
  return json_array_get_length (array) > 0 ? "WARNING" : "NONE";
}

static void
test_exception_levels (void)
{
  g_autoptr(JsonNode) bare = NULL;
  g_autoptr(JsonNode) page = NULL;
  JsonArray *data;
  guint seen[3] = { 0, 0, 0 };
  guint status = 0;

  /* No dates nor purpose: missing required fields, a blocking exception.
   * Without a start date it comes first in ascending order. */
  bare = tr_sandbox_harness_call (demo, "POST", REQUESTS, emma, "{\"name\":\"Bare\"}", &status);
  g_assert_cmpuint (status, ==, 201);
  page = get_ok (demo, REQUESTS "?view=ALL&limit=100&sortOrder=ASC", emma);
  data = list_data (page);

  for (guint i = 0; i < json_array_get_length (data); i++)
    {
      JsonObject *request = json_array_get_object_element (data, i);
      const char *id = json_object_get_string_member (request, "id");
      const char *level = json_object_get_string_member (request, "highestExceptionLevel");

      g_assert_cmpstr (level, ==, level_of_exceptions (id));
      seen[g_str_equal (level, "NONE") ? 0 : g_str_equal (level, "WARNING") ? 1 : 2]++;
    }
  /* The demo data has a segment outside its trip (a warning). */
  g_assert_cmpuint (seen[1], >=, 1);
  g_assert_cmpuint (seen[2], >=, 1);
}

static void
test_huge_body (void)
{
  gsize size = 2 * 1024 * 1024;
  g_autofree char *big = g_malloc (size + 32);
  guint status = 0;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GBytes) reply = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) after = NULL;

  memset (big, 'a', size + 31);
  memcpy (big, "{\"name\":\"", 9);
  memcpy (big + size + 28, "\"}", 3);
  body = g_bytes_new (big, size + 30);
  reply = tr_sandbox_harness_send (demo, "POST", REQUESTS, emma, "application/json", body, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (status, ==, 413);
  /* The server is still there. */
  after = get_ok (demo, "/travelrequest/v4/userpolicies", emma);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (after)), >=, 3);
}

static void
test_sql_metacharacters (void)
{
  const char *name = "Robert'); DROP TABLE requests;-- \\\" % _ *";
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *body = NULL;
  g_autofree char *path = NULL;
  g_autoptr(JsonNode) created = NULL;
  g_autoptr(JsonNode) fetched = NULL;
  guint status = 0;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, name);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  body = json_to_string (root, FALSE);
  created = tr_sandbox_harness_call (demo, "POST", REQUESTS, emma, body, &status);
  g_assert_cmpuint (status, ==, 201);
  path = g_strdup_printf (REQUESTS "/%s", json_object_get_string_member (json_node_get_object (created), "id"));
  fetched = get_ok (demo, path, emma);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (fetched), "name"), ==, name);
}

static void
test_sub_resources (void)
{
  g_autoptr(JsonNode) policies = get_ok (demo, "/travelrequest/v4/userpolicies", emma);
  g_autoptr(JsonNode) agency = get_ok (demo, "/travelrequest/v4/travelagencies/2EC038D7C3CBBE4ABA0914425064D34F", emma);
  g_autoptr(JsonNode) exceptions = get_ok (demo, REQUESTS "/CED5E9CD8FC1424488F9331ACF956E73/exceptions", emma);
  g_autoptr(JsonNode) comments = get_ok (demo, REQUESTS "/2B19A2438CD6664A9C44E0F4D39E870A/comments", emma);
  g_autoptr(JsonNode) advances = get_ok (demo, REQUESTS "/CED5E9CD8FC1424488F9331ACF956E73/cashadvances", emma);
  JsonObject *exception;

  g_assert_cmpuint (json_array_get_length (json_node_get_array (policies)), >=, 3);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (agency), "name"), ==, "myCompanyAgency");
  /* The Nice leg of 0465224E… is outside the trip dates: a warning. */
  g_assert_cmpuint (json_array_get_length (json_node_get_array (exceptions)), ==, 1);
  exception = json_array_get_object_element (json_node_get_array (exceptions), 0);
  g_assert_false (json_object_get_boolean_member (exception, "isBlocking"));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (exception, "source"), "type"), ==, "EXPENSE");
  g_assert_cmpuint (json_array_get_length (json_node_get_array (comments)), >=, 2);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (advances));
  expect_error ("POST", REQUESTS "/224AF3CDCC2A5244A37C72FA5770C6F2/reports", emma, NULL, 403, "requestStatusNotApproved");
}

int
main (int   argc,
      char *argv[])
{
  int result;

  g_test_init (&argc, &argv, NULL);
  demo = tr_sandbox_harness_start (NULL, (const char *[]) { "--seed=demo", NULL });
  emma = tr_sandbox_harness_token (demo, EMMA);
  marc = tr_sandbox_harness_token (demo, MARC);
  g_test_add_func ("/sandbox/requests/views", test_views);
  g_test_add_func ("/sandbox/requests/crud", test_crud);
  g_test_add_func ("/sandbox/requests/permissions", test_permissions);
  g_test_add_func ("/sandbox/requests/sort-and-filters", test_sort_and_filters);
  g_test_add_func ("/sandbox/requests/paging", test_paging);
  g_test_add_func ("/sandbox/requests/bad-query", test_bad_query);
  g_test_add_func ("/sandbox/requests/bad-bodies", test_bad_bodies);
  g_test_add_func ("/sandbox/requests/huge-body", test_huge_body);
  g_test_add_func ("/sandbox/requests/unsound-json", test_unsound_json);
  g_test_add_func ("/sandbox/requests/exception-levels", test_exception_levels);
  g_test_add_func ("/sandbox/requests/sql-metacharacters", test_sql_metacharacters);
  g_test_add_func ("/sandbox/requests/sub-resources", test_sub_resources);
  result = g_test_run ();
  tr_sandbox_harness_free (demo);
  g_free (emma);
  g_free (marc);
  return result;
}
