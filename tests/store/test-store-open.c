/* test-store-open.c
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

#include <glib/gstdio.h>

#include "tr-store-schema.h"
#include "tr-store-test-utils.h"

/* Opening: creation, migrations, and refusing bad files untouched. */

static char *
db_path (const char *dir)
{
  return g_build_filename (dir, "account.db", NULL);
}

static void
make_store_db (const char *path,
               guint       n_requests)
{
  g_autoptr(GError) error = NULL;
  TrStore *store = tr_store_test_open (path, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < n_requests; i++)
    {
      g_autofree char *json = g_strdup_printf ("{\"name\":\"Trip %u with a fairly long name to fill pages\","
                                               "\"businessPurpose\":\"Purpose %u, padded to take room in the file\","
                                               "\"startDate\":\"2026-01-%02u\"}", i, i, i % 28 + 1);
      g_autoptr(JsonNode) draft = tr_store_test_parse (json);

      tr_store_test_create (store, draft, &error);
      g_assert_no_error (error);
    }
  tr_store_test_close (store);
}

static void
assert_open_fails (const char   *path,
                   TrStoreError  code)
{
  g_autoptr(GError) error = NULL;
  TrStore *store = tr_store_test_open (path, &error);

  g_assert_null (store);
  g_assert_error (error, TR_STORE_ERROR, code);
  g_assert_nonnull (error->message);
  g_test_message ("refused: %s", error->message);
}

static void
test_open_empty (void)
{
  g_autofree char *dir = tr_store_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "nested", "folder", "account.db", NULL);
  g_autoptr(GError) error = NULL;
  TrStore *store = tr_store_test_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (TR_IS_STORE (store));
  g_assert_cmpstr (tr_store_get_path (store), ==, path);
  g_assert_cmpint (tr_store_test_sql_int (path, "PRAGMA user_version"), ==, TR_STORE_SCHEMA_VERSION);
  g_assert_cmpint (tr_store_test_sql_int (path, "PRAGMA application_id"), ==, TR_STORE_APPLICATION_ID);
  g_assert_cmpint (tr_store_test_sql_int (path, "SELECT count(*) FROM pragma_journal_mode"
                                                " WHERE journal_mode = 'wal'"), ==, 1);
  g_assert_cmpint (tr_store_test_sql_int (path, "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                                                " AND name IN ('requests', 'expenses', 'outbox', 'meta')"), ==, 4);
  tr_store_test_close (store);

  /* Reopening an up-to-date database changes nothing. */
  store = tr_store_test_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tr_store_test_sql_int (path, "PRAGMA user_version"), ==, TR_STORE_SCHEMA_VERSION);
  tr_store_test_close (store);
  tr_store_test_rm_rf (dir);
}

