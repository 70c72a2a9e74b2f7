/* test-sync-lazy.c
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

#include <string.h>

#include "tr-api-error.h"
#include "tr-sync-test-util.h"

/* Lazy details against a real tr-sandbox (its path is the first
 * argument): the pull reads list pages only, details come on demand and
 * in the background hydration. The HTTP calls are counted from the
 * client's own TR_DEBUG=http log. */

static const char *sandbox_exe;

typedef struct
{
  guint lists;
  guint details;
  guint expenses;
} Calls;

static Calls calls;

typedef struct
{
  TrTestSandbox *sandbox;
  char          *dir;
  char          *path;
  TrClient      *client;
  TrStore       *store;
  TrSync        *sync;
} Fixture;

static void
count_call (const char     *log_domain,
            GLogLevelFlags  log_level,
            const char     *message,
            gpointer        user_data)
{
  g_autofree char *uri = NULL;
  const char *path;
  const char *slash;

  if (!g_str_has_prefix (message, "> GET "))
    return;
  uri = g_strndup (message + 6, strcspn (message + 6, "\n "));
  path = strstr (uri, "/travelrequest/v4/requests");
  if (path == NULL)
    return;
  path += strlen ("/travelrequest/v4/requests");
  if (*path == '\0' || *path == '?')
    calls.lists++;
  else if ((slash = strchr (path + 1, '/')) == NULL)
    calls.details++;
  else if (g_str_has_prefix (slash, "/expenses"))
    calls.expenses++;
}

static void
fixture_start_seed (Fixture    *f,
                    const char *seed)
{
  g_autoptr(GError) error = NULL;

  f->sandbox = tr_test_sandbox_start (sandbox_exe, seed, NULL);
  f->dir = tr_test_make_dir ();
  f->path = g_build_filename (f->dir, "store.db", NULL);
  f->client = tr_test_sign_in (f->sandbox->base_url, TR_TEST_EMMA, &error);
  g_assert_no_error (error);
  f->store = tr_test_open_store (f->path, &error);
  g_assert_no_error (error);
  f->sync = tr_sync_new (f->client, f->store, NULL);
  tr_sync_set_interval (f->sync, 0);
  tr_sync_set_retry_delay (f->sync, 60000);
  tr_sync_set_push_on_change (f->sync, FALSE);
}

static void
fixture_start (Fixture *f)
{
  fixture_start_seed (f, "demo");
}

static void
fixture_stop (Fixture *f)
{
  g_clear_object (&f->sync);
  g_clear_object (&f->client);
  g_clear_object (&f->store);
  tr_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
  tr_test_sandbox_free (f->sandbox);
}

typedef struct
{
  GAsyncResult *result;
  Calls         seen;
} PullDone;

/* Notes the calls made when the pull ends, before any hydration. */
static void
pull_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  PullDone *done = user_data;

  done->seen = calls;
  done->result = g_object_ref (result);
}

static void
pull_full (Fixture *f,
           Calls   *seen)
{
  PullDone done = { 0 };
  g_autoptr(GError) error = NULL;

  memset (&calls, 0, sizeof calls);
  tr_sync_pull_full_async (f->sync, NULL, pull_done_cb, &done);
  g_assert_true (tr_sync_pull_full_finish (f->sync, tr_test_wait (&done.result), &error));
  g_assert_no_error (error);
  g_object_unref (done.result);
  *seen = done.seen;
}

static gboolean
hydrate (Fixture  *f,
         GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_sync_hydrate_async (f->sync, NULL, tr_test_store_result, &result);
  return tr_sync_hydrate_finish (f->sync, tr_test_wait (&result), error);
}

static gboolean
is_current (Fixture *f,
            gint64   local_id)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *server_id = NULL;
  gboolean current = FALSE;

  tr_store_get_detail_state_async (f->store, local_id, NULL, tr_test_store_result, &result);
  g_assert_true (tr_store_get_detail_state_finish (f->store, tr_test_wait (&result), &current,
                                                   &server_id, &error));
  return current;
}

static GPtrArray *
cached_rows (Fixture *f)
{
  static const TrStoreQuery all = { 0 };
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *rows;

  tr_store_list_requests_async (f->store, &all, NULL, tr_test_store_result, &result);
  rows = tr_store_list_requests_finish (f->store, tr_test_wait (&result), &error);
  g_assert_no_error (error);
  return rows;
}

static gboolean
is_active (TrStoreRequestRow *row)
{
  return !row->closed && g_strcmp0 (row->status_code, "CANCELED") != 0 &&
         g_strcmp0 (row->status_code, "APPROVED") != 0;
}

static TrStoreRequestRow *
find_row (GPtrArray *rows,
          gboolean   active)
{
  for (guint i = 0; i < rows->len; i++)
    {
      TrStoreRequestRow *row = g_ptr_array_index (rows, i);

      if (is_active (row) == active && (!active || g_strcmp0 (row->status_code, "NOT_SUBMITTED") == 0))
        return row;
    }
  g_assert_not_reached ();
}

/* The full pull stores every request from the list pages alone; the
 * hydration then reads exactly the active ones, two GETs each. */
