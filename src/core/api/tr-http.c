/* tr-http.c
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

#define G_LOG_DOMAIN "Tr-http"

#include <glib/gi18n-lib.h>

#include "tr-api-error.h"
#include "tr-http.h"
#include "tr-json.h"

#define REDACTED "[REDACTED]"

typedef enum
{
  TR_DEBUG_HTTP = 1 << 0,
} TrDebugFlags;

static const GDebugKey debug_keys[] = {
  { "http", TR_DEBUG_HTTP },
};

/* Names whose values are secrets, in JSON bodies … */
static const char * const secret_json_names[] = {
  "access_token", "refresh_token", "client_secret", "password", "id_token", NULL
};

/* … and in form bodies and query strings, where `code` is an OAuth code. */
static const char * const secret_form_names[] = {
  "access_token", "refresh_token", "client_secret", "password", "id_token", "code", NULL
};

static const char * const secret_header_names[] = {
  "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", NULL
};

/**
 * tr_http_uri_is_loopback:
 * @uri: a #GUri
 *
 * Returns: %TRUE if the host of @uri is `localhost` or a loopback address
 */
gboolean
tr_http_uri_is_loopback (GUri *uri)
{
  g_autoptr(GInetAddress) address = NULL;
  const char *host = g_uri_get_host (uri);

  if (host == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (host, "localhost") == 0)
    return TRUE;
  address = g_inet_address_new_from_string (host);
  return address != NULL && g_inet_address_get_is_loopback (address);
}

/**
 * tr_http_check_secure:
 * @url: an absolute URL
 * @error: return location for a %TR_API_ERROR_INSECURE error
 *
 * The transport policy: `https://` anywhere, plain `http://` only to a
 * loopback address (the sandbox).
 *
 * Returns: %TRUE if @url may be used
 */
gboolean
tr_http_check_secure (const char  *url,
                      GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  if (url != NULL)
    uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    {
      g_propagate_error (error, tr_api_error_new_full (TR_API_ERROR_INSECURE, 0, NULL, NULL,
                                                       "Malformed URL"));
      return FALSE;
    }

  scheme = g_uri_get_scheme (uri);
  if (g_ascii_strcasecmp (scheme, "https") == 0
      || (g_ascii_strcasecmp (scheme, "http") == 0 && tr_http_uri_is_loopback (uri)))
    return TRUE;

  g_propagate_error (error, tr_api_error_new_full (TR_API_ERROR_INSECURE, 0, NULL, NULL,
                                                   "Plain HTTP is only allowed to loopback addresses"));
  return FALSE;
}

/**
 * tr_http_parse_json:
 * @body: (nullable): a response body
 * @error: return location for a %TR_API_ERROR_BAD_RESPONSE error
 *
 * Returns: (transfer full): the parsed JSON; a JSON null for an empty body
 */
JsonNode *
tr_http_parse_json (GBytes  *body,
                    GError **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *data = NULL;
  gsize size = 0;

  if (body != NULL)
    data = g_bytes_get_data (body, &size);
  if (size == 0)
    return json_node_new (JSON_NODE_NULL);

  parser = json_parser_new_immutable ();
  if (!g_utf8_validate (data, size, NULL)
      || !json_parser_load_from_data (parser, data, size, &local_error)
      || json_parser_get_root (parser) == NULL
      || !tr_json_node_check (json_parser_get_root (parser), &local_error))
    {
      g_propagate_error (error, tr_api_error_new_full (TR_API_ERROR_BAD_RESPONSE, 0, NULL, NULL,
                                                       local_error ? local_error->message
                                                                   : "Response is not JSON"));
      return NULL;
    }
  return json_parser_steal_root (parser);
}

/**
 * tr_http_parse_response:
 * @message: a #SoupMessage that completed
 * @body: (nullable): its body
 * @error: return location for a #GError
 *
 * The one place where responses are judged: 2xx bodies are parsed as
 * JSON, anything else becomes a %TR_API_ERROR.
 *
 * Returns: (transfer full) (nullable): the JSON body, or %NULL on error
 */
JsonNode *
tr_http_parse_response (SoupMessage  *message,
                        GBytes       *body,
                        GError      **error)
{
  guint status = soup_message_get_status (message);
  const char *retry_after;
  GError *parse_error = NULL;
  JsonNode *node;

  if (status >= 200 && status < 300)
    {
      node = tr_http_parse_json (body, &parse_error);
      if (node == NULL)
        {
          g_propagate_error (error, tr_api_error_new_full (TR_API_ERROR_BAD_RESPONSE, status, NULL,
                                                           NULL, parse_error->message));
          g_error_free (parse_error);
        }
      return node;
    }

  retry_after = soup_message_headers_get_one (soup_message_get_response_headers (message),
                                              "Retry-After");
  g_propagate_error (error, tr_api_error_new_from_response (status, body, retry_after));
  return NULL;
}

