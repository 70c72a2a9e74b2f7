/* tr-trip-data.h
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

#include "tr-resource.h"
#include "tr-amount.h"
#include "tr-leg.h"
#include "tr-segment-type.h"

G_BEGIN_DECLS

#define TR_TYPE_TRIP_DATA (tr_trip_data_get_type ())

/**
 * TrTripData:
 *
 * The `tripData` of a travel-segment expense.
 */
G_DECLARE_FINAL_TYPE (TrTripData, tr_trip_data, TR, TRIP_DATA, TrResource)

TrTripData    *tr_trip_data_new               (void);
TrTripData    *tr_trip_data_new_from_json     (JsonNode  *node,
                                               GError   **error);
TrTripData    *tr_trip_data_new_from_string   (const char  *json,
                                               GError     **error);
JsonNode      *tr_trip_data_to_json           (TrTripData    *self,
                                               TrJsonPurpose  purpose);
TrTripData    *tr_trip_data_copy              (TrTripData  *self,
                                               GError     **error);
TrSegmentType *tr_trip_data_get_segment_type  (TrTripData *self);
const char    *tr_trip_data_get_trip_type     (TrTripData *self);
GListModel    *tr_trip_data_get_legs          (TrTripData *self);
gboolean       tr_trip_data_get_agency_booked (TrTripData *self);
gboolean       tr_trip_data_get_self_booked   (TrTripData *self);
void           tr_trip_data_set_segment_type  (TrTripData    *self,
                                               TrSegmentType *segment_type);
void           tr_trip_data_set_trip_type     (TrTripData *self,
                                               const char *trip_type);
void           tr_trip_data_set_agency_booked (TrTripData *self,
                                               gboolean    agency_booked);
void           tr_trip_data_set_self_booked   (TrTripData *self,
                                               gboolean    self_booked);

G_END_DECLS
