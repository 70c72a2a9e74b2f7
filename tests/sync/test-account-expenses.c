/* test-account-expenses.c
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

#include <sqlite3.h>

#include "tr-account.h"
#include "tr-expense.h"
#include "tr-request.h"
#include "tr-sync-test-util.h"

/* Saving the editor's expected expenses into the offline cache
 * (tr-account-save.c), then syncing with a real tr-sandbox (its path is
 * the first argument): an expense added offline and removed before it was
 * sent is deleted with its queued create and never reaches the server;
 * saving again an unchanged one the server has not seen yet does not
 * duplicate it. */

static const char *sandbox_exe;

typedef struct
{
  TrTestSandbox *sandbox;
  char          *dir;
  TrClient      *client;
  TrAccount     *account;
  TrStore       *store;
  TrSync        *sync;
  gint64         request_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *path = NULL;

  f->sandbox = tr_test_sandbox_start (sandbox_exe, "empty", NULL);
  f->dir = tr_test_make_dir ();
  path = g_build_filename (f->dir, "store.db", NULL);
  f->client = tr_test_sign_in (f->sandbox->base_url, TR_TEST_EMMA, &error);
  g_assert_no_error (error);
  /* Its refreshes only list the cache; the test runs the sync engine. */
  f->account = tr_account_new_detached ("emma@test", "Emma");
  tr_account_open_cache_async (f->account, path, NULL, tr_test_store_result, &result);
  g_assert_true (tr_account_open_cache_finish (f->account, tr_test_wait (&result), &error));
  g_assert_no_error (error);
  f->store = g_object_ref (tr_account_get_store (f->account));
  f->sync = tr_sync_new (f->client, f->store, NULL);
  tr_sync_set_interval (f->sync, 0);
  tr_sync_set_retry_delay (f->sync, 60000);
  tr_sync_set_push_on_change (f->sync, FALSE);
  f->request_id = tr_test_create_request (f->store, "Lyon workshop", "Kick-off");
  g_assert_true (tr_test_run_until_done (f->sync, 3, NULL));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->sync);
  g_clear_object (&f->client);
  g_clear_object (&f->store);
  g_clear_object (&f->account);
  tr_test_remove_dir (f->dir);
  g_free (f->dir);
  tr_test_sandbox_free (f->sandbox);
}

static TrExpense *
new_expense (const char *type,
             const char *amount)
{
  g_autofree char *text = g_strdup_printf ("{\"expenseType\":{\"id\":\"%s\"},"
                                           "\"transactionDate\":\"2026-03-02T00:00:00.000Z\","
                                           "\"transactionAmount\":{\"value\":%s,\"currency\":\"USD\"}}",
                                           type, amount);
  g_autoptr(JsonNode) node = json_from_string (text, NULL);
  g_autoptr(GError) error = NULL;
  TrExpense *expense = tr_expense_new_from_json (node, &error);

  g_assert_no_error (error);
  return expense;
}

/* What the editor shows: the cached expenses (not deleted), as
 * the request page reads them. */
static GListStore *
cached_expenses (Fixture    *f,
                 TrRequest **request)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(TrStoreRequestRow) row = tr_test_get_request (f->store, f->request_id, &rows);
  g_autoptr(GError) error = NULL;
  GListStore *expenses = g_list_store_new (TR_TYPE_EXPENSE);

  *request = tr_request_new_from_json (row->full, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    {
      TrStoreExpenseRow *expense_row = g_ptr_array_index (rows, i);
      g_autoptr(TrExpense) expense = NULL;

      if (expense_row->deleted)
        continue;
      expense = tr_expense_new_from_json (expense_row->full, &error);
      g_assert_no_error (error);
      g_list_store_append (expenses, expense);
    }
  return expenses;
}

static void
save (Fixture    *f,
      TrRequest  *request,
      GListStore *expenses)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  tr_account_save_request_with_expenses_async (f->account, request, f->request_id, G_LIST_MODEL (expenses),
                                               NULL, tr_test_store_result, &result);
  g_assert_true (tr_account_save_request_finish (f->account, tr_test_wait (&result), &error));
  g_assert_no_error (error);
  /* The refresh the save starts (it lists the cache) ends. */
  while (tr_account_get_syncing (f->account))
    g_main_context_iteration (NULL, TRUE);
}

static guint
n_cached (Fixture  *f,
          gboolean  with_server_id)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(TrStoreRequestRow) row = tr_test_get_request (f->store, f->request_id, &rows);
  guint n = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      TrStoreExpenseRow *expense = g_ptr_array_index (rows, i);

      if (!expense->deleted && (expense->server_id != NULL) == with_server_id)
        n++;
    }
  return n;
}

/* The expense creates waiting in the outbox (the save of the request
 * queues its own update too). */
static gint64
n_creates_queued (Fixture *f)
{
  g_autofree char *path = tr_account_dup_cache_path (f->account);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 count;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM outbox WHERE entity_kind = 1 AND kind = 0",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return count;
}

static guint
n_on_server (Fixture *f)
{
  g_autoptr(TrStoreRequestRow) row = tr_test_get_request (f->store, f->request_id, NULL);
  g_autoptr(JsonArray) expenses = tr_test_server_expenses (f->client, row->server_id);

  return json_array_get_length (expenses);
}

