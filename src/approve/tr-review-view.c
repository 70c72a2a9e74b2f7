/* tr-review-view.c
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

#include "tr-approval-packet.h"
#include "tr-calendar-export.h"
#include "tr-exception-order.h"
#include "tr-request-diff.h"
#include "tr-review-view-private.h"
#include "tr-send-back-dialog.h"

/* TrReviewView: the approver's page of one request. It shows the
 * traveler, purpose, dates, destination, the itinerary, the expected
 * expenses with their total, the policy exceptions (blocking first), the
 * comments and what changed since the approver last saw it. Approve and
 * Send back appear only when the request's operations offer them; the
 * decision is reported with ::decided, the page does not call the server. */

G_DEFINE_FINAL_TYPE (TrReviewView, tr_review_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_REQUEST,
  PROP_SEEN,
  N_PROPS
};

enum {
  DECIDED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
update_actions (TrReviewView *self)
{
  gboolean approve = tr_review_view_can_approve (self);
  gboolean send_back = tr_review_view_can_send_back (self);

  gtk_widget_set_visible (self->approve_button, approve);
  gtk_widget_set_visible (self->send_back_button, send_back);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.approve", approve);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.send-back", send_back);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.add-to-calendar", self->request != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.print", self->request != NULL);
}

static void
recompute_changes (TrReviewView *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->changes, g_ptr_array_unref);
  if (self->seen != NULL && self->request != NULL
      && g_strcmp0 (tr_review_snapshot_get_id (self->seen), tr_request_get_id (self->request)) == 0)
    {
      self->changes = tr_request_diff (tr_review_snapshot_get_request (self->seen),
                                       tr_review_snapshot_get_expenses (self->seen),
                                       self->request, self->expenses, &error);
      if (error != NULL)
        tr_review_view_toast (self, error->message);
    }
  tr_review_view_update_changes (self);
}

void
tr_review_view_toast (TrReviewView *self,
                      const char   *text)
{
  /* An export or print that ends after the page was disposed. */
  if (self->toast_overlay == NULL)
    return;
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

static void
on_calendar_done_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(TrReviewView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = tr_calendar_export_request_finish (result, &error);

  if (file == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    tr_review_view_toast (self, error->message);
}

static void
add_to_calendar_cb (GtkWidget  *widget,
                    const char *action,
                    GVariant   *parameter)
{
  TrReviewView *self = TR_REVIEW_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->request == NULL)
    return;
  tr_calendar_export_request_async (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->request,
                                    self->expenses, self->cancellable, on_calendar_done_cb,
                                    g_object_ref (self));
}

static void
on_print_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(TrReviewView) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!tr_approval_packet_print_finish (TR_APPROVAL_PACKET (source), result, &error)
      && !g_error_matches (error, TR_PRINT_ERROR, TR_PRINT_ERROR_CANCELLED)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    tr_review_view_toast (self, error->message);
}

static void
print_cb (GtkWidget  *widget,
          const char *action,
          GVariant   *parameter)
{
  TrReviewView *self = TR_REVIEW_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(TrApprovalPacket) packet = NULL;

  if (self->request == NULL)
    return;
  packet = tr_approval_packet_new (self->request, self->expenses, G_LIST_MODEL (self->exceptions),
                                   self->comments);
  tr_approval_packet_print_async (packet, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                  self->cancellable, on_print_done_cb, g_object_ref (self));
}

static void
approve_cb (GtkWidget  *widget,
            const char *action,
            GVariant   *parameter)
{
  tr_review_view_approve (TR_REVIEW_VIEW (widget));
}

static void
send_back_cb (GtkWidget  *widget,
              const char *action,
              GVariant   *parameter)
{
  tr_review_view_send_back (TR_REVIEW_VIEW (widget));
}

