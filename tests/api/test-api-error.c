/* test-api-error.c
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

#include <glib/gi18n.h>
#include <libsoup/soup.h>

#include "tr-api-error.h"

static GBytes *
bytes (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

static void
test_status_mapping (void)
{
  static const struct {
    guint status;
    TrApiError code;
  } cases[] = {
    { 400, TR_API_ERROR_VALIDATION }, { 401, TR_API_ERROR_UNAUTHORIZED },
    { 403, TR_API_ERROR_FORBIDDEN }, { 404, TR_API_ERROR_NOT_FOUND },
    { 408, TR_API_ERROR_UNAVAILABLE }, { 409, TR_API_ERROR_CONFLICT },
    { 415, TR_API_ERROR_VALIDATION }, { 429, TR_API_ERROR_RATE_LIMITED },
    { 500, TR_API_ERROR_SERVER }, { 501, TR_API_ERROR_SERVER },
    { 502, TR_API_ERROR_UNAVAILABLE }, { 503, TR_API_ERROR_UNAVAILABLE },
    { 504, TR_API_ERROR_UNAVAILABLE }, { 302, TR_API_ERROR_BAD_RESPONSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = tr_api_error_new_from_response (cases[i].status, NULL, NULL);

      g_assert_error (error, TR_API_ERROR, cases[i].code);
      g_assert_cmpuint (tr_api_error_get_http_status (error), ==, cases[i].status);
      g_assert_null (tr_api_error_get_server_code (error));
    }
}

static void
test_concur_body (void)
{
  g_autoptr(GBytes) body = bytes ("{\"errors\":[{\"errorCode\":\"missingRequiredField\","
                                  "\"errorMessage\":\"At least 1 required field has an empty value.\"},"
                                  "{\"errorCode\":\"second\",\"errorMessage\":\"ignored\"}]}");
  g_autoptr(GError) error = tr_api_error_new_from_response (400, body, NULL);
  g_autoptr(GError) copy = NULL;
  g_autofree char *text = NULL;

  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_VALIDATION);
  g_assert_cmpstr (tr_api_error_get_server_code (error), ==, "missingRequiredField");
  g_assert_cmpstr (tr_api_error_get_server_message (error), ==,
                   "At least 1 required field has an empty value.");

  /* The server's fields survive copies (extended error domain). */
  copy = g_error_copy (error);
  g_assert_cmpstr (tr_api_error_get_server_code (copy), ==, "missingRequiredField");
  g_assert_cmpuint (tr_api_error_get_http_status (copy), ==, 400);

  text = tr_api_error_describe (error);
  g_assert_nonnull (strstr (text, "At least 1 required field has an empty value."));
  g_assert_nonnull (strstr (text, "not accept"));
}

static void
test_other_bodies (void)
{
  g_autoptr(GBytes) bare = bytes ("{\"errorCode\":\"permissionDenied\",\"errorMessage\":\"Permission denied\"}");
  g_autoptr(GBytes) oauth = bytes ("{\"error\":\"invalid_grant\",\"error_description\":\"Incorrect Credentials. Please Retry\",\"code\":5}");
  g_autoptr(GBytes) oauth_no_code = bytes ("{\"error\":\"invalid_client\"}");
  g_autoptr(GError) e1 = tr_api_error_new_from_response (403, bare, NULL);
  g_autoptr(GError) e2 = tr_api_error_new_from_response (400, oauth, NULL);
  g_autoptr(GError) e3 = tr_api_error_new_from_response (401, oauth_no_code, NULL);

  g_assert_error (e1, TR_API_ERROR, TR_API_ERROR_FORBIDDEN);
  g_assert_cmpstr (tr_api_error_get_server_code (e1), ==, "permissionDenied");
  g_assert_cmpstr (tr_api_error_get_server_code (e2), ==, "5");
  g_assert_cmpstr (tr_api_error_get_server_message (e2), ==, "Incorrect Credentials. Please Retry");
  g_assert_cmpstr (tr_api_error_get_server_code (e3), ==, "invalid_client");
  g_assert_null (tr_api_error_get_server_message (e3));
}

