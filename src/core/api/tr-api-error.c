/* tr-api-error.c
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
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "tr-api-error.h"
#include "tr-json.h"

typedef struct
{
  guint  http_status;
  char  *server_code;
  char  *server_message;
  char  *retry_after;
} TrApiErrorPrivate;

static void
tr_api_error_private_init (TrApiErrorPrivate *priv)
{
  priv->http_status = 0;
  priv->server_code = NULL;
  priv->server_message = NULL;
  priv->retry_after = NULL;
}

static void
tr_api_error_private_copy (const TrApiErrorPrivate *src,
                           TrApiErrorPrivate       *dest)
{
  dest->http_status = src->http_status;
  dest->server_code = g_strdup (src->server_code);
  dest->server_message = g_strdup (src->server_message);
  dest->retry_after = g_strdup (src->retry_after);
}

static void
tr_api_error_private_clear (TrApiErrorPrivate *priv)
{
  g_clear_pointer (&priv->server_code, g_free);
  g_clear_pointer (&priv->server_message, g_free);
  g_clear_pointer (&priv->retry_after, g_free);
}

G_DEFINE_EXTENDED_ERROR (TrApiError, tr_api_error)

static TrApiError
code_for_status (guint status)
{
  switch (status)
    {
    case SOUP_STATUS_UNAUTHORIZED:
      return TR_API_ERROR_UNAUTHORIZED;
    case SOUP_STATUS_FORBIDDEN:
      return TR_API_ERROR_FORBIDDEN;
    case SOUP_STATUS_NOT_FOUND:
      return TR_API_ERROR_NOT_FOUND;
    case SOUP_STATUS_CONFLICT:
      return TR_API_ERROR_CONFLICT;
    case 429: /* Too Many Requests */
      return TR_API_ERROR_RATE_LIMITED;
    case SOUP_STATUS_REQUEST_TIMEOUT:
    case SOUP_STATUS_BAD_GATEWAY:
    case SOUP_STATUS_SERVICE_UNAVAILABLE:
    case SOUP_STATUS_GATEWAY_TIMEOUT:
      return TR_API_ERROR_UNAVAILABLE;
    default:
      break;
    }

  if (status >= 400 && status < 500)
    return TR_API_ERROR_VALIDATION;
  if (status >= 500 && status < 600)
    return TR_API_ERROR_SERVER;
  return TR_API_ERROR_BAD_RESPONSE;
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* Reads the first entry of a Concur error body (`{"errors": [...]}`), a bare
 * `{errorCode, errorMessage}` object, or an OAuth error body
 * (`{error, error_description, code}`). Anything else yields nothing. */
static void
read_error_body (JsonObject  *root,
                 char       **code,
                 char       **message)
{
  JsonNode *errors = json_object_get_member (root, "errors");
  JsonNode *oauth_code = json_object_get_member (root, "code");
  JsonObject *entry = root;

  if (errors != NULL && JSON_NODE_HOLDS_ARRAY (errors))
    {
      JsonArray *array = json_node_get_array (errors);
      JsonNode *first;

      if (json_array_get_length (array) == 0)
        return;
      first = json_array_get_element (array, 0);
      if (!JSON_NODE_HOLDS_OBJECT (first))
        return;
      entry = json_node_get_object (first);
    }

  if (member_string (entry, "errorCode") != NULL || member_string (entry, "errorMessage") != NULL)
    {
      *code = g_strdup (member_string (entry, "errorCode"));
      *message = g_strdup (member_string (entry, "errorMessage"));
      return;
    }

  if (oauth_code != NULL && JSON_NODE_HOLDS_VALUE (oauth_code)
      && json_node_get_value_type (oauth_code) == G_TYPE_INT64)
    *code = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (oauth_code));
  else
    *code = g_strdup (member_string (root, "error"));
  *message = g_strdup (member_string (root, "error_description"));
}

/* Parses @body and reads what read_error_body() finds. A body that is not
 * JSON yields nothing; neither does JSON that json-glib accepted although
 * it is not valid (strings with lone surrogate escapes, which would not be
 * UTF-8, or numbers out of range): then @problem says why. */
