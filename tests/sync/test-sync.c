/* test-sync.c
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

/* TrSync against a real tr-sandbox (its path is the first argument). */

static const char *sandbox_exe;

typedef struct
{
  TrTestSandbox *sandbox;
  char          *dir;
  TrClient      *client;
  TrStore       *store;
  TrSync        *sync;
} Fixture;

static void
fixture_start (Fixture    *f,
               const char *seed,
               const char *faults)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->sandbox = tr_test_sandbox_start (sandbox_exe, seed, faults);
  f->dir = tr_test_make_dir ();
  path = g_build_filename (f->dir, "store.db", NULL);
  f->client = tr_test_sign_in (f->sandbox->base_url, TR_TEST_EMMA, &error);
  g_assert_no_error (error);
  f->store = tr_test_open_store (path, &error);
  g_assert_no_error (error);
  f->sync = tr_sync_new (f->client, f->store, NULL);
  tr_sync_set_interval (f->sync, 0);
  tr_sync_set_retry_delay (f->sync, 60000);
  tr_sync_set_push_on_change (f->sync, FALSE);
}

static void
fixture_stop (Fixture *f)
{
  g_clear_object (&f->sync);
  g_clear_object (&f->client);
  g_clear_object (&f->store);
  tr_test_remove_dir (f->dir);
  g_free (f->dir);
  tr_test_sandbox_free (f->sandbox);
}

/* A second session of the same user, for changes made "elsewhere", or a
 * fresh one to check the server after the faults were turned off. */
static TrClient *
other_client (Fixture    *f,
              const char *login)
{
  g_autoptr(GError) error = NULL;
  TrClient *client = tr_test_sign_in (f->sandbox->base_url, login, &error);

  g_assert_no_error (error);
  return client;
}

static gboolean
run_once (Fixture  *f,
          GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_sync_run_async (f->sync, NULL, tr_test_store_result, &result);
  return tr_sync_run_finish (f->sync, tr_test_wait (&result), error);
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
        {
          found = item;
          (*count)++;
        }
    }
  return found;
}

static JsonObject *
server_request (TrClient   *client,
                const char *id,
                JsonNode  **keep)
{
  g_autofree char *path = g_strdup_printf ("requests/%s", id);
  g_autoptr(GError) error = NULL;

  *keep = tr_test_call (client, "GET", path, NULL, &error);
  g_assert_no_error (error);
  return json_node_get_object (*keep);
}

static const char *
status_of (JsonObject *request)
{
  return json_object_get_string_member (json_object_get_object_member (request, "approvalStatus"), "code");
}