static void
tr_review_view_dispose (GObject *object)
{
  TrReviewView *self = TR_REVIEW_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  /* The bin's child is a bound template child: unparent it through the
   * bin, so that both do not unparent it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TR_TYPE_REVIEW_VIEW);
  g_clear_object (&self->request);
  g_clear_object (&self->expenses);
  g_clear_object (&self->comments);
  g_clear_object (&self->exceptions);
  g_clear_object (&self->seen);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  g_clear_pointer (&self->group_rows, g_hash_table_unref);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (tr_review_view_parent_class)->dispose (object);
}

static void
tr_review_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TrReviewView *self = TR_REVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_REQUEST:
      g_value_set_object (value, self->request);
      break;
    case PROP_SEEN:
      g_value_set_object (value, self->seen);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_review_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TrReviewView *self = TR_REVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_REQUEST:
      tr_review_view_set_request (self, g_value_get_object (value));
      break;
    case PROP_SEEN:
      tr_review_view_set_seen (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "review.approve", NULL, approve_cb);
  gtk_widget_class_install_action (widget_class, "review.send-back", NULL, send_back_cb);
  gtk_widget_class_install_action (widget_class, "review.add-to-calendar", NULL, add_to_calendar_cb);
  gtk_widget_class_install_action (widget_class, "review.print", NULL, print_cb);
}

static void
tr_review_view_class_init (TrReviewViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tr_review_view_dispose;
  object_class->get_property = tr_review_view_get_property;
  object_class->set_property = tr_review_view_set_property;

  properties[PROP_REQUEST] =
    g_param_spec_object ("request", NULL, NULL, TR_TYPE_REQUEST,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEEN] =
    g_param_spec_object ("seen", NULL, NULL, TR_TYPE_REVIEW_SNAPSHOT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TrReviewView::decided:
   * @self: the page
   * @rel: "approve" or "sendback"
   * @comment: (nullable): the approver's comment (always set for "sendback")
   *
   * The approver decided; the host sends the decision (or queues it
   * offline).
   */
  signals[DECIDED] = g_signal_new ("decided", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  install_actions (widget_class);
  g_type_ensure (TR_TYPE_ITINERARY_VIEW);
  g_type_ensure (TR_TYPE_STATUS_PILL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/travelrequests/TravelRequests/approve/tr-review-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TrReviewView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TrReviewView, title_label);
  gtk_widget_class_bind_template_child (widget_class, TrReviewView, request_id_label);
  gtk_widget_class_bind_template_child (widget_class, TrReviewView, status_pill);
  gtk_widget_class_bind_template_child (widget_class, TrReviewView, approve_button);
  gtk_widget_class_bind_template_child (widget_class, TrReviewView, send_back_button);
  gtk_widget_class_bind_template_child (widget_class, TrReviewView, changes_group);
  gtk_widget_class_bind_template_child (widget_class, TrReviewView, traveler_row);
  gtk_widget_class_bind_template_child (widget_class, TrReviewView, purpose_row);
  gtk_widget_class_bind_template_child (widget_class, TrReviewView, dates_row);
  gtk_widget_class_bind_template_child (widget_class, TrReviewView, destination_row);
  gtk_widget_class_bind_template_child (widget_class, TrReviewView, itinerary_view);
  gtk_widget_class_bind_template_child (widget_class, TrReviewView, expenses_group);
  gtk_widget_class_bind_template_child (widget_class, TrReviewView, exceptions_group);
  gtk_widget_class_bind_template_child (widget_class, TrReviewView, comments_group);
}

static void
tr_review_view_init (TrReviewView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->exceptions = g_list_store_new (TR_TYPE_EXCEPTION);
  self->group_rows = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  tr_review_view_update_header (self);
  tr_review_view_update_expenses (self);
  tr_review_view_update_exceptions (self);
  tr_review_view_update_comments (self);
  update_actions (self);
}

GtkWidget *
tr_review_view_new (void)
{
  return g_object_new (TR_TYPE_REVIEW_VIEW, NULL);
}

TrRequest *
tr_review_view_get_request (TrReviewView *self)
{
  g_return_val_if_fail (TR_IS_REVIEW_VIEW (self), NULL);

  return self->request;
}

/**
 * tr_review_view_set_request:
 * @self: a review page
 * @request: (nullable): the request, in its current version
 *
 * Shows @request. Expenses, comments and exceptions are set apart.
 */
void
tr_review_view_set_request (TrReviewView *self,
                            TrRequest    *request)
{
  g_return_if_fail (TR_IS_REVIEW_VIEW (self));
  g_return_if_fail (request == NULL || TR_IS_REQUEST (request));

  if (!g_set_object (&self->request, request))
    return;
  tr_review_view_update_header (self);
  update_actions (self);
  recompute_changes (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REQUEST]);
}

GListModel *
tr_review_view_get_expenses (TrReviewView *self)
{
  g_return_val_if_fail (TR_IS_REVIEW_VIEW (self), NULL);

  return self->expenses;
}

/**
 * tr_review_view_set_expenses:
 * @self: a review page
 * @expenses: (nullable): the request's expected expenses (#TrExpense)
 */
void
tr_review_view_set_expenses (TrReviewView *self,
                             GListModel   *expenses)
{
  g_return_if_fail (TR_IS_REVIEW_VIEW (self));
  g_return_if_fail (expenses == NULL || G_IS_LIST_MODEL (expenses));

  if (!g_set_object (&self->expenses, expenses))
    return;
  tr_itinerary_view_set_expenses (self->itinerary_view, expenses);
  tr_review_view_update_expenses (self);
  recompute_changes (self);
}

/**
 * tr_review_view_set_comments:
 * @self: a review page
 * @comments: (nullable): the comments history (#TrComment), oldest first
 */
