/* tr-account-record.c
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

#include <json-glib/json-glib.h>

#include "tr-account-record.h"
#include "tr-api-error.h"
#include "tr-http.h"

/* Bump when the stored format changes; older records are then refused
 * and the user signs in again. */
#define RECORD_GENERATION 1

/**
 * tr_account_record_new:
 * @user_id: the user id
 * @base_url: the configured base URL
 * @refresh_token: the refresh token
 * @geolocation: (nullable): the geolocation
 * @display_name: (nullable): the display name
 *
 * Returns: (transfer full): a new #TrAccountRecord
 */
TrAccountRecord *
tr_account_record_new (const char *user_id,
                       const char *base_url,
                       const char *refresh_token,
                       const char *geolocation,
                       const char *display_name)
{
  TrAccountRecord *record = g_new0 (TrAccountRecord, 1);

  record->user_id = g_strdup (user_id);
  record->base_url = g_strdup (base_url);
  record->refresh_token = g_strdup (refresh_token);
  record->geolocation = g_strdup (geolocation);
  record->display_name = g_strdup (display_name);
  return record;
}

static void
clear_secret (char **secret)
{
  if (*secret != NULL)
    memset (*secret, 0, strlen (*secret));
  g_clear_pointer (secret, g_free);
}

/**
 * tr_account_record_set_client:
 * @record: a #TrAccountRecord
 * @client_id: (nullable): the OAuth client id
 * @client_secret: (nullable): the OAuth client secret
 *
 * Sets the OAuth client the account signed in with, so that it can be
 * restored (and its tokens refreshed) at the next start.
 */
void
tr_account_record_set_client (TrAccountRecord *record,
                              const char      *client_id,
                              const char      *client_secret)
{
  g_return_if_fail (record != NULL);

  g_free (record->client_id);
  record->client_id = g_strdup (client_id);
  clear_secret (&record->client_secret);
  record->client_secret = g_strdup (client_secret);
}

/**
 * tr_account_record_can_restore:
 * @record: a #TrAccountRecord
 *
 * Returns: whether @record holds all an account needs to be restored
 *   without signing in: user id, base URL, refresh token and client id
 */
gboolean
tr_account_record_can_restore (const TrAccountRecord *record)
{
  g_return_val_if_fail (record != NULL, FALSE);

  return record->user_id != NULL && *record->user_id != '\0' &&
         record->base_url != NULL && *record->base_url != '\0' &&
         record->refresh_token != NULL && *record->refresh_token != '\0' &&
         record->client_id != NULL && *record->client_id != '\0';
}

/**
 * tr_account_record_copy:
 * @record: a #TrAccountRecord
 *
 * Returns: (transfer full): a copy of @record
 */
TrAccountRecord *
tr_account_record_copy (const TrAccountRecord *record)
{
  g_return_val_if_fail (record != NULL, NULL);

  TrAccountRecord *copy;

  g_return_val_if_fail (record != NULL, NULL);

  copy = tr_account_record_new (record->user_id, record->base_url, record->refresh_token,
                                record->geolocation, record->display_name);
  tr_account_record_set_client (copy, record->client_id, record->client_secret);
  return copy;
}

/**
 * tr_account_record_free:
 * @record: (transfer full) (nullable): a #TrAccountRecord
 */
void
tr_account_record_free (TrAccountRecord *record)
{
  if (record == NULL)
    return;
  g_free (record->user_id);
  g_free (record->base_url);
  clear_secret (&record->refresh_token);
  g_free (record->geolocation);
  g_free (record->display_name);
  g_free (record->client_id);
  clear_secret (&record->client_secret);
  g_free (record);
}

static void
add_string_member (JsonBuilder *builder,
                   const char  *name,
                   const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/**
 * tr_account_record_to_secret:
 * @record: a #TrAccountRecord
 *
 * Returns: (transfer full): the secret stored in the keyring, a small
 *   JSON object
 */
char *
tr_account_record_to_secret (const TrAccountRecord *record)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (record != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "generation");
  json_builder_add_int_value (builder, RECORD_GENERATION);
  add_string_member (builder, "refresh_token", record->refresh_token);
  add_string_member (builder, "geolocation", record->geolocation);
  add_string_member (builder, "user_id", record->user_id);
  add_string_member (builder, "display_name", record->display_name);
  add_string_member (builder, "client_id", record->client_id);
  add_string_member (builder, "client_secret", record->client_secret);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

/**
 * tr_account_record_new_from_secret:
 * @secret: a secret written by tr_account_record_to_secret()
 * @base_url: the base URL the secret was stored under
 * @error: return location for a %TR_API_ERROR_BAD_RESPONSE error
 *
 * Returns: (transfer full) (nullable): the record
 */
TrAccountRecord *
tr_account_record_new_from_secret (const char  *secret,
                                   const char  *base_url,
                                   GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *object;
  JsonNode *generation;
  const char *refresh_token;
  const char *user_id;
  TrAccountRecord *record;

  if (secret == NULL || !json_parser_load_from_data (parser, secret, -1, NULL)
      || json_parser_get_root (parser) == NULL
      || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    goto bad;

  object = json_node_get_object (json_parser_get_root (parser));
  refresh_token = tr_http_json_get_string (object, "refresh_token");
  user_id = tr_http_json_get_string (object, "user_id");
  generation = json_object_get_member (object, "generation");
  if (generation == NULL || !JSON_NODE_HOLDS_VALUE (generation)
      || json_node_get_value_type (generation) != G_TYPE_INT64
      || json_node_get_int (generation) != RECORD_GENERATION
      || refresh_token == NULL || *refresh_token == '\0' || user_id == NULL)
    goto bad;

  record = tr_account_record_new (user_id, base_url, refresh_token,
                                  tr_http_json_get_string (object, "geolocation"),
                                  tr_http_json_get_string (object, "display_name"));
  /* Records written before the client was kept have none: such an
   * account signs in again. */
  tr_account_record_set_client (record, tr_http_json_get_string (object, "client_id"),
                                tr_http_json_get_string (object, "client_secret"));
  return record;

bad:
  g_propagate_error (error, tr_api_error_new_full (TR_API_ERROR_BAD_RESPONSE, 0, NULL, NULL,
                                                   "The stored account has an unknown format"));
  return NULL;
}
