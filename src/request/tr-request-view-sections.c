/* tr-request-view-sections.c
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

#include "tr-request-format.h"
#include "tr-request-rows.h"
#include "tr-request-validation.h"
#include "tr-request-view-private.h"

/* The sections of the request page, rebuilt from the model. */

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/* Where an exception belongs: an expense (its id in @expense_id), a header
 * field named by `parameters.missingFields`, or the alerts at the top. */
static TrEditorField
exception_field (TrException  *exception,
                 const char  **expense_id)
{
  TrExceptionSource *source = tr_exception_get_source (exception);
  g_auto(GStrv) fields = NULL;

  *expense_id = NULL;
  if (source != NULL && g_strcmp0 (tr_exception_source_get_source_type (source), "EXPENSE") == 0)
    {
      *expense_id = tr_exception_source_get_id (source);
      return TR_EDITOR_FIELD_NONE;
    }
  fields = tr_exception_dup_parameter (exception, "missingFields");
  for (guint i = 0; fields != NULL && fields[i] != NULL; i++)
    if (tr_validation_field_for_label (fields[i]) != TR_EDITOR_FIELD_NONE)
      return tr_validation_field_for_label (fields[i]);
  return TR_EDITOR_FIELD_NONE;
}

static void
add_exceptions_for (TrRequestView       *self,
                    AdwPreferencesGroup *group,
                    GPtrArray           *rows,
                    TrEditorField        first,
                    TrEditorField        last)
{
  guint n = self->exceptions ? g_list_model_get_n_items (self->exceptions) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrException) exception = g_list_model_get_item (self->exceptions, i);
      const char *expense_id;
      TrEditorField field = exception_field (exception, &expense_id);

      if (expense_id == NULL && field != TR_EDITOR_FIELD_NONE && field >= first && field <= last)
        tr_rows_add_exception (group, rows, exception);
    }
}

static void
add_field (TrRequestView *self,
           const char    *title,
           const char    *value,
           TrEditorField  first,
           TrEditorField  last)
{
  tr_rows_add_value (self->details_group, self->detail_rows, title, value);
  add_exceptions_for (self, self->details_group, self->detail_rows, first, last);
}

void
tr_request_view_update_header (TrRequestView *self)
{
  TrRequest *request = self->request;
  TrEmployee *approver = request ? tr_request_get_approver (request) : NULL;
  const char *request_id = request ? tr_request_get_request_id (request) : NULL;
  g_autofree char *approver_name = tr_format_employee (approver);
  g_autofree char *id_text = NULL;
  g_autofree char *approver_text = NULL;

  gtk_label_set_label (self->title_label, request && is_set (tr_request_get_name (request))
                                          ? tr_request_get_name (request) : _("Untitled request"));
  /* Translators: %s is the identifier of a travel request on the server, such as “3B7A” */
  id_text = is_set (request_id) ? g_strdup_printf (_("Request %s"), request_id)
                                : g_strdup (_("Not yet sent to the server"));
  gtk_label_set_label (self->request_id_label, id_text);
  tr_status_pill_set_status (self->status_pill,
                             request ? tr_request_get_approval_status (request) : NULL);

  if (*approver_name != '\0')
    /* Translators: %s is the name of the approver */
    approver_text = g_strdup_printf (_("Waiting for approval by %s"), approver_name);
  gtk_label_set_label (self->approver_label, approver_text ? approver_text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->approver_label), approver_text != NULL);
}

static void
add_action_button (TrRequestView *self,
                   TrOperation   *operation)
{
  const char *rel = tr_operation_get_rel (operation);
  GtkWidget *button = gtk_button_new_with_label (tr_operation_label (rel));

  g_object_set_data_full (G_OBJECT (button), "rel", g_strdup (rel), g_free);
  g_object_set_data_full (G_OBJECT (button), "href",
                          g_strdup (tr_operation_get_href (operation)), g_free);
  if (g_strcmp0 (rel, "submit") == 0 || g_strcmp0 (rel, "approve") == 0)
    gtk_widget_add_css_class (button, "suggested-action");
  else if (g_strcmp0 (rel, "cancel") == 0)
    gtk_widget_add_css_class (button, "destructive-action");
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (tr_request_view_run_action), self);
  gtk_box_append (self->actions_box, button);
}

