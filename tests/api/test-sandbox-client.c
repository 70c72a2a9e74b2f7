/* test-sandbox-client.c
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
#include "tr-sandbox-test-utils.h"

/* The client against a real tr-sandbox (path given as the first
 * argument), started on a free port: every endpoint with the models it
 * returns, paging, token expiry and refresh, and no secret on disk. */

#define EMMA "emma.traveler@example.com"
#define DRAFT_ID "224AF3CDCC2A5244A37C72FA5770C6F2"        /* NOT_SUBMITTED, 3 expenses */
#define APPROVED_ID "19148EE9411DF9459F6AEBBCA53BD646"     /* APPROVED */
#define SENT_BACK_ID "2B19A2438CD6664A9C44E0F4D39E870A"    /* SENTBACK, with comments */
#define CASH_ADVANCE_REQUEST_ID "4CCBAE73F3E14346AE93253480F5C409" /* SUBMITTED */
#define CASH_ADVANCE_ID "9C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F"
#define AGENCY_ID "86B720AF168F1C4CA52E37AC710E897B"

static JsonArray *
list_all (TrTestSandbox  *s,
          const char     *first_page,
          GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_client_fetch_pages_async (s->client, first_page, NULL, tr_test_store_result, &result);
  return tr_client_fetch_pages_finish (s->client, tr_test_wait_result (&result), error);
}

static void
test_sign_in_and_list (void)
{
  TrTestSandbox *s = tr_test_sandbox_start ("list.db", "demo", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) items = NULL;
  g_autoptr(TrRequest) request = NULL;
  JsonObject *first;

  tr_test_sandbox_sign_in (s, EMMA);
  g_assert_cmpstr (tr_authorizer_get_user_id (s->authorizer), ==, "c0d9894b-98e2-48d5-86f9-1decde90dd15");
  g_assert_cmpstr (tr_authorizer_get_geolocation (s->authorizer), ==, s->base_url);

  items = list_all (s, "requests?view=ALL&limit=5", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (items), ==, 26);
  first = json_array_get_object_element (items, 0);
  request = tr_test_sandbox_get_request (s, json_object_get_string_member (first, "id"), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tr_request_get_id (request), ==, json_object_get_string_member (first, "id"));
  tr_test_sandbox_stop (s);
}

static GListStore *
list_expenses (TrTestSandbox  *s,
               GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_client_list_expenses_async (s->client, DRAFT_ID, NULL, NULL, tr_test_store_result, &result);
  return tr_client_list_expenses_finish (s->client, tr_test_wait_result (&result), error);
}

static TrExpense *
create_expense (TrTestSandbox  *s,
                GError        **error)
{
  g_autofree char *path = g_build_filename (g_getenv ("TR_FIXTURES_DIR"), "08-create-expense.request.json", NULL);
  g_autofree char *json = NULL;
  g_autoptr(TrExpense) draft = NULL;
  g_autoptr(GAsyncResult) result = NULL;

  g_assert_true (g_file_get_contents (path, &json, NULL, NULL));
  draft = tr_expense_new_from_string (json, NULL);
  g_assert_nonnull (draft);
  tr_client_create_expense_async (s->client, DRAFT_ID, draft, NULL, NULL, tr_test_store_result, &result);
  return tr_client_create_expense_finish (s->client, tr_test_wait_result (&result), error);
}

static TrExpense *
update_expense (TrTestSandbox  *s,
                TrExpense      *expense,
                GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_client_update_expense_async (s->client, expense, NULL, NULL, tr_test_store_result, &result);
  return tr_client_update_expense_finish (s->client, tr_test_wait_result (&result), error);
}

static TrExpense *
get_expense (TrTestSandbox  *s,
             const char     *id,
             GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_client_get_expense_async (s->client, id, NULL, NULL, tr_test_store_result, &result);
  return tr_client_get_expense_finish (s->client, tr_test_wait_result (&result), error);
}

static gboolean
delete_expense (TrTestSandbox  *s,
                const char     *id,
                GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_client_delete_expense_async (s->client, id, NULL, NULL, tr_test_store_result, &result);
  return tr_client_delete_expense_finish (s->client, tr_test_wait_result (&result), error);
}

