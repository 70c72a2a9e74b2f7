/* tr-store.c
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

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tr-store-private.h"

/* TrStore: the offline store of one account.
 *
 * Every operation is queued to one dedicated worker thread (a GThreadPool
 * limited to one thread, hence FIFO): operations run in the order they
 * were called and SQLite is never touched from the main thread. Results
 * and ::changed come back on the main context the store was opened on.
 * The worker never drops the last reference of anything it was given:
 * tasks are released on the main context, so the store is always
 * finalised there. */

struct _TrStore
{
  GObject       parent_instance;

  char         *path;
  GMainContext *context;
  GThreadPool  *pool;
  TrStoreDb    *db;      /* worker thread only */
};

typedef struct
{
  GTask          *task;
  TrStoreJobFunc  func;
} TrStoreWork;

enum {
  PROP_0,
  PROP_PATH,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TrStore, tr_store, G_TYPE_OBJECT)

static void
args_free (gpointer data)
{
  TrStoreArgs *args = data;

  g_free (args->text);
  g_free (args->text2);
  g_free ((char *) args->query.text);
  g_clear_pointer (&args->json, json_node_unref);
  g_free (args);
}

static JsonNode *deep_copy (JsonNode *node);

static void
copy_member (JsonObject  *object,
             const char  *member,
             JsonNode    *node,
             gpointer     user_data)
{
  json_object_set_member (user_data, member, deep_copy (node));
}

static void
copy_element (JsonArray *array,
              guint      index,
              JsonNode  *node,
              gpointer   user_data)
{
  json_array_add_element (user_data, deep_copy (node));
}

/* json_node_copy() shares objects and arrays; a job gets its own tree so
 * that the caller may change its JSON while the job is queued. */
static JsonNode *
deep_copy (JsonNode *node)
{
  JsonNode *copy;

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      copy = json_node_new (JSON_NODE_OBJECT);
      json_node_take_object (copy, json_object_new ());
      json_object_foreach_member (json_node_get_object (node), copy_member,
                                  json_node_get_object (copy));
      return copy;
    case JSON_NODE_ARRAY:
      copy = json_node_new (JSON_NODE_ARRAY);
      json_node_take_array (copy, json_array_new ());
      json_array_foreach_element (json_node_get_array (node), copy_element,
                                  json_node_get_array (copy));
      return copy;
    case JSON_NODE_VALUE:
    case JSON_NODE_NULL:
    default:
      return json_node_copy (node);
    }
}

TrStoreArgs *
tr_store_args_new (gint64      id,
                   const char *text,
                   const char *text2,
                   JsonNode   *json)
{
  TrStoreArgs *args = g_new0 (TrStoreArgs, 1);

  args->id = id;
  args->text = g_strdup (text);
  args->text2 = g_strdup (text2);
  args->json = json != NULL ? deep_copy (json) : NULL;
  return args;
}

static void
attach_to_context (TrStore        *self,
                   GSourceFunc     func,
                   gpointer        data,
                   GDestroyNotify  destroy)
{
  GSource *source = g_idle_source_new ();

  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, func, data, destroy);
  g_source_set_static_name (source, "[tr-store]");
  g_source_attach (source, self->context);
  g_source_unref (source);
}

static gboolean
release_task (gpointer data)
{
  return G_SOURCE_REMOVE;
}

static void
worker_func (gpointer data,
             gpointer user_data)
{
  TrStoreWork *work = data;
  TrStore *self = g_task_get_source_object (work->task);

  if (!g_task_return_error_if_cancelled (work->task))
    {
      if (self->db == NULL && g_task_get_source_tag (work->task) != tr_store_open_async)
        g_task_return_new_error (work->task, TR_STORE_ERROR, TR_STORE_ERROR_CLOSED,
                                 _("The offline database is not open"));
      else
        work->func (self, self->db, work->task, g_task_get_task_data (work->task));
    }
  attach_to_context (self, release_task, work->task, g_object_unref);
  g_free (work);
}

