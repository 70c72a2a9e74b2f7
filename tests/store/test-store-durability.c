/* test-store-durability.c
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

#include <signal.h>
#include <stdio.h>

#include "tr-store-test-utils.h"

/* Durability: what a save reported is on disk, visible to another
 * process, and survives SIGKILL at any point; the database stays
 * consistent (every draft with its create, every expense with its
 * dependency). The test program re-executes itself as the writer. */

#define WRITER_LIFETIME_SECONDS 30

static char *self_exe;

/* Child: creates drafts (every other one with an expense) forever and
 * reports each one once its save finished. */
static int
run_writer (const char *path,
            guint       start)
{
  g_autoptr(GError) error = NULL;
  TrStore *store = tr_store_test_open (path, &error);
  gint64 deadline = g_get_monotonic_time () + WRITER_LIFETIME_SECONDS * G_USEC_PER_SEC;

  if (store == NULL)
    g_error ("writer: %s", error->message);
  for (guint i = start; g_get_monotonic_time () < deadline; i++)
    {
      g_autofree char *json = g_strdup_printf ("{\"name\":\"Draft %u\",\"startDate\":\"2026-05-01\"}", i);
      g_autoptr(JsonNode) draft = tr_store_test_parse (json);
      g_autoptr(JsonNode) expense = tr_store_test_parse ("{\"expenseType\":{\"id\":\"TAXIX\"},"
                                                         "\"transactionAmount\":{\"value\":12.5,\"currency\":\"EUR\"}}");
      gint64 id = tr_store_test_create (store, draft, &error);

      if (id == 0 || (i % 2 == 0 && tr_store_test_create_expense (store, id, expense, &error) == 0))
        g_error ("writer: %s", error->message);
      g_print ("saved %u\n", i);
      fflush (stdout);
    }
  tr_store_test_close (store);
  return 0;
}

/* Child: prints what it sees in the store. */
static int
run_reader (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  TrStoreQuery query = { 0 };
  TrStore *store = tr_store_test_open (path, &error);

  if (store == NULL)
    g_error ("reader: %s", error->message);
  rows = tr_store_test_list (store, &query, &error);
  g_assert_no_error (error);
  g_print ("%u", rows->len);
  for (guint i = 0; i < rows->len; i++)
    g_print (" %s", ((TrStoreRequestRow *) rows->pdata[i])->name);
  g_print ("\n");
  tr_store_test_close (store);
  return 0;
}

static void
test_visible_to_other_process (void)
{
  g_autofree char *dir = tr_store_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "account.db", NULL);
  g_autoptr(JsonNode) draft = tr_store_test_load_fixture ("01-create-request.request.json");
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  TrStore *store = tr_store_test_open (path, &error);

  g_assert_no_error (error);
  tr_store_test_create (store, draft, &error);
  g_assert_no_error (error);

  /* The writer keeps its connection open: the reader must see the commit
   * anyway (WAL, durable before the save finished). */
  child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, self_exe, "--reader", path, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (child, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (child));
  g_assert_cmpint (g_subprocess_get_exit_status (child), ==, 0);
  g_assert_cmpstr (out, ==, "1 Company Training - JULY 2018\n");

  tr_store_test_close (store);
  tr_store_test_rm_rf (dir);
}

/* Reads "saved N" lines until @count were read; returns the last N. */
static gint64
read_acknowledgements (GDataInputStream *input,
                       guint             count)
{
  gint64 last = -1;

  for (guint i = 0; i < count; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *line = g_data_input_stream_read_line_utf8 (input, NULL, NULL, &error);

      g_assert_no_error (error);
      g_assert_nonnull (line);
      g_assert_true (g_str_has_prefix (line, "saved "));
      last = g_ascii_strtoll (line + 6, NULL, 10);
    }
  return last;
}

static gint64
run_and_kill (const char *path,
              guint       start,
              guint       kill_after)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *start_text = g_strdup_printf ("%u", start);
  g_autoptr(GSubprocess) child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                                   self_exe, "--writer", path, start_text, NULL);
  g_autoptr(GDataInputStream) input = NULL;
  gint64 last;

  g_assert_no_error (error);
  input = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  last = read_acknowledgements (input, kill_after);
  g_subprocess_send_signal (child, SIGKILL);
  g_subprocess_wait (child, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_signaled (child));
  g_assert_cmpint (g_subprocess_get_term_sig (child), ==, SIGKILL);
  return last;
}

static void
assert_consistent (const char *path)
{
  g_assert_cmpint (tr_store_test_sql_int (path, "SELECT count(*) FROM pragma_integrity_check"
                                                " WHERE integrity_check <> 'ok'"), ==, 0);
  g_assert_cmpint (tr_store_test_sql_int (path, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  /* Every draft has exactly one create queued. */
  g_assert_cmpint (tr_store_test_sql_int (path,
    "SELECT count(*) FROM requests r WHERE (SELECT count(*) FROM outbox o WHERE o.kind = 0"
    " AND o.entity_kind = 0 AND o.entity_local_id = r.local_id) <> 1"), ==, 0);
  /* Every expense has its create, depending on its request's create. */
  g_assert_cmpint (tr_store_test_sql_int (path,
    "SELECT count(*) FROM expenses e WHERE NOT EXISTS (SELECT 1 FROM outbox o"
    " JOIN outbox p ON p.seq = o.depends_on WHERE o.kind = 0 AND o.entity_kind = 1"
    " AND o.entity_local_id = e.local_id AND p.entity_local_id = e.request_local_id)"), ==, 0);
  g_assert_cmpint (tr_store_test_sql_int (path, "SELECT count(*) FROM outbox"), ==,
                   tr_store_test_sql_int (path, "SELECT (SELECT count(*) FROM requests)"
                                                " + (SELECT count(*) FROM expenses)"));
}

static void
test_kill_9 (void)
{
  g_autofree char *dir = tr_store_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "account.db", NULL);
  g_autoptr(GError) error = NULL;
  guint start = 0;

  for (guint round = 0; round < 4; round++)
    {
      gint64 acknowledged = run_and_kill (path, start, g_test_rand_int_range (3, 25));
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM requests WHERE name = 'Draft %"
                                              G_GINT64_FORMAT "'", acknowledged);
      gint64 total;

      /* Whatever was reported saved is there, whatever the kill hit. */
      g_assert_cmpint (tr_store_test_sql_int (path, sql), ==, 1);
      total = tr_store_test_sql_int (path, "SELECT count(*) FROM requests");
      g_assert_cmpint (total, >=, acknowledged + 1);
      g_assert_cmpint (tr_store_test_sql_int (path, "SELECT count(DISTINCT name) FROM requests"), ==, total);
      assert_consistent (path);
      start = total;
    }

  /* And the store itself opens it happily afterwards. */
  tr_store_test_close (tr_store_test_open (path, &error));
  g_assert_no_error (error);
  tr_store_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && g_str_equal (argv[1], "--writer"))
    return run_writer (argv[2], (guint) g_ascii_strtoull (argv[3], NULL, 10));
  if (argc == 3 && g_str_equal (argv[1], "--reader"))
    return run_reader (argv[2]);

  g_test_init (&argc, &argv, NULL);
  self_exe = g_file_read_link ("/proc/self/exe", NULL);
  g_assert_nonnull (self_exe);

  g_test_add_func ("/store/durability/visible-to-other-process", test_visible_to_other_process);
  g_test_add_func ("/store/durability/kill-9", test_kill_9);

  return g_test_run ();
}
