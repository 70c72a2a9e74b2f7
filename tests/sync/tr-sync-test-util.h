/* tr-sync-test-util.h
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

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "tr-client.h"
#include "tr-store.h"
#include "tr-sync.h"

G_BEGIN_DECLS

#define TR_TEST_EMMA "emma.traveler@example.com"
#define TR_TEST_MARC "marc.manager@example.com"

/* A tr-sandbox child process with its database in a temporary folder. */
typedef struct
{
  char        *exe;
  GSubprocess *process;
  char        *dir;
  char        *db_path;
  char        *base_url;
  guint        port;
} TrTestSandbox;

TrTestSandbox *tr_test_sandbox_start   (const char      *exe,
                                        const char      *seed,
                                        const char      *faults);
void           tr_test_sandbox_stop    (TrTestSandbox   *self);
void           tr_test_sandbox_restart (TrTestSandbox   *self,
                                        const char      *faults);
void           tr_test_sandbox_free    (TrTestSandbox   *self);

GSubprocess   *tr_test_spawn           (const char * const  *argv,
                                        GSubprocessFlags     flags,
                                        GError             **error);
void           tr_test_sleep           (guint            ms);
char          *tr_test_make_dir        (void);
void           tr_test_remove_dir      (const char      *dir);

void           tr_test_store_result    (GObject         *source,
                                        GAsyncResult    *result,
                                        gpointer         user_data);
GAsyncResult  *tr_test_wait            (GAsyncResult   **slot);

TrClient      *tr_test_sign_in         (const char      *base_url,
                                        const char      *login,
                                        GError         **error);
TrStore       *tr_test_open_store      (const char      *path,
                                        GError         **error);
JsonNode      *tr_test_call            (TrClient        *client,
                                        const char      *method,
                                        const char      *path,
                                        const char      *json_body,
                                        GError         **error);
gboolean       tr_test_run_until_done  (TrSync          *sync,
                                        guint            max_runs,
                                        guint           *runs_out);
gint64         tr_test_outbox_count    (TrStore         *store);

gint64             tr_test_create_request (TrStore      *store,
                                           const char   *name,
                                           const char   *purpose);
gint64             tr_test_create_expense (TrStore      *store,
                                           gint64        request_id,
                                           const char   *type,
                                           const char   *amount);
TrStoreRequestRow *tr_test_get_request    (TrStore      *store,
                                           gint64        local_id,
                                           GPtrArray   **expenses);
void               tr_test_edit_request   (TrStore      *store,
                                           gint64        local_id,
                                           const char   *member,
                                           const char   *value);
void               tr_test_edit_expense   (TrStore      *store,
                                           gint64        request_id,
                                           gint64        local_id,
                                           const char   *member,
                                           const char   *value);
void               tr_test_delete_request (TrStore      *store,
                                           gint64        local_id);
void               tr_test_delete_expense (TrStore      *store,
                                           gint64        local_id);
void               tr_test_queue_action   (TrStore      *store,
                                           gint64        local_id,
                                           const char   *action);
JsonArray         *tr_test_list_server    (TrClient     *client);
JsonArray         *tr_test_server_expenses (TrClient    *client,
                                           const char   *request_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrTestSandbox, tr_test_sandbox_free)

G_END_DECLS
