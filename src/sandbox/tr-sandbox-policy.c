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

static gboolean
field_missing (TrSandboxRequest *request,
               guint             i)
{
  return is_blank (tr_sandbox_object_string (request->header, required_fields[i].member));
}

static gboolean
any_field_missing (TrSandboxRequest *request)
{
  for (guint i = 0; i < G_N_ELEMENTS (required_fields); i++)
    if (field_missing (request, i))
      return TRUE;
  return FALSE;
}

static void
check_missing_fields (TrSandboxCall    *call,
                      TrSandboxRequest *request,
                      JsonBuilder      *builder)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  g_autofree char *href = tr_sandbox_call_link (call, "requests/%s", request->id);

  for (guint i = 0; i < G_N_ELEMENTS (required_fields); i++)
    if (field_missing (request, i))
      g_ptr_array_add (missing, (gpointer) &required_fields[i]);
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

static gboolean
dates_reversed (TrSandboxRequest *request)
{
  const char *start = tr_sandbox_object_string (request->header, "startDate");
  const char *end = tr_sandbox_object_string (request->header, "endDate");

  return start != NULL && end != NULL && g_strcmp0 (start, end) > 0;
}

static void
check_dates (TrSandboxCall    *call,
             TrSandboxRequest *request,
             JsonBuilder      *builder)
{
  g_autofree char *href = NULL;

  if (!dates_reversed (request))
    return;
  href = tr_sandbox_call_link (call, "requests/%s", request->id);
  begin_exception (builder, "DATEORDER", TR_SANDBOX_LEVEL_ERROR, _("The end date is before the start date."));
  add_source (builder, "HEADER", request->id, href);
  json_builder_end_object (builder);
}

/* The Expenses of @request with a leg whose startDate is outside the trip
 * (?2…?3). legs_from and legs_to, the earliest and latest startDate of
 * the legs, are kept by triggers (tr-sandbox-db.c): no body is parsed. */
#define SEGMENTS_OUTSIDE \
  "SELECT id FROM expenses WHERE request_id = ?1 AND (legs_from < ?2 OR legs_to > ?3)"

static sqlite3_stmt *
query_segments_outside (TrSandboxCall    *call,
                        TrSandboxRequest *request,
                        const char       *tail)
{
  const char *start = tr_sandbox_object_string (request->header, "startDate");
  const char *end = tr_sandbox_object_string (request->header, "endDate");
  g_autofree char *sql = g_strconcat (SEGMENTS_OUTSIDE, tail, NULL);

  if (start == NULL || end == NULL)
    return NULL;
  return tr_sandbox_db_query (call->db, sql, "sss", request->id, start, end);
}

static void
check_segments (TrSandboxCall    *call,
                TrSandboxRequest *request,
                JsonBuilder      *builder)
{
  g_autoptr(sqlite3_stmt) stmt = query_segments_outside (call, request, " ORDER BY created, id");

  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *id = tr_sandbox_db_text (stmt, 0);
      g_autofree char *href = tr_sandbox_call_link (call, "expenses/%s", id);

      begin_exception (builder, "SEGOUTDATE", TR_SANDBOX_LEVEL_WARNING,
                       _("A segment is outside the dates of the trip."));
      add_source (builder, "EXPENSE", id, href);
      json_builder_end_object (builder);
    }
}

static gboolean
any_segment_outside (TrSandboxCall    *call,
                     TrSandboxRequest *request)
{
  g_autoptr(sqlite3_stmt) stmt = query_segments_outside (call, request, " LIMIT 1");

  return stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW;
}

static gboolean
over_limit (TrSandboxCall    *call,
            TrSandboxRequest *request)
{
  gint64 limit = tr_sandbox_db_count (call->db, "SELECT COALESCE(limit_minor, -1) FROM policies"
                                                " WHERE id = ?", "s", request->policy_id);

  return limit > 0 && tr_sandbox_request_total (call->db, request->id) > limit;
}

static void
check_limit (TrSandboxCall    *call,
             TrSandboxRequest *request,
             JsonBuilder      *builder)
{
  g_autofree char *href = NULL;

  if (!over_limit (call, request))
    return;
  href = tr_sandbox_call_link (call, "requests/%s", request->id);
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

/* The level of the highest exception of tr_sandbox_policy_compute(),
 * without building them: every rule but the segment one is blocking. */
const char *
tr_sandbox_policy_highest_level (TrSandboxCall    *call,
                                 TrSandboxRequest *request)
{
  if (any_field_missing (request) || dates_reversed (request) || over_limit (call, request))
    return "ERROR";
  return any_segment_outside (call, request) ? "WARNING" : "NONE";
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
