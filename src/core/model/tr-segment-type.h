/* tr-segment-type.h
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

#define TR_TYPE_SEGMENT_TYPE (tr_segment_type_get_type ())

/**
 * TrSegmentType:
 *
 * A trip `segmentType` `{category, code}`; `code` is required.
 */
G_DECLARE_FINAL_TYPE (TrSegmentType, tr_segment_type, TR, SEGMENT_TYPE, TrResource)

TrSegmentType *tr_segment_type_new             (void);
TrSegmentType *tr_segment_type_new_from_json   (JsonNode  *node,
                                                GError   **error);
TrSegmentType *tr_segment_type_new_from_string (const char  *json,
                                                GError     **error);
JsonNode      *tr_segment_type_to_json         (TrSegmentType *self,
                                                TrJsonPurpose  purpose);
TrSegmentType *tr_segment_type_copy            (TrSegmentType  *self,
                                                GError        **error);
const char    *tr_segment_type_get_category    (TrSegmentType *self);
const char    *tr_segment_type_get_code        (TrSegmentType *self);
void           tr_segment_type_set_category    (TrSegmentType *self,
                                                const char    *category);
void           tr_segment_type_set_code        (TrSegmentType *self,
                                                const char    *code);

G_END_DECLS
