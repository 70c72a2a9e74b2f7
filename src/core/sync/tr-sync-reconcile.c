/* tr-sync-reconcile.c
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

#include "tr-store-amount.h"
#include "tr-sync-private.h"

/* Exactly once.
 *
 * Concur has no idempotency key: a POST whose response was lost (timeout,
 * reset, crash or SIGKILL after sending) may or may not have made its
 * object. Every send is preceded by a durable attempt record (attempts,
 * attempt_started_at), so an operation found with an attempt and no
 * outcome is in doubt, and it is reconciled before it is sent again:
 *
 * - a create of a request lists this user's requests modified since the
 *   attempt started (minus RECONCILE_MARGIN for clock skew), and adopts
 *   the one with the same name, business purpose, start and end dates,
 *   owned by this user, whose id no cached request holds;
 * - a create of an expected expense lists its request's expenses and
 *   adopts the one with the same expense type, transaction date and
 *   transaction amount whose id no cached expense holds;
 * - a workflow action re-reads the request and adopts it if it is
 *   already in the state the action leads to;
 * - only if nothing matches is the operation sent again.
 *
 * Updates need no reconciliation (PUT is idempotent, and the merge sees
 * changes that already reached the server), nor do deletes (a second
 * delete finds nothing: 404 counts as done).
 *
 * Excluding cached ids is sound because the replay never pulls while an
 * attempted operation waits (tr-sync.c runs the pull only after the
 * outbox drained): every cached id was either cached before the attempt
 * or belongs to another local object. Two local drafts with the same
 * name, purpose and dates whose creates are both in doubt could adopt
 * each other's object; they would still not be duplicated. */

#define RECONCILE_MARGIN (5 * G_TIME_SPAN_MINUTE)

typedef struct
{
  TrStoreOutboxOp *op;
  GHashTable      *known;
} ReconcileData;

static void
reconcile_data_free (gpointer data)
{
  ReconcileData *d = data;

  g_clear_pointer (&d->op, tr_store_outbox_op_unref);
  g_clear_pointer (&d->known, g_hash_table_unref);
  g_free (d);
}

static TrSync *
task_sync (GTask *task)
{
  return g_task_get_source_object (task);
}

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
  if (value == NULL || json_node_get_value_type (value) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (value);
}

static gboolean
same_member (JsonNode   *a,
             JsonNode   *b,
             const char *name)
{
  return tr_sync_merge_values_equal (member (a, name), member (b, name));
}

static gboolean
request_matches (TrSync   *self,
                 JsonNode *payload,
                 JsonNode *candidate)
{
  const char *owner = string_at (candidate, "owner", "id");
  const char *user = tr_sync_get_user_id (self);

  if (owner != NULL && user != NULL && g_strcmp0 (owner, user) != 0)
    return FALSE;
  return same_member (payload, candidate, "name") &&
         same_member (payload, candidate, "businessPurpose") &&
         same_member (payload, candidate, "startDate") &&
         same_member (payload, candidate, "endDate");
}

static gboolean
same_amount (JsonNode *a,
             JsonNode *b)
{
  TrStoreAmount x = { 0 }, y = { 0 };
  gboolean same = FALSE;

  if (JSON_NODE_HOLDS_OBJECT (a) && JSON_NODE_HOLDS_OBJECT (b) &&
      tr_store_amount_parse (json_node_get_object (a), "transactionAmount", &x, NULL) &&
      tr_store_amount_parse (json_node_get_object (b), "transactionAmount", &y, NULL))
    {
      int scale = MAX (x.scale, y.scale);
      gint64 xu = x.units, yu = y.units;

      for (int i = x.scale; i < scale; i++)
        xu *= 10;
      for (int i = y.scale; i < scale; i++)
        yu *= 10;
      same = xu == yu && g_strcmp0 (x.currency, y.currency) == 0;
    }
  tr_store_amount_clear (&x);
  tr_store_amount_clear (&y);
  return same;
}

static gboolean
expense_matches (JsonNode *payload,
                 JsonNode *candidate)
{
  const char *date_a = string_at (payload, "transactionDate", NULL);
  const char *date_b = string_at (candidate, "transactionDate", NULL);

  return g_strcmp0 (string_at (payload, "expenseType", "id"), string_at (candidate, "expenseType", "id")) == 0 &&
         date_a != NULL && date_b != NULL && strncmp (date_a, date_b, 10) == 0 &&
         same_amount (payload, candidate);
}

