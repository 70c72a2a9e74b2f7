/* test-client-requests.c
 *
 * Copyright 2026 The Travel Requests authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <https://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "tr-api-error.h"
#include "tr-api-test-utils.h"
#include "tr-client-expenses.h"
#include "tr-client-extras.h"

/* The Request endpoints against the examples of record
 * (tests/fixtures/v4), served by a loopback server. */

typedef struct
{
  TrTestServer *server;
  TrAuthorizer *authorizer;
  TrClient     *client;
  JsonArray    *index;
  char         *dir;
  char         *last_query;
  char         *last_body;
  guint         hits;
} Fixture;

static char *
read_fixture (Fixture    *f,
              const char *name)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static JsonObject *
find_exchange (Fixture    *f,
               const char *method,
               const char *path)
{
  /* The source prints the PUT body of 04 under another id (README). */
  if (g_str_equal (path, "/travelrequest/v4/requests/053A479B3C9DD847B02A203C657AE26B")
      && g_str_equal (method, "PUT"))
    path = "/travelrequest/v4/requests/E82B0B803671004B9A5D952F34FBD01E";

  for (guint i = 0; i < json_array_get_length (f->index); i++)
    {
      JsonObject *exchange = json_array_get_object_element (f->index, i);
      g_autofree char *bare = g_strdup (json_object_get_string_member (exchange, "path"));

      bare[strcspn (bare, "?")] = '\0';
      if (g_str_equal (json_object_get_string_member (exchange, "method"), method)
          && g_str_equal (bare, path))
        return exchange;
    }
  return NULL;
}

static void
token_handler (SoupServer        *server,
               SoupServerMessage *msg,
               const char        *path,
               GHashTable        *query,
               gpointer           user_data)
{
  Fixture *f = user_data;
  g_autofree char *json = tr_test_token_json ("access", "refresh", f->server->base_url, "3600");

  tr_test_respond (msg, SOUP_STATUS_OK, json);
}

static void
api_handler (SoupServer        *server,
             SoupServerMessage *msg,
             const char        *path,
             GHashTable        *query,
             gpointer           user_data)
{
  Fixture *f = user_data;
  JsonObject *exchange = find_exchange (f, soup_server_message_get_method (msg), path);
  g_autofree char *body = NULL;

  f->hits++;
  g_free (f->last_query);
  f->last_query = g_strdup (g_uri_get_query (soup_server_message_get_uri (msg)));
  g_free (f->last_body);
  f->last_body = tr_test_read_body (msg);
  if (exchange == NULL)
    {
      tr_test_respond (msg, SOUP_STATUS_NOT_FOUND,
                       "{\"errors\":[{\"errorCode\":\"notFound\",\"errorMessage\":\"Resource not found\"}]}");
      return;
    }
  body = read_fixture (f, json_object_get_string_member (exchange, "response"));
  tr_test_respond (msg, json_object_get_int_member (exchange, "status"), body);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  const char *dir = g_getenv ("TR_FIXTURES_DIR");
  g_autofree char *index = NULL;
  g_autoptr(JsonNode) node = NULL;

  f->dir = dir ? g_strdup (dir) : g_test_build_filename (G_TEST_DIST, "..", "fixtures", "v4", NULL);
  index = read_fixture (f, "index.json");
  node = json_from_string (index, NULL);
  f->index = json_array_ref (json_node_get_array (node));

  f->server = tr_test_server_new ();
  soup_server_add_handler (f->server->server, "/oauth2/v0/token", token_handler, f, NULL);
  soup_server_add_handler (f->server->server, "/travelrequest/v4", api_handler, f, NULL);
  f->authorizer = tr_authorizer_new (TR_DATA_CENTER_CUSTOM, f->server->base_url, "id", "secret");
  tr_authorizer_restore (f->authorizer, "refresh-0", NULL, NULL);
  f->client = tr_client_new (f->authorizer);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_finalize_object (f->client);
  g_assert_finalize_object (f->authorizer);
  tr_test_server_free (f->server);
  json_array_unref (f->index);
  g_free (f->dir);
  g_free (f->last_query);
  g_free (f->last_body);
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(TrRequestQuery) query = tr_request_query_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TrRequestPage) page = NULL;
  g_autoptr(TrRequest) first = NULL;
  g_autofree char *next = NULL;

  query->view = g_strdup ("ALL");
  query->limit = 10;
  query->sort_order = g_strdup ("DESC");
  tr_client_list_requests_async (f->client, query, NULL, tr_test_store_result, &result);
  page = tr_client_list_requests_finish (f->client, tr_test_wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (f->last_query, ==, "view=ALL&limit=10&sortOrder=DESC");
  g_assert_cmpuint (g_list_model_get_n_items (tr_request_page_get_data (page)), ==, 2);
  first = g_list_model_get_item (tr_request_page_get_data (page), 0);
  g_assert_cmpstr (tr_request_get_id (first), ==, "2B19A2438CD6664A9C44E0F4D39E870A");
  g_assert_cmpstr (tr_approval_status_get_code (tr_request_get_approval_status (first)), ==, "SENTBACK");

  /* The example's next link lacks /travelrequest: rebuilt on our base. */
  next = tr_client_resolve_href (f->client, tr_request_page_get_next_href (page), &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (next, f->server->base_url));
  g_assert_true (g_str_has_suffix (next, "/travelrequest/v4/requests?view=ALL&limit=3&start=3"));
}

