/* tr-sandbox-seed-data.h
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

G_BEGIN_DECLS

#define TR_SANDBOX_POLICY_DOMESTIC "F4C8BD31CA9D4D6292795BE687EB9B2A"
#define TR_SANDBOX_POLICY_CLIENTS "00497B95D8055849A1B217C8D05FFB86"
#define TR_SANDBOX_POLICY_INTERNATIONAL "6B0D3A8E9C4F4E21A7D5B3C1F0E2D4A6"

enum {
  TR_SANDBOX_SEED_CLOSED = 1 << 0,
  TR_SANDBOX_SEED_SENT_BACK = 1 << 1,
  TR_SANDBOX_SEED_CANCELED_AFTER_APPROVAL = 1 << 2,
};

typedef struct
{
  const char *id, *key, *owner, *policy, *status;
  guint       flags;
  gint64      step;
  const char *approver, *created, *submitted, *approved;
  const char *header;
} TrSandboxSeedRequest;

typedef struct
{
  const char *request_id, *id, *body;
} TrSandboxSeedExpense;

gboolean tr_sandbox_seed_data_apply (TrSandboxDb  *db,
                                     GError      **error);

gboolean tr_sandbox_seed_store_request (TrSandboxCall               *call,
                                        const TrSandboxSeedRequest  *seed);
gboolean tr_sandbox_seed_store_expense (TrSandboxCall               *call,
                                        const TrSandboxSeedExpense  *seed);
gboolean tr_sandbox_seed_trips_apply   (TrSandboxCall               *call);

G_END_DECLS
