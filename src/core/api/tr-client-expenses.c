/* tr-client-expenses.c
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

#define G_LOG_DOMAIN "Tr"

#include <glib/gi18n-lib.h>

#include "tr-client-expenses.h"
#include "tr-client-private.h"

/* Expected expenses (API notes §1.3), through the shared endpoint helper
 * of tr-client-call.c. */

static const TrClientEndpoint create_endpoint = {
  "POST", "requests", "/expenses", TR_CLIENT_REPLY_OBJECT, tr_expense_get_type
};
static const TrClientEndpoint list_endpoint = {
  "GET", "requests", "/expenses", TR_CLIENT_REPLY_LIST, tr_expense_get_type
};
static const TrClientEndpoint get_endpoint = {
  "GET", "expenses", "", TR_CLIENT_REPLY_OBJECT, tr_expense_get_type
};
static const TrClientEndpoint update_endpoint = {
  "PUT", "expenses", "", TR_CLIENT_REPLY_OBJECT, tr_expense_get_type
};
static const TrClientEndpoint delete_endpoint = {
  "DELETE", "expenses", "", TR_CLIENT_REPLY_TRUE, NULL
};
static const TrClientEndpoint comments_endpoint = {
  "GET", "expenses", "/comments", TR_CLIENT_REPLY_LIST, tr_comment_get_type
};

/**
 * tr_client_create_expense_async:
 * @self: a #TrClient
 * @request_id: the `id` of the Request the expense belongs to
 * @expense: the new expense (its writable members are sent)
 * @user_id: (nullable): the `userId` to act as (company tokens)
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the created expense
 * @user_data: data for @callback
 *
 * `POST /requests/{id}/expenses`. Never retried automatically.
 */
void
tr_client_create_expense_async (TrClient            *self,
                                const char          *request_id,
                                TrExpense           *expense,
                                const char          *user_id,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(JsonNode) body = NULL;

  g_return_if_fail (TR_IS_CLIENT (self));
  g_return_if_fail (TR_IS_EXPENSE (expense));

  body = tr_expense_to_json (expense, TR_JSON_PURPOSE_CREATE);
  _tr_client_endpoint_async (self, tr_client_create_expense_async, &create_endpoint, request_id,
                             user_id, body, cancellable, callback, user_data);
}

/**
 * tr_client_create_expense_finish:
 * @self: a #TrClient
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the created expense
 */
TrExpense *
tr_client_create_expense_finish (TrClient      *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return _tr_client_call_finish (self, result, tr_client_create_expense_async, error);
}

/**
 * tr_client_list_expenses_async:
 * @self: a #TrClient
 * @request_id: the Request's `id`
 * @user_id: (nullable): the `userId` to act as (company tokens)
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the expenses
 * @user_data: data for @callback
 *
 * `GET /requests/{id}/expenses`. The answer is a bare array; an object
 * wrapping it in `data` is accepted too.
 */
void
tr_client_list_expenses_async (TrClient            *self,
                               const char          *request_id,
                               const char          *user_id,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (TR_IS_CLIENT (self));

  _tr_client_endpoint_async (self, tr_client_list_expenses_async, &list_endpoint, request_id,
                             user_id, NULL, cancellable, callback, user_data);
}

/**
 * tr_client_list_expenses_finish:
 * @self: a #TrClient
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): a #GListStore of #TrExpense
 */
GListStore *
tr_client_list_expenses_finish (TrClient      *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return _tr_client_call_finish (self, result, tr_client_list_expenses_async, error);
}

/**
 * tr_client_get_expense_async:
 * @self: a #TrClient
 * @expense_id: the expense's `id`
 * @user_id: (nullable): the `userId` to act as (company tokens)
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the expense
 * @user_data: data for @callback
 *
 * `GET /expenses/{id}`.
 */
void
tr_client_get_expense_async (TrClient            *self,
                             const char          *expense_id,
                             const char          *user_id,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_return_if_fail (TR_IS_CLIENT (self));

  _tr_client_endpoint_async (self, tr_client_get_expense_async, &get_endpoint, expense_id,
                             user_id, NULL, cancellable, callback, user_data);
}

/**
 * tr_client_get_expense_finish:
 * @self: a #TrClient
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the expense
 */
TrExpense *
tr_client_get_expense_finish (TrClient      *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  return _tr_client_call_finish (self, result, tr_client_get_expense_async, error);
}

/**
 * tr_client_update_expense_async:
 * @self: a #TrClient
 * @expense: the expense, with its `id`
 * @user_id: (nullable): the `userId` to act as (company tokens)
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the expense as saved
 * @user_data: data for @callback
 *
 * `PUT /expenses/{id}`. The PUT of an expense is a full replace: every
 * writable member of @expense is sent.
 */
void
tr_client_update_expense_async (TrClient            *self,
                                TrExpense           *expense,
                                const char          *user_id,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(JsonNode) body = NULL;

  g_return_if_fail (TR_IS_CLIENT (self));
  g_return_if_fail (TR_IS_EXPENSE (expense));

  body = tr_expense_to_json (expense, TR_JSON_PURPOSE_UPDATE);
  _tr_client_endpoint_async (self, tr_client_update_expense_async, &update_endpoint,
                             tr_expense_get_id (expense), user_id, body,
                             cancellable, callback, user_data);
}

/**
 * tr_client_update_expense_finish:
 * @self: a #TrClient
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the expense as saved
 */
TrExpense *
tr_client_update_expense_finish (TrClient      *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return _tr_client_call_finish (self, result, tr_client_update_expense_async, error);
}

/**
 * tr_client_delete_expense_async:
 * @self: a #TrClient
 * @expense_id: the expense's `id`
 * @user_id: (nullable): the `userId` to act as (company tokens)
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when deleted
 * @user_data: data for @callback
 *
 * `DELETE /expenses/{id}`; the server answers `true`.
 */
void
tr_client_delete_expense_async (TrClient            *self,
                                const char          *expense_id,
                                const char          *user_id,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (TR_IS_CLIENT (self));

  _tr_client_endpoint_async (self, tr_client_delete_expense_async, &delete_endpoint, expense_id,
                             user_id, NULL, cancellable, callback, user_data);
}

/**
 * tr_client_delete_expense_finish:
 * @self: a #TrClient
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the server confirmed the deletion (answered `true`)
 */
gboolean
tr_client_delete_expense_finish (TrClient      *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return _tr_client_call_finish_true (self, result, tr_client_delete_expense_async, error);
}

/**
 * tr_client_list_expense_comments_async:
 * @self: a #TrClient
 * @expense_id: the expense's `id`
 * @user_id: (nullable): the `userId` to act as (company tokens)
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the comments
 * @user_data: data for @callback
 *
 * `GET /expenses/{id}/comments`.
 */
void
tr_client_list_expense_comments_async (TrClient            *self,
                                       const char          *expense_id,
                                       const char          *user_id,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_return_if_fail (TR_IS_CLIENT (self));

  _tr_client_endpoint_async (self, tr_client_list_expense_comments_async, &comments_endpoint,
                             expense_id, user_id, NULL, cancellable, callback, user_data);
}

/**
 * tr_client_list_expense_comments_finish:
 * @self: a #TrClient
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): a #GListStore of #TrComment
 */
GListStore *
tr_client_list_expense_comments_finish (TrClient      *self,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  return _tr_client_call_finish (self, result, tr_client_list_expense_comments_async, error);
}