static void
test_list_bad_query (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(TrRequestQuery) query = tr_request_query_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TrRequestPage) page = NULL;

  query->limit = 101;
  tr_client_list_requests_async (f->client, query, NULL, tr_test_store_result, &result);
  page = tr_client_list_requests_finish (f->client, tr_test_wait_result (&result), &error);
  g_assert_null (page);
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_VALIDATION);
  g_assert_cmpuint (f->hits, ==, 0);
}

static void
test_query_path (void)
{
  g_autoptr(TrRequestQuery) query = tr_request_query_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *all = NULL;
  g_autofree char *plain = tr_request_query_to_path (NULL, NULL);

  query->view = g_strdup ("TOAPPROVE");
  query->user_id = g_strdup ("a b&c");
  query->start = 200;
  query->limit = 100;
  query->modified_after = g_date_time_new_utc (2026, 1, 2, 3, 4, 5);
  query->approved_before = g_date_time_new_utc (2026, 2, 3, 0, 0, 0);
  query->sort_field = g_strdup ("requestId");
  query->sort_order = g_strdup ("ASC");
  query->include_delegate_approvals = TRUE;
  all = tr_request_query_to_path (query, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (plain, ==, "requests");
  g_assert_cmpstr (all, ==, "requests?view=TOAPPROVE&userId=a%20b%26c&start=200&limit=100"
                   "&modifiedAfter=2026-01-02T03%3A04%3A05Z&approvedBefore=2026-02-03T00%3A00%3A00Z"
                   "&sortField=requestId&sortOrder=ASC&includeDelegateApprovals=true");

  g_free (query->view);
  query->view = g_strdup ("EVERYTHING");
  g_assert_null (tr_request_query_to_path (query, &error));
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_VALIDATION);
}

static TrRequest *
get_request (Fixture     *f,
             const char  *id,
             GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_client_get_request_async (f->client, id, NULL, NULL, tr_test_store_result, &result);
  return tr_client_get_request_finish (f->client, tr_test_wait_result (&result), error);
}

static void
test_get (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) missing_error = NULL;
  g_autoptr(GError) bad_error = NULL;
  g_autoptr(TrRequest) request = get_request (f, "224AF3CDCC2A5244A37C72FA5770C6F2", &error);
  g_autoptr(TrRequest) missing = get_request (f, "FFFF", &missing_error);
  g_autoptr(TrRequest) bad = get_request (f, "../oauth2", &bad_error);

  g_assert_no_error (error);
  g_assert_cmpstr (tr_request_get_name (request), ==, "Client meeting in Berlin - JULY");
  g_assert_cmpstr (tr_approval_status_get_code (tr_request_get_approval_status (request)), ==, "NOT_SUBMITTED");
  g_assert_null (missing);
  g_assert_error (missing_error, TR_API_ERROR, TR_API_ERROR_NOT_FOUND);
  g_assert_cmpstr (tr_api_error_get_server_code (missing_error), ==, "notFound");
  g_assert_null (bad);
  g_assert_error (bad_error, TR_API_ERROR, TR_API_ERROR_VALIDATION);
  g_assert_cmpuint (f->hits, ==, 2);
}

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *json = read_fixture (f, "01-create-request.request.json");
  g_autoptr(TrRequest) draft = tr_request_new_from_string (json, NULL);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TrRequest) created = NULL;
  g_autoptr(JsonNode) sent = NULL;

  g_assert_nonnull (draft);
  tr_client_create_request_async (f->client, draft, "c0d9894b-98e2-48d5-86f9-1decde90dd15", NULL,
                                  tr_test_store_result, &result);
  created = tr_client_create_request_finish (f->client, tr_test_wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tr_request_get_id (created), ==, "CED5E9CD8FC1424488F9331ACF956E73");
  g_assert_cmpstr (f->last_query, ==, "userId=c0d9894b-98e2-48d5-86f9-1decde90dd15");
  sent = json_from_string (f->last_body, NULL);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (sent), "name"), ==,
                   tr_request_get_name (draft));
}

