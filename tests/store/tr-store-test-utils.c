/* tr-store-test-utils.c
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

#include "tr-store-test-utils.h"

#define WAIT_TIMEOUT_SECONDS 20

char *
tr_store_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("tr-store-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
tr_store_test_rm_rf (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (handle == NULL)
    {
      g_remove (dir);
      return;
    }
  g_chmod (dir, 0700);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        tr_store_test_rm_rf (child);
      else
        g_remove (child);
    }
  g_rmdir (dir);
}

static gboolean
has_index (const char *dir)
{
  g_autofree char *index = g_build_filename (dir, "index.json", NULL);

  return g_file_test (index, G_FILE_TEST_EXISTS);
}

char *
tr_store_test_fixture_path (const char *name)
{
  const char *env = g_getenv ("TR_FIXTURES_DIR");
  g_autofree char *v4 = env != NULL ? g_build_filename (env, "v4", NULL) : NULL;
  const char *dir = TR_STORE_TEST_FIXTURES_DIR;

  if (env != NULL && *env != '\0' && has_index (env))
    dir = env;
  else if (v4 != NULL && has_index (v4))
    dir = v4;
  return g_build_filename (dir, name, NULL);
}

JsonNode *
tr_store_test_load_fixture (const char *name)
{
  g_autofree char *path = tr_store_test_fixture_path (name);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

JsonNode *
tr_store_test_parse (const char *json)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (json, &error);

  g_assert_no_error (error);
  return node;
}

GBytes *
tr_store_test_read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize len = 0;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, len);
}

void
tr_store_test_capture (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  GAsyncResult **slot = user_data;

  g_assert_null (*slot);
  *slot = g_object_ref (result);
}

static gboolean
wait_timed_out (gpointer data)
{
  g_error ("a store operation did not complete in %d s", WAIT_TIMEOUT_SECONDS);
  return G_SOURCE_REMOVE;
}

GAsyncResult *
tr_store_test_wait (GAsyncResult **slot)
{
  guint timeout = g_timeout_add_seconds (WAIT_TIMEOUT_SECONDS, wait_timed_out, NULL);

  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
  return *slot;
}

TrStore *
tr_store_test_open (const char  *path,
                    GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_store_open_async (path, NULL, tr_store_test_capture, &result);
  return tr_store_open_finish (tr_store_test_wait (&result), error);
}

gint64
tr_store_test_upsert (TrStore   *store,
                      JsonNode  *request,
                      GError   **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_store_upsert_server_request_async (store, request, NULL, tr_store_test_capture, &result);
  return tr_store_upsert_server_request_finish (store, tr_store_test_wait (&result), error);
}

gint64
tr_store_test_create (TrStore   *store,
                      JsonNode  *draft,
                      GError   **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_store_create_request_async (store, draft, NULL, tr_store_test_capture, &result);
  return tr_store_create_request_finish (store, tr_store_test_wait (&result), error);
}

gboolean
tr_store_test_save (TrStore   *store,
                    gint64     local_id,
                    JsonNode  *request,
                    GError   **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_store_save_request_async (store, local_id, request, NULL, tr_store_test_capture, &result);
  return tr_store_save_request_finish (store, tr_store_test_wait (&result), error);
}

gboolean
tr_store_test_delete (TrStore  *store,
                      gint64    local_id,
                      GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_store_delete_request_async (store, local_id, NULL, tr_store_test_capture, &result);
  return tr_store_delete_request_finish (store, tr_store_test_wait (&result), error);
}

gint64
tr_store_test_action (TrStore     *store,
                      gint64       local_id,
                      const char  *action,
                      GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_store_queue_action_async (store, local_id, action, NULL, NULL, tr_store_test_capture, &result);
  return tr_store_queue_action_finish (store, tr_store_test_wait (&result), error);
}

GPtrArray *
tr_store_test_list (TrStore             *store,
                    const TrStoreQuery  *query,
                    GError             **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_store_list_requests_async (store, query, NULL, tr_store_test_capture, &result);
  return tr_store_list_requests_finish (store, tr_store_test_wait (&result), error);
}

TrStoreRequestRow *
tr_store_test_get (TrStore    *store,
                   gint64      local_id,
                   GPtrArray **expenses,
                   GError    **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_store_get_request_async (store, local_id, NULL, tr_store_test_capture, &result);
  return tr_store_get_request_finish (store, tr_store_test_wait (&result), expenses, error);
}

gint64
tr_store_test_create_expense (TrStore   *store,
                              gint64     request_local_id,
                              JsonNode  *expense,
                              GError   **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_store_create_expense_async (store, request_local_id, expense, NULL, tr_store_test_capture, &result);
  return tr_store_create_expense_finish (store, tr_store_test_wait (&result), error);
}

gint64
tr_store_test_upsert_expense (TrStore     *store,
                              const char  *request_server_id,
                              JsonNode    *expense,
                              GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_store_upsert_server_expense_async (store, request_server_id, expense, NULL,
                                        tr_store_test_capture, &result);
  return tr_store_upsert_server_expense_finish (store, tr_store_test_wait (&result), error);
}

TrStoreOutboxOp *
tr_store_test_peek (TrStore  *store,
                    GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_store_outbox_peek_async (store, NULL, tr_store_test_capture, &result);
  return tr_store_outbox_peek_finish (store, tr_store_test_wait (&result), error);
}

GPtrArray *
tr_store_test_outbox (TrStore  *store,
                      GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_store_outbox_list_async (store, NULL, tr_store_test_capture, &result);
  return tr_store_outbox_list_finish (store, tr_store_test_wait (&result), error);
}

gint64
tr_store_test_count (TrStore  *store,
                     GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_store_outbox_count_async (store, NULL, tr_store_test_capture, &result);
  return tr_store_outbox_count_finish (store, tr_store_test_wait (&result), error);
}

gboolean
tr_store_test_done (TrStore     *store,
                    gint64       seq,
                    const char  *server_id,
                    JsonNode    *response,
                    GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_store_outbox_mark_done_async (store, seq, server_id, response, NULL, tr_store_test_capture, &result);
  return tr_store_outbox_mark_done_finish (store, tr_store_test_wait (&result), error);
}

/* Drops the last reference and lets the pending idles run, so that the
 * store is finalised (and its file closed) before the test goes on. */
void
tr_store_test_close (TrStore *store)
{
  GWeakRef weak;

  g_weak_ref_init (&weak, store);
  g_object_unref (store);
  for (guint i = 0; i < 1000; i++)
    {
      g_autoptr(GObject) alive = g_weak_ref_get (&weak);

      if (alive == NULL)
        break;
      g_clear_object (&alive);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_null (g_weak_ref_get (&weak));
  g_weak_ref_clear (&weak);
}

gint64
tr_store_test_sql_int (const char *path,
                       const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

/* The text of the first column of the first row (NULL for SQL NULL). */
char *
tr_store_test_sql_text (const char *path,
                        const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

void
tr_store_test_sql_exec (const char *path,
                        const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;
  int rc;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  rc = sqlite3_exec (db, sql, NULL, NULL, &message);
  if (rc != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}
