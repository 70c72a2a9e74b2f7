/* tr-sandbox-policy.c
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

/* Exceptions computed by simple policy rules: missing required header
 * fields and dates in the wrong order (blocking), a segment outside the
 * trip dates (warning), a total over the policy limit (blocking). */

#define G_LOG_DOMAIN "tr-sandbox"

#include "tr-sandbox-policy.h"

#include <glib/gi18n-lib.h>

#include "tr-sandbox-requests.h"
#include "tr-sandbox-util.h"

typedef struct
{
  const char *member;
  const char *label;
} RequiredField;

static const RequiredField required_fields[] = {
  { "name", N_("Request Name") },
  { "businessPurpose", N_("Business Purpose") },
  { "startDate", N_("Start Date") },
  { "endDate", N_("End Date") },
};

static gboolean
is_blank (const char *value)
{
  for (; value != NULL && *value != '\0'; value++)
    if (!g_ascii_isspace (*value))
      return FALSE;
  return TRUE;
}

static void
begin_exception (JsonBuilder *builder,
                 const char  *code,
                 gint64       level,
                 const char  *message)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "code");
  json_builder_add_string_value (builder, code);
  json_builder_set_member_name (builder, "level");
  json_builder_add_int_value (builder, level);
  json_builder_set_member_name (builder, "message");
  json_builder_add_string_value (builder, message);
  json_builder_set_member_name (builder, "isBlocking");
  json_builder_add_boolean_value (builder, level >= TR_SANDBOX_LEVEL_ERROR);
}

static void
add_source (JsonBuilder *builder,
            const char  *type,
            const char  *id,
            const char  *href)
{
  json_builder_set_member_name (builder, "source");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  json_builder_set_member_name (builder, "href");
  json_builder_add_string_value (builder, href);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, type);
  json_builder_end_object (builder);
}

static void
check_missing_fields (TrSandboxCall    *call,
                      TrSandboxRequest *request,
                      JsonBuilder      *builder)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  g_autofree char *href = tr_sandbox_call_link (call, "requests/%s", request->id);

  for (guint i = 0; i < G_N_ELEMENTS (required_fields); i++)
    {
      const char *value = tr_sandbox_object_string (request->header, required_fields[i].member);
      if (is_blank (value))
        g_ptr_array_add (missing, (gpointer) &required_fields[i]);
    }
  if (missing->len == 0)
    return;
  begin_exception (builder, "MISSREQFLD", TR_SANDBOX_LEVEL_ERROR,
                   _("At least 1 required field has an empty value."));
  add_source (builder, "HEADER", request->id, href);
  json_builder_set_member_name (builder, "parameters");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "missingFields");
  json_builder_begin_array (builder);
  for (guint i = 0; i < missing->len; i++)
    json_builder_add_string_value (builder, _(((RequiredField *) missing->pdata[i])->label));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "missingFieldsIds");
  json_builder_begin_array (builder);
  for (guint i = 0; i < missing->len; i++)
    json_builder_add_string_value (builder, ((RequiredField *) missing->pdata[i])->member);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
}

static void
check_dates (TrSandboxCall    *call,
             TrSandboxRequest *request,
             JsonBuilder      *builder)
{
  const char *start = tr_sandbox_object_string (request->header, "startDate");
  const char *end = tr_sandbox_object_string (request->header, "endDate");
  g_autofree char *href = tr_sandbox_call_link (call, "requests/%s", request->id);

  if (start == NULL || end == NULL || g_strcmp0 (start, end) <= 0)
    return;
  begin_exception (builder, "DATEORDER", TR_SANDBOX_LEVEL_ERROR, _("The end date is before the start date."));
  add_source (builder, "HEADER", request->id, href);
  json_builder_end_object (builder);
}

static gboolean
leg_outside (JsonNode   *leg,
             const char *start,
             const char *end)
{
  JsonObject *object = JSON_NODE_HOLDS_OBJECT (leg) ? json_node_get_object (leg) : NULL;
  const char *date = tr_sandbox_object_string (object, "startDate");

  return date != NULL && (g_strcmp0 (date, start) < 0 || g_strcmp0 (date, end) > 0);
}

static gboolean
expense_outside (const char *body,
                 const char *start,
                 const char *end)
{
  g_autoptr(JsonNode) node = json_from_string (body, NULL);
  JsonObject *trip = node && JSON_NODE_HOLDS_OBJECT (node)
                     ? tr_sandbox_object_object (json_node_get_object (node), "tripData") : NULL;
  JsonNode *legs = trip ? json_object_get_member (trip, "legs") : NULL;

  if (legs == NULL || !JSON_NODE_HOLDS_ARRAY (legs))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (json_node_get_array (legs)); i++)
    if (leg_outside (json_array_get_element (json_node_get_array (legs), i), start, end))
      return TRUE;
  return FALSE;
}

