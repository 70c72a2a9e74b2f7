/* test-expense-editor-locale.c
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

/* The expected-expense editor in French and German number formats: the
 * amount and the exchange rate are shown and typed the locale's way, and
 * what is saved is the exact amount. */

#include <locale.h>

#include "tr-expense-editor.h"
#include "tr-test-util.h"

#define NNBSP "\xe2\x80\xaf"
#define WIDGET(e, f) tr_expense_editor_get_field_widget (TR_EXPENSE_EDITOR (e), f)
#define MESSAGE(e, f) tr_expense_editor_get_field_message (TR_EXPENSE_EDITOR (e), f)

static gboolean
use_numeric_locale (const char *name)
{
  if (setlocale (LC_NUMERIC, name) != NULL)
    return TRUE;
  g_test_skip_printf ("locale %s is not installed", name);
  return FALSE;
}

static GtkWidget *
new_editor_with_expense (void)
{
  GtkWidget *editor = tr_expense_editor_new ();
  g_autoptr(GDate) start = g_date_new_dmy (15, 7, 2026);
  g_autoptr(GDate) end = g_date_new_dmy (17, 7, 2026);
  g_autoptr(TrExpense) expense = tr_expense_new ();
  g_autoptr(TrAmount) amount = tr_amount_new (123456, 2, "EUR");
  g_autoptr(TrAmount) rate_value = tr_amount_new (10850, 4, NULL);
  g_autoptr(TrExchangeRate) rate = tr_exchange_rate_new ();
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 7, 16, 0, 0, 0);

  tr_expense_editor_set_trip_dates (TR_EXPENSE_EDITOR (editor), start, end);
  tr_expense_editor_set_currency (TR_EXPENSE_EDITOR (editor), "EUR");
  tr_expense_set_transaction_amount (expense, amount);
  tr_expense_set_transaction_date (expense, when);
  tr_exchange_rate_set_value (rate, rate_value);
  tr_exchange_rate_set_operation (rate, "MULTIPLY");
  tr_expense_set_exchange_rate (expense, rate);
  tr_expense_editor_set_expense (TR_EXPENSE_EDITOR (editor), expense);
  g_assert_true (tr_expense_editor_select_type (TR_EXPENSE_EDITOR (editor), "DINNR"));
  return editor;
}

static const char *
text_of (GtkWidget      *editor,
         TrExpenseField  field)
{
  return gtk_editable_get_text (GTK_EDITABLE (WIDGET (editor, field)));
}

static void
assert_saved_amount (GtkWidget *editor,
                     gint64     units,
                     guint      scale)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrExpense) expense = tr_expense_editor_dup_expense (TR_EXPENSE_EDITOR (editor), &error);
  const TrAmount *amount;

  g_assert_no_error (error);
  amount = tr_expense_get_transaction_amount (expense);
  g_assert_cmpint (tr_amount_get_units (amount), ==, units);
  g_assert_cmpuint (tr_amount_get_scale (amount), ==, scale);
  g_assert_cmpstr (tr_amount_get_currency (amount), ==, "EUR");
}

static void
test_french (void)
{
  GtkWidget *editor;
  GtkWidget *window;

  if (!use_numeric_locale ("fr_FR.UTF-8"))
    return;
  editor = new_editor_with_expense ();
  window = tr_test_show (editor, 800, 700);
  g_assert_cmpstr (text_of (editor, TR_EXPENSE_FIELD_AMOUNT), ==, "1" NNBSP "234,56");
  g_assert_cmpstr (text_of (editor, TR_EXPENSE_FIELD_RATE), ==, "1,0850");
  assert_saved_amount (editor, 123456, 2);

  /* A plain space groups digits too. */
  gtk_editable_set_text (GTK_EDITABLE (WIDGET (editor, TR_EXPENSE_FIELD_AMOUNT)), "2 345,5");
  g_assert_null (MESSAGE (editor, TR_EXPENSE_FIELD_AMOUNT));
  assert_saved_amount (editor, 23455, 1);

  gtk_editable_set_text (GTK_EDITABLE (WIDGET (editor, TR_EXPENSE_FIELD_AMOUNT)), "12.50");
  g_assert_cmpstr (MESSAGE (editor, TR_EXPENSE_FIELD_AMOUNT), ==,
                   "“12.50” is not an amount: use digits and a decimal separator, for example 120,50.");
  g_assert_false (tr_expense_editor_save (TR_EXPENSE_EDITOR (editor)));
  /* What was typed stays. */
  g_assert_cmpstr (text_of (editor, TR_EXPENSE_FIELD_AMOUNT), ==, "12.50");

  gtk_editable_set_text (GTK_EDITABLE (WIDGET (editor, TR_EXPENSE_FIELD_RATE)), "0");
  g_assert_cmpstr (MESSAGE (editor, TR_EXPENSE_FIELD_RATE), ==,
                   "“0” is not an exchange rate: use a positive number, for example 1,0850.");
  tr_test_close_window (window);
}

static void
test_german (void)
{
  GtkWidget *editor;
  GtkWidget *window;

  if (!use_numeric_locale ("de_DE.UTF-8"))
    return;
  editor = new_editor_with_expense ();
  window = tr_test_show (editor, 800, 700);
  g_assert_cmpstr (text_of (editor, TR_EXPENSE_FIELD_AMOUNT), ==, "1.234,56");
  assert_saved_amount (editor, 123456, 2);

  gtk_editable_set_text (GTK_EDITABLE (WIDGET (editor, TR_EXPENSE_FIELD_AMOUNT)), "1.234");
  g_assert_cmpstr (MESSAGE (editor, TR_EXPENSE_FIELD_AMOUNT), ==,
                   "“1.234” is ambiguous: write 1234 or 1,234.");
  g_assert_false (tr_expense_editor_save (TR_EXPENSE_EDITOR (editor)));

  gtk_editable_set_text (GTK_EDITABLE (WIDGET (editor, TR_EXPENSE_FIELD_AMOUNT)), "1.234.567,8");
  g_assert_null (MESSAGE (editor, TR_EXPENSE_FIELD_AMOUNT));
  assert_saved_amount (editor, 12345678, 1);
  tr_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status = tr_test_init (&argc, &argv);

  if (status >= 0)
    return status;

  g_test_add_func ("/i18n/expense-editor/french", test_french);
  g_test_add_func ("/i18n/expense-editor/german", test_german);

  return g_test_run ();
}
