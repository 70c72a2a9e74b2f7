/* test-sandbox-workflow.c
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

/* The workflow matrix: each action from each state, as owner, approver
 * and stranger, plus two-step approval and the submit checks. */

#include "tr-sandbox-test-util.h"

#include <string.h>

typedef enum { NOT_SUBMITTED, SUBMITTED, SENTBACK, APPROVED, CANCELED, APPROVED_CLOSED, CANCELED_CLOSED, N_STATES } State;
typedef enum { OWNER, APPROVER, STRANGER, N_ROLES } Role;

static const char *const actions[] = { "submit", "recall", "cancel", "close", "reopen", "approve", "sendback", NULL };
static const char *const state_names[] = { "not-submitted", "submitted", "sentback", "approved", "canceled",
                                           "approved-closed", "canceled-closed" };
static const char *const role_names[] = { "owner", "approver", "stranger" };

/* API notes §3.3, in Concur's order; the stranger is offered nothing. */
static const char *const allowed[N_STATES][N_ROLES] = {
  [NOT_SUBMITTED] = { "submit", "", "" },
  [SUBMITTED] = { "recall,cancel", "approve,sendback", "" },
  [SENTBACK] = { "submit,cancel", "", "" },
  [APPROVED] = { "cancel,close", "", "" },
  [CANCELED] = { "close", "", "" },
  [APPROVED_CLOSED] = { "reopen", "", "" },
  [CANCELED_CLOSED] = { "reopen", "", "" },
};

static TrSandboxHarness *harness;
static char *tokens[N_ROLES];

typedef struct
{
  State       state;
  Role        role;
  const char *action;
} Case;

static JsonNode *
act (const char *id,
     const char *action,
     Role        role,
     guint       expected_status)
{
  g_autofree char *path = g_strdup_printf ("/travelrequest/v4/requests/%s/%s", id, action);
  guint status = 0;
  JsonNode *reply = tr_sandbox_harness_call (harness, "POST", path, tokens[role], NULL, &status);

  g_assert_cmpuint (status, ==, expected_status);
  return reply;
}

static void
step (const char *id,
      const char *action,
      Role        role)
{
  g_autoptr(JsonNode) reply = act (id, action, role, 200);
}

static char *
request_in_state (State state)
{
  char *id = tr_sandbox_create_request (harness, tokens[OWNER], "Matrix trip");

  if (state == NOT_SUBMITTED)
    return id;
  step (id, "submit", OWNER);
  if (state == SENTBACK)
    step (id, "sendback", APPROVER);
  else if (state == APPROVED || state == APPROVED_CLOSED)
    step (id, "approve", APPROVER);
  else if (state == CANCELED || state == CANCELED_CLOSED)
    step (id, "cancel", OWNER);
  if (state == APPROVED_CLOSED || state == CANCELED_CLOSED)
    step (id, "close", OWNER);
  return id;
}

static char *
operations_of (JsonNode *request)
{
  JsonArray *operations = json_object_get_array_member (json_node_get_object (request), "operations");
  g_autoptr(GString) rels = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (operations); i++)
    {
      JsonObject *link = json_array_get_object_element (operations, i);
      g_autofree char *suffix = g_strdup_printf ("/%s", json_object_get_string_member (link, "rel"));

      g_assert_true (g_str_has_prefix (json_object_get_string_member (link, "href"), harness->base));
      g_assert_true (g_str_has_suffix (json_object_get_string_member (link, "href"), suffix));
      g_string_append_printf (rels, "%s%s", i ? "," : "", json_object_get_string_member (link, "rel"));
    }
  return g_string_free (g_steal_pointer (&rels), FALSE);
}

static gboolean
is_allowed (State       state,
            Role        role,
            const char *action)
{
  g_auto(GStrv) list = g_strsplit (allowed[state][role], ",", -1);

  return g_strv_contains ((const char * const *) list, action);
}

