/* fuzz-model.c
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

/* Every model type: the first byte picks the type, the rest is its JSON. */

#define G_LOG_DOMAIN "tr-fuzz"

#include "tr-fuzz.h"
#include "tr-fuzz-model.h"
#include "tr-model.h"

static GType
type_for_byte (uint8_t byte)
{
  GType types[] = {
    TR_TYPE_REQUEST, TR_TYPE_EXPENSE, TR_TYPE_REQUEST_PAGE, TR_TYPE_LEG,
    TR_TYPE_TRIP_DATA, TR_TYPE_LOCATION, TR_TYPE_ALLOCATION, TR_TYPE_APPROVAL_STATUS,
    TR_TYPE_CASH_ADVANCE, TR_TYPE_COMMENT, TR_TYPE_CUSTOM_FIELD, TR_TYPE_EMPLOYEE,
    TR_TYPE_EXCEPTION, TR_TYPE_EXCEPTION_SOURCE, TR_TYPE_EXCHANGE_RATE, TR_TYPE_EXPENSE_TYPE,
    TR_TYPE_OPERATION, TR_TYPE_POLICY, TR_TYPE_REQUEST_TYPE, TR_TYPE_RESOURCE_LINK,
    TR_TYPE_SEGMENT_TYPE, TR_TYPE_TRAVEL_AGENCY, TR_TYPE_VENDOR,
  };

  return types[byte % G_N_ELEMENTS (types)];
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  if (size == 0)
    return 0;
  tr_fuzz_model_parse (type_for_byte (data[0]), data + 1, size - 1);
  return 0;
}
