/* tr-sandbox-test-util.h
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

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

G_BEGIN_DECLS

#define EMMA_ID "c0d9894b-98e2-48d5-86f9-1decde90dd15"
#define EMMA "emma.traveler@example.com"
#define MARC "marc.manager@example.com"
#define LUCAS "lucas.traveler@example.com"
#define FIONA "fiona.finance@example.com"

/* A tr-sandbox child process and an HTTP session talking to it. */
typedef struct
{
  GSubprocess *process;
  char        *dir;       /* owned temporary folder */
  char        *db_path;
  char        *base;      /* "http://127.0.0.1:PORT" */
  SoupSession *session;
} TrSandboxHarness;

TrSandboxHarness *tr_sandbox_harness_start   (const char        *db_path,
                                              const char * const *extra_args);
void              tr_sandbox_harness_stop    (TrSandboxHarness  *self);
void              tr_sandbox_harness_kill    (TrSandboxHarness  *self);
void              tr_sandbox_harness_free    (TrSandboxHarness  *self);
GBytes           *tr_sandbox_harness_send    (TrSandboxHarness  *self,
                                              const char        *method,
                                              const char        *path,
                                              const char        *token,
                                              const char        *content_type,
                                              GBytes            *body,
                                              guint             *status_out,
                                              GError           **error);
JsonNode         *tr_sandbox_harness_call    (TrSandboxHarness  *self,
                                              const char        *method,
                                              const char        *path,
                                              const char        *token,
                                              const char        *json_body,
                                              guint             *status_out);
JsonNode         *tr_sandbox_harness_form    (TrSandboxHarness  *self,
                                              const char        *form,
                                              guint             *status_out);
char             *tr_sandbox_harness_token   (TrSandboxHarness  *self,
                                              const char        *login);
const char       *tr_sandbox_error_code      (JsonNode          *node);
char             *tr_sandbox_create_request  (TrSandboxHarness  *self,
                                              const char        *token,
                                              const char        *name);
const char       *tr_sandbox_status_code     (JsonNode          *request);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrSandboxHarness, tr_sandbox_harness_free)

G_END_DECLS
