/* tr-approval-queue-decide.c
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

#define G_LOG_DOMAIN "tr-approve"

#include <glib/gi18n.h>

#include "tr-api-error.h"
#include "tr-approval-queue-private.h"
#include "tr-batch-approve.h"

/* Decisions: approve (one request, or the selection as a batch) and send
 * back. Nothing is approved that the approver did not see in its current
 * version (TrBatchApprove checks it against the server). After a decision
 * the next request opens. */

typedef struct
{
  TrApprovalQueue *self;
  char            *id;
  char            *rel;
  char            *comment;
  TrRequest       *request;
  guint            position;
} Decision;

static void
decision_free (Decision *decision)
{
  g_object_unref (decision->self);
  g_free (decision->id);
  g_free (decision->rel);
  g_free (decision->comment);
  g_clear_object (&decision->request);
  g_free (decision);
}

static Decision *
decision_new (TrApprovalQueue *self,
              TrRequest       *request,
              const char      *rel,
              const char      *comment)
{
  Decision *decision = g_new0 (Decision, 1);
  TrReviewSnapshot *seen = g_hash_table_lookup (self->seen, tr_request_get_id (request));

  decision->self = g_object_ref (self);
  decision->id = g_strdup (tr_request_get_id (request));
  decision->rel = g_strdup (rel);
  decision->comment = g_strdup (comment);
  decision->request = g_object_ref (seen ? tr_review_snapshot_get_request (seen) : request);
  decision->position = self->current;
  return decision;
}

static void
open_after (TrApprovalQueue *self,
            guint            position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->requests));

  if (self->current != GTK_INVALID_LIST_POSITION || n == 0)
    return;
  tr_approval_queue_open (self, MIN (position, n - 1));
}

static void
finish_decision (Decision   *decision,
                 gboolean    success,
                 const char *message)
{
  TrApprovalQueue *self = decision->self;

  tr_approval_queue_busy_changed (self, -1);
  if (!tr_approval_queue_is_alive (self))
    return;
  tr_approval_queue_set_status (self, message);
  if (success)
    {
      tr_approval_queue_remove (self, decision->id);
      open_after (self, decision->position);
    }
  else
    tr_approval_queue_set_message (self, decision->id, message);
  g_signal_emit (self, tr_approval_queue_signals[TR_APPROVAL_QUEUE_SIGNAL_DECISION_FINISHED], 0,
                 decision->id, decision->rel, success, message);
}

static char *
describe (const GError *error)
{
  if (error->domain == TR_API_ERROR)
    return tr_api_error_describe (error);
  return g_strdup (error->message);
}

static gboolean
is_offline (const GError *error)
{
  return g_error_matches (error, TR_API_ERROR, TR_API_ERROR_NETWORK)
         || g_error_matches (error, TR_API_ERROR, TR_API_ERROR_UNAVAILABLE);
}

/* Offline with a store: the decision waits in the outbox with the
 * version the approver saw; its row stays, "Waiting to be sent". Returns
 * FALSE when it cannot be queued. */
static gboolean
queue_offline (Decision     *decision,
               const GError *error,
               gboolean      sent)
{
  TrApprovalQueue *self = decision->self;

  if (!is_offline (error) || !tr_approval_queue_is_alive (self)
      || !tr_approval_queue_send_later (self, decision->request, decision->rel, decision->comment, sent))
    return FALSE;
  tr_approval_queue_busy_changed (self, -1);
  tr_approval_queue_set_status (self, _("You are offline: the decision waits in the outbox and is sent, in order, when the connection returns."));
  decision_free (decision);
  return TRUE;
}

static void
on_sent_back_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Decision *decision = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TrRequest) request = tr_client_run_workflow_action_finish (TR_CLIENT (source), result, &error);
  g_autofree char *message = NULL;

  if (request == NULL && queue_offline (decision, error, TRUE))
    return;
  if (request != NULL)
    message = g_strdup_printf (_("“%s” was sent back."), tr_request_get_name (request));
  else
    message = describe (error);
  finish_decision (decision, request != NULL, message);
  decision_free (decision);
}

