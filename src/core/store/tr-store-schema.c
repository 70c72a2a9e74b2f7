/* tr-store-schema.c
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

#include <glib/gi18n-lib.h>

#include "tr-store-error.h"
#include "tr-store-schema.h"

/* The schema, as migration steps. Step N brings a database from
 * user_version N-1 to N. A released step is never edited: a change is a
 * new step, so every older database upgrades along the same path. Each
 * step runs in its own transaction together with its user_version. */

/* 1: requests, expected expenses, the outbox and meta. */
static const char step_1[] =
  "PRAGMA application_id = 1416778353;"
  "CREATE TABLE requests ("
  "  local_id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  server_id TEXT UNIQUE,"
  "  request_key TEXT,"
  "  name TEXT,"
  "  business_purpose TEXT,"
  "  start_date TEXT,"
  "  end_date TEXT,"
  "  destination TEXT,"
  "  status_code TEXT,"
  "  status_name TEXT,"
  "  closed INTEGER NOT NULL DEFAULT 0,"
  "  owner_id TEXT,"
  "  approver_id TEXT,"
  "  total_units INTEGER NOT NULL DEFAULT 0,"
  "  total_scale INTEGER NOT NULL DEFAULT 0,"
  "  total_currency TEXT,"
  "  last_modified TEXT,"
  "  full_json TEXT NOT NULL,"
  "  base_json TEXT,"
  "  base_last_modified TEXT,"
  "  remote_json TEXT,"
  "  sync_state INTEGER NOT NULL DEFAULT 0 CHECK (sync_state BETWEEN 0 AND 4),"
  "  last_error TEXT,"
  "  pending_action TEXT,"
  "  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))"
  ");"
  "CREATE TABLE expenses ("
  "  local_id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  server_id TEXT UNIQUE,"
  "  request_local_id INTEGER NOT NULL"
  "    REFERENCES requests (local_id) ON DELETE CASCADE,"
  "  type_code TEXT,"
  "  type_name TEXT,"
  "  transaction_date TEXT,"
  "  amount_units INTEGER NOT NULL DEFAULT 0,"
  "  amount_scale INTEGER NOT NULL DEFAULT 0,"
  "  amount_currency TEXT,"
  "  last_modified TEXT,"
  "  full_json TEXT NOT NULL,"
  "  base_json TEXT,"
  "  base_last_modified TEXT,"
  "  remote_json TEXT,"
  "  sync_state INTEGER NOT NULL DEFAULT 0 CHECK (sync_state BETWEEN 0 AND 4),"
  "  last_error TEXT,"
  "  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))"
  ");"
  "CREATE TABLE outbox ("
  "  seq INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  kind INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 3),"
  "  action TEXT,"
  "  comment TEXT,"
  "  entity_kind INTEGER NOT NULL CHECK (entity_kind IN (0, 1)),"
  "  entity_local_id INTEGER NOT NULL,"
  "  entity_server_id TEXT,"
  "  parent_local_id INTEGER,"
  "  parent_server_id TEXT,"
  "  payload TEXT,"
  "  depends_on INTEGER REFERENCES outbox (seq) ON DELETE SET NULL,"
  "  attempts INTEGER NOT NULL DEFAULT 0,"
  "  attempt_started_at INTEGER,"
  "  state INTEGER NOT NULL DEFAULT 0 CHECK (state IN (0, 1)),"
  "  last_error TEXT,"
  "  created_at INTEGER NOT NULL"
  ");"
  "CREATE TABLE meta ("
  "  key TEXT PRIMARY KEY NOT NULL,"
  "  value TEXT NOT NULL"
  ");"
  "CREATE INDEX expenses_request ON expenses (request_local_id);"
  "CREATE INDEX outbox_entity ON outbox (entity_kind, entity_local_id, seq);"
  "PRAGMA user_version = 1;";

/* 2: listing and search. Indexes for the sort keys and filters, a folded
 * search column (back-filled), and the slot for the version an approver
 * last saw. */
static const char step_2[] =
  "ALTER TABLE requests ADD COLUMN search_text TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE requests ADD COLUMN approver_seen_json TEXT;"
  "UPDATE requests SET search_text ="
  "  tr_fold (name, business_purpose, destination, request_key);"
  "CREATE INDEX requests_start_date ON requests (deleted, start_date);"
  "CREATE INDEX requests_status ON requests (deleted, status_code, start_date);"
  "CREATE INDEX requests_request_key ON requests (deleted, request_key);"
  "CREATE INDEX outbox_parent ON outbox (parent_local_id);"
  "CREATE INDEX outbox_depends ON outbox (depends_on);"
  "PRAGMA user_version = 2;";

