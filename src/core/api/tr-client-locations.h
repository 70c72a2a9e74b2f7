/* tr-client-locations.h
 *
 * Copyright 2026 The Travel Requests authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <https://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tr-client.h"
#include "tr-location.h"

G_BEGIN_DECLS

/* The maximum number of locations one search may ask for. */
#define TR_CLIENT_LOCATIONS_MAX_LIMIT 50

void        tr_client_search_locations_async  (TrClient             *self,
                                               const char           *text,
                                               guint                 limit,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
GListStore *tr_client_search_locations_finish (TrClient             *self,
                                               GAsyncResult         *result,
                                               GError              **error);

G_END_DECLS
