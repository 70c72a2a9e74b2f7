/* test-sandbox-durability.c
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

/* A committed write survives kill -9: write, SIGKILL, restart on the same
 * database, and find everything that was acknowledged. The demo seed is
 * applied once only, and SIGTERM exits cleanly. */

#include "tr-sandbox-test-util.h"

#include <glib/gstdio.h>

static guint
count_all (TrSandboxHarness *harness,
           const char       *token)
{
  guint status = 0;
  g_autoptr(JsonNode) page = tr_sandbox_harness_call (harness, "GET", "/travelrequest/v4/requests?limit=100",
                                                      token, NULL, &status);

  g_assert_cmpuint (status, ==, 200);
  return json_array_get_length (json_object_get_array_member (json_node_get_object (page), "data"));
}

static void
assert_present (TrSandboxHarness *harness,
                const char       *token,
                GPtrArray        *ids,
                const char       *renamed_id)
{
  for (guint i = 0; i < ids->len; i++)
    {
      g_autofree char *path = g_strdup_printf ("/travelrequest/v4/requests/%s", (char *) ids->pdata[i]);
      guint status = 0;
      g_autoptr(JsonNode) request = tr_sandbox_harness_call (harness, "GET", path, token, NULL, &status);
      const char *name = json_object_get_string_member (json_node_get_object (request), "name");

      g_assert_cmpuint (status, ==, 200);
      g_assert_cmpstr (name, ==, g_strcmp0 (ids->pdata[i], renamed_id) == 0 ? "Renamed before the crash" : "Durable");
    }
}

static void
remove_database (const char *dir,
                 const char *db)
{
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);

  g_unlink (wal);
  g_unlink (shm);
  g_unlink (db);
  g_rmdir (dir);
}

static void
test_kill_between_writes (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tr-sandbox-durable-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "db", NULL);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *renamed = NULL;
  guint seeded = 0;

  for (guint cycle = 0; cycle < 4; cycle++)
    {
      TrSandboxHarness *harness = tr_sandbox_harness_start (db, (const char *[]) { "--seed=demo", NULL });
      g_autofree char *token = tr_sandbox_harness_token (harness, EMMA);

      if (cycle == 0)
        seeded = count_all (harness, token);
      assert_present (harness, token, ids, renamed);
      g_assert_cmpuint (count_all (harness, token), ==, seeded + ids->len);
      g_ptr_array_add (ids, tr_sandbox_create_request (harness, token, "Durable"));
      if (cycle == 2)
        {
          g_autofree char *path = g_strdup_printf ("/travelrequest/v4/requests/%s", (char *) ids->pdata[0]);
          guint status = 0;
          g_autoptr(JsonNode) reply = tr_sandbox_harness_call (harness, "PUT", path, token,
                                                               "{\"name\":\"Renamed before the crash\"}", &status);
          g_assert_cmpuint (status, ==, 200);
          renamed = g_strdup (ids->pdata[0]);
        }
      tr_sandbox_harness_kill (harness);
      tr_sandbox_harness_free (harness);
    }
  {
    g_autoptr(TrSandboxHarness) last = tr_sandbox_harness_start (db, NULL);
    g_autofree char *token = tr_sandbox_harness_token (last, EMMA);

    assert_present (last, token, ids, renamed);
    tr_sandbox_harness_stop (last);
  }
  remove_database (dir, db);
}

static void
test_bad_command_line (void)
{
  const char *const bad[][3] = {
    { "--seed=sometimes", NULL }, { "--port=70000", NULL }, { "--token-ttl=0", NULL },
    { "--faults=500:2", NULL }, { "--unknown", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GSubprocess) process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDERR_SILENCE | G_SUBPROCESS_FLAGS_STDOUT_SILENCE,
                                                         &error, g_getenv ("TR_SANDBOX"), "--db=/nonexistent/x/db",
                                                         bad[i][0], NULL);

      g_assert_no_error (error);
      g_subprocess_wait (process, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (g_subprocess_get_if_exited (process));
      g_assert_cmpint (g_subprocess_get_exit_status (process), !=, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sandbox/durability/kill-between-writes", test_kill_between_writes);
  g_test_add_func ("/sandbox/durability/bad-command-line", test_bad_command_line);
  return g_test_run ();
}