void
tr_review_view_set_comments (TrReviewView *self,
                             GListModel   *comments)
{
  g_return_if_fail (TR_IS_REVIEW_VIEW (self));
  g_return_if_fail (comments == NULL || G_IS_LIST_MODEL (comments));

  if (!g_set_object (&self->comments, comments))
    return;
  tr_review_view_update_comments (self);
}

/**
 * tr_review_view_set_exceptions:
 * @self: a review page
 * @exceptions: (nullable): the policy exceptions (#TrException), shown
 *   blocking first, then by level
 */
void
tr_review_view_set_exceptions (TrReviewView *self,
                               GListModel   *exceptions)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) sorted = NULL;

  g_return_if_fail (TR_IS_REVIEW_VIEW (self));
  g_return_if_fail (exceptions == NULL || G_IS_LIST_MODEL (exceptions));

  sorted = tr_exception_order_sort (exceptions, &error);
  if (sorted == NULL)
    {
      tr_review_view_toast (self, error->message);
      sorted = g_list_store_new (TR_TYPE_EXCEPTION);
    }
  g_set_object (&self->exceptions, sorted);
  tr_review_view_update_exceptions (self);
}

TrReviewSnapshot *
tr_review_view_get_seen (TrReviewView *self)
{
  g_return_val_if_fail (TR_IS_REVIEW_VIEW (self), NULL);

  return self->seen;
}

/**
 * tr_review_view_set_seen:
 * @self: a review page
 * @seen: (nullable): the version the approver last saw, %NULL if never
 *
 * The page then lists what changed between @seen and the shown version.
 */
void
tr_review_view_set_seen (TrReviewView     *self,
                         TrReviewSnapshot *seen)
{
  g_return_if_fail (TR_IS_REVIEW_VIEW (self));
  g_return_if_fail (seen == NULL || TR_IS_REVIEW_SNAPSHOT (seen));

  if (!g_set_object (&self->seen, seen))
    return;
  recompute_changes (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEEN]);
}

/**
 * tr_review_view_get_changes:
 * @self: a review page
 *
 * Returns: (transfer none) (nullable) (element-type TrRequestChange): what
 *   changed since the seen version, %NULL without one
 */
GPtrArray *
tr_review_view_get_changes (TrReviewView *self)
{
  g_return_val_if_fail (TR_IS_REVIEW_VIEW (self), NULL);

  return self->changes;
}

/**
 * tr_review_view_dup_snapshot:
 * @self: a review page
 *
 * Returns: (transfer full) (nullable): what the page shows now, to keep
 *   as the version the approver saw
 */
TrReviewSnapshot *
tr_review_view_dup_snapshot (TrReviewView *self)
{
  g_return_val_if_fail (TR_IS_REVIEW_VIEW (self), NULL);

  if (self->request == NULL)
    return NULL;
  return tr_review_snapshot_new (self->request, self->expenses);
}

gboolean
tr_review_view_can_approve (TrReviewView *self)
{
  g_return_val_if_fail (TR_IS_REVIEW_VIEW (self), FALSE);

  return self->request != NULL && tr_request_get_operation_href (self->request, "approve") != NULL;
}

gboolean
tr_review_view_can_send_back (TrReviewView *self)
{
  g_return_val_if_fail (TR_IS_REVIEW_VIEW (self), FALSE);

  return self->request != NULL && tr_request_get_operation_href (self->request, "sendback") != NULL;
}

/**
 * tr_review_view_approve:
 * @self: a review page
 *
 * Emits ::decided with "approve" when the request offers it.
 *
 * Returns: whether the request could be approved
 */
gboolean
tr_review_view_approve (TrReviewView *self)
{
  g_return_val_if_fail (TR_IS_REVIEW_VIEW (self), FALSE);

  if (!tr_review_view_can_approve (self))
    return FALSE;
  g_signal_emit (self, signals[DECIDED], 0, "approve", NULL);
  return TRUE;
}

static void
on_send_back_cb (TrSendBackDialog *dialog,
                 const char       *comment,
                 TrReviewView     *self)
{
  if (self->request != NULL && tr_review_view_can_send_back (self))
    g_signal_emit (self, signals[DECIDED], 0, "sendback", comment);
}

/**
 * tr_review_view_send_back:
 * @self: a review page
 *
 * Asks for the comment a send back needs; ::decided follows when the
 * approver confirms.
 *
 * Returns: (transfer none) (nullable): the dialog, or %NULL when the
 *   request cannot be sent back
 */
GtkWidget *
tr_review_view_send_back (TrReviewView *self)
{
  GtkRoot *root;
  GtkWidget *dialog;

  g_return_val_if_fail (TR_IS_REVIEW_VIEW (self), NULL);

  if (!tr_review_view_can_send_back (self))
    return NULL;
  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = tr_send_back_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                    tr_request_get_name (self->request));
  g_signal_connect_object (dialog, "send-back", G_CALLBACK (on_send_back_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
