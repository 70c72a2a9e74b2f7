/* test-client.c
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

#include "tr-api-error.h"
#include "tr-api-test-utils.h"
#include "tr-client.h"

typedef enum
{
  ACT_OK,
  ACT_UNAUTHORIZED,
  ACT_RESET,
  ACT_TOO_MANY,
  ACT_TOO_MANY_LONG,
  ACT_UNAVAILABLE,
  ACT_SERVER_ERROR,
  ACT_MALFORMED,
  ACT_BAD_REQUEST,
  ACT_DELAYED,
  ACT_TRUE,
} Action;

#define MAX_SCRIPT 8

typedef struct
{
  TrTestServer *server;
  TrAuthorizer *authorizer;
  TrClient     *client;
  guint         token_hits;
  guint         hits;
  Action        script[MAX_SCRIPT];
  guint         script_len;
  gint64        hit_times[MAX_SCRIPT];
  char         *last_authorization;
  char         *last_body;
  GString      *log;
} Fixture;

static void
token_handler (SoupServer        *server,
               SoupServerMessage *msg,
               const char        *path,
               GHashTable        *query,
               gpointer           user_data)
{
  Fixture *f = user_data;
  g_autoptr(GHashTable) form = tr_test_read_form (msg);
  g_autofree char *access = NULL;
  g_autofree char *refresh = NULL;
  g_autofree char *json = NULL;

  f->token_hits++;
  g_assert_cmpstr (soup_server_message_get_method (msg), ==, "POST");
  g_assert_cmpstr (g_hash_table_lookup (form, "client_id"), ==, "sandbox-client");
  g_assert_cmpstr (g_hash_table_lookup (form, "client_secret"), ==, "cs-SECRET-XYZ");
  access = g_strdup_printf ("access-%u-XYZ", f->token_hits);
  refresh = g_strdup_printf ("refresh-%u-XYZ", f->token_hits);
  json = tr_test_token_json (access, refresh, f->server->base_url, "\"3600\"");
  tr_test_respond (msg, SOUP_STATUS_OK, json);
}

static void
respond_action (Fixture           *f,
                SoupServerMessage *msg,
                Action             action)
{
  g_autofree char *json = g_strdup_printf ("{\"hit\":%u,\"method\":\"%s\"}", f->hits,
                                           soup_server_message_get_method (msg));
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

  switch (action)
    {
    case ACT_OK:
      tr_test_respond (msg, SOUP_STATUS_OK, json);
      break;
    case ACT_UNAUTHORIZED:
      if (g_strcmp0 (f->last_authorization, "Bearer access-1-XYZ") == 0)
        tr_test_respond (msg, SOUP_STATUS_UNAUTHORIZED,
                         "{\"errors\":[{\"errorCode\":\"invalidUser\",\"errorMessage\":\"expired\"}]}");
      else
        tr_test_respond (msg, SOUP_STATUS_OK, json);
      break;
    case ACT_RESET:
      tr_test_reset_connection (msg);
      break;
    case ACT_TOO_MANY:
      soup_message_headers_replace (headers, "Retry-After", "1");
      tr_test_respond (msg, 429, NULL);
      break;
    case ACT_TOO_MANY_LONG:
      soup_message_headers_replace (headers, "Retry-After", "100");
      tr_test_respond (msg, 429, NULL);
      break;
    case ACT_UNAVAILABLE:
      tr_test_respond (msg, SOUP_STATUS_SERVICE_UNAVAILABLE,
                       "{\"errors\":[{\"errorCode\":\"circuitBreaker\",\"errorMessage\":\"busy\"}]}");
      break;
    case ACT_SERVER_ERROR:
      tr_test_respond (msg, SOUP_STATUS_INTERNAL_SERVER_ERROR, "<html>oops</html>");
      break;
    case ACT_MALFORMED:
      tr_test_respond (msg, SOUP_STATUS_OK, "{\"data\": [1, 2,");
      break;
    case ACT_BAD_REQUEST:
      tr_test_respond (msg, SOUP_STATUS_BAD_REQUEST,
                       "{\"errors\":[{\"errorCode\":\"invalidDate\",\"errorMessage\":\"Bad startDate\"}]}");
      break;
    case ACT_DELAYED:
      tr_test_respond_later (msg, 200, SOUP_STATUS_OK, json);
      break;
    case ACT_TRUE:
      tr_test_respond (msg, SOUP_STATUS_OK, "true");
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
api_handler (SoupServer        *server,
             SoupServerMessage *msg,
             const char        *path,
             GHashTable        *query,
             gpointer           user_data)
{
  Fixture *f = user_data;
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  guint index = MIN (f->hits, MAX (f->script_len, 1) - 1);

  if (f->hits < MAX_SCRIPT)
    f->hit_times[f->hits] = g_get_monotonic_time ();
  f->hits++;
  g_free (f->last_authorization);
  f->last_authorization = g_strdup (soup_message_headers_get_one (headers, "Authorization"));
  g_free (f->last_body);
  f->last_body = tr_test_read_body (msg);
  g_assert_cmpstr (soup_message_headers_get_one (headers, "Accept"), ==, "application/json");
  respond_action (f, msg, f->script_len ? f->script[index] : ACT_OK);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->server = tr_test_server_new ();
  soup_server_add_handler (f->server->server, "/oauth2/v0/token", token_handler, f, NULL);
  soup_server_add_handler (f->server->server, "/travelrequest/v4", api_handler, f, NULL);
  f->authorizer = tr_authorizer_new (TR_DATA_CENTER_CUSTOM, f->server->base_url,
                                     "sandbox-client", "cs-SECRET-XYZ");
  tr_authorizer_restore (f->authorizer, "refresh-0-XYZ", NULL, NULL);
  f->client = tr_client_new (f->authorizer);
  tr_client_set_retry_policy (f->client, 4, 20, 100, 5000);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_finalize_object (f->client);
  g_assert_finalize_object (f->authorizer);
  tr_test_server_free (f->server);
  g_free (f->last_authorization);
  g_free (f->last_body);
  if (f->log != NULL)
    g_string_free (f->log, TRUE);
}

static void
set_script (Fixture *f,
            guint    n,
            ...)
{
  va_list args;

  va_start (args, n);
  for (guint i = 0; i < n; i++)
    f->script[i] = va_arg (args, Action);
  va_end (args);
  f->script_len = n;
}

static JsonNode *
send (Fixture     *f,
      const char  *method,
      const char  *path,
      JsonNode    *body,
      GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_client_send_json_async (f->client, method, path, body, NULL, tr_test_store_result, &result);
  return tr_client_send_json_finish (f->client, tr_test_wait_result (&result), error);
}

static void
test_get_ok (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = send (f, "GET", "requests/ABC", NULL, &error);

  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (node), "method"), ==, "GET");
  g_assert_cmpstr (f->last_authorization, ==, "Bearer access-1-XYZ");
  g_assert_cmpuint (f->token_hits, ==, 1);
  g_assert_cmpuint (f->hits, ==, 1);
}

static void
test_put_body (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(JsonNode) body = json_from_string ("{\"name\":\"Trip to Nice\"}", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = send (f, "put", "requests/ABC", body, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (node), "method"), ==, "PUT");
  g_assert_cmpstr (f->last_body, ==, "{\"name\":\"Trip to Nice\"}");
}

static void
test_delete_true (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;

  set_script (f, 1, ACT_TRUE);
  node = send (f, "DELETE", "requests/ABC", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (json_node_get_boolean (node));
}

static void
test_get_retries_then_succeeds (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;

  set_script (f, 4, ACT_UNAVAILABLE, ACT_SERVER_ERROR, ACT_RESET, ACT_OK);
  node = send (f, "GET", "requests", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (node);
  g_assert_cmpuint (f->hits, ==, 4);
  g_assert_cmpuint (f->token_hits, ==, 1);
}

static void
test_put_retries (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(JsonNode) body = json_from_string ("{}", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;

  set_script (f, 2, ACT_SERVER_ERROR, ACT_OK);
  node = send (f, "PUT", "requests/X", body, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (f->hits, ==, 2);
}

static void
test_retry_budget_exhausted (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;

  set_script (f, 1, ACT_SERVER_ERROR);
  node = send (f, "GET", "requests", NULL, &error);
  g_assert_null (node);
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_SERVER);
  g_assert_cmpuint (f->hits, ==, 4);
}

static void
test_reset_exhausted (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;

  set_script (f, 1, ACT_RESET);
  node = send (f, "DELETE", "requests/X", NULL, &error);
  g_assert_null (node);
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_NETWORK);
  g_assert_cmpuint (f->hits, ==, 4);
}

static void
test_post_never_retried (Fixture       *f,
                         gconstpointer  data)
{
  static const Action faults[] = { ACT_UNAVAILABLE, ACT_SERVER_ERROR, ACT_RESET, ACT_TOO_MANY };
  static const TrApiError codes[] = {
    TR_API_ERROR_UNAVAILABLE, TR_API_ERROR_SERVER, TR_API_ERROR_NETWORK, TR_API_ERROR_RATE_LIMITED
  };
  g_autoptr(JsonNode) body = json_from_string ("{\"name\":\"x\"}", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) node = NULL;

      f->hits = 0;
      set_script (f, 2, faults[i], ACT_OK);
      node = send (f, "POST", "requests", body, &error);
      g_assert_null (node);
      g_assert_error (error, TR_API_ERROR, codes[i]);
      g_assert_cmpuint (f->hits, ==, 1);
    }
}

static void
test_retry_after_honoured (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;

  set_script (f, 2, ACT_TOO_MANY, ACT_OK);
  node = send (f, "GET", "requests", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (f->hits, ==, 2);
  /* Retry-After: 1 — the retry came at least (nearly) a second later. */
  g_assert_cmpint (f->hit_times[1] - f->hit_times[0], >=, 900 * 1000);
}

