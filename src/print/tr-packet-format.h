/* tr-packet-format.h
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

/* Locale-aware text for the printed approval packet. Every function returns
 * a newly allocated string, "" when there is nothing to show. */

char *tr_packet_format_amount    (const TrAmount *amount);
char *tr_packet_format_date      (const GDate    *date);
char *tr_packet_format_time      (int             minutes);
char *tr_packet_format_date_time (const GDate    *date,
                                  int             minutes);
char *tr_packet_format_timestamp (GDateTime      *timestamp);
char *tr_packet_format_employee  (TrEmployee     *employee);
char *tr_packet_format_location  (TrLocation     *location,
                                  const char     *detail);

G_END_DECLS
