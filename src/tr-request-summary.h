/* tr-request-summary.h
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
 * along with this program.  If not, see <http://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tr-request-item.h"

G_BEGIN_DECLS

/**
 * TrRequestSummary:
 * @name: (nullable): the request's name
 * @request_key: (nullable): its request id ("333T")
 * @destination: (nullable): the main destination's name (or city)
 * @start: the start date, invalid when there is none
 * @end: the end date, invalid when there is none
 * @status_kind: the approval status
 * @status_name: (nullable): the status as the server words it
 * @closed: whether the request is closed
 * @total_units: the total in minor units
 * @total_scale: digits after the decimal point of @total_units
 * @total_currency: (nullable): the total's currency, %NULL when there is no total
 *
 * What a row of the list shows of a request. A summary borrows its
 * strings from the request or cached row it was made from, and is made
 * from a cached row without building a #TrRequest.
 */
typedef struct
{
  const char           *name;
  const char           *request_key;
  const char           *destination;
  GDate                 start;
  GDate                 end;
  TrApprovalStatusKind  status_kind;
  const char           *status_name;
  gboolean              closed;
  gint64                total_units;
  guint                 total_scale;
  const char           *total_currency;
} TrRequestSummary;

void  tr_request_summary_init           (TrRequestSummary        *summary,
                                         TrRequest               *request);
void  tr_request_summary_init_from_row  (TrRequestSummary        *summary,
                                         const TrStoreRequestRow *row);
void  tr_request_summary_init_from_item (TrRequestSummary        *summary,
                                         TrRequestItem           *item);

G_END_DECLS