static void
assert_outcome (JsonNode   *reply,
                const char *action,
                State       from)
{
  JsonObject *request = json_node_get_object (reply);
  const char *status = tr_sandbox_status_code (reply);

  if (g_str_equal (action, "submit"))
    g_assert_cmpstr (status, ==, "SUBMITTED");
  else if (g_str_equal (action, "recall"))
    g_assert_true (g_str_equal (status, "SENTBACK") && !json_object_get_boolean_member (request, "everSentBack"));
  else if (g_str_equal (action, "sendback"))
    g_assert_true (g_str_equal (status, "SENTBACK") && json_object_get_boolean_member (request, "everSentBack"));
  else if (g_str_equal (action, "approve"))
    g_assert_true (g_str_equal (status, "APPROVED") && json_object_get_boolean_member (request, "approved"));
  else if (g_str_equal (action, "cancel"))
    g_assert_true (g_str_equal (status, "CANCELED")
                   && json_object_get_boolean_member (request, "canceledPostApproval") == (from == APPROVED));
  else
    g_assert_true (json_object_get_boolean_member (request, "closed") == g_str_equal (action, "close"));
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *id = request_in_state (c->state);
  g_autofree char *path = g_strdup_printf ("/travelrequest/v4/requests/%s", id);
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(JsonNode) reply = NULL;
  g_autofree char *offered = NULL;
  gboolean ok = is_allowed (c->state, c->role, c->action);
  guint status = 0;

  before = tr_sandbox_harness_call (harness, "GET", path, tokens[c->role], NULL, &status);
  g_assert_cmpuint (status, ==, c->role == STRANGER ? 403 : 200);
  if (c->role != STRANGER)
    {
      offered = operations_of (before);
      g_assert_cmpstr (offered, ==, allowed[c->state][c->role]);
    }
  reply = act (id, c->action, c->role, ok ? 200 : 403);
  if (ok)
    assert_outcome (reply, c->action, c->state);
  else
    g_assert_cmpstr (tr_sandbox_error_code (reply), ==, "permissionDenied");
}

static void
test_two_steps (void)
{
  g_autofree char *fiona = tr_sandbox_harness_token (harness, FIONA);
  const char *body = "{\"name\":\"Two steps\",\"businessPurpose\":\"Abroad\",\"startDate\":\"2027-04-01\","
                     "\"endDate\":\"2027-04-02\",\"policy\":{\"id\":\"6B0D3A8E9C4F4E21A7D5B3C1F0E2D4A6\"}}";
  guint status = 0;
  g_autoptr(JsonNode) created = tr_sandbox_harness_call (harness, "POST", "/travelrequest/v4/requests",
                                                         tokens[OWNER], body, &status);
  const char *id = json_object_get_string_member (json_node_get_object (created), "id");
  g_autofree char *approve = g_strdup_printf ("/travelrequest/v4/requests/%s/approve", id);
  g_autoptr(JsonNode) first = NULL;
  g_autoptr(JsonNode) second = NULL;
  g_autoptr(JsonNode) queue = NULL;

  step (id, "submit", OWNER);
  first = act (id, "approve", APPROVER, 200);
  g_assert_cmpstr (tr_sandbox_status_code (first), ==, "SUBMITTED");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (json_node_get_object (first),
                                                                                  "approver"), "firstName"), ==, "Fiona");
  queue = tr_sandbox_harness_call (harness, "GET", "/travelrequest/v4/requests?view=TOAPPROVE", fiona, NULL, &status);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (queue), "data")), >=, 2);
  second = tr_sandbox_harness_call (harness, "POST", approve, fiona, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  g_assert_cmpstr (tr_sandbox_status_code (second), ==, "APPROVED");
}

