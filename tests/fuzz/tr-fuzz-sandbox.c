/* tr-fuzz-sandbox.c
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

/* Runs the sandbox's route handlers without HTTP: a call is built the way
 * the server builds it, against an in-memory database seeded with the demo
 * data, and every change is rolled back so each input sees the same data. */

#define G_LOG_DOMAIN "tr-fuzz"

#include "tr-fuzz-sandbox.h"

#include "tr-fuzz.h"
#include "tr-sandbox-seed.h"

static TrSandboxDb *
get_db (void)
{
  static TrSandboxDb *db = NULL;

  if (db == NULL)
    {
      g_autoptr(GError) error = NULL;

      db = tr_sandbox_db_open (":memory:", &error);
      g_assert_no_error (error);
      g_assert_true (tr_sandbox_seed_apply (db, "demo", &error));
      g_assert_no_error (error);
    }
  return db;
}

/* @path is below /travelrequest/v4/, e.g. "requests/{id}". The caller is
 * Emma, who owns the seeded drafts. */
TrSandboxCall *
tr_fuzz_sandbox_call_new (const char    *method,
                          const char    *path,
                          const uint8_t *body,
                          size_t         size)
{
  TrSandboxCall *call = g_new0 (TrSandboxCall, 1);

  tr_fuzz_init ();
  call->db = get_db ();
  call->base = "http://127.0.0.1:1";
  call->method = method;
  call->query = g_hash_table_new (g_str_hash, g_str_equal);
  call->segments = g_strsplit (path, "/", -1);
  call->n_segments = g_strv_length (call->segments);
  call->raw_body = size > 0 ? g_bytes_new (body, size) : NULL;
  call->caller_id = g_strdup (TR_SANDBOX_EMMA_ID);
  return call;
}

/* One transaction per call, as run_call() in tr-sandbox-server.c, but
 * always rolled back. */
void
tr_fuzz_sandbox_run (TrSandboxCall *call,
                     TrFuzzHandler  handler)
{
  g_assert_true (tr_sandbox_db_begin (call->db));
  handler (call);
  tr_sandbox_db_rollback (call->db);
  tr_fuzz_sandbox_check_reply (call);
}

static void
check_error_body (JsonNode *response)
{
  JsonObject *object;
  JsonArray *errors;
  JsonObject *first;

  g_assert_true (JSON_NODE_HOLDS_OBJECT (response));
  object = json_node_get_object (response);
  g_assert_true (json_object_has_member (object, "errors"));
  errors = json_object_get_array_member (object, "errors");
  g_assert_cmpuint (json_array_get_length (errors), >=, 1);
  first = json_array_get_object_element (errors, 0);
  g_assert_nonnull (json_object_get_string_member (first, "errorCode"));
  g_assert_nonnull (json_object_get_string_member (first, "errorMessage"));
}

/* Every call is answered: a success, or 4xx with a Concur error body.
 * A 5xx means the handler failed on the input. */
void
tr_fuzz_sandbox_check_reply (TrSandboxCall *call)
{
  g_autofree char *text = NULL;

  g_assert_nonnull (call->response);
  g_assert_cmpuint (call->status, >=, 200);
  g_assert_cmpuint (call->status, <, 500);
  text = json_to_string (call->response, FALSE);
  g_assert_nonnull (text);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  if (call->status >= 400)
    check_error_body (call->response);
}
