/* tr-sandbox-header.h
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

gboolean tr_sandbox_header_apply  (TrSandboxCall    *call,
                                   TrSandboxRequest *request,
                                   JsonObject       *input);
void     tr_sandbox_header_render (TrSandboxCall    *call,
                                   TrSandboxRequest *request,
                                   JsonBuilder      *builder,
                                   const char       *member);

G_END_DECLS