static void
test_migrate_from_v1 (void)
{
  g_autofree char *dir = tr_store_test_make_tmpdir ();
  g_autofree char *path = db_path (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  TrStoreQuery query = { 0 };
  TrStoreRequestRow *row;
  TrStore *store;

  /* A database exactly as version 1 wrote it, with data. */
  tr_store_test_sql_exec (path, tr_store_schema_get_step (1));
  tr_store_test_sql_exec (path,
    "INSERT INTO requests (server_id, request_key, name, business_purpose, start_date,"
    " destination, status_code, full_json, base_json, sync_state)"
    " VALUES ('AB12', '333T', 'Atelier à Zürich', 'Kick-off', '2026-03-01', 'Zürich',"
    " 'NOT_SUBMITTED', '{\"id\":\"AB12\"}', '{\"id\":\"AB12\"}', 2);"
    "INSERT INTO outbox (kind, entity_kind, entity_local_id, entity_server_id, created_at)"
    " VALUES (1, 0, 1, 'AB12', 1);");
  g_assert_cmpint (tr_store_test_sql_int (path, "PRAGMA user_version"), ==, 1);

  store = tr_store_test_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tr_store_test_sql_int (path, "PRAGMA user_version"), ==, TR_STORE_SCHEMA_VERSION);
  g_assert_cmpint (tr_store_test_sql_int (path, "SELECT count(*) FROM sqlite_master"
                                                " WHERE name = 'requests_start_date'"), ==, 1);

  /* The back-filled search column finds the old row, accents folded. */
  query.text = "ZURICH kick";
  rows = tr_store_test_list (store, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (row->server_id, ==, "AB12");
  g_assert_cmpstr (row->name, ==, "Atelier à Zürich");
  g_assert_cmpint (tr_store_test_count (store, &error), ==, 1);
  tr_store_test_close (store);
  tr_store_test_rm_rf (dir);
}

static void
test_corrupt_random (void)
{
  g_autofree char *dir = tr_store_test_make_tmpdir ();
  g_autofree char *path = db_path (dir);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  guint8 data[8192];

  for (guint i = 0; i < sizeof data; i++)
    data[i] = g_rand_int_range (rand, 0, 256);
  g_file_set_contents (path, (const char *) data, sizeof data, &error);
  g_assert_no_error (error);
  before = tr_store_test_read_file (path);

  assert_open_fails (path, TR_STORE_ERROR_CORRUPT);
  after = tr_store_test_read_file (path);
  g_assert_true (g_bytes_equal (before, after));
  tr_store_test_rm_rf (dir);
}

static void
test_corrupt_truncated (void)
{
  g_autofree char *dir = tr_store_test_make_tmpdir ();
  g_autofree char *path = db_path (dir);
  g_autoptr(GBytes) full = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;

  make_store_db (path, 300);
  full = tr_store_test_read_file (path);
  size = g_bytes_get_size (full);
  g_assert_cmpuint (size, >, 16 * 4096);

  /* Keep the first 40 % of the pages: the header is intact, the tables
   * are not. */
  g_file_set_contents (path, g_bytes_get_data (full, NULL), (size * 2 / 5) / 4096 * 4096, &error);
  g_assert_no_error (error);
  before = tr_store_test_read_file (path);

  assert_open_fails (path, TR_STORE_ERROR_CORRUPT);
  after = tr_store_test_read_file (path);
  g_assert_true (g_bytes_equal (before, after));
  tr_store_test_rm_rf (dir);
}

static void
test_read_only_file (void)
{
  g_autofree char *dir = tr_store_test_make_tmpdir ();
  g_autofree char *path = db_path (dir);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  make_store_db (path, 3);
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  before = tr_store_test_read_file (path);

  /* Also meaningful as root, who could write the file anyway. */
  assert_open_fails (path, TR_STORE_ERROR_READ_ONLY);
  after = tr_store_test_read_file (path);
  g_assert_true (g_bytes_equal (before, after));
  g_chmod (path, 0600);
  tr_store_test_rm_rf (dir);
}

static void
test_read_only_folder (void)
{
  g_autofree char *dir = tr_store_test_make_tmpdir ();
  g_autofree char *sub = g_build_filename (dir, "locked", NULL);
  g_autofree char *path = db_path (sub);

  g_assert_cmpint (g_mkdir (sub, 0555), ==, 0);
  assert_open_fails (path, TR_STORE_ERROR_READ_ONLY);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  tr_store_test_rm_rf (dir);
}

static void
test_too_new (void)
{
  g_autofree char *dir = tr_store_test_make_tmpdir ();
  g_autofree char *path = db_path (dir);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  make_store_db (path, 2);
  tr_store_test_sql_exec (path, "PRAGMA user_version = 99");
  before = tr_store_test_read_file (path);

  assert_open_fails (path, TR_STORE_ERROR_TOO_NEW);
  after = tr_store_test_read_file (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpint (tr_store_test_sql_int (path, "PRAGMA user_version"), ==, 99);
  tr_store_test_rm_rf (dir);
}

static void
test_foreign_database (void)
{
  g_autofree char *dir = tr_store_test_make_tmpdir ();
  g_autofree char *path = db_path (dir);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  tr_store_test_sql_exec (path, "CREATE TABLE photos (id INTEGER); INSERT INTO photos VALUES (1);");
  before = tr_store_test_read_file (path);
  assert_open_fails (path, TR_STORE_ERROR_CORRUPT);
  after = tr_store_test_read_file (path);
  g_assert_true (g_bytes_equal (before, after));
  tr_store_test_rm_rf (dir);
}

static void
test_not_a_file (void)
{
  g_autofree char *dir = tr_store_test_make_tmpdir ();

  assert_open_fails (dir, TR_STORE_ERROR_IO);
  tr_store_test_rm_rf (dir);
}

static void
test_default_path (void)
{
  g_autofree char *a = tr_store_default_path ("https://us.api.concursolutions.com", "c0d9894b-98e2-48d5-86f9-1decde90dd15");
  g_autofree char *b = tr_store_default_path ("HTTPS://us.api.concursolutions.com/", "c0d9894b-98e2-48d5-86f9-1decde90dd15");
  g_autofree char *c = tr_store_default_path ("https://us.api.concursolutions.com", "another-user");
  g_autofree char *d = tr_store_default_path ("https://emea.api.concursolutions.com", "c0d9894b-98e2-48d5-86f9-1decde90dd15");
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "travel-requests", NULL);
  g_autofree char *key = tr_store_account_key ("https://x/../../etc", "../../passwd");
  g_autofree char *dirname = g_path_get_dirname (a);

  g_assert_cmpstr (dirname, ==, folder);
  g_assert_true (g_str_has_suffix (a, ".db"));
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (a, !=, c);
  g_assert_cmpstr (a, !=, d);
  g_assert_cmpuint (strlen (key), ==, 64);
  for (const char *p = key; *p != '\0'; p++)
    g_assert_true (g_ascii_isxdigit (*p));
}

/* Version 3 added detail_modified: rows cached by version 2 were read in
 * full (with their expenses), so they count as hydrated; drafts do not. */
static void
test_migrate_from_v2 (void)
{
  g_autofree char *dir = tr_store_test_make_tmpdir ();
  g_autofree char *path = db_path (dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *server_mark = NULL;
  TrStore *store;

  /* A version 2 database: today's, less what step 3 added (step 2 needs
   * the store's SQL functions, so it is not replayed here). */
  store = tr_store_test_open (path, &error);
  g_assert_no_error (error);
  tr_store_test_close (store);
  tr_store_test_sql_exec (path, "ALTER TABLE requests DROP COLUMN detail_modified; PRAGMA user_version = 2;");
  tr_store_test_sql_exec (path,
    "INSERT INTO requests (server_id, name, status_code, full_json, base_json, base_last_modified,"
    " last_modified, sync_state) VALUES ('AB12', 'Cached', 'NOT_SUBMITTED', '{\"id\":\"AB12\"}',"
    " '{\"id\":\"AB12\"}', '2026-02-01T10:00:00Z', '2026-02-01T10:00:00Z', 2);"
    "INSERT INTO requests (name, full_json, sync_state) VALUES ('Draft', '{}', 0);");
  g_assert_cmpint (tr_store_test_sql_int (path, "PRAGMA user_version"), ==, 2);

  store = tr_store_test_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tr_store_test_sql_int (path, "PRAGMA user_version"), ==, 3);
  server_mark = tr_store_test_sql_text (path, "SELECT detail_modified FROM requests WHERE server_id = 'AB12'");
  g_assert_cmpstr (server_mark, ==, "2026-02-01T10:00:00Z");
  g_assert_cmpint (tr_store_test_sql_int (path, "SELECT count(*) FROM requests"
                                                " WHERE name = 'Draft' AND detail_modified IS NULL"), ==, 1);
  tr_store_test_close (store);
  tr_store_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/open/empty", test_open_empty);
  g_test_add_func ("/store/open/migrate-from-v1", test_migrate_from_v1);
  g_test_add_func ("/store/open/migrate-from-v2", test_migrate_from_v2);
  g_test_add_func ("/store/open/corrupt-random", test_corrupt_random);
  g_test_add_func ("/store/open/corrupt-truncated", test_corrupt_truncated);
  g_test_add_func ("/store/open/read-only-file", test_read_only_file);
  g_test_add_func ("/store/open/read-only-folder", test_read_only_folder);
  g_test_add_func ("/store/open/too-new", test_too_new);
  g_test_add_func ("/store/open/foreign-database", test_foreign_database);
  g_test_add_func ("/store/open/not-a-file", test_not_a_file);
  g_test_add_func ("/store/open/default-path", test_default_path);

  return g_test_run ();
}
