/* tr-store-db.c
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
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tr-store-db.h"
#include "tr-store-error.h"
#include "tr-store-fold.h"
#include "tr-store-schema.h"

struct _TrStoreDb
{
  sqlite3    *handle;
  GHashTable *statements;  /* static SQL text → sqlite3_stmt */
};

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

static TrStoreError
error_code_from_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      return TR_STORE_ERROR_CORRUPT;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return TR_STORE_ERROR_READ_ONLY;
    case SQLITE_CONSTRAINT:
      return TR_STORE_ERROR_CONSTRAINT;
    default:
      return TR_STORE_ERROR_IO;
    }
}

/**
 * tr_store_db_set_error:
 * @db: the connection
 * @rc: an SQLite result code
 * @error: return location for a #TR_STORE_ERROR
 *
 * Translates @rc and the connection's message. Always returns %FALSE.
 */
gboolean
tr_store_db_set_error (TrStoreDb  *db,
                       int         rc,
                       GError    **error)
{
  TrStoreError code = error_code_from_sqlite (rc);
  const char *detail = db != NULL && db->handle != NULL ? sqlite3_errmsg (db->handle) : sqlite3_errstr (rc);

  switch (code)
    {
    case TR_STORE_ERROR_CORRUPT:
      /* Translators: %s is SQLite’s error message, in English */
      g_set_error (error, TR_STORE_ERROR, code, _("The offline database is damaged: %s"), detail);
      break;
    case TR_STORE_ERROR_READ_ONLY:
      /* Translators: %s is SQLite’s error message, in English */
      g_set_error (error, TR_STORE_ERROR, code, _("The offline database cannot be written: %s"), detail);
      break;
    case TR_STORE_ERROR_CONSTRAINT:
      /* Translators: %s is SQLite’s error message, in English */
      g_set_error (error, TR_STORE_ERROR, code, _("The change breaks a rule of the offline database: %s"), detail);
      break;
    case TR_STORE_ERROR_TOO_NEW:
    case TR_STORE_ERROR_NOT_FOUND:
    case TR_STORE_ERROR_IO:
    case TR_STORE_ERROR_INVALID:
    case TR_STORE_ERROR_CLOSED:
    default:
      /* Translators: %s is SQLite’s error message, in English */
      g_set_error (error, TR_STORE_ERROR, TR_STORE_ERROR_IO, _("The offline database failed: %s"), detail);
      break;
    }
  return FALSE;
}

sqlite3 *
tr_store_db_get_handle (TrStoreDb *db)
{
  return db->handle;
}

/**
 * tr_store_db_prepare:
 * @db: the connection
 * @sql: a static SQL statement (its address is the cache key's text)
 * @error: return location for an error
 *
 * Returns: (transfer none): the cached statement, reset, bindings cleared
 */
sqlite3_stmt *
tr_store_db_prepare (TrStoreDb   *db,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (db->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (db->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      tr_store_db_set_error (db, rc, error);
      return NULL;
    }
  g_hash_table_insert (db->statements, (gpointer) sql, stmt);
  return stmt;
}

/**
 * tr_store_db_step:
 * @db: the connection
 * @stmt: a prepared statement
 * @error: return location for an error
 *
 * Returns: %SQLITE_ROW, %SQLITE_DONE (the statement is then reset) or -1
 *   with @error set
 */
int
tr_store_db_step (TrStoreDb     *db,
                  sqlite3_stmt  *stmt,
                  GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return rc;
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return rc;
  tr_store_db_set_error (db, rc, error);
  return -1;
}

/* Runs a statement that returns no row. */
gboolean
tr_store_db_run (TrStoreDb     *db,
                 sqlite3_stmt  *stmt,
                 GError       **error)
{
  int rc = tr_store_db_step (db, stmt, error);

  if (rc == SQLITE_ROW)
    sqlite3_reset (stmt);
  return rc != -1;
}

/**
 * tr_store_db_exec_script:
 * @db: the connection
 * @script: static SQL, one or more statements without values
 * @error: return location for an error
 *
 * Prepares and runs each statement of @script in turn (used for the
 * schema migrations). Statements are not cached.
 */
gboolean
tr_store_db_exec_script (TrStoreDb   *db,
                         const char  *script,
                         GError     **error)
{
  const char *tail = script;

  while (tail != NULL && *tail != '\0')
    {
      sqlite3_stmt *stmt = NULL;
      int rc = sqlite3_prepare_v2 (db->handle, tail, -1, &stmt, &tail);

      if (rc != SQLITE_OK)
        return tr_store_db_set_error (db, rc, error);
      if (stmt == NULL)
        break;
      do
        rc = sqlite3_step (stmt);
      while (rc == SQLITE_ROW);
      sqlite3_finalize (stmt);
      if (rc != SQLITE_DONE)
        return tr_store_db_set_error (db, rc, error);
    }
  return TRUE;
}

gboolean
tr_store_db_begin (TrStoreDb  *db,
                   GError    **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, "BEGIN IMMEDIATE", error);

  return stmt != NULL && tr_store_db_run (db, stmt, error);
}

/* A deferred transaction, for consistent multi-statement reads. */
gboolean
tr_store_db_begin_read (TrStoreDb  *db,
                        GError    **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, "BEGIN DEFERRED", error);

  return stmt != NULL && tr_store_db_run (db, stmt, error);
}

