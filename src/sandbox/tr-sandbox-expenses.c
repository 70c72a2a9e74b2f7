/* tr-sandbox-expenses.c
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

#include "tr-sandbox-expenses.h"

#include <glib/gi18n-lib.h>

#include "tr-sandbox-expense-input.h"
#include "tr-sandbox-requests.h"
#include "tr-sandbox-util.h"
#include "tr-sandbox-workflow.h"

#define EXPENSE_COLUMNS "id, request_id, allocation_id, amount_minor, currency, posted_minor, modified, body"

static void
add_amount (JsonBuilder *builder,
            const char  *name,
            gint64       minor,
            const char  *currency)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_value (builder, tr_sandbox_amount_to_json (minor, currency));
}

static void
add_allocation (JsonBuilder  *builder,
                sqlite3_stmt *row,
                const char   *request_currency)
{
  json_builder_set_member_name (builder, "allocations");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  add_amount (builder, "allocationAmount", sqlite3_column_int64 (row, 3), tr_sandbox_db_text (row, 4));
  add_amount (builder, "approvedAmount", sqlite3_column_int64 (row, 5), request_currency);
  json_builder_set_member_name (builder, "allocationId");
  json_builder_add_string_value (builder, tr_sandbox_db_text (row, 2));
  add_amount (builder, "postedAmount", sqlite3_column_int64 (row, 5), request_currency);
  json_builder_set_member_name (builder, "expenseId");
  json_builder_add_string_value (builder, tr_sandbox_db_text (row, 0));
  json_builder_set_member_name (builder, "percentEdited");
  json_builder_add_boolean_value (builder, FALSE);
  json_builder_set_member_name (builder, "systemAllocation");
  json_builder_add_boolean_value (builder, TRUE);
  json_builder_set_member_name (builder, "percentage");
  json_builder_add_int_value (builder, 100);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
}

static void
add_body_member (JsonBuilder *builder,
                 JsonObject  *body,
                 const char  *member)
{
  JsonNode *node = json_object_get_member (body, member);

  if (node == NULL)
    return;
  json_builder_set_member_name (builder, member);
  json_builder_add_value (builder, json_node_copy (node));
}

static void
add_expense_type (TrSandboxCall *call,
                  JsonBuilder   *builder,
                  JsonObject    *body,
                  const char    *owner_id)
{
  JsonObject *type = tr_sandbox_object_object (body, "expenseType");
  const char *id = tr_sandbox_object_string (type, "id");
  g_autofree char *href = g_strdup_printf ("%s/expenseconfig/v4/users/%s/context/TRAVELER/expensetypes/%s",
                                           call->base, owner_id, id);

  json_builder_set_member_name (builder, "expenseType");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, tr_sandbox_object_string (type, "name"));
  json_builder_set_member_name (builder, "href");
  json_builder_add_string_value (builder, href);
  json_builder_end_object (builder);
}

static void
add_links (TrSandboxCall *call,
           JsonBuilder   *builder,
           const char    *id,
           const char    *request_id)
{
  g_autofree char *comments = tr_sandbox_call_link (call, "expenses/%s/comments", id);

  json_builder_set_member_name (builder, "parentRequest");
  json_builder_add_value (builder, tr_sandbox_call_resource_link (call, "requests", request_id));
  json_builder_set_member_name (builder, "comments");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "href");
  json_builder_add_string_value (builder, comments);
  json_builder_end_object (builder);
}

/* The stored body is what the sandbox itself wrote, but a database from
 * an older build (or edited by hand) may hold one that does not parse:
 * then the Expense is rendered from its columns alone. */
static JsonNode *
parse_stored_body (const char *id,
                   const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = text ? json_from_string (text, &error) : NULL;

  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node) && tr_sandbox_json_problem (node) == NULL)
    return node;
  g_debug ("Expense %s: the stored body is not a valid JSON object: %s", id,
           error ? error->message : "wrong type");
  g_clear_pointer (&node, json_node_unref);
  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, json_object_new ());
  return node;
}