static void
test_offline_then_online (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(TrStoreRequestRow) before = NULL;
  g_autoptr(TrStoreRequestRow) after = NULL;
  g_autoptr(TrClient) checker = NULL;
  g_autoptr(JsonArray) items = NULL;
  g_autoptr(JsonArray) expenses = NULL;
  JsonObject *request;
  gint64 id;
  guint count;

  fixture_start (&f, "empty", NULL);
  id = tr_test_create_request (f.store, "Offline trip", "Written on a plane");
  tr_test_create_expense (f.store, id, "TAXIX", "12.50");
  tr_test_queue_action (f.store, id, "submit");
  before = tr_test_get_request (f.store, id, NULL);
  g_assert_cmpint (before->sync_state, ==, TR_STORE_SYNC_STATE_LOCAL_ONLY);
  g_assert_cmpstr (before->pending_action, ==, "submit");

  /* The server is gone: the run stops, nothing is lost. */
  tr_test_sandbox_stop (f.sandbox);
  g_assert_false (run_once (&f, &error));
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_NETWORK);
  g_clear_error (&error);
  g_assert_cmpint (tr_sync_get_state (f.sync), ==, TR_SYNC_STATE_OFFLINE);
  g_assert_false (tr_sync_get_online (f.sync));
  g_assert_cmpint (tr_test_outbox_count (f.store), ==, 3);

  /* Back online: the network monitor's news starts a run by itself, and
   * the outbox is replayed in order. */
  tr_test_sandbox_restart (f.sandbox, NULL);
  g_signal_emit_by_name (g_network_monitor_get_default (), "network-changed", TRUE);
  for (guint i = 0; i < 500 && tr_sync_get_state (f.sync) != TR_SYNC_STATE_IDLE; i++)
    tr_test_sleep (10);
  g_assert_cmpint (tr_sync_get_state (f.sync), ==, TR_SYNC_STATE_IDLE);
  g_assert_cmpint (tr_test_outbox_count (f.store), ==, 0);
  g_assert_true (tr_sync_get_online (f.sync));

  after = tr_test_get_request (f.store, id, NULL);
  g_assert_nonnull (after->server_id);
  g_assert_cmpint (after->sync_state, ==, TR_STORE_SYNC_STATE_SYNCED);
  g_assert_null (after->pending_action);
  checker = other_client (&f, TR_TEST_EMMA);
  items = tr_test_list_server (checker);
  request = find_named (items, "Offline trip", &count);
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpstr (json_object_get_string_member (request, "id"), ==, after->server_id);
  g_assert_cmpstr (status_of (request), ==, "SUBMITTED");
  expenses = tr_test_server_expenses (checker, after->server_id);
  g_assert_cmpuint (json_array_get_length (expenses), ==, 1);
  fixture_stop (&f);
}

/* Creates that may be lost, then checks each exists exactly once. */
static void
check_exactly_once (Fixture *f,
                    guint    n)
{
  g_autoptr(TrClient) checker = NULL;
  g_autoptr(JsonArray) items = NULL;

  tr_test_sandbox_restart (f->sandbox, NULL);
  checker = other_client (f, TR_TEST_EMMA);
  items = tr_test_list_server (checker);
  g_assert_cmpuint (json_array_get_length (items), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Trip %u", i);
      g_autoptr(JsonArray) expenses = NULL;
      JsonObject *request;
      guint count;

      request = find_named (items, name, &count);
      g_assert_cmpuint (count, ==, 1);
      expenses = tr_test_server_expenses (checker, json_object_get_string_member (request, "id"));
      g_assert_cmpuint (json_array_get_length (expenses), ==, 1);
    }
}

static void
create_trips (Fixture *f,
              guint    n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Trip %u", i);
      g_autofree char *amount = g_strdup_printf ("%u.25", 10 + i);
      gint64 id = tr_test_create_request (f->store, name, "Customer visit");

      tr_test_create_expense (f->store, id, "TAXIX", amount);
    }
}

static void
test_lost_responses (void)
{
  Fixture f = { 0 };
  guint runs = 0;

  fixture_start (&f, "empty", "lost:0.3");
  create_trips (&f, 10);
  g_assert_true (tr_test_run_until_done (f.sync, 300, &runs));
  g_test_message ("%u runs to replay 20 creates with lost responses", runs);
  g_assert_cmpuint (runs, >, 1);
  check_exactly_once (&f, 10);
  fixture_stop (&f);
}

/* Edits, a delete and a submit replayed while the server fails now and
 * then with @faults; the server ends exactly as intended. */
