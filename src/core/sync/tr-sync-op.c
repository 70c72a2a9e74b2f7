/* tr-sync-op.c
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

#include "tr-sync-action.h"
#include "tr-sync-private.h"

/* One outbox operation: reconcile a previous attempt that may have
 * reached the server, record the attempt durably, send, record the
 * outcome. Refusals (validation, permission, deleted on the server) are
 * recorded on the operation and its object, which keep the local edit;
 * transient failures stop the replay with an error, the operation stays
 * queued. */

typedef struct
{
  TrStoreOutboxOp *op;
  JsonNode        *body;
  TrSyncOutcome    outcome;
  GError          *refusal;   /* a workflow action refused, while the request is read again */
} OpData;

static void
op_data_free (gpointer data)
{
  OpData *d = data;

  g_clear_pointer (&d->op, tr_store_outbox_op_unref);
  g_clear_pointer (&d->body, json_node_unref);
  g_clear_error (&d->refusal);
  g_free (d);
}

static void send_operation (GTask *task);
static void settle (GTask *task, const char *server_id, JsonNode *response);

static TrSync *
task_sync (GTask *task)
{
  return g_task_get_source_object (task);
}

static const char *
node_id (JsonNode *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return json_object_get_string_member_with_default (json_node_get_object (node), "id", NULL);
}

static void
settled_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!tr_store_outbox_mark_done_finish (TR_STORE (source), result, &error))
    return g_task_return_error (task, error);
  g_task_return_boolean (task, TRUE);
}

static void
refused_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!tr_store_outbox_mark_failed_finish (TR_STORE (source), result, &error))
    return g_task_return_error (task, error);
  g_task_return_boolean (task, TRUE);
}

static void
settle (GTask      *task,
        const char *server_id,
        JsonNode   *response)
{
  OpData *d = g_task_get_task_data (task);
  TrStore *store = tr_sync_get_store (task_sync (task));

  d->outcome = TR_SYNC_OUTCOME_DONE;
  if (response != NULL && !JSON_NODE_HOLDS_OBJECT (response))
    response = NULL;
  tr_store_outbox_mark_done_async (store, d->op->seq, server_id, response,
                                   NULL, settled_cb, g_object_ref (task));
}

static char *
refusal_message (TrStoreOutboxOp *op,
                 const GError    *error)
{
  gboolean request = op->entity_kind == TR_STORE_ENTITY_REQUEST;
  g_autofree char *detail = tr_api_error_describe (error);

  if (g_error_matches (error, TR_API_ERROR, TR_API_ERROR_NOT_FOUND))
    return g_strdup (request ? _("This request was deleted on the server. Your changes are kept on this device but cannot be sent.")
                             : _("This expected expense or its request was deleted on the server. Your changes are kept on this device but cannot be sent."));
  if (g_error_matches (error, TR_API_ERROR, TR_API_ERROR_FORBIDDEN))
    /* Translators: %s is the server’s own message, in the server’s language */
    return g_strdup_printf (_("The server no longer allows this change, for example because the request was submitted or approved meanwhile (%s). Your changes are kept on this device."),
                            detail);
  /* Translators: %s is the server’s own message, in the server’s language */
  return g_strdup_printf (_("The server refused the change: %s"), detail);
}

static void
record_refusal_text (GTask      *task,
                     const char *message)
{
  OpData *d = g_task_get_task_data (task);
  TrStore *store = tr_sync_get_store (task_sync (task));

  d->outcome = TR_SYNC_OUTCOME_REFUSED;
  g_debug ("Operation %" G_GINT64_FORMAT " refused: %s", d->op->seq, message);
  tr_store_outbox_mark_failed_async (store, d->op->seq, message, NULL, refused_cb, g_object_ref (task));
}

static void
record_refusal (GTask        *task,
                const GError *error)
{
  OpData *d = g_task_get_task_data (task);
  g_autofree char *message = refusal_message (d->op, error);

  record_refusal_text (task, message);
}

/* A workflow action the server refused (403, 409): say where the request
 * went, recalled, approved or sent back by someone else, canceled, from
 * its current state; else the server's own reason. */
