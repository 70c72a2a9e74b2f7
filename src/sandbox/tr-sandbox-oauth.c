/* tr-sandbox-oauth.c
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

#define G_LOG_DOMAIN "tr-sandbox-oauth"

#include "tr-sandbox-oauth.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "tr-sandbox-util.h"

#define CODE_TTL 600
#define SCOPE "travelrequest.write"

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static void
send_json (SoupServerMessage *msg,
           guint              status,
           JsonBuilder       *builder)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  char *text = json_to_string (root, FALSE);

  soup_server_message_set_status (msg, status, NULL);
  soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                "Cache-Control", "no-store");
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_TAKE,
                                    text, strlen (text));
}

/* Concur's OAuth error form: error, error_description, numeric code. */
static void
send_oauth_error (SoupServerMessage *msg,
                  const char        *base,
                  guint              status,
                  const char        *error,
                  guint              code,
                  const char        *description)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "error");
  json_builder_add_string_value (builder, error);
  json_builder_set_member_name (builder, "error_description");
  json_builder_add_string_value (builder, description);
  json_builder_set_member_name (builder, "code");
  json_builder_add_int_value (builder, code);
  json_builder_set_member_name (builder, "geolocation");
  json_builder_add_string_value (builder, base);
  json_builder_end_object (builder);
  send_json (msg, status, builder);
}

static char *
new_token (TrSandboxDb *db,
           const char  *kind,
           const char  *user_id,
           const char  *client_id,
           gint64       lifetime,
           const char  *redirect_uri)
{
  g_autofree char *a = g_uuid_string_random ();
  g_autofree char *b = g_uuid_string_random ();
  char *token = g_strconcat (a, b, NULL);

  tr_sandbox_db_run (db, "INSERT INTO tokens (token, kind, user_id, client_id, expires, redirect_uri)"
                         " VALUES (?, ?, ?, ?, ?, ?)", "ssssis",
                     token, kind, user_id, client_id, now_seconds () + lifetime, redirect_uri);
  return token;
}

static char *
base64url (const guchar *data,
           gsize         length)
{
  char *text = g_base64_encode (data, length);

  g_strdelimit (text, "+", '-');
  g_strdelimit (text, "/", '_');
  g_strdelimit (text, "=", '\0');
  return text;
}

static char *
build_id_token (const char *base,
                const char *client_id,
                const char *secret,
                const char *user_id)
{
  g_autofree char *payload = g_strdup_printf (
    "{\"aud\":\"%s\",\"sub\":\"%s\",\"iss\":\"%s\",\"iat\":%" G_GINT64_FORMAT ","
    "\"nbf\":%" G_GINT64_FORMAT ",\"exp\":%" G_GINT64_FORMAT ",\"concur.type\":\"user\","
    "\"concur.version\":2,\"concur.profile\":\"%s/profile/v1/users/%s\"}",
    client_id, user_id, base, now_seconds (), now_seconds (), now_seconds () + 3600,
    base, user_id);
  const char *header = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
  g_autofree char *head64 = base64url ((const guchar *) header, strlen (header));
  g_autofree char *body64 = base64url ((const guchar *) payload, strlen (payload));
  g_autofree char *signing_input = g_strconcat (head64, ".", body64, NULL);
  g_autoptr(GHmac) hmac = g_hmac_new (G_CHECKSUM_SHA256, (const guchar *) secret, strlen (secret));
  guint8 digest[32];
  gsize digest_len = sizeof digest;
  g_autofree char *sig64 = NULL;

  g_hmac_update (hmac, (const guchar *) signing_input, -1);
  g_hmac_get_digest (hmac, digest, &digest_len);
  sig64 = base64url (digest, digest_len);
  return g_strconcat (signing_input, ".", sig64, NULL);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

/* Issues a token pair; @user_id NULL makes an app (company) token. */
static void
send_tokens (SoupServerMessage *msg,
             TrSandboxDb       *db,
             const char        *base,
             guint              token_ttl,
             const char        *client_id,
             const char        *secret,
             const char        *user_id)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *access = new_token (db, "access", user_id, client_id, token_ttl, NULL);
  g_autofree char *ttl = g_strdup_printf ("%u", token_ttl);

  json_builder_begin_object (builder);
  add_string (builder, "expires_in", ttl);
  add_string (builder, "scope", SCOPE);
  add_string (builder, "token_type", "Bearer");
  add_string (builder, "access_token", access);
  if (user_id != NULL)
    {
      g_autofree char *refresh = new_token (db, "refresh", user_id, client_id, TR_SANDBOX_REFRESH_TTL, NULL);
      g_autofree char *refresh_expires = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                          now_seconds () + TR_SANDBOX_REFRESH_TTL);
      g_autofree char *id_token = build_id_token (base, client_id, secret, user_id);

      add_string (builder, "refresh_token", refresh);
      add_string (builder, "refresh_expires_in", refresh_expires);
      add_string (builder, "id_token", id_token);
    }
  add_string (builder, "geolocation", base);
  json_builder_end_object (builder);
  send_json (msg, 200, builder);
}

