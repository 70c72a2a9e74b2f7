/* test-authorizer.c
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
#include "tr-authorizer.h"

typedef struct
{
  TrTestServer *server;
  TrTestServer *other;
  TrAuthorizer *authorizer;
  SoupSession  *browser;
  gint64        now;
  guint         token_hits;
  guint         other_hits;
  guint         rotations;
  guint         delay_ms;
  const char   *expires_in;
  const char   *forced_state;
  gboolean      deny;
  gboolean      malformed;
  char         *last_grant;
} Fixture;

static gint64
fake_clock (gpointer user_data)
{
  Fixture *f = user_data;

  return f->now;
}

static void
refresh_token_changed_cb (TrAuthorizer *authorizer,
                          gpointer      user_data)
{
  Fixture *f = user_data;

  f->rotations++;
}

static void
check_grant (Fixture    *f,
             GHashTable *form)
{
  const char *grant = g_hash_table_lookup (form, "grant_type");

  g_assert_cmpstr (g_hash_table_lookup (form, "client_id"), ==, "sandbox-client");
  g_assert_cmpstr (g_hash_table_lookup (form, "client_secret"), ==, "sandbox-secret");
  if (g_strcmp0 (grant, "password") == 0)
    {
      g_assert_cmpstr (g_hash_table_lookup (form, "username"), ==, "emma.traveler@example.com");
      g_assert_cmpstr (g_hash_table_lookup (form, "credtype"), ==, "password");
    }
  else if (g_strcmp0 (grant, "refresh_token") == 0)
    g_assert_nonnull (g_hash_table_lookup (form, "refresh_token"));
  else if (g_strcmp0 (grant, "authorization_code") == 0)
    {
      g_assert_cmpstr (g_hash_table_lookup (form, "code"), ==, "the-code");
      g_assert_true (g_str_has_prefix (g_hash_table_lookup (form, "redirect_uri"), "http://127.0.0.1:"));
    }
  else
    g_assert_not_reached ();
  g_free (f->last_grant);
  f->last_grant = g_strdup (grant);
}

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
  check_grant (f, form);
  if (g_strcmp0 (g_hash_table_lookup (form, "password"), "wrong") == 0
      || g_strcmp0 (g_hash_table_lookup (form, "refresh_token"), "revoked") == 0)
    {
      tr_test_respond (msg, SOUP_STATUS_BAD_REQUEST,
                       "{\"error\":\"invalid_grant\",\"error_description\":\"Incorrect Credentials. Please Retry\",\"code\":5}");
      return;
    }
  if (f->malformed)
    {
      tr_test_respond (msg, SOUP_STATUS_OK, "{\"access_token\":\"x\"}");
      return;
    }

  access = g_strdup_printf ("access-%u", f->token_hits);
  refresh = g_strdup_printf ("refresh-%u", f->token_hits);
  json = tr_test_token_json (access, refresh, f->server->base_url,
                             f->expires_in ? f->expires_in : "\"3600\"");
  if (f->delay_ms > 0)
    tr_test_respond_later (msg, f->delay_ms, SOUP_STATUS_OK, json);
  else
    tr_test_respond (msg, SOUP_STATUS_OK, json);
}

static void
authorize_handler (SoupServer        *server,
                   SoupServerMessage *msg,
                   const char        *path,
                   GHashTable        *query,
                   gpointer           user_data)
{
  Fixture *f = user_data;
  const char *redirect_uri = g_hash_table_lookup (query, "redirect_uri");
  const char *state = f->forced_state ? f->forced_state : g_hash_table_lookup (query, "state");
  g_autofree char *location = NULL;

  g_assert_cmpstr (g_hash_table_lookup (query, "response_type"), ==, "code");
  g_assert_cmpstr (g_hash_table_lookup (query, "client_id"), ==, "sandbox-client");
  g_assert_nonnull (g_hash_table_lookup (query, "scope"));
  g_assert_cmpuint (strlen (g_hash_table_lookup (query, "state")), >=, 32);
  if (f->deny)
    location = g_strdup_printf ("%s?error=access_denied&error_description=No&state=%s",
                                redirect_uri, state);
  else
    location = g_strdup_printf ("%s?code=the-code&state=%s&geolocation=%s",
                                redirect_uri, state, f->server->base_url);
  soup_server_message_set_redirect (msg, SOUP_STATUS_FOUND, location);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->now = G_GINT64_CONSTANT (1795000000) * G_USEC_PER_SEC;
  f->server = tr_test_server_new ();
  soup_server_add_handler (f->server->server, "/oauth2/v0/token", token_handler, f, NULL);
  soup_server_add_handler (f->server->server, "/oauth2/v0/authorize", authorize_handler, f, NULL);
  f->authorizer = tr_authorizer_new (TR_DATA_CENTER_CUSTOM, f->server->base_url,
                                     "sandbox-client", "sandbox-secret");
  tr_authorizer_set_clock (f->authorizer, fake_clock, f);
  g_signal_connect (f->authorizer, "refresh-token-changed", G_CALLBACK (refresh_token_changed_cb), f);
  f->browser = soup_session_new ();
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  soup_session_abort (f->browser);
  g_clear_object (&f->browser);
  g_assert_finalize_object (f->authorizer);
  tr_test_server_free (f->server);
  if (f->other != NULL)
    tr_test_server_free (f->other);
  g_free (f->last_grant);
}

static gboolean
sign_in_password (Fixture     *f,
                  const char  *password,
                  GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_authorizer_sign_in_password_async (f->authorizer, "emma.traveler@example.com", password,
                                        NULL, tr_test_store_result, &result);
  return tr_authorizer_sign_in_password_finish (f->authorizer, tr_test_wait_result (&result), error);
}

static char *
ensure (Fixture  *f,
        GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_authorizer_ensure_token_async (f->authorizer, NULL, tr_test_store_result, &result);
  return tr_authorizer_ensure_token_finish (f->authorizer, tr_test_wait_result (&result), error);
}

static void
test_password (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;
  g_autofree char *refresh = NULL;

  g_assert_false (tr_authorizer_get_signed_in (f->authorizer));
  g_assert_true (sign_in_password (f, "sandbox", &error));
  g_assert_no_error (error);
  g_assert_true (tr_authorizer_get_signed_in (f->authorizer));
  g_assert_cmpstr (f->last_grant, ==, "password");
  g_assert_cmpstr (tr_authorizer_get_user_id (f->authorizer), ==, "c0d9894b-98e2-48d5-86f9-1decde90dd15");
  g_assert_cmpstr (tr_authorizer_get_geolocation (f->authorizer), ==, f->server->base_url);
  g_assert_cmpint (tr_authorizer_get_refresh_expires_at (f->authorizer), ==, 1900000000);
  refresh = tr_authorizer_dup_refresh_token (f->authorizer);
  g_assert_cmpstr (refresh, ==, "refresh-1");
  g_assert_cmpuint (f->rotations, ==, 1);

  /* A fresh token is handed out without another request. */
  token = ensure (f, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (token, ==, "access-1");
  g_assert_cmpuint (f->token_hits, ==, 1);
}