static void
test_retry_after_beyond_budget (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  gint64 start = g_get_monotonic_time ();

  set_script (f, 1, ACT_TOO_MANY_LONG);
  node = send (f, "GET", "requests", NULL, &error);
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_RATE_LIMITED);
  g_assert_cmpstr (tr_api_error_get_retry_after (error), ==, "100");
  g_assert_cmpuint (f->hits, ==, 1);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
}

static gboolean
cancel_soon (gpointer user_data)
{
  g_cancellable_cancel (user_data);
  return G_SOURCE_REMOVE;
}

static void
test_cancel_during_wait (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;

  tr_client_set_retry_policy (f->client, 4, 20, 100, 600000);
  set_script (f, 2, ACT_TOO_MANY_LONG, ACT_OK);
  tr_client_send_json_async (f->client, "GET", "requests", NULL, cancellable,
                             tr_test_store_result, &result);
  g_timeout_add (300, cancel_soon, cancellable);
  node = tr_client_send_json_finish (f->client, tr_test_wait_result (&result), &error);
  g_assert_null (node);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (f->hits, ==, 1);
}

static void
test_unauthorized_refreshes_once (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) body = json_from_string ("{}", NULL);

  /* The first token is refused: one refresh, one repeat, even for POST. */
  set_script (f, 1, ACT_UNAUTHORIZED);
  node = send (f, "POST", "requests", body, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (f->hits, ==, 2);
  g_assert_cmpuint (f->token_hits, ==, 2);
  g_assert_cmpstr (f->last_authorization, ==, "Bearer access-2-XYZ");
}

