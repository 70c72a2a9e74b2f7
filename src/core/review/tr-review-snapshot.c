/* tr-review-snapshot.c
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

#define G_LOG_DOMAIN "tr-review"

#include <glib/gi18n-lib.h>

#include "tr-json.h"
#include "tr-review-snapshot.h"

/* TrReviewSnapshot: the version of a request (and its expected expenses)
 * an approver last saw. It is kept in the account's store, in the meta
 * table under "approver-seen/<request id>", as
 * {"request": RequestDetails, "expenses": [Expected Expense…]}. */

struct _TrReviewSnapshot
{
  GObject     parent_instance;

  TrRequest  *request;
  GListStore *expenses;
};

G_DEFINE_FINAL_TYPE (TrReviewSnapshot, tr_review_snapshot, G_TYPE_OBJECT)

static void
tr_review_snapshot_finalize (GObject *object)
{
  TrReviewSnapshot *self = TR_REVIEW_SNAPSHOT (object);

  g_clear_object (&self->request);
  g_clear_object (&self->expenses);

  G_OBJECT_CLASS (tr_review_snapshot_parent_class)->finalize (object);
}

static void
tr_review_snapshot_class_init (TrReviewSnapshotClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tr_review_snapshot_finalize;
}

static void
tr_review_snapshot_init (TrReviewSnapshot *self)
{
  self->expenses = g_list_store_new (TR_TYPE_EXPENSE);
}

/**
 * tr_review_snapshot_new:
 * @request: the request as shown to the approver
 * @expenses: (nullable): its expected expenses (#TrExpense)
 *
 * Copies what the approver sees, so later edits of the shown objects do
 * not change the snapshot.
 *
 * Returns: (transfer full): a new snapshot
 */
TrReviewSnapshot *
tr_review_snapshot_new (TrRequest  *request,
                        GListModel *expenses)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  TrReviewSnapshot *self;

  g_return_val_if_fail (TR_IS_REQUEST (request), NULL);
  g_return_val_if_fail (expenses == NULL || G_IS_LIST_MODEL (expenses), NULL);

  self = g_object_new (TR_TYPE_REVIEW_SNAPSHOT, NULL);
  self->request = tr_request_copy (request, &error);
  if (self->request == NULL)
    self->request = g_object_ref (request);
  for (guint i = 0; expenses && i < g_list_model_get_n_items (expenses); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (expenses, i);
      g_autoptr(TrExpense) copy = TR_IS_EXPENSE (item) ? tr_expense_copy (TR_EXPENSE (item), NULL) : NULL;

      if (copy != NULL)
        g_list_store_append (self->expenses, copy);
    }
  return self;
}

/**
 * tr_review_snapshot_new_from_json:
 * @node: what tr_review_snapshot_to_json() wrote
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the snapshot, or %NULL with a
 *   %TR_REVIEW_ERROR_INVALID or model error
 */
TrReviewSnapshot *
tr_review_snapshot_new_from_json (JsonNode  *node,
                                  GError   **error)
{
  g_autoptr(TrReviewSnapshot) self = NULL;
  g_autoptr(GListStore) expenses = NULL;
  JsonObject *object;
  JsonNode *member;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node)
      || !json_object_has_member ((object = json_node_get_object (node)), "request"))
    {
      g_set_error_literal (error, TR_REVIEW_ERROR, TR_REVIEW_ERROR_INVALID,
                           _("The saved version of the request is not readable"));
      return NULL;
    }
  self = g_object_new (TR_TYPE_REVIEW_SNAPSHOT, NULL);
  self->request = tr_request_new_from_json (json_object_get_member (object, "request"), error);
  if (self->request == NULL)
    return NULL;
  member = json_object_get_member (object, "expenses");
  if (member != NULL && !JSON_NODE_HOLDS_NULL (member))
    {
      expenses = tr_expense_list_new_from_json (member, error);
      if (expenses == NULL)
        return NULL;
      g_set_object (&self->expenses, expenses);
    }
  return g_steal_pointer (&self);
}

/**
 * tr_review_snapshot_to_json:
 * @self: a snapshot
 *
 * Returns: (transfer full): `{"request": …, "expenses": […]}`, lossless
 */
JsonNode *
tr_review_snapshot_to_json (TrReviewSnapshot *self)
{
  JsonObject *object;
  JsonNode *node;

  g_return_val_if_fail (TR_IS_REVIEW_SNAPSHOT (self), NULL);

  object = json_object_new ();
  json_object_set_member (object, "request", tr_request_to_json (self->request, TR_JSON_PURPOSE_FULL));
  json_object_set_member (object, "expenses",
                          tr_resource_list_to_json (G_LIST_MODEL (self->expenses), TR_JSON_PURPOSE_FULL));
  node = json_node_init_object (json_node_alloc (), object);
  json_object_unref (object);
  return node;
}