static GListStore *
list_expense_comments (TrTestSandbox  *s,
                       const char     *id,
                       GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_client_list_expense_comments_async (s->client, id, NULL, NULL, tr_test_store_result, &result);
  return tr_client_list_expense_comments_finish (s->client, tr_test_wait_result (&result), error);
}

static void
test_expenses (void)
{
  TrTestSandbox *s = tr_test_sandbox_start ("expenses.db", "demo", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) gone_error = NULL;
  g_autoptr(GListStore) before = NULL;
  g_autoptr(GListStore) during = NULL;
  g_autoptr(GListStore) after = NULL;
  g_autoptr(GListStore) comments = NULL;
  g_autoptr(TrExpense) created = NULL;
  g_autoptr(TrExpense) fetched = NULL;
  g_autoptr(TrExpense) updated = NULL;
  g_autoptr(TrExpense) gone = NULL;
  g_autoptr(TrAmount) amount = tr_amount_new (9950, 2, "USD");

  tr_test_sandbox_sign_in (s, EMMA);
  before = list_expenses (s, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (before)), ==, 3);

  created = create_expense (s, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (tr_expense_get_id (created)), ==, 32);
  g_assert_cmpstr (tr_resource_link_get_id (tr_expense_get_parent_request (created)), ==, DRAFT_ID);
  during = list_expenses (s, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (during)), ==, 4);

  fetched = get_expense (s, tr_expense_get_id (created), &error);
  g_assert_no_error (error);
  tr_expense_set_transaction_amount (fetched, amount);
  tr_expense_set_business_purpose (fetched, "Replaced in full");
  updated = update_expense (s, fetched, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tr_amount_compare (tr_expense_get_transaction_amount (updated), amount), ==, 0);
  g_assert_cmpstr (tr_expense_get_business_purpose (updated), ==, "Replaced in full");

  comments = list_expense_comments (s, tr_expense_get_id (created), &error);
  g_assert_no_error (error);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (comments)) == TR_TYPE_COMMENT);

  g_assert_true (delete_expense (s, tr_expense_get_id (created), &error));
  g_assert_no_error (error);
  gone = get_expense (s, tr_expense_get_id (created), &gone_error);
  g_assert_null (gone);
  g_assert_error (gone_error, TR_API_ERROR, TR_API_ERROR_NOT_FOUND);
  g_assert_cmpstr (tr_api_error_get_server_code (gone_error), ==, "notFound");
  after = list_expenses (s, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (after)), ==, 3);
  tr_test_sandbox_stop (s);
}

static GListStore *
finish_list (TrTestSandbox *s,
             GListStore *(*finish) (TrClient *, GAsyncResult *, GError **),
             GAsyncResult **result,
             GType          item_type)
{
  g_autoptr(GError) error = NULL;
  GListStore *list = finish (s->client, tr_test_wait_result (result), &error);

  g_assert_no_error (error);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == item_type);
  g_clear_object (result);
  return list;
}

static void
check_comments_and_exceptions (TrTestSandbox *s)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GListStore) comments = NULL;
  g_autoptr(GListStore) exceptions = NULL;
  g_autoptr(TrComment) comment = NULL;

  tr_client_list_comments_async (s->client, SENT_BACK_ID, NULL, NULL, tr_test_store_result, &result);
  comments = finish_list (s, tr_client_list_comments_finish, &result, TR_TYPE_COMMENT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (comments)), >, 0);
  comment = g_list_model_get_item (G_LIST_MODEL (comments), 0);
  g_assert_nonnull (tr_comment_get_value (comment));

  tr_client_list_exceptions_async (s->client, DRAFT_ID, NULL, NULL, tr_test_store_result, &result);
  exceptions = finish_list (s, tr_client_list_exceptions_finish, &result, TR_TYPE_EXCEPTION);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (exceptions)); i++)
    {
      g_autoptr(TrException) exception = g_list_model_get_item (G_LIST_MODEL (exceptions), i);

      g_assert_nonnull (tr_exception_get_code (exception));
    }
}

