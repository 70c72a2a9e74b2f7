/* tr-sandbox-locations.h
 *
 * Copyright 2026 The Travel Requests authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* One entry of the built-in location table (static data, never freed). */
typedef struct {
  const char *id;                 /* 32 upper-case hex, stable */
  const char *name;               /* "Nice Côte d'Azur Airport", "Lyon", "Paris Gare de Lyon" */
  const char *city;
  const char *country_code;       /* ISO 3166-1 alpha-2 */
  const char *subdivision_code;   /* ISO 3166-2, e.g. "FR-69"; NULL for city states (HK, MO) */
  const char *iata_code;          /* airports only, else NULL */
  const char *location_code;      /* "IATA_NCE" (airports, cities), rail station codes */
  const char *location_type;      /* "STD", "RAIL_2C", … */
  double      latitude, longitude;
  const char *time_zone;          /* IANA, e.g. "Europe/Paris" */
} TrSandboxLocation;

/* Resolves a Concur Location input object: a known "id" wins; otherwise
 * airport {iataCode, countryCode[, city, name]}, city {city, countryCode
 * [, locationCode]}, rail station {name, countryCode, locationCode,
 * locationType}.  Matching is case- and accent-insensitive and "Lyon, FRANCE"
 * matches Lyon.  On failure returns NULL and sets *error_code to
 * "invalidLocation" or "severalLocationsMatch" and *error_message (both newly
 * allocated; either pointer may be NULL). */
const TrSandboxLocation *tr_sandbox_locations_resolve (JsonObject  *input,
                                                       char       **error_code,
                                                       char       **error_message);
const TrSandboxLocation *tr_sandbox_locations_lookup  (const char  *id);
/* Case- and accent-insensitive search over name, city and IATA code: exact
 * IATA codes first, then prefix matches, then substring matches, each in
 * table order.  max_results 0 means no limit.  Free with g_ptr_array_unref. */
GPtrArray               *tr_sandbox_locations_search  (const char  *query,
                                                       guint        max_results);
guint                    tr_sandbox_locations_count   (void);
/* Entry @index of the table (0 .. count-1), NULL past the end. */
const TrSandboxLocation *tr_sandbox_locations_get_nth (guint        index);
/* Canonical echo: id, name, city, countryCode, countrySubDivisionCode,
 * iataCode (airports), locationCode, locationType, latitude, longitude. */
JsonObject              *tr_sandbox_location_to_json  (const TrSandboxLocation *location);

G_END_DECLS
