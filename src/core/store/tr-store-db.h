/* tr-store-db.h
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

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/*
 * TrStoreDb:
 *
 * One SQLite connection with its cache of prepared statements. Internal to
 * the store; used only from the store's worker thread.
 */
typedef struct _TrStoreDb TrStoreDb;

TrStoreDb    *tr_store_db_open          (const char    *path,
                                         GError       **error);
void          tr_store_db_free          (TrStoreDb     *db);
sqlite3      *tr_store_db_get_handle    (TrStoreDb     *db);
sqlite3_stmt *tr_store_db_prepare       (TrStoreDb     *db,
                                         const char    *sql,
                                         GError       **error);
int           tr_store_db_step          (TrStoreDb     *db,
                                         sqlite3_stmt  *stmt,
                                         GError       **error);
gboolean      tr_store_db_run           (TrStoreDb     *db,
                                         sqlite3_stmt  *stmt,
                                         GError       **error);
gboolean      tr_store_db_run_with      (TrStoreDb     *db,
                                         const char    *sql,
                                         gint64         id,
                                         const char    *text,
                                         GError       **error);
gboolean      tr_store_db_exec_script   (TrStoreDb     *db,
                                         const char    *script,
                                         GError       **error);
gboolean      tr_store_db_begin         (TrStoreDb     *db,
                                         GError       **error);
gboolean      tr_store_db_begin_read    (TrStoreDb     *db,
                                         GError       **error);
gboolean      tr_store_db_commit        (TrStoreDb     *db,
                                         GError       **error);
void          tr_store_db_rollback      (TrStoreDb     *db);
gboolean      tr_store_db_set_error     (TrStoreDb     *db,
                                         int            rc,
                                         GError       **error);
void          tr_store_db_bind_text     (sqlite3_stmt  *stmt,
                                         int            index,
                                         const char    *text);
char         *tr_store_db_dup_text      (sqlite3_stmt  *stmt,
                                         int            column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrStoreDb, tr_store_db_free)

G_END_DECLS
