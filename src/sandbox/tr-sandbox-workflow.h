/* tr-sandbox-workflow.h
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

gboolean  tr_sandbox_workflow_can_read       (TrSandboxCall    *call,
                                              TrSandboxRequest *request);
gboolean  tr_sandbox_workflow_owner_may_edit (TrSandboxCall    *call,
                                              TrSandboxRequest *request);
GStrv     tr_sandbox_workflow_actions        (TrSandboxCall    *call,
                                              TrSandboxRequest *request);
JsonNode *tr_sandbox_workflow_operations     (TrSandboxCall    *call,
                                              TrSandboxRequest *request);
void      tr_sandbox_workflow_handle         (TrSandboxCall    *call);

G_END_DECLS
