/* tr-approval-queue-private.h
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

#include "tr-approval-queue.h"

G_BEGIN_DECLS

struct _TrApprovalQueue
{
  AdwBin               parent_instance;

  TrClient            *client;
  char                *user_id;
  TrStore             *store;
  GListStore          *requests;
  GtkMultiSelection   *selection;
  GHashTable          *seen;
  GHashTable          *messages;
  GHashTable          *waiting;     /* request id → its decision in the outbox (NULL until queued) */
  GQueue               to_queue;    /* decisions being put in the outbox, in order */
  gboolean             checking;
  gboolean             recheck;
  char                *refusal_status;  /* the last refusal of a queued decision */
  GCancellable        *cancellable;
  guint                current;
  guint                load_generation;
  guint                busy;

  AdwLeaflet          *leaflet;
  GtkLabel            *count_label;
  GtkLabel            *status_label;
  GtkListView         *list_view;
  AdwBin              *review_bin;
  TrReviewView        *review_view;   /* built when a request is first opened */
};

enum {
  TR_APPROVAL_QUEUE_SIGNAL_REQUEST_OPENED,
  TR_APPROVAL_QUEUE_SIGNAL_DECISION_FINISHED,
  TR_APPROVAL_QUEUE_N_SIGNALS
};

extern guint tr_approval_queue_signals[TR_APPROVAL_QUEUE_N_SIGNALS];

gboolean tr_approval_queue_is_alive     (TrApprovalQueue *self);
guint tr_approval_queue_find             (TrApprovalQueue *self,
                                          const char      *request_id);
void  tr_approval_queue_set_message      (TrApprovalQueue *self,
                                          const char      *request_id,
                                          const char      *message);
void  tr_approval_queue_remove           (TrApprovalQueue *self,
                                          const char      *request_id);
void  tr_approval_queue_set_status       (TrApprovalQueue *self,
                                          const char      *text);
void  tr_approval_queue_busy_changed     (TrApprovalQueue *self,
                                          int              delta);
void  tr_approval_queue_load_details     (TrApprovalQueue *self,
                                          TrRequest       *summary);
void  tr_approval_queue_decide           (TrApprovalQueue *self,
                                          const char      *rel,
                                          const char      *comment);

/* tr-approval-queue-outbox.c */
gboolean tr_approval_queue_send_later    (TrApprovalQueue *self,
                                          TrRequest       *request,
                                          const char      *rel,
                                          const char      *comment,
                                          gboolean         sent);
void  tr_approval_queue_check_outbox     (TrApprovalQueue *self);
void  tr_approval_queue_outbox_clear     (TrApprovalQueue *self);

TrReviewView *tr_approval_queue_ensure_review_view (TrApprovalQueue *self);

G_END_DECLS