/* @row holds EXPENSE_COLUMNS; @owner_id and @currency are the Request's. */
static JsonNode *
render (TrSandboxCall *call,
        sqlite3_stmt  *row,
        const char    *owner_id,
        const char    *currency)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const char *id = tr_sandbox_db_text (row, 0);
  g_autoptr(JsonNode) body_node = parse_stored_body (id, tr_sandbox_db_text (row, 7));
  JsonObject *body = json_node_get_object (body_node);
  g_autofree char *href = tr_sandbox_call_link (call, "expenses/%s", id);
  gint64 posted = sqlite3_column_int64 (row, 5);
  static const char *const tail[] = { "transactionDate", "tripData", "vendor", "budgetAccrualDate", NULL };

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "href");
  json_builder_add_string_value (builder, href);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  add_allocation (builder, row, currency);
  add_amount (builder, "approvedAmount", posted, currency);
  add_body_member (builder, body, "businessPurpose");
  add_body_member (builder, body, "exchangeRate");
  add_expense_type (call, builder, body, owner_id);
  add_body_member (builder, body, "lastComment");
  add_body_member (builder, body, "location");
  add_amount (builder, "postedAmount", posted, currency);
  add_amount (builder, "remainingAmount", posted, currency);
  add_amount (builder, "transactionAmount", sqlite3_column_int64 (row, 3), tr_sandbox_db_text (row, 4));
  for (guint i = 0; tail[i] != NULL; i++)
    add_body_member (builder, body, tail[i]);
  add_links (call, builder, id, tr_sandbox_db_text (row, 1));
  json_builder_set_member_name (builder, "lastModifiedDate");
  json_builder_add_string_value (builder, tr_sandbox_db_text (row, 6));
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static gboolean
record_comment (TrSandboxCall *call,
                const char    *request_id,
                const char    *expense_id,
                JsonObject    *body)
{
  const char *text = tr_sandbox_object_string (body, "lastComment");
  g_autofree char *now = tr_sandbox_now_timestamp ();

  if (text == NULL || *text == '\0')
    return TRUE;
  return tr_sandbox_db_run (call->db, "INSERT INTO comments (request_id, expense_id, author_id, created, value)"
                                      " VALUES (?, ?, ?, ?, ?)", "sssss",
                            request_id, expense_id, call->caller_id, now, text);
}

static char *
body_to_string (JsonObject *body)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);

  json_node_set_object (node, body);
  return json_to_string (node, FALSE);
}

/* Validates @input and stores it as expense @expense_id of @request_id;
 * @replace keeps the id, allocation and creation date of the old row. */
gboolean
tr_sandbox_expenses_store (TrSandboxCall *call,
                           const char    *request_id,
                           const char    *expense_id,
                           JsonObject    *input,
                           gboolean       replace)
{
  g_autoptr(TrSandboxRequest) request = tr_sandbox_request_load (call->db, request_id);
  g_autofree char *currency = request ? tr_sandbox_request_currency (call->db, request->owner_id) : NULL;
  g_autoptr(TrSandboxExpenseInput) parsed = NULL;
  g_autofree char *text = NULL;
  g_autofree char *now = tr_sandbox_now_timestamp ();
  g_autofree char *allocation_id = tr_sandbox_new_id ();
  JsonNode *allocations = json_object_get_member (input, "allocations");
  JsonObject *first = allocations && JSON_NODE_HOLDS_ARRAY (allocations)
                      && json_array_get_length (json_node_get_array (allocations)) > 0
                      ? json_array_get_object_element (json_node_get_array (allocations), 0) : NULL;
  const char *given_allocation = tr_sandbox_object_string (first, "allocationId");

  if (request == NULL || (parsed = tr_sandbox_expense_input_parse (call, input, currency)) == NULL)
    return FALSE;
  if (!replace && tr_sandbox_is_hex_id (given_allocation)
      && tr_sandbox_db_count (call->db, "SELECT COUNT(*) FROM expenses WHERE allocation_id = ?",
                              "s", given_allocation) == 0)
    {
      g_free (allocation_id);
      allocation_id = g_strdup (given_allocation);
    }
  text = body_to_string (parsed->body);
  if (replace)
    return tr_sandbox_db_run (call->db, "UPDATE expenses SET amount_minor = ?, currency = ?, posted_minor = ?,"
                                        " modified = ?, body = ? WHERE id = ?", "isisss",
                              parsed->amount_minor, parsed->currency, parsed->posted_minor, now, text, expense_id)
           && record_comment (call, request_id, expense_id, parsed->body)
           && tr_sandbox_request_touch_id (call->db, request_id);
  return tr_sandbox_db_run (call->db, "INSERT INTO expenses (" EXPENSE_COLUMNS ", created)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", "sssisisss",
                            expense_id, request_id, allocation_id, parsed->amount_minor, parsed->currency,
                            parsed->posted_minor, now, text, now)
         && record_comment (call, request_id, expense_id, parsed->body)
         && tr_sandbox_request_touch_id (call->db, request_id);
}

/* Loads expense @id with its Request; NULL after answering 404 / 403. */
static sqlite3_stmt *
fetch_expense (TrSandboxCall     *call,
               const char        *id,
               TrSandboxRequest **request_out)
{
  g_autoptr(sqlite3_stmt) row =
    tr_sandbox_db_query (call->db, "SELECT " EXPENSE_COLUMNS " FROM expenses WHERE id = ?", "s", id);

  if (row == NULL || sqlite3_step (row) != SQLITE_ROW)
    {
      tr_sandbox_call_error (call, 404, "notFound", _("Resource not found"));
      return NULL;
    }
  *request_out = tr_sandbox_requests_fetch (call, tr_sandbox_db_text (row, 1));
  if (*request_out == NULL)
    return NULL;
  return g_steal_pointer (&row);
}

