/* tr-location.h
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

G_BEGIN_DECLS

#define TR_TYPE_LOCATION (tr_location_get_type ())

/**
 * TrLocation:
 *
 * A location; `latitude`/`longitude` are exact decimals.
 */
G_DECLARE_FINAL_TYPE (TrLocation, tr_location, TR, LOCATION, TrResource)

TrLocation     *tr_location_new                           (void);
TrLocation     *tr_location_new_from_json                 (JsonNode  *node,
                                                           GError   **error);
TrLocation     *tr_location_new_from_string               (const char  *json,
                                                           GError     **error);
JsonNode       *tr_location_to_json                       (TrLocation    *self,
                                                           TrJsonPurpose  purpose);
TrLocation     *tr_location_copy                          (TrLocation  *self,
                                                           GError     **error);
const char     *tr_location_get_id                        (TrLocation *self);
const char     *tr_location_get_name                      (TrLocation *self);
const char     *tr_location_get_city                      (TrLocation *self);
const char     *tr_location_get_country_code              (TrLocation *self);
const char     *tr_location_get_country_sub_division_code (TrLocation *self);
const char     *tr_location_get_iata_code                 (TrLocation *self);
const char     *tr_location_get_location_code             (TrLocation *self);
const char     *tr_location_get_location_type             (TrLocation *self);
const TrAmount *tr_location_get_latitude                  (TrLocation *self);
const TrAmount *tr_location_get_longitude                 (TrLocation *self);
void            tr_location_set_name                      (TrLocation *self,
                                                           const char *name);
void            tr_location_set_city                      (TrLocation *self,
                                                           const char *city);
void            tr_location_set_country_code              (TrLocation *self,
                                                           const char *country_code);
void            tr_location_set_country_sub_division_code (TrLocation *self,
                                                           const char *country_sub_division_code);
void            tr_location_set_iata_code                 (TrLocation *self,
                                                           const char *iata_code);
void            tr_location_set_location_code             (TrLocation *self,
                                                           const char *location_code);
void            tr_location_set_location_type             (TrLocation *self,
                                                           const char *location_type);
void            tr_location_set_latitude                  (TrLocation     *self,
                                                           const TrAmount *latitude);
void            tr_location_set_longitude                 (TrLocation     *self,
                                                           const TrAmount *longitude);

G_END_DECLS
