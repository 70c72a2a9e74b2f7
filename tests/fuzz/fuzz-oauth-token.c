/* fuzz-oauth-token.c
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

/* The OAuth token endpoint's response parser, and the JWT reader it uses
 * for the id_token (fed the raw input as well). */

#define G_LOG_DOMAIN "tr-fuzz"

#include "tr-fuzz.h"
#include "tr-api-error.h"
#include "tr-json.h"
#include "tr-oauth-token.h"

/* A fixed "now" (2026-01-01T00:00:00Z) keeps every run reproducible. */
#define FUZZ_NOW G_GINT64_CONSTANT (1767225600)

static void
assert_bad_response (GError *error)
{
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_BAD_RESPONSE);
  g_assert_nonnull (error->message);
}

static void
check_token (JsonNode *node)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrOAuthToken) token = tr_oauth_token_new_from_json (node, FUZZ_NOW, &error);

  if (token == NULL)
    {
      assert_bad_response (error);
      return;
    }
  g_assert_no_error (error);
  g_assert_nonnull (token->access_token);
  g_assert_cmpstr (token->access_token, !=, "");
  g_assert_cmpint (token->expires_in, >=, 0);
  g_assert_cmpint (token->refresh_expires_at, >=, 0);
  if (token->user_id != NULL)
    g_assert_cmpstr (token->user_id, !=, "");
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = tr_fuzz_text_new (data, size);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *subject = NULL;

  tr_fuzz_init ();
  node = tr_json_from_string (text, &error);
  if (node != NULL)
    check_token (node);
  else
    /* Not JSON, or JSON with a value no layer can hold ("1e400"). */
    g_assert_true (g_error_matches (error, TR_JSON_ERROR, TR_JSON_ERROR_SYNTAX)
                   || g_error_matches (error, TR_JSON_ERROR, TR_JSON_ERROR_INVALID_VALUE));
  g_clear_error (&error);
  subject = tr_jwt_dup_subject (text, &error);
  if (subject == NULL)
    assert_bad_response (error);
  else
    g_assert_cmpstr (subject, !=, "");
  return 0;
}
