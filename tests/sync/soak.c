/* soak.c
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

#include <stdlib.h>
#include <string.h>

#include "tr-api-error.h"
#include "tr-sync-test-util.h"

/* The kill soak. A seeded random schedule of operations (create, edit,
 * delete and submit requests; create, edit and delete expected expenses)
 * is written to a store while no sync runs ("offline"); then a syncing
 * child process runs on the same store ("online") and is SIGKILLed at a
 * random moment, many times, against a tr-sandbox injecting 500, 429,
 * connection resets and lost responses. At the end the child syncs to
 * completion and the server must hold exactly the intended state: every
 * operation applied, nothing twice, nothing else.
 *
 *   soak TR-SANDBOX [--seed N] [--ops N] [--kills N]
 *   soak --child BASE-URL STORE-PATH   (the syncing process) */

#define FAULTS "500:0.05,429:0.05,reset:0.05,lost:0.05"

typedef struct
{
  gint64    local_id;
  char     *amount;
  char     *purpose;
  gboolean  deleted;
} ModelExpense;

typedef struct
{
  gint64     local_id;
  char      *name;
  char      *purpose;
  gboolean   submitted;
  gboolean   deleted;
  GPtrArray *expenses;
} ModelRequest;

typedef struct
{
  const char    *sandbox_exe;
  char          *self_exe;
  guint          seed;
  guint          ops;
  guint          kills;
  GRand         *rand;
  TrTestSandbox *sandbox;
  char          *dir;
  char          *store_path;
  GPtrArray     *requests;
  guint          counter;
  guint          done_ops;
  guint          done_kills;
  guint          spawns;
} Soak;

static Soak soak = { .seed = 1, .ops = 300, .kills = 20 };

static void
model_expense_free (gpointer data)
{
  ModelExpense *e = data;

  g_free (e->amount);
  g_free (e->purpose);
  g_free (e);
}

static void
model_request_free (gpointer data)
{
  ModelRequest *r = data;

  g_free (r->name);
  g_free (r->purpose);
  g_ptr_array_unref (r->expenses);
  g_free (r);
}

/* --- The syncing child ---------------------------------------------- */

typedef struct
{
  GMainLoop *loop;
  TrSync    *sync;
  guint      runs;
  int        status;
} Child;

static void child_run (Child *child);

static gboolean
child_again_cb (gpointer user_data)
{
  child_run (user_data);
  return G_SOURCE_REMOVE;
}

/* Done when nothing is left to send: a pull failing under the injected
 * faults does not matter here. */
static void
child_outbox_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Child *child = user_data;
  g_autoptr(GError) error = NULL;
  gint64 left = tr_store_outbox_count_finish (TR_STORE (source), result, &error);

  if (error == NULL && left == 0)
    return g_main_loop_quit (child->loop);
  if (child->runs > 2000)
    {
      child->status = 4;
      return g_main_loop_quit (child->loop);
    }
  g_timeout_add (20, child_again_cb, child);
}

static void
child_run_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Child *child = user_data;
  g_autoptr(GError) error = NULL;

  if (!tr_sync_run_finish (TR_SYNC (source), result, &error) && g_getenv ("TR_SOAK_VERBOSE") != NULL)
    g_printerr ("soak child: run %u: %s\n", child->runs, error->message);
  tr_store_outbox_count_async (tr_sync_get_store (child->sync), NULL, child_outbox_cb, child);
}

static void
child_run (Child *child)
{
  child->runs++;
  tr_sync_run_async (child->sync, NULL, child_run_cb, child);
}

static int
child_main (const char *base_url,
            const char *store_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrClient) client = tr_test_sign_in (base_url, TR_TEST_EMMA, &error);
  g_autoptr(TrStore) store = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Child child = { loop, NULL, 0, 0 };

  if (client == NULL)
    return 3;
  if ((store = tr_test_open_store (store_path, &error)) == NULL)
    {
      g_printerr ("soak child: %s\n", error->message);
      return 5;
    }
  child.sync = tr_sync_new (client, store, NULL);
  tr_sync_set_interval (child.sync, 0);
  tr_sync_set_retry_delay (child.sync, 600000);
  child_run (&child);
  g_main_loop_run (loop);
  g_object_unref (child.sync);
  return child.status;
}

/* --- The schedule ----------------------------------------------------- */

static ModelRequest *
pick_open_request (void)
{
  g_autoptr(GPtrArray) open = g_ptr_array_new ();

  for (guint i = 0; i < soak.requests->len; i++)
    {
      ModelRequest *r = g_ptr_array_index (soak.requests, i);

      if (!r->deleted && !r->submitted)
        g_ptr_array_add (open, r);
    }
  if (open->len == 0)
    return NULL;
  return g_ptr_array_index (open, g_rand_int_range (soak.rand, 0, open->len));
}

static ModelExpense *
pick_expense (ModelRequest *r)
{
  g_autoptr(GPtrArray) live = g_ptr_array_new ();

  for (guint i = 0; r != NULL && i < r->expenses->len; i++)
    {
      ModelExpense *e = g_ptr_array_index (r->expenses, i);

      if (!e->deleted)
        g_ptr_array_add (live, e);
    }
  if (live->len == 0)
    return NULL;
  return g_ptr_array_index (live, g_rand_int_range (soak.rand, 0, live->len));
}