static void
explained_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  OpData *d = g_task_get_task_data (task);
  g_autoptr(JsonNode) current = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) moved = NULL;
  TrSyncMove move = tr_sync_action_check_finish (TR_SYNC (source), result, &current, &error);

  if (error == NULL && move == TR_SYNC_MOVE_DONE)
    return settle (task, node_id (current), current);
  if (error == NULL && tr_sync_move_set_error (move, d->op->action, current, &moved))
    return record_refusal_text (task, moved->message);
  if (error != NULL)
    g_debug ("Could not read the request of refused operation %" G_GINT64_FORMAT ": %s", d->op->seq,
             error->message);
  record_refusal (task, d->refusal);
}

static gboolean
explain_refusal (GTask        *task,
                 const GError *error)
{
  OpData *d = g_task_get_task_data (task);

  if (d->op->kind != TR_STORE_OP_ACTION || d->op->entity_server_id == NULL || d->refusal != NULL ||
      !(g_error_matches (error, TR_API_ERROR, TR_API_ERROR_FORBIDDEN) ||
        g_error_matches (error, TR_API_ERROR, TR_API_ERROR_CONFLICT)))
    return FALSE;
  d->refusal = g_error_copy (error);
  tr_sync_action_check_async (task_sync (task), d->op, TRUE, g_task_get_cancellable (task),
                              explained_cb, g_object_ref (task));
  return TRUE;
}

/* Takes @error. */
static void
handle_error (GTask  *task,
              GError *error)
{
  OpData *d = g_task_get_task_data (task);

  if (tr_sync_error_stops_replay (error))
    return g_task_return_error (task, error);
  if (d->op->kind == TR_STORE_OP_DELETE &&
      g_error_matches (error, TR_API_ERROR, TR_API_ERROR_NOT_FOUND))
    {
      /* Already gone: a delete whose answer was lost, or removed by
       * someone else. Either way the intended state is reached. */
      g_error_free (error);
      return settle (task, NULL, NULL);
    }
  if (!explain_refusal (task, error))
    record_refusal (task, error);
  g_error_free (error);
}

static void
sent_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  OpData *d = g_task_get_task_data (task);
  g_autoptr(JsonNode) response = NULL;
  GError *error = NULL;

  response = tr_client_send_json_finish (TR_CLIENT (source), result, &error);
  if (error != NULL)
    return handle_error (task, error);
  if (d->op->kind == TR_STORE_OP_CREATE && node_id (response) == NULL)
    return handle_error (task, g_error_new_literal (TR_API_ERROR, TR_API_ERROR_BAD_RESPONSE,
                                                    _("The server’s answer to a create has no id")));
  settle (task, node_id (response), d->op->kind == TR_STORE_OP_DELETE ? NULL : response);
}

static char *
operation_path (TrStoreOutboxOp *op)
{
  gboolean request = op->entity_kind == TR_STORE_ENTITY_REQUEST;

  switch (op->kind)
    {
    case TR_STORE_OP_CREATE:
      if (request)
        return g_strdup ("requests");
      return op->parent_server_id ? g_strdup_printf ("requests/%s/expenses", op->parent_server_id) : NULL;
    case TR_STORE_OP_ACTION:
      return op->entity_server_id ? g_strdup_printf ("requests/%s/%s", op->entity_server_id, op->action) : NULL;
    case TR_STORE_OP_UPDATE:
    case TR_STORE_OP_DELETE:
    default:
      if (op->entity_server_id == NULL)
        return NULL;
      return g_strdup_printf (request ? "requests/%s" : "expenses/%s", op->entity_server_id);
    }
}

static const char *
operation_method (TrStoreOutboxOp *op)
{
  switch (op->kind)
    {
    case TR_STORE_OP_UPDATE:
      return "PUT";
    case TR_STORE_OP_DELETE:
      return "DELETE";
    case TR_STORE_OP_CREATE:
    case TR_STORE_OP_ACTION:
    default:
      return "POST";
    }
}

static JsonNode *
action_body (TrStoreOutboxOp *op)
{
  JsonNode *node;
  JsonObject *object;

  if (op->comment == NULL || *op->comment == '\0')
    return NULL;
  object = json_object_new ();
  json_object_set_string_member (object, "comment", op->comment);
  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, object);
  return node;
}

static void
attempt_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  OpData *d = g_task_get_task_data (task);
  TrSync *self = task_sync (task);
  g_autofree char *path = operation_path (d->op);
  GError *error = NULL;

  if (!tr_store_outbox_begin_attempt_finish (TR_STORE (source), result, &error))
    return g_task_return_error (task, error);
  if (d->body == NULL && d->op->kind == TR_STORE_OP_ACTION)
    d->body = action_body (d->op);
  else if (d->body == NULL && d->op->kind == TR_STORE_OP_CREATE && d->op->payload != NULL)
    d->body = json_node_ref (d->op->payload);
  tr_client_send_json_async (tr_sync_get_client (self), operation_method (d->op), path, d->body,
                             g_task_get_cancellable (task), sent_cb, g_object_ref (task));
}

