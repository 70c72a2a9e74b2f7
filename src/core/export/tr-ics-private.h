/* tr-ics-private.h
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

#include <libical/ical.h>

#include "tr-ics.h"
#include "tr-itinerary.h"

G_BEGIN_DECLS

/* State shared while one calendar is assembled. */
typedef struct
{
  TrRequest    *request;
  icaltimetype  dtstamp;
  GHashTable   *zones;      /* IANA name → icaltimezone* (builtin, not owned) */
  GHashTable   *uids;       /* set of UIDs handed out */
  int           first_year; /* earliest year of any event, G_MAXINT if none */
} TrIcsContext;

icalcomponent *tr_ics_event_new (TrIcsContext       *context,
                                 TrItinerarySegment *segment,
                                 guint               position);

G_END_DECLS
