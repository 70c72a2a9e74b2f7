/* tr-request-summary.c
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

#include "tr-request-summary.h"

static void
set_date (GDate       *date,
          const GDate *value)
{
  g_date_clear (date, 1);
  if (value != NULL && g_date_valid (value))
    *date = *value;
}

static void
set_total (TrRequestSummary *summary,
           const TrAmount   *total)
{
  summary->total_currency = total != NULL ? tr_amount_get_currency (total) : NULL;
  summary->total_units = total != NULL ? tr_amount_get_units (total) : 0;
  summary->total_scale = total != NULL ? tr_amount_get_scale (total) : 0;
}

/**
 * tr_request_summary_init:
 * @summary: (out caller-allocates): the summary to fill
 * @request: a request, which must outlive @summary
 *
 * The total is the posted one, or the approved one when nothing is posted.
 */
void
tr_request_summary_init (TrRequestSummary *summary,
                         TrRequest        *request)
{
  TrLocation *destination = tr_request_get_main_destination (request);
  TrApprovalStatus *status = tr_request_get_approval_status (request);
  const TrAmount *total = tr_request_get_total_posted_amount (request);

  g_return_if_fail (TR_IS_REQUEST (request));

  summary->name = tr_request_get_name (request);
  summary->request_key = tr_request_get_request_id (request);
  summary->destination = destination != NULL
                         ? tr_location_get_name (destination) ?: tr_location_get_city (destination)
                         : NULL;
  set_date (&summary->start, tr_request_get_start_date (request));
  set_date (&summary->end, tr_request_get_end_date (request));
  summary->status_kind = tr_request_get_status_kind (request);
  summary->status_name = status != NULL ? tr_approval_status_get_name (status) : NULL;
  summary->closed = tr_request_get_closed (request);
  set_total (summary, total != NULL ? total : tr_request_get_total_approved_amount (request));
}

static void
set_date_of_text (GDate      *date,
                  const char *text)
{
  guint julian = tr_date_julian_of_text (text);

  g_date_clear (date, 1);
  if (julian > 0)
    g_date_set_julian (date, julian);
}

/**
 * tr_request_summary_init_from_row:
 * @summary: (out caller-allocates): the summary to fill
 * @row: a cached request as listed, which must outlive @summary
 */
void
tr_request_summary_init_from_row (TrRequestSummary        *summary,
                                  const TrStoreRequestRow *row)
{
  g_return_if_fail (row != NULL);

  summary->name = row->name;
  summary->request_key = row->request_key;
  summary->destination = row->destination;
  set_date_of_text (&summary->start, row->start_date);
  set_date_of_text (&summary->end, row->end_date);
  summary->status_kind = tr_approval_status_kind_from_code (row->status_code);
  summary->status_name = row->status_name;
  summary->closed = row->closed;
  summary->total_currency = row->total.scale >= 0 ? row->total.currency : NULL;
  summary->total_units = row->total.units;
  summary->total_scale = row->total.scale >= 0 ? (guint) row->total.scale : 0;
}

/**
 * tr_request_summary_init_from_item:
 * @summary: (out caller-allocates): the summary to fill
 * @item: a request of the list, which must outlive @summary and not
 *   change meanwhile
 *
 * A light item is summed up from its cached row, without building its
 * #TrRequest.
 */
void
tr_request_summary_init_from_item (TrRequestSummary *summary,
                                   TrRequestItem    *item)
{
  const TrStoreRequestRow *row = tr_request_item_peek_row (item);

  if (row != NULL)
    tr_request_summary_init_from_row (summary, row);
  else
    tr_request_summary_init (summary, tr_request_item_get_request (item));
}
