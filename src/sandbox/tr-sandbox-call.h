/* tr-sandbox-call.h
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

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "tr-sandbox-db.h"

G_BEGIN_DECLS

/* One API call being answered: the parsed input, who makes it, and the
 * answer the route handler fills in. */
typedef struct
{
  SoupServerMessage *msg;
  TrSandboxDb       *db;
  const char        *base;        /* "http://127.0.0.1:PORT" */
  const char        *method;
  GHashTable        *query;       /* owned: name → value */
  char             **segments;    /* owned: path below /travelrequest/v4/ */
  guint              n_segments;
  GBytes            *raw_body;    /* owned, may be NULL */
  JsonNode          *body;        /* owned, parsed lazily */
  char              *caller_id;   /* acting user, NULL for the system user */
  gboolean           company_token;
  guint              status;
  JsonNode          *response;    /* owned */
} TrSandboxCall;

void         tr_sandbox_call_free         (TrSandboxCall *call);
void         tr_sandbox_call_error        (TrSandboxCall *call,
                                           guint          status,
                                           const char    *code,
                                           const char    *message);
void         tr_sandbox_call_reply        (TrSandboxCall *call,
                                           guint          status,
                                           JsonNode      *node);
const char  *tr_sandbox_call_param        (TrSandboxCall *call,
                                           const char    *name);
JsonObject  *tr_sandbox_call_json_object  (TrSandboxCall *call);
const char  *tr_sandbox_json_problem      (JsonNode      *node);
JsonNode    *tr_sandbox_json_parse        (const char    *data,
                                           gsize          size,
                                           const char   **problem);
char        *tr_sandbox_call_link         (TrSandboxCall *call,
                                           const char    *format,
                                           ...) G_GNUC_PRINTF (2, 3);
JsonNode    *tr_sandbox_call_resource_link (TrSandboxCall *call,
                                            const char    *collection,
                                            const char    *id);
gboolean     tr_sandbox_call_require_user (TrSandboxCall *call);
JsonNode    *tr_sandbox_call_employee     (TrSandboxCall *call,
                                           const char    *user_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrSandboxCall, tr_sandbox_call_free)

G_END_DECLS
