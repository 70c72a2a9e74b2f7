/* test-sandbox-reset.c
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

/* Kept-alive connections reset under a PUT (tr-sandbox --faults=reset:0.3):
 * every retried PUT must reach the sandbox again with its whole body. The
 * sandbox answers a PUT with the Request as stored, so a PUT that arrived
 * with an empty or cut body fails (400) or comes back without its name. */

#define DRAFT_ID "224AF3CDCC2A5244A37C72FA5770C6F2"
#define N_PUTS 200

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
put_named (TrTestSandbox *s,
           guint          i)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("Reset put %u", i);
  g_autoptr(TrRequest) request = tr_request_new_from_string ("{\"id\":\"" DRAFT_ID "\"}", NULL);
  g_autoptr(TrRequest) stored = NULL;

  tr_request_set_name (request, name);
  stored = put_request (s, request, &error);
  g_assert_no_error (error);
  g_assert_nonnull (stored);
  g_assert_cmpstr (tr_request_get_name (stored), ==, name);
}

static void
test_reset_puts (void)
{
  TrTestSandbox *s = tr_test_sandbox_start ("reset.db", "demo", "--faults=reset:0.3 --fault-seed=11");
  g_autoptr(GError) error = NULL;
  g_autoptr(TrRequest) last = NULL;
  g_autofree char *name = g_strdup_printf ("Reset put %u", N_PUTS - 1);
  gint64 mark;
  guint sent;

  tr_test_sandbox_sign_in (s, "emma.traveler@example.com");
  /* 0.3^10: no PUT runs out of attempts by chance. */
  tr_client_set_retry_policy (s->client, 10, 1, 5, 60000);
  mark = tr_test_http_log_mark ();
  for (guint i = 0; i < N_PUTS; i++)
    put_named (s, i);

  /* Some attempts were reset and sent again, each with its body. */
  sent = tr_test_http_log_count (mark, "> PUT ");
  g_assert_cmpuint (sent, >, N_PUTS);

  /* The sandbox is still up and kept the last name. */
  last = tr_test_sandbox_get_request (s, DRAFT_ID, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tr_request_get_name (last), ==, name);
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
  g_test_add_func ("/sandbox-reset/put-200", test_reset_puts);

  status = g_test_run ();
  tr_test_sandbox_cleanup_env ();
  return status;
}
