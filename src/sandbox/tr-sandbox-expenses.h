/* tr-sandbox-expenses.h
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

gboolean tr_sandbox_expenses_store    (TrSandboxCall *call,
                                       const char    *request_id,
                                       const char    *expense_id,
                                       JsonObject    *input,
                                       gboolean       replace);
void     tr_sandbox_expenses_list     (TrSandboxCall *call);
void     tr_sandbox_expenses_create   (TrSandboxCall *call);
void     tr_sandbox_expenses_get      (TrSandboxCall *call);
void     tr_sandbox_expenses_update   (TrSandboxCall *call);
void     tr_sandbox_expenses_delete   (TrSandboxCall *call);
void     tr_sandbox_expenses_comments (TrSandboxCall *call);

G_END_DECLS