static JsonNode *
find_match (GTask     *task,
            JsonArray *candidates)
{
  ReconcileData *d = g_task_get_task_data (task);

  for (guint i = 0; candidates != NULL && i < json_array_get_length (candidates); i++)
    {
      JsonNode *candidate = json_array_get_element (candidates, i);
      const char *id = string_at (candidate, "id", NULL);

      if (id == NULL || g_hash_table_contains (d->known, id))
        continue;
      if (d->op->entity_kind == TR_STORE_ENTITY_REQUEST
          ? request_matches (task_sync (task), d->op->payload, candidate)
          : expense_matches (d->op->payload, candidate))
        return candidate;
    }
  return NULL;
}

static void
detail_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  JsonNode *detail = tr_client_send_json_finish (TR_CLIENT (source), result, &error);

  if (error != NULL)
    return g_task_return_error (task, error);
  g_task_return_pointer (task, detail, (GDestroyNotify) json_node_unref);
}

static void
requests_listed_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(JsonArray) items = NULL;
  g_autofree char *path = NULL;
  GError *error = NULL;
  JsonNode *match;

  items = tr_client_fetch_pages_finish (TR_CLIENT (source), result, &error);
  if (items == NULL)
    return g_task_return_error (task, error);
  match = find_match (task, items);
  if (match == NULL)
    return g_task_return_pointer (task, NULL, NULL);
  /* List items are summaries: adopt the full object. */
  path = g_strdup_printf ("requests/%s", string_at (match, "id", NULL));
  tr_client_send_json_async (TR_CLIENT (source), "GET", path, NULL, g_task_get_cancellable (task),
                             detail_cb, g_object_ref (task));
}

static void
list_requests (GTask *task)
{
  ReconcileData *d = g_task_get_task_data (task);
  g_autoptr(TrRequestQuery) query = tr_request_query_new ();
  g_autofree char *path = NULL;
  GError *error = NULL;

  query->view = g_strdup ("ALL");
  query->limit = 100;
  query->modified_after = g_date_time_new_from_unix_utc ((d->op->attempt_started_at - RECONCILE_MARGIN)
                                                         / G_USEC_PER_SEC);
  path = tr_request_query_to_path (query, &error);
  if (path == NULL)
    return g_task_return_error (task, error);
  tr_client_fetch_pages_async (tr_sync_get_client (task_sync (task)), path,
                               g_task_get_cancellable (task), requests_listed_cb, g_object_ref (task));
}

static void
expenses_listed_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(JsonNode) node = NULL;
  GError *error = NULL;
  JsonNode *match;

  node = tr_client_send_json_finish (TR_CLIENT (source), result, &error);
  if (node == NULL)
    return g_task_return_error (task, error);
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return g_task_return_new_error (task, TR_API_ERROR, TR_API_ERROR_BAD_RESPONSE,
                                    _("The list of expected expenses is not an array"));
  match = find_match (task, json_node_get_array (node));
  g_task_return_pointer (task, match ? json_node_copy (match) : NULL,
                         (GDestroyNotify) json_node_unref);
}

static void
list_expenses (GTask *task)
{
  ReconcileData *d = g_task_get_task_data (task);
  g_autofree char *path = g_strdup_printf ("requests/%s/expenses", d->op->parent_server_id);

  tr_client_send_json_async (tr_sync_get_client (task_sync (task)), "GET", path, NULL,
                             g_task_get_cancellable (task), expenses_listed_cb, g_object_ref (task));
}

static void
known_requests_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ReconcileData *d = g_task_get_task_data (task);
  g_autoptr(GPtrArray) rows = NULL;
  GError *error = NULL;

  rows = tr_store_list_requests_finish (TR_STORE (source), result, &error);
  if (rows == NULL)
    return g_task_return_error (task, error);
  for (guint i = 0; i < rows->len; i++)
    {
      TrStoreRequestRow *row = g_ptr_array_index (rows, i);

      if (row->server_id != NULL)
        g_hash_table_add (d->known, g_strdup (row->server_id));
    }
  list_requests (task);
}