static void
check_transient_faults (const char *faults)
{
  Fixture f = { 0 };
  g_autoptr(TrClient) checker = NULL;
  g_autoptr(JsonArray) items = NULL;
  g_autoptr(TrStoreRequestRow) edited = NULL;
  g_autoptr(TrStoreRequestRow) submitted = NULL;
  g_autoptr(JsonNode) keep = NULL;
  JsonObject *request;
  guint count;

  fixture_start (&f, "empty", faults);
  create_trips (&f, 4);
  g_assert_true (tr_test_run_until_done (f.sync, 300, NULL));
  /* Local ids follow creation: requests 1..4. */
  tr_test_edit_request (f.store, 1, "businessPurpose", "Edited under faults");
  tr_test_delete_request (f.store, 2);
  tr_test_queue_action (f.store, 3, "submit");
  g_assert_true (tr_test_run_until_done (f.sync, 300, NULL));

  edited = tr_test_get_request (f.store, 1, NULL);
  submitted = tr_test_get_request (f.store, 3, NULL);
  tr_test_sandbox_restart (f.sandbox, NULL);
  checker = other_client (&f, TR_TEST_EMMA);
  items = tr_test_list_server (checker);
  g_assert_cmpuint (json_array_get_length (items), ==, 3);
  find_named (items, "Trip 1", &count);
  g_assert_cmpuint (count, ==, 0);
  request = server_request (checker, edited->server_id, &keep);
  g_assert_cmpstr (json_object_get_string_member (request, "businessPurpose"), ==, "Edited under faults");
  g_clear_pointer (&keep, json_node_unref);
  request = server_request (checker, submitted->server_id, &keep);
  g_assert_cmpstr (status_of (request), ==, "SUBMITTED");
  fixture_stop (&f);
}

static void
test_server_errors_retried (void)
{
  check_transient_faults ("500:0.2,503:0.15,429:0.1");
}

/* The syncing process of test_resets_retried(). */
static void
resets_child (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrClient) client = tr_test_sign_in (g_getenv ("TR_SYNC_TEST_URL"), TR_TEST_EMMA, &error);
  g_autoptr(TrStore) store = NULL;
  g_autoptr(TrSync) sync = NULL;

  g_assert_no_error (error);
  store = tr_test_open_store (g_getenv ("TR_SYNC_TEST_STORE"), &error);
  g_assert_no_error (error);
  sync = tr_sync_new (client, store, NULL);
  tr_sync_set_push_on_change (sync, FALSE);
  g_assert_true (tr_test_run_until_done (sync, 300, NULL));
}

/* Connection resets. libsoup 3.2 sometimes crashes when the server resets
 * a kept-alive connection (see the sync work's report), so the syncing
 * runs in a child process; a crash is then one more process death, which
 * the outbox survives by design (the kill soak proves it). */
static void
test_resets_retried (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  Fixture f = { 0 };
  gboolean passed = FALSE;

  if (g_test_subprocess ())
    return resets_child ();
  f.sandbox = tr_test_sandbox_start (sandbox_exe, "empty", "reset:0.3");
  f.dir = tr_test_make_dir ();
  path = g_build_filename (f.dir, "store.db", NULL);
  f.store = tr_test_open_store (path, &error);
  g_assert_no_error (error);
  create_trips (&f, 6);
  g_clear_object (&f.store);
  g_setenv ("TR_SYNC_TEST_URL", f.sandbox->base_url, TRUE);
  g_setenv ("TR_SYNC_TEST_STORE", path, TRUE);
  for (guint i = 0; i < 10 && !passed; i++)
    {
      g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
      passed = g_test_trap_has_passed ();
    }
  g_assert_true (passed);
  check_exactly_once (&f, 6);
  fixture_stop (&f);
}

static gint64
synced_request (Fixture    *f,
                const char *name)
{
  gint64 id = tr_test_create_request (f->store, name, "Original purpose");

  g_assert_true (tr_test_run_until_done (f->sync, 3, NULL));
  return id;
}

static void
edit_on_server (TrClient   *client,
                const char *id,
                const char *body)
{
  g_autofree char *path = g_strdup_printf ("requests/%s", id);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = tr_test_call (client, "PUT", path, body, &error);

  g_assert_no_error (error);
}

