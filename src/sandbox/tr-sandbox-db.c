/* tr-sandbox-db.c
 *
 * Copyright 2026 The Travel Requests authors
 *
 * This program is free software: you can redistribute it and/or modify it
 * under the terms of the GNU General Public License as published by the Free
 * Software Foundation, either version 3 of the License, or (at your option)
 * any later version. See <https://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tr-sandbox-db"

#include "tr-sandbox-db.h"

#include <glib/gi18n-lib.h>
#include <stdarg.h>

/* Prepared statements are reused: tr_sandbox_db_query() lends the cached
 * statement of its SQL text (or prepares one more when that one is lent
 * already, e.g. in a nested loop), and tr_sandbox_db_release(), the
 * g_autoptr() cleanup, resets it for the next caller. */
#define MAX_CACHED_STATEMENTS 256

struct _TrSandboxDb
{
  sqlite3    *handle;
  GHashTable *cache;  /* owned SQL text → sqlite3_stmt */
  GHashTable *lent;   /* cached statements held by a caller */
};

/* From a statement to its TrSandboxDb: sqlite3 has no user data on its
 * handles before 3.44. */
G_LOCK_DEFINE_STATIC (open_dbs);
static GHashTable *open_dbs;  /* sqlite3 * → TrSandboxDb * */

G_DEFINE_QUARK (tr-sandbox-db-error-quark, tr_sandbox_db_error)

/* The earliest (MIN) or latest (MAX) startDate of the legs of an Expense
 * @body: a body that is not JSON, or has no array of legs, has none. */
#define LEG_DATE(agg, body) \
  "(SELECT " agg " (json_extract (leg.value, '$.startDate')) FROM json_each (" \
  "  CASE WHEN json_valid (" body ") THEN" \
  "    CASE WHEN json_type (" body ", '$.tripData.legs') = 'array'" \
  "    THEN json_extract (" body ", '$.tripData.legs') END END) AS leg" \
  "  WHERE leg.type = 'object' AND json_type (leg.value, '$.startDate') = 'text')"
#define SET_LEG_DATES(body) \
  "UPDATE expenses SET legs_from = " LEG_DATE ("MIN", body) ", legs_to = " LEG_DATE ("MAX", body)

