/* fuzz-expense.c
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

/* An expected expense (GET /expenses/{id} and its POST/PUT bodies). */

#define G_LOG_DOMAIN "tr-fuzz"

#include "tr-fuzz.h"
#include "tr-fuzz-model.h"
#include "tr-model.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  tr_fuzz_model_parse (TR_TYPE_EXPENSE, data, size);
  return 0;
}
