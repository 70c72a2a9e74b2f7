/* tr-sync-moved.c
 *
 * Copyright 2026 The Travel Requests authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <https://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "TrSync"

#include <glib/gi18n-lib.h>

#include "tr-sync-error.h"
#include "tr-sync-moved.h"

/* "Moved meanwhile", in one place. A workflow action waits in the outbox
 * (the approver decided offline, or the answer was lost); when it is
 * replayed, or when the server refuses it (403 permissionDenied, 409), the
 * request is read again and judged here: still waiting for the action,
 * already where our earlier attempt led it (exactly once: a success), or
 * moved by someone else, which is said precisely. An approval is never
 * sent for a version the approver did not see (API notes §3.2–3.4, gaps
 * 27–28: recall sets SENTBACK without everSentBack). */

static JsonNode *
member (JsonNode   *node,
        const char *name)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return json_object_get_member (json_node_get_object (node), name);
}

static const char *
string_at (JsonNode   *node,
           const char *name,
           const char *sub)
{
  JsonNode *value = member (node, name);

  if (sub != NULL)
    value = member (value, sub);
  if (value == NULL || !JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (value);
}

static gboolean
bool_at (JsonNode   *node,
         const char *name)
{
  JsonNode *value = member (node, name);

  return value != NULL && JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_BOOLEAN
         && json_node_get_boolean (value);
}

/* Whether the server offers @rel in the request's operations; -1 when the
 * request carries no operations at all. */
static int
offers (JsonNode   *current,
        const char *rel)
{
  JsonNode *operations = member (current, "operations");
  JsonArray *array;

  if (operations == NULL || !JSON_NODE_HOLDS_ARRAY (operations))
    return -1;
  array = json_node_get_array (operations);
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (g_strcmp0 (string_at (json_array_get_element (array, i), "rel", NULL), rel) == 0)
      return 1;
  return 0;
}

static gboolean
is_approver_action (const char *action)
{
  return g_strcmp0 (action, "approve") == 0 || g_strcmp0 (action, "sendback") == 0;
}

/* Still waiting for @user_id's decision. */
static gboolean
waits_for (JsonNode   *current,
           const char *action,
           const char *user_id)
{
  const char *approver = string_at (current, "approver", "id");
  int offered = offers (current, action);

  if (g_strcmp0 (string_at (current, "approvalStatus", "code"), "SUBMITTED") != 0 || offered == 0)
    return FALSE;
  return offered == 1 || approver == NULL || user_id == NULL || g_strcmp0 (approver, user_id) == 0;
}

static gboolean
is_approved (const char *status)
{
  return g_strcmp0 (status, "APPROVED") == 0 || g_strcmp0 (status, "PENDING_BOOKING") == 0;
}

/* Back with the traveler: recalled, sent back, or cannot tell. */
static TrSyncMove
returned (JsonNode *seen,
          JsonNode *current)
{
  gboolean now = bool_at (current, "everSentBack");

  if (!now)
    return TR_SYNC_MOVE_RECALLED;
  if (seen != NULL && member (seen, "everSentBack") != NULL && !bool_at (seen, "everSentBack"))
    return TR_SYNC_MOVE_SENT_BACK;
  return TR_SYNC_MOVE_RETURNED;
}

/* Where the request went, for an action it no longer allows. */
static TrSyncMove
where (JsonNode   *seen,
       JsonNode   *current,
       const char *action)
{
  const char *status = string_at (current, "approvalStatus", "code");

  if (is_approved (status))
    return TR_SYNC_MOVE_APPROVED;
  if (g_strcmp0 (status, "SENTBACK") == 0)
    return returned (seen, current);
  if (g_strcmp0 (status, "CANCELED") == 0)
    return TR_SYNC_MOVE_CANCELED;
  if (g_strcmp0 (status, "SUBMITTED") == 0 && is_approver_action (action))
    return TR_SYNC_MOVE_APPROVED;   /* on to another approver */
  return TR_SYNC_MOVE_OTHER;
}

/* Whether @current is where our approval would have led it. */
static gboolean
approval_took_effect (JsonNode   *current,
                      const char *user_id)
{
  const char *status = string_at (current, "approvalStatus", "code");
  const char *approver = string_at (current, "approver", "id");

  if (is_approved (status))
    return TRUE;
  return g_strcmp0 (status, "SUBMITTED") == 0 && approver != NULL && user_id != NULL
         && g_strcmp0 (approver, user_id) != 0;
}

/* The same version: the same `lastModified` instant, however written. */
static gboolean
same_version (const char *seen,
              const char *current)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) a = seen ? g_date_time_new_from_iso8601 (seen, utc) : NULL;
  g_autoptr(GDateTime) b = current ? g_date_time_new_from_iso8601 (current, utc) : NULL;

  if (a != NULL && b != NULL)
    return g_date_time_equal (a, b);
  return g_strcmp0 (seen, current) == 0;
}

/**
 * tr_sync_judge_action:
 * @action: the workflow action (`approve`, `sendback`, `submit`, …)
 * @seen: (nullable): what the approver saw when deciding, as made by
 *   tr_sync_seen_version_new() (the operation's payload)
 * @current: the request as the server returns it now
 * @user_id: (nullable): the signed-in user (the approver)
 * @attempted: whether the action was sent before without a known outcome
 *   (also when @seen says it was sent once before it was queued)
 *
 * Judges an approver's queued decision against the request's current
 * state; for other actions, only says where a request went that no longer
 * allows the action (after the server refused it).
 *
 * Returns: what to do or to report
 */
