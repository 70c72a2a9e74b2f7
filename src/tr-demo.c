/* tr-demo.c
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
 * along with this program.  If not, see <http://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tr-demo"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>

#include "tr-demo-private.h"
#include "tr-store.h"

/* The demo mode: runs the bundled tr-sandbox on a free loopback port, with
 * its own database seeded with the demo company, and signs in to it with
 * the password grant. The sandbox stops with the demo (and with the app). */

G_DEFINE_FINAL_TYPE (TrDemo, tr_demo, G_TYPE_OBJECT)

G_DEFINE_QUARK (tr-demo-error-quark, tr_demo_error)

enum {
  PROP_0,
  PROP_BASE_URL,
  PROP_RUNNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tr_demo_dispose (GObject *object)
{
  TrDemo *self = TR_DEMO (object);

  tr_demo_stop (self);

  G_OBJECT_CLASS (tr_demo_parent_class)->dispose (object);
}

static void
tr_demo_finalize (GObject *object)
{
  TrDemo *self = TR_DEMO (object);

  g_clear_pointer (&self->sandbox_path, g_free);
  g_clear_pointer (&self->database_path, g_free);
  g_clear_pointer (&self->base_url, g_free);

  G_OBJECT_CLASS (tr_demo_parent_class)->finalize (object);
}

static void
tr_demo_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  TrDemo *self = TR_DEMO (object);