/**
 * tr_http_json_get_string:
 * @object: a JSON object from the network or the keyring
 * @name: a member name
 *
 * Unlike json_object_get_string_member_with_default(), never warns
 * when the member has another type.
 *
 * Returns: (nullable): the string value of @name, or %NULL
 */
const char *
tr_http_json_get_string (JsonObject *object,
                         const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/**
 * tr_http_parse_retry_after:
 * @value: (nullable): a `Retry-After` header value
 * @now: the current time
 *
 * Returns: the delay in milliseconds, or -1 if @value is missing or invalid
 */
gint64
tr_http_parse_retry_after (const char *value,
                           GDateTime  *now)
{
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *copy = NULL;
  guint64 seconds;
  GTimeSpan span;

  if (value == NULL)
    return -1;
  value += strspn (value, " \t");
  if (g_ascii_isdigit (*value))
    {
      copy = g_strstrip (g_strdup (value));
      if (!g_ascii_string_to_unsigned (copy, 10, 0, 86400 * 7, &seconds, NULL))
        return -1;
      return (gint64) seconds * 1000;
    }

  when = soup_date_time_new_from_http_string (value);
  if (when == NULL)
    return -1;
  span = g_date_time_difference (when, now);
  return MAX (span, 0) / 1000;
}

/**
 * tr_http_backoff_delay_ms:
 * @attempt: the number of the attempt that failed, starting at 1
 * @base_ms: the delay after the first failure
 * @max_ms: the largest delay
 *
 * Exponential backoff with "equal jitter": half of the exponential delay,
 * plus a random part of up to the other half.
 *
 * Returns: a delay in milliseconds
 */
guint
tr_http_backoff_delay_ms (guint attempt,
                          guint base_ms,
                          guint max_ms)
{
  guint64 delay = base_ms;
  guint half;

  for (guint i = 1; i < attempt && delay < max_ms; i++)
    delay *= 2;
  delay = MIN (delay, (guint64) max_ms);
  half = (guint) (delay / 2);
  return half + (guint) g_random_int_range (0, (gint32) (delay - half) + 1);
}

/**
 * tr_http_debug_enabled:
 *
 * Returns: %TRUE if `TR_DEBUG` contains `http`
 */
gboolean
tr_http_debug_enabled (void)
{
  const char *value = g_getenv ("TR_DEBUG");

  if (value == NULL || *value == '\0')
    return FALSE;
  return (g_parse_debug_string (value, debug_keys, G_N_ELEMENTS (debug_keys)) & TR_DEBUG_HTTP) != 0;
}

static gboolean
name_in (const char         *name,
         const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      return TRUE;
  return FALSE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static char *
redact_form (const char *form)
{
  g_autoptr(GHashTable) params = soup_form_decode (form);
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  g_autoptr(GString) out = g_string_new (NULL);
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, params);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (keys, key);
  g_ptr_array_sort (keys, compare_names);

  for (guint i = 0; i < keys->len; i++)
    {
      const char *name = g_ptr_array_index (keys, i);
      gboolean secret = name_in (name, secret_form_names);
      g_autofree char *escaped = secret ? g_strdup (REDACTED)
                                        : g_uri_escape_string (g_hash_table_lookup (params, name),
                                                               NULL, FALSE);

      g_string_append_printf (out, "%s%s=%s", i ? "&" : "", name, escaped);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * tr_http_redact_uri:
 * @uri: a URL
 *
 * Returns: (transfer full): @uri with the values of secret query
 *   parameters replaced; an unparseable URL is not shown at all
 */
char *
tr_http_redact_uri (const char *uri)
{
  g_autoptr(GUri) parsed = g_uri_parse (uri, G_URI_FLAGS_ENCODED_QUERY, NULL);
  g_autoptr(GUri) redacted = NULL;
  g_autofree char *query = NULL;

  if (parsed == NULL)
    return g_strdup ("[malformed URL]");
  if (g_uri_get_query (parsed) == NULL)
    return g_uri_to_string_partial (parsed, G_URI_HIDE_PASSWORD);

  query = redact_form (g_uri_get_query (parsed));
  redacted = g_uri_build (G_URI_FLAGS_ENCODED_QUERY, g_uri_get_scheme (parsed), NULL,
                          g_uri_get_host (parsed), g_uri_get_port (parsed),
                          g_uri_get_path (parsed), query, g_uri_get_fragment (parsed));
  return g_uri_to_string (redacted);
}

static void
redact_json_node (JsonNode *node);

static void
redact_json_member (JsonObject  *object,
                    const char  *name,
                    JsonNode    *member,
                    gpointer     user_data)
{
  if (name_in (name, secret_json_names) && JSON_NODE_HOLDS_VALUE (member))
    json_node_set_string (member, REDACTED);
  else
    redact_json_node (member);
}

static void
redact_json_element (JsonArray *array,
                     guint      index,
                     JsonNode  *element,
                     gpointer   user_data)
{
  redact_json_node (element);
}

static void
redact_json_node (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    json_object_foreach_member (json_node_get_object (node), redact_json_member, NULL);
  else if (JSON_NODE_HOLDS_ARRAY (node))
    json_array_foreach_element (json_node_get_array (node), redact_json_element, NULL);
}

/**
 * tr_http_redact_body:
 * @body: (nullable): a request or response body
 * @content_type: (nullable): its media type
 *
 * Returns: (transfer full): a printable copy of @body with secrets
 *   replaced; bodies that cannot be parsed are summarised, never shown
 */
char *
tr_http_redact_body (GBytes     *body,
                     const char *content_type)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *text = NULL;
  gsize size = 0;
  const char *data = body ? g_bytes_get_data (body, &size) : NULL;

  if (size == 0)
    return g_strdup ("[empty]");
  if (!g_utf8_validate (data, size, NULL))
    return g_strdup_printf ("[%" G_GSIZE_FORMAT " bytes of binary data]", size);

  text = g_strndup (data, size);
  if (content_type != NULL && g_str_has_prefix (content_type, "application/x-www-form-urlencoded"))
    return redact_form (text);

  if (json_parser_load_from_data (parser, text, -1, NULL) && json_parser_get_root (parser) != NULL)
    {
      redact_json_node (json_parser_get_root (parser));
      return json_to_string (json_parser_get_root (parser), FALSE);
    }
  return g_strdup_printf ("[%" G_GSIZE_FORMAT " bytes of %s, not shown]", size,
                          content_type ? content_type : "unknown data");
}

static char *
format_headers (SoupMessageHeaders *headers)
{
  g_autoptr(GString) out = g_string_new (NULL);
  SoupMessageHeadersIter iter;
  const char *name;
  const char *value;

  soup_message_headers_iter_init (&iter, headers);
  while (soup_message_headers_iter_next (&iter, &name, &value))
    g_string_append_printf (out, "\n  %s: %s", name,
                            name_in (name, secret_header_names) ? REDACTED : value);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * tr_http_log_request:
 * @message: a #SoupMessage about to be sent
 * @body: (nullable): its body
 *
 * With `TR_DEBUG=http`, logs the request with every secret redacted.
 */
void
tr_http_log_request (SoupMessage *message,
                     GBytes      *body)
{
  SoupMessageHeaders *headers = soup_message_get_request_headers (message);
  g_autofree char *plain_uri = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *header_text = NULL;
  g_autofree char *body_text = NULL;

  if (!tr_http_debug_enabled ())
    return;

  plain_uri = g_uri_to_string (soup_message_get_uri (message));
  uri = tr_http_redact_uri (plain_uri);
  header_text = format_headers (headers);
  body_text = tr_http_redact_body (body, soup_message_headers_get_content_type (headers, NULL));
  g_message ("> %s %s%s\n  %s", soup_message_get_method (message), uri, header_text, body_text);
}

/**
 * tr_http_log_response:
 * @message: a #SoupMessage that completed
 * @body: (nullable): the response body
 *
 * With `TR_DEBUG=http`, logs the response with every secret redacted.
 */
void
tr_http_log_response (SoupMessage *message,
                      GBytes      *body)
{
  SoupMessageHeaders *headers = soup_message_get_response_headers (message);
  g_autofree char *plain_uri = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *header_text = NULL;
  g_autofree char *body_text = NULL;

  if (!tr_http_debug_enabled ())
    return;

  plain_uri = g_uri_to_string (soup_message_get_uri (message));
  uri = tr_http_redact_uri (plain_uri);
  header_text = format_headers (headers);
  body_text = tr_http_redact_body (body, soup_message_headers_get_content_type (headers, NULL));
  g_message ("< %u %s %s%s\n  %s", soup_message_get_status (message),
             soup_message_get_method (message), uri, header_text, body_text);
}
