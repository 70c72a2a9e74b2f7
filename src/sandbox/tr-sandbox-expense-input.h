/* tr-sandbox-expense-input.h
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

#include "tr-sandbox-call.h"

G_BEGIN_DECLS

/* A validated expected expense, ready to store. */
typedef struct
{
  JsonObject *body;          /* normalized writable members */
  gint64      amount_minor;  /* transaction amount */
  char       *currency;      /* transaction currency */
  gint64      posted_minor;  /* in the Request currency */
} TrSandboxExpenseInput;

TrSandboxExpenseInput *tr_sandbox_expense_input_parse (TrSandboxCall *call,
                                                       JsonObject    *input,
                                                       const char    *request_currency);
void                   tr_sandbox_expense_input_free  (TrSandboxExpenseInput *self);
const char            *tr_sandbox_expense_type_name   (const char    *id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrSandboxExpenseInput, tr_sandbox_expense_input_free)

G_END_DECLS