static void
test_one_side_edits_merge (void)
{
  Fixture f = { 0 };
  g_autoptr(TrClient) other = NULL;
  g_autoptr(TrStoreRequestRow) row = NULL;
  g_autoptr(JsonNode) keep = NULL;
  JsonObject *request;
  gint64 id;

  fixture_start (&f, "empty", NULL);
  id = synced_request (&f, "Merge me");
  row = tr_test_get_request (f.store, id, NULL);
  other = other_client (&f, TR_TEST_EMMA);
  tr_test_sleep (1100);  /* lastModified has a resolution of a second */
  edit_on_server (other, row->server_id, "{\"endDate\":\"2026-03-09\"}");
  tr_test_edit_request (f.store, id, "businessPurpose", "Local purpose");

  g_assert_true (tr_test_run_until_done (f.sync, 3, NULL));
  request = server_request (other, row->server_id, &keep);
  g_assert_cmpstr (json_object_get_string_member (request, "businessPurpose"), ==, "Local purpose");
  g_assert_cmpstr (json_object_get_string_member (request, "endDate"), ==, "2026-03-09");
  g_clear_pointer (&row, tr_store_request_row_unref);
  row = tr_test_get_request (f.store, id, NULL);
  g_assert_cmpint (row->sync_state, ==, TR_STORE_SYNC_STATE_SYNCED);
  g_assert_cmpstr (row->end_date, ==, "2026-03-09");
  g_assert_cmpstr (row->business_purpose, ==, "Local purpose");
  fixture_stop (&f);
}

static JsonNode *
conflicts_of (Fixture *f,
              gint64   id)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  JsonNode *conflicts;

  tr_sync_get_conflicts_async (f->sync, TR_STORE_ENTITY_REQUEST, id, NULL, tr_test_store_result, &result);
  conflicts = tr_sync_get_conflicts_finish (f->sync, tr_test_wait (&result), &error);
  g_assert_no_error (error);
  return conflicts;
}

static void
resolve (Fixture      *f,
         gint64        id,
         const char   *field,
         TrSyncChoice  choice)
{
  g_autoptr(GHashTable) choices = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_hash_table_insert (choices, (gpointer) field, GINT_TO_POINTER (choice));
  tr_sync_resolve_conflict_async (f->sync, TR_STORE_ENTITY_REQUEST, id, choices, NULL,
                                  tr_test_store_result, &result);
  g_assert_true (tr_sync_resolve_conflict_finish (f->sync, tr_test_wait (&result), &error));
  g_assert_no_error (error);
}

static void
test_both_sides_conflict (void)
{
  Fixture f = { 0 };
  g_autoptr(TrClient) other = NULL;
  g_autoptr(TrStoreRequestRow) row = NULL;
  g_autoptr(JsonNode) conflicts = NULL;
  g_autoptr(JsonNode) keep = NULL;
  JsonObject *request, *conflict;
  gint64 id;

  fixture_start (&f, "empty", NULL);
  id = synced_request (&f, "Disputed");
  row = tr_test_get_request (f.store, id, NULL);
  other = other_client (&f, TR_TEST_EMMA);
  tr_test_sleep (1100);
  edit_on_server (other, row->server_id, "{\"businessPurpose\":\"Server purpose\",\"endDate\":\"2026-03-09\"}");
  tr_test_edit_request (f.store, id, "businessPurpose", "Local purpose");
  tr_test_edit_request (f.store, id, "name", "Disputed, renamed");

  g_assert_true (tr_test_run_until_done (f.sync, 3, NULL) || tr_test_outbox_count (f.store) == 0);
  g_clear_pointer (&row, tr_store_request_row_unref);
  row = tr_test_get_request (f.store, id, NULL);
  g_assert_cmpint (row->sync_state, ==, TR_STORE_SYNC_STATE_CONFLICT);
  g_assert_nonnull (row->last_error);
  g_assert_cmpstr (row->business_purpose, ==, "Local purpose");
  g_assert_cmpstr (row->end_date, ==, "2026-03-09");

  /* Nothing was overwritten on the server. */
  request = server_request (other, row->server_id, &keep);
  g_assert_cmpstr (json_object_get_string_member (request, "businessPurpose"), ==, "Server purpose");
  g_assert_cmpstr (json_object_get_string_member (request, "name"), ==, "Disputed");

  conflicts = conflicts_of (&f, id);
  g_assert_cmpuint (json_object_get_size (json_node_get_object (conflicts)), ==, 1);
  conflict = json_object_get_object_member (json_node_get_object (conflicts), "businessPurpose");
  g_assert_cmpstr (json_object_get_string_member (conflict, "local"), ==, "Local purpose");
  g_assert_cmpstr (json_object_get_string_member (conflict, "remote"), ==, "Server purpose");

  resolve (&f, id, "businessPurpose", TR_SYNC_CHOICE_LOCAL);
  g_assert_true (tr_test_run_until_done (f.sync, 3, NULL));
  g_clear_pointer (&keep, json_node_unref);
  request = server_request (other, row->server_id, &keep);
  g_assert_cmpstr (json_object_get_string_member (request, "businessPurpose"), ==, "Local purpose");
  g_assert_cmpstr (json_object_get_string_member (request, "name"), ==, "Disputed, renamed");
  g_assert_cmpstr (json_object_get_string_member (request, "endDate"), ==, "2026-03-09");
  g_clear_pointer (&row, tr_store_request_row_unref);
  row = tr_test_get_request (f.store, id, NULL);
  g_assert_cmpint (row->sync_state, ==, TR_STORE_SYNC_STATE_SYNCED);
  fixture_stop (&f);
}

