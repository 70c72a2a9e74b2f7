/* tr-sandbox-location-search.h
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

#include "tr-sandbox-call.h"

G_BEGIN_DECLS

#define TR_SANDBOX_LOCATION_SEARCH_DEFAULT_LIMIT 10
#define TR_SANDBOX_LOCATION_SEARCH_MAX_LIMIT 50

void tr_sandbox_location_search (TrSandboxCall *call);

G_END_DECLS
