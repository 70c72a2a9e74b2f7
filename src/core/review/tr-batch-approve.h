/* tr-batch-approve.h
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

#include <gio/gio.h>

#include "tr-client.h"
#include "tr-request.h"
#include "tr-review-error.h"
#include "tr-review-snapshot.h"

G_BEGIN_DECLS

/**
 * TrBatchItemState:
 * @TR_BATCH_ITEM_PENDING: not handled yet
 * @TR_BATCH_ITEM_APPROVED: approved
 * @TR_BATCH_ITEM_REFUSED: not sent: not seen, or changed since it was
 *   seen, or no longer waiting for this approver
 * @TR_BATCH_ITEM_FAILED: the server refused it
 * @TR_BATCH_ITEM_DEFERRED: not approved yet: the server could not be
 *   reached for it or for an earlier item (then it was not tried, to keep
 *   the order); it was seen in its listed version, so it may wait in the
 *   outbox (see tr_batch_approve_get_item_sent())
 */
typedef enum
{
  TR_BATCH_ITEM_PENDING,
  TR_BATCH_ITEM_APPROVED,
  TR_BATCH_ITEM_REFUSED,
  TR_BATCH_ITEM_FAILED,
  TR_BATCH_ITEM_DEFERRED,
} TrBatchItemState;

/**
 * TrBatchStepFunc:
 * @request: the request to work on
 * @cancellable: (nullable): cancels the step
 * @task: complete it exactly once, with g_task_return_pointer() and a new
 *   #TrRequest (the server's current version) or with an error
 * @user_data: the data given with the function
 *
 * One asynchronous step of a batch: fetching the current version of a
 * request, or approving it.
 */
typedef void (*TrBatchStepFunc) (TrRequest    *request,
                                 GCancellable *cancellable,
                                 GTask        *task,
                                 gpointer      user_data);

#define TR_TYPE_BATCH_APPROVE (tr_batch_approve_get_type ())

G_DECLARE_FINAL_TYPE (TrBatchApprove, tr_batch_approve, TR, BATCH_APPROVE, GObject)

TrBatchApprove   *tr_batch_approve_new              (TrBatchStepFunc      fetch,
                                                     TrBatchStepFunc      approve,
                                                     gpointer             user_data,
                                                     GDestroyNotify       destroy);
TrBatchApprove   *tr_batch_approve_new_for_client   (TrClient            *client,
                                                     const char          *user_id);
void              tr_batch_approve_add              (TrBatchApprove      *self,
                                                     TrRequest           *current,
                                                     TrReviewSnapshot    *seen);
guint             tr_batch_approve_get_n_items      (TrBatchApprove      *self);
guint             tr_batch_approve_get_n_approved   (TrBatchApprove      *self);
gboolean          tr_batch_approve_get_running      (TrBatchApprove      *self);
const char       *tr_batch_approve_get_item_id      (TrBatchApprove      *self,
                                                     guint                index);
TrBatchItemState  tr_batch_approve_get_item_state   (TrBatchApprove      *self,
                                                     guint                index);
const char       *tr_batch_approve_get_item_message (TrBatchApprove      *self,
                                                     guint                index);
const GError     *tr_batch_approve_get_item_error   (TrBatchApprove      *self,
                                                     guint                index);
TrRequest        *tr_batch_approve_get_item_result  (TrBatchApprove      *self,
                                                     guint                index);
TrRequest        *tr_batch_approve_get_item_request (TrBatchApprove      *self,
                                                     guint                index);
gboolean          tr_batch_approve_get_item_sent    (TrBatchApprove      *self,
                                                     guint                index);
guint             tr_batch_approve_get_n_deferred   (TrBatchApprove      *self);
void              tr_batch_approve_run_async        (TrBatchApprove      *self,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
gboolean          tr_batch_approve_run_finish       (TrBatchApprove      *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);

G_END_DECLS