static void
test_update (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *json = read_fixture (f, "04-update-request.response.json");
  g_autoptr(TrRequest) request = tr_request_new_from_string (json, NULL);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TrRequest) updated = NULL;

  tr_request_set_name (request, "Company Training - renamed");
  tr_client_update_request_async (f->client, request, NULL, NULL, tr_test_store_result, &result);
  updated = tr_client_update_request_finish (f->client, tr_test_wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tr_request_get_id (updated), ==, "053A479B3C9DD847B02A203C657AE26B");
  g_assert_nonnull (strstr (f->last_body, "Company Training - renamed"));
}

static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  tr_client_delete_request_async (f->client, "0D4DC4589D33AC4B9AF2E8B548C7AD2C", NULL, NULL,
                                  tr_test_store_result, &result);
  g_assert_true (tr_client_delete_request_finish (f->client, tr_test_wait_result (&result), &error));
  g_assert_no_error (error);
}

static void
test_submit (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TrRequest) request = NULL;

  tr_client_run_workflow_action_async (f->client, "053A479B3C9DD847B02A203C657AE26B",
                                       TR_WORKFLOW_ACTION_SUBMIT, "Please approve", NULL, NULL,
                                       tr_test_store_result, &result);
  request = tr_client_run_workflow_action_finish (f->client, tr_test_wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tr_approval_status_get_code (tr_request_get_approval_status (request)), ==, "SUBMITTED");
  g_assert_cmpstr (f->last_body, ==, "{\"comment\":\"Please approve\"}");
  g_assert_cmpstr (tr_workflow_action_to_string (TR_WORKFLOW_ACTION_SEND_BACK), ==, "sendback");
  g_assert_null (tr_workflow_action_to_string ((TrWorkflowAction) 99));
}

static void
test_create_expense (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *json = read_fixture (f, "08-create-expense.request.json");
  g_autoptr(TrExpense) draft = tr_expense_new_from_string (json, NULL);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TrExpense) created = NULL;
  g_autofree char *amount = NULL;

  g_assert_nonnull (draft);
  tr_client_create_expense_async (f->client, "224AF3CDCC2A5244A37C72FA5770C6F2", draft, NULL, NULL,
                                  tr_test_store_result, &result);
  created = tr_client_create_expense_finish (f->client, tr_test_wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tr_expense_get_id (created), ==, "0465224E14C23D4F8C2BC79A9D694BDD");
  g_assert_cmpstr (tr_expense_type_get_name (tr_expense_get_expense_type (created)), ==, "Train");
  amount = tr_amount_to_string (tr_expense_get_transaction_amount (created));
  g_assert_cmpstr (amount, ==, "122.38");
  g_assert_nonnull (strstr (f->last_body, "\"expenseType\""));
}

static void
test_list_expenses (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) expenses = NULL;
  g_autoptr(TrExpense) last = NULL;

  tr_client_list_expenses_async (f->client, "224AF3CDCC2A5244A37C72FA5770C6F2", "c0d9894b-98e2-48d5-86f9-1decde90dd15",
                                 NULL, tr_test_store_result, &result);
  expenses = tr_client_list_expenses_finish (f->client, tr_test_wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (f->last_query, ==, "userId=c0d9894b-98e2-48d5-86f9-1decde90dd15");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (expenses)), ==, 3);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (expenses)) == TR_TYPE_EXPENSE);
  last = g_list_model_get_item (G_LIST_MODEL (expenses), 2);
  g_assert_cmpstr (tr_expense_get_id (last), ==, "C286A46A2DDF984EA28E41CEA278667D");
}

