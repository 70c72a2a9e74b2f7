/* tr-store-queries.c
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

#define G_LOG_DOMAIN "TrStore"

#include <errno.h>
#include <glib/gi18n-lib.h>

#include "tr-store-fold.h"
#include "tr-store-private.h"

/* Reading: listing with filters and sorting, one request with its
 * expenses. The SQL is fixed at compile time: the sort key and direction
 * pick one of six statements, every value is a bound parameter. */

/* The listed columns: those of TR_STORE_REQUEST_COLUMNS without the JSON
 * (never read from disk for a listing), then the folded search text. */
#define LIST_COLUMNS \
  "local_id, server_id, request_key, name, business_purpose, start_date, end_date," \
  " destination, status_code, status_name, closed, owner_id, approver_id, total_units," \
  " total_scale, total_currency, last_modified, sync_state, last_error, pending_action," \
  " deleted, remote_json IS NOT NULL, NULL, NULL, NULL, search_text"
#define LIST_SEARCH_TEXT_COLUMN 25

#define LIST_SELECT \
  "SELECT " LIST_COLUMNS " FROM requests WHERE deleted = 0" \
  " AND CASE ?1" \
  "  WHEN 1 THEN COALESCE (status_code, '') <> 'CANCELED' AND closed = 0" \
  "  WHEN 2 THEN COALESCE (status_code, 'NOT_SUBMITTED') IN ('NOT_SUBMITTED', 'SENTBACK')" \
  "  WHEN 3 THEN COALESCE (status_code, '') = 'SUBMITTED'" \
  "  WHEN 4 THEN COALESCE (status_code, '') IN ('APPROVED', 'PENDING_BOOKING') AND closed = 0" \
  "  WHEN 5 THEN COALESCE (status_code, '') = 'CANCELED' OR closed = 1" \
  "  ELSE 1 END" \
  " AND (?2 IS NULL OR search_text LIKE ?2 ESCAPE '\\')" \
  " AND (?3 IS NULL OR search_text LIKE ?3 ESCAPE '\\')" \
  " AND (?4 IS NULL OR search_text LIKE ?4 ESCAPE '\\')"
#define LIST_LIMIT " LIMIT ?5 OFFSET ?6"

#define N_WORD_SLOTS 3

static const char *const list_sql[3][2] = {
  [TR_STORE_SORT_START_DATE] = {
    LIST_SELECT " ORDER BY start_date IS NULL, start_date ASC, local_id ASC" LIST_LIMIT,
    LIST_SELECT " ORDER BY start_date IS NULL, start_date DESC, local_id DESC" LIST_LIMIT,
  },
  [TR_STORE_SORT_STATUS] = {
    LIST_SELECT " ORDER BY status_code IS NULL, status_code ASC, start_date ASC, local_id ASC" LIST_LIMIT,
    LIST_SELECT " ORDER BY status_code IS NULL, status_code DESC, start_date DESC, local_id DESC" LIST_LIMIT,
  },
  [TR_STORE_SORT_REQUEST_ID] = {
    LIST_SELECT " ORDER BY request_key IS NULL, request_key ASC, local_id ASC" LIST_LIMIT,
    LIST_SELECT " ORDER BY request_key IS NULL, request_key DESC, local_id DESC" LIST_LIMIT,
  },
};

static const char sql_get_request[] =
  "SELECT " TR_STORE_REQUEST_COLUMNS " FROM requests WHERE local_id = ?1";
static const char sql_get_expenses[] =
  "SELECT " TR_STORE_EXPENSE_COLUMNS " FROM expenses"
  " WHERE request_local_id = ?1 AND deleted = 0 ORDER BY transaction_date, local_id";

static JsonNode *
column_json (sqlite3_stmt *stmt,
             int           column,
             gboolean      with_json)
{
  if (!with_json)
    return NULL;
  return tr_store_json_from_text ((const char *) sqlite3_column_text (stmt, column));
}

/* Reads a row selected with TR_STORE_REQUEST_COLUMNS. */
TrStoreRequestRow *
tr_store_read_request_row (sqlite3_stmt *stmt,
                           gboolean      with_json)
{
  TrStoreRequestRow *row = tr_store_request_row_new ();
  char **strings[] = {
    NULL, &row->server_id, &row->request_key, &row->name, &row->business_purpose,
    &row->start_date, &row->end_date, &row->destination, &row->status_code,
    &row->status_name, NULL, &row->owner_id, &row->approver_id,
  };

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    if (strings[i] != NULL)
      *strings[i] = tr_store_db_dup_text (stmt, i);
  row->local_id = sqlite3_column_int64 (stmt, 0);
  row->closed = sqlite3_column_int (stmt, 10) != 0;
  row->total.units = sqlite3_column_int64 (stmt, 13);
  row->total.scale = sqlite3_column_int (stmt, 14);
  row->total.currency = tr_store_db_dup_text (stmt, 15);
  row->last_modified = tr_store_db_dup_text (stmt, 16);
  row->sync_state = sqlite3_column_int (stmt, 17);
  row->last_error = tr_store_db_dup_text (stmt, 18);
  row->pending_action = tr_store_db_dup_text (stmt, 19);
  row->deleted = sqlite3_column_int (stmt, 20) != 0;
  row->has_remote = sqlite3_column_int (stmt, 21) != 0;
  row->full = column_json (stmt, 22, with_json);
  row->base = column_json (stmt, 23, with_json);
  row->remote = column_json (stmt, 24, with_json);
  return row;
}

