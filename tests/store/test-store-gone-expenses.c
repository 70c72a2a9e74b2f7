/* test-store-gone-expenses.c
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

#include "tr-store-test-utils.h"

/* A detail read again (GET /requests/{id} and its expenses) removes the
 * cached expected expenses the server no longer lists, unless the user
 * changed them here or they are newer than the detail; and an expense
 * the server never saw, deleted here, leaves nothing to send. */

typedef struct
{
  char    *dir;
  char    *path;
  TrStore *store;
  gint64   request_id;
} Fixture;

#define DETAIL_TIME "2026-02-01T10:00:00Z"

static JsonNode *
request_json (const char *modified)
{
  g_autofree char *text = g_strdup_printf (
    "{\"id\":\"R1\",\"name\":\"Lyon\",\"businessPurpose\":\"Kick-off\","
    "\"approvalStatus\":{\"code\":\"NOT_SUBMITTED\",\"name\":\"NOT_SUBMITTED\"},"
    "\"closed\":false,\"startDate\":\"2026-03-01\",\"lastModified\":\"%s\"}", modified);

  return tr_store_test_parse (text);
}

static JsonNode *
expense_json (const char *id,
              const char *modified)
{
  g_autofree char *text = g_strdup_printf (
    "{%s%s%s\"expenseType\":{\"id\":\"TAXIX\",\"name\":\"Taxi\"},"
    "\"transactionDate\":\"2026-03-01\",\"transactionAmount\":{\"value\":30.5,\"currency\":\"EUR\"},"
    "\"businessPurpose\":\"Airport\"%s%s%s}",
    id ? "\"id\":\"" : "", id ? id : "", id ? "\"," : "",
    modified ? ",\"lastModifiedDate\":\"" : "", modified ? modified : "", modified ? "\"" : "");

  return tr_store_test_parse (text);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) request = request_json ("2026-02-01T08:00:00Z");

  f->dir = tr_store_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "store.db", NULL);
  f->store = tr_store_test_open (f->path, &error);
  g_assert_no_error (error);
  f->request_id = tr_store_test_upsert (f->store, request, &error);
  g_assert_no_error (error);
  g_assert_cmpint (f->request_id, >, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  tr_store_test_close (f->store);
  tr_store_test_rm_rf (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static gint64
upsert_expense (Fixture    *f,
                const char *id,
                const char *modified)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) expense = expense_json (id, modified);
  gint64 local_id = tr_store_test_upsert_expense (f->store, "R1", expense, &error);

  g_assert_no_error (error);
  g_assert_cmpint (local_id, >, 0);
  return local_id;
}

/* Stores the detail of R1 at DETAIL_TIME listing the expenses @ids
 * (NULL-terminated), or without an expense list when @ids is NULL. */
static void
store_detail (Fixture     *f,
              const char **ids)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) stored = NULL;
  JsonNode *details = json_node_new (JSON_NODE_ARRAY);
  JsonArray *entries = json_array_new ();
  JsonObject *entry = json_object_new ();

  json_object_set_member (entry, "request", request_json (DETAIL_TIME));
  if (ids != NULL)
    {
      JsonArray *expenses = json_array_new ();

      for (guint i = 0; ids[i] != NULL; i++)
        json_array_add_element (expenses, expense_json (ids[i], "2026-02-01T09:00:00Z"));
      json_object_set_array_member (entry, "expenses", expenses);
    }
  json_array_add_object_element (entries, entry);
  json_node_take_array (details, entries);
  tr_store_upsert_server_details_async (f->store, details, NULL, tr_store_test_capture, &result);
  stored = tr_store_upsert_server_details_finish (f->store, tr_store_test_wait (&result), &error);
  g_assert_no_error (error);
  /* Stored, not skipped as older than what is held. */
  g_assert_cmpint (g_array_index (stored, gint64, 0), ==, f->request_id);
}

static gint64
count_expense (Fixture *f,
               gint64   local_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM expenses WHERE local_id = %" G_GINT64_FORMAT,
                                          local_id);

  return tr_store_test_sql_int (f->path, sql);
}

static TrStoreExpenseRow *
get_expense (Fixture *f,
             gint64   local_id)
{
  g_autoptr(GPtrArray) expenses = NULL;
  g_autoptr(TrStoreRequestRow) row = NULL;
  g_autoptr(GError) error = NULL;

  row = tr_store_test_get (f->store, f->request_id, &expenses, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < expenses->len; i++)
    {
      TrStoreExpenseRow *expense = g_ptr_array_index (expenses, i);

      if (expense->local_id == local_id)
        return tr_store_expense_row_ref (expense);
    }
  return NULL;
}

static void
count_changed (TrStore *store,
               int      kind,
               gint64   local_id,
               GArray  *changed)
{
  if (kind == TR_STORE_ENTITY_EXPENSE)
    g_array_append_val (changed, local_id);
}

