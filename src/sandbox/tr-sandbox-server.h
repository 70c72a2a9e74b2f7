/* tr-sandbox-server.h
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

#include <glib-object.h>

#include "tr-sandbox-db.h"
#include "support/tr-sandbox-faults.h"

G_BEGIN_DECLS

#define TR_SANDBOX_SERVER_ERROR (tr_sandbox_server_error_quark ())

typedef enum
{
  TR_SANDBOX_SERVER_ERROR_LISTEN,
} TrSandboxServerError;

#define TR_TYPE_SANDBOX_SERVER (tr_sandbox_server_get_type ())

G_DECLARE_FINAL_TYPE (TrSandboxServer, tr_sandbox_server, TR, SANDBOX_SERVER, GObject)

/* 1 MiB: larger request bodies are refused with 413. */
#define TR_SANDBOX_MAX_BODY (1024 * 1024)

GQuark           tr_sandbox_server_error_quark (void);
TrSandboxServer *tr_sandbox_server_new         (TrSandboxDb      *db,
                                                guint             token_ttl,
                                                TrSandboxFaults  *faults);
gboolean         tr_sandbox_server_listen      (TrSandboxServer  *self,
                                                guint             port,
                                                GError          **error);
guint            tr_sandbox_server_get_port    (TrSandboxServer  *self);
const char      *tr_sandbox_server_get_base_url (TrSandboxServer *self);

G_END_DECLS