TrSyncMove
tr_sync_judge_action (const char *action,
                      JsonNode   *seen,
                      JsonNode   *current,
                      const char *user_id,
                      gboolean    attempted)
{
  const char *seen_version = string_at (seen, "lastModified", NULL);

  g_return_val_if_fail (action != NULL, TR_SYNC_MOVE_OTHER);

  if (current == NULL || !JSON_NODE_HOLDS_OBJECT (current))
    return TR_SYNC_MOVE_OTHER;
  attempted = attempted || bool_at (seen, "sent");
  if (attempted && g_str_equal (action, "approve") && approval_took_effect (current, user_id))
    return TR_SYNC_MOVE_DONE;
  if (attempted && g_str_equal (action, "sendback") && bool_at (current, "everSentBack")
      && g_strcmp0 (string_at (current, "approvalStatus", "code"), "SENTBACK") == 0)
    return TR_SYNC_MOVE_DONE;
  if (!is_approver_action (action))
    return offers (current, action) == 1 ? TR_SYNC_MOVE_NONE : where (seen, current, action);
  if (!waits_for (current, action, user_id))
    return where (seen, current, action);
  if (g_str_equal (action, "approve") && seen_version != NULL
      && !same_version (seen_version, string_at (current, "lastModified", NULL)))
    return TR_SYNC_MOVE_CHANGED;
  return TR_SYNC_MOVE_NONE;
}

static char *
describe_other (JsonNode *current)
{
  const char *name = string_at (current, "approvalStatus", "name");

  if (name == NULL)
    name = string_at (current, "approvalStatus", "code");
  if (name == NULL)
    return g_strdup (_("Not sent: the request no longer allows this."));
  /* Translators: %s is the request's status as the server names it, such as “Approved” */
  return g_strdup_printf (_("Not sent: the request no longer allows this (it is now “%s”)."), name);
}

/**
 * tr_sync_move_describe:
 * @move: a judgement of tr_sync_judge_action()
 * @action: the workflow action
 * @current: (nullable): the request as the server returns it now
 *
 * Returns: (nullable): a translated sentence for the user, %NULL when
 *   @move is not a refusal
 */
char *
tr_sync_move_describe (TrSyncMove  move,
                       const char *action,
                       JsonNode   *current)
{
  switch (move)
    {
    case TR_SYNC_MOVE_RECALLED:
      return g_strdup (_("Not sent: the request was recalled by the traveler meanwhile."));
    case TR_SYNC_MOVE_APPROVED:
      return g_strdup (_("Not sent: the request was approved by someone else meanwhile."));
    case TR_SYNC_MOVE_SENT_BACK:
      return g_strdup (_("Not sent: the request was sent back by someone else meanwhile."));
    case TR_SYNC_MOVE_RETURNED:
      return g_strdup (_("Not sent: the request was sent back to the traveler or recalled meanwhile."));
    case TR_SYNC_MOVE_CANCELED:
      return g_strdup (_("Not sent: the request was canceled meanwhile."));
    case TR_SYNC_MOVE_CHANGED:
      return g_strdup (_("Not approved: the request changed since you saw it. Open it again to see what changed."));
    case TR_SYNC_MOVE_OTHER:
      return describe_other (current);
    case TR_SYNC_MOVE_NONE:
    case TR_SYNC_MOVE_DONE:
    default:
      return NULL;
    }
}

/**
 * tr_sync_move_set_error:
 * @move: a judgement of tr_sync_judge_action()
 * @action: the workflow action
 * @current: (nullable): the request as the server returns it now
 * @error: return location for a %TR_SYNC_ERROR_MOVED error
 *
 * Returns: %TRUE with @error set when @move refuses the action
 */
gboolean
tr_sync_move_set_error (TrSyncMove   move,
                        const char  *action,
                        JsonNode    *current,
                        GError     **error)
{
  g_autofree char *message = tr_sync_move_describe (move, action, current);

  if (message == NULL)
    return FALSE;
  g_set_error_literal (error, TR_SYNC_ERROR, TR_SYNC_ERROR_MOVED, message);
  return TRUE;
}

/**
 * tr_sync_seen_version_new:
 * @last_modified: (nullable): the `lastModified` of the version seen
 * @ever_sent_back: its `everSentBack`
 * @sent: whether the decision was already sent once without an answer
 *   (the network failed meanwhile), so that it may have taken effect
 *
 * Returns: (transfer full): the payload of a queued decision, for
 *   tr_store_queue_decision_async() and tr_sync_judge_action()
 */
JsonNode *
tr_sync_seen_version_new (const char *last_modified,
                          gboolean    ever_sent_back,
                          gboolean    sent)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  if (last_modified != NULL)
    json_object_set_string_member (object, "lastModified", last_modified);
  json_object_set_boolean_member (object, "everSentBack", ever_sent_back);
  if (sent)
    json_object_set_boolean_member (object, "sent", TRUE);
  json_node_take_object (node, object);
  return node;
}