/* Each entry migrates the schema from version N to N + 1. */
static const char *const migrations[] = {
  "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
  "CREATE TABLE users (id TEXT PRIMARY KEY, login TEXT UNIQUE NOT NULL,"
  "  password TEXT NOT NULL, first_name TEXT NOT NULL, last_name TEXT NOT NULL,"
  "  currency TEXT NOT NULL, manager_id TEXT, company_id TEXT NOT NULL);"
  "CREATE TABLE clients (id TEXT PRIMARY KEY, secret TEXT NOT NULL,"
  "  company_id TEXT NOT NULL);"
  "CREATE TABLE policies (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
  "  type_code TEXT NOT NULL, type_label TEXT NOT NULL, second_approver_id TEXT,"
  "  limit_minor INTEGER, position INTEGER NOT NULL);"
  "CREATE TABLE agencies (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
  "  email TEXT NOT NULL, proposal_type TEXT NOT NULL);"
  "CREATE TABLE list_items (id TEXT PRIMARY KEY, code TEXT NOT NULL, value TEXT NOT NULL);"
  "CREATE TABLE requests (id TEXT PRIMARY KEY, request_key TEXT UNIQUE NOT NULL,"
  "  owner_id TEXT NOT NULL, policy_id TEXT, status TEXT NOT NULL,"
  "  closed INTEGER NOT NULL DEFAULT 0, ever_sent_back INTEGER NOT NULL DEFAULT 0,"
  "  canceled_post_approval INTEGER NOT NULL DEFAULT 0, step INTEGER NOT NULL DEFAULT 0,"
  "  approver_id TEXT, start_date TEXT, created TEXT NOT NULL, modified TEXT NOT NULL,"
  "  submitted TEXT, approved TEXT, header TEXT NOT NULL);"
  "CREATE INDEX requests_owner ON requests (owner_id);"
  "CREATE INDEX requests_approver ON requests (approver_id);"
  "CREATE TABLE approvals (request_id TEXT NOT NULL, approver_id TEXT NOT NULL,"
  "  at TEXT NOT NULL);"
  "CREATE TABLE expenses (id TEXT PRIMARY KEY, request_id TEXT NOT NULL,"
  "  allocation_id TEXT NOT NULL, amount_minor INTEGER NOT NULL,"
  "  currency TEXT NOT NULL, posted_minor INTEGER NOT NULL, created TEXT NOT NULL,"
  "  modified TEXT NOT NULL, body TEXT NOT NULL);"
  "CREATE INDEX expenses_request ON expenses (request_id);"
  "CREATE TABLE comments (id INTEGER PRIMARY KEY AUTOINCREMENT, request_id TEXT,"
  "  expense_id TEXT, author_id TEXT, created TEXT NOT NULL, value TEXT NOT NULL);"
  "CREATE TABLE cash_advances (id TEXT PRIMARY KEY, request_id TEXT NOT NULL,"
  "  amount_minor INTEGER NOT NULL, currency TEXT NOT NULL, status TEXT NOT NULL,"
  "  comment TEXT, requested TEXT NOT NULL, issued TEXT);"
  "CREATE TABLE reports (id TEXT PRIMARY KEY, request_id TEXT NOT NULL,"
  "  owner_id TEXT NOT NULL, created TEXT NOT NULL);"
  "CREATE TABLE tokens (token TEXT PRIMARY KEY, kind TEXT NOT NULL, user_id TEXT,"
  "  client_id TEXT NOT NULL, expires INTEGER NOT NULL, redirect_uri TEXT);",
  /* GET /requests: one index per sort column, led by the owner so that a
   * page is read in order and LIMIT/OFFSET stops early. The default sort
   * (startDate) also covers every column of the view predicates and date
   * filters: skipping the rows before `start` never reads the table. */
  "CREATE INDEX requests_owner_start ON requests"
  "  (owner_id, start_date, id, status, closed, approved, modified);"
  "CREATE INDEX requests_owner_status ON requests (owner_id, status, id);"
  "CREATE INDEX requests_owner_key ON requests (owner_id, request_key);"
  "CREATE INDEX approvals_approver ON approvals (approver_id, request_id);"
  "DROP INDEX requests_owner;",
  /* The range of the legs' dates, kept by triggers whatever writes the
   * body: the policy check of a Request (a segment outside the trip, see
   * tr-sandbox-policy.c) then reads two columns instead of every body. */
  "ALTER TABLE expenses ADD COLUMN legs_from TEXT;"
  "ALTER TABLE expenses ADD COLUMN legs_to TEXT;"
  "CREATE TRIGGER expenses_legs_insert AFTER INSERT ON expenses BEGIN "
  SET_LEG_DATES ("NEW.body") " WHERE id = NEW.id; END;"
  "CREATE TRIGGER expenses_legs_update AFTER UPDATE OF body ON expenses BEGIN "
  SET_LEG_DATES ("NEW.body") " WHERE id = NEW.id; END;"
  SET_LEG_DATES ("body") ";",
};

static gboolean
exec_sql (TrSandboxDb  *self,
          const char   *sql,
          GError      **error)
{
  g_autofree char *message = NULL;
  char *sqlite_message = NULL;

  if (sqlite3_exec (self->handle, sql, NULL, NULL, &sqlite_message) == SQLITE_OK)
    return TRUE;
  message = g_strdup (sqlite_message ? sqlite_message : "unknown error");
  sqlite3_free (sqlite_message);
  g_set_error (error, TR_SANDBOX_DB_ERROR, TR_SANDBOX_DB_ERROR_SCHEMA,
               /* Translators: %s is SQLite’s error message, in English */
               _("Database statement failed: %s"), message);
  return FALSE;
}

