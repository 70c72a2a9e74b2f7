/* tr-client-extras.c
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

#include "tr-client-extras.h"
#include "tr-client-private.h"

/* Comments, exceptions, cash advances, user policies, travel agencies and
 * the linked report (API notes §1.1, §1.4), through the shared endpoint
 * helper of tr-client-call.c. */

static const TrClientEndpoint list_comments_endpoint = {
  "GET", "requests", "/comments", TR_CLIENT_REPLY_LIST, tr_comment_get_type
};

static const TrClientEndpoint list_exceptions_endpoint = {
  "GET", "requests", "/exceptions", TR_CLIENT_REPLY_LIST, tr_exception_get_type
};

static const TrClientEndpoint list_cash_advances_endpoint = {
  "GET", "requests", "/cashadvances", TR_CLIENT_REPLY_LIST, tr_resource_link_get_type
};

static const TrClientEndpoint get_cash_advance_endpoint = {
  "GET", "cashadvances", "", TR_CLIENT_REPLY_OBJECT, tr_cash_advance_get_type
};

static const TrClientEndpoint list_user_policies_endpoint = {
  "GET", "userpolicies", NULL, TR_CLIENT_REPLY_LIST, tr_policy_get_type
};

static const TrClientEndpoint get_travel_agency_endpoint = {
  "GET", "travelagencies", "", TR_CLIENT_REPLY_OBJECT, tr_travel_agency_get_type
};

static const TrClientEndpoint create_report_endpoint = {
  "POST", "requests", "/reports", TR_CLIENT_REPLY_OBJECT, tr_resource_link_get_type
};

/**
 * tr_client_list_comments_async:
 * @self: a #TrClient
 * @request_id: the Request's `id`
 * @user_id: (nullable): the `userId` to act as (company tokens)
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the comments
 * @user_data: data for @callback
 *
 * `GET /requests/{id}/comments`: the comment history of the Request.
 */
void
tr_client_list_comments_async (TrClient             *self,
                               const char           *request_id,
                               const char           *user_id,
                               GCancellable         *cancellable,
                               GAsyncReadyCallback   callback,
                               gpointer              user_data)
{
  g_return_if_fail (TR_IS_CLIENT (self));

  _tr_client_endpoint_async (self, tr_client_list_comments_async, &list_comments_endpoint,
                             request_id, user_id, NULL, cancellable, callback, user_data);
}

/**
 * tr_client_list_comments_finish:
 * @self: a #TrClient
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): a #GListStore of #TrComment
 */
GListStore *
tr_client_list_comments_finish (TrClient      *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return _tr_client_call_finish (self, result, tr_client_list_comments_async, error);
}

/**
 * tr_client_list_exceptions_async:
 * @self: a #TrClient
 * @request_id: the Request's `id`
 * @user_id: (nullable): the `userId` to act as (company tokens)
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the exceptions
 * @user_data: data for @callback
 *
 * `GET /requests/{id}/exceptions`: the policy exceptions of the Request.
 */
void
tr_client_list_exceptions_async (TrClient             *self,
                                 const char           *request_id,
                                 const char           *user_id,
                                 GCancellable         *cancellable,
                                 GAsyncReadyCallback   callback,
                                 gpointer              user_data)
{
  g_return_if_fail (TR_IS_CLIENT (self));

  _tr_client_endpoint_async (self, tr_client_list_exceptions_async, &list_exceptions_endpoint,
                             request_id, user_id, NULL, cancellable, callback, user_data);
}

/**
 * tr_client_list_exceptions_finish:
 * @self: a #TrClient
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): a #GListStore of #TrException
 */
GListStore *
tr_client_list_exceptions_finish (TrClient      *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return _tr_client_call_finish (self, result, tr_client_list_exceptions_async, error);
}

/**
 * tr_client_list_cash_advances_async:
 * @self: a #TrClient
 * @request_id: the Request's `id`
 * @user_id: (nullable): the `userId` to act as (company tokens)
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the links
 * @user_data: data for @callback
 *
 * `GET /requests/{id}/cashadvances`: links to the cash advances of the
 * Request; fetch one with tr_client_get_cash_advance_async().
 */
void
tr_client_list_cash_advances_async (TrClient             *self,
                                    const char           *request_id,
                                    const char           *user_id,
                                    GCancellable         *cancellable,
                                    GAsyncReadyCallback   callback,
                                    gpointer              user_data)
{
  g_return_if_fail (TR_IS_CLIENT (self));

  _tr_client_endpoint_async (self, tr_client_list_cash_advances_async, &list_cash_advances_endpoint,
                             request_id, user_id, NULL, cancellable, callback, user_data);
}

