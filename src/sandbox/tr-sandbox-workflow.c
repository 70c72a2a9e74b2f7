/* tr-sandbox-workflow.c
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

/* The approval state machine and the per-caller operations matrix
 * (API notes §3, gaps items 26–31). */

#define G_LOG_DOMAIN "tr-sandbox"

#include "tr-sandbox-workflow.h"

#include <glib/gi18n-lib.h>

#include "tr-sandbox-policy.h"
#include "tr-sandbox-requests.h"
#include "tr-sandbox-util.h"

static gboolean
is_owner (TrSandboxCall    *call,
          TrSandboxRequest *request)
{
  return call->caller_id != NULL && g_str_equal (call->caller_id, request->owner_id);
}

static gboolean
is_current_approver (TrSandboxCall    *call,
                     TrSandboxRequest *request)
{
  return call->caller_id != NULL && g_str_equal (request->status, "SUBMITTED")
         && g_strcmp0 (request->approver_id, call->caller_id) == 0;
}

/* Owner, approvers of the chain (the owner's manager, the policy's second
 * step) and anyone who approved it may read a Request; so may the system
 * user of a company token. */
gboolean
tr_sandbox_workflow_can_read (TrSandboxCall    *call,
                              TrSandboxRequest *request)
{
  if (call->caller_id == NULL || is_owner (call, request)
      || g_strcmp0 (request->approver_id, call->caller_id) == 0)
    return TRUE;
  return tr_sandbox_db_count (call->db,
                              "SELECT (SELECT COUNT(*) FROM approvals WHERE request_id = ?1 AND approver_id = ?2)"
                              " + (SELECT COUNT(*) FROM users WHERE id = ?3 AND manager_id = ?2)"
                              " + (SELECT COUNT(*) FROM policies WHERE id = ?4 AND second_approver_id = ?2)",
                              "ssss", request->id, call->caller_id, request->owner_id, request->policy_id) > 0;
}

gboolean
tr_sandbox_workflow_owner_may_edit (TrSandboxCall    *call,
                                    TrSandboxRequest *request)
{
  return is_owner (call, request) && !request->closed
         && (g_str_equal (request->status, "NOT_SUBMITTED") || g_str_equal (request->status, "SENTBACK"));
}

/* The operations matrix of API notes §3.3, in Concur's order. */
GStrv
tr_sandbox_workflow_actions (TrSandboxCall    *call,
                             TrSandboxRequest *request)
{
  g_autoptr(GStrvBuilder) actions = g_strv_builder_new ();
  const char *status = request->status;

  if (is_owner (call, request))
    {
      if (request->closed)
        g_strv_builder_add (actions, "reopen");
      else if (g_str_equal (status, "NOT_SUBMITTED"))
        g_strv_builder_add (actions, "submit");
      else if (g_str_equal (status, "SENTBACK"))
        g_strv_builder_add_many (actions, "submit", "cancel", NULL);
      else if (g_str_equal (status, "SUBMITTED"))
        g_strv_builder_add_many (actions, "recall", "cancel", NULL);
      else if (g_str_equal (status, "APPROVED"))
        g_strv_builder_add_many (actions, "cancel", "close", NULL);
      else if (g_str_equal (status, "CANCELED"))
        g_strv_builder_add (actions, "close");
    }
  if (is_current_approver (call, request) && !is_owner (call, request))
    g_strv_builder_add_many (actions, "approve", "sendback", NULL);
  return g_strv_builder_end (actions);
}

JsonNode *
tr_sandbox_workflow_operations (TrSandboxCall    *call,
                                TrSandboxRequest *request)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_auto(GStrv) actions = tr_sandbox_workflow_actions (call, request);

  json_builder_begin_array (builder);
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_autofree char *href = tr_sandbox_call_link (call, "requests/%s/%s", request->id, actions[i]);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "rel");
      json_builder_add_string_value (builder, actions[i]);
      json_builder_set_member_name (builder, "href");
      json_builder_add_string_value (builder, href);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  return json_builder_get_root (builder);
}

static char *
lookup_user_column (TrSandboxCall *call,
                    const char    *sql,
                    const char    *id)
{
  g_autoptr(sqlite3_stmt) stmt = tr_sandbox_db_query (call->db, sql, "s", id);

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return g_strdup (tr_sandbox_db_text (stmt, 0));
}

static void
set_approver (TrSandboxRequest *request,
              const char       *approver_id,
              gint64            step)
{
  g_free (request->approver_id);
  request->approver_id = g_strdup (approver_id);
  request->step = step;
}

static gboolean
submit (TrSandboxCall    *call,
        TrSandboxRequest *request)
{
  g_autofree char *manager = lookup_user_column (call, "SELECT manager_id FROM users WHERE id = ?",
                                                 request->owner_id);

  if (!tr_sandbox_policy_check_submit (call, request))
    return FALSE;
  if (manager == NULL)
    return tr_sandbox_call_error (call, 409, "NO_APPROVER",
                                  _("No approver is defined for the first approval step.")), FALSE;
  if (g_str_equal (manager, request->owner_id))
    return tr_sandbox_call_error (call, 409, "APPROVER_CUM_REPORTOWNER",
                                  _("The approver cannot be the owner of the Request.")), FALSE;
  tr_sandbox_request_set_status (request, "SUBMITTED");
  set_approver (request, manager, 1);
  g_free (request->submitted);
  request->submitted = g_strdup (request->modified);
  return TRUE;
}