static gboolean
migrate (TrSandboxDb  *self,
         GError      **error)
{
  gint64 version = tr_sandbox_db_count (self, "PRAGMA user_version", "");

  if (version > (gint64) G_N_ELEMENTS (migrations))
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, version);

      g_set_error (error, TR_SANDBOX_DB_ERROR, TR_SANDBOX_DB_ERROR_SCHEMA,
                   /* Translators: %s is the schema version number of the database file. */
                   _("Database schema version %s is newer than this program"),
                   number);
      return FALSE;
    }
  for (; version < (gint64) G_N_ELEMENTS (migrations); version++)
    {
      g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %" G_GINT64_FORMAT, version + 1);

      if (!exec_sql (self, "BEGIN IMMEDIATE", error))
        return FALSE;
      if (!exec_sql (self, migrations[version], error) || !exec_sql (self, bump, error))
        {
          tr_sandbox_db_rollback (self);
          return FALSE;
        }
      if (!exec_sql (self, "COMMIT", error))
        return FALSE;
    }
  return TRUE;
}

static void
register_db (TrSandboxDb *self)
{
  self->cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) sqlite3_finalize);
  self->lent = g_hash_table_new (NULL, NULL);
  G_LOCK (open_dbs);
  if (open_dbs == NULL)
    open_dbs = g_hash_table_new (NULL, NULL);
  g_hash_table_insert (open_dbs, self->handle, self);
  G_UNLOCK (open_dbs);
}

static void
unregister_db (TrSandboxDb *self)
{
  G_LOCK (open_dbs);
  if (open_dbs != NULL)
    g_hash_table_remove (open_dbs, self->handle);
  G_UNLOCK (open_dbs);
  /* Statements still lent are finalized by their release. */
  if (self->lent != NULL)
    {
      GHashTableIter iter;
      gpointer stmt;
      gpointer sql;

      g_hash_table_iter_init (&iter, self->lent);
      while (g_hash_table_iter_next (&iter, &stmt, NULL))
        if (g_hash_table_steal_extended (self->cache, sqlite3_sql (stmt), &sql, NULL))
          g_free (sql);
    }
  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_clear_pointer (&self->lent, g_hash_table_unref);
}

/**
 * tr_sandbox_db_release:
 * @stmt: a statement of tr_sandbox_db_query()
 *
 * Gives @stmt back: a cached statement is reset for reuse, any other one
 * is finalized. The cleanup function of g_autoptr(sqlite3_stmt).
 */
void
tr_sandbox_db_release (sqlite3_stmt *stmt)
{
  TrSandboxDb *self;

  if (stmt == NULL)
    return;
  G_LOCK (open_dbs);
  self = open_dbs ? g_hash_table_lookup (open_dbs, sqlite3_db_handle (stmt)) : NULL;
  G_UNLOCK (open_dbs);
  if (self != NULL && g_hash_table_remove (self->lent, stmt))
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return;
    }
  sqlite3_finalize (stmt);
}

