/* tr-window-approve.c
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

#define G_LOG_DOMAIN "tr-window"

#include <glib/gi18n.h>

#include "tr-account-private.h"
#include "tr-client-extras.h"
#include "tr-request-item.h"
#include "tr-request-pane.h"
#include "tr-request-view.h"
#include "tr-window-approve.h"
#include "tr-window-private.h"

/* The "To approve" view of the window: it hosts the approver's queue,
 * whose number of requests is the count of the sidebar row, and opens a
 * request by id (the target of app.open-request). */

TrApprovalQueue *
tr_window_get_approval_queue (TrWindow *self)
{
  g_return_val_if_fail (TR_IS_WINDOW (self), NULL);

  return self->approval_queue;
}

static gboolean
open_in_queue (TrWindow   *self,
               const char *request_id)
{
  if (self->approval_queue == NULL || !tr_approval_queue_open_id (self->approval_queue, request_id))
    return FALSE;

  tr_window_close_request_pane (self);
  tr_window_set_folder (self, TR_REQUEST_FOLDER_TO_APPROVE);
  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
  return TRUE;
}

static TrRequestItem *
find_item (TrWindow   *self,
           const char *request_id)
{
  GListModel *requests = tr_account_get_requests (self->account);
  guint n = g_list_model_get_n_items (requests);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrRequestItem) item = g_list_model_get_item (requests, i);
      TrRequest *request = tr_request_item_get_request (item);

      if (request != NULL && g_strcmp0 (tr_request_get_id (request), request_id) == 0)
        return g_steal_pointer (&item);
    }
  return NULL;
}

static gboolean
open_listed (TrWindow   *self,
             const char *request_id)
{
  g_autoptr(TrRequestItem) item = NULL;

  if (open_in_queue (self, request_id))
    return TRUE;

  item = find_item (self, request_id);
  if (item == NULL)
    return FALSE;
  tr_window_open_request (self, item);
  return TRUE;
}

static void
open_pending (TrWindow *self,
              gboolean  last_chance)
{
  g_autofree char *message = NULL;

  if (self->pending_request_id == NULL)
    return;
  if (open_listed (self, self->pending_request_id))
    {
      g_clear_pointer (&self->pending_request_id, g_free);
      return;
    }
  if (!last_chance)
    return;

  /* TRANSLATORS: %s is a request id, e.g. "4B2F0C9A" */
  message = g_strdup_printf (_("Request %s is not in this account any more"), self->pending_request_id);
  tr_window_add_toast (self, adw_toast_new (message));
  g_clear_pointer (&self->pending_request_id, g_free);
}

static void
on_approvals_refreshed_cb (GObject      *source,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  g_autoptr(TrWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!tr_approval_queue_refresh_finish (TR_APPROVAL_QUEUE (source), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      g_debug ("Could not list the requests to approve: %s", error->message);
    }
  open_pending (self, TRUE);
}

/**
 * tr_window_refresh_approvals:
 * @self: a #TrWindow
 *
 * Lists again the requests waiting for the approval of the account.
 */
void
tr_window_refresh_approvals (TrWindow *self)
{
  g_return_if_fail (TR_IS_WINDOW (self));

  if (self->approval_queue == NULL || self->account == NULL || self->approve_cancellable == NULL)
    return;

  tr_approval_queue_refresh_async (self->approval_queue, self->approve_cancellable,
                                   on_approvals_refreshed_cb, g_object_ref (self));
}

/**
 * tr_window_open_request_id:
 * @self: a #TrWindow
 * @request_id: the id of a request on the server
 *
 * Opens the request: in the queue when it waits for the approval of the
 * account, else on its own page. A request not listed yet (a notification
 * can be newer than the lists) opens once the lists are refreshed.
 *
 * Returns: whether the request was opened at once
 */
gboolean
tr_window_open_request_id (TrWindow   *self,
                           const char *request_id)
{
  g_return_val_if_fail (TR_IS_WINDOW (self), FALSE);

  if (request_id == NULL || *request_id == '\0' || self->account == NULL)
    return FALSE;
  if (open_listed (self, request_id))
    return TRUE;

  g_free (self->pending_request_id);
  self->pending_request_id = g_strdup (request_id);
  tr_window_refresh_approvals (self);
  return FALSE;
}

/* The comments of a request, the approver's reason for sending it back
 * among them, on the traveler's request page. */

static void
on_comments_listed_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(TrRequestView) view = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) comments = tr_client_list_comments_finish (TR_CLIENT (source), result, &error);

  if (comments == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("Could not list the comments of the request: %s", error->message);
      return;
    }
  tr_request_view_set_comments (view, G_LIST_MODEL (comments));
}