static TrExpense *
get_expense (Fixture     *f,
             const char  *id,
             GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_client_get_expense_async (f->client, id, NULL, NULL, tr_test_store_result, &result);
  return tr_client_get_expense_finish (f->client, tr_test_wait_result (&result), error);
}

static void
test_get_update_delete_expense (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrExpense) expense = get_expense (f, "B5FB8991E390474E875D6FD5BB1FDAF1", &error);
  g_autoptr(TrExpense) updated = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *amount = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (tr_expense_get_id (expense), ==, "B5FB8991E390474E875D6FD5BB1FDAF1");
  g_assert_nonnull (tr_expense_get_trip_data (expense));

  tr_expense_set_business_purpose (expense, "Full replace");
  tr_client_update_expense_async (f->client, expense, NULL, NULL, tr_test_store_result, &result);
  updated = tr_client_update_expense_finish (f->client, tr_test_wait_result (&result), &error);
  g_assert_no_error (error);
  amount = tr_amount_to_string (tr_expense_get_transaction_amount (updated));
  g_assert_cmpstr (amount, ==, "432.45");
  /* A full replace: the unchanged members are sent too. */
  g_assert_nonnull (strstr (f->last_body, "Full replace"));
  g_assert_nonnull (strstr (f->last_body, "\"transactionAmount\""));
  g_clear_object (&result);

  tr_client_delete_expense_async (f->client, "D65BDBD5D980F6498D67A92B06A457B0", NULL, NULL,
                                  tr_test_store_result, &result);
  g_assert_true (tr_client_delete_expense_finish (f->client, tr_test_wait_result (&result), &error));
  g_assert_no_error (error);
}

static void
test_expense_bad_input (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) missing_error = NULL;
  g_autoptr(GError) bad_error = NULL;
  g_autoptr(GError) new_error = NULL;
  g_autoptr(TrExpense) missing = get_expense (f, "FFFF", &missing_error);
  g_autoptr(TrExpense) bad = get_expense (f, "a/../../oauth2", &bad_error);
  g_autoptr(TrExpense) unsaved = tr_expense_new ();
  g_autoptr(GAsyncResult) result = NULL;

  g_assert_null (missing);
  g_assert_error (missing_error, TR_API_ERROR, TR_API_ERROR_NOT_FOUND);
  g_assert_null (bad);
  g_assert_error (bad_error, TR_API_ERROR, TR_API_ERROR_VALIDATION);

  /* An expense without an id cannot be replaced: no request is sent. */
  tr_client_update_expense_async (f->client, unsaved, NULL, NULL, tr_test_store_result, &result);
  g_assert_null (tr_client_update_expense_finish (f->client, tr_test_wait_result (&result), &new_error));
  g_assert_error (new_error, TR_API_ERROR, TR_API_ERROR_VALIDATION);
  g_assert_cmpuint (f->hits, ==, 1);
}

static void
test_travel_agency (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TrTravelAgency) agency = NULL;

  tr_client_get_travel_agency_async (f->client, "86B720AF168F1C4CA52E37AC710E897B", NULL,
                                     tr_test_store_result, &result);
  agency = tr_client_get_travel_agency_finish (f->client, tr_test_wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tr_travel_agency_get_name (agency), ==, "myCompanyAgency");
  g_assert_cmpstr (tr_travel_agency_get_email_address (agency), ==, "agency-email@agencyname.com");
}

static void
test_create_report (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TrResourceLink) link = NULL;

  tr_client_create_report_async (f->client, "19148EE9411DF9459F6AEBBCA53BD646", NULL, NULL,
                                 tr_test_store_result, &result);
  link = tr_client_create_report_finish (f->client, tr_test_wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tr_resource_link_get_id (link), ==, "C5EDBE0E507C46FFB132");
  g_assert_true (g_str_has_suffix (tr_resource_link_get_href (link), "/reports/C5EDBE0E507C46FFB132"));
}

