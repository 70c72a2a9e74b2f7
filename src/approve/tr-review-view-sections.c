/* tr-review-view-sections.c
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

#include "tr-request-diff.h"
#include "tr-request-format.h"
#include "tr-review-view-private.h"

/* Filling the sections of the review page. Rows added to a group are
 * remembered per group, so that each update removes exactly its own. */

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

static void
clear_group (TrReviewView        *self,
             AdwPreferencesGroup *group)
{
  GPtrArray *rows = g_hash_table_lookup (self->group_rows, group);

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    adw_preferences_group_remove (group, rows->pdata[i]);
  g_hash_table_insert (self->group_rows, group, g_ptr_array_new ());
}

static AdwActionRow *
add_row (TrReviewView        *self,
         AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle,
         const char          *suffix)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  GPtrArray *rows = g_hash_table_lookup (self->group_rows, group);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title ? title : "");
  if (is_set (subtitle))
    adw_action_row_set_subtitle (row, subtitle);
  if (is_set (suffix))
    {
      GtkWidget *label = gtk_label_new (suffix);

      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (row, label);
    }
  adw_preferences_group_add (group, GTK_WIDGET (row));
  g_ptr_array_add (rows, row);
  return row;
}

static void
add_icon (AdwActionRow *row,
          const char   *icon_name,
          const char   *css_class)
{
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

  if (css_class != NULL)
    gtk_widget_add_css_class (icon, css_class);
  adw_action_row_add_prefix (row, icon);
}

static void
set_subtitle (AdwActionRow *row,
              char         *text)
{
  adw_action_row_set_subtitle (row, is_set (text) ? text : "—");
  g_free (text);
}

void
tr_review_view_update_header (TrReviewView *self)
{
  TrRequest *request = self->request;
  const char *name = request ? tr_request_get_name (request) : NULL;
  const char *request_key = request ? tr_request_get_request_id (request) : NULL;
  /* Translators: %s is the identifier of a travel request on the server, such as “3B7A” */
  g_autofree char *key_text = is_set (request_key) ? g_strdup_printf (_("Request %s"), request_key) : NULL;

  gtk_label_set_label (self->title_label, is_set (name) ? name : (request ? _("Untitled request") : ""));
  gtk_label_set_label (self->request_id_label, key_text ? key_text : "");
  tr_status_pill_set_status (self->status_pill, request ? tr_request_get_approval_status (request) : NULL);
  set_subtitle (self->traveler_row, request ? tr_format_employee (tr_request_get_owner (request)) : NULL);
  set_subtitle (self->purpose_row, g_strdup (request ? tr_request_get_business_purpose (request) : NULL));
  set_subtitle (self->dates_row,
                request && tr_request_get_start_date (request) && tr_request_get_end_date (request)
                ? tr_format_date_range (tr_request_get_start_date (request), tr_request_get_start_time (request),
                                        tr_request_get_end_date (request), tr_request_get_end_time (request))
                : NULL);
  set_subtitle (self->destination_row,
                request ? tr_format_location (tr_request_get_main_destination (request)) : NULL);
}

static char *
change_text (TrRequestChange *change)
{
  g_autofree char *old_text = change->old_amount ? tr_format_amount (change->old_amount) : g_strdup (change->old_value);
  g_autofree char *new_text = change->new_amount ? tr_format_amount (change->new_amount) : g_strdup (change->new_value);

  /* TRANSLATORS: a value that was removed or is empty, in a list of changes */
  return g_strdup_printf (_("%s → %s"), is_set (old_text) ? old_text : _("(empty)"),
                          is_set (new_text) ? new_text : _("(empty)"));
}

