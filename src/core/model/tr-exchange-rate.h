/* tr-exchange-rate.h
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

#include "tr-resource.h"
#include "tr-amount.h"

G_BEGIN_DECLS

#define TR_TYPE_EXCHANGE_RATE (tr_exchange_rate_get_type ())

/**
 * TrExchangeRate:
 *
 * An `exchangeRate` `{value, operation}` (MULTIPLY or DIVIDE); the value is an exact decimal.
 */
G_DECLARE_FINAL_TYPE (TrExchangeRate, tr_exchange_rate, TR, EXCHANGE_RATE, TrResource)

TrExchangeRate *tr_exchange_rate_new             (void);
TrExchangeRate *tr_exchange_rate_new_from_json   (JsonNode  *node,
                                                  GError   **error);
TrExchangeRate *tr_exchange_rate_new_from_string (const char  *json,
                                                  GError     **error);
JsonNode       *tr_exchange_rate_to_json         (TrExchangeRate *self,
                                                  TrJsonPurpose   purpose);
TrExchangeRate *tr_exchange_rate_copy            (TrExchangeRate  *self,
                                                  GError         **error);
const TrAmount *tr_exchange_rate_get_value       (TrExchangeRate *self);
const char     *tr_exchange_rate_get_operation   (TrExchangeRate *self);
void            tr_exchange_rate_set_value       (TrExchangeRate *self,
                                                  const TrAmount *value);
void            tr_exchange_rate_set_operation   (TrExchangeRate *self,
                                                  const char     *operation);

G_END_DECLS