/* Step 1 is the owner's manager; a policy may add a second step. */
static gboolean
approve (TrSandboxCall    *call,
         TrSandboxRequest *request)
{
  g_autofree char *second = lookup_user_column (call, "SELECT second_approver_id FROM policies WHERE id = ?",
                                                request->policy_id);

  tr_sandbox_db_run (call->db, "INSERT INTO approvals (request_id, approver_id, at) VALUES (?, ?, ?)",
                     "sss", request->id, call->caller_id, request->modified);
  tr_sandbox_request_touch (request);
  if (request->step == 1 && second != NULL && !g_str_equal (second, request->owner_id)
      && !g_str_equal (second, call->caller_id))
    {
      set_approver (request, second, 2);
      return TRUE;
    }
  tr_sandbox_request_set_status (request, "APPROVED");
  set_approver (request, NULL, 0);
  g_free (request->approved);
  request->approved = g_strdup (request->modified);
  return TRUE;
}

static gboolean
add_comment (TrSandboxCall    *call,
             TrSandboxRequest *request,
             const char       *comment)
{
  if (comment == NULL || *comment == '\0')
    return TRUE;
  return tr_sandbox_db_run (call->db, "INSERT INTO comments (request_id, author_id, created, value)"
                                      " VALUES (?, ?, ?, ?)", "ssss",
                            request->id, call->caller_id, request->modified, comment);
}

/* Sendback comment: JSON {"comment": …}, a raw string body, or ?comment=
 * (gaps item 31). Returns FALSE after answering 400. */
static gboolean
read_comment (TrSandboxCall  *call,
              char          **comment_out)
{
  gsize size = 0;
  const char *data = call->raw_body ? g_bytes_get_data (call->raw_body, &size) : NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;

  *comment_out = g_strdup (tr_sandbox_call_param (call, "comment"));
  if (data == NULL || size == 0)
    return TRUE;
  if (!g_utf8_validate (data, size, NULL))
    return tr_sandbox_call_error (call, 400, "invalidJson", _("The body is not valid UTF-8.")), FALSE;
  g_free (*comment_out);
  *comment_out = NULL;
  text = g_strndup (data, size);
  node = json_from_string (text, NULL);
  if (node != NULL && tr_sandbox_json_problem (node) != NULL)
    return tr_sandbox_call_error (call, 400, "invalidJson", tr_sandbox_json_problem (node)), FALSE;
  if (node == NULL)
    *comment_out = g_strstrip (g_strdup (text));
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    *comment_out = json_node_dup_string (node);
  else if (JSON_NODE_HOLDS_OBJECT (node)
           && !json_object_has_member (json_node_get_object (node), "comment"))
    return TRUE;
  else if (JSON_NODE_HOLDS_OBJECT (node)
           && tr_sandbox_object_string (json_node_get_object (node), "comment") != NULL)
    *comment_out = g_strdup (tr_sandbox_object_string (json_node_get_object (node), "comment"));
  else
    return tr_sandbox_call_error (call, 400, "badParam", _("The comment must be a string.")), FALSE;
  return TRUE;
}

static gboolean
perform (TrSandboxCall    *call,
         TrSandboxRequest *request,
         const char       *action,
         const char       *comment)
{
  if (g_str_equal (action, "submit"))
    return submit (call, request);
  if (g_str_equal (action, "approve"))
    return approve (call, request);
  if (g_str_equal (action, "close") || g_str_equal (action, "reopen"))
    {
      request->closed = g_str_equal (action, "close");
      tr_sandbox_request_touch (request);
      return TRUE;
    }
  if (g_str_equal (action, "cancel"))
    {
      request->canceled_post_approval = g_str_equal (request->status, "APPROVED");
      tr_sandbox_request_set_status (request, "CANCELED");
    }
  else
    tr_sandbox_request_set_status (request, "SENTBACK");
  if (g_str_equal (action, "sendback"))
    request->ever_sent_back = TRUE;
  set_approver (request, NULL, 0);
  return add_comment (call, request, comment);
}

void
tr_sandbox_workflow_handle (TrSandboxCall *call)
{
  const char *action = call->segments[2];
  g_autoptr(TrSandboxRequest) request = NULL;
  g_auto(GStrv) allowed = NULL;
  g_autofree char *comment = NULL;

  if (!tr_sandbox_call_require_user (call))
    return;
  request = tr_sandbox_requests_fetch (call, call->segments[1]);
  if (request == NULL || !read_comment (call, &comment))
    return;
  allowed = tr_sandbox_workflow_actions (call, request);
  if (!g_strv_contains ((const char * const *) allowed, action))
    {
      tr_sandbox_call_error (call, 403, "permissionDenied", _("Permission denied"));
      return;
    }
  if (!perform (call, request, action, comment) || !tr_sandbox_request_save (request, call->db))
    return;
  tr_sandbox_call_reply (call, 200, tr_sandbox_requests_render (call, request, TRUE));
}