/**
 * tr_window_load_comments:
 * @self: a #TrWindow
 * @pane: the #TrRequestPane it just opened
 *
 * Lists the comments of the request of @pane on the server and shows them
 * on its page. A request never sent to the server has none.
 */
void
tr_window_load_comments (TrWindow  *self,
                         GtkWidget *pane)
{
  TrRequestItem *item;
  TrRequest *request;

  g_return_if_fail (TR_IS_WINDOW (self));
  g_return_if_fail (TR_IS_REQUEST_PANE (pane));

  item = tr_request_pane_get_item (TR_REQUEST_PANE (pane));
  request = item != NULL ? tr_request_item_get_request (item) : NULL;
  if (self->account == NULL || self->approve_cancellable == NULL || request == NULL ||
      tr_request_get_id (request) == NULL)
    return;

  tr_client_list_comments_async (tr_account_get_client (self->account), tr_request_get_id (request), NULL,
                                 self->approve_cancellable, on_comments_listed_cb,
                                 g_object_ref (tr_request_pane_get_view (TR_REQUEST_PANE (pane))));
}

/* Hooks */

static void
on_account_syncing_cb (TrWindow *self)
{
  if (self->account != NULL && !tr_account_get_syncing (self->account))
    open_pending (self, FALSE);
}

/* The queue shows the account's requests to approve, cached ones too,
 * and keeps the one open if it is still there. */
static void
on_account_items_changed_cb (TrWindow *self)
{
  GListModel *requests = tr_account_get_requests (self->account);
  g_autoptr(GListStore) to_approve = g_list_store_new (TR_TYPE_REQUEST);

  for (guint i = 0; i < g_list_model_get_n_items (requests); i++)
    {
      g_autoptr(TrRequestItem) item = g_list_model_get_item (requests, i);

      if (tr_request_item_get_to_approve (item) && tr_request_item_get_request (item) != NULL)
        g_list_store_append (to_approve, tr_request_item_get_request (item));
    }
  tr_approval_queue_set_requests (self->approval_queue, G_LIST_MODEL (to_approve));
}

/* A decision that waited in the outbox is reported when the replay ends:
 * one the server did not take (the request moved meanwhile) gets a toast
 * too, besides the message in its row. */
static void
on_decision_finished_cb (TrWindow   *self,
                         const char *request_id,
                         const char *rel,
                         gboolean    success,
                         const char *message)
{
  /* The request leaves "To approve" and may show up in other views. */
  if (success)
    tr_window_refresh (self);
  else if (message != NULL && *message != '\0'
           && !tr_approval_queue_get_busy (self->approval_queue))
    {
      g_autofree char *escaped = g_markup_escape_text (message, -1);

      tr_window_add_toast (self, adw_toast_new (escaped));
    }
}

static void
add_preferences_item (TrWindow *self)
{
  g_autoptr(GMenu) section = g_menu_new ();

  g_menu_append (section, _("_Preferences"), "app.preferences");
  g_menu_insert_section (self->primary_menu, 0, NULL, G_MENU_MODEL (section));
}