static char *
check_password (TrSandboxDb *db,
                const char  *username,
                const char  *password)
{
  g_autoptr(sqlite3_stmt) stmt =
    tr_sandbox_db_query (db, "SELECT id FROM users WHERE login = ? AND password = ?",
                         "ss", username, password);

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return g_strdup (tr_sandbox_db_text (stmt, 0));
}

/* Takes (consumes) a token of @kind; returns its user, or NULL. */
static char *
take_token (TrSandboxDb *db,
            const char  *kind,
            const char  *token,
            const char  *client_id,
            char       **redirect_uri_out)
{
  g_autoptr(sqlite3_stmt) stmt =
    tr_sandbox_db_query (db, "SELECT user_id, redirect_uri FROM tokens WHERE token = ?"
                             " AND kind = ? AND client_id = ? AND expires > ?",
                         "sssi", token, kind, client_id, now_seconds ());
  char *user_id;

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  user_id = g_strdup (tr_sandbox_db_text (stmt, 0));
  if (redirect_uri_out != NULL)
    *redirect_uri_out = g_strdup (tr_sandbox_db_text (stmt, 1));
  tr_sandbox_db_run (db, "DELETE FROM tokens WHERE token = ?", "s", token);
  return user_id;
}

static void
grant_password (SoupServerMessage *msg,
                TrSandboxDb       *db,
                const char        *base,
                guint              ttl,
                GHashTable        *form)
{
  const char *client_id = g_hash_table_lookup (form, "client_id");
  const char *credtype = g_hash_table_lookup (form, "credtype");
  const char *username = g_hash_table_lookup (form, "username");
  const char *password = g_hash_table_lookup (form, "password");
  g_autofree char *user_id = NULL;

  if (credtype != NULL && !g_str_equal (credtype, "password"))
    {
      send_oauth_error (msg, base, 400, "invalid_request", 120, _("Unsupported credtype."));
      return;
    }
  if (username == NULL || *username == '\0')
    {
      send_oauth_error (msg, base, 400, "invalid_request", 51, _("The username is missing."));
      return;
    }
  if (password == NULL || *password == '\0')
    {
      send_oauth_error (msg, base, 400, "invalid_request", 52, _("The password is missing."));
      return;
    }
  user_id = check_password (db, username, password);
  if (user_id == NULL)
    {
      send_oauth_error (msg, base, 401, "invalid_grant", 5, _("Incorrect Credentials. Please Retry"));
      return;
    }
  send_tokens (msg, db, base, ttl, client_id, g_hash_table_lookup (form, "client_secret"), user_id);
}

/* Refresh tokens rotate: the presented one is consumed. */
static void
grant_refresh (SoupServerMessage *msg,
               TrSandboxDb       *db,
               const char        *base,
               guint              ttl,
               GHashTable        *form)
{
  const char *client_id = g_hash_table_lookup (form, "client_id");
  const char *refresh = g_hash_table_lookup (form, "refresh_token");
  g_autofree char *user_id = NULL;

  if (refresh == NULL || *refresh == '\0')
    {
      send_oauth_error (msg, base, 400, "invalid_request", 106, _("The refresh_token is missing."));
      return;
    }
  user_id = take_token (db, "refresh", refresh, client_id, NULL);
  if (user_id == NULL)
    {
      send_oauth_error (msg, base, 401, "invalid_grant", 108,
                               _("The refresh token is invalid or expired."));
      return;
    }
  send_tokens (msg, db, base, ttl, client_id, g_hash_table_lookup (form, "client_secret"), user_id);
}

static void
grant_code (SoupServerMessage *msg,
            TrSandboxDb       *db,
            const char        *base,
            guint              ttl,
            GHashTable        *form)
{
  const char *client_id = g_hash_table_lookup (form, "client_id");
  const char *code = g_hash_table_lookup (form, "code");
  const char *redirect_uri = g_hash_table_lookup (form, "redirect_uri");
  g_autofree char *expected_uri = NULL;
  g_autofree char *user_id = NULL;

  if (code == NULL || *code == '\0')
    {
      send_oauth_error (msg, base, 400, "invalid_request", 101, _("The code is missing."));
      return;
    }
  if (redirect_uri == NULL || *redirect_uri == '\0')
    {
      send_oauth_error (msg, base, 400, "invalid_request", 102, _("The redirect_uri is missing."));
      return;
    }
  user_id = take_token (db, "code", code, client_id, &expected_uri);
  if (user_id == NULL)
    {
      send_oauth_error (msg, base, 401, "invalid_grant", 103, _("The code is invalid or expired."));
      return;
    }
  if (g_strcmp0 (expected_uri, redirect_uri) != 0)
    {
      send_oauth_error (msg, base, 401, "invalid_grant", 104,
                               _("The redirect_uri does not match the authorization request."));
      return;
    }
  send_tokens (msg, db, base, ttl, client_id, g_hash_table_lookup (form, "client_secret"), user_id);
}

