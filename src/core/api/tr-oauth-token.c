/* tr-oauth-token.c
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

#define G_LOG_DOMAIN "Tr"

#include <glib/gi18n-lib.h>

#include "tr-api-error.h"
#include "tr-http.h"
#include "tr-oauth-token.h"

/* `refresh_expires_in` below this is a duration, above it an epoch
 * (gaps document, item 23). */
#define EPOCH_THRESHOLD G_GINT64_CONSTANT (1000000000)

static gboolean
set_bad_response (GError     **error,
                  const char  *text)
{
  g_propagate_error (error, tr_api_error_new_full (TR_API_ERROR_BAD_RESPONSE, 0, NULL, NULL, text));
  return FALSE;
}

static const char *
optional_string (JsonObject *object,
                 const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* Reads a count of seconds sent as a string ("3600") or a number. */
static gboolean
read_seconds (JsonObject *object,
              const char *name,
              gint64     *out)
{
  JsonNode *node = json_object_get_member (object, name);
  guint64 value;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    {
      *out = json_node_get_int (node);
      return *out >= 0;
    }
  if (json_node_get_value_type (node) == G_TYPE_STRING
      && g_ascii_string_to_unsigned (json_node_get_string (node), 10, 0, G_MAXINT64, &value, NULL))
    {
      *out = (gint64) value;
      return TRUE;
    }
  return FALSE;
}

static gboolean
read_optional_parts (TrOAuthToken  *token,
                     JsonObject    *object,
                     gint64         now,
                     GError       **error)
{
  const char *id_token = optional_string (object, "id_token");
  gint64 refresh_expires = 0;

  token->refresh_token = g_strdup (optional_string (object, "refresh_token"));
  token->geolocation = g_strdup (optional_string (object, "geolocation"));
  token->scope = g_strdup (optional_string (object, "scope"));
  if (token->geolocation != NULL && !tr_http_check_secure (token->geolocation, NULL))
    return set_bad_response (error, "Token response has an unusable geolocation");

  if (json_object_has_member (object, "refresh_expires_in"))
    {
      if (!read_seconds (object, "refresh_expires_in", &refresh_expires))
        return set_bad_response (error, "Token response has an invalid refresh_expires_in");
      token->refresh_expires_at = refresh_expires < EPOCH_THRESHOLD ? now + refresh_expires
                                                                    : refresh_expires;
    }

  if (id_token != NULL)
    {
      token->user_id = tr_jwt_dup_subject (id_token, error);
      if (token->user_id == NULL)
        return FALSE;
    }
  return TRUE;
}

/**
 * tr_oauth_token_new_from_json:
 * @node: the body of a successful token response
 * @now: the current time, Unix seconds
 * @error: return location for a %TR_API_ERROR_BAD_RESPONSE error
 *
 * Returns: (transfer full) (nullable): the token, or %NULL if @node is
 *   not a usable token response
 */
TrOAuthToken *
tr_oauth_token_new_from_json (JsonNode  *node,
                              gint64     now,
                              GError   **error)
{
  g_autoptr(TrOAuthToken) token = g_new0 (TrOAuthToken, 1);
  const char *token_type;
  JsonObject *object;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return set_bad_response (error, "Token response is not an object"), NULL;
  object = json_node_get_object (node);

  token->access_token = g_strdup (optional_string (object, "access_token"));
  if (token->access_token == NULL || *token->access_token == '\0')
    return set_bad_response (error, "Token response has no access_token"), NULL;

  token_type = optional_string (object, "token_type");
  if (token_type != NULL && g_ascii_strcasecmp (token_type, "Bearer") != 0)
    return set_bad_response (error, "Token response is not a Bearer token"), NULL;

  if (!read_seconds (object, "expires_in", &token->expires_in))
    return set_bad_response (error, "Token response has no valid expires_in"), NULL;

  if (!read_optional_parts (token, object, now, error))
    return NULL;
  return g_steal_pointer (&token);
}

/**
 * tr_oauth_token_free:
 * @token: (transfer full) (nullable): a #TrOAuthToken
 */
void
tr_oauth_token_free (TrOAuthToken *token)
{
  if (token == NULL)
    return;
  g_free (token->access_token);
  g_free (token->refresh_token);
  g_free (token->geolocation);
  g_free (token->user_id);
  g_free (token->scope);
  g_free (token);
}

static guchar *
base64url_decode (const char *text,
                  gsize       length,
                  gsize      *out_length)
{
  g_autoptr(GString) padded = g_string_sized_new (length + 3);

  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];

      if (c == '-')
        c = '+';
      else if (c == '_')
        c = '/';
      else if (!g_ascii_isalnum (c))
        return NULL;
      g_string_append_c (padded, c);
    }
  if (padded->len % 4 == 1)
    return NULL;
  while (padded->len % 4 != 0)
    g_string_append_c (padded, '=');
  return g_base64_decode (padded->str, out_length);
}

/**
 * tr_jwt_dup_subject:
 * @jwt: a JSON Web Token
 * @error: return location for a %TR_API_ERROR_BAD_RESPONSE error
 *
 * Decodes the payload of @jwt and returns its `sub` claim. The signature
 * is not verified: the token came straight from the token endpoint over
 * a secure connection.
 *
 * Returns: (transfer full) (nullable): the subject
 */
char *
tr_jwt_dup_subject (const char  *jwt,
                    GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree guchar *payload = NULL;
  const char *start = jwt ? strchr (jwt, '.') : NULL;
  const char *end = start ? strchr (start + 1, '.') : NULL;
  JsonNode *root;
  gsize length = 0;
  const char *subject;

  if (end == NULL || end == start + 1)
    return set_bad_response (error, "The id_token is not a JWT"), NULL;

  payload = base64url_decode (start + 1, end - start - 1, &length);
  if (payload == NULL || !g_utf8_validate ((const char *) payload, length, NULL)
      || !json_parser_load_from_data (parser, (const char *) payload, length, NULL))
    return set_bad_response (error, "The id_token payload is malformed"), NULL;

  root = json_parser_get_root (parser);
  subject = (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    ? optional_string (json_node_get_object (root), "sub") : NULL;
  if (subject == NULL || *subject == '\0')
    return set_bad_response (error, "The id_token has no subject"), NULL;
  return g_strdup (subject);
}
