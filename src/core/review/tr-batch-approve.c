/* tr-batch-approve.c
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

#define G_LOG_DOMAIN "tr-review"

#include <glib/gi18n-lib.h>

#include "tr-api-error.h"
#include "tr-batch-approve.h"

/* TrBatchApprove: approves several requests in order and reports each
 * result. Nothing is sent for a request the approver did not see in its
 * current version: the version given to tr_batch_approve_add() must be the
 * one seen, and (with a fetch step) the server's version just before the
 * approval must still be that one. */

typedef struct
{
  TrRequest        *current;
  TrReviewSnapshot *seen;
  TrRequest        *result;
  TrBatchItemState  state;
  char             *message;
  GError           *error;
  gboolean          sent;
} Item;

struct _TrBatchApprove
{
  GObject          parent_instance;

  TrBatchStepFunc  fetch;
  TrBatchStepFunc  approve;
  gpointer         user_data;
  GDestroyNotify   destroy;

  GArray          *items;
  guint            next;
  guint            n_approved;
  guint            n_deferred;
  gboolean         running;
  gboolean         offline;
};

G_DEFINE_FINAL_TYPE (TrBatchApprove, tr_batch_approve, G_TYPE_OBJECT)

enum {
  ITEM_FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void run_next (GTask *task);

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_clear_object (&item->current);
  g_clear_object (&item->seen);
  g_clear_object (&item->result);
  g_clear_pointer (&item->message, g_free);
  g_clear_error (&item->error);
}

static void
tr_batch_approve_finalize (GObject *object)
{
  TrBatchApprove *self = TR_BATCH_APPROVE (object);

  if (self->destroy != NULL)
    self->destroy (self->user_data);
  g_clear_pointer (&self->items, g_array_unref);

  G_OBJECT_CLASS (tr_batch_approve_parent_class)->finalize (object);
}

