/* tr-store-details.c
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

#define G_LOG_DOMAIN "TrStore"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "tr-store-private.h"

/* Summaries and lazy details.
 *
 * A list page gives summaries: the header without comments, exceptions,
 * custom fields, policy, lastModified… (the v4 reference, list items). The
 * cache is filled from them a page per transaction, and the full detail
 * of a request (with its expected expenses) is read later, when it is
 * opened or in the background. `detail_modified` says which detail a row
 * holds: the `lastModified` of the detail last stored, or NULL when the row
 * holds only a summary or a detail a later summary showed stale.
 *
 * A summary is merged, never a replacement: it overwrites the members it
 * carries and keeps those it omits, so a held detail loses nothing. When
 * a member it carries differs from the held one the detail is marked
 * stale (detail_modified = NULL) and read again. A request with local
 * changes (queued operations, or deleted locally) is not written at all,
 * neither its local version nor its base or remote slot (a summary is not
 * a version the three-way merge could use): it is only marked stale, and
 * its detail, once read, goes through the usual upsert rules.
 *
 * A detail is stored only for a request the cache already holds, only if
 * it is not older than the held server version (a detail read before a
 * push finished must not undo it), and the expenses new to the cache are
 * not adopted while a create of an expense of that request waits in the
 * outbox: the exactly-once reconciliation (tr-sync-reconcile.c) adopts
 * the server's expense an attempted create made only if no cached expense
 * holds its id. */

static const char sql_summary_state[] =
  "SELECT local_id, full_json, base_json, deleted, detail_modified IS NOT NULL,"
  " (SELECT count(*) FROM outbox WHERE entity_kind = 0 AND entity_local_id = requests.local_id)"
  " FROM requests WHERE server_id = ?1";
static const char sql_mark_stale[] =
  "UPDATE requests SET detail_modified = NULL WHERE local_id = ?1";
static const char sql_set_detail[] =
  "UPDATE requests SET detail_modified = ?2 WHERE local_id = ?1";
static const char sql_detail_guard[] =
  "SELECT local_id, base_last_modified,"
  " EXISTS (SELECT 1 FROM outbox WHERE kind = 0 AND entity_kind = 1 AND parent_local_id = requests.local_id)"
  " FROM requests WHERE server_id = ?1";
static const char sql_detail_state[] =
  "SELECT server_id, detail_modified IS NOT NULL FROM requests WHERE local_id = ?1 AND deleted = 0";
static const char sql_wanted[] =
  "SELECT server_id FROM requests r"
  " WHERE server_id IS NOT NULL AND deleted = 0 AND detail_modified IS NULL"
  "  AND ((closed = 0 AND coalesce (status_code, '') NOT IN ('CANCELED', 'APPROVED'))"
  "       OR sync_state <> 2"
  "       OR EXISTS (SELECT 1 FROM outbox o WHERE o.entity_kind = 0 AND o.entity_local_id = r.local_id)"
  "       OR EXISTS (SELECT 1 FROM outbox o WHERE o.parent_local_id = r.local_id))"
  " ORDER BY local_id";
static const char sql_cached_expenses[] =
  "SELECT local_id, server_id, base_last_modified,"
  " sync_state = 2 AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity_kind = 1"
  "                                AND o.entity_local_id = e.local_id)"
  " FROM expenses e WHERE request_local_id = ?1 AND server_id IS NOT NULL AND deleted = 0";
static const char sql_remove_expense[] =
  "DELETE FROM expenses WHERE local_id = ?1";

/* Batches are large: the job takes the caller's tree instead of the deep
 * copy tr_store_args_new() makes, and frees it on the worker thread. */
static TrStoreArgs *
take_args (JsonNode *json)
{
  TrStoreArgs *args = tr_store_args_new (0, NULL, NULL, NULL);

  args->json = json;
  return args;
}

typedef struct
{
  gint64    local_id;
  JsonNode *full;
  JsonNode *base;
  gboolean  deleted;
  gboolean  hydrated;
  gint64    queued;
} SummaryState;

