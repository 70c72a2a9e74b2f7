/* tr-approval-poller.c
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

#include "tr-approval-poller.h"
#include "tr-client-extras.h"

/* TrApprovalPoller: polls the server while the app runs (or in the
 * background, when the app holds itself) and feeds a TrNotifier. One poll
 * lists the requests waiting for the user's approval, then the user's own
 * requests, both `modifiedAfter` the last complete poll; for a request
 * sent back it reads the approver's comment. start() checks every few
 * seconds whether the notifier's interval has passed, so a changed
 * interval takes effect at once and a suspended machine polls when it
 * wakes. ::polled reports the requests to approve that changed. */

#define TICK_SECONDS 15

struct _TrApprovalPoller
{
  GObject       parent_instance;

  TrClient     *client;
  TrNotifier   *notifier;
  char         *user_id;
  GCancellable *cancellable;
  guint         tick_id;
  gboolean      polling;
};

G_DEFINE_FINAL_TYPE (TrApprovalPoller, tr_approval_poller, G_TYPE_OBJECT)

enum {
  POLLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  GListModel *own;
  guint       next;
} Poll;

static void
poll_free (Poll *poll)
{
  g_clear_object (&poll->own);
  g_free (poll);
}

static void
tr_approval_poller_dispose (GObject *object)
{
  TrApprovalPoller *self = TR_APPROVAL_POLLER (object);

  tr_approval_poller_stop (self);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->client);
  g_clear_object (&self->notifier);

  G_OBJECT_CLASS (tr_approval_poller_parent_class)->dispose (object);
}

static void
tr_approval_poller_finalize (GObject *object)
{
  TrApprovalPoller *self = TR_APPROVAL_POLLER (object);

  g_clear_object (&self->cancellable);
  g_free (self->user_id);

  G_OBJECT_CLASS (tr_approval_poller_parent_class)->finalize (object);
}

static void
tr_approval_poller_class_init (TrApprovalPollerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tr_approval_poller_dispose;
  object_class->finalize = tr_approval_poller_finalize;

  /**
   * TrApprovalPoller::polled:
   * @self: the poller
   * @to_approve: the requests waiting for the user that changed since the
   *   previous poll (all of them after the first)
   */
  signals[POLLED] = g_signal_new ("polled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_LIST_MODEL);
}

static void
tr_approval_poller_init (TrApprovalPoller *self)
{
  self->cancellable = g_cancellable_new ();
}

/**
 * tr_approval_poller_new:
 * @client: the signed-in user's client
 * @notifier: decides the notifications (its interval is the poll interval)
 * @user_id: (nullable): the user's id, for company tokens
 *
 * Returns: (transfer full): a stopped poller
 */
TrApprovalPoller *
tr_approval_poller_new (TrClient   *client,
                        TrNotifier *notifier,
                        const char *user_id)
{
  TrApprovalPoller *self;

  g_return_val_if_fail (TR_IS_CLIENT (client), NULL);
  g_return_val_if_fail (TR_IS_NOTIFIER (notifier), NULL);

  self = g_object_new (TR_TYPE_APPROVAL_POLLER, NULL);
  self->client = g_object_ref (client);
  self->notifier = g_object_ref (notifier);
  self->user_id = g_strdup (user_id);
  return self;
}

TrNotifier *
tr_approval_poller_get_notifier (TrApprovalPoller *self)
{
  g_return_val_if_fail (TR_IS_APPROVAL_POLLER (self), NULL);

  return self->notifier;
}

gboolean
tr_approval_poller_get_running (TrApprovalPoller *self)
{
  g_return_val_if_fail (TR_IS_APPROVAL_POLLER (self), FALSE);

  return self->tick_id != 0;
}

static void
list_requests (TrApprovalPoller    *self,
               const char          *view,
               GTask               *task,
               GAsyncReadyCallback  callback)
{
  g_autoptr(TrRequestQuery) query = tr_request_query_new ();
  GDateTime *after = tr_notifier_get_modified_after (self->notifier);

  query->view = g_strdup (view);
  query->user_id = g_strdup (self->user_id);
  query->limit = 100;
  query->modified_after = after ? g_date_time_ref (after) : NULL;
  tr_client_list_requests_async (self->client, query, g_task_get_cancellable (task), callback, task);
}

static void
fail (TrApprovalPoller *self,
      GTask            *task,
      GError           *error)
{
  tr_notifier_end_poll (self->notifier, FALSE);
  self->polling = FALSE;
  g_task_return_error (task, error);
  g_object_unref (task);
}

static void feed_next_own (GTask *task);

static void
on_comments_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GTask *task = user_data;
  TrApprovalPoller *self = g_task_get_source_object (task);
  Poll *poll = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) comments = tr_client_list_comments_finish (TR_CLIENT (source), result, &error);
  g_autoptr(TrRequest) request = g_list_model_get_item (poll->own, poll->next);
  g_autoptr(TrComment) last = NULL;
  guint n;

  if (comments == NULL)
    {
      fail (self, task, g_steal_pointer (&error));
      return;
    }
  n = g_list_model_get_n_items (G_LIST_MODEL (comments));
  last = n > 0 ? g_list_model_get_item (G_LIST_MODEL (comments), n - 1) : NULL;
  tr_notifier_feed_own (self->notifier, request, last ? tr_comment_get_value (last) : NULL);
  poll->next++;
  feed_next_own (task);
}