/**
 * tr_client_list_cash_advances_finish:
 * @self: a #TrClient
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): a #GListStore of #TrResourceLink
 */
GListStore *
tr_client_list_cash_advances_finish (TrClient      *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return _tr_client_call_finish (self, result, tr_client_list_cash_advances_async, error);
}

/**
 * tr_client_get_cash_advance_async:
 * @self: a #TrClient
 * @cash_advance_id: the cash advance's `id`
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the cash advance
 * @user_data: data for @callback
 *
 * `GET /cashadvances/{id}`.
 */
void
tr_client_get_cash_advance_async (TrClient             *self,
                                  const char           *cash_advance_id,
                                  GCancellable         *cancellable,
                                  GAsyncReadyCallback   callback,
                                  gpointer              user_data)
{
  g_return_if_fail (TR_IS_CLIENT (self));

  _tr_client_endpoint_async (self, tr_client_get_cash_advance_async, &get_cash_advance_endpoint,
                             cash_advance_id, NULL, NULL, cancellable, callback, user_data);
}

/**
 * tr_client_get_cash_advance_finish:
 * @self: a #TrClient
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the cash advance
 */
TrCashAdvance *
tr_client_get_cash_advance_finish (TrClient      *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return _tr_client_call_finish (self, result, tr_client_get_cash_advance_async, error);
}

/**
 * tr_client_list_user_policies_async:
 * @self: a #TrClient
 * @user_id: (nullable): the `userId` to act as (company tokens)
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the policies
 * @user_data: data for @callback
 *
 * `GET /userpolicies`: the Request policies the user may create Requests
 * under.
 */
void
tr_client_list_user_policies_async (TrClient             *self,
                                    const char           *user_id,
                                    GCancellable         *cancellable,
                                    GAsyncReadyCallback   callback,
                                    gpointer              user_data)
{
  g_return_if_fail (TR_IS_CLIENT (self));

  _tr_client_endpoint_async (self, tr_client_list_user_policies_async, &list_user_policies_endpoint,
                             NULL, user_id, NULL, cancellable, callback, user_data);
}

/**
 * tr_client_list_user_policies_finish:
 * @self: a #TrClient
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): a #GListStore of #TrPolicy
 */
GListStore *
tr_client_list_user_policies_finish (TrClient      *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return _tr_client_call_finish (self, result, tr_client_list_user_policies_async, error);
}

/**
 * tr_client_get_travel_agency_async:
 * @self: a #TrClient
 * @agency_id: the agency's `id`
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the agency
 * @user_data: data for @callback
 *
 * `GET /travelagencies/{id}`.
 */
void
tr_client_get_travel_agency_async (TrClient             *self,
                                   const char           *agency_id,
                                   GCancellable         *cancellable,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data)
{
  g_return_if_fail (TR_IS_CLIENT (self));

  _tr_client_endpoint_async (self, tr_client_get_travel_agency_async, &get_travel_agency_endpoint,
                             agency_id, NULL, NULL, cancellable, callback, user_data);
}

/**
 * tr_client_get_travel_agency_finish:
 * @self: a #TrClient
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the travel agency
 */
TrTravelAgency *
tr_client_get_travel_agency_finish (TrClient      *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return _tr_client_call_finish (self, result, tr_client_get_travel_agency_async, error);
}

/**
 * tr_client_create_report_async:
 * @self: a #TrClient
 * @request_id: the `id` of an approved Request
 * @user_id: (nullable): the `userId` to act as (company tokens)
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the link
 * @user_data: data for @callback
 *
 * `POST /requests/{id}/reports`, the seed's linked report (an endpoint
 * removed from the public API, kept by tr-sandbox): creates an expense
 * report from an approved Request. A Request that is not approved fails
 * with %TR_API_ERROR_FORBIDDEN and the server code
 * `requestStatusNotApproved`. Never retried automatically.
 */
void
tr_client_create_report_async (TrClient             *self,
                               const char           *request_id,
                               const char           *user_id,
                               GCancellable         *cancellable,
                               GAsyncReadyCallback   callback,
                               gpointer              user_data)
{
  g_return_if_fail (TR_IS_CLIENT (self));

  _tr_client_endpoint_async (self, tr_client_create_report_async, &create_report_endpoint,
                             request_id, user_id, NULL, cancellable, callback, user_data);
}

/**
 * tr_client_create_report_finish:
 * @self: a #TrClient
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the link to the new expense report
 */
TrResourceLink *
tr_client_create_report_finish (TrClient      *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return _tr_client_call_finish (self, result, tr_client_create_report_async, error);
}