static void
summary_state_clear (SummaryState *state)
{
  g_clear_pointer (&state->full, json_node_unref);
  g_clear_pointer (&state->base, json_node_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SummaryState, summary_state_clear)

static gboolean
load_summary_state (TrStoreDb     *db,
                    const char    *server_id,
                    SummaryState  *state,
                    GError       **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, sql_summary_state, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  tr_store_db_bind_text (stmt, 1, server_id);
  if ((rc = tr_store_db_step (db, stmt, error)) == -1)
    return FALSE;
  if (rc != SQLITE_ROW)
    return TRUE;
  state->local_id = sqlite3_column_int64 (stmt, 0);
  state->full = tr_store_json_from_text ((const char *) sqlite3_column_text (stmt, 1));
  state->base = tr_store_json_from_text ((const char *) sqlite3_column_text (stmt, 2));
  state->deleted = sqlite3_column_int (stmt, 3) != 0;
  state->hydrated = sqlite3_column_int (stmt, 4) != 0;
  state->queued = sqlite3_column_int64 (stmt, 5);
  sqlite3_reset (stmt);
  return TRUE;
}

/* Overlays the members of @summary on @held (an object). Returns whether
 * one of them differed. */
static gboolean
overlay_summary (JsonObject *held,
                 JsonObject *summary)
{
  JsonObjectIter iter;
  const char *member;
  JsonNode *value;
  gboolean differed = FALSE;

  json_object_iter_init (&iter, summary);
  while (json_object_iter_next (&iter, &member, &value))
    {
      JsonNode *old = json_object_get_member (held, member);

      if (old != NULL && json_node_equal (old, value))
        continue;
      differed = TRUE;
      json_object_set_member (held, member, json_node_copy (value));
    }
  return differed;
}

/* Whether a member @summary carries differs from the one @held has. */
static gboolean
differs_from (JsonNode *held,
              JsonNode *summary)
{
  JsonObjectIter iter;
  const char *member;
  JsonNode *value;
  JsonObject *object;

  if (held == NULL || !JSON_NODE_HOLDS_OBJECT (held))
    return TRUE;
  object = json_node_get_object (held);
  json_object_iter_init (&iter, json_node_get_object (summary));
  while (json_object_iter_next (&iter, &member, &value))
    {
      JsonNode *old = json_object_get_member (object, member);

      if (old == NULL || !json_node_equal (old, value))
        return TRUE;
    }
  return FALSE;
}

static gboolean
write_merged (TrStoreDb     *db,
              SummaryState  *state,
              JsonNode      *summary,
              GError       **error)
{
  g_auto(TrStoreColumns) c = { 0 };
  g_autofree char *text = NULL;

  if (!overlay_summary (json_node_get_object (state->full), json_node_get_object (summary)))
    return TRUE;
  text = tr_store_json_to_text (state->full);
  return tr_store_columns_from_request (&c, state->full, error) &&
         tr_store_request_write_server (db, state->local_id, &c, text, error) &&
         tr_store_db_run_with (db, sql_mark_stale, state->local_id, NULL, error);
}

/* One summary. @changed is set to the local id written, or 0. */
static gboolean
upsert_summary (TrStoreDb  *db,
                JsonNode   *summary,
                GPtrArray  *hydrated,
                gint64     *changed,
                GError    **error)
{
  g_auto(SummaryState) state = { 0 };
  const char *id = NULL;

  *changed = 0;
  if (JSON_NODE_HOLDS_OBJECT (summary))
    id = json_object_get_string_member_with_default (json_node_get_object (summary), "id", NULL);
  if (id == NULL)
    {
      g_set_error_literal (error, TR_STORE_ERROR, TR_STORE_ERROR_INVALID,
                           _("The server’s request has no id"));
      return FALSE;
    }
  if (!load_summary_state (db, id, &state, error))
    return FALSE;
  if (state.local_id == 0)
    return tr_store_request_upsert_server (db, summary, changed, error);
  if (state.hydrated)
    g_ptr_array_add (hydrated, g_strdup (id));
  if (state.queued > 0 || state.deleted || state.full == NULL || !JSON_NODE_HOLDS_OBJECT (state.full))
    return !differs_from (state.base, summary) ||
           tr_store_db_run_with (db, sql_mark_stale, state.local_id, NULL, error);
  if (!differs_from (state.full, summary))
    return TRUE;
  *changed = state.local_id;
  return write_merged (db, &state, summary, error);
}

static gboolean
upsert_summaries (TrStoreDb  *db,
                  JsonNode   *array,
                  GPtrArray  *hydrated,
                  GArray     *changed,
                  GError    **error)
{
  JsonArray *items;

  if (array == NULL || !JSON_NODE_HOLDS_ARRAY (array))
    {
      g_set_error_literal (error, TR_STORE_ERROR, TR_STORE_ERROR_INVALID,
                           _("The JSON document is not an array"));
      return FALSE;
    }
  items = json_node_get_array (array);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      gint64 local_id;

      if (!upsert_summary (db, json_array_get_element (items, i), hydrated, &local_id, error))
        return FALSE;
      if (local_id != 0)
        g_array_append_val (changed, local_id);
    }
  return TRUE;
}

