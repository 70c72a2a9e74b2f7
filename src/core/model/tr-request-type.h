/* tr-request-type.h
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

#define TR_TYPE_REQUEST_TYPE (tr_request_type_get_type ())

/**
 * TrRequestType:
 *
 * The Request `type` `{code, label}`, e.g. TRAVEL/Travel.
 */
G_DECLARE_FINAL_TYPE (TrRequestType, tr_request_type, TR, REQUEST_TYPE, TrResource)

TrRequestType *tr_request_type_new             (void);
TrRequestType *tr_request_type_new_from_json   (JsonNode  *node,
                                                GError   **error);
TrRequestType *tr_request_type_new_from_string (const char  *json,
                                                GError     **error);
JsonNode      *tr_request_type_to_json         (TrRequestType *self,
                                                TrJsonPurpose  purpose);
TrRequestType *tr_request_type_copy            (TrRequestType  *self,
                                                GError        **error);
const char    *tr_request_type_get_code        (TrRequestType *self);
const char    *tr_request_type_get_label       (TrRequestType *self);

G_END_DECLS