  switch (prop_id)
    {
    case PROP_BASE_URL:
      g_value_set_string (value, self->base_url);
      break;
    case PROP_RUNNING:
      g_value_set_boolean (value, tr_demo_get_running (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_demo_class_init (TrDemoClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tr_demo_dispose;
  object_class->finalize = tr_demo_finalize;
  object_class->get_property = tr_demo_get_property;

  properties[PROP_BASE_URL] =
    g_param_spec_string ("base-url", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tr_demo_init (TrDemo *self)
{
  self->timeout_seconds = 20;
}

/**
 * tr_demo_new:
 * @sandbox_path: the tr-sandbox program
 * @database_path: the database file of the demo company
 *
 * Returns: (transfer full): a demo, not started
 */
TrDemo *
tr_demo_new (const char *sandbox_path,
             const char *database_path)
{
  TrDemo *self;

  g_return_val_if_fail (sandbox_path != NULL, NULL);
  g_return_val_if_fail (database_path != NULL, NULL);

  self = g_object_new (TR_TYPE_DEMO, NULL);
  self->sandbox_path = g_strdup (sandbox_path);
  self->database_path = g_strdup (database_path);
  return self;
}

/**
 * tr_demo_find_sandbox:
 *
 * Looks for tr-sandbox: `$TR_SANDBOX_PATH` (set by the tests to the build
 * tree's copy), then `sandbox/tr-sandbox` beside the running program (an
 * uninstalled build), then the installed `$libexecdir` and `$bindir`
 * copies, then `$PATH`.
 *
 * Returns: (transfer full) (nullable): the program, or %NULL
 */
char *
tr_demo_find_sandbox (void)
{
  const char *from_env = g_getenv ("TR_SANDBOX_PATH");
  const char *installed[] = { TR_LIBEXECDIR "/tr-sandbox", TR_BINDIR "/tr-sandbox" };

  g_autofree char *self_path = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = self_path != NULL ? g_path_get_dirname (self_path) : NULL;
  g_autofree char *in_build_tree = dir != NULL ? g_build_filename (dir, "sandbox", "tr-sandbox", NULL) : NULL;

  if (from_env != NULL && *from_env != '\0')
    return g_strdup (from_env);
  /* An uninstalled build: _build/src/travel-requests, _build/src/sandbox/tr-sandbox */
  if (in_build_tree != NULL && g_file_test (in_build_tree, G_FILE_TEST_IS_EXECUTABLE))
    return g_steal_pointer (&in_build_tree);

  for (guint i = 0; i < G_N_ELEMENTS (installed); i++)
    if (g_file_test (installed[i], G_FILE_TEST_IS_EXECUTABLE))
      return g_strdup (installed[i]);

  return g_find_program_in_path ("tr-sandbox");
}

/**
 * tr_demo_default_database:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/travel-requests/demo/sandbox.db`
 */
char *
tr_demo_default_database (void)
{
  return g_build_filename (g_get_user_data_dir (), "travel-requests", "demo", "sandbox.db", NULL);
}

const char *
tr_demo_get_sandbox_path (TrDemo *self)
{
  g_return_val_if_fail (TR_IS_DEMO (self), NULL);

  return self->sandbox_path;
}

const char *
tr_demo_get_database_path (TrDemo *self)
{
  g_return_val_if_fail (TR_IS_DEMO (self), NULL);

  return self->database_path;
}

/**
 * tr_demo_get_base_url:
 * @self: a #TrDemo
 *
 * Returns: (nullable): `http://127.0.0.1:PORT` once started
 */
const char *
tr_demo_get_base_url (TrDemo *self)
{
  g_return_val_if_fail (TR_IS_DEMO (self), NULL);

  return self->base_url;
}

gboolean
tr_demo_get_running (TrDemo *self)
{
  g_return_val_if_fail (TR_IS_DEMO (self), FALSE);

  return self->process != NULL && self->base_url != NULL;
}

/**
 * tr_demo_set_timeout:
 * @self: a #TrDemo
 * @seconds: how long tr-sandbox may take to start (20 s by default)
 */
void
tr_demo_set_timeout (TrDemo *self,
                     guint   seconds)
{
  g_return_if_fail (TR_IS_DEMO (self));
  g_return_if_fail (seconds > 0);

  self->timeout_seconds = seconds;
}

/**
 * tr_demo_stop:
 * @self: a #TrDemo
 *
 * Stops tr-sandbox, if it runs. The database stays for the next start.
 */
void
tr_demo_stop (TrDemo *self)
{
  gboolean was_running;

  g_return_if_fail (TR_IS_DEMO (self));

  was_running = tr_demo_get_running (self);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->process != NULL)
    g_subprocess_send_signal (self->process, SIGTERM);
  g_clear_object (&self->process);
  g_clear_pointer (&self->base_url, g_free);
  if (was_running)
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASE_URL]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
    }
}

/**
 * tr_demo_dup_store_path:
 * @self: a #TrDemo
 * @login: a demo user, such as %TR_DEMO_TRAVELER
 *
 * The offline cache of a demo user sits beside the demo database and is
 * named after the login: it does not depend on the port tr-sandbox
 * listens on, so each start finds the cache of the previous one.
 *
 * Returns: (transfer full): `DATABASE_DIR/store-LOGIN.db`
 */
char *
tr_demo_dup_store_path (TrDemo     *self,
                        const char *login)
{
  g_autofree char *dir = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *file = NULL;

  g_return_val_if_fail (TR_IS_DEMO (self), NULL);
  g_return_val_if_fail (login != NULL && *login != '\0', NULL);

  dir = g_path_get_dirname (self->database_path);
  escaped = g_uri_escape_string (login, "@", FALSE);
  file = g_strconcat ("store-", escaped, ".db", NULL);
  return g_build_filename (dir, file, NULL);
}

/**
 * tr_demo_dup_account_key:
 * @login: a demo user
 *
 * Returns: (transfer full): the fixed account key of a demo user,
 *   `demo:LOGIN` (see tr_account_dup_key())
 */
char *
tr_demo_dup_account_key (const char *login)
{
  g_return_val_if_fail (login != NULL, NULL);

  return g_strconcat ("demo:", login, NULL);
}

/* Called by tr-demo-start.c once tr-sandbox listens. */
void
tr_demo_notify_started (TrDemo *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASE_URL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

/* Removing the stores of earlier versions
 *
 * Before the demo had a fixed store (tr_demo_dup_store_path()), each
 * start keyed its store on `http://127.0.0.1:PORT` and the user id, with
 * a port chosen anew each time: one more database per launch. They are
 * found again by recomputing their names for every port, so no other
 * account's store can be mistaken for one. */

#define LEGACY_MARKER ".demo-stores-removed"

static gboolean
is_store_name (const char *name)
{
  gsize len = strlen (name);

  if (len != 64 + strlen (".db") || !g_str_has_suffix (name, ".db"))
    return FALSE;
  for (gsize i = 0; i < 64; i++)
    if (!g_ascii_isxdigit (name[i]) || g_ascii_isupper (name[i]))
      return FALSE;
  return TRUE;
}

static GHashTable *
list_store_keys (const char  *dir,
                 GError     **error)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, error);
  GHashTable *keys;
  const char *name;

  if (handle == NULL)
    return NULL;
  keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  while ((name = g_dir_read_name (handle)) != NULL)
    if (is_store_name (name))
      g_hash_table_add (keys, g_strndup (name, 64));
  return keys;
}

static gboolean
remove_store (const char *dir,
              const char *key)
{
  static const char *suffixes[] = { "", "-wal", "-shm", "-journal" };
  gboolean removed = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (key, ".db", suffixes[i], NULL);
      g_autofree char *path = g_build_filename (dir, file, NULL);

      if (g_unlink (path) == 0 && i == 0)
        removed = TRUE;
    }
  return removed;
}

static int
remove_port_stores (const char   *dir,
                    GHashTable   *keys,
                    GCancellable *cancellable)
{
  static const char *user_ids[] = { TR_DEMO_TRAVELER_ID, TR_DEMO_MANAGER_ID };
  int removed = 0;

  for (guint port = 1; port <= G_MAXUINT16 && g_hash_table_size (keys) > 0; port++)
    {
      g_autofree char *base_url = g_strdup_printf ("http://127.0.0.1:%u", port);

      if (port % 4096 == 0 && g_cancellable_is_cancelled (cancellable))
        break;
      for (guint i = 0; i < G_N_ELEMENTS (user_ids); i++)
        {
          g_autofree char *key = tr_store_account_key (base_url, user_ids[i]);

          if (g_hash_table_remove (keys, key) && remove_store (dir, key))
            removed++;
        }
    }
  return removed;
}

static void
remove_legacy_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  const char *dir = task_data;
  g_autofree char *marker = g_build_filename (dir, LEGACY_MARKER, NULL);
  g_autoptr(GHashTable) keys = NULL;
  GError *error = NULL;
  int removed = 0;