static gboolean
is_editable (TrRequest *request)
{
  TrApprovalStatus *status = request ? tr_request_get_approval_status (request) : NULL;

  if (request == NULL)
    return FALSE;
  if (status == NULL)
    return TRUE;
  switch (tr_approval_status_get_kind (status))
    {
    case TR_APPROVAL_STATUS_KIND_NOT_SUBMITTED:
    case TR_APPROVAL_STATUS_KIND_SENT_BACK:
      return TRUE;
    case TR_APPROVAL_STATUS_KIND_UNKNOWN:
    case TR_APPROVAL_STATUS_KIND_SUBMITTED:
    case TR_APPROVAL_STATUS_KIND_APPROVED:
    case TR_APPROVAL_STATUS_KIND_CANCELED:
    case TR_APPROVAL_STATUS_KIND_PENDING_BOOKING:
    default:
      return FALSE;
    }
}

void
tr_request_view_rebuild_actions (TrRequestView *self)
{
  GListModel *operations = self->request ? tr_request_get_operations (self->request) : NULL;
  guint n = operations ? g_list_model_get_n_items (operations) : 0;
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->actions_box));

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (child != GTK_WIDGET (self->edit_button))
        gtk_box_remove (self->actions_box, child);
      child = next;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrOperation) operation = g_list_model_get_item (operations, i);

      if (is_set (tr_operation_get_rel (operation)))
        add_action_button (self, operation);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->edit_button), is_editable (self->request));
}

/* The name of the linked policy or agency when @items holds it, else its
 * id (offline, or a catalog that does not answer). */
static char *
link_text (GListModel     *items,
           TrResourceLink *link)
{
  const char *id = link ? tr_resource_link_get_id (link) : NULL;
  guint n = items ? g_list_model_get_n_items (items) : 0;

  for (guint i = 0; id != NULL && i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      g_autofree char *item_id = NULL;
      g_autofree char *name = NULL;

      g_object_get (item, "id", &item_id, "name", &name, NULL);
      if (g_strcmp0 (item_id, id) == 0 && name != NULL)
        return g_steal_pointer (&name);
    }
  return g_strdup (id);
}

static void
add_timestamp (TrRequestView *self,
               const char    *title,
               GDateTime     *timestamp)
{
  g_autofree char *text = NULL;

  if (timestamp == NULL)
    return;
  text = tr_format_timestamp (timestamp);
  tr_rows_add_value (self->details_group, self->detail_rows, title, text);
}

static void
add_header_fields (TrRequestView *self,
                   TrRequest     *request)
{
  g_autofree char *dates = tr_format_date_range (tr_request_get_start_date (request),
                                                 tr_request_get_start_time (request),
                                                 tr_request_get_end_date (request),
                                                 tr_request_get_end_time (request));
  g_autofree char *destination = tr_format_location (tr_request_get_main_destination (request));
  g_autofree char *policy = link_text (self->policies, tr_request_get_policy (request));
  g_autofree char *agency = link_text (self->agencies, tr_request_get_travel_agency (request));

  add_field (self, _("Business purpose"), tr_request_get_business_purpose (request),
             TR_EDITOR_FIELD_PURPOSE, TR_EDITOR_FIELD_PURPOSE);
  add_field (self, _("Dates"), dates, TR_EDITOR_FIELD_START_DATE, TR_EDITOR_FIELD_END_TIME);
  add_field (self, _("Main destination"), destination,
             TR_EDITOR_FIELD_DESTINATION, TR_EDITOR_FIELD_DESTINATION);
  add_field (self, _("Policy"), policy, TR_EDITOR_FIELD_POLICY, TR_EDITOR_FIELD_POLICY);
  add_field (self, _("Travel agency"), agency,
             TR_EDITOR_FIELD_AGENCY, TR_EDITOR_FIELD_AGENCY);
  add_field (self, _("Comment"), tr_request_get_comment (request),
             TR_EDITOR_FIELD_COMMENT, TR_EDITOR_FIELD_COMMENT);
}

void
tr_request_view_rebuild_details (TrRequestView *self)
{
  TrRequest *request = self->request;
  TrRequestType *type;
  g_autofree char *owner = NULL;

  tr_rows_clear (self->details_group, self->detail_rows);
  gtk_widget_set_visible (GTK_WIDGET (self->details_group), request != NULL);
  if (request == NULL)
    return;

  add_header_fields (self, request);
  type = tr_request_get_request_type (request);
  if (type != NULL)
    tr_rows_add_value (self->details_group, self->detail_rows, _("Type"),
                       tr_request_type_get_label (type));
  owner = tr_format_employee (tr_request_get_owner (request));
  if (*owner != '\0')
    tr_rows_add_value (self->details_group, self->detail_rows, _("Traveler"), owner);
  add_timestamp (self, C_("request history", "Created"), tr_request_get_creation_date (request));
  add_timestamp (self, _("Last modified"), tr_request_get_last_modified (request));
  add_timestamp (self, C_("request history", "Submitted"), tr_request_get_submit_date (request));
  add_timestamp (self, C_("request history", "Approved"), tr_request_get_authorized_date (request));
}