static void
op_create_request (TrStore *store)
{
  ModelRequest *r = g_new0 (ModelRequest, 1);

  r->name = g_strdup_printf ("Soak %u-%u", soak.seed, ++soak.counter);
  r->purpose = g_strdup ("Created offline");
  r->expenses = g_ptr_array_new_with_free_func (model_expense_free);
  r->local_id = tr_test_create_request (store, r->name, r->purpose);
  g_ptr_array_add (soak.requests, r);
}

static void
op_create_expense (TrStore      *store,
                   ModelRequest *r)
{
  ModelExpense *e = g_new0 (ModelExpense, 1);

  e->amount = g_strdup_printf ("%u.%02u", 10 + soak.counter, g_rand_int_range (soak.rand, 0, 100));
  soak.counter++;
  e->local_id = tr_test_create_expense (store, r->local_id, "TAXIX", e->amount);
  g_ptr_array_add (r->expenses, e);
}

/* One operation valid in the model's state: requests are changed only
 * while not submitted (the server refuses otherwise). */
static void
random_operation (TrStore *store)
{
  ModelRequest *r = pick_open_request ();
  ModelExpense *e = pick_expense (r);
  int dice = g_rand_int_range (soak.rand, 0, 100);

  if (r == NULL || dice < 25)
    return op_create_request (store);
  if (dice < 45)
    {
      g_free (r->purpose);
      r->purpose = g_strdup_printf ("Edited %u", ++soak.counter);
      return tr_test_edit_request (store, r->local_id, "businessPurpose", r->purpose);
    }
  if (dice < 52)
    {
      r->deleted = TRUE;
      return tr_test_delete_request (store, r->local_id);
    }
  if (dice < 60)
    {
      r->submitted = TRUE;
      return tr_test_queue_action (store, r->local_id, "submit");
    }
  if (dice < 82 || e == NULL)
    return op_create_expense (store, r);
  if (dice < 93)
    {
      g_free (e->purpose);
      e->purpose = g_strdup_printf ("Expense edit %u", ++soak.counter);
      return tr_test_edit_expense (store, r->local_id, e->local_id, "businessPurpose", e->purpose);
    }
  e->deleted = TRUE;
  tr_test_delete_expense (store, e->local_id);
}

static void
offline_batch (guint count)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrStore) store = tr_test_open_store (soak.store_path, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < count && soak.done_ops < soak.ops; i++, soak.done_ops++)
    random_operation (store);
}

static GSubprocess *
spawn_child (void)
{
  const char *argv[] = { soak.self_exe, "--child", soak.sandbox->base_url, soak.store_path, NULL };
  g_autoptr(GError) error = NULL;
  GSubprocess *child = tr_test_spawn (argv, G_SUBPROCESS_FLAGS_NONE, &error);

  g_assert_no_error (error);
  soak.spawns++;
  return child;
}

/* Online for a random moment, then SIGKILL (if still syncing). */
static void
online_then_kill (void)
{
  g_autoptr(GSubprocess) child = spawn_child ();
  g_autoptr(GError) error = NULL;

  tr_test_sleep (g_rand_int_range (soak.rand, 10, 400));
  if (!g_subprocess_get_identifier (child))
    return;
  g_subprocess_send_signal (child, SIGKILL);
  g_subprocess_wait (child, NULL, &error);
  g_assert_no_error (error);
  if (g_subprocess_get_if_signaled (child) && g_subprocess_get_term_sig (child) == SIGKILL)
    soak.done_kills++;
}

static void
wait_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_main_loop_quit (user_data);
}

static gboolean
final_sync (void)
{
  for (guint attempt = 0; attempt < 10; attempt++)
    {
      g_autoptr(GSubprocess) child = spawn_child ();
      g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

      g_subprocess_wait_async (child, NULL, wait_cb, loop);
      g_main_loop_run (loop);
      if (g_subprocess_get_if_exited (child) && g_subprocess_get_exit_status (child) == 0)
        return TRUE;
    }
  return FALSE;
}

/* --- Checking the server ---------------------------------------------- */

static guint
check_expenses (TrClient     *checker,
                ModelRequest *r,
                const char   *server_id)
{
  g_autoptr(JsonArray) expenses = tr_test_server_expenses (checker, server_id);
  guint live = 0;

  for (guint i = 0; i < r->expenses->len; i++)
    {
      ModelExpense *e = g_ptr_array_index (r->expenses, i);
      guint matches = 0;

      for (guint j = 0; j < json_array_get_length (expenses); j++)
        {
          JsonObject *item = json_array_get_object_element (expenses, j);
          g_autofree char *value = g_strdup_printf ("%.2f", json_object_get_double_member (
            json_object_get_object_member (item, "transactionAmount"), "value"));

          if (g_strcmp0 (value, e->amount) != 0)
            continue;
          matches++;
          if (!e->deleted)
            g_assert_cmpstr (json_object_get_string_member_with_default (item, "businessPurpose", NULL),
                             ==, e->purpose);
        }
      g_assert_cmpuint (matches, ==, e->deleted ? 0 : 1);
      live += e->deleted ? 0 : 1;
    }
  g_assert_cmpuint (json_array_get_length (expenses), ==, live);
  return live;
}