/* Synced expenses the server no longer lists go; the listed one stays
 * and the removal is announced. */
static void
test_removed (Fixture       *f,
              gconstpointer  data)
{
  const char *listed[] = { "E2", NULL };
  g_autoptr(GArray) changed = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 e1 = upsert_expense (f, "E1", "2026-02-01T09:00:00Z");
  gint64 e2 = upsert_expense (f, "E2", "2026-02-01T09:00:00Z");
  gint64 e3 = upsert_expense (f, "E3", "2026-02-01T09:30:00Z");
  gboolean seen = FALSE;

  g_signal_connect (f->store, "changed", G_CALLBACK (count_changed), changed);
  store_detail (f, listed);
  g_assert_cmpint (count_expense (f, e1), ==, 0);
  g_assert_cmpint (count_expense (f, e2), ==, 1);
  g_assert_cmpint (count_expense (f, e3), ==, 0);
  for (guint i = 0; i < changed->len; i++)
    seen |= g_array_index (changed, gint64, i) == e1;
  g_assert_true (seen);
  g_assert_cmpint (tr_store_test_count (f->store, NULL), ==, 0);
}

/* An expense whose server version is later than the detail was created
 * after the list was read: it stays. So does everything when the entry
 * carries no expense list at all. */
static void
test_newer_and_unlisted_kept (Fixture       *f,
                              gconstpointer  data)
{
  const char *none[] = { NULL };
  gint64 old = upsert_expense (f, "E1", "2026-02-01T09:00:00Z");
  gint64 newer = upsert_expense (f, "E2", "2026-02-01T10:00:05Z");

  store_detail (f, NULL);
  g_assert_cmpint (count_expense (f, old), ==, 1);
  g_assert_cmpint (count_expense (f, newer), ==, 1);

  store_detail (f, none);
  g_assert_cmpint (count_expense (f, old), ==, 0);
  g_assert_cmpint (count_expense (f, newer), ==, 1);
}

/* The user's edit of an expense deleted on the server is not dropped:
 * it stays, with its queued update, until the server refuses it. */
static void
test_local_edit_kept (Fixture       *f,
                      gconstpointer  data)
{
  const char *none[] = { NULL };
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TrStoreExpenseRow) row = NULL;
  g_autoptr(JsonNode) edited = expense_json ("E1", "2026-02-01T09:00:00Z");
  gint64 e1 = upsert_expense (f, "E1", "2026-02-01T09:00:00Z");

  json_object_set_string_member (json_node_get_object (edited), "businessPurpose", "Edited here");
  tr_store_save_expense_async (f->store, e1, edited, NULL, tr_store_test_capture, &result);
  g_assert_true (tr_store_save_expense_finish (f->store, tr_store_test_wait (&result), &error));
  g_assert_no_error (error);
  g_assert_cmpint (tr_store_test_count (f->store, NULL), ==, 1);

  store_detail (f, none);
  row = get_expense (f, e1);
  g_assert_nonnull (row);
  g_assert_cmpint (row->sync_state, ==, TR_STORE_SYNC_STATE_PENDING);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (row->full), "businessPurpose"),
                   ==, "Edited here");
  g_assert_cmpint (tr_store_test_count (f->store, NULL), ==, 1);
}

/* A new expense the server never saw is not touched by a detail, and
 * deleting it here removes it with its queued create. */
static void
test_local_only (Fixture       *f,
                 gconstpointer  data)
{
  const char *none[] = { NULL };
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) draft = expense_json (NULL, NULL);
  g_autoptr(TrStoreOutboxOp) op = NULL;
  gint64 local_id = tr_store_test_create_expense (f->store, f->request_id, draft, &error);

  g_assert_no_error (error);
  g_assert_cmpint (local_id, >, 0);
  op = tr_store_test_peek (f->store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (op);
  g_assert_cmpint (op->kind, ==, TR_STORE_OP_CREATE);
  g_assert_cmpint (op->entity_local_id, ==, local_id);

  store_detail (f, none);
  g_assert_cmpint (count_expense (f, local_id), ==, 1);
  g_assert_cmpint (tr_store_test_count (f->store, NULL), ==, 1);

  tr_store_delete_expense_async (f->store, local_id, NULL, tr_store_test_capture, &result);
  g_assert_true (tr_store_delete_expense_finish (f->store, tr_store_test_wait (&result), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_expense (f, local_id), ==, 0);
  g_assert_cmpint (tr_store_test_count (f->store, NULL), ==, 0);
  g_assert_cmpint (tr_store_test_sql_int (f->path, "SELECT count(*) FROM outbox"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/store/gone-expenses/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("removed", test_removed);
  ADD ("newer-and-unlisted-kept", test_newer_and_unlisted_kept);
  ADD ("local-edit-kept", test_local_edit_kept);
  ADD ("local-only", test_local_only);
#undef ADD

  return g_test_run ();
}