static void
feed_next_own (GTask *task)
{
  TrApprovalPoller *self = g_task_get_source_object (task);
  Poll *poll = g_task_get_task_data (task);

  for (; poll->next < g_list_model_get_n_items (poll->own); poll->next++)
    {
      g_autoptr(TrRequest) request = g_list_model_get_item (poll->own, poll->next);

      if (tr_notifier_wants_comment (self->notifier, request))
        {
          tr_client_list_comments_async (self->client, tr_request_get_id (request), self->user_id,
                                         g_task_get_cancellable (task), on_comments_cb, task);
          return;
        }
      tr_notifier_feed_own (self->notifier, request, NULL);
    }
  tr_notifier_end_poll (self->notifier, TRUE);
  self->polling = FALSE;
  g_task_return_boolean (task, TRUE);
  g_object_unref (task);
}

static void
on_own_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GTask *task = user_data;
  TrApprovalPoller *self = g_task_get_source_object (task);
  Poll *poll = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrRequestPage) page = tr_client_list_requests_finish (TR_CLIENT (source), result, &error);

  if (page == NULL)
    {
      fail (self, task, g_steal_pointer (&error));
      return;
    }
  poll->own = g_object_ref (tr_request_page_get_data (page));
  feed_next_own (task);
}

static void
on_to_approve_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  GTask *task = user_data;
  TrApprovalPoller *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrRequestPage) page = tr_client_list_requests_finish (TR_CLIENT (source), result, &error);

  if (page == NULL)
    {
      fail (self, task, g_steal_pointer (&error));
      return;
    }
  tr_notifier_feed_to_approve (self->notifier, tr_request_page_get_data (page));
  if (g_list_model_get_n_items (tr_request_page_get_data (page)) > 0)
    g_signal_emit (self, signals[POLLED], 0, tr_request_page_get_data (page));
  list_requests (self, "ALL", task, on_own_cb);
}

/**
 * tr_approval_poller_poll_async:
 * @self: a poller
 * @cancellable: (nullable): a #GCancellable
 * @callback: called after the poll
 * @user_data: data for @callback
 *
 * Polls once, now. A poll already under way makes this one fail with
 * %G_IO_ERROR_PENDING.
 */
void
tr_approval_poller_poll_async (TrApprovalPoller    *self,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (TR_IS_APPROVAL_POLLER (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_approval_poller_poll_async);
  g_task_set_task_data (task, g_new0 (Poll, 1), (GDestroyNotify) poll_free);
  if (self->polling)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING, _("A poll is already under way"));
      g_object_unref (task);
      return;
    }
  self->polling = TRUE;
  tr_notifier_begin_poll (self->notifier);
  list_requests (self, "TOAPPROVE", task, on_to_approve_cb);
}

gboolean
tr_approval_poller_poll_finish (TrApprovalPoller  *self,
                                GAsyncResult      *result,
                                GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_approval_poller_poll_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
on_tick_poll_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!tr_approval_poller_poll_finish (TR_APPROVAL_POLLER (source), result, &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("Poll failed: %s", error->message);
}

static gboolean
on_tick_cb (gpointer user_data)
{
  TrApprovalPoller *self = user_data;

  if (!self->polling && tr_notifier_poll_due (self->notifier))
    tr_approval_poller_poll_async (self, self->cancellable, on_tick_poll_cb, NULL);
  return G_SOURCE_CONTINUE;
}

/**
 * tr_approval_poller_start:
 * @self: a poller
 *
 * Polls now, then whenever the notifier's interval has passed. The
 * application keeps itself alive (g_application_hold()) when the user
 * allows background polling.
 */
void
tr_approval_poller_start (TrApprovalPoller *self)
{
  g_return_if_fail (TR_IS_APPROVAL_POLLER (self));

  if (self->tick_id != 0)
    return;
  if (g_cancellable_is_cancelled (self->cancellable))
    g_set_object (&self->cancellable, g_cancellable_new ());
  self->tick_id = g_timeout_add_seconds (TICK_SECONDS, on_tick_cb, self);
  on_tick_cb (self);
}

/**
 * tr_approval_poller_stop:
 * @self: a poller
 *
 * Stops polling and cancels a poll under way.
 */
void
tr_approval_poller_stop (TrApprovalPoller *self)
{
  g_return_if_fail (TR_IS_APPROVAL_POLLER (self));

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
}