static void
add_change_row (TrReviewView    *self,
                TrRequestChange *change)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *fields = NULL;
  AdwActionRow *row;

  switch (change->kind)
    {
    case TR_REQUEST_CHANGE_EXPENSE_ADDED:
      /* Translators: %s names what was added to the request: a field, or an expected expense’s type and date */
      title = g_strdup_printf (_("Added: %s"), change->label);
      subtitle = tr_format_amount (change->new_amount);
      row = add_row (self, self->changes_group, title, subtitle, NULL);
      add_icon (row, "list-add-symbolic", "success");
      break;
    case TR_REQUEST_CHANGE_EXPENSE_REMOVED:
      /* Translators: %s names what was removed from the request: a field, or an expected expense’s type and date */
      title = g_strdup_printf (_("Removed: %s"), change->label);
      subtitle = tr_format_amount (change->old_amount);
      row = add_row (self, self->changes_group, title, subtitle, NULL);
      add_icon (row, "list-remove-symbolic", "error");
      break;
    case TR_REQUEST_CHANGE_EXPENSE_CHANGED:
      /* Translators: %s names what changed in the request: a field, or an expected expense’s type and date */
      title = g_strdup_printf (_("Changed: %s"), change->label);
      fields = change->details ? g_strjoinv (_(", "), change->details) : g_strdup ("");
      amount = change_text (change);
      /* TRANSLATORS: what changed in an expense, then its amount before and after */
      subtitle = g_strdup_printf (_("%s · %s"), fields, amount);
      row = add_row (self, self->changes_group, title, subtitle, NULL);
      add_icon (row, "document-edit-symbolic", "warning");
      break;
    case TR_REQUEST_CHANGE_FIELD:
    default:
      subtitle = change_text (change);
      row = add_row (self, self->changes_group, change->label, subtitle, NULL);
      add_icon (row, "document-edit-symbolic", "warning");
      break;
    }
  adw_action_row_set_subtitle_lines (row, 0);
}

void
tr_review_view_update_changes (TrReviewView *self)
{
  guint n = self->changes ? self->changes->len : 0;
  g_autofree char *description = NULL;

  clear_group (self, self->changes_group);
  gtk_widget_set_visible (GTK_WIDGET (self->changes_group), self->changes != NULL);
  if (self->changes == NULL)
    return;
  if (n == 0)
    {
      adw_preferences_group_set_description (self->changes_group, NULL);
      add_row (self, self->changes_group, _("Nothing changed since you last saw this request"), NULL, NULL);
      return;
    }
  /* Translators: %u is a number of changes */
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change against the version you saw",
                                              "%u changes against the version you saw", n), n);
  adw_preferences_group_set_description (self->changes_group, description);
  for (guint i = 0; i < n; i++)
    add_change_row (self, self->changes->pdata[i]);
}

/* Sums per currency, in the order currencies first appear. */
static char *
format_totals (GListModel *expenses)
{
  g_autoptr(GPtrArray) totals = g_ptr_array_new_with_free_func ((GDestroyNotify) tr_amount_free);
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) texts = NULL;
  guint n = expenses ? g_list_model_get_n_items (expenses) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrExpense) expense = g_list_model_get_item (expenses, i);
      const TrAmount *amount = tr_expense_get_transaction_amount (expense);
      guint j;

      if (amount == NULL)
        continue;
      for (j = 0; j < totals->len; j++)
        if (g_strcmp0 (tr_amount_get_currency (totals->pdata[j]), tr_amount_get_currency (amount)) == 0)
          break;
      if (j == totals->len)
        g_ptr_array_add (totals, tr_amount_copy (amount));
      else
        {
          TrAmount *sum = tr_amount_add (totals->pdata[j], amount, NULL);

          if (sum != NULL)
            {
              tr_amount_free (totals->pdata[j]);
              totals->pdata[j] = sum;
            }
        }
    }
  for (guint j = 0; j < totals->len; j++)
    {
      g_autofree char *text = tr_format_amount (totals->pdata[j]);

      g_strv_builder_add (parts, text);
    }
  texts = g_strv_builder_end (parts);
  return g_strjoinv (" + ", texts);
}

