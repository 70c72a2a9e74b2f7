/* tr-vendor.h
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

#define TR_TYPE_VENDOR (tr_vendor_get_type ())

/**
 * TrVendor:
 *
 * An expected-expense `vendor` `{id, name}`.
 */
G_DECLARE_FINAL_TYPE (TrVendor, tr_vendor, TR, VENDOR, TrResource)

TrVendor   *tr_vendor_new             (void);
TrVendor   *tr_vendor_new_from_json   (JsonNode  *node,
                                       GError   **error);
TrVendor   *tr_vendor_new_from_string (const char  *json,
                                       GError     **error);
JsonNode   *tr_vendor_to_json         (TrVendor      *self,
                                       TrJsonPurpose  purpose);
TrVendor   *tr_vendor_copy            (TrVendor  *self,
                                       GError   **error);
const char *tr_vendor_get_id          (TrVendor *self);
const char *tr_vendor_get_name        (TrVendor *self);
void        tr_vendor_set_id          (TrVendor   *self,
                                       const char *id);
void        tr_vendor_set_name        (TrVendor   *self,
                                       const char *name);

G_END_DECLS