static void
test_removed_before_sent (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(TrRequest) request = NULL;
  g_autoptr(GListStore) expenses = NULL;
  g_autoptr(TrExpense) taxi = new_expense ("TAXIX", "30.00");

  /* Offline, a new expense is added: cached, its create queued. */
  expenses = cached_expenses (f, &request);
  g_list_store_append (expenses, taxi);
  save (f, request, expenses);
  g_assert_cmpuint (n_cached (f, FALSE), ==, 1);
  g_assert_cmpint (n_creates_queued (f), ==, 1);

  /* Opened and saved again unchanged: still one, one create. */
  g_clear_object (&request);
  g_clear_object (&expenses);
  expenses = cached_expenses (f, &request);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (expenses)), ==, 1);
  save (f, request, expenses);
  g_assert_cmpuint (n_cached (f, FALSE), ==, 1);
  g_assert_cmpint (n_creates_queued (f), ==, 1);

  /* Removed in the editor: gone, with its queued create. */
  g_list_store_remove_all (expenses);
  save (f, request, expenses);
  g_assert_cmpuint (n_cached (f, FALSE), ==, 0);
  g_assert_cmpint (n_creates_queued (f), ==, 0);

  /* Back online: the server never sees it. */
  g_assert_true (tr_test_run_until_done (f->sync, 2, NULL));
  g_assert_cmpuint (n_on_server (f), ==, 0);
}

static const char *
type_of (JsonNode *expense)
{
  JsonObject *type = json_object_get_object_member (json_node_get_object (expense), "expenseType");

  return json_object_get_string_member (type, "id");
}

/* In the editor: the taxi removed, the dinner edited (the expense editor
 * replaces the item with the edited copy). */
static void
remove_taxi_edit_dinner (GListStore *expenses)
{
  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (expenses)); i > 0; i--)
    {
      g_autoptr(TrExpense) expense = g_list_model_get_item (G_LIST_MODEL (expenses), i - 1);
      g_autoptr(JsonNode) json = tr_expense_to_json (expense, TR_JSON_PURPOSE_FULL);
      g_autoptr(TrExpense) edited = NULL;
      g_autoptr(GError) error = NULL;

      if (g_str_equal (type_of (json), "TAXIX"))
        g_list_store_remove (expenses, i - 1);
      if (!g_str_equal (type_of (json), "DINNR"))
        continue;
      json_object_set_string_member (json_node_get_object (json), "businessPurpose", "Team dinner");
      edited = tr_expense_new_from_json (json, &error);
      g_assert_no_error (error);
      g_list_store_splice (expenses, i - 1, 1, (gpointer *) &edited, 1);
    }
}

static gboolean
server_has_purpose (Fixture    *f,
                    const char *purpose)
{
  g_autoptr(TrStoreRequestRow) row = tr_test_get_request (f->store, f->request_id, NULL);
  g_autoptr(JsonArray) on_server = tr_test_server_expenses (f->client, row->server_id);

  for (guint i = 0; i < json_array_get_length (on_server); i++)
    {
      JsonObject *expense = json_array_get_object_element (on_server, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (expense, "businessPurpose", NULL), purpose) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Next to a synced expense and another new one, only the removed new
 * one goes; one edited before it was sent is sent as edited, once. */
static void
test_removed_among_others (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(TrRequest) request = NULL;
  g_autoptr(GListStore) expenses = NULL;
  g_autoptr(TrExpense) hotel = new_expense ("LODNG", "120.00");
  g_autoptr(TrExpense) taxi = new_expense ("TAXIX", "30.00");
  g_autoptr(TrExpense) dinner = new_expense ("DINNR", "45.00");

  expenses = cached_expenses (f, &request);
  g_list_store_append (expenses, hotel);
  save (f, request, expenses);
  g_assert_true (tr_test_run_until_done (f->sync, 3, NULL));
  g_assert_cmpuint (n_cached (f, TRUE), ==, 1);

  g_clear_object (&request);
  g_clear_object (&expenses);
  expenses = cached_expenses (f, &request);
  g_list_store_append (expenses, taxi);
  g_list_store_append (expenses, dinner);
  save (f, request, expenses);
  g_assert_cmpuint (n_cached (f, FALSE), ==, 2);
  g_assert_cmpint (n_creates_queued (f), ==, 2);

  g_clear_object (&request);
  g_clear_object (&expenses);
  expenses = cached_expenses (f, &request);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (expenses)), ==, 3);
  remove_taxi_edit_dinner (expenses);
  save (f, request, expenses);
  g_assert_cmpuint (n_cached (f, TRUE), ==, 1);
  g_assert_cmpuint (n_cached (f, FALSE), ==, 1);
  g_assert_cmpint (n_creates_queued (f), ==, 1);

  g_assert_true (tr_test_run_until_done (f->sync, 3, NULL));
  g_assert_cmpuint (n_on_server (f), ==, 2);
  g_assert_true (server_has_purpose (f, "Team dinner"));
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

#define ADD(path, func) \
  g_test_add ("/sync/account-expenses/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("removed-before-sent", test_removed_before_sent);
  ADD ("removed-among-others", test_removed_among_others);
#undef ADD

  return g_test_run ();
}