static void
always_unauthorized (SoupServer        *server,
                     SoupServerMessage *msg,
                     const char        *path,
                     GHashTable        *query,
                     gpointer           user_data)
{
  Fixture *f = user_data;

  f->hits++;
  tr_test_respond (msg, SOUP_STATUS_UNAUTHORIZED, "{\"errors\":[{\"errorCode\":\"invalidUser\"}]}");
}

static void
test_unauthorized_twice_fails (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;

  soup_server_remove_handler (f->server->server, "/travelrequest/v4");
  soup_server_add_handler (f->server->server, "/travelrequest/v4", always_unauthorized, f, NULL);
  node = send (f, "GET", "requests", NULL, &error);
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_UNAUTHORIZED);
  g_assert_cmpstr (tr_api_error_get_server_code (error), ==, "invalidUser");
  g_assert_cmpuint (f->hits, ==, 2);
  g_assert_cmpuint (f->token_hits, ==, 2);
}

static void
test_bad_bodies (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error2 = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) node2 = NULL;

  set_script (f, 2, ACT_MALFORMED, ACT_BAD_REQUEST);
  node = send (f, "GET", "requests", NULL, &error);
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_BAD_RESPONSE);
  node2 = send (f, "GET", "requests", NULL, &error2);
  g_assert_error (error2, TR_API_ERROR, TR_API_ERROR_VALIDATION);
  g_assert_cmpstr (tr_api_error_get_server_code (error2), ==, "invalidDate");
  g_assert_cmpstr (tr_api_error_get_server_message (error2), ==, "Bad startDate");
  g_assert_cmpuint (f->hits, ==, 2);
}