/**
 * tr_store_run:
 * @self: the store
 * @source_tag: the public function
 * @func: the job, run on the worker thread
 * @args: (transfer full): its arguments
 * @cancellable: (nullable): a cancellable; a job cancelled before it
 *   starts is skipped, one that started completes
 * @callback: called on the calling thread's main context
 * @user_data: data for @callback
 *
 * Queues a job behind every job queued before it.
 */
void
tr_store_run (TrStore             *self,
              gpointer             source_tag,
              TrStoreJobFunc       func,
              TrStoreArgs         *args,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  TrStoreWork *work = g_new0 (TrStoreWork, 1);

  work->task = g_task_new (self, cancellable, callback, user_data);
  work->func = func;
  g_task_set_source_tag (work->task, source_tag);
  g_task_set_task_data (work->task, args, args_free);
  g_task_set_check_cancellable (work->task, FALSE);
  g_thread_pool_push (self->pool, work, NULL);
}

typedef struct
{
  TrStore           *store;
  TrStoreEntityKind  kind;
  gint64             local_id;
} ChangedData;

static void
changed_data_free (gpointer data)
{
  ChangedData *changed = data;

  g_object_unref (changed->store);
  g_free (changed);
}

static gboolean
emit_changed_cb (gpointer data)
{
  ChangedData *changed = data;

  g_signal_emit (changed->store, signals[CHANGED], 0, (int) changed->kind, changed->local_id);
  return G_SOURCE_REMOVE;
}

/* Worker side, after a commit: ::changed is emitted on the main context. */
void
tr_store_emit_changed (TrStore           *self,
                       TrStoreEntityKind  kind,
                       gint64             local_id)
{
  ChangedData *changed = g_new0 (ChangedData, 1);

  changed->store = g_object_ref (self);
  changed->kind = kind;
  changed->local_id = local_id;
  attach_to_context (self, emit_changed_cb, changed, changed_data_free);
}

/* Rolls back the open transaction, if any, and returns @error. */
gboolean
tr_store_fail (TrStoreDb *db,
               GTask     *task,
               GError    *error)
{
  if (db != NULL)
    tr_store_db_rollback (db);
  g_task_return_error (task, error);
  return FALSE;
}

/**
 * tr_store_edit_sync_state:
 * @mode: how the edit is written
 * @current: the object's state before
 * @has_server_id: whether the object exists on the server
 *
 * The state after a local edit. A plain save keeps a conflict or a
 * refused operation visible until it is resolved; a merge sets the state
 * the merge found.
 */
TrStoreSyncState
tr_store_edit_sync_state (TrStoreEditMode  mode,
                          TrStoreSyncState current,
                          gboolean         has_server_id)
{
  if (mode == TR_STORE_EDIT_MERGE_CONFLICT)
    return TR_STORE_SYNC_STATE_CONFLICT;
  if (mode == TR_STORE_EDIT_SAVE &&
      (current == TR_STORE_SYNC_STATE_CONFLICT || current == TR_STORE_SYNC_STATE_FAILED))
    return current;
  return has_server_id ? TR_STORE_SYNC_STATE_PENDING : TR_STORE_SYNC_STATE_LOCAL_ONLY;
}

/* For finish functions returning an id: 0 on error. */
gint64
tr_store_propagate_id (GTask   *task,
                       GError **error)
{
  gssize value = g_task_propagate_int (task, error);

  return value < 0 ? 0 : value;
}

char *
tr_store_json_to_text (JsonNode *node)
{
  if (node == NULL)
    return NULL;
  return json_to_string (node, FALSE);
}

JsonNode *
tr_store_json_from_text (const char *text)
{
  if (text == NULL)
    return NULL;
  return json_from_string (text, NULL);
}

gboolean
tr_store_require_object (JsonNode  *node,
                         GError   **error)
{
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    return TRUE;
  g_set_error_literal (error, TR_STORE_ERROR, TR_STORE_ERROR_INVALID,
                       _("The JSON document is not an object"));
  return FALSE;
}

