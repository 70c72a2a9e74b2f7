/* fuzz-sandbox-faults.c
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

/* The sandbox's --faults specification parser. The first 8 bytes are the
 * seed, the rest the specification; an accepted one is then drawn from. */

#define G_LOG_DOMAIN "tr-fuzz"

#include "tr-fuzz.h"
#include "tr-sandbox-faults.h"

#include <string.h>

#define MAX_DELAY_MS 60000

static void
check_draws (TrSandboxFaults *faults)
{
  for (guint i = 0; i < 64; i++)
    {
      guint delay_ms = G_MAXUINT;
      TrSandboxFault fault = tr_sandbox_faults_draw (faults, &delay_ms);

      g_assert_cmpint (fault, >=, TR_SANDBOX_FAULT_NONE);
      g_assert_cmpint (fault, <=, TR_SANDBOX_FAULT_LOST);
      g_assert_nonnull (tr_sandbox_fault_to_string (fault));
      g_assert_cmpuint (delay_ms, <=, MAX_DELAY_MS);
    }
  (void) tr_sandbox_faults_retry_after (faults);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(TrSandboxFaults) faults = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *spec = NULL;
  guint64 seed = 0;

  tr_fuzz_init ();
  if (size < sizeof seed)
    return 0;
  memcpy (&seed, data, sizeof seed);
  spec = tr_fuzz_text_new (data + sizeof seed, size - sizeof seed);
  faults = tr_sandbox_faults_new (spec, seed, &error);
  if (faults == NULL)
    {
      g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
      return 0;
    }
  g_assert_no_error (error);
  check_draws (faults);
  return 0;
}
