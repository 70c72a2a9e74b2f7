/* tr-leg.h
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
#include "tr-custom-field.h"
#include "tr-location.h"

G_BEGIN_DECLS

#define TR_TYPE_LEG (tr_leg_get_type ())

/**
 * TrLeg:
 *
 * A trip segment leg. Dates are #GDate, times are minutes since midnight (-1 when absent).
 */
G_DECLARE_FINAL_TYPE (TrLeg, tr_leg, TR, LEG, TrResource)

TrLeg         *tr_leg_new                               (void);
TrLeg         *tr_leg_new_from_json                     (JsonNode  *node,
                                                         GError   **error);
TrLeg         *tr_leg_new_from_string                   (const char  *json,
                                                         GError     **error);
JsonNode      *tr_leg_to_json                           (TrLeg         *self,
                                                         TrJsonPurpose  purpose);
TrLeg         *tr_leg_copy                              (TrLeg   *self,
                                                         GError **error);
const char    *tr_leg_get_id                            (TrLeg *self);
const GDate   *tr_leg_get_start_date                    (TrLeg *self);
int            tr_leg_get_start_time                    (TrLeg *self);
const GDate   *tr_leg_get_end_date                      (TrLeg *self);
int            tr_leg_get_end_time                      (TrLeg *self);
TrLocation    *tr_leg_get_start_location                (TrLeg *self);
TrLocation    *tr_leg_get_end_location                  (TrLeg *self);
const char    *tr_leg_get_start_location_detail         (TrLeg *self);
const char    *tr_leg_get_end_location_detail           (TrLeg *self);
gboolean       tr_leg_get_return_leg                    (TrLeg *self);
TrCustomField *tr_leg_get_travel_class                  (TrLeg *self);
const char    *tr_leg_get_class_of_service              (TrLeg *self);
const char    *tr_leg_get_comment                       (TrLeg *self);
const char    *tr_leg_get_segment_locator               (TrLeg *self);
const char    *tr_leg_get_vendor_name                   (TrLeg *self);
const char    *tr_leg_get_card_program                  (TrLeg *self);
const char    *tr_leg_get_card_validity                 (TrLeg *self);
const char    *tr_leg_get_flight_number                 (TrLeg *self);
const char    *tr_leg_get_service_name                  (TrLeg *self);
JsonNode      *tr_leg_get_travel_exception_reason_codes (TrLeg *self);
void           tr_leg_set_start_date                    (TrLeg       *self,
                                                         const GDate *start_date);
void           tr_leg_set_start_time                    (TrLeg *self,
                                                         int    start_time);
void           tr_leg_set_end_date                      (TrLeg       *self,
                                                         const GDate *end_date);
void           tr_leg_set_end_time                      (TrLeg *self,
                                                         int    end_time);
void           tr_leg_set_start_location                (TrLeg      *self,
                                                         TrLocation *start_location);
void           tr_leg_set_end_location                  (TrLeg      *self,
                                                         TrLocation *end_location);
void           tr_leg_set_start_location_detail         (TrLeg      *self,
                                                         const char *start_location_detail);
void           tr_leg_set_end_location_detail           (TrLeg      *self,
                                                         const char *end_location_detail);
void           tr_leg_set_return_leg                    (TrLeg    *self,
                                                         gboolean  return_leg);
void           tr_leg_set_travel_class                  (TrLeg         *self,
                                                         TrCustomField *travel_class);
void           tr_leg_set_class_of_service              (TrLeg      *self,
                                                         const char *class_of_service);
void           tr_leg_set_comment                       (TrLeg      *self,
                                                         const char *comment);
void           tr_leg_set_vendor_name                   (TrLeg      *self,
                                                         const char *vendor_name);
void           tr_leg_set_card_program                  (TrLeg      *self,
                                                         const char *card_program);
void           tr_leg_set_card_validity                 (TrLeg      *self,
                                                         const char *card_validity);
void           tr_leg_set_flight_number                 (TrLeg      *self,
                                                         const char *flight_number);
void           tr_leg_set_service_name                  (TrLeg      *self,
                                                         const char *service_name);
void           tr_leg_set_travel_exception_reason_codes (TrLeg    *self,
                                                         JsonNode *travel_exception_reason_codes);
TrCustomField *tr_leg_get_custom                        (TrLeg *self,
                                                         guint  n);
void           tr_leg_set_custom                        (TrLeg         *self,
                                                         guint          n,
                                                         TrCustomField *field);

G_END_DECLS
