/* tr-sandbox-requests.c
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

#include "tr-sandbox-requests.h"

#include <glib/gi18n-lib.h>

#include "tr-sandbox-header.h"
#include "tr-sandbox-policy.h"
#include "tr-sandbox-util.h"
#include "tr-sandbox-workflow.h"

static void
add_bool (JsonBuilder *builder,
          const char  *name,
          gboolean     value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_boolean_value (builder, value);
}

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

static void
add_node (JsonBuilder *builder,
          const char  *name,
          JsonNode    *node)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_value (builder, node);
}

static JsonNode *
expense_links (TrSandboxCall *call,
               const char    *request_id)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(sqlite3_stmt) stmt =
    tr_sandbox_db_query (call->db, "SELECT id FROM expenses WHERE request_id = ?"
                                   " ORDER BY created, id", "s", request_id);

  json_builder_begin_array (builder);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    json_builder_add_value (builder, tr_sandbox_call_resource_link (call, "expenses",
                                                                    tr_sandbox_db_text (stmt, 0)));
  json_builder_end_array (builder);
  return json_builder_get_root (builder);
}

static void
add_type (TrSandboxCall    *call,
          TrSandboxRequest *request,
          JsonBuilder      *builder)
{
  g_autoptr(sqlite3_stmt) stmt =
    tr_sandbox_db_query (call->db, "SELECT type_code, type_label FROM policies WHERE id = ?",
                         "s", request->policy_id);
  gboolean found = stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW;

  json_builder_set_member_name (builder, "type");
  json_builder_begin_object (builder);
  add_string (builder, "code", found ? tr_sandbox_db_text (stmt, 0) : "TRAVEL");
  add_string (builder, "label", found ? tr_sandbox_db_text (stmt, 1) : _("Travel"));
  json_builder_end_object (builder);
}

static void
add_totals (TrSandboxCall    *call,
            TrSandboxRequest *request,
            JsonBuilder      *builder)
{
  static const char *const names[] = { "totalApprovedAmount", "totalPostedAmount", "totalRemainingAmount" };
  gint64 total = tr_sandbox_request_total (call->db, request->id);
  g_autofree char *currency = tr_sandbox_request_currency (call->db, request->owner_id);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    add_node (builder, names[i], tr_sandbox_amount_to_json (total, currency));
}

static void
add_status (TrSandboxRequest *request,
            JsonBuilder      *builder)
{
  json_builder_set_member_name (builder, "approvalStatus");
  json_builder_begin_object (builder);
  add_string (builder, "code", request->status);
  add_string (builder, "name", tr_sandbox_request_status_name (request->status));
  json_builder_end_object (builder);
  add_bool (builder, "approved", g_str_equal (request->status, "APPROVED"));
}

static void
add_sub_links (TrSandboxCall    *call,
               TrSandboxRequest *request,
               JsonBuilder      *builder)
{
  static const char *const subs[] = { "comments", "exceptions", "cashadvances" };
  static const char *const names[] = { "comments", "exceptions", "cashAdvances" };

  for (guint i = 0; i < G_N_ELEMENTS (subs); i++)
    {
      g_autofree char *href = tr_sandbox_call_link (call, "requests/%s/%s", request->id, subs[i]);

      json_builder_set_member_name (builder, names[i]);
      json_builder_begin_object (builder);
      add_string (builder, "href", href);
      json_builder_end_object (builder);
    }
}

static void
render_middle (TrSandboxCall    *call,
               TrSandboxRequest *request,
               JsonBuilder      *builder,
               gboolean          detail)
{
  if (detail)
    for (guint n = 1; n <= 20; n++)
      {
        g_autofree char *member = g_strdup_printf ("custom%u", n);
        tr_sandbox_header_render (call, request, builder, member);
      }
  tr_sandbox_header_render (call, request, builder, "endDate");
  tr_sandbox_header_render (call, request, builder, "endTime");
  add_bool (builder, "everSentBack", request->ever_sent_back);
  add_node (builder, "expenses", expense_links (call, request->id));
  if (detail)
    {
      add_string (builder, "lastModified", request->modified);
      tr_sandbox_header_render (call, request, builder, "mainDestination");
    }
  tr_sandbox_header_render (call, request, builder, "name");
  add_node (builder, "owner", tr_sandbox_call_employee (call, request->owner_id));
  add_bool (builder, "pendingApproval", g_str_equal (request->status, "SUBMITTED"));
  if (detail)
    {
      tr_sandbox_header_render (call, request, builder, "policy");
      tr_sandbox_header_render (call, request, builder, "expensePolicy");
    }
  add_string (builder, "requestId", request->request_key);
  tr_sandbox_header_render (call, request, builder, "startDate");
  tr_sandbox_header_render (call, request, builder, "startTime");
  add_string (builder, "submitDate", request->submitted);
  add_string (builder, "authorizedDate", request->approved);
}

/* A Request as Concur serializes it; list items (@detail FALSE) are
 * summaries without custom fields, links to sub-resources or operations. */