static void
check_cash_advances (TrTestSandbox *s)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GListStore) links = NULL;
  g_autoptr(TrResourceLink) link = NULL;
  g_autoptr(TrCashAdvance) advance = NULL;
  g_autoptr(GError) error = NULL;

  tr_client_list_cash_advances_async (s->client, CASH_ADVANCE_REQUEST_ID, NULL, NULL,
                                      tr_test_store_result, &result);
  links = finish_list (s, tr_client_list_cash_advances_finish, &result, TR_TYPE_RESOURCE_LINK);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (links)), ==, 1);
  link = g_list_model_get_item (G_LIST_MODEL (links), 0);
  g_assert_cmpstr (tr_resource_link_get_id (link), ==, CASH_ADVANCE_ID);

  tr_client_get_cash_advance_async (s->client, tr_resource_link_get_id (link), NULL,
                                    tr_test_store_result, &result);
  advance = tr_client_get_cash_advance_finish (s->client, tr_test_wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tr_cash_advance_get_cash_advance_id (advance), ==, CASH_ADVANCE_ID);
  g_assert_nonnull (tr_cash_advance_get_amount_requested (advance));
  /* The schema's timestamps carry no Z (gaps 9): still parsed, as UTC. */
  g_assert_nonnull (tr_cash_advance_get_request_date (advance));
}

static void
check_catalog (TrTestSandbox *s)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GListStore) policies = NULL;
  g_autoptr(TrPolicy) policy = NULL;
  g_autoptr(TrTravelAgency) agency = NULL;
  g_autoptr(GError) error = NULL;

  tr_client_list_user_policies_async (s->client, NULL, NULL, tr_test_store_result, &result);
  policies = finish_list (s, tr_client_list_user_policies_finish, &result, TR_TYPE_POLICY);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (policies)), ==, 4);
  policy = g_list_model_get_item (G_LIST_MODEL (policies), 0);
  g_assert_cmpstr (tr_policy_get_name (policy), ==, "Domestic Travel");

  tr_client_get_travel_agency_async (s->client, AGENCY_ID, NULL, tr_test_store_result, &result);
  agency = tr_client_get_travel_agency_finish (s->client, tr_test_wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tr_travel_agency_get_id (agency), ==, AGENCY_ID);
  g_assert_true (g_str_has_prefix (tr_travel_agency_get_name (agency), "myCompanyAgency"));
}

static TrResourceLink *
create_report (TrTestSandbox  *s,
               const char     *request_id,
               GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_client_create_report_async (s->client, request_id, NULL, NULL, tr_test_store_result, &result);
  return tr_client_create_report_finish (s->client, tr_test_wait_result (&result), error);
}

static void
test_extras (void)
{
  TrTestSandbox *s = tr_test_sandbox_start ("extras.db", "demo", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) refused_error = NULL;
  g_autoptr(TrResourceLink) report = NULL;
  g_autoptr(TrResourceLink) refused = NULL;

  tr_test_sandbox_sign_in (s, EMMA);
  check_comments_and_exceptions (s);
  check_cash_advances (s);
  check_catalog (s);

  report = create_report (s, APPROVED_ID, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (tr_resource_link_get_id (report)), ==, 20);
  g_assert_nonnull (strstr (tr_resource_link_get_href (report), "/expensereports/v4/users/"));
  refused = create_report (s, DRAFT_ID, &refused_error);
  g_assert_null (refused);
  g_assert_error (refused_error, TR_API_ERROR, TR_API_ERROR_FORBIDDEN);
  g_assert_cmpstr (tr_api_error_get_server_code (refused_error), ==, "requestStatusNotApproved");
  tr_test_sandbox_stop (s);
}

static TrRequest *
run_action (TrTestSandbox     *s,
            const char        *id,
            TrWorkflowAction   action,
            GError           **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_client_run_workflow_action_async (s->client, id, action, NULL, NULL, NULL,
                                       tr_test_store_result, &result);
  return tr_client_run_workflow_action_finish (s->client, tr_test_wait_result (&result), error);
}