/* A page has up to a hundred new rows: ::changed is emitted for them all
 * from one callback on the main context, not one wake-up each. */
typedef struct
{
  GPtrArray *hydrated;
  GArray    *changed;
} SummariesResult;

static void
summaries_result_free (SummariesResult *result)
{
  g_clear_pointer (&result->hydrated, g_ptr_array_unref);
  g_clear_pointer (&result->changed, g_array_unref);
  g_free (result);
}

static void
upsert_summaries_job (TrStore     *self,
                      TrStoreDb   *db,
                      GTask       *task,
                      TrStoreArgs *args)
{
  SummariesResult *result;
  g_autoptr(GPtrArray) hydrated = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) changed = g_array_new (FALSE, FALSE, sizeof (gint64));
  GError *error = NULL;

  gboolean ok = tr_store_db_begin (db, &error) &&
                upsert_summaries (db, args->json, hydrated, changed, &error) &&
                tr_store_db_commit (db, &error);

  /* Freed here rather than on the caller's thread. */
  g_clear_pointer (&args->json, json_node_unref);
  if (!ok)
    return (void) tr_store_fail (db, task, error);

  result = g_new0 (SummariesResult, 1);
  result->hydrated = g_steal_pointer (&hydrated);
  result->changed = g_steal_pointer (&changed);
  g_task_return_pointer (task, result, (GDestroyNotify) summaries_result_free);
}

static void
summaries_stored_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SummariesResult *stored;
  GError *error = NULL;

  stored = g_task_propagate_pointer (G_TASK (result), &error);
  if (stored == NULL)
    return g_task_return_error (task, error);
  for (guint i = 0; i < stored->changed->len; i++)
    g_signal_emit_by_name (source, "changed", (int) TR_STORE_ENTITY_REQUEST,
                           g_array_index (stored->changed, gint64, i));
  g_task_return_pointer (task, g_steal_pointer (&stored->hydrated), (GDestroyNotify) g_ptr_array_unref);
  summaries_result_free (stored);
}

/**
 * tr_store_upsert_server_summaries_async:
 * @self: a #TrStore
 * @summaries: (transfer full): a JSON array of Request list items (the
 *   `data` of a page); the store takes it over without a copy, so the
 *   caller keeps no reference to it or to anything inside it
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Caches a page of request summaries in one transaction (all or none).
 * A new request is cached as its summary. A cached one without local
 * changes gets the members the summary carries and keeps the others (a
 * held detail is marked stale if one of them changed); one with local
 * changes is left as it is, only marked stale when the server moved.
 * Only rows that changed emit #TrStore::changed.
 */
void
tr_store_upsert_server_summaries_async (TrStore             *self,
                                        JsonNode            *summaries,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (TR_IS_STORE (self));
  g_return_if_fail (summaries != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_store_upsert_server_summaries_async);
  tr_store_run (self, upsert_summaries_job, upsert_summaries_job, take_args (summaries), cancellable,
                summaries_stored_cb, task);
}

/**
 * tr_store_upsert_server_summaries_finish:
 *
 * Returns: (transfer full) (element-type utf8): the server ids, among the
 *   summaries, of the requests that held a detail before (their detail
 *   may be out of date now), or %NULL with @error set
 */
GPtrArray *
tr_store_upsert_server_summaries_finish (TrStore       *self,
                                         GAsyncResult  *result,
                                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  gint64    local_id;
  char     *base_last_modified;
  gboolean  expense_create_queued;
} DetailGuard;

