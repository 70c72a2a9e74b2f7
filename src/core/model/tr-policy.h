/* tr-policy.h
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

#define TR_TYPE_POLICY (tr_policy_get_type ())

/**
 * TrPolicy:
 *
 * A Request policy (GET /userpolicies item).
 */
G_DECLARE_FINAL_TYPE (TrPolicy, tr_policy, TR, POLICY, TrResource)

TrPolicy   *tr_policy_new                    (void);
TrPolicy   *tr_policy_new_from_json          (JsonNode  *node,
                                              GError   **error);
TrPolicy   *tr_policy_new_from_string        (const char  *json,
                                              GError     **error);
JsonNode   *tr_policy_to_json                (TrPolicy      *self,
                                              TrJsonPurpose  purpose);
TrPolicy   *tr_policy_copy                   (TrPolicy  *self,
                                              GError   **error);
const char *tr_policy_get_href               (TrPolicy *self);
const char *tr_policy_get_id                 (TrPolicy *self);
const char *tr_policy_get_name               (TrPolicy *self);
gboolean    tr_policy_get_allow_participants (TrPolicy *self);
void        tr_policy_set_id                 (TrPolicy   *self,
                                              const char *id);

G_END_DECLS
