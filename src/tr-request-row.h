/* tr-request-row.h
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

#include <gtk/gtk.h>

#include "tr-request-item.h"
#include "tr-request-summary.h"

G_BEGIN_DECLS

#define TR_TYPE_REQUEST_ROW (tr_request_row_get_type ())

G_DECLARE_FINAL_TYPE (TrRequestRow, tr_request_row, TR, REQUEST_ROW, GtkWidget)

GtkWidget     *tr_request_row_new             (void);
TrRequestItem *tr_request_row_get_item        (TrRequestRow  *self);
void           tr_request_row_set_item        (TrRequestRow  *self,
                                               TrRequestItem *item);

char          *tr_request_summary_format_dates   (const TrRequestSummary *summary);
char          *tr_request_summary_format_total   (const TrRequestSummary *summary);
const char    *tr_request_summary_status_label   (const TrRequestSummary *summary);
char          *tr_request_summary_format_details (const TrRequestSummary *summary,
                                                  const char             *dates);
char          *tr_request_format_dates        (TrRequest     *request);
char          *tr_request_format_total        (TrRequest     *request);
const char    *tr_request_item_describe_sync  (TrRequestItem  *item,
                                               const char    **icon_name);
char          *tr_request_item_describe       (TrRequestItem          *item,
                                               const TrRequestSummary *summary,
                                               const char             *dates,
                                               const char             *total);

G_END_DECLS