static void
detail_guard_clear (DetailGuard *guard)
{
  g_clear_pointer (&guard->base_last_modified, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DetailGuard, detail_guard_clear)

static gboolean
load_guard (TrStoreDb    *db,
            const char   *server_id,
            DetailGuard  *guard,
            GError      **error)
{
  sqlite3_stmt *stmt = tr_store_db_prepare (db, sql_detail_guard, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  tr_store_db_bind_text (stmt, 1, server_id);
  if ((rc = tr_store_db_step (db, stmt, error)) == -1)
    return FALSE;
  if (rc == SQLITE_ROW)
    {
      guard->local_id = sqlite3_column_int64 (stmt, 0);
      guard->base_last_modified = tr_store_db_dup_text (stmt, 1);
      guard->expense_create_queued = sqlite3_column_int (stmt, 2) != 0;
      sqlite3_reset (stmt);
    }
  return TRUE;
}

static gboolean
upsert_expenses (TrStoreDb    *db,
                 const char   *server_id,
                 JsonNode     *expenses,
                 DetailGuard  *guard,
                 GArray       *expense_ids,
                 GError      **error)
{
  JsonArray *items;

  if (expenses == NULL || !JSON_NODE_HOLDS_ARRAY (expenses))
    return TRUE;
  items = json_node_get_array (expenses);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonNode *expense = json_array_get_element (items, i);
      const char *id = JSON_NODE_HOLDS_OBJECT (expense)
        ? json_object_get_string_member_with_default (json_node_get_object (expense), "id", NULL) : NULL;
      gint64 local_id = 0;

      if (guard->expense_create_queued && id != NULL)
        {
          if (!tr_store_lookup_server_id (db, TR_STORE_ENTITY_EXPENSE, id, &local_id, error))
            return FALSE;
          if (local_id == 0)
            continue;
        }
      if (!tr_store_expense_upsert_server (db, server_id, expense, &local_id, error))
        return FALSE;
      g_array_append_val (expense_ids, local_id);
    }
  return TRUE;
}

static GHashTable *
listed_ids (JsonArray *listed)
{
  GHashTable *ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < json_array_get_length (listed); i++)
    {
      JsonNode *expense = json_array_get_element (listed, i);
      const char *id = JSON_NODE_HOLDS_OBJECT (expense)
        ? json_object_get_string_member_with_default (json_node_get_object (expense), "id", NULL) : NULL;

      if (id != NULL)
        g_hash_table_add (ids, (gpointer) id);
    }
  return ids;
}

/* Whether the expense's server version is later than the detail (it was
 * created after the list was read); unparsable dates never are. */
static gboolean
later_than_detail (const char *expense_modified,
                   const char *detail_modified)
{
  g_autoptr(GDateTime) a = expense_modified ? g_date_time_new_from_iso8601 (expense_modified, NULL) : NULL;
  g_autoptr(GDateTime) b = detail_modified ? g_date_time_new_from_iso8601 (detail_modified, NULL) : NULL;

  return a != NULL && b != NULL && g_date_time_compare (a, b) > 0;
}

/* Finds the cached expenses of a request that the server's full list
 * @listed no longer has. One without local changes goes in @gone; one
 * with a change waiting is kept: its queued change is refused (404) when
 * sent and the expense shows as failed, the user's edit kept. */
static gboolean
find_gone_expenses (TrStoreDb   *db,
                    gint64       request_local_id,
                    JsonArray   *listed,
                    const char  *modified,
                    GArray      *gone,
                    GError     **error)
{
  g_autoptr(GHashTable) ids = listed_ids (listed);
  sqlite3_stmt *stmt = tr_store_db_prepare (db, sql_cached_expenses, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, request_local_id);
  while ((rc = tr_store_db_step (db, stmt, error)) == SQLITE_ROW)
    {
      gint64 local_id = sqlite3_column_int64 (stmt, 0);
      const char *server_id = (const char *) sqlite3_column_text (stmt, 1);

      if (g_hash_table_contains (ids, server_id) ||
          later_than_detail ((const char *) sqlite3_column_text (stmt, 2), modified))
        continue;
      if (sqlite3_column_int (stmt, 3) != 0)
        g_array_append_val (gone, local_id);
      else
        g_debug ("The expense %s is gone from the server; its local changes are kept", server_id);
    }
  return rc != -1;
}

/* Removes the cached expenses the server deleted (see above). */
static gboolean
remove_gone_expenses (TrStoreDb   *db,
                      gint64       request_local_id,
                      JsonNode    *expenses,
                      const char  *modified,
                      GArray      *expense_ids,
                      GError     **error)
{
  g_autoptr(GArray) gone = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (expenses == NULL || !JSON_NODE_HOLDS_ARRAY (expenses))
    return TRUE;
  if (!find_gone_expenses (db, request_local_id, json_node_get_array (expenses), modified, gone, error))
    return FALSE;
  for (guint i = 0; i < gone->len; i++)
    {
      if (!tr_store_db_run_with (db, sql_remove_expense, g_array_index (gone, gint64, i), NULL, error))
        return FALSE;
      g_array_append_val (expense_ids, g_array_index (gone, gint64, i));
    }
  return TRUE;
}

