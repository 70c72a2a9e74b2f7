/* tr-catalog.h
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
 * along with this program.  If not, see <http://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tr-account.h"
#include "tr-client.h"
#include "tr-store.h"

G_BEGIN_DECLS

#define TR_TYPE_CATALOG (tr_catalog_get_type ())

G_DECLARE_FINAL_TYPE (TrCatalog, tr_catalog, TR, CATALOG, GObject)

TrCatalog  *tr_catalog_get_for_client      (TrClient             *client);
TrCatalog  *tr_catalog_get_for_account     (TrAccount            *account);
void        tr_catalog_set_store           (TrCatalog            *self,
                                            TrStore              *store);
void        tr_catalog_get_policies_async  (TrCatalog            *self,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
GListModel *tr_catalog_get_policies_finish (TrCatalog            *self,
                                            GAsyncResult         *result,
                                            GError              **error);
void        tr_catalog_get_agencies_async  (TrCatalog            *self,
                                            const char * const   *agency_ids,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
GListModel *tr_catalog_get_agencies_finish (TrCatalog            *self,
                                            GAsyncResult         *result,
                                            GError              **error);

G_END_DECLS
