/* fuzz-sandbox-expense.c
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

/* The sandbox's handling of an expected expense body. The first byte picks
 * the path: 0 the input parser alone (Request currency USD), 1 the same
 * with EUR, 2 POST /requests/{id}/expenses, 3 PUT /expenses/{id}. */

#define G_LOG_DOMAIN "tr-fuzz"

#include "tr-fuzz.h"
#include "tr-fuzz-sandbox.h"
#include "tr-sandbox-expense-input.h"
#include "tr-sandbox-expenses.h"

static void
parse_input (const uint8_t *data,
             size_t         size,
             const char    *currency)
{
  g_autoptr(TrSandboxCall) call = tr_fuzz_sandbox_call_new ("POST", "requests/" TR_FUZZ_DRAFT_REQUEST "/expenses",
                                                            data, size);
  g_autoptr(TrSandboxExpenseInput) input = NULL;
  JsonObject *object = tr_sandbox_call_json_object (call);

  if (object == NULL)
    {
      tr_fuzz_sandbox_check_reply (call);
      g_assert_cmpuint (call->status, ==, 400);
      return;
    }
  input = tr_sandbox_expense_input_parse (call, object, currency);
  if (input == NULL)
    {
      tr_fuzz_sandbox_check_reply (call);
      g_assert_cmpuint (call->status, ==, 400);
      return;
    }
  g_assert_null (call->response);
  g_assert_nonnull (input->body);
  g_assert_nonnull (input->currency);
  g_assert_cmpint (input->amount_minor, >=, 0);
  g_assert_true (json_object_has_member (input->body, "expenseType"));
  g_assert_true (json_object_has_member (input->body, "transactionDate"));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(TrSandboxCall) call = NULL;

  if (size == 0)
    return 0;
  switch (data[0] % 4)
    {
    case 0:
      parse_input (data + 1, size - 1, "USD");
      break;
    case 1:
      parse_input (data + 1, size - 1, "EUR");
      break;
    case 2:
      call = tr_fuzz_sandbox_call_new ("POST", "requests/" TR_FUZZ_DRAFT_REQUEST "/expenses", data + 1, size - 1);
      tr_fuzz_sandbox_run (call, tr_sandbox_expenses_create);
      break;
    default:
      call = tr_fuzz_sandbox_call_new ("PUT", "expenses/" TR_FUZZ_DRAFT_EXPENSE, data + 1, size - 1);
      tr_fuzz_sandbox_run (call, tr_sandbox_expenses_update);
      break;
    }
  return 0;
}
