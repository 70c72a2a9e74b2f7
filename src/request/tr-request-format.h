/* tr-request-format.h
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

#include <glib.h>

#include "tr-model.h"

G_BEGIN_DECLS

/* Display text for model values, shared by the request page, the
 * itinerary timeline and the editors. GTK-free. */

/**
 * TrSegmentKind:
 *
 * The families of trip segments, each with its own icon and editor form.
 */
typedef enum
{
  TR_SEGMENT_KIND_OTHER,
  TR_SEGMENT_KIND_AIR,
  TR_SEGMENT_KIND_RAIL,
  TR_SEGMENT_KIND_HOTEL,
  TR_SEGMENT_KIND_CAR,
  TR_SEGMENT_KIND_TAXI,
  TR_SEGMENT_KIND_LIMO,
  TR_SEGMENT_KIND_PARKING,
  TR_SEGMENT_KIND_DINING,
  TR_SEGMENT_KIND_EVENT,
} TrSegmentKind;

TrSegmentKind tr_segment_kind_from_code      (const char        *code);
TrSegmentKind tr_segment_kind_from_expense   (TrExpense         *expense);
const char   *tr_segment_kind_to_code        (TrSegmentKind      kind);
const char   *tr_segment_kind_to_category    (TrSegmentKind      kind);
const char   *tr_segment_kind_icon_name      (TrSegmentKind      kind);
const char   *tr_segment_kind_label          (TrSegmentKind      kind);
const char   *tr_trip_type_label             (const char        *trip_type);
const char   *tr_trip_type_for_legs          (GListModel        *legs);

char         *tr_format_date                 (const GDate       *date);
char         *tr_format_date_time            (const GDate       *date,
                                              int                minutes);
char         *tr_format_date_range           (const GDate       *start,
                                              int                start_time,
                                              const GDate       *end,
                                              int                end_time);
char         *tr_format_timestamp            (GDateTime         *timestamp);
char         *tr_format_amount               (const TrAmount    *amount);
char         *tr_format_location             (TrLocation        *location);
char         *tr_format_employee             (TrEmployee        *employee);
char         *tr_format_custom_field         (TrCustomField     *field);
char         *tr_format_leg                  (TrLeg             *leg);

const char   *tr_operation_label             (const char        *rel);
gboolean      tr_operation_is_destructive    (const char        *rel);

void          tr_expense_get_sort_key        (TrExpense         *expense,
                                              GDate             *date,
                                              int               *minutes);

G_END_DECLS