/* Answers that are not what the endpoint promises are errors, not crashes. */
static void
odd_handler (SoupServer        *server,
             SoupServerMessage *msg,
             const char        *path,
             GHashTable        *query,
             gpointer           user_data)
{
  if (g_str_has_suffix (path, "/A1/expenses"))
    tr_test_respond (msg, SOUP_STATUS_OK, "{\"data\":[{\"id\":\"E1\"},{\"id\":\"E2\"}]}");
  else if (g_str_has_suffix (path, "/A2/expenses"))
    tr_test_respond (msg, SOUP_STATUS_OK, "{\"id\":\"E1\"}");
  else if (g_str_has_suffix (path, "/A3/expenses"))
    tr_test_respond (msg, SOUP_STATUS_OK, "[{\"id\":\"E1\"},42]");
  else if (g_str_has_suffix (path, "/exceptions"))
    tr_test_respond (msg, SOUP_STATUS_OK, "<html>oops</html>");
  else if (g_str_has_suffix (path, "/reports"))
    tr_test_respond (msg, SOUP_STATUS_FORBIDDEN,
                     "{\"errors\":[{\"errorCode\":\"requestStatusNotApproved\","
                     "\"errorMessage\":\"The Request is not approved.\"}]}");
  else
    tr_test_respond (msg, SOUP_STATUS_OK, "false");
}

static GListStore *
list_expenses (Fixture     *f,
               const char  *request_id,
               GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_client_list_expenses_async (f->client, request_id, NULL, NULL, tr_test_store_result, &result);
  return tr_client_list_expenses_finish (f->client, tr_test_wait_result (&result), error);
}

static void
test_odd_answers (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) object_error = NULL;
  g_autoptr(GError) element_error = NULL;
  g_autoptr(GError) html_error = NULL;
  g_autoptr(GError) report_error = NULL;
  g_autoptr(GError) false_error = NULL;
  g_autoptr(GListStore) wrapped = NULL;
  g_autoptr(GAsyncResult) result = NULL;

  soup_server_remove_handler (f->server->server, "/travelrequest/v4");
  soup_server_add_handler (f->server->server, "/travelrequest/v4", odd_handler, f, NULL);

  wrapped = list_expenses (f, "A1", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (wrapped)), ==, 2);
  g_assert_null (list_expenses (f, "A2", &object_error));
  g_assert_error (object_error, TR_API_ERROR, TR_API_ERROR_BAD_RESPONSE);
  g_assert_null (list_expenses (f, "A3", &element_error));
  g_assert_error (element_error, TR_API_ERROR, TR_API_ERROR_BAD_RESPONSE);

  tr_client_list_exceptions_async (f->client, "A4", NULL, NULL, tr_test_store_result, &result);
  g_assert_null (tr_client_list_exceptions_finish (f->client, tr_test_wait_result (&result), &html_error));
  g_assert_error (html_error, TR_API_ERROR, TR_API_ERROR_BAD_RESPONSE);
  g_clear_object (&result);

  tr_client_create_report_async (f->client, "A5", NULL, NULL, tr_test_store_result, &result);
  g_assert_null (tr_client_create_report_finish (f->client, tr_test_wait_result (&result), &report_error));
  g_assert_error (report_error, TR_API_ERROR, TR_API_ERROR_FORBIDDEN);
  g_assert_cmpstr (tr_api_error_get_server_code (report_error), ==, "requestStatusNotApproved");
  g_clear_object (&result);

  tr_client_delete_expense_async (f->client, "A6", NULL, NULL, tr_test_store_result, &result);
  g_assert_false (tr_client_delete_expense_finish (f->client, tr_test_wait_result (&result), &false_error));
  g_assert_error (false_error, TR_API_ERROR, TR_API_ERROR_BAD_RESPONSE);
}

static void
add (const char *path,
     void (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  add ("/client-requests/list", test_list);
  add ("/client-requests/list-bad-query", test_list_bad_query);
  g_test_add_func ("/client-requests/query-path", test_query_path);
  add ("/client-requests/get", test_get);
  add ("/client-requests/create", test_create);
  add ("/client-requests/update", test_update);
  add ("/client-requests/delete", test_delete);
  add ("/client-requests/submit", test_submit);
  add ("/client-expenses/create", test_create_expense);
  add ("/client-expenses/list", test_list_expenses);
  add ("/client-expenses/get-update-delete", test_get_update_delete_expense);
  add ("/client-expenses/bad-input", test_expense_bad_input);
  add ("/client-extras/travel-agency", test_travel_agency);
  add ("/client-extras/create-report", test_create_report);
  add ("/client-extras/odd-answers", test_odd_answers);

  return g_test_run ();
}