static gboolean
check_client (SoupServerMessage *msg,
              TrSandboxDb       *db,
              const char        *base,
              GHashTable        *form)
{
  const char *client_id = g_hash_table_lookup (form, "client_id");
  const char *secret = g_hash_table_lookup (form, "client_secret");

  if (client_id == NULL || *client_id == '\0')
    send_oauth_error (msg, base, 400, "invalid_request", 62, _("The client_id is missing."));
  else if (secret == NULL || *secret == '\0')
    send_oauth_error (msg, base, 400, "invalid_request", 63, _("The client_secret is missing."));
  else if (tr_sandbox_db_count (db, "SELECT COUNT(*) FROM clients WHERE id = ?", "s", client_id) == 0)
    send_oauth_error (msg, base, 401, "invalid_client", 61, _("The client is not found."));
  else if (tr_sandbox_db_count (db, "SELECT COUNT(*) FROM clients WHERE id = ? AND secret = ?",
                                "ss", client_id, secret) == 0)
    send_oauth_error (msg, base, 401, "invalid_client", 5, _("Incorrect Credentials. Please Retry"));
  else
    return TRUE;
  return FALSE;
}

static GHashTable *
decode_form (SoupServerMessage *msg)
{
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  const char *type = soup_message_headers_get_content_type (headers, NULL);
  SoupMessageBody *body = soup_server_message_get_request_body (msg);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  gsize size;
  const char *data;

  if (g_strcmp0 (type, "application/x-www-form-urlencoded") != 0 || body == NULL)
    return NULL;
  bytes = soup_message_body_flatten (body);
  data = g_bytes_get_data (bytes, &size);
  if (size > 64 * 1024 || (data != NULL && memchr (data, '\0', size) != NULL))
    return NULL;
  text = g_strndup (data ? data : "", size);
  return soup_form_decode (text);
}

void
tr_sandbox_oauth_handle_token (SoupServerMessage *msg,
                               TrSandboxDb       *db,
                               const char        *base,
                               guint              token_ttl)
{
  g_autoptr(GHashTable) form = NULL;
  const char *grant;

  if (!g_str_equal (soup_server_message_get_method (msg), "POST"))
    {
      send_oauth_error (msg, base, 405, "invalid_request", 135, _("Use POST on the token endpoint."));
      return;
    }
  form = decode_form (msg);
  if (form == NULL)
    {
      send_oauth_error (msg, base, 400, "invalid_request", 135, _("Unsupported request format."));
      return;
    }
  grant = g_hash_table_lookup (form, "grant_type");
  if (grant == NULL || *grant == '\0')
    {
      send_oauth_error (msg, base, 400, "invalid_request", 65, _("The grant_type is missing."));
      return;
    }
  if (!check_client (msg, db, base, form))
    return;
  if (g_str_equal (grant, "password"))
    grant_password (msg, db, base, token_ttl, form);
  else if (g_str_equal (grant, "refresh_token"))
    grant_refresh (msg, db, base, token_ttl, form);
  else if (g_str_equal (grant, "authorization_code"))
    grant_code (msg, db, base, token_ttl, form);
  else if (g_str_equal (grant, "client_credentials"))
    send_tokens (msg, db, base, token_ttl, g_hash_table_lookup (form, "client_id"), NULL, NULL);
  else
    send_oauth_error (msg, base, 400, "unsupported_grant_type", 60, _("Wrong grant type."));
}

gboolean
tr_sandbox_oauth_authenticate (TrSandboxDb  *db,
                               const char   *authorization,
                               char        **user_id_out,
                               gboolean     *company_out)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *token;

  if (authorization == NULL || g_ascii_strncasecmp (authorization, "Bearer ", 7) != 0)
    return FALSE;
  token = authorization + 7;
  while (*token == ' ')
    token++;
  stmt = tr_sandbox_db_query (db, "SELECT user_id FROM tokens WHERE token = ? AND kind = 'access'"
                                  " AND expires > ?", "si", token, now_seconds ());
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return FALSE;
  *user_id_out = g_strdup (tr_sandbox_db_text (stmt, 0));
  *company_out = *user_id_out == NULL;
  return TRUE;
}