static JsonObject *
find_named (JsonArray  *items,
            const char *name,
            guint      *count)
{
  JsonObject *found = NULL;

  *count = 0;
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (item, "name", NULL), name) == 0)
        found = item, (*count)++;
    }
  return found;
}

static void
check_server (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrClient) checker = NULL;
  g_autoptr(JsonArray) items = NULL;
  guint live = 0, deleted = 0, submitted = 0, expenses = 0;

  tr_test_sandbox_restart (soak.sandbox, NULL);
  checker = tr_test_sign_in (soak.sandbox->base_url, TR_TEST_EMMA, &error);
  g_assert_no_error (error);
  items = tr_test_list_server (checker);
  for (guint i = 0; i < soak.requests->len; i++)
    {
      ModelRequest *r = g_ptr_array_index (soak.requests, i);
      JsonObject *item;
      guint count;

      item = find_named (items, r->name, &count);
      g_assert_cmpuint (count, ==, r->deleted ? 0 : 1);
      if (r->deleted)
        {
          deleted++;
          continue;
        }
      live++;
      g_assert_cmpstr (json_object_get_string_member (item, "businessPurpose"), ==, r->purpose);
      g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (item, "approvalStatus"), "code"),
                       ==, r->submitted ? "SUBMITTED" : "NOT_SUBMITTED");
      submitted += r->submitted ? 1 : 0;
      expenses += check_expenses (checker, r, json_object_get_string_member (item, "id"));
    }
  /* Nothing else: no duplicate, no stray object. */
  g_assert_cmpuint (json_array_get_length (items), ==, live);
  g_print ("# soak: seed %u, %u operations, %u kills in %u child runs; server holds %u requests "
           "(%u submitted, %u deleted) and %u expected expenses, as intended\n",
           soak.seed, soak.done_ops, soak.done_kills, soak.spawns, live, submitted, deleted, expenses);
}

static void
test_soak (void)
{
  soak.rand = g_rand_new_with_seed (soak.seed);
  soak.requests = g_ptr_array_new_with_free_func (model_request_free);
  soak.sandbox = tr_test_sandbox_start (soak.sandbox_exe, "empty", FAULTS);
  soak.dir = tr_test_make_dir ();
  soak.store_path = g_build_filename (soak.dir, "store.db", NULL);

  while (soak.done_ops < soak.ops || soak.done_kills < soak.kills)
    {
      guint batch = (soak.ops / MAX (soak.kills, 1)) + 1;

      gint64 start = g_get_monotonic_time ();

      offline_batch (g_rand_int_range (soak.rand, 1, 2 * batch));
      online_then_kill ();
      if (g_getenv ("TR_SOAK_VERBOSE") != NULL)
        g_printerr ("soak: %u ops, %u kills, %u runs, round %" G_GINT64_FORMAT " ms\n",
                    soak.done_ops, soak.done_kills, soak.spawns, (g_get_monotonic_time () - start) / 1000);
    }
  g_assert_true (final_sync ());
  check_server ();

  tr_test_sandbox_free (soak.sandbox);
  tr_test_remove_dir (soak.dir);
  g_free (soak.dir);
  g_free (soak.store_path);
  g_ptr_array_unref (soak.requests);
  g_rand_free (soak.rand);
}

/* Takes the soak's own options out of argv (GTest has its own --seed). */
static void
parse_options (int   *argc,
               char **argv)
{
  int out = 1;

  for (int i = 1; i < *argc; i++)
    {
      if (i + 1 < *argc && g_str_equal (argv[i], "--seed"))
        soak.seed = (guint) g_ascii_strtoull (argv[++i], NULL, 10);
      else if (i + 1 < *argc && g_str_equal (argv[i], "--ops"))
        soak.ops = (guint) g_ascii_strtoull (argv[++i], NULL, 10);
      else if (i + 1 < *argc && g_str_equal (argv[i], "--kills"))
        soak.kills = (guint) g_ascii_strtoull (argv[++i], NULL, 10);
      else if (soak.sandbox_exe == NULL && argv[i][0] != '-')
        soak.sandbox_exe = argv[i];
      else
        argv[out++] = argv[i];
    }
  argv[out] = NULL;
  *argc = out;
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && g_str_equal (argv[1], "--child"))
    return child_main (argv[2], argv[3]);

  soak.self_exe = g_canonicalize_filename (argv[0], NULL);
  parse_options (&argc, argv);
  g_test_init (&argc, &argv, NULL);
  if (soak.sandbox_exe == NULL)
    {
      g_printerr ("usage: %s TR-SANDBOX [--seed N] [--ops N] [--kills N]\n", argv[0]);
      return 2;
    }
  g_test_add_func ("/sync/kill-soak", test_soak);
  return g_test_run ();
}
