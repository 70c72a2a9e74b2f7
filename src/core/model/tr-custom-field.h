/* tr-custom-field.h
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

#define TR_TYPE_CUSTOM_FIELD (tr_custom_field_get_type ())

/**
 * TrCustomField:
 *
 * A `customN`/`orgUnitN` value, or a list-item field such as a leg `class`: `{value, code, href, template}`.
 */
G_DECLARE_FINAL_TYPE (TrCustomField, tr_custom_field, TR, CUSTOM_FIELD, TrResource)

TrCustomField *tr_custom_field_new             (void);
TrCustomField *tr_custom_field_new_from_json   (JsonNode  *node,
                                                GError   **error);
TrCustomField *tr_custom_field_new_from_string (const char  *json,
                                                GError     **error);
JsonNode      *tr_custom_field_to_json         (TrCustomField *self,
                                                TrJsonPurpose  purpose);
TrCustomField *tr_custom_field_copy            (TrCustomField  *self,
                                                GError        **error);
const char    *tr_custom_field_get_value       (TrCustomField *self);
const char    *tr_custom_field_get_code        (TrCustomField *self);
const char    *tr_custom_field_get_href        (TrCustomField *self);
const char    *tr_custom_field_get_template    (TrCustomField *self);
gboolean       tr_custom_field_get_is_valid    (TrCustomField *self);
void           tr_custom_field_set_value       (TrCustomField *self,
                                                const char    *value);

G_END_DECLS
