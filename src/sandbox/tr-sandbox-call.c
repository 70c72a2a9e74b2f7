/* tr-sandbox-call.c
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

#define G_LOG_DOMAIN "tr-sandbox"

#include "tr-sandbox-call.h"

#include <glib/gi18n-lib.h>

#include "tr-sandbox-util.h"

void
tr_sandbox_call_free (TrSandboxCall *call)
{
  if (call == NULL)
    return;
  g_clear_pointer (&call->query, g_hash_table_unref);
  g_clear_pointer (&call->segments, g_strfreev);
  g_clear_pointer (&call->raw_body, g_bytes_unref);
  g_clear_pointer (&call->body, json_node_unref);
  g_clear_pointer (&call->response, json_node_unref);
  g_free (call->caller_id);
  g_free (call);
}

/* Every error body is {"errors":[{"errorCode":…,"errorMessage":…}]}. */
void
tr_sandbox_call_error (TrSandboxCall *call,
                       guint          status,
                       const char    *code,
                       const char    *message)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "errors");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "errorCode");
  json_builder_add_string_value (builder, code);
  json_builder_set_member_name (builder, "errorMessage");
  json_builder_add_string_value (builder, message);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  tr_sandbox_call_reply (call, status, json_builder_get_root (builder));
}

void
tr_sandbox_call_reply (TrSandboxCall *call,
                       guint          status,
                       JsonNode      *node)
{
  g_clear_pointer (&call->response, json_node_unref);
  call->status = status;
  call->response = node;
}

const char *
tr_sandbox_call_param (TrSandboxCall *call,
                       const char    *name)
{
  return call->query ? g_hash_table_lookup (call->query, name) : NULL;
}

/* The body as a JSON object, or NULL after answering 400 invalidJson. */
JsonObject *
tr_sandbox_call_json_object (TrSandboxCall *call)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  gsize size = 0;
  const char *data = call->raw_body ? g_bytes_get_data (call->raw_body, &size) : NULL;

  if (call->body == NULL)
    {
      if (data == NULL || size == 0
          || !g_utf8_validate (data, size, NULL)
          || !json_parser_load_from_data (parser, data, size, NULL)
          || json_parser_get_root (parser) == NULL)
        {
          tr_sandbox_call_error (call, 400, "invalidJson", _("The body is not valid JSON."));
          return NULL;
        }
      call->body = json_node_copy (json_parser_get_root (parser));
    }
  if (!JSON_NODE_HOLDS_OBJECT (call->body))
    {
      tr_sandbox_call_error (call, 400, "invalidJson", _("The body must be a JSON object."));
      return NULL;
    }
  return json_node_get_object (call->body);
}

/* An absolute link under the sandbox's own /travelrequest/v4 base. */
char *
tr_sandbox_call_link (TrSandboxCall *call,
                      const char    *format,
                      ...)
{
  va_list args;
  g_autofree char *tail = NULL;

  va_start (args, format);
  tail = g_strdup_vprintf (format, args);
  va_end (args);
  return g_strconcat (call->base, "/travelrequest/v4/", tail, NULL);
}

JsonNode *
tr_sandbox_call_resource_link (TrSandboxCall *call,
                               const char    *collection,
                               const char    *id)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *href = tr_sandbox_call_link (call, "%s/%s", collection, id);
  g_autofree char *template = tr_sandbox_call_link (call, "%s/{id}", collection);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "href");
  json_builder_add_string_value (builder, href);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  json_builder_set_member_name (builder, "template");
  json_builder_add_string_value (builder, template);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* Writes need an acting user: a company token must name one with userId. */
gboolean
tr_sandbox_call_require_user (TrSandboxCall *call)
{
  if (call->caller_id != NULL)
    return TRUE;
  tr_sandbox_call_error (call, 400, "missingRequiredParam",
                         _("The userId parameter is required with a company token."));
  return FALSE;
}

JsonNode *
tr_sandbox_call_employee (TrSandboxCall *call,
                          const char    *user_id)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(sqlite3_stmt) stmt =
    tr_sandbox_db_query (call->db, "SELECT first_name, last_name FROM users WHERE id = ?",
                         "s", user_id);
  g_autofree char *href = g_strconcat (call->base, "/profile/v1/users/", user_id, NULL);
  g_autofree char *template = g_strconcat (call->base, "/profile/v1/users/{id}", NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "href");
  json_builder_add_string_value (builder, href);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, user_id);
  json_builder_set_member_name (builder, "template");
  json_builder_add_string_value (builder, template);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      json_builder_set_member_name (builder, "firstName");
      json_builder_add_string_value (builder, tr_sandbox_db_text (stmt, 0));
      json_builder_set_member_name (builder, "lastName");
      json_builder_add_string_value (builder, tr_sandbox_db_text (stmt, 1));
    }
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