static void
test_server_delete_and_approval (void)
{
  Fixture f = { 0 };
  g_autoptr(TrClient) other = NULL;
  g_autoptr(TrStoreRequestRow) gone = NULL;
  g_autoptr(TrStoreRequestRow) locked = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *path = NULL;
  gint64 first, second;

  fixture_start (&f, "empty", NULL);
  first = tr_test_create_request (f.store, "Deleted elsewhere", "p");
  second = tr_test_create_request (f.store, "Submitted elsewhere", "p");
  g_assert_true (tr_test_run_until_done (f.sync, 3, NULL));
  gone = tr_test_get_request (f.store, first, NULL);
  locked = tr_test_get_request (f.store, second, NULL);
  other = other_client (&f, TR_TEST_EMMA);
  path = g_strdup_printf ("requests/%s", gone->server_id);
  node = tr_test_call (other, "DELETE", path, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&node, json_node_unref);
  g_free (path);
  path = g_strdup_printf ("requests/%s/submit", locked->server_id);
  node = tr_test_call (other, "POST", path, NULL, &error);
  g_assert_no_error (error);

  tr_test_edit_request (f.store, first, "businessPurpose", "Kept locally");
  tr_test_edit_request (f.store, second, "businessPurpose", "Kept locally too");
  g_assert_true (run_once (&f, &error));
  g_assert_no_error (error);

  g_clear_pointer (&gone, tr_store_request_row_unref);
  g_clear_pointer (&locked, tr_store_request_row_unref);
  gone = tr_test_get_request (f.store, first, NULL);
  locked = tr_test_get_request (f.store, second, NULL);
  g_assert_cmpint (gone->sync_state, ==, TR_STORE_SYNC_STATE_FAILED);
  g_assert_nonnull (strstr (gone->last_error, "deleted on the server"));
  g_assert_cmpstr (gone->business_purpose, ==, "Kept locally");
  g_assert_cmpint (locked->sync_state, ==, TR_STORE_SYNC_STATE_FAILED);
  g_assert_nonnull (strstr (locked->last_error, "no longer allows"));
  g_assert_cmpstr (locked->business_purpose, ==, "Kept locally too");

  /* The retry action sends it again; the server still refuses. */
  tr_sync_retry_async (f.sync, TR_STORE_ENTITY_REQUEST, second, NULL, tr_test_store_result, &result);
  g_assert_true (tr_sync_retry_finish (f.sync, tr_test_wait (&result), &error));
  g_assert_no_error (error);
  g_assert_true (run_once (&f, &error));
  g_clear_pointer (&locked, tr_store_request_row_unref);
  locked = tr_test_get_request (f.store, second, NULL);
  g_assert_cmpint (locked->sync_state, ==, TR_STORE_SYNC_STATE_FAILED);
  fixture_stop (&f);
}