/* Reads a row selected with TR_STORE_EXPENSE_COLUMNS. */
TrStoreExpenseRow *
tr_store_read_expense_row (sqlite3_stmt *stmt,
                           gboolean      with_json)
{
  TrStoreExpenseRow *row = tr_store_expense_row_new ();

  row->local_id = sqlite3_column_int64 (stmt, 0);
  row->server_id = tr_store_db_dup_text (stmt, 1);
  row->request_local_id = sqlite3_column_int64 (stmt, 2);
  row->type_code = tr_store_db_dup_text (stmt, 3);
  row->type_name = tr_store_db_dup_text (stmt, 4);
  row->transaction_date = tr_store_db_dup_text (stmt, 5);
  row->amount.units = sqlite3_column_int64 (stmt, 6);
  row->amount.scale = sqlite3_column_int (stmt, 7);
  row->amount.currency = tr_store_db_dup_text (stmt, 8);
  row->last_modified = tr_store_db_dup_text (stmt, 9);
  row->sync_state = sqlite3_column_int (stmt, 10);
  row->last_error = tr_store_db_dup_text (stmt, 11);
  row->deleted = sqlite3_column_int (stmt, 12) != 0;
  row->has_remote = sqlite3_column_int (stmt, 13) != 0;
  row->full = column_json (stmt, 14, with_json);
  row->base = column_json (stmt, 15, with_json);
  row->remote = column_json (stmt, 16, with_json);
  return row;
}

/* A LIKE pattern matching @word anywhere, with %, _ and \ escaped. */
static char *
like_pattern (const char *word)
{
  GString *pattern = g_string_new ("%");

  for (const char *p = word; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');
  return g_string_free (pattern, FALSE);
}

/* Every word of the folded search text must occur. The first words get a
 * slot each; further words join the last slot in the order typed. */
static void
bind_search (sqlite3_stmt *stmt,
             const char   *text)
{
  g_autofree char *folded = tr_store_fold_text (text);
  g_auto(GStrv) words = g_strsplit_set (folded, " \t\n", -1);
  GPtrArray *patterns = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (patterns->len < N_WORD_SLOTS)
        g_ptr_array_add (patterns, like_pattern (words[i]));
      else
        {
          g_autofree char *extra = like_pattern (words[i]);
          char *last = g_ptr_array_index (patterns, N_WORD_SLOTS - 1);

          patterns->pdata[N_WORD_SLOTS - 1] = g_strconcat (last, extra + 1, NULL);
          g_free (last);
        }
    }
  for (guint i = 0; i < patterns->len; i++)
    tr_store_db_bind_text (stmt, 2 + i, g_ptr_array_index (patterns, i));
  g_ptr_array_unref (patterns);
}

static gboolean
valid_query (const TrStoreQuery  *query,
             GError             **error)
{
  if ((guint) query->view <= TR_STORE_VIEW_CANCELED_CLOSED &&
      (guint) query->sort <= TR_STORE_SORT_REQUEST_ID &&
      query->limit <= G_MAXINT && query->offset <= G_MAXINT)
    return TRUE;
  g_set_error_literal (error, TR_STORE_ERROR, TR_STORE_ERROR_INVALID,
                       _("The listing query is not valid"));
  return FALSE;
}

/* The covering index tr_store_read_listing_async() reads. It holds no
 * data of its own (SQLite derives it from the table), so it is not a
 * schema step: the first listing of a store makes it, whatever the
 * schema version, and later ones find it there. */
static const char sql_list_index[] =
  "CREATE INDEX IF NOT EXISTS requests_list ON requests (deleted, start_date, server_id,"
  "  request_key, name, business_purpose, end_date, destination, status_code, status_name,"
  "  closed, total_units, total_scale, total_currency, sync_state, pending_action, search_text);";

#define LIST_INDEX_KEY "tr-store-list-index"

static void
ensure_list_index (TrStore   *self,
                   TrStoreDb *db)
{
  g_autoptr(GError) error = NULL;

  if (g_object_get_data (G_OBJECT (self), LIST_INDEX_KEY) != NULL)
    return;
  /* Without it, reading ahead fails and the store lists: no harm. */
  if (!tr_store_db_exec_script (db, sql_list_index, &error))
    g_debug ("Cannot index the listing: %s", error->message);
  g_object_set_data (G_OBJECT (self), LIST_INDEX_KEY, GINT_TO_POINTER (TRUE));
}

