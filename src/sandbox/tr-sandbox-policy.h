/* tr-sandbox-policy.h
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

#include "tr-sandbox-call.h"
#include "tr-sandbox-request.h"

G_BEGIN_DECLS

/* Exception levels as Concur reports them: warnings below errors. */
#define TR_SANDBOX_LEVEL_WARNING 10
#define TR_SANDBOX_LEVEL_ERROR   99

JsonNode   *tr_sandbox_policy_compute       (TrSandboxCall    *call,
                                             TrSandboxRequest *request);
const char *tr_sandbox_policy_highest_level (TrSandboxCall    *call,
                                             TrSandboxRequest *request);
gboolean    tr_sandbox_policy_check_submit  (TrSandboxCall    *call,
                                             TrSandboxRequest *request);
void        tr_sandbox_policy_exceptions    (TrSandboxCall    *call);

G_END_DECLS
