/* tr-account.h
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
#include "tr-client.h"
#include "tr-request.h"
#include "tr-request-item.h"
#include "tr-store.h"
#include "tr-sync.h"

G_BEGIN_DECLS

#define TR_ACCOUNT_ERROR (tr_account_error_quark ())

/**
 * TrAccountError:
 * @TR_ACCOUNT_ERROR_INVALID: the request does not allow it
 * @TR_ACCOUNT_ERROR_REFUSED: the server refused the queued change
 * @TR_ACCOUNT_ERROR_CONFLICT: the request changed here and on the server
 */
typedef enum
{
  TR_ACCOUNT_ERROR_INVALID,
  TR_ACCOUNT_ERROR_REFUSED,
  TR_ACCOUNT_ERROR_CONFLICT,
} TrAccountError;

/**
 * TrAccountOutcome:
 * @TR_ACCOUNT_OUTCOME_FAILED: it failed (see the error)
 * @TR_ACCOUNT_OUTCOME_DONE: the server has it
 * @TR_ACCOUNT_OUTCOME_QUEUED: it waits in the outbox (offline)
 */
typedef enum
{
  TR_ACCOUNT_OUTCOME_FAILED,
  TR_ACCOUNT_OUTCOME_DONE,
  TR_ACCOUNT_OUTCOME_QUEUED,
} TrAccountOutcome;

GQuark tr_account_error_quark (void);

#define TR_TYPE_ACCOUNT (tr_account_get_type ())

G_DECLARE_FINAL_TYPE (TrAccount, tr_account, TR, ACCOUNT, GObject)

TrAccount    *tr_account_new                   (TrAuthorizer         *authorizer,
                                                const char           *display_name);
TrAccount    *tr_account_new_detached          (const char           *key,
                                                const char           *display_name);
gboolean      tr_account_get_detached          (TrAccount            *self);
void          tr_account_attach                (TrAccount            *self,
                                                TrAuthorizer         *authorizer);
TrAuthorizer *tr_account_get_authorizer        (TrAccount            *self);
TrClient     *tr_account_get_client            (TrAccount            *self);
const char   *tr_account_get_display_name      (TrAccount            *self);
const char   *tr_account_get_client_secret     (TrAccount            *self);
void          tr_account_set_client_secret     (TrAccount            *self,
                                                const char           *client_secret);
char         *tr_account_dup_key               (TrAccount            *self);
GListModel   *tr_account_get_requests          (TrAccount            *self);
gboolean      tr_account_get_online            (TrAccount            *self);
gboolean      tr_account_get_syncing           (TrAccount            *self);
guint         tr_account_get_to_approve_count  (TrAccount            *self);
gboolean      tr_account_get_loaded            (TrAccount            *self);
double        tr_account_get_progress          (TrAccount            *self);

void          tr_account_open_cache_async      (TrAccount            *self,
                                                const char           *path,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
gboolean      tr_account_open_cache_finish     (TrAccount            *self,
                                                GAsyncResult         *result,
                                                GError              **error);
gboolean      tr_account_get_cached            (TrAccount            *self);
void          tr_account_read_cache_ahead      (TrAccount            *self,
                                                const char           *path);
char         *tr_account_dup_cache_path        (TrAccount            *self);
void          tr_account_delete_cache          (TrAccount            *self);
TrStore      *tr_account_get_store             (TrAccount            *self);
TrSync       *tr_account_get_sync              (TrAccount            *self);

void          tr_account_run_action_async      (TrAccount            *self,
                                                TrRequestItem        *item,
                                                const char           *rel,
                                                const char           *href,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
TrAccountOutcome tr_account_run_action_finish  (TrAccount            *self,
                                                GAsyncResult         *result,
                                                GError              **error);
void          tr_account_set_hidden            (TrAccount            *self,
                                                TrRequestItem        *item,
                                                gboolean              hidden);
void          tr_account_delete_request_async  (TrAccount            *self,
                                                TrRequestItem        *item,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
gboolean      tr_account_delete_request_finish (TrAccount            *self,
                                                GAsyncResult         *result,
                                                GError              **error);

void          tr_account_save_request_async    (TrAccount            *self,
                                                TrRequest            *request,
                                                gint64                local_id,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
void          tr_account_save_request_with_expenses_async (TrAccount *self,
                                                TrRequest            *request,
                                                gint64                local_id,
                                                GListModel           *expenses,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
gboolean      tr_account_save_request_finish   (TrAccount            *self,
                                                GAsyncResult         *result,
                                                GError              **error);

void          tr_account_merge_listing         (TrAccount            *self,
                                                JsonArray            *own,
                                                JsonArray            *to_approve);

void          tr_account_refresh_async         (TrAccount            *self,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
gboolean      tr_account_refresh_finish        (TrAccount            *self,
                                                GAsyncResult         *result,
                                                GError              **error);

G_END_DECLS