static void
test_full_pull_from_pages (void)
{
  Fixture f = { 0 };
  g_autoptr(JsonArray) server = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  Calls seen;
  guint active = 0;

  fixture_start (&f);
  pull_full (&f, &seen);
  g_assert_cmpuint (seen.lists, ==, 1);
  g_assert_cmpuint (seen.details, ==, 0);
  g_assert_cmpuint (seen.expenses, ==, 0);
  server = tr_test_list_server (f.client);
  rows = cached_rows (&f);
  g_assert_cmpuint (rows->len, ==, json_array_get_length (server));

  /* Counted since the pull started: the hydration it started may be
   * under way already. */
  g_assert_true (hydrate (&f, &error));
  g_assert_no_error (error);
  g_assert_false (tr_sync_get_hydrating (f.sync));
  for (guint i = 0; i < rows->len; i++)
    {
      TrStoreRequestRow *row = g_ptr_array_index (rows, i);

      active += is_active (row);
      g_assert_cmpint (is_current (&f, row->local_id), ==, is_active (row));
    }
  g_assert_cmpuint (active, >, 0);
  g_assert_cmpuint (active, <, rows->len);
  g_assert_cmpuint (calls.details, ==, active);
  g_assert_cmpuint (calls.expenses, ==, active);

  /* Nothing left to read: another round makes no call. */
  memset (&calls, 0, sizeof calls);
  g_assert_true (hydrate (&f, &error));
  g_assert_cmpuint (calls.details + calls.expenses, ==, 0);
  fixture_stop (&f);
}

static void
hydrating_cb (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  guint *changes = user_data;

  (*changes)++;
}

/* Cancelling stops the hydration: its waiters hear so, and the rest
 * waits for the next pull. */
static void
test_hydration_cancel (void)
{
  Fixture f = { 0 };
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  Calls seen;
  guint changes = 0;
  guint current = 0;

  fixture_start (&f);
  g_signal_connect (f.sync, "notify::hydrating", G_CALLBACK (hydrating_cb), &changes);
  pull_full (&f, &seen);
  /* The pull started it by itself; this call joins it. */
  g_assert_true (tr_sync_get_hydrating (f.sync));
  tr_sync_hydrate_async (f.sync, NULL, tr_test_store_result, &result);
  tr_sync_cancel_hydration (f.sync);
  g_assert_false (tr_sync_hydrate_finish (f.sync, tr_test_wait (&result), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (tr_sync_get_hydrating (f.sync));
  g_assert_cmpuint (changes, ==, 2);

  rows = cached_rows (&f);
  for (guint i = 0; i < rows->len; i++)
    current += is_current (&f, ((TrStoreRequestRow *) g_ptr_array_index (rows, i))->local_id);
  g_assert_cmpuint (current, ==, 0);
  fixture_stop (&f);
}

static gboolean
fetch_detail (Fixture  *f,
              gint64    local_id,
              gboolean *fetched)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  tr_sync_fetch_detail_async (f->sync, local_id, FALSE, NULL, tr_test_store_result, &result);
  ok = tr_sync_fetch_detail_finish (f->sync, tr_test_wait (&result), fetched, &error);
  g_assert_no_error (error);
  return ok;
}

/* Opening a request the hydration skips reads its detail once. */
static void
test_fetch_detail (void)
{
  Fixture f = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) expenses = NULL;
  g_autoptr(TrStoreRequestRow) before = NULL;
  g_autoptr(TrStoreRequestRow) after = NULL;
  g_autoptr(JsonArray) server_expenses = NULL;
  g_autoptr(GError) error = NULL;
  TrStoreRequestRow *closed;
  gboolean fetched = FALSE;
  Calls seen;

  fixture_start (&f);
  pull_full (&f, &seen);
  g_assert_true (hydrate (&f, &error));
  rows = cached_rows (&f);
  closed = find_row (rows, FALSE);
  before = tr_test_get_request (f.store, closed->local_id, NULL);
  g_assert_false (json_object_has_member (json_node_get_object (before->full), "lastModified"));
  g_assert_false (is_current (&f, closed->local_id));

  memset (&calls, 0, sizeof calls);
  g_assert_true (fetch_detail (&f, closed->local_id, &fetched));
  g_assert_true (fetched);
  g_assert_cmpuint (calls.details, ==, 1);
  g_assert_cmpuint (calls.expenses, ==, 1);
  g_assert_true (is_current (&f, closed->local_id));
  after = tr_test_get_request (f.store, closed->local_id, &expenses);
  g_assert_true (json_object_has_member (json_node_get_object (after->full), "lastModified"));
  server_expenses = tr_test_server_expenses (f.client, closed->server_id);
  g_assert_cmpuint (expenses->len, ==, json_array_get_length (server_expenses));

  /* Again: nothing to read, nothing changes. */
  memset (&calls, 0, sizeof calls);
  g_assert_true (fetch_detail (&f, closed->local_id, &fetched));
  g_assert_false (fetched);
  g_assert_cmpuint (calls.details + calls.expenses, ==, 0);
  fixture_stop (&f);
}

