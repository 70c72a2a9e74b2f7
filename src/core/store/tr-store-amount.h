/* tr-store-amount.h
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

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/**
 * TrStoreAmount:
 * @units: the amount in units of 10^-@scale (e.g. 49456 for 494.56)
 * @scale: number of decimal places of @units
 * @currency: (nullable): ISO 4217 code
 *
 * A money amount as stored in the indexed columns. Never floating point.
 */
typedef struct
{
  gint64  units;
  int     scale;
  char   *currency;
} TrStoreAmount;

gboolean tr_store_amount_parse_decimal (const char     *text,
                                        TrStoreAmount  *amount,
                                        GError        **error);
gboolean tr_store_amount_parse_value   (JsonNode       *value,
                                        TrStoreAmount  *amount,
                                        GError        **error);
gboolean tr_store_amount_parse         (JsonObject     *object,
                                        const char     *member,
                                        TrStoreAmount  *amount,
                                        GError        **error);
void     tr_store_amount_clear         (TrStoreAmount  *amount);

G_END_DECLS
