/* tr-approval-queue-outbox.c
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
#include "tr-sync-moved.h"

/* Decisions the server could not be reached for wait in the outbox, one
 * operation per request, in the order they were made, each with the
 * version the approver saw (the replay refuses an approval when it
 * changed, tr-sync-moved.c). Their rows stay in the queue, "Waiting to be
 * sent", until the outbox tells their outcome: accepted (the row leaves)
 * or refused (the row keeps the reason). */

typedef struct
{
  char      *id;
  char      *rel;
  char      *comment;
  TrRequest *request;
  gboolean   sent;
  gint64     seq;
} Waiting;

static void
waiting_free (gpointer data)
{
  Waiting *waiting = data;

  if (waiting == NULL)
    return;
  g_free (waiting->id);
  g_free (waiting->rel);
  g_free (waiting->comment);
  g_clear_object (&waiting->request);
  g_free (waiting);
}

/* The table of waiting decisions, created on first use. */
static GHashTable *
waiting_table (TrApprovalQueue *self)
{
  if (self->waiting == NULL)
    self->waiting = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, waiting_free);
  return self->waiting;
}

gboolean
tr_approval_queue_is_waiting (TrApprovalQueue *self,
                              const char      *request_id)
{
  g_return_val_if_fail (TR_IS_APPROVAL_QUEUE (self), FALSE);

  return request_id != NULL && self->waiting != NULL && g_hash_table_contains (self->waiting, request_id);
}

static void queue_next     (TrApprovalQueue *self);
static void finish_waiting (TrApprovalQueue *self,
                            const char      *request_id,
                            gboolean         success,
                            const char      *message);

/* Accepted (the operation left the outbox) or refused (@present has it,
 * failed, with the reason). */
static void
report (TrApprovalQueue *self,
        const char      *request_id,
        GHashTable      *present)
{
  Waiting *waiting = g_hash_table_lookup (self->waiting, request_id);
  TrStoreOutboxOp *op = g_hash_table_lookup (present, &waiting->seq);
  const char *name = tr_request_get_name (waiting->request);
  g_autofree char *message = NULL;

  if (op != NULL)
    message = g_strdup (op->last_error ? op->last_error : _("The server refused the decision."));
  else if (g_strcmp0 (waiting->rel, "sendback") == 0)
    /* Translators: %s is the name of a request */
    message = g_strdup_printf (_("“%s” was sent back."), name ? name : "");
  else
    /* Translators: %s is the name of a request */
    message = g_strdup_printf (_("“%s” was approved."), name ? name : "");
  finish_waiting (self, request_id, op == NULL, message);
}

/* The open request was accepted and left: the one now at its place
 * opens, as after a decision made online. */
static void
reopen (TrApprovalQueue *self,
        guint            position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->requests));

  if (self->current != GTK_INVALID_LIST_POSITION || position == GTK_INVALID_LIST_POSITION || n == 0)
    return;
  tr_approval_queue_open (self, MIN (position, n - 1));
  /* Opening selects only the open request: those refused stay selected. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrRequest) request = g_list_model_get_item (G_LIST_MODEL (self->requests), i);

      if (tr_approval_queue_get_message (self, tr_request_get_id (request)) != NULL)
        gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), i, FALSE);
    }
}

static void
finish_waiting (TrApprovalQueue *self,
                const char      *request_id,
                gboolean         success,
                const char      *message)
{
  g_autofree char *id = g_strdup (request_id);
  g_autofree char *rel = NULL;
  Waiting *waiting = g_hash_table_lookup (self->waiting, id);

  guint position = tr_approval_queue_find (self, request_id);

  rel = g_strdup (waiting ? waiting->rel : "approve");
  g_hash_table_remove (self->waiting, id);
  if (success)
    {
      tr_approval_queue_remove (self, id);
      reopen (self, position);
    }
  else
    {
      tr_approval_queue_set_message (self, id, message);
      if (position != GTK_INVALID_LIST_POSITION)
        gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, FALSE);
    }
  /* A refusal stays in the status line until the next decision. */
  if (!success)
    {
      g_free (self->refusal_status);
      self->refusal_status = g_strdup (message);
    }
  tr_approval_queue_set_status (self, self->refusal_status ? self->refusal_status : message);
  g_signal_emit (self, tr_approval_queue_signals[TR_APPROVAL_QUEUE_SIGNAL_DECISION_FINISHED], 0,
                 id, rel, success, message);
}

static void
on_queued_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(TrApprovalQueue) self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 seq = tr_store_queue_decision_finish (TR_STORE (source), result, &error);
  Waiting *waiting = g_queue_pop_head (&self->to_queue);

  if (!tr_approval_queue_is_alive (self))
    return waiting_free (waiting);
  if (seq <= 0)
    {
      /* Translators: %s is an error message */
      g_autofree char *message = g_strdup_printf (_("The decision could not be kept for later: %s"), error->message);

      g_hash_table_remove (self->waiting, waiting->id);
      tr_approval_queue_set_message (self, waiting->id, message);
      waiting_free (waiting);
    }
  else
    {
      waiting->seq = seq;
      g_hash_table_replace (self->waiting, g_strdup (waiting->id), waiting);
    }
  queue_next (self);
}