static void
test_password_wrong (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_false (sign_in_password (f, "wrong", &error));
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_UNAUTHORIZED);
  g_assert_cmpstr (tr_api_error_get_server_code (error), ==, "5");
  g_assert_cmpstr (tr_api_error_get_server_message (error), ==, "Incorrect Credentials. Please Retry");
  text = tr_api_error_describe (error);
  g_assert_nonnull (strstr (text, "Incorrect Credentials"));
  g_assert_false (tr_authorizer_get_signed_in (f->authorizer));
  g_assert_cmpuint (f->rotations, ==, 0);
}

static void
test_malformed_token (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->malformed = TRUE;
  g_assert_false (sign_in_password (f, "sandbox", &error));
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_BAD_RESPONSE);
  g_assert_false (tr_authorizer_get_signed_in (f->authorizer));
}

static void
elsewhere_handler (SoupServer        *server,
                   SoupServerMessage *msg,
                   const char        *path,
                   GHashTable        *query,
                   gpointer           user_data)
{
  Fixture *f = user_data;
  g_autofree char *json = g_strdup_printf ("{\"error\":\"invalid_grant\",\"error_description\":"
                                           "\"User lives elsewhere\",\"code\":16,"
                                           "\"geolocation\":\"%s\"}", f->server->base_url);

  f->other_hits++;
  tr_test_respond (msg, SOUP_STATUS_BAD_REQUEST, json);
}

static void
test_geolocation_redirect (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* Sign in at "other", which answers error 16 pointing at "server". */
  f->other = tr_test_server_new ();
  soup_server_add_handler (f->other->server, "/oauth2/v0/token", elsewhere_handler, f, NULL);
  g_clear_object (&f->authorizer);
  f->authorizer = tr_authorizer_new (TR_DATA_CENTER_CUSTOM, f->other->base_url,
                                     "sandbox-client", "sandbox-secret");
  g_assert_true (sign_in_password (f, "sandbox", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->other_hits, ==, 1);
  g_assert_cmpuint (f->token_hits, ==, 1);
  g_assert_cmpstr (tr_authorizer_get_geolocation (f->authorizer), ==, f->server->base_url);
  g_assert_cmpstr (tr_authorizer_get_base_url (f->authorizer), ==, f->other->base_url);
}

static void
test_geolocation_redirect_once (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* The server keeps sending the user to itself: only one retry. */
  soup_server_remove_handler (f->server->server, "/oauth2/v0/token");
  g_clear_object (&f->authorizer);
  f->authorizer = tr_authorizer_new (TR_DATA_CENTER_CUSTOM, f->server->base_url,
                                     "sandbox-client", "sandbox-secret");
  soup_server_add_handler (f->server->server, "/oauth2/v0/token", elsewhere_handler, f, NULL);
  g_assert_false (sign_in_password (f, "sandbox", &error));
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_UNAUTHORIZED);
  g_assert_cmpstr (tr_api_error_get_server_code (error), ==, "16");
  g_assert_cmpuint (f->other_hits, ==, 2);
}

