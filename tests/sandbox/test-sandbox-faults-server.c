/* test-sandbox-faults-server.c
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

/* Fault injection on API routes: deterministic for a --fault-seed, never on
 * the token endpoint, Retry-After on 429/503, "lost" commits and "reset"
 * does not, "delay" waits. */

#include "tr-sandbox-test-util.h"

#include <glib/gstdio.h>
#include <string.h>

#define SPEC "--faults=500:0.15,503:0.1,429:0.1,reset:0.1,lost:0.1"

/* One call on a fresh connection (no transparent retry); returns the HTTP
 * status, or 0 when the connection died without an answer. */
static guint
call_once (TrSandboxHarness *harness,
           const char       *method,
           const char       *path,
           const char       *token,
           const char       *body,
           char            **retry_after)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *url = g_strconcat (harness->base, path, NULL);
  g_autofree char *bearer = g_strconcat ("Bearer ", token, NULL);
  g_autoptr(SoupMessage) msg = soup_message_new (method, url);
  g_autoptr(GBytes) reply = NULL;
  g_autoptr(GError) error = NULL;

  soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", bearer);
  if (body != NULL)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (body, strlen (body));
      soup_message_set_request_body_from_bytes (msg, "application/json", bytes);
    }
  reply = soup_session_send_and_read (session, msg, NULL, &error);
  if (error != NULL)
    return 0;
  if (retry_after != NULL)
    *retry_after = g_strdup (soup_message_headers_get_one (soup_message_get_response_headers (msg), "Retry-After"));
  return soup_message_get_status (msg);
}

static char *
outcomes (const char *seed_arg)
{
  g_autoptr(TrSandboxHarness) harness = tr_sandbox_harness_start (NULL, (const char *[]) { "--seed=empty", SPEC, seed_arg, NULL });
  g_autofree char *token = tr_sandbox_harness_token (harness, EMMA);
  g_autoptr(GString) trace = g_string_new (NULL);

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *retry_after = NULL;
      guint status = call_once (harness, "GET", "/travelrequest/v4/userpolicies", token, NULL, &retry_after);

      g_assert_true (status == 0 || status == 200 || status == 500 || status == 503 || status == 429);
      if (status == 429 || status == 503)
        g_assert_cmpint (g_ascii_strtoll (retry_after, NULL, 10), >=, 1);
      g_string_append_printf (trace, "%u ", status);
    }
  return g_string_free (g_steal_pointer (&trace), FALSE);
}

static void
test_determinism (void)
{
  g_autofree char *first = outcomes ("--fault-seed=42");
  g_autofree char *again = outcomes ("--fault-seed=42");
  g_autofree char *other = outcomes ("--fault-seed=7");

  g_test_message ("seed 42: %s", first);
  g_assert_cmpstr (first, ==, again);
  g_assert_cmpstr (first, !=, other);
  g_assert_nonnull (strstr (first, "200 "));
  g_assert_nonnull (strstr (first, "0 "));
}

static void
test_token_endpoint_spared (void)
{
  g_autoptr(TrSandboxHarness) harness = tr_sandbox_harness_start (NULL, (const char *[]) { "--seed=empty", "--faults=500:1", NULL });

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *token = tr_sandbox_harness_token (harness, EMMA);
      g_assert_cmpuint (call_once (harness, "GET", "/travelrequest/v4/userpolicies", token, NULL, NULL), ==, 500);
    }
}

static guint
count_requests (const char *db_path)
{
  g_autoptr(TrSandboxHarness) plain = tr_sandbox_harness_start (db_path, NULL);
  g_autofree char *token = tr_sandbox_harness_token (plain, EMMA);
  guint status = 0;
  g_autoptr(JsonNode) page = tr_sandbox_harness_call (plain, "GET", "/travelrequest/v4/requests?limit=100", token, NULL, &status);

  g_assert_cmpuint (status, ==, 200);
  return json_array_get_length (json_object_get_array_member (json_node_get_object (page), "data"));
}

/* "lost" commits the write and drops the answer; "reset" drops both. */
static void
test_lost_and_reset (const char *fault,
                     guint       expected_count)
{
  g_autofree char *dir = g_dir_make_tmp ("tr-sandbox-faults-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "db", NULL);
  g_autofree char *spec = g_strdup_printf ("--faults=%s:1", fault);
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);

  {
    g_autoptr(TrSandboxHarness) harness = tr_sandbox_harness_start (db, (const char *[]) { "--seed=empty", spec, NULL });
    g_autofree char *token = tr_sandbox_harness_token (harness, EMMA);

    g_assert_cmpuint (call_once (harness, "POST", "/travelrequest/v4/requests", token,
                                 "{\"name\":\"Maybe\"}", NULL), ==, 0);
  }
  g_assert_cmpuint (count_requests (db), ==, expected_count);
  g_unlink (db);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
}

static void
test_lost (void)
{
  test_lost_and_reset ("lost", 1);
}

static void
test_reset (void)
{
  test_lost_and_reset ("reset", 0);
}

static void
test_delay (void)
{
  g_autoptr(TrSandboxHarness) harness = tr_sandbox_harness_start (NULL, (const char *[]) { "--seed=empty", "--faults=delay:300ms", NULL });
  g_autofree char *token = tr_sandbox_harness_token (harness, EMMA);
  gint64 start = g_get_monotonic_time ();

  g_assert_cmpuint (call_once (harness, "GET", "/travelrequest/v4/userpolicies", token, NULL, NULL), ==, 200);
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 290 * 1000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sandbox/faults/determinism", test_determinism);
  g_test_add_func ("/sandbox/faults/token-endpoint-spared", test_token_endpoint_spared);
  g_test_add_func ("/sandbox/faults/lost-commits", test_lost);
  g_test_add_func ("/sandbox/faults/reset-does-not", test_reset);
  g_test_add_func ("/sandbox/faults/delay", test_delay);
  return g_test_run ();
}