/* 3: lazy details. List pages fill the cache with summaries; a request
 * holds its full detail (and expected expenses) once detail_modified is
 * set, to the `lastModified` of that detail (NULL: a summary only, or a
 * detail a newer summary showed stale). Rows cached before this step were
 * read in full with their expenses. */
static const char step_3[] =
  "ALTER TABLE requests ADD COLUMN detail_modified TEXT;"
  "UPDATE requests SET detail_modified = COALESCE (base_last_modified, last_modified, '')"
  "  WHERE server_id IS NOT NULL;"
  "PRAGMA user_version = 3;";

static const char *const steps[] = { NULL, step_1, step_2, step_3 };

G_STATIC_ASSERT (G_N_ELEMENTS (steps) == TR_STORE_SCHEMA_VERSION + 1);

/**
 * tr_store_schema_get_step:
 * @version: 1 … %TR_STORE_SCHEMA_VERSION
 *
 * Returns: (nullable): the script that upgrades to @version (tests use it
 *   to build databases of an earlier version)
 */
const char *
tr_store_schema_get_step (int version)
{
  if (version < 1 || version > TR_STORE_SCHEMA_VERSION)
    return NULL;
  return steps[version];
}

static gboolean
query_int (TrStoreDb   *db,
           const char  *sql,
           gint64      *value,
           GError     **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, sql, error);
  int rc;

  if (stmt == NULL || (rc = tr_store_db_step (db, stmt, error)) == -1)
    return FALSE;
  *value = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
check_integrity (TrStoreDb   *db,
                 const char  *display,
                 GError     **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, "PRAGMA quick_check", error);
  gboolean ok;
  int rc;

  if (stmt == NULL || (rc = tr_store_db_step (db, stmt, error)) == -1)
    return FALSE;
  ok = rc == SQLITE_ROW && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_reset (stmt);
  if (!ok)
    g_set_error (error, TR_STORE_ERROR, TR_STORE_ERROR_CORRUPT,
                 /* Translators: %s is the path of a file */
                 _("The offline database “%s” is damaged"), display);
  return ok;
}

static gboolean
check_ownership (TrStoreDb   *db,
                 const char  *display,
                 gint64       version,
                 GError     **error)
{
  gint64 app_id, objects;

  if (!query_int (db, "PRAGMA application_id", &app_id, error) ||
      !query_int (db, "SELECT count(*) FROM sqlite_master", &objects, error))
    return FALSE;
  if ((app_id != 0 && app_id != TR_STORE_APPLICATION_ID) ||
      (app_id == 0 && (version != 0 || objects != 0)))
    {
      g_set_error (error, TR_STORE_ERROR, TR_STORE_ERROR_CORRUPT,
                   /* Translators: %s is the path of a file */
                   _("“%s” is not a Travel Requests offline database"), display);
      return FALSE;
    }
  return TRUE;
}

/**
 * tr_store_schema_check:
 * @db: a freshly opened connection, nothing written yet
 * @path: the file, for messages
 * @error: return location for a #TR_STORE_ERROR
 *
 * Refuses, without writing anything, a file that is not an SQLite
 * database, is damaged, belongs to another program or was written by a
 * newer schema.
 */
gboolean
tr_store_schema_check (TrStoreDb   *db,
                       const char  *path,
                       GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  gint64 version;

  if (!query_int (db, "PRAGMA user_version", &version, error) ||
      !check_integrity (db, display, error) ||
      !check_ownership (db, display, version, error))
    return FALSE;
  if (version > TR_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, TR_STORE_ERROR, TR_STORE_ERROR_TOO_NEW,
                   /* Translators: %s is the path of a file */
                   _("The offline database “%s” was written by a newer version of Travel Requests"),
                   display);
      return FALSE;
    }
  return TRUE;
}

/**
 * tr_store_schema_migrate:
 * @db: a checked, configured connection
 * @error: return location for an error
 *
 * Runs every step above the database's user_version, each in its own
 * transaction.
 */
gboolean
tr_store_schema_migrate (TrStoreDb  *db,
                         GError    **error)
{
  gint64 version;

  if (!query_int (db, "PRAGMA user_version", &version, error))
    return FALSE;
  for (gint64 next = version + 1; next <= TR_STORE_SCHEMA_VERSION; next++)
    {
      if (!tr_store_db_begin (db, error))
        return FALSE;
      if (!tr_store_db_exec_script (db, steps[next], error))
        {
          tr_store_db_rollback (db);
          return FALSE;
        }
      if (!tr_store_db_commit (db, error))
        return FALSE;
    }
  return TRUE;
}