static void
list_requests_job (TrStore     *self,
                   TrStoreDb   *db,
                   GTask       *task,
                   TrStoreArgs *args)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) tr_store_request_row_unref);
  const TrStoreQuery *query = &args->query;
  sqlite3_stmt *stmt;
  GError *error = NULL;
  int rc;

  ensure_list_index (self, db);
  if (!valid_query (query, &error) ||
      (stmt = tr_store_db_prepare (db, list_sql[query->sort][query->descending ? 1 : 0], &error)) == NULL)
    return (void) tr_store_fail (NULL, task, error);
  sqlite3_bind_int (stmt, 1, query->view);
  if (query->text != NULL)
    bind_search (stmt, query->text);
  sqlite3_bind_int64 (stmt, 5, query->limit == 0 ? -1 : (gint64) query->limit);
  sqlite3_bind_int64 (stmt, 6, query->offset);

  while ((rc = tr_store_db_step (db, stmt, &error)) == SQLITE_ROW)
    {
      TrStoreRequestRow *row = tr_store_read_request_row (stmt, FALSE);

      row->search_text = tr_store_db_dup_text (stmt, LIST_SEARCH_TEXT_COLUMN);
      g_ptr_array_add (rows, row);
    }
  if (rc == -1)
    return (void) tr_store_fail (NULL, task, error);
  g_task_return_pointer (task, g_steal_pointer (&rows), (GDestroyNotify) g_ptr_array_unref);
}

/**
 * tr_store_list_requests_async:
 * @self: a #TrStore
 * @query: what to list (copied)
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Lists cached requests (not those deleted locally) as light rows,
 * without their JSON (not even read from disk), with their folded
 * `search_text`. Everything runs on the store's worker thread.
 */
void
tr_store_list_requests_async (TrStore             *self,
                              const TrStoreQuery  *query,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  TrStoreArgs *args;

  g_return_if_fail (TR_IS_STORE (self));
  g_return_if_fail (query != NULL);

  args = tr_store_args_new (0, NULL, NULL, NULL);
  args->query = *query;
  args->query.text = g_strdup (query->text);
  tr_store_run (self, tr_store_list_requests_async, list_requests_job, args,
                cancellable, callback, user_data);
}

/**
 * tr_store_list_requests_finish:
 *
 * Returns: (transfer full) (element-type TrStoreRequestRow): the rows, or
 *   %NULL with @error set
 */
GPtrArray *
tr_store_list_requests_finish (TrStore       *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Reading a listing ahead, on a connection of its own. The columns of
 * the covering index requests_list only (see ensure_list_index()):
 * the table and its JSON are not read. owner_id, approver_id,
 * last_modified and last_error are left out (NULL), has_remote FALSE. */
#define READ_AHEAD_SQL \
  "SELECT local_id, server_id, request_key, name, business_purpose, start_date, end_date," \
  " destination, status_code, status_name, closed, NULL, NULL, total_units," \
  " total_scale, total_currency, NULL, sync_state, NULL, pending_action," \
  " deleted, 0, NULL, NULL, NULL, search_text" \
  " FROM requests INDEXED BY requests_list WHERE deleted = 0" \
  " ORDER BY start_date IS NULL, start_date, COALESCE (request_key, '') = ''," \
  " length (request_key), request_key, name, local_id"

static GPtrArray *
read_ahead_rows (sqlite3  *handle,
                 GError  **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) tr_store_request_row_unref);
  sqlite3_stmt *stmt = NULL;
  int rc = SQLITE_ERROR;

  if (sqlite3_prepare_v2 (handle, READ_AHEAD_SQL, -1, &stmt, NULL) == SQLITE_OK)
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        TrStoreRequestRow *row = tr_store_read_request_row (stmt, FALSE);

        row->search_text = tr_store_db_dup_text (stmt, LIST_SEARCH_TEXT_COLUMN);
        g_ptr_array_add (rows, row);
      }
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, TR_STORE_ERROR, TR_STORE_ERROR_IO,
                   /* Translators: %s is SQLite's description of the problem */
                   _("Cannot read the offline database: %s"), sqlite3_errmsg (handle));
      g_clear_pointer (&rows, g_ptr_array_unref);
    }
  sqlite3_finalize (stmt);
  return g_steal_pointer (&rows);
}