/* A load the queue started reads its client when the cache answers: the
 * queue keeps the client of the account until it is idle. */
static void
release_client (TrWindow *self)
{
  if (!tr_approval_queue_get_busy (self->approval_queue))
    tr_approval_queue_set_client (self->approval_queue, NULL, NULL);
}

static void
on_queue_busy_cb (TrWindow *self)
{
  /* A bound account gave the queue its own client. */
  if (self->account == NULL)
    release_client (self);
}

/* The queue joins the window the first time it is shown. */
void
tr_window_approve_init (TrWindow *self)
{
  self->approval_queue = g_object_ref_sink (TR_APPROVAL_QUEUE (tr_approval_queue_new ()));
  g_signal_connect_object (self->approval_queue, "decision-finished", G_CALLBACK (on_decision_finished_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->approval_queue, "notify::n-requests", G_CALLBACK (tr_window_update_content),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->approval_queue, "notify::busy", G_CALLBACK (on_queue_busy_cb),
                           self, G_CONNECT_SWAPPED);
  add_preferences_item (self);
}

void
tr_window_approve_dispose (TrWindow *self)
{
  if (self->approval_queue != NULL && gtk_widget_get_parent (GTK_WIDGET (self->approval_queue)) == NULL)
    g_object_run_dispose (G_OBJECT (self->approval_queue));
  g_clear_object (&self->approval_queue);
}

/**
 * tr_window_approve_bind:
 * @self: a #TrWindow whose account was just set
 *
 * Gives the queue the account's client, cache and requests to approve.
 *
 * Returns: (transfer none): the binding of the queue's `n-requests` to
 *   the count of the "To approve" row
 */
GBinding *
tr_window_approve_bind (TrWindow *self)
{
  TrApprovalQueue *queue = self->approval_queue;

  g_return_val_if_fail (queue != NULL && self->account != NULL, NULL);

  self->approve_cancellable = g_cancellable_new ();
  tr_approval_queue_set_store (queue, self->account->store);
  tr_approval_queue_set_client (queue, tr_account_get_client (self->account), NULL);
  on_account_items_changed_cb (self);
  g_signal_connect_object (self->account, "notify::syncing", G_CALLBACK (on_account_syncing_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (tr_account_get_requests (self->account), "items-changed",
                           G_CALLBACK (on_account_items_changed_cb), self, G_CONNECT_SWAPPED);
  return g_object_bind_property (queue, "n-requests", self->to_approve_row, "count",
                                 G_BINDING_SYNC_CREATE);
}

void
tr_window_approve_unbind (TrWindow *self)
{
  g_cancellable_cancel (self->approve_cancellable);
  g_clear_object (&self->approve_cancellable);
  g_clear_pointer (&self->pending_request_id, g_free);
  if (self->account != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->account, on_account_syncing_cb, self);
      g_signal_handlers_disconnect_by_func (tr_account_get_requests (self->account),
                                            on_account_items_changed_cb, self);
    }
  if (self->approval_queue == NULL)
    return;

  tr_approval_queue_set_requests (self->approval_queue, NULL);
  tr_approval_queue_set_store (self->approval_queue, NULL);
  release_client (self);
}

/* Shows the queue in place of the list in the "To approve" view; with
 * nothing to approve, the view's empty state stays. */
gboolean
tr_window_approve_show (TrWindow *self)
{
  GtkWidget *queue = GTK_WIDGET (self->approval_queue);

  if (queue == NULL || self->account == NULL ||
      tr_request_filter_get_folder (self->filter) != TR_REQUEST_FOLDER_TO_APPROVE ||
      tr_approval_queue_get_n_requests (self->approval_queue) == 0)
    return FALSE;

  if (gtk_widget_get_parent (queue) == NULL)
    gtk_stack_add_named (self->content_stack, queue, "approve");
  gtk_stack_set_visible_child (self->content_stack, queue);
  return TRUE;
}
