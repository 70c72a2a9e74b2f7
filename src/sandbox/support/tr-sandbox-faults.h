/* tr-sandbox-faults.h
 *
 * Copyright 2026 The Travel Requests authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  TR_SANDBOX_FAULT_NONE,
  TR_SANDBOX_FAULT_500,
  TR_SANDBOX_FAULT_503,
  TR_SANDBOX_FAULT_429,
  TR_SANDBOX_FAULT_RESET,   /* close the connection without a response */
  TR_SANDBOX_FAULT_LOST,    /* apply the change, then drop the response */
} TrSandboxFault;

typedef struct _TrSandboxFaults TrSandboxFaults;

/* spec e.g. "500:0.1,503:0.05,429:0.05,reset:0.05,lost:0.05,delay:300ms":
 * probabilities 0..1 whose sum is <= 1; delay ("ms" or "s" suffix, at most
 * 60 s) applies to every API request.  NULL, "" and "none" mean no faults.
 * Any malformed part gives NULL and G_OPTION_ERROR_BAD_VALUE naming it. */
TrSandboxFaults *tr_sandbox_faults_new         (const char       *spec,
                                                guint64           seed,
                                                GError          **error);
/* Deterministic sequence for a seed (splitmix64, not g_random). */
TrSandboxFault   tr_sandbox_faults_draw        (TrSandboxFaults  *self,
                                                guint            *delay_ms_out);
/* Seconds for Retry-After on 429/503: 1..3, deterministic for a seed. */
guint            tr_sandbox_faults_retry_after (TrSandboxFaults  *self);
void             tr_sandbox_faults_free        (TrSandboxFaults  *self);
/* "none", "500", "503", "429", "reset", "lost" (the spec's kind names). */
const char      *tr_sandbox_fault_to_string    (TrSandboxFault    fault);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrSandboxFaults, tr_sandbox_faults_free)

G_END_DECLS
