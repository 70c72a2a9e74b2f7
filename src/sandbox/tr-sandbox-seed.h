/* tr-sandbox-seed.h
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

#include "tr-sandbox-db.h"

G_BEGIN_DECLS

/* The Concur user id of the seed examples' traveler. */
#define TR_SANDBOX_EMMA_ID "c0d9894b-98e2-48d5-86f9-1decde90dd15"
#define TR_SANDBOX_MARC_ID "5d1c7a3e-2f4b-4c8e-9a61-0b7f3e2d4c11"
#define TR_SANDBOX_LUCAS_ID "8e2f4a6c-1b3d-4e5f-8a7b-9c0d1e2f3a4b"
#define TR_SANDBOX_FIONA_ID "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d"

gboolean tr_sandbox_seed_apply (TrSandboxDb  *db,
                                const char   *mode,
                                GError      **error);

G_END_DECLS
