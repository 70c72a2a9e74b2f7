/* tr-expense-type.h
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

#include "tr-resource.h"
#include "tr-amount.h"

G_BEGIN_DECLS

#define TR_TYPE_EXPENSE_TYPE (tr_expense_type_get_type ())

/**
 * TrExpenseType:
 *
 * An `expenseType` `{id, name, href}`.
 */
G_DECLARE_FINAL_TYPE (TrExpenseType, tr_expense_type, TR, EXPENSE_TYPE, TrResource)

TrExpenseType *tr_expense_type_new             (void);
TrExpenseType *tr_expense_type_new_from_json   (JsonNode  *node,
                                                GError   **error);
TrExpenseType *tr_expense_type_new_from_string (const char  *json,
                                                GError     **error);
JsonNode      *tr_expense_type_to_json         (TrExpenseType *self,
                                                TrJsonPurpose  purpose);
TrExpenseType *tr_expense_type_copy            (TrExpenseType  *self,
                                                GError        **error);
const char    *tr_expense_type_get_id          (TrExpenseType *self);
const char    *tr_expense_type_get_name        (TrExpenseType *self);
const char    *tr_expense_type_get_href        (TrExpenseType *self);
void           tr_expense_type_set_id          (TrExpenseType *self,
                                                const char    *id);
void           tr_expense_type_set_name        (TrExpenseType *self,
                                                const char    *name);

G_END_DECLS
