/* tr-exception-source.h
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

#define TR_TYPE_EXCEPTION_SOURCE (tr_exception_source_get_type ())

/**
 * TrExceptionSource:
 *
 * The `source` of an exception `{id, href, type}` (ALLOCATION, CASH_ADVANCE, EXPENSE or HEADER).
 */
G_DECLARE_FINAL_TYPE (TrExceptionSource, tr_exception_source, TR, EXCEPTION_SOURCE, TrResource)

TrExceptionSource *tr_exception_source_new             (void);
TrExceptionSource *tr_exception_source_new_from_json   (JsonNode  *node,
                                                        GError   **error);
TrExceptionSource *tr_exception_source_new_from_string (const char  *json,
                                                        GError     **error);
JsonNode          *tr_exception_source_to_json         (TrExceptionSource *self,
                                                        TrJsonPurpose      purpose);
TrExceptionSource *tr_exception_source_copy            (TrExceptionSource  *self,
                                                        GError            **error);
const char        *tr_exception_source_get_id          (TrExceptionSource *self);
const char        *tr_exception_source_get_href        (TrExceptionSource *self);
const char        *tr_exception_source_get_source_type (TrExceptionSource *self);

G_END_DECLS
