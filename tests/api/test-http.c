/* test-http.c
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

#include <libsoup/soup.h>

#include "tr-api-error.h"
#include "tr-http.h"

static void
test_check_secure (void)
{
  static const struct {
    const char *url;
    gboolean ok;
  } cases[] = {
    { "https://us.api.concursolutions.com", TRUE },
    { "https://cn.api.concurcdc.cn/oauth2/v0/token", TRUE },
    { "http://127.0.0.1:8080", TRUE },
    { "http://localhost:8080/x", TRUE },
    { "http://[::1]:8080/x", TRUE },
    { "http://us.api.concursolutions.com", FALSE },
    { "http://10.0.0.1", FALSE },
    { "ftp://127.0.0.1", FALSE },
    { "https://", FALSE },
    { "not a url", FALSE },
    { "", FALSE },
    { NULL, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok = tr_http_check_secure (cases[i].url, &error);

      g_assert_cmpint (ok, ==, cases[i].ok);
      if (ok)
        g_assert_no_error (error);
      else
        g_assert_error (error, TR_API_ERROR, TR_API_ERROR_INSECURE);
    }
}

static void
test_parse_json (void)
{
  g_autoptr(GBytes) good = g_bytes_new_static ("{\"a\":1}", 7);
  g_autoptr(GBytes) bad = g_bytes_new_static ("{\"a\":", 5);
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GBytes) binary = g_bytes_new_static ("\xff\xfe\xfd", 3);
  g_autoptr(JsonNode) node = tr_http_parse_json (good, NULL);
  g_autoptr(JsonNode) null_node = tr_http_parse_json (empty, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error2 = NULL;

  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  g_assert_true (JSON_NODE_HOLDS_NULL (null_node));
  g_assert_null (tr_http_parse_json (bad, &error));
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_BAD_RESPONSE);
  g_assert_null (tr_http_parse_json (binary, &error2));
  g_assert_error (error2, TR_API_ERROR, TR_API_ERROR_BAD_RESPONSE);
}

static void
test_retry_after (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 23, 12, 0, 0);
  g_autoptr(GDateTime) later = g_date_time_add_seconds (now, 30);
  g_autoptr(GDateTime) earlier = g_date_time_add_seconds (now, -30);
  g_autofree char *later_text = soup_date_time_to_string (later, SOUP_DATE_HTTP);
  g_autofree char *earlier_text = soup_date_time_to_string (earlier, SOUP_DATE_HTTP);

  g_assert_cmpint (tr_http_parse_retry_after ("5", now), ==, 5000);
  g_assert_cmpint (tr_http_parse_retry_after (" 0 ", now), ==, 0);
  g_assert_cmpint (tr_http_parse_retry_after (later_text, now), ==, 30000);
  g_assert_cmpint (tr_http_parse_retry_after (earlier_text, now), ==, 0);
  g_assert_cmpint (tr_http_parse_retry_after (NULL, now), ==, -1);
  g_assert_cmpint (tr_http_parse_retry_after ("soon", now), ==, -1);
  g_assert_cmpint (tr_http_parse_retry_after ("-5", now), ==, -1);
  g_assert_cmpint (tr_http_parse_retry_after ("5x", now), ==, -1);
  g_assert_cmpint (tr_http_parse_retry_after ("99999999999999999999", now), ==, -1);
}

static void
test_backoff (void)
{
  for (guint round = 0; round < 50; round++)
    for (guint attempt = 1; attempt <= 12; attempt++)
      {
        guint delay = tr_http_backoff_delay_ms (attempt, 100, 2000);
        guint expected = MIN (100u << (attempt - 1), 2000u);

        g_assert_cmpuint (delay, >=, expected / 2);
        g_assert_cmpuint (delay, <=, expected);
      }
}

static void
test_redact_form (void)
{
  g_autoptr(GBytes) form = g_bytes_new_static ("grant_type=password&username=emma&password=s3cr3t-pw"
                                               "&client_secret=cs-123&code=auth-code-9", 90);
  g_autofree char *text = tr_http_redact_body (form, "application/x-www-form-urlencoded");

  g_assert_null (strstr (text, "s3cr3t-pw"));
  g_assert_null (strstr (text, "cs-123"));
  g_assert_null (strstr (text, "auth-code-9"));
  g_assert_nonnull (strstr (text, "username=emma"));
  g_assert_nonnull (strstr (text, "grant_type=password"));
}

static void
test_redact_json (void)
{
  const char *json = "{\"access_token\":\"at-1\",\"nested\":{\"refresh_token\":\"rt-2\","
                     "\"list\":[{\"id_token\":\"idt-3\",\"password\":\"pw-4\"}]},"
                     "\"code\":\"TRAVEL\",\"name\":\"Trip\"}";
  g_autoptr(GBytes) body = g_bytes_new_static (json, strlen (json));
  g_autoptr(GBytes) junk = g_bytes_new_static ("token=abc but not JSON", 22);
  g_autofree char *text = tr_http_redact_body (body, "application/json");
  g_autofree char *junk_text = tr_http_redact_body (junk, "text/plain");
  g_autofree char *empty_text = tr_http_redact_body (NULL, NULL);

  for (guint i = 0; i < 4; i++)
    {
      static const char * const secrets[] = { "at-1", "rt-2", "idt-3", "pw-4" };
      g_assert_null (strstr (text, secrets[i]));
    }
  g_assert_nonnull (strstr (text, "TRAVEL"));
  g_assert_nonnull (strstr (text, "Trip"));
  g_assert_null (strstr (junk_text, "abc"));
  g_assert_cmpstr (empty_text, ==, "[empty]");
}

static void
test_redact_uri (void)
{
  g_autofree char *a = tr_http_redact_uri ("http://127.0.0.1:4000/callback?code=abc123&state=xyz");
  g_autofree char *b = tr_http_redact_uri ("https://us.api.concursolutions.com/travelrequest/v4/requests?view=ALL");
  g_autofree char *c = tr_http_redact_uri ("::not a uri::");

  g_assert_null (strstr (a, "abc123"));
  g_assert_nonnull (strstr (a, "state=xyz"));
  g_assert_cmpstr (b, ==, "https://us.api.concursolutions.com/travelrequest/v4/requests?view=ALL");
  g_assert_null (strstr (c, "not a uri"));
}

static void
test_debug_flag (void)
{
  g_setenv ("TR_DEBUG", "http", TRUE);
  g_assert_true (tr_http_debug_enabled ());
  g_setenv ("TR_DEBUG", "all", TRUE);
  g_assert_true (tr_http_debug_enabled ());
  g_setenv ("TR_DEBUG", "", TRUE);
  g_assert_false (tr_http_debug_enabled ());
  g_unsetenv ("TR_DEBUG");
  g_assert_false (tr_http_debug_enabled ());
}

static void
test_parse_json_unwritable (void)
{
  /* Valid UTF-8 on the wire, but a lone surrogate escape decodes to bytes
   * that are not UTF-8, and 1e400 is not a finite number: both would be
   * cached and written back broken, so they are bad responses. */
  const char *bodies[] = { "{\"name\":\"\\ud800A\"}", "{\"value\":1e400}" };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autoptr(GBytes) body = g_bytes_new_static (bodies[i], strlen (bodies[i]));
      g_autoptr(GError) error = NULL;

      g_assert_null (tr_http_parse_json (body, &error));
      g_assert_error (error, TR_API_ERROR, TR_API_ERROR_BAD_RESPONSE);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/http/check-secure", test_check_secure);
  g_test_add_func ("/http/parse-json", test_parse_json);
  g_test_add_func ("/http/parse-json-unwritable", test_parse_json_unwritable);
  g_test_add_func ("/http/retry-after", test_retry_after);
  g_test_add_func ("/http/backoff", test_backoff);
  g_test_add_func ("/http/redact-form", test_redact_form);
  g_test_add_func ("/http/redact-json", test_redact_json);
  g_test_add_func ("/http/redact-uri", test_redact_uri);
  g_test_add_func ("/http/debug-flag", test_debug_flag);

  return g_test_run ();
}