static void
on_approved_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Decision *decision = user_data;
  TrBatchApprove *batch = TR_BATCH_APPROVE (source);
  g_autoptr(GError) error = NULL;
  gboolean ok = tr_batch_approve_run_finish (batch, result, &error)
                && tr_batch_approve_get_item_state (batch, 0) == TR_BATCH_ITEM_APPROVED;
  g_autofree char *message = NULL;

  if (!ok && error == NULL && tr_batch_approve_get_item_state (batch, 0) == TR_BATCH_ITEM_DEFERRED
      && queue_offline (decision, tr_batch_approve_get_item_error (batch, 0),
                        tr_batch_approve_get_item_sent (batch, 0)))
    return;
  if (error != NULL)
    message = describe (error);
  else if (ok)
    message = g_strdup_printf (_("“%s” was approved."),
                               tr_request_get_name (tr_batch_approve_get_item_result (batch, 0)));
  else
    message = g_strdup (tr_batch_approve_get_item_message (batch, 0));
  finish_decision (decision, ok, message);
  decision_free (decision);
}

static TrBatchApprove *
new_batch (TrApprovalQueue *self,
           TrRequest       *request)
{
  TrBatchApprove *batch = tr_batch_approve_new_for_client (self->client, self->user_id);
  TrReviewSnapshot *seen = g_hash_table_lookup (self->seen, tr_request_get_id (request));

  tr_batch_approve_add (batch, seen ? tr_review_snapshot_get_request (seen) : request, seen);
  return batch;
}

/* From TrReviewView::decided: @rel is "approve" or "sendback". */
void
tr_approval_queue_decide (TrApprovalQueue *self,
                          const char      *rel,
                          const char      *comment)
{
  TrRequest *request = tr_approval_queue_get_current (self);
  g_autoptr(TrBatchApprove) batch = NULL;
  Decision *decision;

  if (request == NULL)
    return;
  if (tr_approval_queue_is_waiting (self, tr_request_get_id (request)))
    {
      tr_approval_queue_set_status (self, _("A decision on this request already waits to be sent."));
      return;
    }
  if (self->client == NULL)
    {
      tr_approval_queue_set_message (self, tr_request_get_id (request),
                                     _("Not signed in: the decision cannot be sent."));
      return;
    }
  decision = decision_new (self, request, rel, comment);
  tr_approval_queue_busy_changed (self, 1);
  tr_approval_queue_set_message (self, decision->id, NULL);
  if (g_str_equal (rel, "sendback"))
    {
      tr_client_run_workflow_action_async (self->client, decision->id, TR_WORKFLOW_ACTION_SEND_BACK, comment,
                                           self->user_id, self->cancellable, on_sent_back_cb, decision);
      return;
    }
  batch = new_batch (self, request);
  tr_batch_approve_run_async (batch, self->cancellable, on_approved_cb, decision);
}

static void
on_batch_item_cb (TrBatchApprove  *batch,
                  guint            index,
                  TrApprovalQueue *self)
{
  const char *id = tr_batch_approve_get_item_id (batch, index);
  TrBatchItemState state = tr_batch_approve_get_item_state (batch, index);

  if (!tr_approval_queue_is_alive (self))
    return;
  if (state == TR_BATCH_ITEM_APPROVED)
    tr_approval_queue_remove (self, id);
  else if (state != TR_BATCH_ITEM_DEFERRED
           || !tr_approval_queue_send_later (self, tr_batch_approve_get_item_request (batch, index), "approve",
                                             NULL, tr_batch_approve_get_item_sent (batch, index)))
    tr_approval_queue_set_message (self, id, tr_batch_approve_get_item_message (batch, index));
}