static void
known_expenses_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ReconcileData *d = g_task_get_task_data (task);
  g_autoptr(TrStoreRequestRow) row = NULL;
  g_autoptr(GPtrArray) expenses = NULL;
  GError *error = NULL;

  row = tr_store_get_request_finish (TR_STORE (source), result, &expenses, &error);
  if (row == NULL)
    return g_task_return_error (task, error);
  for (guint i = 0; expenses != NULL && i < expenses->len; i++)
    {
      TrStoreExpenseRow *expense = g_ptr_array_index (expenses, i);

      if (expense->server_id != NULL)
        g_hash_table_add (d->known, g_strdup (expense->server_id));
    }
  list_expenses (task);
}

void
tr_sync_reconcile_create_async (TrSync              *self,
                                TrStoreOutboxOp     *op,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  ReconcileData *d = g_new0 (ReconcileData, 1);
  static const TrStoreQuery all = { 0 };

  g_task_set_source_tag (task, tr_sync_reconcile_create_async);
  d->op = tr_store_outbox_op_ref (op);
  d->known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_task_set_task_data (task, d, reconcile_data_free);

  if (op->payload == NULL || !JSON_NODE_HOLDS_OBJECT (op->payload))
    return g_task_return_pointer (task, NULL, NULL);
  if (op->entity_kind == TR_STORE_ENTITY_REQUEST)
    tr_store_list_requests_async (tr_sync_get_store (self), &all, NULL, known_requests_cb,
                                  g_steal_pointer (&task));
  else if (op->parent_server_id != NULL)
    tr_store_get_request_async (tr_sync_get_store (self), op->parent_local_id, NULL,
                                known_expenses_cb, g_steal_pointer (&task));
  else
    g_task_return_pointer (task, NULL, NULL);
}

JsonNode *
tr_sync_reconcile_create_finish (TrSync        *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Whether @request is already where @action leads. */
static gboolean
action_took_effect (const char *action,
                    JsonNode   *request)
{
  const char *status = string_at (request, "approvalStatus", "code");
  JsonNode *closed = member (request, "closed");
  gboolean is_closed = closed != NULL && json_node_get_value_type (closed) == G_TYPE_BOOLEAN &&
                       json_node_get_boolean (closed);

  if (g_strcmp0 (action, "submit") == 0)
    return g_strcmp0 (status, "SUBMITTED") == 0 || g_strcmp0 (status, "APPROVED") == 0 ||
           g_strcmp0 (status, "PENDING_BOOKING") == 0;
  if (g_strcmp0 (action, "recall") == 0 || g_strcmp0 (action, "sendback") == 0)
    return g_strcmp0 (status, "SENTBACK") == 0;
  if (g_strcmp0 (action, "cancel") == 0)
    return g_strcmp0 (status, "CANCELED") == 0;
  if (g_strcmp0 (action, "close") == 0)
    return is_closed;
  if (g_strcmp0 (action, "reopen") == 0)
    return !is_closed;
  return FALSE;
}

static void
request_read_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ReconcileData *d = g_task_get_task_data (task);
  g_autoptr(JsonNode) request = NULL;
  GError *error = NULL;

  request = tr_client_send_json_finish (TR_CLIENT (source), result, &error);
  if (request == NULL)
    return g_task_return_error (task, error);
  if (!action_took_effect (d->op->action, request))
    return g_task_return_pointer (task, NULL, NULL);
  g_task_return_pointer (task, g_steal_pointer (&request), (GDestroyNotify) json_node_unref);
}

void
tr_sync_reconcile_action_async (TrSync              *self,
                                TrStoreOutboxOp     *op,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  ReconcileData *d = g_new0 (ReconcileData, 1);
  g_autofree char *path = NULL;

  g_task_set_source_tag (task, tr_sync_reconcile_action_async);
  d->op = tr_store_outbox_op_ref (op);
  g_task_set_task_data (task, d, reconcile_data_free);
  if (op->entity_server_id == NULL)
    return g_task_return_pointer (task, NULL, NULL);
  path = g_strdup_printf ("requests/%s", op->entity_server_id);
  tr_client_send_json_async (tr_sync_get_client (self), "GET", path, NULL, cancellable,
                             request_read_cb, g_steal_pointer (&task));
}

JsonNode *
tr_sync_reconcile_action_finish (TrSync        *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