static void
test_delayed_response (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;

  set_script (f, 1, ACT_DELAYED);
  node = send (f, "GET", "requests", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (f->hits, ==, 1);
}

static void
test_not_signed_in (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;

  tr_authorizer_sign_out (f->authorizer);
  node = send (f, "GET", "requests", NULL, &error);
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_UNAUTHORIZED);
  g_assert_cmpuint (f->hits, ==, 0);
  g_assert_cmpuint (f->token_hits, ==, 0);
}

static void
test_refused_href (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;

  node = send (f, "GET", "http://evil.example.com/travelrequest/v4/requests", NULL, &error);
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_INSECURE);
  g_assert_cmpuint (f->hits, ==, 0);
  g_assert_cmpuint (f->token_hits, ==, 0);
}

static void
check_href (TrClient   *client,
            const char *href,
            const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *url = tr_client_resolve_href (client, href, &error);

  if (expected != NULL)
    {
      g_assert_no_error (error);
      g_assert_cmpstr (url, ==, expected);
    }
  else
    {
      g_assert_null (url);
      g_assert_error (error, TR_API_ERROR, TR_API_ERROR_INSECURE);
    }
}

static void
test_href_rules (void)
{
  g_autoptr(TrAuthorizer) authorizer = tr_authorizer_new (TR_DATA_CENTER_US, NULL, "id", "secret");
  g_autoptr(TrClient) client = tr_client_new (authorizer);
  const char *base = "https://us.api.concursolutions.com/travelrequest/v4";

  check_href (client, "requests/ABC?userId=u1", "https://us.api.concursolutions.com/travelrequest/v4/requests/ABC?userId=u1");
  check_href (client, "/requests", "https://us.api.concursolutions.com/travelrequest/v4/requests");
  check_href (client, "https://us.api.concursolutions.com/travelrequest/v4/requests/1",
              "https://us.api.concursolutions.com/travelrequest/v4/requests/1");
  check_href (client, "https://US.api.concursolutions.com:443/travelrequest/v4/requests/1",
              "https://US.api.concursolutions.com:443/travelrequest/v4/requests/1");
  /* Gaps item 2: links without /travelrequest are rebuilt on the base. */
  check_href (client, "https://emea.api.concursolutions.com/v4/requests/1?compact=false",
              "https://us.api.concursolutions.com/travelrequest/v4/requests/1?compact=false");
  check_href (client, "https://sea-raas.concurasp.com/v4/requests/2",
              "https://us.api.concursolutions.com/travelrequest/v4/requests/2");
  /* Gaps item 1: malformed hosts are rebuilt too. */
  check_href (client, "https://https://us.api.concursolutions.com/travelrequest/v4/travelagencies/7",
              "https://us.api.concursolutions.com/travelrequest/v4/travelagencies/7");
  check_href (client, "hhttps://us.api.concursolutions.com/travelrequest/v4/expenses/8",
              "https://us.api.concursolutions.com/travelrequest/v4/expenses/8");
  /* Other hosts, plain http and other ports are refused. */
  check_href (client, "https://evil.example.com/travelrequest/v4/requests/1", NULL);
  check_href (client, "http://us.api.concursolutions.com/travelrequest/v4/requests/1/comments", NULL);
  check_href (client, "https://us.api.concursolutions.com:8443/travelrequest/v4/requests", NULL);
  check_href (client, "https://user@us.api.concursolutions.com/travelrequest/v4/requests",
              "https://us.api.concursolutions.com/travelrequest/v4/requests");
  check_href (client, "https://us.api.concursolutions.com/profile/v1/users/1", NULL);
  check_href (client, "", NULL);
  check_href (client, NULL, NULL);
  check_href (client, "requests/../../oauth2", NULL);
  check_href (client, "requests/a b", NULL);
  g_assert_true (g_str_has_prefix (base, "https://"));
}