static void
check_segments (TrSandboxCall    *call,
                TrSandboxRequest *request,
                JsonBuilder      *builder)
{
  const char *start = tr_sandbox_object_string (request->header, "startDate");
  const char *end = tr_sandbox_object_string (request->header, "endDate");
  g_autoptr(sqlite3_stmt) stmt =
    tr_sandbox_db_query (call->db, "SELECT id, body FROM expenses WHERE request_id = ?"
                                   " ORDER BY created, id", "s", request->id);

  if (start == NULL || end == NULL)
    return;
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *id = tr_sandbox_db_text (stmt, 0);
      g_autofree char *href = tr_sandbox_call_link (call, "expenses/%s", id);

      if (!expense_outside (tr_sandbox_db_text (stmt, 1), start, end))
        continue;
      begin_exception (builder, "SEGOUTDATE", TR_SANDBOX_LEVEL_WARNING,
                       _("A segment is outside the dates of the trip."));
      add_source (builder, "EXPENSE", id, href);
      json_builder_end_object (builder);
    }
}

static void
check_limit (TrSandboxCall    *call,
             TrSandboxRequest *request,
             JsonBuilder      *builder)
{
  gint64 limit = tr_sandbox_db_count (call->db, "SELECT COALESCE(limit_minor, -1) FROM policies"
                                                " WHERE id = ?", "s", request->policy_id);
  g_autofree char *href = tr_sandbox_call_link (call, "requests/%s", request->id);

  if (limit <= 0 || tr_sandbox_request_total (call->db, request->id) <= limit)
    return;
  begin_exception (builder, "AMTLIMIT", TR_SANDBOX_LEVEL_ERROR,
                   _("The expected total is over the limit of the Request policy."));
  add_source (builder, "HEADER", request->id, href);
  json_builder_end_object (builder);
}

JsonNode *
tr_sandbox_policy_compute (TrSandboxCall    *call,
                           TrSandboxRequest *request)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  check_missing_fields (call, request, builder);
  check_dates (call, request, builder);
  check_segments (call, request, builder);
  check_limit (call, request, builder);
  json_builder_end_array (builder);
  return json_builder_get_root (builder);
}

const char *
tr_sandbox_policy_highest_level (TrSandboxCall    *call,
                                 TrSandboxRequest *request)
{
  g_autoptr(JsonNode) node = tr_sandbox_policy_compute (call, request);
  JsonArray *exceptions = json_node_get_array (node);
  gint64 highest = 0;

  for (guint i = 0; i < json_array_get_length (exceptions); i++)
    highest = MAX (highest, json_object_get_int_member (json_array_get_object_element (exceptions, i), "level"));
  if (highest >= TR_SANDBOX_LEVEL_ERROR)
    return "ERROR";
  return highest > 0 ? "WARNING" : "NONE";
}

/* Submit fails with missingRequiredField, then with blockingException. */
gboolean
tr_sandbox_policy_check_submit (TrSandboxCall    *call,
                                TrSandboxRequest *request)
{
  g_autoptr(JsonNode) node = tr_sandbox_policy_compute (call, request);
  JsonArray *exceptions = json_node_get_array (node);

  for (guint i = 0; i < json_array_get_length (exceptions); i++)
    {
      JsonObject *exception = json_array_get_object_element (exceptions, i);

      if (g_str_equal (json_object_get_string_member (exception, "code"), "MISSREQFLD"))
        return tr_sandbox_call_error (call, 400, "missingRequiredField",
                                      _("At least 1 required field has an empty value.")), FALSE;
    }
  for (guint i = 0; i < json_array_get_length (exceptions); i++)
    {
      JsonObject *exception = json_array_get_object_element (exceptions, i);

      if (json_object_get_boolean_member (exception, "isBlocking"))
        return tr_sandbox_call_error (call, 400, "blockingException",
                                      json_object_get_string_member (exception, "message")), FALSE;
    }
  return TRUE;
}

void
tr_sandbox_policy_exceptions (TrSandboxCall *call)
{
  g_autoptr(TrSandboxRequest) request = tr_sandbox_requests_fetch (call, call->segments[1]);

  if (request != NULL)
    tr_sandbox_call_reply (call, 200, tr_sandbox_policy_compute (call, request));
}