/* One `{request, expenses}` entry. Sets @local_id to the request stored,
 * or 0 when it was skipped (not cached, or older than what is held). */
static gboolean
upsert_detail (TrStoreDb  *db,
               JsonNode   *entry,
               gint64     *local_id,
               GArray     *expense_ids,
               GError    **error)
{
  g_auto(DetailGuard) guard = { 0 };
  JsonObject *object = JSON_NODE_HOLDS_OBJECT (entry) ? json_node_get_object (entry) : NULL;
  JsonNode *request = object ? json_object_get_member (object, "request") : NULL;
  JsonObject *detail = request && JSON_NODE_HOLDS_OBJECT (request) ? json_node_get_object (request) : NULL;
  const char *id = detail ? json_object_get_string_member_with_default (detail, "id", NULL) : NULL;
  const char *modified = detail ? json_object_get_string_member_with_default (detail, "lastModified", NULL) : NULL;

  *local_id = 0;
  if (id == NULL)
    {
      g_set_error_literal (error, TR_STORE_ERROR, TR_STORE_ERROR_INVALID,
                           _("The server’s request has no id"));
      return FALSE;
    }
  if (!load_guard (db, id, &guard, error))
    return FALSE;
  if (guard.local_id == 0 ||
      (modified != NULL && guard.base_last_modified != NULL &&
       strcmp (modified, guard.base_last_modified) < 0))
    return TRUE;
  return tr_store_request_upsert_server (db, request, local_id, error) &&
         upsert_expenses (db, id, json_object_get_member (object, "expenses"), &guard, expense_ids, error) &&
         remove_gone_expenses (db, *local_id, json_object_get_member (object, "expenses"), modified,
                               expense_ids, error) &&
         tr_store_db_run_with (db, sql_set_detail, *local_id, modified != NULL ? modified : "", error);
}

static gboolean
upsert_details (TrStoreDb  *db,
                JsonNode   *array,
                GArray     *ids,
                GArray     *expense_ids,
                GError    **error)
{
  JsonArray *items;

  if (array == NULL || !JSON_NODE_HOLDS_ARRAY (array))
    {
      g_set_error_literal (error, TR_STORE_ERROR, TR_STORE_ERROR_INVALID,
                           _("The JSON document is not an array"));
      return FALSE;
    }
  items = json_node_get_array (array);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      gint64 local_id;

      if (!upsert_detail (db, json_array_get_element (items, i), &local_id, expense_ids, error))
        return FALSE;
      g_array_append_val (ids, local_id);
    }
  return TRUE;
}

static void
upsert_details_job (TrStore     *self,
                    TrStoreDb   *db,
                    GTask       *task,
                    TrStoreArgs *args)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) expense_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GError *error = NULL;

  gboolean ok = tr_store_db_begin (db, &error) &&
                upsert_details (db, args->json, ids, expense_ids, &error) &&
                tr_store_db_commit (db, &error);

  g_clear_pointer (&args->json, json_node_unref);
  if (!ok)
    return (void) tr_store_fail (db, task, error);

  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) != 0)
      tr_store_emit_changed (self, TR_STORE_ENTITY_REQUEST, g_array_index (ids, gint64, i));
  for (guint i = 0; i < expense_ids->len; i++)
    tr_store_emit_changed (self, TR_STORE_ENTITY_EXPENSE, g_array_index (expense_ids, gint64, i));
  g_task_return_pointer (task, g_steal_pointer (&ids), (GDestroyNotify) g_array_unref);
}

/**
 * tr_store_upsert_server_details_async:
 * @self: a #TrStore
 * @details: (transfer full): a JSON array of objects `{"request": Request, "expenses":
 *   [Expected Expense…]}`, each a request as GET /requests/{id} returns it
 *   and the array GET /requests/{id}/expenses returns (optional); taken
 *   over without a copy, like the summaries above
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Stores full details in one transaction, with the upsert rules of
 * tr_store_upsert_server_request_async() and
 * tr_store_upsert_server_expense_async(), and records which detail each
 * request now holds. Requests the store does not cache, and details older
 * than the server version it holds, are skipped. A cached expected expense
 * the server's list no longer has is removed when it holds no local
 * change; one with a change waiting is kept (its change is refused when
 * sent, and the expense is marked failed with the server's reason).
 */
void
tr_store_upsert_server_details_async (TrStore             *self,
                                      JsonNode            *details,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_return_if_fail (TR_IS_STORE (self));
  g_return_if_fail (details != NULL);

  tr_store_run (self, tr_store_upsert_server_details_async, upsert_details_job,
                take_args (details), cancellable, callback, user_data);
}

