/* tr-expense-editor.c
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

#define G_LOG_DOMAIN "TrExpenseEditor"

#include <glib/gi18n.h>

#include "tr-editor-util.h"
#include "tr-expense-editor.h"
#include "tr-locale-number.h"
#include "tr-request-style.h"
#include "tr-request-validation.h"

/* The editor of an expected expense that is not a trip segment: type,
 * date, amount and currency, exchange rate, business purpose. Amounts are
 * typed and shown the locale's way and parsed exactly
 * (tr_locale_parse_amount()); negative amounts are refused. */
struct _TrExpenseEditor
{
  AdwBin       parent_instance;

  AdwComboRow *type_row;
  AdwEntryRow *date_row;
  AdwEntryRow *amount_row;
  AdwEntryRow *currency_row;
  AdwEntryRow *rate_row;
  AdwEntryRow *purpose_row;

  GtkWidget   *rows[TR_EXPENSE_N_FIELDS];
  GtkLabel    *messages[TR_EXPENSE_N_FIELDS];
  guint        touched;

  TrExpense   *expense;
  GListModel  *types;
  GDate        trip_start;
  GDate        trip_end;
  gboolean     loading;
};

G_DEFINE_FINAL_TYPE (TrExpenseEditor, tr_expense_editor, ADW_TYPE_BIN)

enum {
  SAVE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *default_types =
  "[{\"id\":\"TAXIX\",\"name\":\"Taxi\"},{\"id\":\"DINNR\",\"name\":\"Dinner\"},"
  "{\"id\":\"LUNCH\",\"name\":\"Lunch\"},{\"id\":\"BRKFT\",\"name\":\"Breakfast\"},"
  "{\"id\":\"LODNG\",\"name\":\"Hotel\"},{\"id\":\"CARRT\",\"name\":\"Car Rental\"},"
  "{\"id\":\"PARKG\",\"name\":\"Parking\"},{\"id\":\"AIRFR\",\"name\":\"Airfare\"},"
  "{\"id\":\"TRAIN\",\"name\":\"Train\"},{\"id\":\"MISCS\",\"name\":\"Miscellaneous\"}]";

static void
set_message (char     **messages,
             guint      field,
             GError    *error)
{
  if (error != NULL && messages[field] == NULL)
    messages[field] = g_strdup (error->message);
}

static void
check_fields (TrExpenseEditor  *self,
              char            **messages)
{
  g_autoptr(GError) e1 = NULL, e2 = NULL, e3 = NULL, e4 = NULL, e5 = NULL;
  g_autofree char *currency = tr_editor_dup_text (self->currency_row);
  g_autoptr(TrAmount) amount = NULL;
  GDate date;

  if (adw_combo_row_get_selected_item (self->type_row) == NULL)
    messages[TR_EXPENSE_FIELD_TYPE] = g_strdup (_("Choose the type of expense."));
  if (tr_validation_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), &date, &e1)
      && !g_date_valid (&date))
    /* Translators: the subject of “%s is required.” */
    tr_validation_check_required ("", _("The date"), &e1);
  else if (e1 == NULL)
    tr_validation_check_in_trip (&self->trip_start, &self->trip_end, &date, &e1);
  set_message (messages, TR_EXPENSE_FIELD_DATE, e1);

  if (tr_validation_check_currency (currency, &e2))
    amount = tr_validation_parse_amount (gtk_editable_get_text (GTK_EDITABLE (self->amount_row)),
                                         currency, &e3);
  set_message (messages, TR_EXPENSE_FIELD_CURRENCY, e2);
  set_message (messages, TR_EXPENSE_FIELD_AMOUNT, e3);
  tr_validation_check_exchange_rate (gtk_editable_get_text (GTK_EDITABLE (self->rate_row)), &e4);
  set_message (messages, TR_EXPENSE_FIELD_RATE, e4);
}

static gboolean
check (TrExpenseEditor *self,
       gboolean         all)
{
  char *messages[TR_EXPENSE_N_FIELDS] = { NULL, };
  gboolean valid = TRUE;

  check_fields (self, messages);
  for (guint f = 0; f < TR_EXPENSE_N_FIELDS; f++)
    {
      gboolean shown = all || (self->touched & (1u << f)) != 0;

      valid &= messages[f] == NULL;
      tr_editor_mark (self->rows[f], self->messages[f], shown ? messages[f] : NULL);
      g_free (messages[f]);
    }
  return valid;
}

