/* tr-sandbox-db.h
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

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define TR_SANDBOX_DB_ERROR (tr_sandbox_db_error_quark ())

typedef enum
{
  TR_SANDBOX_DB_ERROR_OPEN,
  TR_SANDBOX_DB_ERROR_SCHEMA,
  TR_SANDBOX_DB_ERROR_STATEMENT,
} TrSandboxDbError;

typedef struct _TrSandboxDb TrSandboxDb;

GQuark        tr_sandbox_db_error_quark (void);
TrSandboxDb  *tr_sandbox_db_open        (const char   *path,
                                         GError      **error);
void          tr_sandbox_db_free        (TrSandboxDb  *self);
sqlite3_stmt *tr_sandbox_db_query       (TrSandboxDb  *self,
                                         const char   *sql,
                                         const char   *types,
                                         ...);
void          tr_sandbox_db_release     (sqlite3_stmt *stmt);
gboolean      tr_sandbox_db_run         (TrSandboxDb  *self,
                                         const char   *sql,
                                         const char   *types,
                                         ...);
gint64        tr_sandbox_db_count       (TrSandboxDb  *self,
                                         const char   *sql,
                                         const char   *types,
                                         ...);
gboolean      tr_sandbox_db_begin       (TrSandboxDb  *self);
gboolean      tr_sandbox_db_commit      (TrSandboxDb  *self);
void          tr_sandbox_db_rollback    (TrSandboxDb  *self);
const char   *tr_sandbox_db_text        (sqlite3_stmt *stmt,
                                         int           column);
char         *tr_sandbox_db_get_meta    (TrSandboxDb  *self,
                                         const char   *key);
gboolean      tr_sandbox_db_set_meta    (TrSandboxDb  *self,
                                         const char   *key,
                                         const char   *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrSandboxDb, tr_sandbox_db_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, tr_sandbox_db_release)

G_END_DECLS
