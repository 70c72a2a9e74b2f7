/* test-sandbox-oauth.c
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

/* OAuth 2.0 at /oauth2/v0: grants, Concur's response and error shapes,
 * refresh rotation, authorization code flow and token expiry. */

#include "tr-sandbox-test-util.h"

#include <string.h>

#define CLIENT "client_id=sandbox-client&client_secret=sandbox-secret"

static TrSandboxHarness *harness;

static JsonObject *
token_form (const char *form,
            guint       expected_status,
            JsonNode  **keep)
{
  guint status = 0;

  *keep = tr_sandbox_harness_form (harness, form, &status);
  g_assert_cmpuint (status, ==, expected_status);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (*keep));
  return json_node_get_object (*keep);
}

static void
assert_oauth_error (const char *form,
                    guint       status,
                    gint64      code)
{
  g_autoptr(JsonNode) node = NULL;
  JsonObject *reply = token_form (form, status, &node);

  g_assert_cmpint (json_object_get_int_member (reply, "code"), ==, code);
  g_assert_nonnull (json_object_get_string_member (reply, "error"));
  g_assert_nonnull (json_object_get_string_member (reply, "error_description"));
}

static void
test_password_grant (void)
{
  g_autoptr(JsonNode) node = NULL;
  JsonObject *reply = token_form ("grant_type=password&" CLIENT "&username=emma.traveler%40example.com"
                                  "&password=sandbox", 200, &node);
  g_auto(GStrv) parts = NULL;
  g_autofree guchar *payload = NULL;
  g_autofree char *padding = NULL;
  g_autofree char *padded = NULL;
  gsize len = 0;

  g_assert_cmpstr (json_object_get_string_member (reply, "expires_in"), ==, "3600");
  g_assert_cmpstr (json_object_get_string_member (reply, "token_type"), ==, "Bearer");
  g_assert_cmpstr (json_object_get_string_member (reply, "geolocation"), ==, harness->base);
  g_assert_nonnull (json_object_get_string_member (reply, "refresh_token"));
  g_assert_cmpint (g_ascii_strtoll (json_object_get_string_member (reply, "refresh_expires_in"), NULL, 10), >,
                   g_get_real_time () / G_USEC_PER_SEC + 170 * 86400);
  parts = g_strsplit (json_object_get_string_member (reply, "id_token"), ".", -1);
  g_assert_cmpuint (g_strv_length (parts), ==, 3);
  padding = g_strnfill ((4 - strlen (parts[1]) % 4) % 4, '=');
  padded = g_strconcat (parts[1], padding, NULL);
  g_strdelimit (padded, "-", '+');
  g_strdelimit (padded, "_", '/');
  payload = g_base64_decode (padded, &len);
  g_assert_nonnull (g_strstr_len ((const char *) payload, len, "\"sub\":\"" EMMA_ID "\""));
}

static void
test_grant_errors (void)
{
  assert_oauth_error ("grant_type=password&" CLIENT "&username=emma.traveler%40example.com&password=nope", 401, 5);
  assert_oauth_error ("grant_type=password&" CLIENT "&password=sandbox", 400, 51);
  assert_oauth_error ("grant_type=password&" CLIENT "&username=x%40example.com", 400, 52);
  assert_oauth_error (CLIENT "&username=a&password=b", 400, 65);
  assert_oauth_error ("grant_type=password&client_secret=x", 400, 62);
  assert_oauth_error ("grant_type=password&client_id=sandbox-client", 400, 63);
  assert_oauth_error ("grant_type=password&client_id=nobody&client_secret=x", 401, 61);
  assert_oauth_error ("grant_type=password&client_id=sandbox-client&client_secret=wrong", 401, 5);
  assert_oauth_error ("grant_type=magic&" CLIENT, 400, 60);
  assert_oauth_error ("grant_type=refresh_token&" CLIENT "&refresh_token=bogus", 401, 108);
  assert_oauth_error ("grant_type=refresh_token&" CLIENT, 400, 106);
}

static char *
refresh (const char *refresh_token,
         guint       expected_status)
{
  g_autofree char *form = g_strdup_printf ("grant_type=refresh_token&" CLIENT "&refresh_token=%s", refresh_token);
  g_autoptr(JsonNode) node = NULL;
  JsonObject *reply = token_form (form, expected_status, &node);

  if (expected_status != 200)
    {
      g_assert_cmpint (json_object_get_int_member (reply, "code"), ==, 108);
      return NULL;
    }
  return g_strdup (json_object_get_string_member (reply, "refresh_token"));
}

static void
test_refresh_rotation (void)
{
  g_autoptr(JsonNode) node = NULL;
  JsonObject *reply = token_form ("grant_type=password&" CLIENT "&username=marc.manager%40example.com"
                                  "&password=sandbox", 200, &node);
  g_autofree char *first = g_strdup (json_object_get_string_member (reply, "refresh_token"));
  g_autofree char *second = refresh (first, 200);
  g_autofree char *third = NULL;

  g_assert_cmpstr (first, !=, second);
  g_assert_null (refresh (first, 401));
  third = refresh (second, 200);
  g_assert_nonnull (third);
  g_assert_null (refresh (second, 401));
}

static void
test_client_credentials (void)
{
  g_autoptr(JsonNode) node = NULL;
  JsonObject *reply = token_form ("grant_type=client_credentials&" CLIENT, 200, &node);
  const char *token = json_object_get_string_member (reply, "access_token");
  g_autoptr(JsonNode) list = NULL;
  g_autoptr(JsonNode) mine = NULL;
  guint status = 0;

  g_assert_false (json_object_has_member (reply, "refresh_token"));
  g_assert_false (json_object_has_member (reply, "id_token"));
  list = tr_sandbox_harness_call (harness, "GET", "/travelrequest/v4/requests", token, NULL, &status);
  g_assert_cmpuint (status, ==, 400);
  g_assert_cmpstr (tr_sandbox_error_code (list), ==, "missingRequiredParam");
  mine = tr_sandbox_harness_call (harness, "GET", "/travelrequest/v4/requests?userId=" EMMA_ID, token, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (mine), "data")), >, 0);
}