static void
on_field_changed_cb (GtkWidget       *row,
                     TrExpenseEditor *self)
{
  if (self->loading)
    return;
  for (guint f = 0; f < TR_EXPENSE_N_FIELDS; f++)
    if (self->rows[f] == row)
      self->touched |= 1u << f;
  check (self, FALSE);
}

static void
on_type_changed_cb (GObject         *row,
                    GParamSpec      *pspec,
                    TrExpenseEditor *self)
{
  on_field_changed_cb (GTK_WIDGET (row), self);
}

static void
load (TrExpenseEditor *self)
{
  TrExpense *expense = self->expense;
  TrExpenseType *type = expense ? tr_expense_get_expense_type (expense) : NULL;
  const TrAmount *amount = expense ? tr_expense_get_transaction_amount (expense) : NULL;
  TrExchangeRate *rate = expense ? tr_expense_get_exchange_rate (expense) : NULL;
  GDateTime *when = expense ? tr_expense_get_transaction_date (expense) : NULL;
  g_autofree char *amount_text = amount ? tr_locale_format_number (amount) : NULL;
  g_autofree char *rate_text = rate && tr_exchange_rate_get_value (rate)
                               ? tr_locale_format_number (tr_exchange_rate_get_value (rate)) : NULL;
  g_autofree char *date_text = when ? g_date_time_format (when, "%Y-%m-%d") : NULL;

  self->loading = TRUE;
  tr_expense_editor_select_type (self, type ? tr_expense_type_get_id (type) : NULL);
  tr_editor_set_text (self->date_row, date_text);
  tr_editor_set_text (self->amount_row, amount_text);
  if (amount != NULL && tr_amount_get_currency (amount) != NULL)
    tr_editor_set_text (self->currency_row, tr_amount_get_currency (amount));
  tr_editor_set_text (self->rate_row, rate_text);
  tr_editor_set_text (self->purpose_row, expense ? tr_expense_get_business_purpose (expense) : NULL);
  self->loading = FALSE;
  self->touched = 0;
  check (self, FALSE);
}

static TrExpenseType *
dup_selected_type (TrExpenseEditor *self)
{
  TrExpenseType *selected = adw_combo_row_get_selected_item (self->type_row);
  TrExpenseType *type = tr_expense_type_new ();

  tr_expense_type_set_id (type, tr_expense_type_get_id (selected));
  tr_expense_type_set_name (type, tr_expense_type_get_name (selected));
  return type;
}

static void
apply (TrExpenseEditor *self,
       TrExpense       *expense)
{
  g_autofree char *currency = tr_editor_dup_text (self->currency_row);
  g_autofree char *rate_text = tr_editor_dup_text (self->rate_row);
  g_autofree char *purpose = tr_editor_dup_text (self->purpose_row);
  g_autoptr(TrAmount) amount = tr_locale_parse_amount (gtk_editable_get_text (GTK_EDITABLE (self->amount_row)),
                                                       currency, NULL);
  g_autoptr(TrExpenseType) type = dup_selected_type (self);
  g_autoptr(GDateTime) when = NULL;
  GDate date;

  tr_validation_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), &date, NULL);
  when = g_date_time_new_utc ((int) g_date_get_year (&date), g_date_get_month (&date),
                              g_date_get_day (&date), 0, 0, 0);
  tr_expense_set_expense_type (expense, type);
  tr_expense_set_transaction_date (expense, when);
  tr_expense_set_transaction_amount (expense, amount);
  tr_expense_set_business_purpose (expense, *purpose != '\0' ? purpose : NULL);
  if (*rate_text != '\0')
    {
      g_autoptr(TrExchangeRate) rate = tr_exchange_rate_new ();
      g_autoptr(TrAmount) value = tr_locale_parse_amount (rate_text, NULL, NULL);

      tr_exchange_rate_set_value (rate, value);
      tr_exchange_rate_set_operation (rate, "MULTIPLY");
      tr_expense_set_exchange_rate (expense, rate);
    }
}

static void
tr_expense_editor_dispose (GObject *object)
{
  TrExpenseEditor *self = TR_EXPENSE_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TR_TYPE_EXPENSE_EDITOR);
  g_clear_object (&self->expense);
  g_clear_object (&self->types);

  G_OBJECT_CLASS (tr_expense_editor_parent_class)->dispose (object);
}

