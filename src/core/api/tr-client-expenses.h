/* tr-client-expenses.h
 *
 * Copyright 2026 The Travel Requests authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <https://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tr-client.h"
#include "tr-comment.h"
#include "tr-expense.h"

G_BEGIN_DECLS

/* Expected expenses (API notes §1.3). @user_id is the `userId` to act as,
 * needed with company tokens and %NULL otherwise. */

void        tr_client_create_expense_async          (TrClient             *self,
                                                     const char           *request_id,
                                                     TrExpense            *expense,
                                                     const char           *user_id,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
TrExpense  *tr_client_create_expense_finish         (TrClient             *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
void        tr_client_list_expenses_async           (TrClient             *self,
                                                     const char           *request_id,
                                                     const char           *user_id,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
GListStore *tr_client_list_expenses_finish          (TrClient             *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
void        tr_client_get_expense_async             (TrClient             *self,
                                                     const char           *expense_id,
                                                     const char           *user_id,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
TrExpense  *tr_client_get_expense_finish            (TrClient             *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
void        tr_client_update_expense_async          (TrClient             *self,
                                                     TrExpense            *expense,
                                                     const char           *user_id,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
TrExpense  *tr_client_update_expense_finish         (TrClient             *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
void        tr_client_delete_expense_async          (TrClient             *self,
                                                     const char           *expense_id,
                                                     const char           *user_id,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
gboolean    tr_client_delete_expense_finish         (TrClient             *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
void        tr_client_list_expense_comments_async   (TrClient             *self,
                                                     const char           *expense_id,
                                                     const char           *user_id,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
GListStore *tr_client_list_expense_comments_finish  (TrClient             *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);

G_END_DECLS