static void
reply_expense (TrSandboxCall    *call,
               guint             status,
               TrSandboxRequest *request,
               const char       *id)
{
  g_autoptr(sqlite3_stmt) row =
    tr_sandbox_db_query (call->db, "SELECT " EXPENSE_COLUMNS " FROM expenses WHERE id = ?", "s", id);
  g_autofree char *currency = tr_sandbox_request_currency (call->db, request->owner_id);

  if (row != NULL && sqlite3_step (row) == SQLITE_ROW)
    tr_sandbox_call_reply (call, status, render (call, row, request->owner_id, currency));
}

static gboolean
check_editable (TrSandboxCall    *call,
                TrSandboxRequest *request)
{
  if (tr_sandbox_workflow_owner_may_edit (call, request))
    return TRUE;
  tr_sandbox_call_error (call, 403, "permissionDenied", _("Permission denied"));
  return FALSE;
}

void
tr_sandbox_expenses_list (TrSandboxCall *call)
{
  g_autoptr(TrSandboxRequest) request = tr_sandbox_requests_fetch (call, call->segments[1]);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(sqlite3_stmt) rows = NULL;
  g_autofree char *currency = NULL;

  if (request == NULL)
    return;
  currency = tr_sandbox_request_currency (call->db, request->owner_id);
  rows = tr_sandbox_db_query (call->db, "SELECT " EXPENSE_COLUMNS " FROM expenses WHERE request_id = ?"
                                        " ORDER BY created, id", "s", request->id);
  json_builder_begin_array (builder);
  while (rows != NULL && sqlite3_step (rows) == SQLITE_ROW)
    json_builder_add_value (builder, render (call, rows, request->owner_id, currency));
  json_builder_end_array (builder);
  tr_sandbox_call_reply (call, 200, json_builder_get_root (builder));
}

void
tr_sandbox_expenses_create (TrSandboxCall *call)
{
  g_autoptr(TrSandboxRequest) request = NULL;
  g_autofree char *id = tr_sandbox_new_id ();
  JsonObject *input;

  if (!tr_sandbox_call_require_user (call)
      || (request = tr_sandbox_requests_fetch (call, call->segments[1])) == NULL
      || (input = tr_sandbox_call_json_object (call)) == NULL || !check_editable (call, request))
    return;
  if (json_object_has_member (input, "id"))
    {
      tr_sandbox_call_error (call, 400, "idNotAllowed", _("The id must not be sent when creating an expense."));
      return;
    }
  if (tr_sandbox_expenses_store (call, request->id, id, input, FALSE))
    reply_expense (call, 201, request, id);
}

void
tr_sandbox_expenses_get (TrSandboxCall *call)
{
  g_autoptr(TrSandboxRequest) request = NULL;
  g_autoptr(sqlite3_stmt) row = fetch_expense (call, call->segments[1], &request);
  g_autofree char *currency = NULL;

  if (row == NULL)
    return;
  currency = tr_sandbox_request_currency (call->db, request->owner_id);
  tr_sandbox_call_reply (call, 200, render (call, row, request->owner_id, currency));
}

/* Full replace (gaps item 44): members left out are removed. */
void
tr_sandbox_expenses_update (TrSandboxCall *call)
{
  g_autoptr(TrSandboxRequest) request = NULL;
  g_autoptr(sqlite3_stmt) row = NULL;
  const char *body_id;
  JsonObject *input;

  if (!tr_sandbox_call_require_user (call)
      || (row = fetch_expense (call, call->segments[1], &request)) == NULL
      || (input = tr_sandbox_call_json_object (call)) == NULL || !check_editable (call, request))
    return;
  body_id = tr_sandbox_object_string (input, "id");
  if (body_id != NULL && !g_str_equal (body_id, call->segments[1]))
    {
      tr_sandbox_call_error (call, 400, "badParam", _("The id in the body differs from the one in the path."));
      return;
    }
  if (tr_sandbox_expenses_store (call, request->id, call->segments[1], input, TRUE))
    reply_expense (call, 200, request, call->segments[1]);
}

void
tr_sandbox_expenses_delete (TrSandboxCall *call)
{
  g_autoptr(TrSandboxRequest) request = NULL;
  g_autoptr(sqlite3_stmt) row = NULL;
  JsonNode *node;

  if (!tr_sandbox_call_require_user (call)
      || (row = fetch_expense (call, call->segments[1], &request)) == NULL
      || !check_editable (call, request))
    return;
  if (!tr_sandbox_db_run (call->db, "DELETE FROM expenses WHERE id = ?", "s", call->segments[1])
      || !tr_sandbox_db_run (call->db, "DELETE FROM comments WHERE expense_id = ?", "s", call->segments[1])
      || !tr_sandbox_request_touch_id (call->db, request->id))
    return;
  node = json_node_new (JSON_NODE_VALUE);
  json_node_set_boolean (node, TRUE);
  tr_sandbox_call_reply (call, 200, node);
}

void
tr_sandbox_expenses_comments (TrSandboxCall *call)
{
  g_autoptr(TrSandboxRequest) request = NULL;
  g_autoptr(sqlite3_stmt) row = fetch_expense (call, call->segments[1], &request);

  if (row != NULL)
    tr_sandbox_call_reply (call, 200, tr_sandbox_requests_comment_list (call, request->id, call->segments[1]));
}