static void
edit_expense_on_server (TrClient   *client,
                        const char *id,
                        const char *purpose)
{
  g_autofree char *path = g_strdup_printf ("expenses/%s", id);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) expense = tr_test_call (client, "GET", path, NULL, &error);
  g_autoptr(JsonNode) answer = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  json_object_set_string_member (json_node_get_object (expense), "businessPurpose", purpose);
  text = json_to_string (expense, FALSE);
  answer = tr_test_call (client, "PUT", path, text, &error);
  g_assert_no_error (error);
}

static TrStoreExpenseRow *
first_expense (Fixture *f,
               gint64   request_id)
{
  g_autoptr(GPtrArray) expenses = NULL;
  g_autoptr(TrStoreRequestRow) row = tr_test_get_request (f->store, request_id, &expenses);

  g_assert_cmpuint (expenses->len, ==, 1);
  return tr_store_expense_row_ref (g_ptr_array_index (expenses, 0));
}

static void
test_expense_conflict (void)
{
  Fixture f = { 0 };
  g_autoptr(TrClient) other = NULL;
  g_autoptr(TrStoreExpenseRow) expense = NULL;
  g_autoptr(GHashTable) choices = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *path = NULL;
  gint64 id, expense_id;

  fixture_start (&f, "empty", NULL);
  id = tr_test_create_request (f.store, "Taxi dispute", "p");
  expense_id = tr_test_create_expense (f.store, id, "TAXIX", "30.00");
  g_assert_true (tr_test_run_until_done (f.sync, 3, NULL));
  expense = first_expense (&f, id);
  other = other_client (&f, TR_TEST_EMMA);
  tr_test_sleep (1100);
  edit_expense_on_server (other, expense->server_id, "Airport, by the server");
  tr_test_edit_expense (f.store, id, expense_id, "businessPurpose", "Airport, edited here");
  g_assert_true (run_once (&f, &error));
  g_clear_pointer (&expense, tr_store_expense_row_unref);
  expense = first_expense (&f, id);
  g_assert_cmpint (expense->sync_state, ==, TR_STORE_SYNC_STATE_CONFLICT);

  g_hash_table_insert (choices, (gpointer) "businessPurpose", GINT_TO_POINTER (TR_SYNC_CHOICE_REMOTE));
  tr_sync_resolve_conflict_async (f.sync, TR_STORE_ENTITY_EXPENSE, expense_id, choices, NULL,
                                  tr_test_store_result, &result);
  g_assert_true (tr_sync_resolve_conflict_finish (f.sync, tr_test_wait (&result), &error));
  g_assert_no_error (error);
  g_assert_true (tr_test_run_until_done (f.sync, 3, NULL));
  g_clear_pointer (&expense, tr_store_expense_row_unref);
  expense = first_expense (&f, id);
  g_assert_cmpint (expense->sync_state, ==, TR_STORE_SYNC_STATE_SYNCED);
  path = g_strdup_printf ("expenses/%s", expense->server_id);
  node = tr_test_call (other, "GET", path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (node), "businessPurpose"),
                   ==, "Airport, by the server");
  fixture_stop (&f);
}

static void
test_push_on_change (void)
{
  Fixture f = { 0 };
  g_autoptr(TrStoreRequestRow) row = NULL;
  gint64 id;

  fixture_start (&f, "empty", NULL);
  tr_sync_set_push_on_change (f.sync, TRUE);
  id = tr_test_create_request (f.store, "Pushed by itself", "p");
  for (guint i = 0; i < 500 && tr_test_outbox_count (f.store) > 0; i++)
    tr_test_sleep (10);
  g_assert_cmpint (tr_test_outbox_count (f.store), ==, 0);
  row = tr_test_get_request (f.store, id, NULL);
  g_assert_nonnull (row->server_id);
  /* Let the run end before the engine goes away. */
  for (guint i = 0; i < 500 && tr_sync_get_state (f.sync) == TR_SYNC_STATE_SYNCING; i++)
    tr_test_sleep (10);
  fixture_stop (&f);
}

