/* test-store-read-ahead.c
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

/* tr_store_read_listing_async(): the listing read ahead on a connection
 * of its own, from the covering index only, in the list's default order;
 * and its refusals (a missing file, no index yet), after which the
 * caller lists through the opened store. */

#include <glib/gstdio.h>

#include "tr-store-test-utils.h"

#define N_REQUESTS 40

static GPtrArray *
read_ahead (const char  *path,
            GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_store_read_listing_async (path, NULL, tr_store_test_capture, &result);
  return tr_store_read_listing_finish (tr_store_test_wait (&result), error);
}

/* Request i: some undated, dates and request ids that tie. */
static JsonNode *
request_json (guint i)
{
  g_autofree char *dates = i % 7 == 0 ? g_strdup ("")
    : g_strdup_printf ("\"startDate\":\"2026-02-%02u\",\"endDate\":\"2026-02-%02u\",", 1 + i % 5, 2 + i % 5);
  g_autofree char *json = g_strdup_printf (
    "{\"id\":\"%032X\",\"requestId\":\"%s%u\",\"name\":\"Trip %u\",%s"
    "\"businessPurpose\":\"Visit %u\",\"mainDestination\":{\"name\":\"Zürich\"},"
    "\"approvalStatus\":{\"code\":\"%s\",\"name\":\"Status\"},\"closed\":%s,"
    "\"totalPostedAmount\":{\"value\":%u.50,\"currency\":\"CHF\"},"
    "\"owner\":{\"id\":\"owner-1\"},\"lastModified\":\"2026-01-01T00:00:00.000Z\"}",
    i + 1, i % 3 == 0 ? "" : "A", i % 11, i, dates, i,
    i % 2 == 0 ? "NOT_SUBMITTED" : "SUBMITTED", i % 9 == 0 ? "true" : "false", i);

  return tr_store_test_parse (json);
}

static TrStore *
filled_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  TrStore *store = tr_store_test_open (path, &error);
  gint64 deleted;

  g_assert_no_error (error);
  for (guint i = 0; i < N_REQUESTS; i++)
    {
      g_autoptr(JsonNode) json = request_json (i);

      g_assert_cmpint (tr_store_test_upsert (store, json, &error), >, 0);
      g_assert_no_error (error);
    }
  /* Deleted locally: not listed. */
  deleted = tr_store_test_sql_int (path, "SELECT local_id FROM requests WHERE name = 'Trip 5'");
  g_assert_true (tr_store_test_delete (store, deleted, &error));
  g_assert_no_error (error);
  return store;
}

static const TrStoreRequestRow *
find_row (GPtrArray *rows,
          gint64     local_id)
{
  for (guint i = 0; i < rows->len; i++)
    if (((TrStoreRequestRow *) rows->pdata[i])->local_id == local_id)
      return rows->pdata[i];
  return NULL;
}

/* The window's default order: dated first by start date, then request
 * ids (empty last, shorter first), then names. */
static int
default_order (const TrStoreRequestRow *a,
               const TrStoreRequestRow *b)
{
  gsize la = a->request_key != NULL ? strlen (a->request_key) : 0;
  gsize lb = b->request_key != NULL ? strlen (b->request_key) : 0;

  if ((a->start_date == NULL) != (b->start_date == NULL))
    return a->start_date == NULL ? 1 : -1;
  if (g_strcmp0 (a->start_date, b->start_date) != 0)
    return g_strcmp0 (a->start_date, b->start_date);
  if ((la == 0) != (lb == 0))
    return la == 0 ? 1 : -1;
  if (la != lb)
    return la < lb ? -1 : 1;
  if (g_strcmp0 (a->request_key, b->request_key) != 0)
    return g_strcmp0 (a->request_key, b->request_key);
  return g_strcmp0 (a->name, b->name);
}

