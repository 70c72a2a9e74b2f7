/* tr-operation.h
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

#define TR_TYPE_OPERATION (tr_operation_get_type ())

/**
 * TrOperation:
 *
 * A workflow or pagination link `{rel, href}`.
 */
G_DECLARE_FINAL_TYPE (TrOperation, tr_operation, TR, OPERATION, TrResource)

TrOperation *tr_operation_new             (void);
TrOperation *tr_operation_new_from_json   (JsonNode  *node,
                                           GError   **error);
TrOperation *tr_operation_new_from_string (const char  *json,
                                           GError     **error);
JsonNode    *tr_operation_to_json         (TrOperation   *self,
                                           TrJsonPurpose  purpose);
TrOperation *tr_operation_copy            (TrOperation  *self,
                                           GError      **error);
const char  *tr_operation_get_rel         (TrOperation *self);
const char  *tr_operation_get_href        (TrOperation *self);

G_END_DECLS
