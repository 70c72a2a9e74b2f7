/* tr-sandbox-header.c
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

/* The writable Request header: validation of the PUT/POST whitelist
 * (API notes §1.1) and its JSON echo. */

#define G_LOG_DOMAIN "tr-sandbox"

#include "tr-sandbox-header.h"

#include <glib/gi18n-lib.h>
#include <stdarg.h>
#include <string.h>

#include "tr-sandbox-place.h"
#include "tr-sandbox-util.h"

static const char *const text_fields[] = { "name", "businessPurpose", "comment", NULL };

static gboolean
is_custom_field (const char *member)
{
  const char *digits = member + strlen ("custom");
  gint64 n;

  if (!g_str_has_prefix (member, "custom") || *digits == '\0' || strlen (digits) > 2)
    return FALSE;
  for (const char *p = digits; *p; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  n = g_ascii_strtoll (digits, NULL, 10);
  return n >= 1 && n <= 20 && digits[0] != '0';
}

static gboolean fail (TrSandboxCall *call,
                      const char    *code,
                      const char    *format,
                      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (TrSandboxCall *call,
      const char    *code,
      const char    *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  tr_sandbox_call_error (call, 400, code, message);
  return FALSE;
}

static gboolean
exists (TrSandboxCall *call,
        const char    *table_query,
        const char    *id)
{
  return id != NULL && tr_sandbox_db_count (call->db, table_query, "s", id) > 0;
}

/* Validates @node for @member; returns the value to store (new ref). */
static JsonNode *
validate_member (TrSandboxCall *call,
                 const char    *member,
                 JsonNode      *node)
{
  JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  const char *text = JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
                     ? json_node_get_string (node) : NULL;
  const char *id = tr_sandbox_object_string (object, "id");

  if (g_strv_contains (text_fields, member))
    /* Translators: %s is a JSON member name, such as "purpose"; do not translate it. */
    return text ? json_node_copy (node) : (fail (call, "badParam", _("%s must be a string."), member), NULL);
  if (g_str_equal (member, "startDate") || g_str_equal (member, "endDate"))
    return tr_sandbox_is_date (text) ? json_node_copy (node)
           /* Translators: %s is a JSON member name, such as "startDate"; do not translate it. */
           : (fail (call, "invalidDate", _("%s must be a date (yyyy-MM-dd)."), member), NULL);
  if (g_str_equal (member, "startTime") || g_str_equal (member, "endTime"))
    return tr_sandbox_is_time (text) ? json_node_copy (node)
           /* Translators: %s is a JSON member name, such as "startTime"; do not translate it. */
           : (fail (call, "badParam", _("%s must be a time (HH:mm)."), member), NULL);
  if (g_str_equal (member, "mainDestination"))
    return object ? tr_sandbox_place_resolve (call, object)
           /* Translators: %s is a JSON member name, such as "mainDestination"; do not translate it. */
           : (fail (call, "invalidLocation", _("%s must be a Location object."), member), NULL);
  if (g_str_equal (member, "policy"))
    return exists (call, "SELECT COUNT(*) FROM policies WHERE id = ?", id)
           /* Translators: %s is a JSON member name, such as "policy"; do not translate it. */
           ? json_node_copy (node) : (fail (call, "invalidPolicy", _("Unknown %s."), member), NULL);
  if (g_str_equal (member, "travelAgency"))
    return exists (call, "SELECT COUNT(*) FROM agencies WHERE id = ?", id)
           /* Translators: %s is a JSON member name, such as "travelAgency"; do not translate it. */
           ? json_node_copy (node) : (fail (call, "badParam", _("Unknown %s."), member), NULL);
  if (g_str_equal (member, "expensePolicy"))
    /* Translators: %s is a JSON member name, such as "expensePolicy"; do not translate it. */
    return id ? json_node_copy (node) : (fail (call, "badParam", _("%s needs an id."), member), NULL);
  /* custom1 … custom20: {"value": "text or list item id"} */
  if (tr_sandbox_object_string (object, "value") != NULL)
    return json_node_copy (node);
  /* Translators: %s is a JSON member name, such as "custom1"; do not translate it. */
  return fail (call, "badParam", _("%s must be an object with a string value."), member), NULL;
}

static gboolean
is_writable (const char *member)
{
  static const char *const writable[] = {
    "name", "businessPurpose", "comment", "startDate", "startTime", "endDate", "endTime",
    "mainDestination", "policy", "travelAgency", "expensePolicy", NULL
  };

  return g_strv_contains (writable, member) || is_custom_field (member);
}

static void
record_comment (TrSandboxCall    *call,
                TrSandboxRequest *request,
                const char       *text)
{
  g_autofree char *now = tr_sandbox_now_timestamp ();

  if (text == NULL || *text == '\0'
      || g_strcmp0 (tr_sandbox_object_string (request->header, "comment"), text) == 0)
    return;
  tr_sandbox_db_run (call->db, "INSERT INTO comments (request_id, author_id, created, value)"
                               " VALUES (?, ?, ?, ?)", "ssss",
                     request->id, call->caller_id ? call->caller_id : request->owner_id, now, text);
}

/* Partial update: absent = unchanged, null = cleared, anything outside the
 * whitelist silently ignored. Nothing changes unless all members are valid. */
gboolean
tr_sandbox_header_apply (TrSandboxCall    *call,
                         TrSandboxRequest *request,
                         JsonObject       *input)
{
  g_autoptr(GList) members = json_object_get_members (input);
  g_autoptr(JsonObject) staged = json_object_new ();

  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *node = json_object_get_member (input, l->data);
      JsonNode *value;

      if (!is_writable (l->data) || JSON_NODE_HOLDS_NULL (node))
        continue;
      value = validate_member (call, l->data, node);
      if (value == NULL)
        return FALSE;
      json_object_set_member (staged, l->data, value);
    }
  record_comment (call, request, tr_sandbox_object_string (staged, "comment"));
  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *node = json_object_get_member (input, l->data);

      if (is_writable (l->data) && JSON_NODE_HOLDS_NULL (node))
        json_object_remove_member (request->header, l->data);
      else if (json_object_has_member (staged, l->data))
        json_object_set_member (request->header, l->data,
                                json_node_copy (json_object_get_member (staged, l->data)));
    }
  return TRUE;
}

