/* tr-allocation.h
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
#include "tr-custom-field.h"

G_BEGIN_DECLS

#define TR_TYPE_ALLOCATION (tr_allocation_get_type ())

/**
 * TrAllocation:
 *
 * An expense allocation; amounts and `percentage` are exact decimals.
 */
G_DECLARE_FINAL_TYPE (TrAllocation, tr_allocation, TR, ALLOCATION, TrResource)

TrAllocation   *tr_allocation_new                   (void);
TrAllocation   *tr_allocation_new_from_json         (JsonNode  *node,
                                                     GError   **error);
TrAllocation   *tr_allocation_new_from_string       (const char  *json,
                                                     GError     **error);
JsonNode       *tr_allocation_to_json               (TrAllocation  *self,
                                                     TrJsonPurpose  purpose);
TrAllocation   *tr_allocation_copy                  (TrAllocation  *self,
                                                     GError       **error);
const char     *tr_allocation_get_allocation_id     (TrAllocation *self);
const char     *tr_allocation_get_expense_id        (TrAllocation *self);
const TrAmount *tr_allocation_get_percentage        (TrAllocation *self);
gboolean        tr_allocation_get_percent_edited    (TrAllocation *self);
gboolean        tr_allocation_get_system_allocation (TrAllocation *self);
const TrAmount *tr_allocation_get_allocation_amount (TrAllocation *self);
const TrAmount *tr_allocation_get_approved_amount   (TrAllocation *self);
const TrAmount *tr_allocation_get_posted_amount     (TrAllocation *self);
void            tr_allocation_set_percentage        (TrAllocation   *self,
                                                     const TrAmount *percentage);
void            tr_allocation_set_percent_edited    (TrAllocation *self,
                                                     gboolean      percent_edited);
void            tr_allocation_set_allocation_amount (TrAllocation   *self,
                                                     const TrAmount *allocation_amount);
TrCustomField  *tr_allocation_get_custom            (TrAllocation *self,
                                                     guint         n);
void            tr_allocation_set_custom            (TrAllocation  *self,
                                                     guint          n,
                                                     TrCustomField *field);

G_END_DECLS