static void
on_batch_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(TrApprovalQueue) self = user_data;
  TrBatchApprove *batch = TR_BATCH_APPROVE (source);
  g_autoptr(GError) error = NULL;
  guint approved = tr_batch_approve_get_n_approved (batch);
  guint deferred = tr_batch_approve_get_n_deferred (batch);
  guint refused = tr_batch_approve_get_n_items (batch) - approved - (self->store ? deferred : 0);
  g_autofree char *summary = NULL;

  tr_batch_approve_run_finish (batch, result, &error);
  tr_approval_queue_busy_changed (self, -1);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || !tr_approval_queue_is_alive (self))
    return;
  if (refused == 0)
    /* Translators: %u is a number of travel requests */
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u request approved.", "%u requests approved.",
                                            approved), approved);
  else
    {
      g_autofree char *failed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              /* Translators: %u is how many requests of a batch were not approved */
                                                              "%u request not approved: see the selected requests.",
                                                              "%u requests not approved: see the selected requests.",
                                                              refused), refused);
      /* Translators: %u is a number of travel requests */
      g_autofree char *done = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u request approved.",
                                                            "%u requests approved.", approved), approved);

      /* Translators: two sentences in a row, “2 requests approved.” then
       * “1 request not approved: see the selected requests.” */
      summary = approved == 0 ? g_steal_pointer (&failed) : g_strdup_printf (C_("two sentences", "%s %s"), done, failed);
    }
  if (deferred > 0 && self->store != NULL)
    {
      g_autofree char *later = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             /* Translators: said after approving a batch offline; %u is a number of approvals */
                                                             "%u approval waits to be sent when the connection returns.",
                                                             "%u approvals wait to be sent when the connection returns.",
                                                             deferred), deferred);
      g_autofree char *before = g_steal_pointer (&summary);

      /* Translators: two sentences in a row, “2 requests approved.” then
       * “1 approval waits to be sent when the connection returns.” */
      summary = approved == 0 && refused == 0 ? g_steal_pointer (&later)
                                              : g_strdup_printf (C_("two sentences", "%s %s"), before, later);
    }
  tr_approval_queue_set_status (self, summary);
  open_after (self, 0);
}

/**
 * tr_approval_queue_approve_selected:
 * @self: a queue
 *
 * Approves the selected requests in list order. Requests the approver
 * has not opened, or that changed since, are not approved; they and the
 * failures stay selected, each with its reason.
 *
 * Returns: whether a batch started
 */
gboolean
tr_approval_queue_approve_selected (TrApprovalQueue *self)
{
  g_autoptr(GtkBitset) selected = NULL;
  g_autoptr(TrBatchApprove) batch = NULL;
  GtkBitsetIter iter;
  guint position;

  g_return_val_if_fail (TR_IS_APPROVAL_QUEUE (self), FALSE);

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  if (self->client == NULL || gtk_bitset_is_empty (selected))
    return FALSE;
  batch = tr_batch_approve_new_for_client (self->client, self->user_id);
  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position); ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(TrRequest) request = g_list_model_get_item (G_LIST_MODEL (self->requests), position);
      TrReviewSnapshot *seen = g_hash_table_lookup (self->seen, tr_request_get_id (request));

      if (tr_approval_queue_is_waiting (self, tr_request_get_id (request)))
        continue;   /* already decided, in the outbox */
      tr_batch_approve_add (batch, seen ? tr_review_snapshot_get_request (seen) : request, seen);
    }
  if (tr_batch_approve_get_n_items (batch) == 0)
    return FALSE;
  g_signal_connect_object (batch, "item-finished", G_CALLBACK (on_batch_item_cb), self, 0);
  tr_approval_queue_busy_changed (self, 1);
  tr_approval_queue_set_status (self, _("Approving…"));
  tr_batch_approve_run_async (batch, self->cancellable, on_batch_done_cb, g_object_ref (self));
  return TRUE;
}

static void
on_listed_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TrApprovalQueue *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrRequestPage) page = tr_client_list_requests_finish (TR_CLIENT (source), result, &error);

  tr_approval_queue_busy_changed (self, -1);
  if (page != NULL && !tr_approval_queue_is_alive (self))
    return g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The queue was closed"));
  if (page == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  tr_approval_queue_set_requests (self, tr_request_page_get_data (page));
  g_task_return_boolean (task, TRUE);
}

/**
 * tr_approval_queue_refresh_async:
 * @self: a queue with a client
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the list is replaced
 * @user_data: data for @callback
 *
 * Lists `view=TOAPPROVE` (the first 100) and shows it.
 */
void
tr_approval_queue_refresh_async (TrApprovalQueue     *self,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(TrRequestQuery) query = tr_request_query_new ();

  g_return_if_fail (TR_IS_APPROVAL_QUEUE (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_approval_queue_refresh_async);
  if (self->client == NULL)
    {
      g_task_return_new_error (task, TR_API_ERROR, TR_API_ERROR_UNAUTHORIZED, _("Not signed in"));
      return;
    }
  query->view = g_strdup ("TOAPPROVE");
  query->user_id = g_strdup (self->user_id);
  query->limit = 100;
  tr_approval_queue_busy_changed (self, 1);
  tr_client_list_requests_async (self->client, query, cancellable, on_listed_cb, g_steal_pointer (&task));
}

gboolean
tr_approval_queue_refresh_finish (TrApprovalQueue  *self,
                                  GAsyncResult     *result,
                                  GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_approval_queue_refresh_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