static void
on_cached_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(TrApprovalQueue) self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 local_id = tr_store_upsert_server_request_finish (TR_STORE (source), result, &error);
  Waiting *waiting = g_queue_peek_head (&self->to_queue);
  g_autoptr(JsonNode) seen = NULL;
  g_autoptr(JsonNode) json = NULL;

  if (local_id <= 0 || !tr_approval_queue_is_alive (self))
    {
      g_queue_pop_head (&self->to_queue);
      if (local_id <= 0 && tr_approval_queue_is_alive (self))
        {
          /* Translators: %s is an error message */
          g_autofree char *message = g_strdup_printf (_("The decision could not be kept for later: %s"), error->message);

          g_hash_table_remove (self->waiting, waiting->id);
          tr_approval_queue_set_message (self, waiting->id, message);
          queue_next (self);
        }
      return waiting_free (waiting);
    }
  json = tr_request_to_json (waiting->request, TR_JSON_PURPOSE_FULL);
  seen = tr_sync_seen_version_new (json_object_get_string_member_with_default (json_node_get_object (json),
                                                                                "lastModified", NULL),
                                   tr_request_get_ever_sent_back (waiting->request), waiting->sent);
  tr_store_queue_decision_async (TR_STORE (source), local_id, waiting->rel, waiting->comment, seen,
                                 NULL, on_queued_cb, g_object_ref (self));
}

/* One decision at a time, so the outbox keeps their order. */
static void
queue_next (TrApprovalQueue *self)
{
  Waiting *waiting = g_queue_peek_head (&self->to_queue);
  g_autoptr(JsonNode) node = NULL;

  if (waiting == NULL || self->store == NULL)
    return;
  node = tr_request_to_json (waiting->request, TR_JSON_PURPOSE_FULL);
  tr_store_upsert_server_request_async (self->store, node, NULL, on_cached_cb, g_object_ref (self));
}

/**
 * tr_approval_queue_send_later:
 * @self: a queue with a store
 * @request: the version the approver decided on
 * @rel: "approve" or "sendback"
 * @comment: (nullable): the comment of a send back
 * @sent: whether it was sent once without an answer
 *
 * Returns: whether the decision waits (FALSE without a store)
 */
gboolean
tr_approval_queue_send_later (TrApprovalQueue *self,
                              TrRequest       *request,
                              const char      *rel,
                              const char      *comment,
                              gboolean         sent)
{
  Waiting *waiting;
  gboolean idle;

  if (self->store == NULL || tr_request_get_id (request) == NULL || !tr_approval_queue_is_alive (self))
    return FALSE;
  waiting = g_new0 (Waiting, 1);
  waiting->id = g_strdup (tr_request_get_id (request));
  waiting->rel = g_strdup (rel);
  waiting->comment = g_strdup (comment);
  waiting->request = g_object_ref (request);
  waiting->sent = sent;
  /* Shown as waiting at once; the table owns it once it is queued. */
  g_hash_table_replace (waiting_table (self), g_strdup (waiting->id), NULL);
  g_clear_pointer (&self->refusal_status, g_free);
  idle = g_queue_is_empty (&self->to_queue);
  g_queue_push_tail (&self->to_queue, waiting);
  tr_approval_queue_set_message (self, waiting->id, NULL);
  if (idle)
    queue_next (self);
  return TRUE;
}

/* Outcomes are reported in the order of the outbox. */
static int
by_seq (gconstpointer a,
        gconstpointer b,
        gpointer      user_data)
{
  Waiting *x = g_hash_table_lookup (user_data, *(const char * const *) a);
  Waiting *y = g_hash_table_lookup (user_data, *(const char * const *) b);

  return (x->seq > y->seq) - (x->seq < y->seq);
}

/* The outcome of the queued decisions: an operation gone from the outbox
 * was accepted; a failed one keeps the server's reason (or the judgement
 * of tr-sync-moved.c). */
static void
on_outbox_listed_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(TrApprovalQueue) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ops = tr_store_outbox_list_finish (TR_STORE (source), result, &error);
  g_autoptr(GHashTable) present = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) done = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer key, value;

  self->checking = FALSE;
  if (ops == NULL || !tr_approval_queue_is_alive (self) || self->waiting == NULL)
    return;
  for (guint i = 0; i < ops->len; i++)
    g_hash_table_insert (present, &((TrStoreOutboxOp *) ops->pdata[i])->seq, ops->pdata[i]);
  g_hash_table_iter_init (&iter, self->waiting);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Waiting *waiting = value;
      TrStoreOutboxOp *op = waiting ? g_hash_table_lookup (present, &waiting->seq) : NULL;

      if (waiting != NULL && (op == NULL || op->state == TR_STORE_OP_STATE_FAILED))
        g_ptr_array_add (done, g_strdup (key));
    }
  g_ptr_array_sort_with_data (done, by_seq, self->waiting);
  for (guint i = 0; i < done->len; i++)
    report (self, done->pdata[i], present);
  if (self->recheck)
    tr_approval_queue_check_outbox (self);
}

/**
 * tr_approval_queue_check_outbox:
 * @self: a queue
 *
 * Looks for the outcome of the decisions waiting in the outbox (on each
 * change of the store).
 */
void
tr_approval_queue_check_outbox (TrApprovalQueue *self)
{
  self->recheck = self->checking;
  if (self->checking || self->store == NULL || self->waiting == NULL || g_hash_table_size (self->waiting) == 0)
    return;
  self->checking = TRUE;
  tr_store_outbox_list_async (self->store, NULL, on_outbox_listed_cb, g_object_ref (self));
}

/* At dispose: the decisions not queued yet are dropped with the queue
 * (their store calls hold a reference until they return). */
void
tr_approval_queue_outbox_clear (TrApprovalQueue *self)
{
  g_queue_clear_full (&self->to_queue, waiting_free);
  g_clear_pointer (&self->refusal_status, g_free);
  g_clear_pointer (&self->waiting, g_hash_table_unref);
}