static void
test_concurrent_refresh (Fixture       *f,
                         gconstpointer  data)
{
  GAsyncResult *results[5] = { NULL, };

  tr_authorizer_restore (f->authorizer, "stored-refresh", f->server->base_url, "uid");
  f->delay_ms = 200;
  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    tr_authorizer_ensure_token_async (f->authorizer, NULL, tr_test_store_result, &results[i]);

  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *token = tr_authorizer_ensure_token_finish (f->authorizer,
                                                                  tr_test_wait_result (&results[i]),
                                                                  &error);

      g_assert_no_error (error);
      g_assert_cmpstr (token, ==, "access-1");
      g_clear_object (&results[i]);
    }
  g_assert_cmpuint (f->token_hits, ==, 1);
  g_assert_cmpstr (f->last_grant, ==, "refresh_token");
  g_assert_cmpuint (f->rotations, ==, 1);
}

static void
test_expiry_and_rotation (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *t1 = NULL;
  g_autofree char *t2 = NULL;
  g_autofree char *t3 = NULL;
  g_autofree char *refresh = NULL;

  g_assert_true (sign_in_password (f, "sandbox", &error));
  f->now += (gint64) 2999 * G_USEC_PER_SEC;        /* 601 s left: still fresh */
  t1 = ensure (f, &error);
  g_assert_cmpstr (t1, ==, "access-1");
  g_assert_cmpuint (f->token_hits, ==, 1);

  f->now += 2 * G_USEC_PER_SEC;             /* under 10 minutes: refresh */
  t2 = ensure (f, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (t2, ==, "access-2");
  g_assert_cmpstr (f->last_grant, ==, "refresh_token");
  refresh = tr_authorizer_dup_refresh_token (f->authorizer);
  g_assert_cmpstr (refresh, ==, "refresh-2");
  g_assert_cmpuint (f->rotations, ==, 2);

  /* After a 401 the refused token is dropped and refreshed once. */
  tr_authorizer_invalidate_access_token (f->authorizer, "access-1");   /* stale: ignored */
  tr_authorizer_invalidate_access_token (f->authorizer, "access-2");
  t3 = ensure (f, &error);
  g_assert_cmpstr (t3, ==, "access-3");
  g_assert_cmpuint (f->token_hits, ==, 3);
}

static void
test_short_ttl (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *t1 = NULL;
  g_autofree char *t2 = NULL;

  f->expires_in = "2";
  g_assert_true (sign_in_password (f, "sandbox", &error));
  t1 = ensure (f, &error);
  g_assert_cmpstr (t1, ==, "access-1");
  f->now += 1500 * 1000;
  t2 = ensure (f, &error);
  g_assert_cmpstr (t2, ==, "access-2");
}

static void
test_refresh_revoked (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;

  tr_authorizer_restore (f->authorizer, "revoked", NULL, NULL);
  token = ensure (f, &error);
  g_assert_null (token);
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_UNAUTHORIZED);
  g_assert_cmpuint (f->rotations, ==, 0);
}

static void
test_not_signed_in (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *token = ensure (f, &error);

  g_assert_null (token);
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_UNAUTHORIZED);
  g_assert_cmpuint (f->token_hits, ==, 0);
}

static void
test_insecure_base (void)
{
  g_autoptr(TrAuthorizer) authorizer = tr_authorizer_new (TR_DATA_CENTER_CUSTOM, "http://example.com",
                                                          "id", "secret");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  tr_authorizer_sign_in_password_async (authorizer, "u", "p", NULL, tr_test_store_result, &result);
  g_assert_false (tr_authorizer_sign_in_password_finish (authorizer, tr_test_wait_result (&result), &error));
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_INSECURE);
}

