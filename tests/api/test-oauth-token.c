/* test-oauth-token.c
 *
 * Copyright 2026 The Travel Requests authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <https://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "tr-account-record.h"
#include "tr-api-error.h"
#include "tr-api-test-utils.h"
#include "tr-oauth-token.h"

#define NOW G_GINT64_CONSTANT (1795000000)

static TrOAuthToken *
parse (const char  *json,
       GError     **error)
{
  g_autoptr(JsonNode) node = json_from_string (json, NULL);

  g_assert_nonnull (node);
  return tr_oauth_token_new_from_json (node, NOW, error);
}

static void
test_full_response (void)
{
  g_autofree char *json = tr_test_token_json ("at-1", "rt-1", "https://emea.api.concursolutions.com", "\"3600\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(TrOAuthToken) token = parse (json, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (token->access_token, ==, "at-1");
  g_assert_cmpstr (token->refresh_token, ==, "rt-1");
  g_assert_cmpstr (token->geolocation, ==, "https://emea.api.concursolutions.com");
  g_assert_cmpstr (token->user_id, ==, "c0d9894b-98e2-48d5-86f9-1decde90dd15");
  g_assert_cmpint (token->expires_in, ==, 3600);
  g_assert_cmpint (token->refresh_expires_at, ==, 1900000000);
}

static void
test_numbers_and_durations (void)
{
  g_autoptr(TrOAuthToken) a = parse ("{\"access_token\":\"x\",\"expires_in\":120,"
                                     "\"refresh_expires_in\":15552000}", NULL);
  g_autoptr(TrOAuthToken) b = parse ("{\"access_token\":\"x\",\"expires_in\":\"2\","
                                     "\"refresh_expires_in\":\"1900000000\"}", NULL);

  g_assert_cmpint (a->expires_in, ==, 120);
  g_assert_cmpint (a->refresh_expires_at, ==, NOW + 15552000);
  g_assert_null (a->refresh_token);
  g_assert_null (a->user_id);
  g_assert_cmpint (b->expires_in, ==, 2);
  g_assert_cmpint (b->refresh_expires_at, ==, 1900000000);
}

static void
test_bad_responses (void)
{
  static const char * const cases[] = {
    "[]",
    "{}",
    "{\"access_token\":\"\",\"expires_in\":\"3600\"}",
    "{\"access_token\":42,\"expires_in\":\"3600\"}",
    "{\"access_token\":\"x\"}",
    "{\"access_token\":\"x\",\"expires_in\":\"soon\"}",
    "{\"access_token\":\"x\",\"expires_in\":-5}",
    "{\"access_token\":\"x\",\"expires_in\":{}}",
    "{\"access_token\":\"x\",\"expires_in\":\"3600\",\"token_type\":\"MAC\"}",
    "{\"access_token\":\"x\",\"expires_in\":\"3600\",\"refresh_expires_in\":\"later\"}",
    "{\"access_token\":\"x\",\"expires_in\":\"3600\",\"geolocation\":\"http://evil.example.com\"}",
    "{\"access_token\":\"x\",\"expires_in\":\"3600\",\"id_token\":\"not-a-jwt\"}",
    "{\"access_token\":\"x\",\"expires_in\":\"3600\",\"id_token\":\"a.!!!.c\"}",
    "{\"access_token\":\"x\",\"expires_in\":\"3600\",\"id_token\":\"a.bm90IGpzb24.c\"}",
    "{\"access_token\":\"x\",\"expires_in\":\"3600\",\"id_token\":\"a.e30.c\"}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TrOAuthToken) token = parse (cases[i], &error);

      g_assert_null (token);
      g_assert_error (error, TR_API_ERROR, TR_API_ERROR_BAD_RESPONSE);
    }
}

static void
test_jwt (void)
{
  g_autofree char *jwt = tr_test_make_jwt ("4d6a2a8e-0c57-4e5f-bb87-f6b6e2c7e0aa");
  g_autofree char *subject = tr_jwt_dup_subject (jwt, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (subject, ==, "4d6a2a8e-0c57-4e5f-bb87-f6b6e2c7e0aa");
  g_assert_null (tr_jwt_dup_subject ("..", &error));
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_BAD_RESPONSE);
  g_clear_error (&error);
  g_assert_null (tr_jwt_dup_subject (NULL, &error));
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_BAD_RESPONSE);
}

static void
test_account_record (void)
{
  g_autoptr(TrAccountRecord) record = tr_account_record_new ("uid-1", "https://us.api.concursolutions.com",
                                                             "rt-secret", NULL, "Emma Traveler");
  g_autofree char *secret = tr_account_record_to_secret (record);
  g_autoptr(TrAccountRecord) back = tr_account_record_new_from_secret (secret, "https://base", NULL);
  g_autoptr(TrAccountRecord) copy = tr_account_record_copy (back);
  static const char * const bad[] = {
    "", "nope", "[]", "{\"generation\":2,\"refresh_token\":\"r\",\"user_id\":\"u\"}",
    "{\"generation\":\"1\",\"refresh_token\":\"r\",\"user_id\":\"u\"}",
    "{\"generation\":1,\"refresh_token\":\"\",\"user_id\":\"u\"}",
    "{\"generation\":1,\"refresh_token\":{},\"user_id\":[]}",
  };

  g_assert_cmpstr (back->user_id, ==, "uid-1");
  g_assert_cmpstr (back->base_url, ==, "https://base");
  g_assert_cmpstr (back->refresh_token, ==, "rt-secret");
  g_assert_null (back->geolocation);
  g_assert_cmpstr (copy->display_name, ==, "Emma Traveler");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_null (tr_account_record_new_from_secret (bad[i], "https://base", &error));
      g_assert_error (error, TR_API_ERROR, TR_API_ERROR_BAD_RESPONSE);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/oauth-token/full-response", test_full_response);
  g_test_add_func ("/oauth-token/numbers-and-durations", test_numbers_and_durations);
  g_test_add_func ("/oauth-token/bad-responses", test_bad_responses);
  g_test_add_func ("/oauth-token/jwt", test_jwt);
  g_test_add_func ("/oauth-token/account-record", test_account_record);

  return g_test_run ();
}
