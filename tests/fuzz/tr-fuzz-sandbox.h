/* tr-fuzz-sandbox.h
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

#include <stddef.h>
#include <stdint.h>

#include "tr-sandbox-call.h"

G_BEGIN_DECLS

/* Seeded demo data (tr-sandbox-seed-data.c) the targets write to. */
#define TR_FUZZ_DRAFT_REQUEST "224AF3CDCC2A5244A37C72FA5770C6F2"
#define TR_FUZZ_DRAFT_EXPENSE "B5FB8991E390474E875D6FD5BB1FDAF1"

typedef void (*TrFuzzHandler) (TrSandboxCall *call);

TrSandboxCall *tr_fuzz_sandbox_call_new    (const char     *method,
                                            const char     *path,
                                            const uint8_t  *body,
                                            size_t          size);
void           tr_fuzz_sandbox_run         (TrSandboxCall  *call,
                                            TrFuzzHandler   handler);
void           tr_fuzz_sandbox_check_reply (TrSandboxCall  *call);

G_END_DECLS
