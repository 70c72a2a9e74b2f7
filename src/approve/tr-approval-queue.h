/* tr-approval-queue.h
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

#include <adwaita.h>

#include "tr-client.h"
#include "tr-review-view.h"
#include "tr-store.h"

G_BEGIN_DECLS

#define TR_TYPE_APPROVAL_QUEUE (tr_approval_queue_get_type ())

G_DECLARE_FINAL_TYPE (TrApprovalQueue, tr_approval_queue, TR, APPROVAL_QUEUE, AdwBin)

GtkWidget         *tr_approval_queue_new                  (void);
TrClient          *tr_approval_queue_get_client           (TrApprovalQueue      *self);
void               tr_approval_queue_set_client           (TrApprovalQueue      *self,
                                                           TrClient             *client,
                                                           const char           *user_id);
TrStore           *tr_approval_queue_get_store            (TrApprovalQueue      *self);
void               tr_approval_queue_set_store            (TrApprovalQueue      *self,
                                                           TrStore              *store);
GListModel        *tr_approval_queue_get_model            (TrApprovalQueue      *self);
GtkSelectionModel *tr_approval_queue_get_selection        (TrApprovalQueue      *self);
TrReviewView      *tr_approval_queue_get_review_view      (TrApprovalQueue      *self);
guint              tr_approval_queue_get_n_requests       (TrApprovalQueue      *self);
gboolean           tr_approval_queue_get_busy             (TrApprovalQueue      *self);
void               tr_approval_queue_set_requests         (TrApprovalQueue      *self,
                                                           GListModel           *requests);
void               tr_approval_queue_refresh_async        (TrApprovalQueue      *self,
                                                           GCancellable         *cancellable,
                                                           GAsyncReadyCallback   callback,
                                                           gpointer              user_data);
gboolean           tr_approval_queue_refresh_finish       (TrApprovalQueue      *self,
                                                           GAsyncResult         *result,
                                                           GError              **error);
TrRequest         *tr_approval_queue_get_current          (TrApprovalQueue      *self);
gboolean           tr_approval_queue_open                 (TrApprovalQueue      *self,
                                                           guint                 position);
gboolean           tr_approval_queue_open_id              (TrApprovalQueue      *self,
                                                           const char           *request_id);
gboolean           tr_approval_queue_move                 (TrApprovalQueue      *self,
                                                           int                   delta);
gboolean           tr_approval_queue_has_seen             (TrApprovalQueue      *self,
                                                           const char           *request_id);
const char        *tr_approval_queue_get_message          (TrApprovalQueue      *self,
                                                           const char           *request_id);
gboolean           tr_approval_queue_is_waiting           (TrApprovalQueue      *self,
                                                           const char           *request_id);
gboolean           tr_approval_queue_approve_selected     (TrApprovalQueue      *self);

G_END_DECLS