TrSandboxDb *
tr_sandbox_db_open (const char  *path,
                    GError     **error)
{
  g_autoptr(TrSandboxDb) self = g_new0 (TrSandboxDb, 1);
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, TR_SANDBOX_DB_ERROR, TR_SANDBOX_DB_ERROR_OPEN,
                   /* Translators: %s is the path of a folder */
                   _("Cannot create the folder %s"), dir);
      return NULL;
    }
  if (sqlite3_open_v2 (path, &self->handle,
                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    {
      g_set_error (error, TR_SANDBOX_DB_ERROR, TR_SANDBOX_DB_ERROR_OPEN,
                   /* Translators: the first %s is the path of a file, the second SQLite’s error message */
                   _("Cannot open the database %s: %s"), path,
                   self->handle ? sqlite3_errmsg (self->handle) : "out of memory");
      return NULL;
    }
  sqlite3_busy_timeout (self->handle, 5000);
  register_db (self);
  /* WAL with synchronous=FULL: a committed write survives a kill -9. */
  if (!exec_sql (self, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                       "PRAGMA foreign_keys = ON;", error)
      || !migrate (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

void
tr_sandbox_db_free (TrSandboxDb *self)
{
  if (self == NULL)
    return;
  unregister_db (self);
  if (self->handle != NULL)
    sqlite3_close_v2 (self->handle);
  g_free (self);
}

/* The cached statement of @sql if it is free, else a new one (cached if
 * there is room). */
static sqlite3_stmt *
lend_statement (TrSandboxDb *self,
                const char  *sql)
{
  sqlite3_stmt *stmt = self->cache ? g_hash_table_lookup (self->cache, sql) : NULL;

  if (stmt != NULL && !g_hash_table_contains (self->lent, stmt))
    {
      g_hash_table_add (self->lent, stmt);
      return stmt;
    }
  if (sqlite3_prepare_v3 (self->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      g_warning ("Cannot prepare “%s”: %s", sql, sqlite3_errmsg (self->handle));
      return NULL;
    }
  if (self->cache != NULL && !g_hash_table_contains (self->cache, sql)
      && g_hash_table_size (self->cache) < MAX_CACHED_STATEMENTS)
    {
      g_hash_table_insert (self->cache, g_strdup (sql), stmt);
      g_hash_table_add (self->lent, stmt);
    }
  return stmt;
}

static sqlite3_stmt *
prepare_valist (TrSandboxDb *self,
                const char  *sql,
                const char  *types,
                va_list      args)
{
  sqlite3_stmt *stmt = lend_statement (self, sql);

  if (stmt == NULL)
    return NULL;
  for (int i = 0; types[i] != '\0'; i++)
    {
      if (types[i] == 'i')
        sqlite3_bind_int64 (stmt, i + 1, va_arg (args, gint64));
      else
        sqlite3_bind_text (stmt, i + 1, va_arg (args, const char *), -1, SQLITE_TRANSIENT);
    }
  return stmt;
}

/* Prepares @sql and binds the arguments described by @types: 's' for a
 * string (NULL binds SQL NULL), 'i' for a gint64. Values are always bound,
 * never spliced into the SQL text. */
sqlite3_stmt *
tr_sandbox_db_query (TrSandboxDb *self,
                     const char  *sql,
                     const char  *types,
                     ...)
{
  va_list args;
  sqlite3_stmt *stmt;

  va_start (args, types);
  stmt = prepare_valist (self, sql, types, args);
  va_end (args);
  return stmt;
}

gboolean
tr_sandbox_db_run (TrSandboxDb *self,
                   const char  *sql,
                   const char  *types,
                   ...)
{
  va_list args;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  va_start (args, types);
  stmt = prepare_valist (self, sql, types, args);
  va_end (args);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      g_message ("Statement “%s” failed: %s", sql, sqlite3_errmsg (self->handle));
      return FALSE;
    }
  return TRUE;
}

/* Runs a query whose first column is an integer; 0 when there is no row. */
gint64
tr_sandbox_db_count (TrSandboxDb *self,
                     const char  *sql,
                     const char  *types,
                     ...)
{
  va_list args;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  va_start (args, types);
  stmt = prepare_valist (self, sql, types, args);
  va_end (args);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return 0;
  return sqlite3_column_int64 (stmt, 0);
}

gboolean
tr_sandbox_db_begin (TrSandboxDb *self)
{
  return exec_sql (self, "BEGIN IMMEDIATE", NULL);
}

gboolean
tr_sandbox_db_commit (TrSandboxDb *self)
{
  return exec_sql (self, "COMMIT", NULL);
}

void
tr_sandbox_db_rollback (TrSandboxDb *self)
{
  if (!sqlite3_get_autocommit (self->handle))
    exec_sql (self, "ROLLBACK", NULL);
}

const char *
tr_sandbox_db_text (sqlite3_stmt *stmt,
                    int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

char *
tr_sandbox_db_get_meta (TrSandboxDb *self,
                        const char  *key)
{
  g_autoptr(sqlite3_stmt) stmt =
    tr_sandbox_db_query (self, "SELECT value FROM meta WHERE key = ?", "s", key);

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return g_strdup (tr_sandbox_db_text (stmt, 0));
}

gboolean
tr_sandbox_db_set_meta (TrSandboxDb *self,
                        const char  *key,
                        const char  *value)
{
  return tr_sandbox_db_run (self, "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                            "ss", key, value);
}