JsonNode *
tr_sandbox_requests_render (TrSandboxCall    *call,
                            TrSandboxRequest *request,
                            gboolean          detail)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *href = tr_sandbox_call_link (call, "requests/%s", request->id);

  json_builder_begin_object (builder);
  add_string (builder, "href", href);
  add_string (builder, "id", request->id);
  add_status (request, builder);
  tr_sandbox_header_render (call, request, builder, "businessPurpose");
  add_bool (builder, "canceledPostApproval", request->canceled_post_approval);
  add_bool (builder, "closed", request->closed);
  tr_sandbox_header_render (call, request, builder, "comment");
  add_string (builder, "creationDate", request->created);
  render_middle (call, request, builder, detail);
  if (g_str_equal (request->status, "SUBMITTED") && request->approver_id != NULL)
    add_node (builder, "approver", tr_sandbox_call_employee (call, request->approver_id));
  add_totals (call, request, builder);
  if (detail)
    tr_sandbox_header_render (call, request, builder, "travelAgency");
  add_type (call, request, builder);
  add_string (builder, "highestExceptionLevel", tr_sandbox_policy_highest_level (call, request));
  if (detail)
    {
      add_sub_links (call, request, builder);
      add_node (builder, "operations", tr_sandbox_workflow_operations (call, request));
    }
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* The Request @id if the caller may see it, else NULL after 404 / 403. */
TrSandboxRequest *
tr_sandbox_requests_fetch (TrSandboxCall *call,
                           const char    *id)
{
  g_autoptr(TrSandboxRequest) request = tr_sandbox_request_load (call->db, id);

  if (request == NULL)
    {
      tr_sandbox_call_error (call, 404, "notFound", _("Resource not found"));
      return NULL;
    }
  if (!tr_sandbox_workflow_can_read (call, request))
    {
      tr_sandbox_call_error (call, 403, "permissionDenied", _("Permission denied"));
      return NULL;
    }
  return g_steal_pointer (&request);
}

/* The Request policy: the one given, else the first one of the company. */
static gboolean
settle_policy (TrSandboxCall    *call,
               TrSandboxRequest *request)
{
  JsonObject *policy = tr_sandbox_object_object (request->header, "policy");
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_clear_pointer (&request->policy_id, g_free);
  if (policy != NULL)
    {
      request->policy_id = g_strdup (tr_sandbox_object_string (policy, "id"));
      return TRUE;
    }
  stmt = tr_sandbox_db_query (call->db, "SELECT id FROM policies ORDER BY position LIMIT 1", "");
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    {
      tr_sandbox_call_error (call, 409, "NO_POLICY_ALLOWING_CREATION_ERROR",
                             _("No Request policy allows the creation of this Request."));
      return FALSE;
    }
  request->policy_id = g_strdup (tr_sandbox_db_text (stmt, 0));
  return TRUE;
}

void
tr_sandbox_requests_create (TrSandboxCall *call)
{
  g_autofree char *id = tr_sandbox_new_id ();
  g_autoptr(TrSandboxRequest) request = NULL;
  JsonObject *input;

  if (!tr_sandbox_call_require_user (call) || (input = tr_sandbox_call_json_object (call)) == NULL)
    return;
  if (json_object_has_member (input, "id"))
    {
      tr_sandbox_call_error (call, 400, "idNotAllowed", _("The id must not be sent when creating a Request."));
      return;
    }
  request = tr_sandbox_request_new (id, call->caller_id);
  request->request_key = tr_sandbox_request_new_key (call->db);
  if (!tr_sandbox_header_apply (call, request, input) || !settle_policy (call, request))
    return;
  if (!tr_sandbox_request_save (request, call->db))
    return;
  tr_sandbox_call_reply (call, 201, tr_sandbox_requests_render (call, request, TRUE));
}