static void
add_total (TrRequestView  *self,
           const char     *title,
           const TrAmount *amount)
{
  g_autofree char *text = NULL;

  if (amount == NULL)
    return;
  text = tr_format_amount (amount);
  tr_rows_add_value (self->totals_group, self->total_rows, title, text);
}

void
tr_request_view_rebuild_totals (TrRequestView *self)
{
  TrRequest *request = self->request;

  tr_rows_clear (self->totals_group, self->total_rows);
  if (request != NULL)
    {
      add_total (self, C_("total amount", "Posted"), tr_request_get_total_posted_amount (request));
      add_total (self, C_("total amount", "Approved"), tr_request_get_total_approved_amount (request));
      add_total (self, C_("total amount", "Remaining"), tr_request_get_total_remaining_amount (request));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->totals_group), self->total_rows->len > 0);
}

void
tr_request_view_rebuild_custom (TrRequestView *self)
{
  tr_rows_clear (self->custom_group, self->custom_rows);
  for (guint n = 1; self->request != NULL && n <= 20; n++)
    {
      TrCustomField *field = tr_request_get_custom (self->request, n);
      g_autofree char *title = NULL;
      g_autofree char *value = NULL;

      if (field == NULL)
        continue;
      /* Translators: %u is the number of a custom field, from 1 to 20 */
      title = g_strdup_printf (_("Custom field %u"), n);
      value = tr_format_custom_field (field);
      tr_rows_add_value (self->custom_group, self->custom_rows, title, value);
    }
  add_exceptions_for (self, self->custom_group, self->custom_rows,
                      TR_EDITOR_FIELD_CUSTOM, TR_EDITOR_FIELD_CUSTOM);
  gtk_widget_set_visible (GTK_WIDGET (self->custom_group), self->custom_rows->len > 0);
}

static void
add_expense_row (TrRequestView *self,
                 TrExpense     *expense)
{
  TrSegmentKind kind = tr_segment_kind_from_expense (expense);
  TrExpenseType *type = tr_expense_get_expense_type (expense);
  g_autofree char *amount = tr_format_amount (tr_expense_get_transaction_amount (expense));
  g_autofree char *date = tr_format_timestamp (tr_expense_get_transaction_date (expense));
  const char *purpose = tr_expense_get_business_purpose (expense);
  g_autofree char *subtitle = is_set (purpose) ? g_strdup_printf ("%s · %s", date, purpose)
                                               : g_strdup (date);
  GtkWidget *row = tr_rows_add_value (self->expenses_group, self->expense_rows,
                                      type && is_set (tr_expense_type_get_name (type))
                                      ? tr_expense_type_get_name (type)
                                      : tr_segment_kind_label (kind), subtitle);
  GtkWidget *icon = gtk_image_new_from_icon_name (tr_segment_kind_icon_name (kind));
  GtkWidget *label = gtk_label_new (amount);

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tr_segment_kind_label (kind), -1);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
}

static void
add_expense_exceptions (TrRequestView *self,
                        const char    *id)
{
  guint n = self->exceptions ? g_list_model_get_n_items (self->exceptions) : 0;

  for (guint i = 0; id != NULL && i < n; i++)
    {
      g_autoptr(TrException) exception = g_list_model_get_item (self->exceptions, i);
      const char *expense_id;

      exception_field (exception, &expense_id);
      if (g_strcmp0 (expense_id, id) == 0)
        tr_rows_add_exception (self->expenses_group, self->expense_rows, exception);
    }
}

void
tr_request_view_rebuild_expenses (TrRequestView *self)
{
  guint n = self->expenses ? g_list_model_get_n_items (self->expenses) : 0;

  tr_rows_clear (self->expenses_group, self->expense_rows);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrExpense) expense = g_list_model_get_item (self->expenses, i);

      add_expense_row (self, expense);
      add_expense_exceptions (self, tr_expense_get_id (expense));
    }
  if (n == 0)
    tr_rows_add_value (self->expenses_group, self->expense_rows,
                       _("No expected expenses"), _("Add the costs you expect in the editor."));
}

