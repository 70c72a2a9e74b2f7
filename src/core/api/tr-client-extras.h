/* tr-client-extras.h
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

#include "tr-cash-advance.h"
#include "tr-client.h"
#include "tr-comment.h"
#include "tr-exception.h"
#include "tr-policy.h"
#include "tr-resource-link.h"
#include "tr-travel-agency.h"

G_BEGIN_DECLS

/* The other resources of a Request and the catalog (API notes §1.1, §1.4).
 * @user_id is the `userId` to act as, needed with company tokens and
 * %NULL otherwise. */

void            tr_client_list_comments_async       (TrClient             *self,
                                                     const char           *request_id,
                                                     const char           *user_id,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
GListStore     *tr_client_list_comments_finish      (TrClient             *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
void            tr_client_list_exceptions_async     (TrClient             *self,
                                                     const char           *request_id,
                                                     const char           *user_id,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
GListStore     *tr_client_list_exceptions_finish    (TrClient             *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
void            tr_client_list_cash_advances_async  (TrClient             *self,
                                                     const char           *request_id,
                                                     const char           *user_id,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
GListStore     *tr_client_list_cash_advances_finish (TrClient             *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
void            tr_client_get_cash_advance_async    (TrClient             *self,
                                                     const char           *cash_advance_id,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
TrCashAdvance  *tr_client_get_cash_advance_finish   (TrClient             *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
void            tr_client_list_user_policies_async  (TrClient             *self,
                                                     const char           *user_id,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
GListStore     *tr_client_list_user_policies_finish (TrClient             *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
void            tr_client_get_travel_agency_async   (TrClient             *self,
                                                     const char           *agency_id,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
TrTravelAgency *tr_client_get_travel_agency_finish  (TrClient             *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
void            tr_client_create_report_async       (TrClient             *self,
                                                     const char           *request_id,
                                                     const char           *user_id,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
TrResourceLink *tr_client_create_report_finish      (TrClient             *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);

G_END_DECLS
