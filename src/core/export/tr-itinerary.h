/* tr-itinerary.h
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

#include <gio/gio.h>

#include "tr-expense.h"
#include "tr-leg.h"

G_BEGIN_DECLS

#define TR_ITINERARY_ERROR (tr_itinerary_error_quark ())

/**
 * TrItineraryError:
 * @TR_ITINERARY_ERROR_INVALID: the expense list holds something that is not
 *   a #TrExpense
 */
typedef enum
{
  TR_ITINERARY_ERROR_INVALID,
} TrItineraryError;

/**
 * TrItineraryKind:
 *
 * What a travel segment is, from its `segmentType` (code, or the category
 * for custom numeric codes).
 */
typedef enum
{
  TR_ITINERARY_KIND_OTHER,
  TR_ITINERARY_KIND_AIR,
  TR_ITINERARY_KIND_RAIL,
  TR_ITINERARY_KIND_HOTEL,
  TR_ITINERARY_KIND_CAR,
  TR_ITINERARY_KIND_TAXI,
  TR_ITINERARY_KIND_LIMO,
  TR_ITINERARY_KIND_PARKING,
  TR_ITINERARY_KIND_DINING,
  TR_ITINERARY_KIND_EVENT,
} TrItineraryKind;

/**
 * TrItinerarySegment:
 * @kind: what the segment is
 * @expense: the expected expense that carries the leg
 * @leg: the leg itself
 * @leg_index: position of @leg in its expense's legs
 *
 * One leg of a travel-segment expense, in itinerary order.
 */
typedef struct
{
  TrItineraryKind  kind;
  TrExpense       *expense;
  TrLeg           *leg;
  guint            leg_index;
} TrItinerarySegment;

GQuark              tr_itinerary_error_quark       (void);

TrItineraryKind     tr_itinerary_kind_from_expense (TrExpense  *expense);
const char         *tr_itinerary_kind_label        (TrItineraryKind kind);

GPtrArray          *tr_itinerary_collect           (GListModel  *expenses,
                                                    GError     **error);
void                tr_itinerary_segment_free      (TrItinerarySegment *segment);
char               *tr_itinerary_segment_dup_title (TrItinerarySegment *segment);
char               *tr_itinerary_location_short    (TrLocation *location,
                                                    gboolean    prefer_code);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrItinerarySegment, tr_itinerary_segment_free)

G_END_DECLS