static void
tr_batch_approve_class_init (TrBatchApproveClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tr_batch_approve_finalize;

  /**
   * TrBatchApprove::item-finished:
   * @self: the batch
   * @index: the item that got its result
   */
  signals[ITEM_FINISHED] = g_signal_new ("item-finished", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
tr_batch_approve_init (TrBatchApprove *self)
{
  self->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (self->items, item_clear);
}

/**
 * tr_batch_approve_new:
 * @fetch: (nullable): gets the server's current version of a request
 *   just before approving it; without it, only the given versions are
 *   compared
 * @approve: approves a request
 * @user_data: data for both functions
 * @destroy: (nullable): frees @user_data with the batch
 *
 * Returns: (transfer full): an empty batch
 */
TrBatchApprove *
tr_batch_approve_new (TrBatchStepFunc fetch,
                      TrBatchStepFunc approve,
                      gpointer        user_data,
                      GDestroyNotify  destroy)
{
  TrBatchApprove *self;

  g_return_val_if_fail (approve != NULL, NULL);

  self = g_object_new (TR_TYPE_BATCH_APPROVE, NULL);
  self->fetch = fetch;
  self->approve = approve;
  self->user_data = user_data;
  self->destroy = destroy;
  return self;
}

/**
 * tr_batch_approve_add:
 * @self: a batch that is not running
 * @current: the request as currently listed
 * @seen: (nullable): the version the approver saw, %NULL if never
 *
 * Queues a request. Items are handled in the order they were added.
 */
void
tr_batch_approve_add (TrBatchApprove   *self,
                      TrRequest        *current,
                      TrReviewSnapshot *seen)
{
  Item item = { 0 };

  g_return_if_fail (TR_IS_BATCH_APPROVE (self));
  g_return_if_fail (TR_IS_REQUEST (current));
  g_return_if_fail (seen == NULL || TR_IS_REVIEW_SNAPSHOT (seen));
  g_return_if_fail (!self->running);

  item.current = g_object_ref (current);
  item.seen = seen ? g_object_ref (seen) : NULL;
  item.state = TR_BATCH_ITEM_PENDING;
  g_array_append_val (self->items, item);
}

guint
tr_batch_approve_get_n_items (TrBatchApprove *self)
{
  g_return_val_if_fail (TR_IS_BATCH_APPROVE (self), 0);

  return self->items->len;
}

guint
tr_batch_approve_get_n_approved (TrBatchApprove *self)
{
  g_return_val_if_fail (TR_IS_BATCH_APPROVE (self), 0);

  return self->n_approved;
}

gboolean
tr_batch_approve_get_running (TrBatchApprove *self)
{
  g_return_val_if_fail (TR_IS_BATCH_APPROVE (self), FALSE);

  return self->running;
}

static Item *
get_item (TrBatchApprove *self,
          guint           index)
{
  g_return_val_if_fail (TR_IS_BATCH_APPROVE (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);

  return &g_array_index (self->items, Item, index);
}

guint
tr_batch_approve_get_n_deferred (TrBatchApprove *self)
{
  g_return_val_if_fail (TR_IS_BATCH_APPROVE (self), 0);

  return self->n_deferred;
}

const char *
tr_batch_approve_get_item_id (TrBatchApprove *self,
                              guint           index)
{
  Item *item = get_item (self, index);

  return item ? tr_request_get_id (item->current) : NULL;
}

TrBatchItemState
tr_batch_approve_get_item_state (TrBatchApprove *self,
                                 guint           index)
{
  Item *item = get_item (self, index);

  return item ? item->state : TR_BATCH_ITEM_PENDING;
}

/**
 * tr_batch_approve_get_item_message:
 * @self: a batch
 * @index: an item
 *
 * Returns: (nullable): a translated sentence on the item's result (the
 *   server's message for a failure), %NULL while pending
 */
const char *
tr_batch_approve_get_item_message (TrBatchApprove *self,
                                   guint           index)
{
  Item *item = get_item (self, index);

  return item ? item->message : NULL;
}

/**
 * tr_batch_approve_get_item_error:
 * @self: a batch
 * @index: an item
 *
 * Returns: (transfer none) (nullable): the error of a failed item (for
 *   example a %TR_API_ERROR_NETWORK one, to queue the approval offline)
 */
const GError *
tr_batch_approve_get_item_error (TrBatchApprove *self,
                                 guint           index)
{
  Item *item = get_item (self, index);

  return item ? item->error : NULL;
}

/**
 * tr_batch_approve_get_item_result:
 * @self: a batch
 * @index: an item
 *
 * Returns: (transfer none) (nullable): the request as the server returned
 *   it after the approval
 */
TrRequest *
tr_batch_approve_get_item_result (TrBatchApprove *self,
                                  guint           index)
{
  Item *item = get_item (self, index);

  return item ? item->result : NULL;
}

/**
 * tr_batch_approve_get_item_request:
 * @self: a batch
 * @index: an item
 *
 * Returns: (transfer none): the request as given to tr_batch_approve_add()
 */
TrRequest *
tr_batch_approve_get_item_request (TrBatchApprove *self,
                                   guint           index)
{
  Item *item = get_item (self, index);

  return item ? item->current : NULL;
}

/**
 * tr_batch_approve_get_item_sent:
 * @self: a batch
 * @index: an item
 *
 * Returns: whether the approval of the item was sent, so that a
 *   %TR_BATCH_ITEM_DEFERRED one may have reached the server (its answer
 *   was lost)
 */
gboolean
tr_batch_approve_get_item_sent (TrBatchApprove *self,
                                guint           index)
{
  Item *item = get_item (self, index);

  return item ? item->sent : FALSE;
}

static void
finish_item (TrBatchApprove   *self,
             TrBatchItemState  state,
             char             *message)
{
  Item *item = &g_array_index (self->items, Item, self->next);
  guint index = self->next;

  item->state = state;
  g_free (item->message);
  item->message = message;
  if (state == TR_BATCH_ITEM_APPROVED)
    self->n_approved++;
  else if (state == TR_BATCH_ITEM_DEFERRED)
    self->n_deferred++;
  self->next++;
  g_signal_emit (self, signals[ITEM_FINISHED], 0, index);
}

static char *
describe_error (const GError *error)
{
  if (error == NULL)
    return NULL;
  if (error->domain == TR_API_ERROR)
    return tr_api_error_describe (error);
  return g_strdup (error->message);
}

/* Why @request may not be approved now, or NULL when it may. */
static char *
refusal (Item      *item,
         TrRequest *request)
{
  TrApprovalStatus *status;

  if (item->seen == NULL)
    return g_strdup (_("Not approved: you have not opened this request yet."));
  if (!tr_review_snapshot_is_current (item->seen, request))
    return g_strdup (_("Not approved: the request changed since you opened it. Open it again to see what changed."));
  if (tr_request_get_operation_href (request, "approve") == NULL)
    {
      status = tr_request_get_approval_status (request);
      if (status != NULL && tr_approval_status_get_name (status) != NULL)
        /* Translators: %s is the request’s status as the server names it, such as “Approved” */
        return g_strdup_printf (_("Not approved: the request is no longer waiting for your approval (it is now “%s”)."),
                                tr_approval_status_get_name (status));
      return g_strdup (_("Not approved: the request is no longer waiting for your approval."));
    }
  return NULL;
}

static gboolean
is_offline (const GError *error)
{
  return g_error_matches (error, TR_API_ERROR, TR_API_ERROR_NETWORK)
         || g_error_matches (error, TR_API_ERROR, TR_API_ERROR_UNAVAILABLE);
}

/* The current item failed with @error; the server being out of reach
 * defers it and every later item. */
static void
fail_item (TrBatchApprove *self,
           const GError   *error)
{
  Item *item = &g_array_index (self->items, Item, self->next);

  g_clear_error (&item->error);
  item->error = g_error_copy (error);
  if (!is_offline (error))
    return finish_item (self, TR_BATCH_ITEM_FAILED, describe_error (error));
  self->offline = TRUE;
  finish_item (self, TR_BATCH_ITEM_DEFERRED, g_strdup (_("Waiting to be sent when the server can be reached.")));
}

static void
on_approved_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TrBatchApprove *self = g_task_get_source_object (task);
  Item *item = &g_array_index (self->items, Item, self->next);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrRequest) approved = g_task_propagate_pointer (G_TASK (result), &error);

  if (approved == NULL && error == NULL)
    error = g_error_new_literal (TR_REVIEW_ERROR, TR_REVIEW_ERROR_INVALID, _("The server sent no request back"));
  if (error != NULL)
    fail_item (self, error);
  else
    {
      g_set_object (&item->result, approved);
      finish_item (self, TR_BATCH_ITEM_APPROVED, g_strdup (C_("request status", "Approved")));
    }
  run_next (g_steal_pointer (&task));
}

static void
start_approve (GTask     *task,
               TrRequest *request)
{
  TrBatchApprove *self = g_task_get_source_object (task);
  Item *item = &g_array_index (self->items, Item, self->next);
  g_autoptr(GTask) step = NULL;
  char *why = refusal (item, request);

  if (why != NULL)
    {
      finish_item (self, TR_BATCH_ITEM_REFUSED, why);
      run_next (task);
      return;
    }
  step = g_task_new (NULL, g_task_get_cancellable (task), on_approved_cb, task);
  g_task_set_source_tag (step, start_approve);
  item->sent = TRUE;
  self->approve (request, g_task_get_cancellable (task), step, self->user_data);
}

static void
on_fetched_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GTask *task = user_data;
  TrBatchApprove *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrRequest) fresh = g_task_propagate_pointer (G_TASK (result), &error);

  if (fresh == NULL)
    {
      if (error == NULL)
        error = g_error_new_literal (TR_REVIEW_ERROR, TR_REVIEW_ERROR_INVALID, _("The server sent no request back"));
      fail_item (self, error);
      run_next (task);
      return;
    }
  start_approve (task, fresh);
}

