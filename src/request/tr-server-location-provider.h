/* tr-server-location-provider.h
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

#include "tr-client.h"
#include "tr-location-provider.h"

G_BEGIN_DECLS

#define TR_TYPE_SERVER_LOCATION_PROVIDER (tr_server_location_provider_get_type ())

G_DECLARE_FINAL_TYPE (TrServerLocationProvider, tr_server_location_provider, TR, SERVER_LOCATION_PROVIDER, GObject)

TrServerLocationProvider *tr_server_location_provider_new                  (TrClient                 *client,
                                                                            GListModel               *fallback);
TrClient                 *tr_server_location_provider_get_client           (TrServerLocationProvider *self);
GListModel               *tr_server_location_provider_get_fallback         (TrServerLocationProvider *self);
gboolean                  tr_server_location_provider_get_endpoint_missing (TrServerLocationProvider *self);

G_END_DECLS
