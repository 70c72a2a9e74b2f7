/* tr-sandbox-catalog.c
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

/* Company configuration and the smaller resources: Request policies,
 * travel agencies, cash advances and the legacy linked-report endpoint. */

#define G_LOG_DOMAIN "tr-sandbox"

#include "tr-sandbox-catalog.h"

#include <glib/gi18n-lib.h>

#include "tr-sandbox-requests.h"
#include "tr-sandbox-util.h"
#include "tr-sandbox-workflow.h"

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static JsonNode *
render_policy (TrSandboxCall *call,
               sqlite3_stmt  *row)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *href = tr_sandbox_call_link (call, "userpolicies/%s", tr_sandbox_db_text (row, 0));

  json_builder_begin_object (builder);
  add_string (builder, "href", href);
  add_string (builder, "id", tr_sandbox_db_text (row, 0));
  add_string (builder, "name", tr_sandbox_db_text (row, 1));
  json_builder_set_member_name (builder, "allowParticipants");
  json_builder_add_boolean_value (builder, FALSE);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

void
tr_sandbox_catalog_user_policies (TrSandboxCall *call)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(sqlite3_stmt) rows = NULL;

  if (!tr_sandbox_call_require_user (call))
    return;
  rows = tr_sandbox_db_query (call->db, "SELECT id, name FROM policies ORDER BY position", "");
  json_builder_begin_array (builder);
  while (rows != NULL && sqlite3_step (rows) == SQLITE_ROW)
    json_builder_add_value (builder, render_policy (call, rows));
  json_builder_end_array (builder);
  tr_sandbox_call_reply (call, 200, json_builder_get_root (builder));
}

void
tr_sandbox_catalog_user_policy (TrSandboxCall *call)
{
  g_autoptr(sqlite3_stmt) row =
    tr_sandbox_db_query (call->db, "SELECT id, name FROM policies WHERE id = ?", "s", call->segments[1]);

  if (row == NULL || sqlite3_step (row) != SQLITE_ROW)
    tr_sandbox_call_error (call, 404, "notFound", _("Resource not found"));
  else
    tr_sandbox_call_reply (call, 200, render_policy (call, row));
}

void
tr_sandbox_catalog_travel_agency (TrSandboxCall *call)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(sqlite3_stmt) row =
    tr_sandbox_db_query (call->db, "SELECT id, email, name, proposal_type FROM agencies WHERE id = ?",
                         "s", call->segments[1]);
  g_autofree char *href = tr_sandbox_call_link (call, "travelagencies/%s", call->segments[1]);

  if (row == NULL || sqlite3_step (row) != SQLITE_ROW)
    {
      tr_sandbox_call_error (call, 404, "notFound", _("Resource not found"));
      return;
    }
  json_builder_begin_object (builder);
  add_string (builder, "href", href);
  add_string (builder, "id", tr_sandbox_db_text (row, 0));
  add_string (builder, "emailAddress", tr_sandbox_db_text (row, 1));
  add_string (builder, "name", tr_sandbox_db_text (row, 2));
  add_string (builder, "proposalType", tr_sandbox_db_text (row, 3));
  json_builder_end_object (builder);
  tr_sandbox_call_reply (call, 200, json_builder_get_root (builder));
}

static const char *
cash_advance_status_name (const char *code)
{
  static const char *const codes[] = { "C_PEND", "C_APPR", "C_ISSU", "C_REJE", "C_COMP", NULL };
  static const char *const names[] = { NC_("cash advance status", "Pending Approval"),
                                       NC_("cash advance status", "Approved"),
                                       NC_("cash advance status", "Issued"),
                                       NC_("cash advance status", "Rejected"),
                                       NC_("cash advance status", "Completed") };

  for (guint i = 0; codes[i] != NULL; i++)
    if (g_strcmp0 (codes[i], code) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, "cash advance status", names[i]);
  return code;
}

/* Timestamps of the cash advance schema carry no trailing Z (gaps item 9). */
static void
add_local_timestamp (JsonBuilder *builder,
                     const char  *name,
                     const char  *value)
{
  g_autofree char *local = value ? g_strndup (value, 23) : NULL;

  add_string (builder, name, local);
}