static void
assert_same_row (const TrStoreRequestRow *ahead,
                 const TrStoreRequestRow *listed)
{
  g_assert_cmpstr (ahead->server_id, ==, listed->server_id);
  g_assert_cmpstr (ahead->request_key, ==, listed->request_key);
  g_assert_cmpstr (ahead->name, ==, listed->name);
  g_assert_cmpstr (ahead->business_purpose, ==, listed->business_purpose);
  g_assert_cmpstr (ahead->start_date, ==, listed->start_date);
  g_assert_cmpstr (ahead->end_date, ==, listed->end_date);
  g_assert_cmpstr (ahead->destination, ==, listed->destination);
  g_assert_cmpstr (ahead->status_code, ==, listed->status_code);
  g_assert_cmpstr (ahead->status_name, ==, listed->status_name);
  g_assert_cmpint (ahead->closed, ==, listed->closed);
  g_assert_cmpint (ahead->total.units, ==, listed->total.units);
  g_assert_cmpint (ahead->total.scale, ==, listed->total.scale);
  g_assert_cmpstr (ahead->total.currency, ==, listed->total.currency);
  g_assert_cmpint (ahead->sync_state, ==, listed->sync_state);
  g_assert_cmpstr (ahead->pending_action, ==, listed->pending_action);
  g_assert_cmpstr (ahead->search_text, ==, listed->search_text);
  g_assert_nonnull (strstr (ahead->search_text, "zurich"));
  /* Left out of the index. */
  g_assert_null (ahead->owner_id);
  g_assert_null (ahead->last_modified);
}

static void
test_read_ahead_same_rows (void)
{
  g_autofree char *dir = tr_store_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "account.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GPtrArray) ahead = NULL;
  TrStoreQuery query = { 0 };
  TrStore *store = filled_store (path);

  g_assert_true (tr_store_test_action (store, 2, "submit", &error) > 0);
  g_assert_no_error (error);
  listed = tr_store_test_list (store, &query, &error);
  g_assert_no_error (error);
  /* Read while the store is open, as at startup. */
  ahead = read_ahead (path, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (ahead->len, ==, N_REQUESTS - 1);
  g_assert_cmpuint (ahead->len, ==, listed->len);
  for (guint i = 0; i < ahead->len; i++)
    {
      const TrStoreRequestRow *row = ahead->pdata[i];
      const TrStoreRequestRow *same = find_row (listed, row->local_id);

      g_assert_nonnull (same);
      assert_same_row (row, same);
      if (i > 0)
        g_assert_cmpint (default_order (ahead->pdata[i - 1], row), <, 0);
    }
  g_assert_cmpstr (find_row (ahead, 2)->pending_action, ==, "submit");

  tr_store_test_close (store);
  tr_store_test_rm_rf (dir);
}

static void
test_read_ahead_missing_file (void)
{
  g_autofree char *dir = tr_store_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "none.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = read_ahead (path, &error);

  g_assert_null (rows);
  g_assert_error (error, TR_STORE_ERROR, TR_STORE_ERROR_IO);
  /* Nothing created: the store creates its file when it opens. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  tr_store_test_rm_rf (dir);
}

/* A database whose store never listed has no covering index: refused,
 * left as it was; once the store listed it, read ahead. */
static void
test_read_ahead_needs_index (void)
{
  g_autofree char *dir = tr_store_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  TrStore *store;

  /* Today's schema, filled by hand. */
  tr_store_test_close (tr_store_test_open (path, &error));
  g_assert_no_error (error);
  tr_store_test_sql_exec (path,
    "INSERT INTO requests (server_id, request_key, name, start_date, status_code, full_json,"
    " sync_state, search_text) VALUES ('AB12', '333T', 'Old', '2026-03-01', 'NOT_SUBMITTED',"
    " '{\"id\":\"AB12\"}', 0, 'old 333t');");

  rows = read_ahead (path, &error);
  g_assert_null (rows);
  g_assert_error (error, TR_STORE_ERROR, TR_STORE_ERROR_IO);
  g_assert_cmpint (tr_store_test_sql_int (path, "SELECT count(*) FROM sqlite_master"
                                                " WHERE name = 'requests_list'"), ==, 0);
  g_clear_error (&error);

  /* Once the store listed it, the index is there. */
  store = tr_store_test_open (path, &error);
  g_assert_no_error (error);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = tr_store_test_list (store, &(TrStoreQuery) { 0 }, &error);
  g_assert_no_error (error);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = read_ahead (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (((TrStoreRequestRow *) rows->pdata[0])->name, ==, "Old");
  tr_store_test_close (store);
  tr_store_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/read-ahead/same-rows", test_read_ahead_same_rows);
  g_test_add_func ("/store/read-ahead/missing-file", test_read_ahead_missing_file);
  g_test_add_func ("/store/read-ahead/needs-index", test_read_ahead_needs_index);

  return g_test_run ();
}
