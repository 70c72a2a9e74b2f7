/* tr-time-zones.h
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

#include "tr-location.h"

G_BEGIN_DECLS

/*
 * A small, GTK-free resolver from the codes a Request location carries
 * (IATA airport code, ISO 3166-1 country, ISO 3166-2 subdivision) to an
 * IANA time zone name. It covers the common cases only; %NULL means
 * "unknown", and callers then fall back to floating local time.
 *
 * The returned strings are static.
 */

const char *tr_time_zone_for_iata     (const char *iata_code);
const char *tr_time_zone_for_region   (const char *country_code,
                                       const char *subdivision_code);
const char *tr_time_zone_for_location (TrLocation *location);

const char * const *tr_time_zone_list_known (void);

G_END_DECLS