static void
test_data_centers (void)
{
  static const struct {
    TrDataCenter dc;
    const char *base;
  } cases[] = {
    { TR_DATA_CENTER_US, "https://us.api.concursolutions.com" },
    { TR_DATA_CENTER_EMEA, "https://emea.api.concursolutions.com" },
    { TR_DATA_CENTER_CHINA, "https://cn.api.concurcdc.cn" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TrAuthorizer) authorizer = tr_authorizer_new (cases[i].dc, NULL, "id", "secret");

      g_assert_cmpstr (tr_authorizer_get_base_url (authorizer), ==, cases[i].base);
      g_assert_cmpstr (tr_authorizer_get_geolocation (authorizer), ==, cases[i].base);
      g_assert_cmpint (tr_authorizer_get_data_center (authorizer), ==, cases[i].dc);
      /* A stored geolocation moves the base, an insecure one is ignored. */
      tr_authorizer_restore (authorizer, "r", "https://us2.api.concursolutions.com", NULL);
      g_assert_cmpstr (tr_authorizer_get_geolocation (authorizer), ==, "https://us2.api.concursolutions.com");
      tr_authorizer_restore (authorizer, "r", "http://evil.example.com", NULL);
      g_assert_cmpstr (tr_authorizer_get_geolocation (authorizer), ==, cases[i].base);
    }
}

static void
browser_fetched (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GBytes) body = soup_session_send_and_read_finish (SOUP_SESSION (source), result, NULL);
}

static gboolean
launch_uri_cb (TrAuthorizer *authorizer,
               const char   *uri,
               gpointer      user_data)
{
  Fixture *f = user_data;
  g_autofree char *prefix = g_strconcat (f->server->base_url, "/oauth2/v0/authorize?", NULL);
  g_autoptr(SoupMessage) message = soup_message_new ("GET", uri);

  /* The fake browser follows the authorize page's redirect to the app. */
  g_assert_true (g_str_has_prefix (uri, prefix));
  soup_session_send_and_read_async (f->browser, message, G_PRIORITY_DEFAULT, NULL,
                                    browser_fetched, f);
  return TRUE;
}

static gboolean
sign_in_browser (Fixture       *f,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_authorizer_sign_in_browser_async (f->authorizer, cancellable, tr_test_store_result, &result);
  return tr_authorizer_sign_in_browser_finish (f->authorizer, tr_test_wait_result (&result), error);
}

static void
test_browser (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_signal_connect (f->authorizer, "launch-uri", G_CALLBACK (launch_uri_cb), f);
  g_assert_true (sign_in_browser (f, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (f->last_grant, ==, "authorization_code");
  g_assert_true (tr_authorizer_get_signed_in (f->authorizer));
  g_assert_cmpuint (f->rotations, ==, 1);
}

static void
test_browser_wrong_state (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->forced_state = "forged-state";
  g_signal_connect (f->authorizer, "launch-uri", G_CALLBACK (launch_uri_cb), f);
  g_assert_false (sign_in_browser (f, NULL, &error));
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_UNAUTHORIZED);
  g_assert_cmpuint (f->token_hits, ==, 0);
  g_assert_false (tr_authorizer_get_signed_in (f->authorizer));
}

static void
test_browser_denied (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->deny = TRUE;
  g_signal_connect (f->authorizer, "launch-uri", G_CALLBACK (launch_uri_cb), f);
  g_assert_false (sign_in_browser (f, NULL, &error));
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_UNAUTHORIZED);
  g_assert_cmpstr (tr_api_error_get_server_code (error), ==, "access_denied");
  g_assert_cmpuint (f->token_hits, ==, 0);
}

static gboolean
ignore_launch_cb (TrAuthorizer *authorizer,
                  const char   *uri,
                  gpointer      user_data)
{
  g_cancellable_cancel (user_data);
  return TRUE;
}

static void
test_browser_cancelled (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_signal_connect (f->authorizer, "launch-uri", G_CALLBACK (ignore_launch_cb), cancellable);
  g_assert_false (sign_in_browser (f, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
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

  add ("/authorizer/password", test_password);
  add ("/authorizer/password-wrong", test_password_wrong);
  add ("/authorizer/malformed-token", test_malformed_token);
  add ("/authorizer/geolocation-redirect", test_geolocation_redirect);
  add ("/authorizer/geolocation-redirect-once", test_geolocation_redirect_once);
  add ("/authorizer/concurrent-refresh", test_concurrent_refresh);
  add ("/authorizer/expiry-and-rotation", test_expiry_and_rotation);
  add ("/authorizer/short-ttl", test_short_ttl);
  add ("/authorizer/refresh-revoked", test_refresh_revoked);
  add ("/authorizer/not-signed-in", test_not_signed_in);
  add ("/authorizer/browser", test_browser);
  add ("/authorizer/browser-wrong-state", test_browser_wrong_state);
  add ("/authorizer/browser-denied", test_browser_denied);
  add ("/authorizer/browser-cancelled", test_browser_cancelled);
  g_test_add_func ("/authorizer/insecure-base", test_insecure_base);
  g_test_add_func ("/authorizer/data-centers", test_data_centers);

  return g_test_run ();
}
