/* tr-sandbox-requests.h
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

TrSandboxRequest *tr_sandbox_requests_fetch    (TrSandboxCall    *call,
                                                const char       *id);
JsonNode         *tr_sandbox_requests_render   (TrSandboxCall    *call,
                                                TrSandboxRequest *request,
                                                gboolean          detail);
void              tr_sandbox_requests_list     (TrSandboxCall    *call);
void              tr_sandbox_requests_create   (TrSandboxCall    *call);
void              tr_sandbox_requests_get      (TrSandboxCall    *call);
void              tr_sandbox_requests_update   (TrSandboxCall    *call);
void              tr_sandbox_requests_delete   (TrSandboxCall    *call);
void              tr_sandbox_requests_comments (TrSandboxCall    *call);
JsonNode         *tr_sandbox_requests_comment_list (TrSandboxCall *call,
                                                    const char    *request_id,
                                                    const char    *expense_id);

G_END_DECLS