static void
test_malformed_bodies (void)
{
  static const char * const bodies[] = {
    "", "{", "<html><body>Bad gateway</body></html>", "[1,2,3]", "null", "\"text\"",
    "{\"errors\":[]}", "{\"errors\":[42]}", "{\"errors\":{\"errorCode\":1}}",
    "{\"errorCode\":{\"nested\":true},\"errorMessage\":[1]}", "{\"code\":\"x\",\"error\":7}",
    "\xff\xfe\x00garbage",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autoptr(GBytes) body = g_bytes_new (bodies[i], strlen (bodies[i]));
      g_autoptr(GError) error = tr_api_error_new_from_response (503, body, "7");
      g_autofree char *text = tr_api_error_describe (error);

      g_assert_error (error, TR_API_ERROR, TR_API_ERROR_UNAVAILABLE);
      g_assert_null (tr_api_error_get_server_code (error));
      g_assert_null (tr_api_error_get_server_message (error));
      g_assert_cmpstr (tr_api_error_get_retry_after (error), ==, "7");
      g_assert_true (tr_api_error_is_transient (error));
      g_assert_nonnull (strstr (text, "temporarily unavailable"));
    }
}

/* json-glib accepts lone surrogate escapes, decoding them to bytes that
 * are not UTF-8, and numbers beyond the double range: such a body is as
 * malformed as any other, and the error text says so in valid UTF-8. */
static void
test_unsound_bodies (void)
{
  static const char * const bodies[] = {
    "{\"errors\":[{\"errorCode\":\"\\ud800A\",\"errorMessage\":\"fine\"}]}",
    "{\"errorCode\":\"fine\",\"errorMessage\":\"bad \\udbffx\"}",
    "{\"error\":\"invalid_grant\",\"error_description\":\"\\ud83dz\"}",
    "{\"\\ud800x\":1,\"errorCode\":\"fine\"}",
    "{\"errorCode\":\"fine\",\"retry\":1e400}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autoptr(GBytes) body = bytes (bodies[i]);
      g_autoptr(GError) error = tr_api_error_new_from_response (400, body, NULL);
      g_autofree char *text = tr_api_error_describe (error);

      g_assert_error (error, TR_API_ERROR, TR_API_ERROR_VALIDATION);
      g_assert_null (tr_api_error_get_server_code (error));
      g_assert_null (tr_api_error_get_server_message (error));
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_nonnull (strstr (error->message, "not valid JSON"));
      g_assert_true (g_utf8_validate (text, -1, NULL));
    }
}

static void
test_transport (void)
{
  g_autoptr(GError) refused = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED, "refused");
  g_autoptr(GError) tls = g_error_new_literal (G_TLS_ERROR, G_TLS_ERROR_BAD_CERTIFICATE, "bad cert");
  g_autoptr(GError) cancelled = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, "cancelled");
  g_autoptr(GError) e1 = tr_api_error_new_from_transport (refused);
  g_autoptr(GError) e2 = tr_api_error_new_from_transport (tls);
  g_autoptr(GError) e3 = tr_api_error_new_from_transport (cancelled);
  g_autofree char *text = tr_api_error_describe (e2);
  g_autofree char *cancel_text = tr_api_error_describe (e3);

  g_assert_error (e1, TR_API_ERROR, TR_API_ERROR_NETWORK);
  g_assert_error (e2, TR_API_ERROR, TR_API_ERROR_NETWORK);
  g_assert_error (e3, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (tr_api_error_is_transient (e1));
  g_assert_false (tr_api_error_is_transient (e3));
  g_assert_nonnull (strstr (text, "could not be reached"));
  g_assert_nonnull (strstr (cancel_text, "cancelled"));
}

static void
test_describe_every_code (void)
{
  for (int code = TR_API_ERROR_UNAUTHORIZED; code <= TR_API_ERROR_KEYRING_UNAVAILABLE; code++)
    {
      g_autoptr(GError) error = tr_api_error_new_full (code, 0, NULL, NULL, "developer text");
      g_autofree char *text = tr_api_error_describe (error);

      g_assert_nonnull (text);
      g_assert_null (strstr (text, "developer text"));
      g_assert_cmpuint (strlen (text), >, 10);
    }

  {
    g_autoptr(GError) foreign = g_error_new_literal (G_FILE_ERROR, G_FILE_ERROR_NOENT, "gone");
    g_autofree char *text = tr_api_error_describe (foreign);

    g_assert_nonnull (strstr (text, "gone"));
    g_assert_null (tr_api_error_get_server_code (foreign));
    g_assert_cmpuint (tr_api_error_get_http_status (foreign), ==, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/api-error/status-mapping", test_status_mapping);
  g_test_add_func ("/api-error/concur-body", test_concur_body);
  g_test_add_func ("/api-error/other-bodies", test_other_bodies);
  g_test_add_func ("/api-error/malformed-bodies", test_malformed_bodies);
  g_test_add_func ("/api-error/unsound-bodies", test_unsound_bodies);
  g_test_add_func ("/api-error/transport", test_transport);
  g_test_add_func ("/api-error/describe", test_describe_every_code);

  return g_test_run ();
}
