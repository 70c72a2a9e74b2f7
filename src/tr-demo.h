/* tr-demo.h
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
 * along with this program.  If not, see <http://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tr-authorizer.h"

G_BEGIN_DECLS

#define TR_DEMO_ERROR (tr_demo_error_quark ())

/**
 * TrDemoError:
 * @TR_DEMO_ERROR_NOT_FOUND: the bundled tr-sandbox program is missing
 * @TR_DEMO_ERROR_FAILED: tr-sandbox could not start, or stopped
 * @TR_DEMO_ERROR_TIMEOUT: tr-sandbox did not say where it listens in time
 * @TR_DEMO_ERROR_NOT_RUNNING: signing in needs tr_demo_start_async() first
 *
 * Errors of the demo mode.
 */
typedef enum
{
  TR_DEMO_ERROR_NOT_FOUND,
  TR_DEMO_ERROR_FAILED,
  TR_DEMO_ERROR_TIMEOUT,
  TR_DEMO_ERROR_NOT_RUNNING,
} TrDemoError;

#define TR_DEMO_CLIENT_ID     "sandbox-client"
#define TR_DEMO_CLIENT_SECRET "sandbox-secret"
#define TR_DEMO_PASSWORD      "sandbox"
#define TR_DEMO_TRAVELER      "emma.traveler@example.com"
#define TR_DEMO_MANAGER       "marc.manager@example.com"

/* The user ids tr-sandbox's demo seed gives Emma and Marc (the stores of
 * earlier versions were keyed on them, see tr_demo_remove_legacy_stores_async()). */
#define TR_DEMO_TRAVELER_ID   "c0d9894b-98e2-48d5-86f9-1decde90dd15"
#define TR_DEMO_MANAGER_ID    "5d1c7a3e-2f4b-4c8e-9a61-0b7f3e2d4c11"

#define TR_TYPE_DEMO (tr_demo_get_type ())

G_DECLARE_FINAL_TYPE (TrDemo, tr_demo, TR, DEMO, GObject)

GQuark        tr_demo_error_quark          (void);

TrDemo       *tr_demo_new                  (const char           *sandbox_path,
                                            const char           *database_path);
char         *tr_demo_find_sandbox         (void);
char         *tr_demo_default_database     (void);
const char   *tr_demo_get_sandbox_path     (TrDemo               *self);
const char   *tr_demo_get_database_path    (TrDemo               *self);
const char   *tr_demo_get_base_url         (TrDemo               *self);
gboolean      tr_demo_get_running          (TrDemo               *self);
void          tr_demo_set_timeout          (TrDemo               *self,
                                            guint                 seconds);

void          tr_demo_start_async          (TrDemo               *self,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
gboolean      tr_demo_start_finish         (TrDemo               *self,
                                            GAsyncResult         *result,
                                            GError              **error);
void          tr_demo_sign_in_async        (TrDemo               *self,
                                            const char           *login,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
TrAuthorizer *tr_demo_sign_in_finish       (TrDemo               *self,
                                            GAsyncResult         *result,
                                            GError              **error);
void          tr_demo_stop                 (TrDemo               *self);
char         *tr_demo_dup_store_path       (TrDemo               *self,
                                            const char           *login);
char         *tr_demo_dup_account_key      (const char           *login);

void          tr_demo_remove_legacy_stores_async  (const char           *stores_dir,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
int           tr_demo_remove_legacy_stores_finish (GAsyncResult         *result,
                                                   GError              **error);

G_END_DECLS
