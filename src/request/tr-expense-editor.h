/* tr-expense-editor.h
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

#include <adwaita.h>

#include "tr-model.h"

G_BEGIN_DECLS

/**
 * TrExpenseField:
 *
 * The fields of the expected-expense editor.
 */
typedef enum
{
  TR_EXPENSE_FIELD_TYPE,
  TR_EXPENSE_FIELD_DATE,
  TR_EXPENSE_FIELD_AMOUNT,
  TR_EXPENSE_FIELD_CURRENCY,
  TR_EXPENSE_FIELD_RATE,
  TR_EXPENSE_FIELD_PURPOSE,
  TR_EXPENSE_N_FIELDS
} TrExpenseField;

#define TR_TYPE_EXPENSE_EDITOR (tr_expense_editor_get_type ())

G_DECLARE_FINAL_TYPE (TrExpenseEditor, tr_expense_editor, TR, EXPENSE_EDITOR, AdwBin)

GtkWidget  *tr_expense_editor_new               (void);
void        tr_expense_editor_set_expense       (TrExpenseEditor *self,
                                                 TrExpense       *expense);
void        tr_expense_editor_set_expense_types (TrExpenseEditor *self,
                                                 GListModel      *types);
void        tr_expense_editor_set_trip_dates    (TrExpenseEditor *self,
                                                 const GDate     *start,
                                                 const GDate     *end);
void        tr_expense_editor_set_currency      (TrExpenseEditor *self,
                                                 const char      *currency);
gboolean    tr_expense_editor_select_type       (TrExpenseEditor *self,
                                                 const char      *type_id);
TrExpense  *tr_expense_editor_dup_expense       (TrExpenseEditor *self,
                                                 GError         **error);
gboolean    tr_expense_editor_save              (TrExpenseEditor *self);
GtkWidget  *tr_expense_editor_get_field_widget  (TrExpenseEditor *self,
                                                 TrExpenseField   field);
const char *tr_expense_editor_get_field_message (TrExpenseEditor *self,
                                                 TrExpenseField   field);

gboolean       tr_expense_editor_is_modified       (TrExpenseEditor *self);

G_END_DECLS
