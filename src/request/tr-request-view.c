/* tr-request-view.c
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

#define G_LOG_DOMAIN "TrRequestView"

#include <glib/gi18n.h>

#include "tr-itinerary-view.h"
#include "tr-request-format.h"
#include "tr-request-rows.h"
#include "tr-request-style.h"
#include "tr-request-validation.h"
#include "tr-request-view-private.h"
#include "tr-status-pill.h"

/* The request page: every header field, the status and current approver,
 * totals, custom fields, policy exceptions beside the field they concern,
 * the expected expenses, the itinerary timeline and the comments. Action
 * buttons come only from the request's `operations`. */

G_DEFINE_FINAL_TYPE (TrRequestView, tr_request_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_REQUEST,
  PROP_EXPENSES,
  PROP_COMMENTS,
  PROP_EXCEPTIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
guint tr_request_view_signals[TR_REQUEST_VIEW_N_SIGNALS];


static void
rebuild (TrRequestView *self)
{
  tr_request_view_update_header (self);
  tr_request_view_rebuild_actions (self);
  tr_request_view_rebuild_details (self);
  tr_request_view_rebuild_totals (self);
  tr_request_view_rebuild_custom (self);
  tr_request_view_rebuild_expenses (self);
  tr_request_view_rebuild_comments (self);
  tr_request_view_rebuild_alerts (self);
}

static void
on_edit_clicked_cb (TrRequestView *self)
{
  g_signal_emit (self, tr_request_view_signals[TR_REQUEST_VIEW_EDIT_REQUESTED], 0);
}

static void
tr_request_view_dispose (GObject *object)
{
  TrRequestView *self = TR_REQUEST_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TR_TYPE_REQUEST_VIEW);
  g_clear_object (&self->request);
  g_clear_object (&self->expenses);
  g_clear_object (&self->comments);
  g_clear_object (&self->exceptions);
  g_clear_object (&self->policies);
  g_clear_object (&self->agencies);

  G_OBJECT_CLASS (tr_request_view_parent_class)->dispose (object);
}

static void
tr_request_view_finalize (GObject *object)
{
  TrRequestView *self = TR_REQUEST_VIEW (object);

  g_ptr_array_unref (self->alert_rows);
  g_ptr_array_unref (self->detail_rows);
  g_ptr_array_unref (self->total_rows);
  g_ptr_array_unref (self->custom_rows);
  g_ptr_array_unref (self->expense_rows);
  g_ptr_array_unref (self->comment_rows);

  G_OBJECT_CLASS (tr_request_view_parent_class)->finalize (object);
}