static void
test_href_loopback (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *link = g_strconcat (f->server->base_url, "/travelrequest/v4/requests?start=3", NULL);
  g_autofree char *other = g_strdup ("http://127.0.0.1:1/travelrequest/v4/requests");

  check_href (f->client, link, link);
  check_href (f->client, other, NULL);
}

static void
pages_handler (SoupServer        *server,
               SoupServerMessage *msg,
               const char        *path,
               GHashTable        *query,
               gpointer           user_data)
{
  Fixture *f = user_data;
  const char *start_text = query ? g_hash_table_lookup (query, "start") : NULL;
  guint start = start_text ? (guint) g_ascii_strtoull (start_text, NULL, 10) : 0;
  g_autoptr(GString) json = g_string_new ("{\"data\":[");
  const guint total = 250;
  const guint limit = 100;

  f->hits++;
  for (guint i = start; i < MIN (start + limit, total); i++)
    g_string_append_printf (json, "%s{\"id\":\"R%03u\"}", i == start ? "" : ",", i);
  g_string_append (json, "],\"operations\":[");
  g_string_append_printf (json, "{\"rel\":\"first\",\"href\":\"%s/travelrequest/v4/requests?view=ALL&limit=100&start=0\"}",
                          f->server->base_url);
  if (start + limit < total)
    g_string_append_printf (json, ",{\"rel\":\"next\",\"href\":\"%s/travelrequest/v4/requests?view=ALL&limit=100&start=%u\"}",
                            f->server->base_url, start + limit);
  g_string_append (json, "]}");
  tr_test_respond (msg, SOUP_STATUS_OK, json->str);
}

static void
test_paging (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) items = NULL;

  soup_server_remove_handler (f->server->server, "/travelrequest/v4");
  soup_server_add_handler (f->server->server, "/travelrequest/v4/requests", pages_handler, f, NULL);
  tr_client_fetch_pages_async (f->client, "requests?view=ALL&limit=100", NULL,
                               tr_test_store_result, &result);
  items = tr_client_fetch_pages_finish (f->client, tr_test_wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (items), ==, 250);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items, 249), "id"),
                   ==, "R249");
  g_assert_cmpuint (f->hits, ==, 3);
}

static void
evil_pages_handler (SoupServer        *server,
                    SoupServerMessage *msg,
                    const char        *path,
                    GHashTable        *query,
                    gpointer           user_data)
{
  Fixture *f = user_data;

  f->hits++;
  tr_test_respond (msg, SOUP_STATUS_OK,
                   "{\"data\":[{\"id\":\"1\"}],\"operations\":[{\"rel\":\"next\","
                   "\"href\":\"https://evil.example.com/travelrequest/v4/requests?start=1\"}]}");
}

