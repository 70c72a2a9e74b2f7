/* tr-travel-agency.h
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

#define TR_TYPE_TRAVEL_AGENCY (tr_travel_agency_get_type ())

/**
 * TrTravelAgency:
 *
 * A travel agency office (GET /travelagencies/{id}).
 */
G_DECLARE_FINAL_TYPE (TrTravelAgency, tr_travel_agency, TR, TRAVEL_AGENCY, TrResource)

TrTravelAgency *tr_travel_agency_new                       (void);
TrTravelAgency *tr_travel_agency_new_from_json             (JsonNode  *node,
                                                            GError   **error);
TrTravelAgency *tr_travel_agency_new_from_string           (const char  *json,
                                                            GError     **error);
JsonNode       *tr_travel_agency_to_json                   (TrTravelAgency *self,
                                                            TrJsonPurpose   purpose);
TrTravelAgency *tr_travel_agency_copy                      (TrTravelAgency  *self,
                                                            GError         **error);
const char     *tr_travel_agency_get_href                  (TrTravelAgency *self);
const char     *tr_travel_agency_get_id                    (TrTravelAgency *self);
const char     *tr_travel_agency_get_name                  (TrTravelAgency *self);
const char     *tr_travel_agency_get_email_address         (TrTravelAgency *self);
const char     *tr_travel_agency_get_proposal_type         (TrTravelAgency *self);
const char     *tr_travel_agency_get_customer_account_code (TrTravelAgency *self);
const char     *tr_travel_agency_get_customer_account_name (TrTravelAgency *self);
void            tr_travel_agency_set_id                    (TrTravelAgency *self,
                                                            const char     *id);

G_END_DECLS
