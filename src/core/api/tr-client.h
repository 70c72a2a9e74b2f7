/* tr-client.h
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

#include <json-glib/json-glib.h>

#include "tr-authorizer.h"
#include "tr-request-page.h"
#include "tr-request-query.h"
#include "tr-request.h"

G_BEGIN_DECLS

/**
 * TrWorkflowAction:
 * @TR_WORKFLOW_ACTION_SUBMIT: `submit`
 * @TR_WORKFLOW_ACTION_APPROVE: `approve`
 * @TR_WORKFLOW_ACTION_RECALL: `recall`
 * @TR_WORKFLOW_ACTION_SEND_BACK: `sendback`
 * @TR_WORKFLOW_ACTION_CANCEL: `cancel`
 * @TR_WORKFLOW_ACTION_CLOSE: `close`
 * @TR_WORKFLOW_ACTION_REOPEN: `reopen`
 *
 * The workflow actions of `POST /requests/{id}/{action}`.
 */
typedef enum
{
  TR_WORKFLOW_ACTION_SUBMIT,
  TR_WORKFLOW_ACTION_APPROVE,
  TR_WORKFLOW_ACTION_RECALL,
  TR_WORKFLOW_ACTION_SEND_BACK,
  TR_WORKFLOW_ACTION_CANCEL,
  TR_WORKFLOW_ACTION_CLOSE,
  TR_WORKFLOW_ACTION_REOPEN,
} TrWorkflowAction;

const char *tr_workflow_action_to_string (TrWorkflowAction action);

#define TR_TYPE_CLIENT (tr_client_get_type ())

G_DECLARE_FINAL_TYPE (TrClient, tr_client, TR, CLIENT, GObject)

TrClient     *tr_client_new                 (TrAuthorizer         *authorizer);
TrAuthorizer *tr_client_get_authorizer      (TrClient             *self);
char         *tr_client_dup_api_base        (TrClient             *self);
char         *tr_client_resolve_href        (TrClient             *self,
                                             const char           *href,
                                             GError              **error);
void          tr_client_set_retry_policy    (TrClient             *self,
                                             guint                 max_attempts,
                                             guint                 base_delay_ms,
                                             guint                 max_delay_ms,
                                             guint                 budget_ms);

void          tr_client_send_json_async     (TrClient             *self,
                                             const char           *method,
                                             const char           *path_or_href,
                                             JsonNode             *body,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
JsonNode     *tr_client_send_json_finish    (TrClient             *self,
                                             GAsyncResult         *result,
                                             GError              **error);

void          tr_client_fetch_pages_async   (TrClient             *self,
                                             const char           *path_or_href,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
JsonArray    *tr_client_fetch_pages_finish  (TrClient             *self,
                                             GAsyncResult         *result,
                                             GError              **error);

void           tr_client_list_requests_async        (TrClient              *self,
                                                    const TrRequestQuery  *query,
                                                    GCancellable          *cancellable,
                                                    GAsyncReadyCallback    callback,
                                                    gpointer               user_data);
TrRequestPage *tr_client_list_requests_finish       (TrClient              *self,
                                                    GAsyncResult          *result,
                                                    GError               **error);
void           tr_client_get_request_async          (TrClient              *self,
                                                    const char            *id,
                                                    const char            *user_id,
                                                    GCancellable          *cancellable,
                                                    GAsyncReadyCallback    callback,
                                                    gpointer               user_data);
TrRequest     *tr_client_get_request_finish         (TrClient              *self,
                                                    GAsyncResult          *result,
                                                    GError               **error);
void           tr_client_create_request_async       (TrClient              *self,
                                                    TrRequest             *request,
                                                    const char            *user_id,
                                                    GCancellable          *cancellable,
                                                    GAsyncReadyCallback    callback,
                                                    gpointer               user_data);
TrRequest     *tr_client_create_request_finish      (TrClient              *self,
                                                    GAsyncResult          *result,
                                                    GError               **error);
void           tr_client_update_request_async       (TrClient              *self,
                                                    TrRequest             *request,
                                                    const char            *user_id,
                                                    GCancellable          *cancellable,
                                                    GAsyncReadyCallback    callback,
                                                    gpointer               user_data);
TrRequest     *tr_client_update_request_finish      (TrClient              *self,
                                                    GAsyncResult          *result,
                                                    GError               **error);
void           tr_client_delete_request_async       (TrClient              *self,
                                                    const char            *id,
                                                    const char            *user_id,
                                                    GCancellable          *cancellable,
                                                    GAsyncReadyCallback    callback,
                                                    gpointer               user_data);
gboolean       tr_client_delete_request_finish      (TrClient              *self,
                                                    GAsyncResult          *result,
                                                    GError               **error);
void           tr_client_run_workflow_action_async  (TrClient              *self,
                                                    const char            *id,
                                                    TrWorkflowAction       action,
                                                    const char            *comment,
                                                    const char            *user_id,
                                                    GCancellable          *cancellable,
                                                    GAsyncReadyCallback    callback,
                                                    gpointer               user_data);
TrRequest     *tr_client_run_workflow_action_finish (TrClient              *self,
                                                    GAsyncResult          *result,
                                                    GError               **error);

G_END_DECLS