static void
tr_expense_editor_class_init (TrExpenseEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tr_expense_editor_dispose;

  /**
   * TrExpenseEditor::save-requested:
   * @expense: the valid expense (a copy of the edited one, or a new one)
   */
  signals[SAVE_REQUESTED] =
    g_signal_new ("save-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TR_TYPE_EXPENSE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/travelrequests/TravelRequests/request/tr-expense-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TrExpenseEditor, type_row);
  gtk_widget_class_bind_template_child (widget_class, TrExpenseEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, TrExpenseEditor, amount_row);
  gtk_widget_class_bind_template_child (widget_class, TrExpenseEditor, currency_row);
  gtk_widget_class_bind_template_child (widget_class, TrExpenseEditor, rate_row);
  gtk_widget_class_bind_template_child (widget_class, TrExpenseEditor, purpose_row);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_type_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, tr_expense_editor_save);
}

static void
tr_expense_editor_init (TrExpenseEditor *self)
{
  g_autoptr(GtkExpression) name = gtk_property_expression_new (TR_TYPE_EXPENSE_TYPE, NULL, "name");
  g_autoptr(JsonNode) node = json_from_string (default_types, NULL);
  g_autoptr(GListStore) types = tr_resource_list_new_from_json (TR_TYPE_EXPENSE_TYPE, node,
                                                                "types", NULL);

  tr_request_style_ensure ();
  gtk_widget_init_template (GTK_WIDGET (self));
  g_date_clear (&self->trip_start, 1);
  g_date_clear (&self->trip_end, 1);
  adw_combo_row_set_expression (self->type_row, name);
  tr_editor_add_calendar (self->date_row);

  self->rows[TR_EXPENSE_FIELD_TYPE] = GTK_WIDGET (self->type_row);
  self->rows[TR_EXPENSE_FIELD_DATE] = GTK_WIDGET (self->date_row);
  self->rows[TR_EXPENSE_FIELD_AMOUNT] = GTK_WIDGET (self->amount_row);
  self->rows[TR_EXPENSE_FIELD_CURRENCY] = GTK_WIDGET (self->currency_row);
  self->rows[TR_EXPENSE_FIELD_RATE] = GTK_WIDGET (self->rate_row);
  self->rows[TR_EXPENSE_FIELD_PURPOSE] = GTK_WIDGET (self->purpose_row);
  for (guint f = 0; f < TR_EXPENSE_N_FIELDS; f++)
    self->messages[f] = tr_editor_add_message (self->rows[f]);
  tr_expense_editor_set_expense_types (self, G_LIST_MODEL (types));
  load (self);
}

GtkWidget *
tr_expense_editor_new (void)
{
  return g_object_new (TR_TYPE_EXPENSE_EDITOR, NULL);
}

/**
 * tr_expense_editor_set_expense:
 * @expense: (nullable): the expense to edit (a copy is edited), or %NULL
 *   for a new one
 */
void
tr_expense_editor_set_expense (TrExpenseEditor *self,
                               TrExpense       *expense)
{
  g_return_if_fail (TR_IS_EXPENSE_EDITOR (self));
  g_return_if_fail (expense == NULL || TR_IS_EXPENSE (expense));

  g_set_object (&self->expense, expense);
  load (self);
}

/**
 * tr_expense_editor_set_expense_types:
 * @types: the expense types (#TrExpenseType) the user may choose
 */
void
tr_expense_editor_set_expense_types (TrExpenseEditor *self,
                                     GListModel      *types)
{
  g_return_if_fail (TR_IS_EXPENSE_EDITOR (self));
  g_return_if_fail (G_IS_LIST_MODEL (types));

  g_set_object (&self->types, types);
  self->loading = TRUE;
  adw_combo_row_set_model (self->type_row, types);
  self->loading = FALSE;
}

/**
 * tr_expense_editor_set_trip_dates:
 * @start: (nullable): the request's start date
 * @end: (nullable): the request's end date
 *
 * The expense date must lie within them.
 */