static void
start_fetch (GTask     *task,
             TrRequest *request)
{
  TrBatchApprove *self = g_task_get_source_object (task);
  g_autoptr(GTask) step = g_task_new (NULL, g_task_get_cancellable (task), on_fetched_cb, task);

  g_task_set_source_tag (step, start_fetch);
  self->fetch (request, g_task_get_cancellable (task), step, self->user_data);
}

/* Once the server was out of reach, later items are not tried (an
 * approval sent when the network returns would overtake the deferred
 * ones): those the approver saw in their listed version are deferred. */
static void
defer (GTask *task,
       Item  *item)
{
  TrBatchApprove *self = g_task_get_source_object (task);
  char *why = refusal (item, item->current);

  if (why != NULL)
    finish_item (self, TR_BATCH_ITEM_REFUSED, why);
  else
    finish_item (self, TR_BATCH_ITEM_DEFERRED, g_strdup (_("Waiting to be sent when the server can be reached.")));
  run_next (task);
}

/* Takes the reference of @task; returns it once the batch is done. */
static void
run_next (GTask *task)
{
  TrBatchApprove *self = g_task_get_source_object (task);
  Item *item;

  if (g_task_return_error_if_cancelled (task) || self->next >= self->items->len)
    {
      self->running = FALSE;
      if (!g_task_had_error (task))
        g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }
  item = &g_array_index (self->items, Item, self->next);
  if (self->offline)
    return defer (task, item);
  if (item->seen == NULL || !tr_review_snapshot_is_current (item->seen, item->current) || self->fetch == NULL)
    start_approve (task, item->current);
  else
    start_fetch (task, item->current);
}

/**
 * tr_batch_approve_run_async:
 * @self: a batch that is not running
 * @cancellable: (nullable): stops before the next item
 * @callback: called when every item has its result
 * @user_data: data for @callback
 *
 * Handles the pending items one after the other; ::item-finished reports
 * each result as it arrives.
 */
void
tr_batch_approve_run_async (TrBatchApprove      *self,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (TR_IS_BATCH_APPROVE (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_batch_approve_run_async);
  if (self->running)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING,
                               _("The requests are already being approved"));
      g_object_unref (task);
      return;
    }
  self->running = TRUE;
  run_next (task);
}

/**
 * tr_batch_approve_run_finish:
 * @self: a batch
 * @result: the result given to the callback
 * @error: return location for a #GError (only cancellation or misuse:
 *   the items' failures are reported per item)
 *
 * Returns: %TRUE when every item has its result
 */
gboolean
tr_batch_approve_run_finish (TrBatchApprove  *self,
                             GAsyncResult    *result,
                             GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_batch_approve_run_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