gboolean
tr_store_not_found (const char  *what,
                    gint64       id,
                    GError     **error)
{
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  /* One whole sentence per kind of object: @what is "expense" or "request". */
  if (g_strcmp0 (what, "expense") == 0)
    g_set_error (error, TR_STORE_ERROR, TR_STORE_ERROR_NOT_FOUND,
                 /* Translators: %s is the local id (a number) of an expected expense. */
                 _("No expense with the local id %s"), number);
  else
    g_set_error (error, TR_STORE_ERROR, TR_STORE_ERROR_NOT_FOUND,
                 /* Translators: %s is the local id (a number) of a travel request. */
                 _("No request with the local id %s"), number);
  return FALSE;
}

static void
tr_store_finalize (GObject *object)
{
  TrStore *self = (TrStore *) object;

  g_thread_pool_free (self->pool, FALSE, TRUE);
  g_clear_pointer (&self->db, tr_store_db_free);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (tr_store_parent_class)->finalize (object);
}

static void
tr_store_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  TrStore *self = TR_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_store_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  TrStore *self = TR_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_store_class_init (TrStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tr_store_finalize;
  object_class->get_property = tr_store_get_property;
  object_class->set_property = tr_store_set_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TrStore::changed:
   * @self: the store
   * @kind: a #TrStoreEntityKind
   * @local_id: the local id of the request or expense
   *
   * Emitted on the main context after a write that touched the object
   * was committed (including its sync state and the outbox).
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_INT64);
}

static void
tr_store_init (TrStore *self)
{
  self->context = g_main_context_ref_thread_default ();
  self->pool = g_thread_pool_new (worker_func, self, 1, TRUE, NULL);
}

const char *
tr_store_get_path (TrStore *self)
{
  g_return_val_if_fail (TR_IS_STORE (self), NULL);

  return self->path;
}

/**
 * tr_store_account_key:
 * @base_url: the account's API base URL
 * @user_id: the account's user id
 *
 * Returns: (transfer full): a file-system-safe key for the account: the
 *   SHA-256 (hex) of the normalised base URL and the user id
 */
char *
tr_store_account_key (const char *base_url,
                      const char *user_id)
{
  g_autofree char *url = g_ascii_strdown (base_url, -1);
  g_autofree char *material = NULL;
  gsize len;

  g_return_val_if_fail (base_url != NULL && user_id != NULL, NULL);

  for (len = strlen (url); len > 0 && url[len - 1] == '/'; len--)
    url[len - 1] = '\0';
  material = g_strconcat (url, "\n", user_id, NULL);
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, material, -1);
}

/**
 * tr_store_default_path:
 * @base_url: the account's API base URL
 * @user_id: the account's user id
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/travel-requests/<key>.db`
 */
char *
tr_store_default_path (const char *base_url,
                       const char *user_id)
{
  g_autofree char *key = tr_store_account_key (base_url, user_id);
  g_autofree char *file = g_strconcat (key, ".db", NULL);

  return g_build_filename (g_get_user_data_dir (), "travel-requests", file, NULL);
}

static void
open_job (TrStore     *self,
          TrStoreDb   *db,
          GTask       *task,
          TrStoreArgs *args)
{
  GError *error = NULL;

  self->db = tr_store_db_open (self->path, &error);
  if (self->db == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_object_ref (self), g_object_unref);
}

/**
 * tr_store_open_async:
 * @path: the database file (see tr_store_default_path())
 * @cancellable: (nullable): a cancellable
 * @callback: called when the store is ready or failed
 * @user_data: data for @callback
 *
 * Opens or creates the store and upgrades its schema. A damaged,
 * foreign, read-only or newer database fails with a #TR_STORE_ERROR and
 * is left exactly as it was.
 */
void
tr_store_open_async (const char          *path,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(TrStore) self = NULL;

  g_return_if_fail (path != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  self = g_object_new (TR_TYPE_STORE, "path", path, NULL);
  tr_store_run (self, tr_store_open_async, open_job, tr_store_args_new (0, NULL, NULL, NULL),
                cancellable, callback, user_data);
}

/**
 * tr_store_open_finish:
 * @result: the result given to the callback
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the store, or %NULL on error
 */
TrStore *
tr_store_open_finish (GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_store_open_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
