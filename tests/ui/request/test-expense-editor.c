/* test-expense-editor.c
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

#include "tr-expense-editor.h"
#include "tr-request-validation.h"
#include "tr-test-util.h"

#define WIDGET(e, f) tr_expense_editor_get_field_widget (TR_EXPENSE_EDITOR (e), f)
#define MESSAGE(e, f) tr_expense_editor_get_field_message (TR_EXPENSE_EDITOR (e), f)

static void
type_into (GtkWidget      *editor,
           TrExpenseField  field,
           const char     *text)
{
  gtk_editable_set_text (GTK_EDITABLE (WIDGET (editor, field)), text);
}

static void
assert_marked (GtkWidget      *editor,
               TrExpenseField  field,
               const char     *message)
{
  g_assert_cmpstr (MESSAGE (editor, field), ==, message);
  g_assert_true (gtk_widget_has_css_class (WIDGET (editor, field), "error") == (message != NULL));
}

static void
on_save_requested_cb (TrExpenseEditor  *editor,
                      TrExpense        *expense,
                      TrExpense       **saved)
{
  g_set_object (saved, expense);
}

static GtkWidget *
new_editor (void)
{
  GtkWidget *editor = tr_expense_editor_new ();
  g_autoptr(GDate) start = g_date_new_dmy (15, 7, 2026);
  g_autoptr(GDate) end = g_date_new_dmy (17, 7, 2026);

  tr_expense_editor_set_trip_dates (TR_EXPENSE_EDITOR (editor), start, end);
  tr_expense_editor_set_currency (TR_EXPENSE_EDITOR (editor), "EUR");
  return editor;
}

static void
test_negative_rejected (void)
{
  GtkWidget *editor = new_editor ();
  GtkWidget *window = tr_test_show (editor, 800, 700);
  g_autoptr(TrExpense) saved = NULL;

  g_signal_connect (editor, "save-requested", G_CALLBACK (on_save_requested_cb), &saved);
  g_assert_true (tr_expense_editor_select_type (TR_EXPENSE_EDITOR (editor), "TAXIX"));
  type_into (editor, TR_EXPENSE_FIELD_DATE, "2026-07-16");
  type_into (editor, TR_EXPENSE_FIELD_AMOUNT, "-35.00");
  assert_marked (editor, TR_EXPENSE_FIELD_AMOUNT, "The amount cannot be negative.");
  g_assert_false (tr_expense_editor_save (TR_EXPENSE_EDITOR (editor)));
  g_assert_null (saved);

  type_into (editor, TR_EXPENSE_FIELD_AMOUNT, "35.00");
  assert_marked (editor, TR_EXPENSE_FIELD_AMOUNT, NULL);
  g_assert_true (tr_expense_editor_save (TR_EXPENSE_EDITOR (editor)));
  g_assert_nonnull (saved);
  tr_test_close_window (window);
}

static void
test_exact_amount (void)
{
  GtkWidget *editor = new_editor ();
  GtkWidget *window = tr_test_show (editor, 800, 700);
  g_autoptr(TrExpense) expense = NULL;
  g_autoptr(GError) error = NULL;
  const TrAmount *amount;
  const TrAmount *rate;

  tr_expense_editor_select_type (TR_EXPENSE_EDITOR (editor), "DINNR");
  type_into (editor, TR_EXPENSE_FIELD_DATE, "2026-07-15");
  type_into (editor, TR_EXPENSE_FIELD_AMOUNT, "1234.5678");
  type_into (editor, TR_EXPENSE_FIELD_CURRENCY, "USD");
  type_into (editor, TR_EXPENSE_FIELD_RATE, "0.9215");
  type_into (editor, TR_EXPENSE_FIELD_PURPOSE, "Team dinner");
  expense = tr_expense_editor_dup_expense (TR_EXPENSE_EDITOR (editor), &error);
  g_assert_no_error (error);

  amount = tr_expense_get_transaction_amount (expense);
  g_assert_cmpint (tr_amount_get_units (amount), ==, 12345678);
  g_assert_cmpuint (tr_amount_get_scale (amount), ==, 4);
  g_assert_cmpstr (tr_amount_get_currency (amount), ==, "USD");
  rate = tr_exchange_rate_get_value (tr_expense_get_exchange_rate (expense));
  g_assert_cmpint (tr_amount_get_units (rate), ==, 9215);
  g_assert_cmpuint (tr_amount_get_scale (rate), ==, 4);
  g_assert_cmpstr (tr_exchange_rate_get_operation (tr_expense_get_exchange_rate (expense)), ==, "MULTIPLY");
  g_assert_cmpstr (tr_expense_type_get_id (tr_expense_get_expense_type (expense)), ==, "DINNR");
  g_assert_cmpstr (tr_expense_get_business_purpose (expense), ==, "Team dinner");
  g_assert_cmpint (g_date_time_get_day_of_month (tr_expense_get_transaction_date (expense)), ==, 15);
  tr_test_close_window (window);
}

static void
test_messages (void)
{
  GtkWidget *editor = new_editor ();
  GtkWidget *window = tr_test_show (editor, 800, 700);
  g_autoptr(GError) error = NULL;

  g_assert_null (tr_expense_editor_dup_expense (TR_EXPENSE_EDITOR (editor), &error));
  g_assert_error (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_REQUIRED);
  assert_marked (editor, TR_EXPENSE_FIELD_TYPE, "Choose the type of expense.");
  assert_marked (editor, TR_EXPENSE_FIELD_DATE, "The date is required.");
  assert_marked (editor, TR_EXPENSE_FIELD_AMOUNT, "The amount is required.");

  tr_expense_editor_select_type (TR_EXPENSE_EDITOR (editor), "LUNCH");
  assert_marked (editor, TR_EXPENSE_FIELD_TYPE, NULL);
  type_into (editor, TR_EXPENSE_FIELD_DATE, "2026-07-18");
  assert_marked (editor, TR_EXPENSE_FIELD_DATE, "This date is after the trip ends on 2026-07-17.");
  type_into (editor, TR_EXPENSE_FIELD_DATE, "2026-07-17");
  assert_marked (editor, TR_EXPENSE_FIELD_DATE, NULL);
  type_into (editor, TR_EXPENSE_FIELD_AMOUNT, "12,50");
  assert_marked (editor, TR_EXPENSE_FIELD_AMOUNT,
                 "“12,50” is not an amount: use digits and a decimal separator, for example 120.50.");
  type_into (editor, TR_EXPENSE_FIELD_AMOUNT, "12.50");
  assert_marked (editor, TR_EXPENSE_FIELD_AMOUNT, NULL);
  type_into (editor, TR_EXPENSE_FIELD_CURRENCY, "euro");
  assert_marked (editor, TR_EXPENSE_FIELD_CURRENCY,
                 "“euro” is not a currency: use its three-letter code, for example EUR.");
  type_into (editor, TR_EXPENSE_FIELD_CURRENCY, "EUR");
  assert_marked (editor, TR_EXPENSE_FIELD_CURRENCY, NULL);
  type_into (editor, TR_EXPENSE_FIELD_RATE, "0");
  assert_marked (editor, TR_EXPENSE_FIELD_RATE,
                 "“0” is not an exchange rate: use a positive number, for example 1.0850.");
  type_into (editor, TR_EXPENSE_FIELD_RATE, "");
  assert_marked (editor, TR_EXPENSE_FIELD_RATE, NULL);
  g_assert_true (tr_expense_editor_save (TR_EXPENSE_EDITOR (editor)));
  tr_test_close_window (window);
}

static void
test_edit_existing (void)
{
  g_autoptr(GListModel) expenses = tr_test_load_expenses ("09-list-request-expenses.response.json");
  g_autoptr(TrExpense) dinner = g_list_model_get_item (expenses, 2);
  GtkWidget *editor = tr_expense_editor_new ();
  GtkWidget *window = tr_test_show (editor, 800, 700);
  g_autoptr(TrExpense) copy = NULL;

  tr_expense_editor_set_expense (TR_EXPENSE_EDITOR (editor), dinner);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (WIDGET (editor, TR_EXPENSE_FIELD_DATE))),
                   ==, "2018-07-17");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (WIDGET (editor, TR_EXPENSE_FIELD_CURRENCY))),
                   ==, tr_amount_get_currency (tr_expense_get_transaction_amount (dinner)));
  copy = tr_expense_editor_dup_expense (TR_EXPENSE_EDITOR (editor), NULL);
  g_assert_nonnull (copy);
  g_assert_cmpstr (tr_expense_get_id (copy), ==, tr_expense_get_id (dinner));
  g_assert_true (tr_amount_equal (tr_expense_get_transaction_amount (copy),
                                  tr_expense_get_transaction_amount (dinner)));
  tr_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status = tr_test_init (&argc, &argv);

  if (status >= 0)
    return status;

  g_test_add_func ("/request/expense-editor/negative-rejected", test_negative_rejected);
  g_test_add_func ("/request/expense-editor/exact-amount", test_exact_amount);
  g_test_add_func ("/request/expense-editor/messages", test_messages);
  g_test_add_func ("/request/expense-editor/edit-existing", test_edit_existing);

  return g_test_run ();
}