static void
test_requests (void)
{
  TrTestSandbox *s = tr_test_sandbox_start ("requests.db", "demo", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) submit_error = NULL;
  g_autoptr(TrRequest) created = NULL;
  g_autoptr(TrRequest) updated = NULL;
  g_autoptr(TrRequest) incomplete = NULL;
  g_autoptr(TrRequest) recalled = NULL;
  g_autoptr(GAsyncResult) result = NULL;

  tr_test_sandbox_sign_in (s, EMMA);
  created = tr_test_sandbox_create_request (s, "Sandbox draft", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tr_approval_status_get_code (tr_request_get_approval_status (created)), ==, "NOT_SUBMITTED");

  tr_request_set_name (created, "Sandbox draft, renamed");
  tr_client_update_request_async (s->client, created, NULL, NULL, tr_test_store_result, &result);
  updated = tr_client_update_request_finish (s->client, tr_test_wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tr_request_get_name (updated), ==, "Sandbox draft, renamed");
  g_clear_object (&result);

  /* No purpose, no dates: the server refuses to submit it. */
  incomplete = run_action (s, tr_request_get_id (created), TR_WORKFLOW_ACTION_SUBMIT, &submit_error);
  g_assert_null (incomplete);
  g_assert_nonnull (submit_error);
  g_assert_true (submit_error->domain == TR_API_ERROR);

  tr_client_delete_request_async (s->client, tr_request_get_id (created), NULL, NULL,
                                  tr_test_store_result, &result);
  g_assert_true (tr_client_delete_request_finish (s->client, tr_test_wait_result (&result), &error));
  g_assert_no_error (error);
  g_clear_object (&result);

  recalled = run_action (s, CASH_ADVANCE_REQUEST_ID, TR_WORKFLOW_ACTION_RECALL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tr_approval_status_get_code (tr_request_get_approval_status (recalled)), ==, "SENTBACK");
  tr_test_sandbox_stop (s);
}

#define N_PAGED 250
#define IN_FLIGHT 8

typedef struct
{
  TrTestSandbox *sandbox;
  guint          sent;
  guint          created;
  guint          failed;
} Batch;

static void send_next (Batch *batch);

static void
request_created_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  Batch *batch = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TrRequest) request = tr_client_create_request_finish (TR_CLIENT (source), result, &error);

  if (request != NULL)
    batch->created++;
  else
    batch->failed++;
  send_next (batch);
}

static void
send_next (Batch *batch)
{
  g_autoptr(TrRequest) draft = NULL;
  g_autofree char *name = NULL;

  if (batch->sent == N_PAGED)
    return;
  draft = tr_request_new ();
  name = g_strdup_printf ("Paged trip %03u", batch->sent++);
  tr_request_set_name (draft, name);
  tr_client_create_request_async (batch->sandbox->client, draft, NULL, NULL, request_created_cb, batch);
}

static void
test_paging (void)
{
  TrTestSandbox *s = tr_test_sandbox_start ("paging.db", "empty", NULL);
  Batch batch = { s, 0, 0, 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) items = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(TrRequestQuery) query = tr_request_query_new ();
  g_autoptr(TrRequestPage) page = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  tr_test_sandbox_sign_in (s, EMMA);
  for (guint i = 0; i < IN_FLIGHT; i++)
    send_next (&batch);
  while (batch.created + batch.failed < N_PAGED && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (batch.created, ==, N_PAGED);

  query->limit = 100;
  tr_client_list_requests_async (s->client, query, NULL, tr_test_store_result, &result);
  page = tr_client_list_requests_finish (s->client, tr_test_wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tr_request_page_get_data (page)), ==, 100);
  g_assert_nonnull (tr_request_page_get_next_href (page));
  g_clear_object (&result);

  items = list_all (s, "requests?view=ALL&limit=100", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (items), ==, N_PAGED);
  for (guint i = 0; i < N_PAGED; i++)
    g_hash_table_add (ids, (gpointer) json_object_get_string_member (json_array_get_object_element (items, i), "id"));
  g_assert_cmpuint (g_hash_table_size (ids), ==, N_PAGED);
  tr_test_sandbox_stop (s);
}

typedef struct
{
  guint done;
  guint failed;
} Concurrent;

static void
request_fetched_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  Concurrent *concurrent = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TrRequest) request = tr_client_get_request_finish (TR_CLIENT (source), result, &error);

  concurrent->done++;
  if (request == NULL)
    concurrent->failed++;
}

