/* test-sync-expenses.c
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

#include "tr-sync-test-util.h"

/* Expected expenses deleted on the server, against a real tr-sandbox (its
 * path is the first argument): re-reading the request's detail removes a
 * synced one from the cache; one the user edited here is kept, and its
 * refused update marks it failed with the reason, the edit intact. */

static const char *sandbox_exe;

typedef struct
{
  TrTestSandbox *sandbox;
  char          *dir;
  TrClient      *client;
  TrClient      *other;
  TrStore       *store;
  TrSync        *sync;
  gint64         request_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->sandbox = tr_test_sandbox_start (sandbox_exe, "empty", NULL);
  f->dir = tr_test_make_dir ();
  path = g_build_filename (f->dir, "store.db", NULL);
  f->client = tr_test_sign_in (f->sandbox->base_url, TR_TEST_EMMA, &error);
  g_assert_no_error (error);
  /* The same user elsewhere: the server-side deletions. */
  f->other = tr_test_sign_in (f->sandbox->base_url, TR_TEST_EMMA, &error);
  g_assert_no_error (error);
  f->store = tr_test_open_store (path, &error);
  g_assert_no_error (error);
  f->sync = tr_sync_new (f->client, f->store, NULL);
  tr_sync_set_interval (f->sync, 0);
  tr_sync_set_retry_delay (f->sync, 60000);
  tr_sync_set_push_on_change (f->sync, FALSE);
  f->request_id = tr_test_create_request (f->store, "Lyon workshop", "Kick-off");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->sync);
  g_clear_object (&f->client);
  g_clear_object (&f->other);
  g_clear_object (&f->store);
  tr_test_remove_dir (f->dir);
  g_free (f->dir);
  tr_test_sandbox_free (f->sandbox);
}

static TrStoreExpenseRow *
cached_expense (Fixture *f,
                gint64   local_id)
{
  g_autoptr(GPtrArray) expenses = NULL;
  g_autoptr(TrStoreRequestRow) row = tr_test_get_request (f->store, f->request_id, &expenses);

  for (guint i = 0; i < expenses->len; i++)
    {
      TrStoreExpenseRow *expense = g_ptr_array_index (expenses, i);

      if (expense->local_id == local_id)
        return tr_store_expense_row_ref (expense);
    }
  return NULL;
}

static void
delete_on_server (Fixture    *f,
                  const char *server_id)
{
  g_autofree char *path = g_strdup_printf ("expenses/%s", server_id);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = tr_test_call (f->other, "DELETE", path, NULL, &error);

  g_assert_no_error (error);
}

/* Re-reads the request's detail and its expenses, as opening it does
 * (forced: even if the cache holds the current one). */
static void
fetch_detail (Fixture *f)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gboolean fetched = FALSE;

  tr_sync_fetch_detail_async (f->sync, f->request_id, TRUE, NULL, tr_test_store_result, &result);
  g_assert_true (tr_sync_fetch_detail_finish (f->sync, tr_test_wait (&result), &fetched, &error));
  g_assert_no_error (error);
  g_assert_true (fetched);
}

static char *
server_request_id (Fixture *f)
{
  g_autoptr(TrStoreRequestRow) row = tr_test_get_request (f->store, f->request_id, NULL);

  g_assert_nonnull (row->server_id);
  return g_strdup (row->server_id);
}

static void
test_deleted_on_server (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(TrStoreExpenseRow) taxi = NULL;
  g_autoptr(TrStoreExpenseRow) hotel = NULL;
  g_autoptr(JsonArray) on_server = NULL;
  g_autofree char *request = NULL;
  gint64 taxi_id = tr_test_create_expense (f->store, f->request_id, "TAXIX", "30.00");
  gint64 hotel_id = tr_test_create_expense (f->store, f->request_id, "LODNG", "120.00");

  g_assert_true (tr_test_run_until_done (f->sync, 3, NULL));
  taxi = cached_expense (f, taxi_id);
  g_assert_nonnull (taxi);
  g_assert_nonnull (taxi->server_id);
  g_assert_cmpint (taxi->sync_state, ==, TR_STORE_SYNC_STATE_SYNCED);

  delete_on_server (f, taxi->server_id);
  request = server_request_id (f);
  on_server = tr_test_server_expenses (f->client, request);
  g_assert_cmpuint (json_array_get_length (on_server), ==, 1);

  /* The next run reads again the detail of a request held in full. */
  g_assert_true (tr_test_run_until_done (f->sync, 2, NULL));
  g_clear_pointer (&taxi, tr_store_expense_row_unref);
  g_assert_null (cached_expense (f, taxi_id));
  hotel = cached_expense (f, hotel_id);
  g_assert_nonnull (hotel);
  g_assert_cmpint (hotel->sync_state, ==, TR_STORE_SYNC_STATE_SYNCED);
  g_assert_cmpint (tr_test_outbox_count (f->store), ==, 0);

  /* Nothing is sent back for it, and reading it again changes nothing. */
  g_assert_true (tr_test_run_until_done (f->sync, 2, NULL));
  fetch_detail (f);
  g_assert_null (cached_expense (f, taxi_id));
  g_clear_pointer (&on_server, json_array_unref);
  on_server = tr_test_server_expenses (f->client, request);
  g_assert_cmpuint (json_array_get_length (on_server), ==, 1);
}

static const char *
purpose_of (TrStoreExpenseRow *row)
{
  return json_object_get_string_member_with_default (json_node_get_object (row->full), "businessPurpose", NULL);
}

static void
test_edited_here_deleted_there (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(TrStoreExpenseRow) taxi = NULL;
  g_autoptr(GError) error = NULL;
  gint64 taxi_id = tr_test_create_expense (f->store, f->request_id, "TAXIX", "30.00");

  g_assert_true (tr_test_run_until_done (f->sync, 3, NULL));
  taxi = cached_expense (f, taxi_id);
  delete_on_server (f, taxi->server_id);
  tr_test_edit_expense (f->store, f->request_id, taxi_id, "businessPurpose", "Airport, edited here");

  /* Read before the edit is sent: the edit stays, still queued. */
  fetch_detail (f);
  g_clear_pointer (&taxi, tr_store_expense_row_unref);
  taxi = cached_expense (f, taxi_id);
  g_assert_nonnull (taxi);
  g_assert_cmpint (taxi->sync_state, ==, TR_STORE_SYNC_STATE_PENDING);
  g_assert_cmpstr (purpose_of (taxi), ==, "Airport, edited here");
  g_assert_cmpint (tr_test_outbox_count (f->store), ==, 1);

  /* Sent: refused, the expense is marked failed with the reason. */
  tr_test_run_until_done (f->sync, 1, NULL);
  fetch_detail (f);
  g_clear_pointer (&taxi, tr_store_expense_row_unref);
  taxi = cached_expense (f, taxi_id);
  g_assert_nonnull (taxi);
  g_assert_cmpint (taxi->sync_state, ==, TR_STORE_SYNC_STATE_FAILED);
  g_assert_nonnull (taxi->last_error);
  g_assert_nonnull (strstr (taxi->last_error, "deleted on the server"));
  g_assert_cmpstr (purpose_of (taxi), ==, "Airport, edited here");
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
  g_test_add ("/sync/expenses/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("deleted-on-server", test_deleted_on_server);
  ADD ("edited-here-deleted-there", test_edited_here_deleted_there);
#undef ADD

  return g_test_run ();
}