void
tr_sandbox_requests_get (TrSandboxCall *call)
{
  g_autoptr(TrSandboxRequest) request = tr_sandbox_requests_fetch (call, call->segments[1]);

  if (request != NULL)
    tr_sandbox_call_reply (call, 200, tr_sandbox_requests_render (call, request, TRUE));
}

/* Partial PUT, only while the owner may still edit (gaps item 43). The
 * body's id is outside the whitelist and therefore ignored. */
void
tr_sandbox_requests_update (TrSandboxCall *call)
{
  g_autoptr(TrSandboxRequest) request = tr_sandbox_requests_fetch (call, call->segments[1]);
  JsonObject *input;

  if (request == NULL || (input = tr_sandbox_call_json_object (call)) == NULL)
    return;
  if (!tr_sandbox_workflow_owner_may_edit (call, request))
    {
      tr_sandbox_call_error (call, 403, "permissionDenied", _("Permission denied"));
      return;
    }
  if (!tr_sandbox_header_apply (call, request, input) || !settle_policy (call, request))
    return;
  tr_sandbox_request_touch (request);
  if (tr_sandbox_request_save (request, call->db))
    tr_sandbox_call_reply (call, 200, tr_sandbox_requests_render (call, request, TRUE));
}

static void
reply_true (TrSandboxCall *call)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  json_node_set_boolean (node, TRUE);
  tr_sandbox_call_reply (call, 200, node);
}

/* Only drafts that never left the owner can be deleted (gaps item 42). */
void
tr_sandbox_requests_delete (TrSandboxCall *call)
{
  g_autoptr(TrSandboxRequest) request = tr_sandbox_requests_fetch (call, call->segments[1]);
  static const char *const tables[] = {
    "DELETE FROM expenses WHERE request_id = ?", "DELETE FROM comments WHERE request_id = ?",
    "DELETE FROM cash_advances WHERE request_id = ?", "DELETE FROM approvals WHERE request_id = ?",
    "DELETE FROM requests WHERE id = ?",
  };

  if (request == NULL)
    return;
  if (!tr_sandbox_workflow_owner_may_edit (call, request) || g_str_equal (request->status, "SENTBACK"))
    {
      tr_sandbox_call_error (call, 403, "permissionDenied", _("Permission denied"));
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (!tr_sandbox_db_run (call->db, tables[i], "s", request->id))
      return;
  reply_true (call);
}

JsonNode *
tr_sandbox_requests_comment_list (TrSandboxCall *call,
                                  const char    *request_id,
                                  const char    *expense_id)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(sqlite3_stmt) stmt =
    tr_sandbox_db_query (call->db, "SELECT c.created, c.value, u.first_name, u.last_name,"
                                   " c.id = (SELECT MAX(id) FROM comments WHERE request_id IS ?1"
                                   "   AND expense_id IS ?2)"
                                   " FROM comments c LEFT JOIN users u ON u.id = c.author_id"
                                   " WHERE c.request_id IS ?1 AND c.expense_id IS ?2 ORDER BY c.id",
                         "ss", request_id, expense_id);

  json_builder_begin_array (builder);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "author");
      json_builder_begin_object (builder);
      add_string (builder, "firstName", tr_sandbox_db_text (stmt, 2));
      add_string (builder, "lastName", tr_sandbox_db_text (stmt, 3));
      json_builder_end_object (builder);
      add_string (builder, "creationDateTime", tr_sandbox_db_text (stmt, 0));
      add_bool (builder, "isLatest", sqlite3_column_int (stmt, 4) != 0);
      add_string (builder, "value", tr_sandbox_db_text (stmt, 1));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  return json_builder_get_root (builder);
}

void
tr_sandbox_requests_comments (TrSandboxCall *call)
{
  g_autoptr(TrSandboxRequest) request = tr_sandbox_requests_fetch (call, call->segments[1]);

  if (request != NULL)
    tr_sandbox_call_reply (call, 200, tr_sandbox_requests_comment_list (call, request->id, NULL));
}