static void
test_paging_refuses_foreign_link (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) items = NULL;

  soup_server_remove_handler (f->server->server, "/travelrequest/v4");
  soup_server_add_handler (f->server->server, "/travelrequest/v4/requests", evil_pages_handler, f, NULL);
  tr_client_fetch_pages_async (f->client, "requests", NULL, tr_test_store_result, &result);
  items = tr_client_fetch_pages_finish (f->client, tr_test_wait_result (&result), &error);
  g_assert_null (items);
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_INSECURE);
  g_assert_cmpuint (f->hits, ==, 1);
}

static void
capture_log (const char     *log_domain,
             GLogLevelFlags  log_level,
             const char     *message,
             gpointer        user_data)
{
  Fixture *f = user_data;

  g_string_append_printf (f->log, "%s\n", message);
}

static void
test_debug_log_redacted (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) body = json_from_string ("{\"comment\":\"ok\",\"password\":\"pw-in-body-XYZ\"}", NULL);
  guint handler;

  f->log = g_string_new (NULL);
  handler = g_log_set_handler ("Tr-http", G_LOG_LEVEL_MASK, capture_log, f);
  g_setenv ("TR_DEBUG", "http", TRUE);

  tr_authorizer_sign_out (f->authorizer);
  tr_authorizer_sign_in_password_async (f->authorizer, "emma.traveler@example.com", "pw-XYZ",
                                        NULL, tr_test_store_result, &result);
  g_assert_true (tr_authorizer_sign_in_password_finish (f->authorizer, tr_test_wait_result (&result),
                                                        &error));
  g_assert_no_error (error);
  node = send (f, "POST", "requests/1/submit?code=query-code-XYZ", body, &error);
  g_assert_no_error (error);

  g_unsetenv ("TR_DEBUG");
  g_log_remove_handler ("Tr-http", handler);

  g_assert_nonnull (strstr (f->log->str, "> POST"));
  g_assert_nonnull (strstr (f->log->str, "/oauth2/v0/token"));
  g_assert_nonnull (strstr (f->log->str, "emma.traveler"));
  g_assert_nonnull (strstr (f->log->str, "Authorization: [REDACTED]"));
  g_assert_nonnull (strstr (f->log->str, "\"comment\":\"ok\""));
  /* Every secret of this test ends in XYZ: none may appear. */
  g_assert_null (strstr (f->log->str, "XYZ"));
}

static void
add (const char *path,
     void (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  add ("/client/get", test_get_ok);
  add ("/client/put-body", test_put_body);
  add ("/client/delete-true", test_delete_true);
  add ("/client/retry/get-succeeds", test_get_retries_then_succeeds);
  add ("/client/retry/put-succeeds", test_put_retries);
  add ("/client/retry/budget-exhausted", test_retry_budget_exhausted);
  add ("/client/retry/reset-exhausted", test_reset_exhausted);
  add ("/client/retry/post-never", test_post_never_retried);
  add ("/client/retry/retry-after", test_retry_after_honoured);
  add ("/client/retry/retry-after-beyond-budget", test_retry_after_beyond_budget);
  add ("/client/retry/cancel-during-wait", test_cancel_during_wait);
  add ("/client/auth/401-refreshes-once", test_unauthorized_refreshes_once);
  add ("/client/auth/401-twice-fails", test_unauthorized_twice_fails);
  add ("/client/auth/not-signed-in", test_not_signed_in);
  add ("/client/bad-bodies", test_bad_bodies);
  add ("/client/delayed-response", test_delayed_response);
  add ("/client/href/refused", test_refused_href);
  add ("/client/href/loopback", test_href_loopback);
  g_test_add_func ("/client/href/rules", test_href_rules);
  add ("/client/paging/250", test_paging);
  add ("/client/paging/foreign-link", test_paging_refuses_foreign_link);
  add ("/client/debug-log-redacted", test_debug_log_redacted);

  return g_test_run ();
}