void
tr_request_view_rebuild_comments (TrRequestView *self)
{
  guint n = self->comments ? g_list_model_get_n_items (self->comments) : 0;

  tr_rows_clear (self->comments_group, self->comment_rows);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrComment) comment = g_list_model_get_item (self->comments, i);
      g_autofree char *author = tr_format_employee (tr_comment_get_author (comment));
      g_autofree char *when = tr_format_timestamp (tr_comment_get_timestamp (comment));
      g_autofree char *byline = *author != '\0' ? g_strdup_printf ("%s · %s", author, when)
                                                : g_strdup (when);
      GtkWidget *row = tr_rows_add_value (self->comments_group, self->comment_rows,
                                          tr_comment_get_value (comment), byline);

      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->comments_group), n > 0);
}

static gboolean
has_expense (TrRequestView *self,
             const char    *id)
{
  guint n = self->expenses ? g_list_model_get_n_items (self->expenses) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrExpense) expense = g_list_model_get_item (self->expenses, i);

      if (g_strcmp0 (tr_expense_get_id (expense), id) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Exceptions with no field of their own: about the whole request, its
 * name, or an expense that is not loaded. */
void
tr_request_view_rebuild_alerts (TrRequestView *self)
{
  guint n = self->exceptions ? g_list_model_get_n_items (self->exceptions) : 0;

  tr_rows_clear (self->alerts_group, self->alert_rows);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrException) exception = g_list_model_get_item (self->exceptions, i);
      const char *expense_id;
      TrEditorField field = exception_field (exception, &expense_id);

      if (expense_id != NULL ? !has_expense (self, expense_id)
                             : field == TR_EDITOR_FIELD_NONE || field == TR_EDITOR_FIELD_NAME)
        tr_rows_add_exception (self->alerts_group, self->alert_rows, exception);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->alerts_group), self->alert_rows->len > 0);
}

static void
on_confirm_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        TrRequestView    *self)
{
  const char *rel = g_object_get_data (G_OBJECT (dialog), "rel");
  const char *href = g_object_get_data (G_OBJECT (dialog), "href");

  if (g_strcmp0 (response, "confirm") == 0)
    g_signal_emit (self, tr_request_view_signals[TR_REQUEST_VIEW_ACTION_REQUESTED], 0, rel, href);
}

static const char *
confirm_body (const char *rel)
{
  if (g_strcmp0 (rel, "cancel") == 0)
    return _("The request and the bookings made for it are canceled. This cannot be undone.");
  if (g_strcmp0 (rel, "recall") == 0)
    return _("The request leaves the approval workflow and comes back to you.");
  if (g_strcmp0 (rel, "sendback") == 0)
    return _("The request goes back to the traveler, who must submit it again.");
  return _("A closed request can no longer be used for expenses until it is reopened.");
}

/* One whole question per operation that asks for confirmation. */
static const char *
confirm_heading (const char *rel)
{
  if (g_strcmp0 (rel, "cancel") == 0)
    return _("Cancel Request?");
  if (g_strcmp0 (rel, "recall") == 0)
    return _("Recall Request?");
  if (g_strcmp0 (rel, "sendback") == 0)
    return _("Send Back Request?");
  return _("Close Request?");
}

static void
confirm_action (TrRequestView *self,
                const char    *rel,
                const char    *href)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       NULL, confirm_body (rel)));
  adw_message_dialog_set_heading (dialog, confirm_heading (rel));
  adw_message_dialog_add_responses (dialog, "keep", _("_Keep"),
                                    "confirm", tr_operation_label (rel), NULL);
  adw_message_dialog_set_response_appearance (dialog, "confirm", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_object_set_data_full (G_OBJECT (dialog), "rel", g_strdup (rel), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "href", g_strdup (href), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
tr_request_view_run_action (TrRequestView *self,
                            GtkButton     *button)
{
  const char *rel = g_object_get_data (G_OBJECT (button), "rel");
  const char *href = g_object_get_data (G_OBJECT (button), "href");

  if (tr_operation_is_destructive (rel))
    confirm_action (self, rel, href);
  else
    g_signal_emit (self, tr_request_view_signals[TR_REQUEST_VIEW_ACTION_REQUESTED], 0, rel, href);
}
