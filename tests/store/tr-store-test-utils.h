/* tr-store-test-utils.h
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

#include <sqlite3.h>

#include "tr-store.h"

G_BEGIN_DECLS

char              *tr_store_test_make_tmpdir      (void);
void               tr_store_test_rm_rf            (const char        *dir);
char              *tr_store_test_fixture_path     (const char        *name);
JsonNode          *tr_store_test_load_fixture     (const char        *name);
JsonNode          *tr_store_test_parse            (const char        *json);
GBytes            *tr_store_test_read_file        (const char        *path);

/* Run one async store call to completion on the thread-default context. */
void               tr_store_test_capture          (GObject           *source,
                                                   GAsyncResult      *result,
                                                   gpointer           user_data);
GAsyncResult      *tr_store_test_wait             (GAsyncResult     **slot);

TrStore           *tr_store_test_open             (const char        *path,
                                                   GError           **error);
gint64             tr_store_test_upsert           (TrStore           *store,
                                                   JsonNode          *request,
                                                   GError           **error);
gint64             tr_store_test_create           (TrStore           *store,
                                                   JsonNode          *draft,
                                                   GError           **error);
gboolean           tr_store_test_save             (TrStore           *store,
                                                   gint64             local_id,
                                                   JsonNode          *request,
                                                   GError           **error);
gboolean           tr_store_test_delete           (TrStore           *store,
                                                   gint64             local_id,
                                                   GError           **error);
gint64             tr_store_test_action           (TrStore           *store,
                                                   gint64             local_id,
                                                   const char        *action,
                                                   GError           **error);
GPtrArray         *tr_store_test_list             (TrStore           *store,
                                                   const TrStoreQuery *query,
                                                   GError           **error);
TrStoreRequestRow *tr_store_test_get              (TrStore           *store,
                                                   gint64             local_id,
                                                   GPtrArray        **expenses,
                                                   GError           **error);
gint64             tr_store_test_create_expense   (TrStore           *store,
                                                   gint64             request_local_id,
                                                   JsonNode          *expense,
                                                   GError           **error);
gint64             tr_store_test_upsert_expense   (TrStore           *store,
                                                   const char        *request_server_id,
                                                   JsonNode          *expense,
                                                   GError           **error);
TrStoreOutboxOp   *tr_store_test_peek             (TrStore           *store,
                                                   GError           **error);
GPtrArray         *tr_store_test_outbox           (TrStore           *store,
                                                   GError           **error);
gint64             tr_store_test_count            (TrStore           *store,
                                                   GError           **error);
gboolean           tr_store_test_done             (TrStore           *store,
                                                   gint64             seq,
                                                   const char        *server_id,
                                                   JsonNode          *response,
                                                   GError           **error);
void               tr_store_test_close            (TrStore           *store);

/* Direct SQLite access to inspect or sabotage a database file. */
gint64             tr_store_test_sql_int          (const char        *path,
                                                   const char        *sql);
char              *tr_store_test_sql_text         (const char        *path,
                                                   const char        *sql);
void               tr_store_test_sql_exec         (const char        *path,
                                                   const char        *sql);

G_END_DECLS