static char *
send_raw (const char *method,
          const char *path,
          const char *form,
          guint      *status,
          char      **location)
{
  g_autofree char *url = g_strconcat (harness->base, path, NULL);
  g_autoptr(SoupMessage) msg = soup_message_new (method, url);
  g_autoptr(GBytes) body = form ? g_bytes_new (form, strlen (form)) : NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) reply = NULL;

  soup_message_add_flags (msg, SOUP_MESSAGE_NO_REDIRECT);
  if (body != NULL)
    soup_message_set_request_body_from_bytes (msg, "application/x-www-form-urlencoded", body);
  reply = soup_session_send_and_read (harness->session, msg, NULL, &error);
  g_assert_no_error (error);
  *status = soup_message_get_status (msg);
  if (location != NULL)
    *location = g_strdup (soup_message_headers_get_one (soup_message_get_response_headers (msg), "Location"));
  return g_strndup (g_bytes_get_data (reply, NULL), g_bytes_get_size (reply));
}

static void
test_authorization_code (void)
{
  const char *params = "client_id=sandbox-client&redirect_uri=http%3A%2F%2F127.0.0.1%3A9%2Fcallback"
                       "&response_type=code&state=xyz&scope=travelrequest.write";
  g_autofree char *get_path = g_strconcat ("/oauth2/v0/authorize?", params, NULL);
  g_autofree char *bad = g_strconcat (params, "&username=emma.traveler%40example.com&password=wrong", NULL);
  g_autofree char *good = g_strconcat (params, "&username=emma.traveler%40example.com&password=sandbox", NULL);
  g_autofree char *location = NULL;
  g_autofree char *page = NULL;
  g_autofree char *denied = NULL;
  g_autofree char *redirect = NULL;
  g_autoptr(GUri) uri = NULL;
  g_autoptr(GHashTable) query = NULL;
  g_autofree char *exchange = NULL;
  g_autoptr(JsonNode) node = NULL;
  guint status = 0;

  page = send_raw ("GET", get_path, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 200);
  g_assert_nonnull (strstr (page, "<form"));
  denied = send_raw ("POST", "/oauth2/v0/authorize", bad, &status, NULL);
  g_assert_cmpuint (status, ==, 401);
  redirect = send_raw ("POST", "/oauth2/v0/authorize", good, &status, &location);
  g_assert_cmpuint (status, ==, 302);
  g_assert_true (g_str_has_prefix (location, "http://127.0.0.1:9/callback?"));
  uri = g_uri_parse (location, G_URI_FLAGS_NONE, NULL);
  query = g_uri_parse_params (g_uri_get_query (uri), -1, "&", G_URI_PARAMS_NONE, NULL);
  g_assert_cmpstr (g_hash_table_lookup (query, "state"), ==, "xyz");
  g_assert_cmpstr (g_hash_table_lookup (query, "geolocation"), ==, harness->base);
  exchange = g_strdup_printf ("grant_type=authorization_code&" CLIENT "&code=%s"
                              "&redirect_uri=http%%3A%%2F%%2F127.0.0.1%%3A9%%2Fcallback",
                              (char *) g_hash_table_lookup (query, "code"));
  token_form (exchange, 200, &node);
  assert_oauth_error (exchange, 401, 103);
}

static void
test_bad_authorize (void)
{
  guint status = 0;
  g_autofree char *page = send_raw ("GET", "/oauth2/v0/authorize?client_id=nobody&response_type=code"
                                           "&redirect_uri=http%3A%2F%2Flocalhost%2Fcb", NULL, &status, NULL);

  g_assert_cmpuint (status, ==, 400);
}

/* --token-ttl 1: the access token dies, the refresh token still works. */
static void
test_token_expiry (void)
{
  g_autoptr(TrSandboxHarness) short_lived =
    tr_sandbox_harness_start (NULL, (const char *[]) { "--seed=empty", "--token-ttl=1", NULL });
  g_autofree char *token = tr_sandbox_harness_token (short_lived, EMMA);
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(JsonNode) after = NULL;
  guint status = 0;

  before = tr_sandbox_harness_call (short_lived, "GET", "/travelrequest/v4/userpolicies", token, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  g_usleep (2100 * 1000);
  after = tr_sandbox_harness_call (short_lived, "GET", "/travelrequest/v4/userpolicies", token, NULL, &status);
  g_assert_cmpuint (status, ==, 401);
  g_assert_cmpstr (tr_sandbox_error_code (after), ==, "invalidUser");
}

int
main (int   argc,
      char *argv[])
{
  int result;

  g_test_init (&argc, &argv, NULL);
  harness = tr_sandbox_harness_start (NULL, (const char *[]) { "--seed=demo", NULL });
  g_test_add_func ("/sandbox/oauth/password", test_password_grant);
  g_test_add_func ("/sandbox/oauth/errors", test_grant_errors);
  g_test_add_func ("/sandbox/oauth/refresh-rotation", test_refresh_rotation);
  g_test_add_func ("/sandbox/oauth/client-credentials", test_client_credentials);
  g_test_add_func ("/sandbox/oauth/authorization-code", test_authorization_code);
  g_test_add_func ("/sandbox/oauth/bad-authorize", test_bad_authorize);
  g_test_add_func ("/sandbox/oauth/token-expiry", test_token_expiry);
  result = g_test_run ();
  tr_sandbox_harness_free (harness);
  return result;
}