static void
parse_error_body (GBytes  *body,
                  char   **code,
                  char   **message,
                  char   **problem)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) json_error = NULL;
  gsize size = 0;
  const char *data;
  JsonNode *root;

  if (body == NULL)
    return;
  data = g_bytes_get_data (body, &size);
  if (size == 0 || !g_utf8_validate (data, size, NULL))
    return;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, size, NULL))
    return;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return;
  if (!tr_json_node_check (root, &json_error))
    {
      /* Translators: %s is the JSON parser’s error message */
      *problem = g_strdup_printf (_("The error body is not valid JSON: %s"), json_error->message);
      return;
    }
  read_error_body (json_node_get_object (root), code, message);
}

/**
 * tr_api_error_new_full:
 * @code: the error code
 * @http_status: the HTTP status, or 0
 * @server_code: (nullable): the server's `errorCode`
 * @server_message: (nullable): the server's `errorMessage`
 * @text: the developer-facing message of the error
 *
 * Returns: (transfer full): a new #GError of the %TR_API_ERROR domain
 */
GError *
tr_api_error_new_full (TrApiError  code,
                       guint       http_status,
                       const char *server_code,
                       const char *server_message,
                       const char *text)
{
  GError *error = g_error_new_literal (TR_API_ERROR, code, text);
  TrApiErrorPrivate *priv = tr_api_error_get_private (error);

  priv->http_status = http_status;
  priv->server_code = g_strdup (server_code);
  priv->server_message = g_strdup (server_message);
  return error;
}

/**
 * tr_api_error_new_from_response:
 * @status: the HTTP status of a failed response
 * @body: (nullable): the body of the response
 * @retry_after: (nullable): the `Retry-After` header of the response
 *
 * Maps an unsuccessful HTTP response to a %TR_API_ERROR. The body may be
 * anything, including malformed JSON or HTML: the server's `errorCode` and
 * `errorMessage` are kept when the body is a Concur or OAuth error body.
 *
 * Returns: (transfer full): a new #GError
 */
GError *
tr_api_error_new_from_response (guint       status,
                                GBytes     *body,
                                const char *retry_after)
{
  g_autofree char *server_code = NULL;
  g_autofree char *server_message = NULL;
  g_autofree char *problem = NULL;
  g_autofree char *text = NULL;
  GError *error;

  parse_error_body (body, &server_code, &server_message, &problem);
  text = g_strdup_printf ("HTTP %u %s%s%s%s%s%s%s", status, soup_status_get_phrase (status),
                          server_code ? ": " : "", server_code ? server_code : "",
                          server_message ? ": " : "", server_message ? server_message : "",
                          problem ? " — " : "", problem ? problem : "");
  error = tr_api_error_new_full (code_for_status (status), status,
                                 server_code, server_message, text);
  tr_api_error_get_private (error)->retry_after = g_strdup (retry_after);
  return error;
}

/**
 * tr_api_error_new_from_transport:
 * @error: an error of the transport (GIO, TLS, libsoup, resolver…)
 *
 * Cancellation (%G_IO_ERROR_CANCELLED) is returned as a copy, so that
 * callers can keep telling it apart; everything else becomes
 * %TR_API_ERROR_NETWORK. An error already in the %TR_API_ERROR domain is
 * copied unchanged.
 *
 * Returns: (transfer full): a new #GError
 */
GError *
tr_api_error_new_from_transport (const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || error->domain == TR_API_ERROR)
    return g_error_copy (error);
  return tr_api_error_new_full (TR_API_ERROR_NETWORK, 0, NULL, NULL, error->message);
}

static TrApiErrorPrivate *
get_private_checked (const GError *error)
{
  if (error == NULL || error->domain != TR_API_ERROR)
    return NULL;
  return tr_api_error_get_private (error);
}

/**
 * tr_api_error_get_http_status:
 * @error: a #GError
 *
 * Returns: the HTTP status behind @error, or 0 if there was none
 */
guint
tr_api_error_get_http_status (const GError *error)
{
  TrApiErrorPrivate *priv = get_private_checked (error);

  return priv ? priv->http_status : 0;
}

/**
 * tr_api_error_get_server_code:
 * @error: a #GError
 *
 * Returns: (nullable): the server's `errorCode` (for OAuth errors: the
 *   numeric `code` as a string, else `error`), or %NULL
 */