  if (g_file_test (marker, G_FILE_TEST_EXISTS))
    return g_task_return_int (task, 0);
  if ((keys = list_store_keys (dir, &error)) == NULL)
    {
      /* No folder of stores: nothing was left behind. */
      if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        {
          g_clear_error (&error);
          return g_task_return_int (task, 0);
        }
      return g_task_return_error (task, error);
    }
  if (g_hash_table_size (keys) > 0)
    removed = remove_port_stores (dir, keys, cancellable);
  if (g_task_return_error_if_cancelled (task))
    return;
  if (!g_file_set_contents (marker, "", 0, &error))
    return g_task_return_error (task, error);
  g_task_return_int (task, removed);
}

/**
 * tr_demo_remove_legacy_stores_async:
 * @stores_dir: the folder of the offline stores,
 *   `$XDG_DATA_HOME/travel-requests`
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Removes, once (a marker file remembers it), the per-port demo stores
 * that earlier versions left in @stores_dir, on a worker thread.
 */
void
tr_demo_remove_legacy_stores_async (const char          *stores_dir,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (stores_dir != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_demo_remove_legacy_stores_async);
  g_task_set_task_data (task, g_strdup (stores_dir), g_free);
  g_task_set_priority (task, G_PRIORITY_LOW);
  g_task_run_in_thread (task, remove_legacy_thread);
}

/**
 * tr_demo_remove_legacy_stores_finish:
 * @result: the result passed to the callback
 * @error: return location for a #GError
 *
 * Returns: how many stores were removed, or -1 with @error set
 */
int
tr_demo_remove_legacy_stores_finish (GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), -1);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_demo_remove_legacy_stores_async, -1);

  return (int) g_task_propagate_int (G_TASK (result), error);
}
