/* tr-location-provider.h
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

#include <gio/gio.h>

#include "tr-model.h"

G_BEGIN_DECLS

#define TR_TYPE_LOCATION_PROVIDER (tr_location_provider_get_type ())

G_DECLARE_INTERFACE (TrLocationProvider, tr_location_provider, TR, LOCATION_PROVIDER, GObject)

/**
 * TrLocationProviderInterface:
 * @search_async: starts looking up the locations matching a text
 * @search_finish: returns a #GListModel of #TrLocation
 *
 * Where the destination search of the editors gets its suggestions: the
 * window plugs in the locations the server resolves; tests and the demo
 * use a #TrLocationListProvider.
 */
struct _TrLocationProviderInterface
{
  GTypeInterface parent_iface;

  void         (*search_async)  (TrLocationProvider   *self,
                                 const char           *text,
                                 GCancellable         *cancellable,
                                 GAsyncReadyCallback   callback,
                                 gpointer              user_data);
  GListModel * (*search_finish) (TrLocationProvider   *self,
                                 GAsyncResult         *result,
                                 GError              **error);
};

void        tr_location_provider_search_async  (TrLocationProvider   *self,
                                                const char           *text,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
GListModel *tr_location_provider_search_finish (TrLocationProvider   *self,
                                                GAsyncResult         *result,
                                                GError              **error);

#define TR_TYPE_LOCATION_LIST_PROVIDER (tr_location_list_provider_get_type ())

G_DECLARE_FINAL_TYPE (TrLocationListProvider, tr_location_list_provider, TR, LOCATION_LIST_PROVIDER, GObject)

TrLocationListProvider *tr_location_list_provider_new (GListModel *locations);

G_END_DECLS