/* An incremental pull reads again the details of the changed requests
 * the store held in full (a change to an expected expense does not show
 * in a summary), batched, two GETs each. */
static void
test_incremental_refreshes_details (void)
{
  Fixture f = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) expenses = NULL;
  g_autoptr(TrClient) other = NULL;
  g_autoptr(JsonArray) server_expenses = NULL;
  g_autoptr(JsonNode) expense = NULL;
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  TrStoreRequestRow *target = NULL;
  Calls seen;

  fixture_start (&f);
  pull_full (&f, &seen);
  g_assert_true (hydrate (&f, &error));
  rows = cached_rows (&f);
  for (guint i = 0; i < rows->len && target == NULL; i++)
    {
      TrStoreRequestRow *row = g_ptr_array_index (rows, i);
      g_autoptr(JsonArray) listed = NULL;

      if (!is_active (row) || g_strcmp0 (row->status_code, "NOT_SUBMITTED") != 0)
        continue;
      listed = tr_test_server_expenses (f.client, row->server_id);
      if (json_array_get_length (listed) > 0)
        {
          target = row;
          server_expenses = g_steal_pointer (&listed);
        }
    }
  g_assert_nonnull (target);

  other = tr_test_sign_in (f.sandbox->base_url, TR_TEST_EMMA, &error);
  g_assert_no_error (error);
  tr_test_sleep (1100);
  expense = json_node_copy (json_array_get_element (server_expenses, 0));
  json_object_set_string_member (json_node_get_object (expense), "businessPurpose", "Changed on the server");
  path = g_strdup_printf ("expenses/%s",
                          json_object_get_string_member (json_node_get_object (expense), "id"));
  text = json_to_string (expense, FALSE);
  answer = tr_test_call (other, "PUT", path, text, &error);
  g_assert_no_error (error);

  memset (&calls, 0, sizeof calls);
  tr_sync_run_async (f.sync, NULL, tr_test_store_result, &result);
  g_assert_true (tr_sync_run_finish (f.sync, tr_test_wait (&result), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (calls.lists, ==, 1);
  g_assert_cmpuint (calls.details, >=, 1);
  g_assert_cmpuint (calls.details, ==, calls.expenses);
  g_assert_cmpuint (calls.details, <=, 10);
  {
    g_autoptr(TrStoreRequestRow) row = tr_test_get_request (f.store, target->local_id, &expenses);
    gboolean found = FALSE;

    for (guint i = 0; i < expenses->len; i++)
      {
        TrStoreExpenseRow *cached = g_ptr_array_index (expenses, i);
        const char *purpose = json_object_get_string_member_with_default (json_node_get_object (cached->full),
                                                                          "businessPurpose", NULL);

        found |= g_strcmp0 (purpose, "Changed on the server") == 0;
      }
    g_assert_true (found);
    g_assert_true (is_current (&f, target->local_id));
  }
  fixture_stop (&f);
}

/* Several pages: all planned from the first one's links, all stored. */
static void
test_full_pull_pages (void)
{
  Fixture f = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Calls seen;

  fixture_start_seed (&f, "empty");
  for (guint i = 0; i < 230; i++)
    {
      g_autofree char *body = g_strdup_printf ("{\"name\":\"Trip %u\",\"businessPurpose\":\"p\","
                                               "\"startDate\":\"2026-03-%02u\",\"endDate\":\"2026-03-28\"}",
                                               i, 1 + i % 27);
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) made = tr_test_call (f.client, "POST", "requests", body, &error);

      g_assert_no_error (error);
    }
  pull_full (&f, &seen);
  g_assert_cmpuint (seen.lists, ==, 3);
  g_assert_cmpuint (seen.details, ==, 0);
  g_assert_cmpfloat (tr_sync_get_progress (f.sync), ==, 1.0);
  rows = cached_rows (&f);
  g_assert_cmpuint (rows->len, ==, 230);
  for (guint i = 0; i < rows->len; i++)
    g_hash_table_add (names, g_strdup (((TrStoreRequestRow *) g_ptr_array_index (rows, i))->name));
  g_assert_cmpuint (g_hash_table_size (names), ==, 230);
  fixture_stop (&f);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  sandbox_exe = argc >= 2 ? argv[1] : NULL;
  if (sandbox_exe == NULL)
    {
      g_printerr ("usage: %s PATH-TO-TR-SANDBOX\n", argv[0]);
      return 2;
    }
  g_setenv ("TR_DEBUG", "http", TRUE);
  g_log_set_handler ("Tr-http", G_LOG_LEVEL_MESSAGE, count_call, NULL);

  g_test_add_func ("/sync/lazy/full-pull-from-pages", test_full_pull_from_pages);
  g_test_add_func ("/sync/lazy/full-pull-pages", test_full_pull_pages);
  g_test_add_func ("/sync/lazy/hydration-cancel", test_hydration_cancel);
  g_test_add_func ("/sync/lazy/fetch-detail", test_fetch_detail);
  g_test_add_func ("/sync/lazy/incremental-refreshes-details", test_incremental_refreshes_details);

  return g_test_run ();
}
