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
#include <math.h>
#include <string.h>

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

static const char *
object_problem (JsonObject *object)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;
  const char *problem;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &member))
    {
      if (!g_utf8_validate (name, -1, NULL))
        return _("A member name is not valid Unicode text.");
      if ((problem = tr_sandbox_json_problem (member)) != NULL)
        return problem;
    }
  return NULL;
}

/* json-glib writes neither infinities ("inf") nor doubles whose "%.17g"
 * form has an exponent but no point (1e40 becomes "1e+40.0") as JSON. */
static gboolean
double_is_writable (double value)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    return FALSE;
  g_ascii_formatd (text, sizeof text, "%.17g", value);
  return strchr (text, 'e') == NULL || strchr (text, '.') != NULL;
}

/**
 * tr_sandbox_json_problem:
 * @node: parsed JSON
 *
 * Returns: (nullable): why @node cannot be stored and read back (a string
 *   or member name that is not UTF-8, a number out of range), translated;
 *   %NULL if it can
 */
const char *
tr_sandbox_json_problem (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return object_problem (json_node_get_object (node));
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      const char *problem = NULL;

      for (guint i = 0; problem == NULL && i < json_array_get_length (array); i++)
        problem = tr_sandbox_json_problem (json_array_get_element (array, i));
      return problem;
    }
  if (!JSON_NODE_HOLDS_VALUE (node))
    return NULL;
  if (json_node_get_value_type (node) == G_TYPE_STRING
      && !g_utf8_validate (json_node_get_string (node), -1, NULL))
    return _("A string is not valid Unicode text.");
  if (json_node_get_value_type (node) == G_TYPE_DOUBLE && !double_is_writable (json_node_get_double (node)))
    return _("A number is out of the supported range.");
  return NULL;
}

/**
 * tr_sandbox_json_parse:
 * @data: the text
 * @size: its length in bytes
 * @problem: (out) (optional): why it was refused, translated
 *
 * Where JSON enters the sandbox. Besides what json-glib refuses, refuses
 * what it accepts but cannot be stored and read back: strings or member
 * names with lone UTF-16 surrogate escapes (json-glib decodes them to
 * bytes that are not UTF-8) and numbers out of the double range (which
 * would be written back as `inf`).
 *
 * Returns: (transfer full) (nullable): the root node
 */
JsonNode *
tr_sandbox_json_parse (const char  *data,
                       gsize        size,
                       const char **problem)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *found = NULL;
  JsonNode *root = NULL;

  if (data == NULL || size == 0 || !g_utf8_validate (data, size, NULL)
      || !json_parser_load_from_data (parser, data, size, NULL)
      || (root = json_parser_get_root (parser)) == NULL)
    found = _("The body is not valid JSON.");
  else
    found = tr_sandbox_json_problem (root);

  if (problem != NULL)
    *problem = found;
  return found == NULL ? json_node_ref (root) : NULL;
}

/* The body as a JSON object, or NULL after answering 400 invalidJson. */
JsonObject *
tr_sandbox_call_json_object (TrSandboxCall *call)
{
  gsize size = 0;
  const char *data = call->raw_body ? g_bytes_get_data (call->raw_body, &size) : NULL;
  const char *problem = NULL;

  if (call->body == NULL)
    {
      call->body = tr_sandbox_json_parse (data, size, &problem);
      if (call->body == NULL)
        {
          tr_sandbox_call_error (call, 400, "invalidJson", problem);
          return NULL;
        }
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