static void
add_expense_row (TrReviewView *self,
                 TrExpense    *expense)
{
  TrExpenseType *type = tr_expense_get_expense_type (expense);
  GDateTime *date = tr_expense_get_transaction_date (expense);
  g_autofree char *amount = tr_format_amount (tr_expense_get_transaction_amount (expense));
  g_autofree char *day = NULL;
  g_autofree char *subtitle = NULL;
  const char *purpose = tr_expense_get_business_purpose (expense);
  const char *name = type ? tr_expense_type_get_name (type) : NULL;

  if (date != NULL)
    {
      g_autoptr(GDateTime) utc = g_date_time_to_utc (date);

      /* TRANSLATORS: the date of an expected expense, see g_date_time_format() */
      day = g_date_time_format (utc, _("%a %-d %b %Y"));
    }
  if (is_set (day) && is_set (purpose))
    subtitle = g_strdup_printf (_("%s · %s"), day, purpose);
  else
    subtitle = g_strdup (is_set (day) ? day : purpose);
  add_row (self, self->expenses_group, is_set (name) ? name : _("Expense"), subtitle, amount);
}

void
tr_review_view_update_expenses (TrReviewView *self)
{
  guint n = self->expenses ? g_list_model_get_n_items (self->expenses) : 0;
  g_autofree char *totals = NULL;
  AdwActionRow *row;

  clear_group (self, self->expenses_group);
  if (n == 0)
    {
      add_row (self, self->expenses_group, _("No expected expenses"), NULL, NULL);
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (self->expenses, i);

      if (TR_IS_EXPENSE (item))
        add_expense_row (self, TR_EXPENSE (item));
    }
  totals = format_totals (self->expenses);
  row = add_row (self, self->expenses_group, _("Total"), NULL, totals);
  gtk_widget_add_css_class (GTK_WIDGET (row), "heading");
}

void
tr_review_view_update_exceptions (TrReviewView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->exceptions));

  clear_group (self, self->exceptions_group);
  if (n == 0)
    {
      add_row (self, self->exceptions_group, _("No policy exceptions"), NULL, NULL);
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrException) exception = g_list_model_get_item (G_LIST_MODEL (self->exceptions), i);
      gboolean blocking = tr_exception_get_is_blocking (exception);
      const char *message = tr_exception_get_message (exception);
      const char *code = tr_exception_get_code (exception);
      g_autofree char *subtitle = NULL;
      g_autofree char *level = g_strdup_printf ("%" G_GINT64_FORMAT, tr_exception_get_level (exception));
      AdwActionRow *row;

      if (blocking)
        /* Translators: a blocking policy exception: the first %s is its level
         * (a number), the second its code, "Blocking · level 10 · DATE". */
        subtitle = g_strdup_printf (_("Blocking · level %s · %s"), level, code ? code : "");
      else
        /* Translators: a policy exception: the first %s is its level (a
         * number), the second its code, "Level 10 · DATE". */
        subtitle = g_strdup_printf (_("Level %s · %s"), level, code ? code : "");
      row = add_row (self, self->exceptions_group, is_set (message) ? message : code, subtitle, NULL);
      adw_action_row_set_title_lines (row, 0);
      add_icon (row, blocking ? "dialog-error-symbolic" : "dialog-warning-symbolic",
                blocking ? "error" : "warning");
    }
}

void
tr_review_view_update_comments (TrReviewView *self)
{
  guint n = self->comments ? g_list_model_get_n_items (self->comments) : 0;

  clear_group (self, self->comments_group);
  if (n == 0)
    {
      add_row (self, self->comments_group, _("No comments"), NULL, NULL);
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (self->comments, i);
      TrComment *comment = TR_IS_COMMENT (item) ? TR_COMMENT (item) : NULL;
      g_autofree char *author = NULL;
      g_autofree char *when = NULL;
      g_autofree char *subtitle = NULL;
      AdwActionRow *row;

      if (comment == NULL)
        continue;
      author = tr_format_employee (tr_comment_get_author (comment));
      when = tr_comment_get_timestamp (comment) ? tr_format_timestamp (tr_comment_get_timestamp (comment)) : NULL;
      subtitle = g_strdup_printf (_("%s · %s"), is_set (author) ? author : _("Unknown author"), when ? when : "");
      row = add_row (self, self->comments_group, tr_comment_get_value (comment), subtitle, NULL);
      adw_action_row_set_title_lines (row, 0);
    }
}