static void
read_ahead_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  const char *path = task_data;
  sqlite3 *handle = NULL;
  GPtrArray *rows;
  GError *error = NULL;

  if (sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
    {
      g_task_return_new_error (task, TR_STORE_ERROR, TR_STORE_ERROR_IO,
                               /* Translators: %s is SQLite's description of the problem */
                               _("Cannot read the offline database: %s"),
                               handle != NULL ? sqlite3_errmsg (handle) : g_strerror (ENOMEM));
      sqlite3_close (handle);
      return;
    }
  sqlite3_busy_timeout (handle, 5000);
  /* Each page is read once: a small cache keeps the peak memory low. */
  sqlite3_exec (handle, "PRAGMA cache_size = -256", NULL, NULL, NULL);
  rows = read_ahead_rows (handle, &error);
  sqlite3_close (handle);
  if (rows == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, rows, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * tr_store_read_listing_async:
 * @path: a store's database file
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Reads every cached request (not those deleted locally) as light rows,
 * in the list's default order (start date, then request id, then name:
 * the window's sorter then finds them sorted), on a read-only connection and a thread of their own,
 * without opening a #TrStore: started at once, it runs while the store
 * opens (which checks the whole file) and the window is built. Only the
 * covering index of the listed columns is read; the rows leave out
 * `owner_id`, `approver_id`, `last_modified` and `last_error`. A file
 * that is missing, damaged or of an older schema fails with
 * %TR_STORE_ERROR_IO: the caller then lists through the opened store.
 */
void
tr_store_read_listing_async (const char          *path,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (path != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_store_read_listing_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, read_ahead_thread);
}

/**
 * tr_store_read_listing_finish:
 * @result: the result
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type TrStoreRequestRow): the rows, or
 *   %NULL with @error set
 */
GPtrArray *
tr_store_read_listing_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_store_read_listing_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  TrStoreRequestRow *request;
  GPtrArray         *expenses;
} GetResult;

static void
get_result_free (gpointer data)
{
  GetResult *result = data;

  g_clear_pointer (&result->request, tr_store_request_row_unref);
  g_clear_pointer (&result->expenses, g_ptr_array_unref);
  g_free (result);
}

static gboolean
read_request (TrStoreDb   *db,
              gint64       local_id,
              GetResult   *result,
              GError     **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, sql_get_request, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, local_id);
  if ((rc = tr_store_db_step (db, stmt, error)) == -1)
    return FALSE;
  if (rc == SQLITE_DONE)
    return tr_store_not_found ("request", local_id, error);
  result->request = tr_store_read_request_row (stmt, TRUE);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
read_expenses (TrStoreDb   *db,
               gint64       local_id,
               GetResult   *result,
               GError     **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, sql_get_expenses, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, local_id);
  result->expenses = g_ptr_array_new_with_free_func ((GDestroyNotify) tr_store_expense_row_unref);
  while ((rc = tr_store_db_step (db, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (result->expenses, tr_store_read_expense_row (stmt, TRUE));
  return rc != -1;
}

static void
get_request_job (TrStore     *self,
                 TrStoreDb   *db,
                 GTask       *task,
                 TrStoreArgs *args)
{
  GetResult *result = g_new0 (GetResult, 1);
  GError *error = NULL;

  /* One read transaction, so the request and its expenses agree. */
  if (!tr_store_db_begin_read (db, &error) ||
      !read_request (db, args->id, result, &error) ||
      !read_expenses (db, args->id, result, &error) ||
      !tr_store_db_commit (db, &error))
    {
      get_result_free (result);
      return (void) tr_store_fail (db, task, error);
    }
  g_task_return_pointer (task, result, get_result_free);
}

/**
 * tr_store_get_request_async:
 * @self: a #TrStore
 * @local_id: the request
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Reads one request with its JSON (full, base, remote) and its expected
 * expenses (not those deleted locally). A request deleted locally is
 * still returned, with `deleted` set.
 */
void
tr_store_get_request_async (TrStore             *self,
                            gint64               local_id,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (TR_IS_STORE (self));

  tr_store_run (self, tr_store_get_request_async, get_request_job,
                tr_store_args_new (local_id, NULL, NULL, NULL), cancellable, callback, user_data);
}

/**
 * tr_store_get_request_finish:
 * @self: a #TrStore
 * @result: the result
 * @expenses: (out) (optional) (transfer full) (element-type TrStoreExpenseRow):
 *   its expected expenses
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the request, or %NULL with @error
 */
TrStoreRequestRow *
tr_store_get_request_finish (TrStore       *self,
                             GAsyncResult  *result,
                             GPtrArray    **expenses,
                             GError       **error)
{
  GetResult *get;
  TrStoreRequestRow *request;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  if (expenses != NULL)
    *expenses = NULL;
  if ((get = g_task_propagate_pointer (G_TASK (result), error)) == NULL)
    return NULL;
  request = g_steal_pointer (&get->request);
  if (expenses != NULL)
    *expenses = g_steal_pointer (&get->expenses);
  get_result_free (get);
  return request;
}