const char *
tr_api_error_get_server_code (const GError *error)
{
  TrApiErrorPrivate *priv = get_private_checked (error);

  return priv ? priv->server_code : NULL;
}

/**
 * tr_api_error_get_server_message:
 * @error: a #GError
 *
 * Returns: (nullable): the server's `errorMessage`, or %NULL
 */
const char *
tr_api_error_get_server_message (const GError *error)
{
  TrApiErrorPrivate *priv = get_private_checked (error);

  return priv ? priv->server_message : NULL;
}

/**
 * tr_api_error_get_retry_after:
 * @error: a #GError
 *
 * Returns: (nullable): the `Retry-After` header of the response, or %NULL
 */
const char *
tr_api_error_get_retry_after (const GError *error)
{
  TrApiErrorPrivate *priv = get_private_checked (error);

  return priv ? priv->retry_after : NULL;
}

/**
 * tr_api_error_is_transient:
 * @error: a #GError
 *
 * Returns: %TRUE if trying again later may succeed
 */
gboolean
tr_api_error_is_transient (const GError *error)
{
  return g_error_matches (error, TR_API_ERROR, TR_API_ERROR_RATE_LIMITED)
    || g_error_matches (error, TR_API_ERROR, TR_API_ERROR_UNAVAILABLE)
    || g_error_matches (error, TR_API_ERROR, TR_API_ERROR_SERVER)
    || g_error_matches (error, TR_API_ERROR, TR_API_ERROR_NETWORK);
}

static const char *
sentence_for_code (TrApiError code)
{
  switch (code)
    {
    case TR_API_ERROR_UNAUTHORIZED:
      return _("Your sign-in is no longer valid. Please sign in again.");
    case TR_API_ERROR_FORBIDDEN:
      return _("You are not allowed to do this.");
    case TR_API_ERROR_NOT_FOUND:
      return _("This item no longer exists on the server.");
    case TR_API_ERROR_CONFLICT:
      return _("The request cannot move to this step of its workflow.");
    case TR_API_ERROR_VALIDATION:
      return _("The server did not accept the information that was sent.");
    case TR_API_ERROR_RATE_LIMITED:
      return _("The server is busy. Please try again in a moment.");
    case TR_API_ERROR_UNAVAILABLE:
      return _("The service is temporarily unavailable. Please try again later.");
    case TR_API_ERROR_SERVER:
      return _("The server ran into a problem. Please try again later.");
    case TR_API_ERROR_NETWORK:
      return _("The server could not be reached. Check your internet connection.");
    case TR_API_ERROR_BAD_RESPONSE:
      return _("The server sent a response that could not be understood.");
    case TR_API_ERROR_INSECURE:
      return _("The connection was refused because it would not be secure.");
    case TR_API_ERROR_KEYRING_UNAVAILABLE:
      return _("The keyring is not available, so you will stay signed in only until the app is closed.");
    default:
      return NULL;
    }
}

/**
 * tr_api_error_describe:
 * @error: a #GError
 *
 * Builds a translated sentence for the user. When the server sent an
 * `errorMessage`, it is quoted after the sentence.
 *
 * Returns: (transfer full): a sentence for the user
 */
char *
tr_api_error_describe (const GError *error)
{
  const char *sentence = NULL;
  const char *server_message;

  g_return_val_if_fail (error != NULL, NULL);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return g_strdup (_("The operation was cancelled."));
  if (error->domain != TR_API_ERROR)
    /* Translators: %s is an error message */
    return g_strdup_printf (_("Something went wrong: %s"), error->message);

  sentence = sentence_for_code ((TrApiError) error->code);
  if (sentence == NULL)
    /* Translators: %s is an error message */
    return g_strdup_printf (_("Something went wrong: %s"), error->message);

  server_message = tr_api_error_get_server_message (error);
  if (server_message != NULL && *server_message != '\0')
    /* Translators: the first %s is a whole sentence that explains the error; the second is the server’s own message, in the server’s language */
    return g_strdup_printf (_("%s The server said: “%s”"), sentence, server_message);
  return g_strdup (sentence);
}
