/* fuzz-sandbox-request.c
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

/* The sandbox's handling of a Request body: POST /requests (create) when
 * the first byte is even, PUT /requests/{id} of a draft when it is odd. */

#define G_LOG_DOMAIN "tr-fuzz"

#include "tr-fuzz.h"
#include "tr-fuzz-sandbox.h"
#include "tr-sandbox-requests.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(TrSandboxCall) call = NULL;
  gboolean create;

  if (size == 0)
    return 0;
  create = data[0] % 2 == 0;
  call = tr_fuzz_sandbox_call_new (create ? "POST" : "PUT",
                                   create ? "requests" : "requests/" TR_FUZZ_DRAFT_REQUEST,
                                   data + 1, size - 1);
  tr_fuzz_sandbox_run (call, create ? tr_sandbox_requests_create : tr_sandbox_requests_update);
  if (call->status < 400)
    g_assert_cmpuint (call->status, ==, create ? 201 : 200);
  return 0;
}