/* The attempt is recorded (durably) before anything is sent: after a
 * crash, an attempt without an outcome is reconciled before a resend. */
static void
send_operation (GTask *task)
{
  OpData *d = g_task_get_task_data (task);
  g_autofree char *path = operation_path (d->op);

  if (path == NULL)
    return handle_error (task, g_error_new_literal (TR_API_ERROR, TR_API_ERROR_VALIDATION,
                                                    _("The object has no server id yet")));
  tr_store_outbox_begin_attempt_async (tr_sync_get_store (task_sync (task)), d->op->seq,
                                       NULL, attempt_cb, g_object_ref (task));
}

/* An approver's decision is sent only if the request still waits for it,
 * in the version the approver saw (tr-sync-moved.c). */
static void
checked_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  OpData *d = g_task_get_task_data (task);
  g_autoptr(JsonNode) current = NULL;
  g_autoptr(GError) moved = NULL;
  GError *error = NULL;
  TrSyncMove move = tr_sync_action_check_finish (TR_SYNC (source), result, &current, &error);

  if (error != NULL)
    return handle_error (task, error);
  if (move == TR_SYNC_MOVE_DONE)
    {
      g_debug ("Operation %" G_GINT64_FORMAT ": an earlier attempt took effect", d->op->seq);
      return settle (task, node_id (current), current);
    }
  if (tr_sync_move_set_error (move, d->op->action, current, &moved))
    return record_refusal_text (task, moved->message);
  send_operation (task);
}

static void
check_then_send (GTask *task)
{
  OpData *d = g_task_get_task_data (task);

  if (!tr_sync_action_wants_check (d->op))
    return send_operation (task);
  tr_sync_action_check_async (task_sync (task), d->op, FALSE, g_task_get_cancellable (task),
                              checked_cb, g_object_ref (task));
}

static void
reconciled_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  OpData *d = g_task_get_task_data (task);
  g_autoptr(JsonNode) found = NULL;
  GError *error = NULL;

  if (d->op->kind == TR_STORE_OP_CREATE)
    found = tr_sync_reconcile_create_finish (TR_SYNC (source), result, &error);
  else
    found = tr_sync_reconcile_action_finish (TR_SYNC (source), result, &error);
  if (error != NULL)
    return handle_error (task, error);
  if (found == NULL)
    return check_then_send (task);
  g_debug ("Adopting the effect of an earlier attempt of operation %" G_GINT64_FORMAT, d->op->seq);
  settle (task, node_id (found), found);
}

static void
prepared_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  OpData *d = g_task_get_task_data (task);
  GError *error = NULL;

  d->body = tr_sync_update_prepare_finish (TR_SYNC (source), result, &d->outcome, &error);
  if (error != NULL)
    return handle_error (task, error);
  if (d->body == NULL)
    return g_task_return_boolean (task, TRUE);
  send_operation (task);
}

void
tr_sync_op_run_async (TrSync              *self,
                      TrStoreOutboxOp     *op,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  OpData *d = g_new0 (OpData, 1);

  g_task_set_source_tag (task, tr_sync_op_run_async);
  d->op = tr_store_outbox_op_ref (op);
  g_task_set_task_data (task, d, op_data_free);

  if (op->kind == TR_STORE_OP_UPDATE)
    tr_sync_update_prepare_async (self, op, cancellable, prepared_cb, g_steal_pointer (&task));
  else if (op->attempts > 0 && op->kind == TR_STORE_OP_CREATE)
    tr_sync_reconcile_create_async (self, op, cancellable, reconciled_cb, g_steal_pointer (&task));
  else if (op->attempts > 0 && op->kind == TR_STORE_OP_ACTION)
    tr_sync_reconcile_action_async (self, op, cancellable, reconciled_cb, g_steal_pointer (&task));
  else
    check_then_send (task);
}

gboolean
tr_sync_op_run_finish (TrSync         *self,
                       GAsyncResult   *result,
                       TrSyncOutcome  *outcome,
                       GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_sync_op_run_async, FALSE);

  *outcome = ((OpData *) g_task_get_task_data (G_TASK (result)))->outcome;
  return g_task_propagate_boolean (G_TASK (result), error);
}
