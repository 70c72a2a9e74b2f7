/* test-sandbox-faults.c
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
#include "tr-sandbox-test-utils.h"

/* Each fault of tr-sandbox's --faults on GET, PUT and POST: a GET or PUT
 * succeeds within its retry budget or fails with the right error; a POST
 * is sent exactly once, and the server state shows whether it happened. */

#define DRAFT_ID "224AF3CDCC2A5244A37C72FA5770C6F2"

typedef struct
{
  const char *kind;
  const char *always;      /* every API call hit */
  const char *sometimes;   /* some calls hit */
  TrApiError  code;        /* the error when the retries run out */
  gboolean    commits;     /* the POST is processed despite the fault */
} Fault;

static const Fault faults[] = {
  { "500", "500:1", "500:0.4", TR_API_ERROR_SERVER, FALSE },
  { "503", "503:1", "503:0.3", TR_API_ERROR_UNAVAILABLE, FALSE },
  { "429", "429:1", "429:0.3", TR_API_ERROR_RATE_LIMITED, FALSE },
  { "reset", "reset:1", "reset:0.4", TR_API_ERROR_NETWORK, FALSE },
  { "lost", "lost:1", "lost:0.4", TR_API_ERROR_NETWORK, TRUE },
  { "delay", "delay:300ms", "delay:50ms", TR_API_ERROR_NETWORK, TRUE },
};

static gboolean
is_delay (const Fault *fault)
{
  return g_str_equal (fault->kind, "delay");
}

/* Succeeded, or failed with the fault's error. */
static void
assert_outcome (const Fault  *fault,
                gpointer      object,
                const GError *error)
{
  if (object != NULL)
    g_assert_no_error (error);
  else
    g_assert_error (error, TR_API_ERROR, fault->code);
}

static TrRequest *
put_request (TrTestSandbox  *s,
             TrRequest      *request,
             GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_client_update_request_async (s->client, request, NULL, NULL, tr_test_store_result, &result);
  return tr_client_update_request_finish (s->client, tr_test_wait_result (&result), error);
}

static void
check_always_get (TrTestSandbox *s,
                  const Fault   *fault)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrRequest) request = NULL;
  gint64 mark = tr_test_http_log_mark ();
  gint64 start = g_get_monotonic_time ();

  tr_client_set_retry_policy (s->client, 2, 5, 40, 5000);
  request = tr_test_sandbox_get_request (s, DRAFT_ID, &error);
  if (is_delay (fault))
    {
      g_assert_no_error (error);
      g_assert_cmpint (g_get_monotonic_time () - start, >=, 300 * 1000);
      return;
    }
  g_assert_error (error, TR_API_ERROR, fault->code);
  g_assert_cmpuint (tr_test_http_log_count (mark, "> GET "), ==, 2);
  /* 503 and 429 carry Retry-After (1–3 s): the retry waited for it. */
  if (fault->code == TR_API_ERROR_UNAVAILABLE || fault->code == TR_API_ERROR_RATE_LIMITED)
    {
      g_assert_nonnull (tr_api_error_get_retry_after (error));
      g_assert_cmpint (g_get_monotonic_time () - start, >=, 1000 * 1000);
    }
}

static void
check_always_put_post (TrTestSandbox *s,
                       const Fault   *fault)
{
  g_autoptr(GError) put_error = NULL;
  g_autoptr(GError) post_error = NULL;
  g_autoptr(TrRequest) request = tr_request_new_from_string ("{\"id\":\"" DRAFT_ID "\",\"name\":\"Renamed\"}", NULL);
  g_autoptr(TrRequest) updated = NULL;
  g_autoptr(TrRequest) created = NULL;
  g_autofree char *name = g_strdup_printf ("Fault %s", fault->kind);
  gint64 mark;

  /* A budget shorter than any Retry-After: no waiting at all. */
  tr_client_set_retry_policy (s->client, 2, 5, 40, 500);
  mark = tr_test_http_log_mark ();
  updated = put_request (s, request, &put_error);
  assert_outcome (fault, updated, put_error);
  g_assert_true (is_delay (fault) == (updated != NULL));
  g_assert_cmpuint (tr_test_http_log_count (mark, "> PUT "), >=, 1);

  mark = tr_test_http_log_mark ();
  created = tr_test_sandbox_create_request (s, name, &post_error);
  assert_outcome (fault, created, post_error);
  g_assert_true (is_delay (fault) == (created != NULL));
  g_assert_cmpuint (tr_test_http_log_count (mark, "> POST "), ==, 1);
}

static guint
count_named (TrTestSandbox *s,
             const char    *name)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) items = NULL;
  guint count = 0;

  tr_client_fetch_pages_async (s->client, "requests?view=ALL&limit=100", NULL, tr_test_store_result, &result);
  items = tr_client_fetch_pages_finish (s->client, tr_test_wait_result (&result), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < json_array_get_length (items); i++)
    if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (items, i), "name"), name) == 0)
      count++;
  return count;
}

static void
check_sometimes (TrTestSandbox *s,
                 const Fault   *fault)
{
  g_autoptr(GError) get_error = NULL;
  g_autoptr(GError) put_error = NULL;
  g_autoptr(TrRequest) request = NULL;
  g_autoptr(TrRequest) updated = NULL;
  g_autofree char *name = g_strdup_printf ("Fault %s", fault->kind);

  tr_test_sandbox_fast_retries (s);
  request = tr_test_sandbox_get_request (s, DRAFT_ID, &get_error);
  assert_outcome (fault, request, get_error);
  if (request == NULL)
    request = tr_request_new_from_string ("{\"id\":\"" DRAFT_ID "\"}", NULL);
  tr_request_set_name (request, "Renamed again");
  updated = put_request (s, request, &put_error);
  assert_outcome (fault, updated, put_error);

  /* The one POST of the first run: there once if it was processed. */
  g_assert_cmpuint (count_named (s, name), ==, fault->commits ? 1 : 0);
}

static void
test_fault (gconstpointer data)
{
  const Fault *fault = data;
  g_autofree char *db = g_strdup_printf ("fault-%s.db", fault->kind);
  g_autofree char *always = g_strdup_printf ("--faults=%s --fault-seed=7", fault->always);
  g_autofree char *sometimes = g_strdup_printf ("--faults=%s --fault-seed=3", fault->sometimes);
  TrTestSandbox *s = tr_test_sandbox_start (db, "demo", always);

  tr_test_sandbox_sign_in (s, "emma.traveler@example.com");
  check_always_get (s, fault);
  check_always_put_post (s, fault);
  tr_test_sandbox_stop (s);

  /* Same database, fewer faults: retries get the calls through. */
  s = tr_test_sandbox_start (db, "demo", sometimes);
  tr_test_sandbox_sign_in (s, "emma.traveler@example.com");
  check_sometimes (s, fault);
  tr_test_sandbox_stop (s);
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

  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      g_autofree char *path = g_strdup_printf ("/sandbox-faults/%s", faults[i].kind);

      g_test_add_data_func (path, &faults[i], test_fault);
    }

  status = g_test_run ();
  tr_test_sandbox_cleanup_env ();
  return status;
}