static void
render_cash_advance (JsonBuilder  *builder,
                     sqlite3_stmt *row)
{
  JsonNode *amount = tr_sandbox_amount_to_json (sqlite3_column_int64 (row, 1), tr_sandbox_db_text (row, 2));

  json_object_set_member (json_node_get_object (amount), "amount",
                          json_node_copy (json_object_get_member (json_node_get_object (amount), "value")));
  json_builder_begin_object (builder);
  add_string (builder, "cashAdvanceId", tr_sandbox_db_text (row, 0));
  json_builder_set_member_name (builder, "amountRequested");
  json_builder_add_value (builder, amount);
  json_builder_set_member_name (builder, "approvalStatus");
  json_builder_begin_object (builder);
  add_string (builder, "code", tr_sandbox_db_text (row, 3));
  add_string (builder, "name", cash_advance_status_name (tr_sandbox_db_text (row, 3)));
  json_builder_end_object (builder);
  add_string (builder, "comment", tr_sandbox_db_text (row, 4));
  json_builder_set_member_name (builder, "exchangeRate");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "value");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "operation");
  json_builder_add_string_value (builder, "MULTIPLY");
  json_builder_end_object (builder);
  add_local_timestamp (builder, "issueDate", tr_sandbox_db_text (row, 6));
  add_local_timestamp (builder, "requestDate", tr_sandbox_db_text (row, 5));
  json_builder_end_object (builder);
}

void
tr_sandbox_catalog_cash_advance (TrSandboxCall *call)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(sqlite3_stmt) row =
    tr_sandbox_db_query (call->db, "SELECT id, amount_minor, currency, status, comment, requested, issued,"
                                   " request_id FROM cash_advances WHERE id = ?", "s", call->segments[1]);
  g_autoptr(TrSandboxRequest) request = NULL;

  if (row == NULL || sqlite3_step (row) != SQLITE_ROW)
    {
      tr_sandbox_call_error (call, 404, "notFound", _("Resource not found"));
      return;
    }
  request = tr_sandbox_requests_fetch (call, tr_sandbox_db_text (row, 7));
  if (request == NULL)
    return;
  render_cash_advance (builder, row);
  tr_sandbox_call_reply (call, 200, json_builder_get_root (builder));
}

void
tr_sandbox_catalog_request_cash_advances (TrSandboxCall *call)
{
  g_autoptr(TrSandboxRequest) request = tr_sandbox_requests_fetch (call, call->segments[1]);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(sqlite3_stmt) rows = NULL;

  if (request == NULL)
    return;
  rows = tr_sandbox_db_query (call->db, "SELECT id FROM cash_advances WHERE request_id = ? ORDER BY requested, id",
                              "s", request->id);
  json_builder_begin_array (builder);
  while (rows != NULL && sqlite3_step (rows) == SQLITE_ROW)
    json_builder_add_value (builder, tr_sandbox_call_resource_link (call, "cashadvances",
                                                                    tr_sandbox_db_text (rows, 0)));
  json_builder_end_array (builder);
  tr_sandbox_call_reply (call, 200, json_builder_get_root (builder));
}

/* Legacy endpoint kept for the seed's example: an approved Request yields
 * a link to a new expense report. Report ids are 20 hex characters. */
void
tr_sandbox_catalog_create_report (TrSandboxCall *call)
{
  g_autoptr(TrSandboxRequest) request = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *full_id = tr_sandbox_new_id ();
  g_autofree char *id = g_strndup (full_id, 20);
  g_autofree char *now = tr_sandbox_now_timestamp ();
  g_autofree char *base = NULL;
  g_autofree char *href = NULL;
  g_autofree char *template = NULL;

  if (!tr_sandbox_call_require_user (call) || (request = tr_sandbox_requests_fetch (call, call->segments[1])) == NULL)
    return;
  if (!g_str_equal (call->caller_id, request->owner_id))
    {
      tr_sandbox_call_error (call, 403, "permissionDenied", _("Permission denied"));
      return;
    }
  if (!g_str_equal (request->status, "APPROVED"))
    {
      tr_sandbox_call_error (call, 403, "requestStatusNotApproved", _("The Request is not approved."));
      return;
    }
  if (!tr_sandbox_db_run (call->db, "INSERT INTO reports (id, request_id, owner_id, created) VALUES (?, ?, ?, ?)",
                          "ssss", id, request->id, request->owner_id, now))
    return;
  base = g_strdup_printf ("%s/expensereports/v4/users/%s/context/TRAVELER/reports/", call->base, request->owner_id);
  href = g_strconcat (base, id, NULL);
  template = g_strconcat (base, "{id}", NULL);
  json_builder_begin_object (builder);
  add_string (builder, "href", href);
  add_string (builder, "id", id);
  add_string (builder, "template", template);
  json_builder_end_object (builder);
  tr_sandbox_call_reply (call, 201, json_builder_get_root (builder));
}