/**
 * tr_store_upsert_server_details_finish:
 *
 * Returns: (transfer full) (element-type gint64): the local ids of the
 *   requests, in the order of the array (0 for a skipped one), or %NULL
 *   with @error set
 */
GArray *
tr_store_upsert_server_details_finish (TrStore       *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  char     *server_id;
  gboolean  current;
} DetailState;

static void
detail_state_free (DetailState *state)
{
  g_free (state->server_id);
  g_free (state);
}

static void
detail_state_job (TrStore     *self,
                  TrStoreDb   *db,
                  GTask       *task,
                  TrStoreArgs *args)
{
  sqlite3_stmt *stmt;
  DetailState *state;
  GError *error = NULL;
  int rc;

  if ((stmt = tr_store_db_prepare (db, sql_detail_state, &error)) == NULL)
    return (void) tr_store_fail (NULL, task, error);
  sqlite3_bind_int64 (stmt, 1, args->id);
  if ((rc = tr_store_db_step (db, stmt, &error)) == -1)
    return (void) tr_store_fail (NULL, task, error);
  if (rc != SQLITE_ROW)
    {
      tr_store_not_found ("request", args->id, &error);
      return (void) tr_store_fail (NULL, task, error);
    }
  state = g_new0 (DetailState, 1);
  state->server_id = tr_store_db_dup_text (stmt, 0);
  state->current = sqlite3_column_int (stmt, 1) != 0;
  sqlite3_reset (stmt);
  g_task_return_pointer (task, state, (GDestroyNotify) detail_state_free);
}

/**
 * tr_store_get_detail_state_async:
 * @self: a #TrStore
 * @local_id: a request
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Reads whether a request holds its current full detail.
 */
void
tr_store_get_detail_state_async (TrStore             *self,
                                 gint64               local_id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (TR_IS_STORE (self));

  tr_store_run (self, tr_store_get_detail_state_async, detail_state_job,
                tr_store_args_new (local_id, NULL, NULL, NULL), cancellable, callback, user_data);
}

/**
 * tr_store_get_detail_state_finish:
 * @current: (out): whether the held detail is current
 * @server_id: (out) (transfer full) (nullable): the request's server id,
 *   %NULL for a draft the server has not seen
 *
 * Returns: %FALSE with @error set if the request is not cached (or was
 *   deleted locally)
 */
gboolean
tr_store_get_detail_state_finish (TrStore       *self,
                                  GAsyncResult  *result,
                                  gboolean      *current,
                                  char         **server_id,
                                  GError       **error)
{
  DetailState *state;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  state = g_task_propagate_pointer (G_TASK (result), error);
  if (state == NULL)
    return FALSE;
  *current = state->current;
  *server_id = g_steal_pointer (&state->server_id);
  detail_state_free (state);
  return TRUE;
}

static void
list_wanted_job (TrStore     *self,
                 TrStoreDb   *db,
                 GTask       *task,
                 TrStoreArgs *args)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  GError *error = NULL;
  int rc;

  if ((stmt = tr_store_db_prepare (db, sql_wanted, &error)) == NULL)
    return (void) tr_store_fail (NULL, task, error);
  while ((rc = tr_store_db_step (db, stmt, &error)) == SQLITE_ROW)
    g_ptr_array_add (ids, tr_store_db_dup_text (stmt, 0));
  if (rc == -1)
    return (void) tr_store_fail (NULL, task, error);
  g_task_return_pointer (task, g_steal_pointer (&ids), (GDestroyNotify) g_ptr_array_unref);
}

/**
 * tr_store_list_details_wanted_async:
 * @self: a #TrStore
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Lists the requests to read in full for offline use: those without a
 * current detail that are still active (not closed, canceled or
 * approved: drafts, submitted, sent back) or carry local changes.
 */
void
tr_store_list_details_wanted_async (TrStore             *self,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (TR_IS_STORE (self));

  tr_store_run (self, tr_store_list_details_wanted_async, list_wanted_job,
                tr_store_args_new (0, NULL, NULL, NULL), cancellable, callback, user_data);
}

/**
 * tr_store_list_details_wanted_finish:
 *
 * Returns: (transfer full) (element-type utf8): their server ids, or
 *   %NULL with @error set
 */
GPtrArray *
tr_store_list_details_wanted_finish (TrStore       *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