static void
render_custom (TrSandboxCall *call,
               JsonBuilder   *builder,
               JsonObject    *field)
{
  const char *value = tr_sandbox_object_string (field, "value");
  g_autoptr(sqlite3_stmt) stmt =
    tr_sandbox_db_query (call->db, "SELECT code FROM list_items WHERE id = ?", "s", value);

  json_builder_begin_object (builder);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *href = g_strconcat (call->base, "/list/v4/items/", value, NULL);
      g_autofree char *template = g_strconcat (call->base, "/list/v4/items/{id}", NULL);

      json_builder_set_member_name (builder, "code");
      json_builder_add_string_value (builder, tr_sandbox_db_text (stmt, 0));
      json_builder_set_member_name (builder, "href");
      json_builder_add_string_value (builder, href);
      json_builder_set_member_name (builder, "template");
      json_builder_add_string_value (builder, template);
    }
  json_builder_set_member_name (builder, "value");
  json_builder_add_string_value (builder, value);
  json_builder_end_object (builder);
}

/* Emits @member of the header, expanded the way Concur echoes it. */
void
tr_sandbox_header_render (TrSandboxCall    *call,
                          TrSandboxRequest *request,
                          JsonBuilder      *builder,
                          const char       *member)
{
  JsonNode *node = json_object_get_member (request->header, member);
  JsonObject *object;

  if (node == NULL)
    return;
  object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  json_builder_set_member_name (builder, member);
  if (is_custom_field (member) && object != NULL)
    render_custom (call, builder, object);
  else if (g_str_equal (member, "travelAgency") && object != NULL)
    json_builder_add_value (builder, tr_sandbox_call_resource_link (call, "travelagencies",
                                                                    tr_sandbox_object_string (object, "id")));
  else if ((g_str_equal (member, "policy") || g_str_equal (member, "expensePolicy")) && object != NULL)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, tr_sandbox_object_string (object, "id"));
      json_builder_end_object (builder);
    }
  else
    json_builder_add_value (builder, json_node_copy (node));
}