gboolean
tr_store_db_commit (TrStoreDb  *db,
                    GError    **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, "COMMIT", error);

  if (stmt != NULL && tr_store_db_run (db, stmt, error))
    return TRUE;
  tr_store_db_rollback (db);
  return FALSE;
}

void
tr_store_db_rollback (TrStoreDb *db)
{
  if (!sqlite3_get_autocommit (db->handle))
    sqlite3_exec (db->handle, "ROLLBACK", NULL, NULL, NULL);
}

/**
 * tr_store_db_run_with:
 * @db: the connection
 * @sql: a static statement with the parameter ?1 and optionally ?2
 * @id: the value of ?1
 * @text: (nullable): the value of ?2, if the statement has it
 * @error: return location for an error
 *
 * Runs a statement that returns no row.
 */
gboolean
tr_store_db_run_with (TrStoreDb   *db,
                      const char  *sql,
                      gint64       id,
                      const char  *text,
                      GError     **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    tr_store_db_bind_text (stmt, 2, text);
  return tr_store_db_run (db, stmt, error);
}

void
tr_store_db_bind_text (sqlite3_stmt *stmt,
                       int           index,
                       const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

char *
tr_store_db_dup_text (sqlite3_stmt *stmt,
                      int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

void
tr_store_db_free (TrStoreDb *db)
{
  if (db == NULL)
    return;
  g_clear_pointer (&db->statements, g_hash_table_unref);
  if (db->handle != NULL)
    sqlite3_close_v2 (db->handle);
  g_free (db);
}

/* Writable for us, even as root: root passes access(2) whatever the mode,
 * so a file or folder without any write bit is treated as read-only too. */
static gboolean
is_writable (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return FALSE;
  if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
    return FALSE;
  return g_access (path, W_OK) == 0;
}

static gboolean
read_only_error (const char  *path,
                 GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, TR_STORE_ERROR, TR_STORE_ERROR_READ_ONLY,
               /* Translators: %s is the path of a file */
               _("The offline database “%s” is read-only"), display);
  return FALSE;
}

static gboolean
check_location (const char  *path,
                gboolean    *exists,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *display = g_filename_display_name (path);

  *exists = g_file_test (path, G_FILE_TEST_EXISTS);
  if (*exists && !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, TR_STORE_ERROR, TR_STORE_ERROR_IO,
                   /* Translators: %s is the path of a file */
                   _("“%s” is not a regular file"), display);
      return FALSE;
    }
  if (!*exists && g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, TR_STORE_ERROR, TR_STORE_ERROR_IO,
                   /* Translators: the first %s is the path of a file, the second the system’s error message */
                   _("Cannot create the folder of “%s”: %s"), display, g_strerror (saved));
      return FALSE;
    }
  /* WAL mode needs to create side files next to the database. */
  if ((*exists && !is_writable (path)) || !is_writable (dir))
    return read_only_error (path, error);
  return TRUE;
}

static gboolean
open_handle (TrStoreDb   *db,
             const char  *path,
             gboolean     exists,
             GError     **error)
{
  int flags = SQLITE_OPEN_READWRITE | (exists ? 0 : SQLITE_OPEN_CREATE);
  int rc = sqlite3_open_v2 (path, &db->handle, flags, NULL);

  if (rc != SQLITE_OK)
    return tr_store_db_set_error (db, rc, error);
  sqlite3_extended_result_codes (db->handle, 1);
  sqlite3_busy_timeout (db->handle, 5000);
  if (sqlite3_db_readonly (db->handle, "main") == 1)
    return read_only_error (path, error);
  return tr_store_fold_register (db->handle, error);
}

static gboolean
configure (TrStoreDb  *db,
           GError    **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, "PRAGMA journal_mode = WAL", error);
  gboolean wal;
  int rc;

  if (stmt == NULL || (rc = tr_store_db_step (db, stmt, error)) == -1)
    return FALSE;
  wal = rc == SQLITE_ROW &&
        g_ascii_strcasecmp ((const char *) sqlite3_column_text (stmt, 0), "wal") == 0;
  sqlite3_reset (stmt);
  if (!wal)
    {
      g_set_error (error, TR_STORE_ERROR, TR_STORE_ERROR_IO,
                   _("The offline database cannot use write-ahead logging"));
      return FALSE;
    }
  return tr_store_db_exec_script (db,
                                  "PRAGMA synchronous = FULL;"
                                  "PRAGMA foreign_keys = ON;",
                                  error);
}

/**
 * tr_store_db_open:
 * @path: the database file; its folder is created when missing
 * @error: return location for a #TR_STORE_ERROR
 *
 * Opens (or creates) the database, refusing read-only, damaged, foreign
 * and newer files without writing to them, then switches to WAL with
 * `synchronous=FULL` and `foreign_keys=ON` and runs the migrations.
 */
TrStoreDb *
tr_store_db_open (const char  *path,
                  GError     **error)
{
  g_autoptr(TrStoreDb) db = g_new0 (TrStoreDb, 1);
  gboolean exists;

  db->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, finalize_statement);
  if (!check_location (path, &exists, error) ||
      !open_handle (db, path, exists, error) ||
      !tr_store_schema_check (db, path, error) ||
      !configure (db, error) ||
      !tr_store_schema_migrate (db, error))
    return NULL;
  return g_steal_pointer (&db);
}