static void
tr_request_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TrRequestView *self = TR_REQUEST_VIEW (object);

  switch (prop_id)
    {
    case PROP_REQUEST:
      g_value_set_object (value, self->request);
      break;
    case PROP_EXPENSES:
      g_value_set_object (value, self->expenses);
      break;
    case PROP_COMMENTS:
      g_value_set_object (value, self->comments);
      break;
    case PROP_EXCEPTIONS:
      g_value_set_object (value, self->exceptions);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_request_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TrRequestView *self = TR_REQUEST_VIEW (object);

  switch (prop_id)
    {
    case PROP_REQUEST:
      tr_request_view_set_request (self, g_value_get_object (value));
      break;
    case PROP_EXPENSES:
      tr_request_view_set_expenses (self, g_value_get_object (value));
      break;
    case PROP_COMMENTS:
      tr_request_view_set_comments (self, g_value_get_object (value));
      break;
    case PROP_EXCEPTIONS:
      tr_request_view_set_exceptions (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_properties (GObjectClass *object_class)
{
  properties[PROP_REQUEST] =
    g_param_spec_object ("request", NULL, NULL, TR_TYPE_REQUEST,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXPENSES] =
    g_param_spec_object ("expenses", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMMENTS] =
    g_param_spec_object ("comments", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXCEPTIONS] =
    g_param_spec_object ("exceptions", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tr_request_view_class_init (TrRequestViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tr_request_view_dispose;
  object_class->finalize = tr_request_view_finalize;
  object_class->get_property = tr_request_view_get_property;
  object_class->set_property = tr_request_view_set_property;
  install_properties (object_class);

  /**
   * TrRequestView::action-requested:
   * @rel: the operation's `rel` (`submit`, `recall`, `cancel`, …)
   * @href: the operation's `href`
   *
   * The user asked for a workflow action (confirmed when destructive).
   */
  tr_request_view_signals[TR_REQUEST_VIEW_ACTION_REQUESTED] =
    g_signal_new ("action-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
  tr_request_view_signals[TR_REQUEST_VIEW_EDIT_REQUESTED] =
    g_signal_new ("edit-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (TR_TYPE_STATUS_PILL);
  g_type_ensure (TR_TYPE_ITINERARY_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/travelrequests/TravelRequests/request/tr-request-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TrRequestView, title_label);
  gtk_widget_class_bind_template_child (widget_class, TrRequestView, request_id_label);
  gtk_widget_class_bind_template_child (widget_class, TrRequestView, approver_label);
  gtk_widget_class_bind_template_child (widget_class, TrRequestView, status_pill);
  gtk_widget_class_bind_template_child (widget_class, TrRequestView, actions_box);
  gtk_widget_class_bind_template_child (widget_class, TrRequestView, edit_button);
  gtk_widget_class_bind_template_child (widget_class, TrRequestView, alerts_group);
  gtk_widget_class_bind_template_child (widget_class, TrRequestView, details_group);
  gtk_widget_class_bind_template_child (widget_class, TrRequestView, totals_group);
  gtk_widget_class_bind_template_child (widget_class, TrRequestView, custom_group);
  gtk_widget_class_bind_template_child (widget_class, TrRequestView, expenses_group);
  gtk_widget_class_bind_template_child (widget_class, TrRequestView, comments_group);
  gtk_widget_class_bind_template_child (widget_class, TrRequestView, itinerary);
  gtk_widget_class_bind_template_callback (widget_class, on_edit_clicked_cb);
}

static void
tr_request_view_init (TrRequestView *self)
{
  tr_request_style_ensure ();
  gtk_widget_init_template (GTK_WIDGET (self));

  self->alert_rows = g_ptr_array_new ();
  self->detail_rows = g_ptr_array_new ();
  self->total_rows = g_ptr_array_new ();
  self->custom_rows = g_ptr_array_new ();
  self->expense_rows = g_ptr_array_new ();
  self->comment_rows = g_ptr_array_new ();
  rebuild (self);
}

GtkWidget *
tr_request_view_new (void)
{
  return g_object_new (TR_TYPE_REQUEST_VIEW, NULL);
}

TrRequest *
tr_request_view_get_request (TrRequestView *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_VIEW (self), NULL);

  return self->request;
}

/**
 * tr_request_view_set_request:
 * @request: (nullable): the request to show
 */
void
tr_request_view_set_request (TrRequestView *self,
                             TrRequest     *request)
{
  g_return_if_fail (TR_IS_REQUEST_VIEW (self));
  g_return_if_fail (request == NULL || TR_IS_REQUEST (request));

  if (!g_set_object (&self->request, request))
    return;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REQUEST]);
}

static void
set_list (TrRequestView  *self,
          GListModel    **field,
          GListModel     *model,
          guint           prop_id)
{
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (!g_set_object (field, model))
    return;
  rebuild (self);
  if (prop_id != PROP_0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/**
 * tr_request_view_set_expenses:
 * @expenses: (nullable): the expected expenses (#TrExpense)
 */
void
tr_request_view_set_expenses (TrRequestView *self,
                              GListModel    *expenses)
{
  g_return_if_fail (TR_IS_REQUEST_VIEW (self));

  set_list (self, &self->expenses, expenses, PROP_EXPENSES);
  tr_itinerary_view_set_expenses (self->itinerary, expenses);
}

/**
 * tr_request_view_set_comments:
 * @comments: (nullable): the comment history (#TrComment)
 */
void
tr_request_view_set_comments (TrRequestView *self,
                              GListModel    *comments)
{
  g_return_if_fail (TR_IS_REQUEST_VIEW (self));

  set_list (self, &self->comments, comments, PROP_COMMENTS);
}

/**
 * tr_request_view_set_exceptions:
 * @exceptions: (nullable): the policy exceptions (#TrException)
 */
void
tr_request_view_set_exceptions (TrRequestView *self,
                                GListModel    *exceptions)
{
  g_return_if_fail (TR_IS_REQUEST_VIEW (self));

  set_list (self, &self->exceptions, exceptions, PROP_EXCEPTIONS);
}

/**
 * tr_request_view_set_policies:
 * @policies: (nullable): the user's policies (#TrPolicy), to show the
 *   request's policy by name
 */
void
tr_request_view_set_policies (TrRequestView *self,
                              GListModel    *policies)
{
  g_return_if_fail (TR_IS_REQUEST_VIEW (self));

  set_list (self, &self->policies, policies, PROP_0);
}

/**
 * tr_request_view_set_travel_agencies:
 * @agencies: (nullable): travel agencies (#TrTravelAgency), to show the
 *   request's agency by name
 */
void
tr_request_view_set_travel_agencies (TrRequestView *self,
                                     GListModel    *agencies)
{
  g_return_if_fail (TR_IS_REQUEST_VIEW (self));

  set_list (self, &self->agencies, agencies, PROP_0);
}

/**
 * tr_request_view_dup_action_rels:
 *
 * Returns: (transfer full): the `rel` of each action button, in order
 */
char **
tr_request_view_dup_action_rels (TrRequestView *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (TR_IS_REQUEST_VIEW (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->actions_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (g_object_get_data (G_OBJECT (child), "rel") != NULL)
      g_strv_builder_add (builder, g_object_get_data (G_OBJECT (child), "rel"));
  return g_strv_builder_end (builder);
}

/**
 * tr_request_view_activate_action:
 * @rel: an operation's `rel`, e.g. `submit`
 *
 * Does what clicking the action's button does (for keyboard shortcuts):
 * destructive actions ask for confirmation first.
 *
 * Returns: %FALSE when the request does not offer @rel
 */
gboolean
tr_request_view_activate_action (TrRequestView *self,
                                 const char    *rel)
{
  g_return_val_if_fail (TR_IS_REQUEST_VIEW (self), FALSE);
  g_return_val_if_fail (rel != NULL, FALSE);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->actions_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (child), "rel"), rel) == 0
        && gtk_widget_get_sensitive (child))
      {
        tr_request_view_run_action (self, GTK_BUTTON (child));
        return TRUE;
      }
  return FALSE;
}