static void
progress_cb (GObject    *object,
             GParamSpec *pspec,
             gpointer    user_data)
{
  guint *notifications = user_data;

  (*notifications)++;
}

static void
test_full_and_incremental_pull (void)
{
  Fixture f = { 0 };
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(JsonArray) items = NULL;
  g_autoptr(TrClient) other = NULL;
  g_autoptr(GAsyncResult) listed = NULL;
  static const TrStoreQuery all = { 0 };
  TrStoreRequestRow *target = NULL;
  guint notifications = 0;

  fixture_start (&f, "demo", NULL);
  g_signal_connect (f.sync, "notify::progress", G_CALLBACK (progress_cb), &notifications);
  tr_sync_pull_full_async (f.sync, NULL, tr_test_store_result, &result);
  g_assert_true (tr_sync_pull_full_finish (f.sync, tr_test_wait (&result), &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (tr_sync_get_progress (f.sync), ==, 1.0);
  g_assert_cmpuint (notifications, >=, 2);

  items = tr_test_list_server (f.client);
  tr_store_list_requests_async (f.store, &all, NULL, tr_test_store_result, &listed);
  rows = tr_store_list_requests_finish (f.store, tr_test_wait (&listed), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, json_array_get_length (items));
  g_assert_cmpuint (rows->len, >, 0);

  /* A change made elsewhere arrives with the next (incremental) run. */
  for (guint i = 0; i < rows->len && target == NULL; i++)
    {
      TrStoreRequestRow *row = g_ptr_array_index (rows, i);

      if (g_strcmp0 (row->status_code, "NOT_SUBMITTED") == 0)
        target = row;
    }
  g_assert_nonnull (target);
  other = other_client (&f, TR_TEST_EMMA);
  edit_on_server (other, target->server_id, "{\"businessPurpose\":\"Changed elsewhere\"}");
  g_assert_true (run_once (&f, &error));
  {
    g_autoptr(TrStoreRequestRow) row = tr_test_get_request (f.store, target->local_id, NULL);

    g_assert_cmpstr (row->business_purpose, ==, "Changed elsewhere");
    g_assert_cmpint (row->sync_state, ==, TR_STORE_SYNC_STATE_SYNCED);
  }
  fixture_stop (&f);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* A trapped subprocess (test_resets_retried()) needs no sandbox path. */
  sandbox_exe = argc >= 2 ? argv[1] : NULL;
  if (sandbox_exe == NULL && !g_test_subprocess ())
    {
      g_printerr ("usage: %s PATH-TO-TR-SANDBOX\n", argv[0]);
      return 2;
    }

  g_test_add_func ("/sync/offline-then-online", test_offline_then_online);
  g_test_add_func ("/sync/lost-responses", test_lost_responses);
  g_test_add_func ("/sync/server-errors-retried", test_server_errors_retried);
  g_test_add_func ("/sync/resets-retried", test_resets_retried);
  g_test_add_func ("/sync/one-side-edits-merge", test_one_side_edits_merge);
  g_test_add_func ("/sync/both-sides-conflict", test_both_sides_conflict);
  g_test_add_func ("/sync/expense-conflict", test_expense_conflict);
  g_test_add_func ("/sync/push-on-change", test_push_on_change);
  g_test_add_func ("/sync/server-delete-and-approval", test_server_delete_and_approval);
  g_test_add_func ("/sync/full-and-incremental-pull", test_full_and_incremental_pull);

  return g_test_run ();
}