static void
test_submit_checks (void)
{
  g_autofree char *marc_request = tr_sandbox_create_request (harness, tokens[APPROVER], "Manager trip");
  guint status = 0;
  g_autoptr(JsonNode) no_name = tr_sandbox_harness_call (harness, "POST", "/travelrequest/v4/requests", tokens[OWNER],
                                                         "{\"businessPurpose\":\"x\"}", &status);
  const char *draft = json_object_get_string_member (json_node_get_object (no_name), "id");
  g_autoptr(JsonNode) inverted = tr_sandbox_harness_call (harness, "POST", "/travelrequest/v4/requests", tokens[OWNER],
                                                          "{\"name\":\"Back in time\",\"businessPurpose\":\"x\","
                                                          "\"startDate\":\"2027-05-09\",\"endDate\":\"2027-05-01\"}",
                                                          &status);
  g_autoptr(JsonNode) r1 = act (marc_request, "submit", APPROVER, 409);
  g_autoptr(JsonNode) r2 = act (draft, "submit", OWNER, 400);
  g_autoptr(JsonNode) r3 = act (json_object_get_string_member (json_node_get_object (inverted), "id"), "submit", OWNER, 400);

  g_assert_cmpstr (tr_sandbox_error_code (r1), ==, "NO_APPROVER");
  g_assert_cmpstr (tr_sandbox_error_code (r2), ==, "missingRequiredField");
  g_assert_cmpstr (tr_sandbox_error_code (r3), ==, "blockingException");
}

static void
sendback_with (const char *suffix,
               const char *body,
               const char *comment)
{
  g_autofree char *id = request_in_state (SUBMITTED);
  g_autofree char *path = g_strdup_printf ("/travelrequest/v4/requests/%s/sendback%s", id, suffix);
  g_autofree char *comments_path = g_strdup_printf ("/travelrequest/v4/requests/%s/comments", id);
  g_autoptr(JsonNode) reply = NULL;
  g_autoptr(JsonNode) comments = NULL;
  JsonArray *list;
  JsonObject *last;
  guint status = 0;

  reply = tr_sandbox_harness_call (harness, "POST", path, tokens[APPROVER], body, &status);
  g_assert_cmpuint (status, ==, 200);
  comments = tr_sandbox_harness_call (harness, "GET", comments_path, tokens[OWNER], NULL, &status);
  list = json_node_get_array (comments);
  last = json_array_get_object_element (list, json_array_get_length (list) - 1);
  g_assert_cmpstr (json_object_get_string_member (last, "value"), ==, comment);
  g_assert_true (json_object_get_boolean_member (last, "isLatest"));
}

static void
test_sendback_comment (void)
{
  sendback_with ("", "{\"comment\":\"Too expensive\"}", "Too expensive");
  sendback_with ("", "\"Pick another hotel\"", "Pick another hotel");
  sendback_with ("", "Dates are wrong", "Dates are wrong");
  sendback_with ("?comment=From%20query", NULL, "From query");
}

int
main (int   argc,
      char *argv[])
{
  const char *const logins[] = { EMMA, MARC, LUCAS };
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_free);
  int result;

  g_test_init (&argc, &argv, NULL);
  harness = tr_sandbox_harness_start (NULL, (const char *[]) { "--seed=demo", NULL });
  for (int r = 0; r < N_ROLES; r++)
    tokens[r] = tr_sandbox_harness_token (harness, logins[r]);
  for (int s = 0; s < N_STATES; s++)
    for (int r = 0; r < N_ROLES; r++)
      for (int a = 0; actions[a] != NULL; a++)
        {
          Case *c = g_new0 (Case, 1);
          g_autofree char *path = g_strdup_printf ("/sandbox/workflow/%s/%s/%s", state_names[s], role_names[r], actions[a]);

          *c = (Case) { s, r, actions[a] };
          g_ptr_array_add (cases, c);
          g_test_add_data_func (path, c, test_case);
        }
  g_test_add_func ("/sandbox/workflow/two-steps", test_two_steps);
  g_test_add_func ("/sandbox/workflow/submit-checks", test_submit_checks);
  g_test_add_func ("/sandbox/workflow/sendback-comment", test_sendback_comment);
  result = g_test_run ();
  tr_sandbox_harness_free (harness);
  for (int r = 0; r < N_ROLES; r++)
    g_free (tokens[r]);
  return result;
}