void
tr_expense_editor_set_trip_dates (TrExpenseEditor *self,
                                  const GDate     *start,
                                  const GDate     *end)
{
  g_return_if_fail (TR_IS_EXPENSE_EDITOR (self));

  g_date_clear (&self->trip_start, 1);
  g_date_clear (&self->trip_end, 1);
  if (start != NULL && g_date_valid (start))
    self->trip_start = *start;
  if (end != NULL && g_date_valid (end))
    self->trip_end = *end;
  check (self, FALSE);
}

/**
 * tr_expense_editor_set_currency:
 * @currency: the currency a new expense starts with, e.g. the user's
 *   reimbursement currency
 */
void
tr_expense_editor_set_currency (TrExpenseEditor *self,
                                const char      *currency)
{
  g_return_if_fail (TR_IS_EXPENSE_EDITOR (self));

  self->loading = TRUE;
  tr_editor_set_text (self->currency_row, currency);
  self->loading = FALSE;
}

/**
 * tr_expense_editor_select_type:
 * @type_id: (nullable): an expense type id such as `TAXIX`
 *
 * Returns: %TRUE when the type is one of the choices
 */
gboolean
tr_expense_editor_select_type (TrExpenseEditor *self,
                               const char      *type_id)
{
  guint n;

  g_return_val_if_fail (TR_IS_EXPENSE_EDITOR (self), FALSE);

  n = g_list_model_get_n_items (self->types);
  for (guint i = 0; type_id != NULL && i < n; i++)
    {
      g_autoptr(TrExpenseType) type = g_list_model_get_item (self->types, i);

      if (g_strcmp0 (tr_expense_type_get_id (type), type_id) == 0)
        {
          adw_combo_row_set_selected (self->type_row, i);
          return TRUE;
        }
    }
  adw_combo_row_set_selected (self->type_row, GTK_INVALID_LIST_POSITION);
  return FALSE;
}

/**
 * tr_expense_editor_dup_expense:
 *
 * Returns: (transfer full) (nullable): the edited expense, or %NULL with a
 *   #TrValidationError when a field is invalid (all messages are shown)
 */
TrExpense *
tr_expense_editor_dup_expense (TrExpenseEditor  *self,
                               GError          **error)
{
  g_autoptr(TrExpense) expense = NULL;

  g_return_val_if_fail (TR_IS_EXPENSE_EDITOR (self), NULL);

  if (!check (self, TRUE))
    {
      for (guint f = 0; f < TR_EXPENSE_N_FIELDS; f++)
        if (tr_editor_get_message (self->messages[f]) != NULL)
          {
            g_set_error_literal (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_REQUIRED,
                                 tr_editor_get_message (self->messages[f]));
            break;
          }
      return NULL;
    }
  expense = self->expense ? tr_expense_copy (self->expense, error) : tr_expense_new ();
  if (expense == NULL)
    return NULL;
  apply (self, expense);
  return g_steal_pointer (&expense);
}

/**
 * tr_expense_editor_save:
 *
 * Emits #TrExpenseEditor::save-requested when every field is valid.
 */
gboolean
tr_expense_editor_save (TrExpenseEditor *self)
{
  g_autoptr(TrExpense) expense = NULL;

  g_return_val_if_fail (TR_IS_EXPENSE_EDITOR (self), FALSE);

  expense = tr_expense_editor_dup_expense (self, NULL);
  if (expense == NULL)
    return FALSE;
  g_signal_emit (self, signals[SAVE_REQUESTED], 0, expense);
  return TRUE;
}

GtkWidget *
tr_expense_editor_get_field_widget (TrExpenseEditor *self,
                                    TrExpenseField   field)
{
  g_return_val_if_fail (TR_IS_EXPENSE_EDITOR (self), NULL);
  g_return_val_if_fail (field < TR_EXPENSE_N_FIELDS, NULL);

  return self->rows[field];
}

const char *
tr_expense_editor_get_field_message (TrExpenseEditor *self,
                                     TrExpenseField   field)
{
  g_return_val_if_fail (TR_IS_EXPENSE_EDITOR (self), NULL);
  g_return_val_if_fail (field < TR_EXPENSE_N_FIELDS, NULL);

  return tr_editor_get_message (self->messages[field]);
}

/**
 * tr_expense_editor_is_modified:
 *
 * Returns: %TRUE when the user changed a field since it was loaded
 */
gboolean
tr_expense_editor_is_modified (TrExpenseEditor *self)
{
  g_return_val_if_fail (TR_IS_EXPENSE_EDITOR (self), FALSE);

  return self->touched != 0;
}