TrRequest *
tr_review_snapshot_get_request (TrReviewSnapshot *self)
{
  g_return_val_if_fail (TR_IS_REVIEW_SNAPSHOT (self), NULL);

  return self->request;
}

GListModel *
tr_review_snapshot_get_expenses (TrReviewSnapshot *self)
{
  g_return_val_if_fail (TR_IS_REVIEW_SNAPSHOT (self), NULL);

  return G_LIST_MODEL (self->expenses);
}

const char *
tr_review_snapshot_get_id (TrReviewSnapshot *self)
{
  g_return_val_if_fail (TR_IS_REVIEW_SNAPSHOT (self), NULL);

  return tr_request_get_id (self->request);
}

/**
 * tr_review_snapshot_is_current:
 * @self: what the approver saw
 * @current: the request as the server has it now
 *
 * Returns: whether @current is the same request in the same version
 *   (same id and same `lastModified`; a request without `lastModified`
 *   is never taken for the seen version)
 */
gboolean
tr_review_snapshot_is_current (TrReviewSnapshot *self,
                               TrRequest        *current)
{
  GDateTime *seen_modified;
  GDateTime *current_modified;

  g_return_val_if_fail (TR_IS_REVIEW_SNAPSHOT (self), FALSE);
  g_return_val_if_fail (TR_IS_REQUEST (current), FALSE);

  if (g_strcmp0 (tr_request_get_id (self->request), tr_request_get_id (current)) != 0)
    return FALSE;
  seen_modified = tr_request_get_last_modified (self->request);
  current_modified = tr_request_get_last_modified (current);
  return seen_modified != NULL && current_modified != NULL
         && g_date_time_equal (seen_modified, current_modified);
}

/**
 * tr_review_snapshot_store_key:
 * @request_id: the server id of a request
 *
 * Returns: (transfer full): the meta key the snapshot is kept under
 */
char *
tr_review_snapshot_store_key (const char *request_id)
{
  g_return_val_if_fail (request_id != NULL, NULL);

  return g_strconcat ("approver-seen/", request_id, NULL);
}

static void
on_meta_set_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  if (!tr_store_meta_set_finish (TR_STORE (source), result, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * tr_review_snapshot_save_async:
 * @self: what the approver saw
 * @store: the account's store
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the snapshot is on disk
 * @user_data: data for @callback
 *
 * Keeps @self in @store, replacing the previous version of this request.
 */
void
tr_review_snapshot_save_async (TrReviewSnapshot    *self,
                               TrStore             *store,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *key = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (TR_IS_REVIEW_SNAPSHOT (self));
  g_return_if_fail (TR_IS_STORE (store));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_review_snapshot_save_async);
  if (tr_review_snapshot_get_id (self) == NULL)
    {
      g_task_return_new_error (task, TR_REVIEW_ERROR, TR_REVIEW_ERROR_INVALID,
                               _("A request without an id cannot be remembered"));
      return;
    }
  node = tr_review_snapshot_to_json (self);
  text = tr_json_to_string (node);
  key = tr_review_snapshot_store_key (tr_review_snapshot_get_id (self));
  tr_store_meta_set_async (store, key, text, cancellable, on_meta_set_cb, g_steal_pointer (&task));
}

gboolean
tr_review_snapshot_save_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_review_snapshot_save_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
on_meta_get_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = tr_store_meta_get_finish (TR_STORE (source), result, &error);
  g_autoptr(JsonNode) node = NULL;
  TrReviewSnapshot *snapshot;

  if (error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (text == NULL)
    {
      g_task_return_pointer (task, NULL, NULL);
      return;
    }
  node = json_from_string (text, &error);
  snapshot = node ? tr_review_snapshot_new_from_json (node, &error) : NULL;
  if (snapshot == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, snapshot, g_object_unref);
}

/**
 * tr_review_snapshot_load_async:
 * @store: the account's store
 * @request_id: the server id of a request
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the snapshot
 * @user_data: data for @callback
 *
 * Reads the version of the request the approver last saw.
 */
void
tr_review_snapshot_load_async (TrStore             *store,
                               const char          *request_id,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *key = NULL;

  g_return_if_fail (TR_IS_STORE (store));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_review_snapshot_load_async);
  if (request_id == NULL || *request_id == '\0')
    {
      g_task_return_new_error (task, TR_REVIEW_ERROR, TR_REVIEW_ERROR_INVALID,
                               _("A request without an id has no saved version"));
      return;
    }
  key = tr_review_snapshot_store_key (request_id);
  tr_store_meta_get_async (store, key, cancellable, on_meta_get_cb, g_steal_pointer (&task));
}

/**
 * tr_review_snapshot_load_finish:
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the snapshot, or %NULL when the
 *   approver never saw the request (without @error set) or on error
 */
TrReviewSnapshot *
tr_review_snapshot_load_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_review_snapshot_load_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