static void
get_concurrently (TrTestSandbox *s,
                  guint          n)
{
  Concurrent concurrent = { 0, 0 };

  for (guint i = 0; i < n; i++)
    tr_client_get_request_async (s->client, DRAFT_ID, NULL, NULL, request_fetched_cb, &concurrent);
  while (concurrent.done < n)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (concurrent.failed, ==, 0);
}

static void
test_token_expiry (void)
{
  TrTestSandbox *s = tr_test_sandbox_start ("expiry.db", "demo", "--token-ttl=2");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) before = NULL;
  g_autoptr(JsonArray) after = NULL;
  guint rotations;

  tr_test_sandbox_sign_in (s, "marc.manager@example.com");
  before = list_all (s, "requests?view=ALL&limit=5", &error);
  g_assert_no_error (error);

  /* The 2 s token expires mid-run; five calls at once share one refresh. */
  tr_test_wait_ms (2200);
  rotations = s->rotations;
  get_concurrently (s, 5);
  g_assert_cmpuint (s->rotations, ==, rotations + 1);
  tr_test_sandbox_note_token (s);

  after = list_all (s, "requests?view=ALL&limit=5", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (after), ==, json_array_get_length (before));
  tr_test_sandbox_stop (s);
}

static gint64
frozen_clock (gpointer user_data)
{
  return *(gint64 *) user_data;
}

static void
test_unauthorized_refresh (void)
{
  TrTestSandbox *s = tr_test_sandbox_start ("unauthorized.db", "demo", "--token-ttl=2");
  gint64 frozen = g_get_real_time ();
  g_autoptr(GError) error = NULL;
  g_autoptr(TrRequest) request = NULL;
  gint64 mark;
  guint rotations;

  /* The client believes its token is fresh; the server has expired it. */
  tr_authorizer_set_clock (s->authorizer, frozen_clock, &frozen);
  tr_test_sandbox_sign_in (s, EMMA);
  tr_test_wait_ms (2200);
  rotations = s->rotations;
  mark = tr_test_http_log_mark ();
  request = tr_test_sandbox_get_request (s, DRAFT_ID, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tr_request_get_id (request), ==, DRAFT_ID);
  g_assert_cmpuint (tr_test_http_log_count (mark, "< 401 GET "), ==, 1);
  g_assert_cmpuint (tr_test_http_log_count (mark, "< 200 GET "), ==, 1);
  g_assert_cmpuint (s->rotations, ==, rotations + 1);
  tr_test_sandbox_note_token (s);
  tr_test_sandbox_stop (s);
}

/* Runs last: everything above logged with TR_DEBUG=http. */
static void
test_no_secrets (void)
{
  g_autofree char *client_dir = g_build_filename (tr_test_sandbox_get_root (), "client", NULL);
  g_autofree char *log_dir = g_build_filename (tr_test_sandbox_get_root (), "log", NULL);

  /* The check means something: tokens were seen and traffic was logged. */
  g_assert_cmpuint (tr_test_sandbox_get_secrets ()->len, >, 10);
  g_assert_cmpuint (tr_test_http_log_count (0, "> POST "), >, N_PAGED);
  g_assert_cmpuint (tr_test_http_log_count (0, "> GET "), >, 10);
  tr_test_assert_no_secrets (client_dir);
  tr_test_assert_no_secrets (log_dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (argc < 2 || !g_file_test (argv[1], G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_init (&argc, &argv, NULL);
      g_test_skip ("No tr-sandbox given");
      return 77;
    }
  tr_test_sandbox_init_env (argv[1]);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sandbox-client/sign-in-and-list", test_sign_in_and_list);
  g_test_add_func ("/sandbox-client/expenses", test_expenses);
  g_test_add_func ("/sandbox-client/extras", test_extras);
  g_test_add_func ("/sandbox-client/requests", test_requests);
  g_test_add_func ("/sandbox-client/paging", test_paging);
  g_test_add_func ("/sandbox-client/token-expiry", test_token_expiry);
  g_test_add_func ("/sandbox-client/unauthorized-refresh", test_unauthorized_refresh);
  g_test_add_func ("/sandbox-client/no-secrets", test_no_secrets);

  status = g_test_run ();
  tr_test_sandbox_cleanup_env ();
  return status;
}
