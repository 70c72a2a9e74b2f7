/* tr-demo-start.c
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
#include <errno.h>
#include <signal.h>
#include <string.h>
#ifdef __linux__
# include <sys/prctl.h>
#endif

#include "tr-demo-private.h"

/* Starting tr-sandbox and reading where it listens, and signing in. */

#define LISTENING_PREFIX "tr-sandbox: listening on "

typedef struct
{
  GDataInputStream *output;
  GCancellable     *cancellable;
  GCancellable     *caller_cancellable;
  gulong            cancelled_id;
  guint             timeout_id;
  gboolean          timed_out;
} StartData;

static void
start_data_free (StartData *data)
{
  g_clear_handle_id (&data->timeout_id, g_source_remove);
  if (data->caller_cancellable != NULL)
    g_cancellable_disconnect (data->caller_cancellable, data->cancelled_id);
  g_clear_object (&data->caller_cancellable);
  g_clear_object (&data->output);
  g_clear_object (&data->cancellable);
  g_free (data);
}

static void drain_output (GDataInputStream *output,
                          GCancellable     *cancellable);

static void
on_drained_line_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GCancellable) cancellable = user_data;
  g_autofree char *line = NULL;

  line = g_data_input_stream_read_line_finish_utf8 (G_DATA_INPUT_STREAM (source), result, NULL, NULL);
  if (line == NULL)
    return;
  g_debug ("tr-sandbox: %s", line);
  drain_output (G_DATA_INPUT_STREAM (source), cancellable);
}

/* Keeps reading what tr-sandbox prints, so that it never blocks on a full
 * pipe, until it exits or the demo stops. */
static void
drain_output (GDataInputStream *output,
              GCancellable     *cancellable)
{
  g_data_input_stream_read_line_async (output, G_PRIORITY_LOW, cancellable,
                                       on_drained_line_cb, g_object_ref (cancellable));
}

static char *
parse_listening_line (const char *line)
{
  g_autoptr(GUri) uri = NULL;
  const char *url;

  if (!g_str_has_prefix (line, LISTENING_PREFIX))
    return NULL;
  url = line + strlen (LISTENING_PREFIX);
  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || g_strcmp0 (g_uri_get_scheme (uri), "http") != 0 || g_uri_get_port (uri) <= 0)
    return NULL;
  return g_strdup (url);
}

static void read_start_line (GTask *task);

static void
fail_start (GTask  *task,
            GError *error)
{
  TrDemo *self = g_task_get_source_object (task);

  g_clear_object (&self->cancellable);
  if (self->process != NULL)
    g_subprocess_force_exit (self->process);
  g_clear_object (&self->process);
  g_task_return_error (task, error);
}

static void
on_process_exited_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  GWeakRef *weak = user_data;
  g_autoptr(TrDemo) self = g_weak_ref_get (weak);

  g_weak_ref_clear (weak);
  g_free (weak);
  if (!g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL) || self == NULL ||
      self->process != G_SUBPROCESS (source))
    return;

  g_debug ("tr-sandbox exited");
  tr_demo_stop (self);
}

static void
watch_process (TrDemo *self)
{
  GWeakRef *weak = g_new0 (GWeakRef, 1);

  g_weak_ref_init (weak, self);
  g_subprocess_wait_async (self->process, self->cancellable, on_process_exited_cb, weak);
}

static void
on_url_written_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    g_debug ("Could not write the demo's address: %s", error->message);
}

/* Tests that talk to the demo's server find it in $TR_DEMO_URL_FILE. */
static void
write_url_file (const char *base_url)
{
  const char *path = g_getenv ("TR_DEMO_URL_FILE");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (path == NULL || *path == '\0')
    return;
  file = g_file_new_for_path (path);
  bytes = g_bytes_new (base_url, strlen (base_url));
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                       NULL, on_url_written_cb, NULL);
}

static void
started (GTask *task,
         char  *base_url)
{
  TrDemo *self = g_task_get_source_object (task);
  StartData *data = g_task_get_task_data (task);

  self->base_url = base_url;
  g_debug ("The demo server listens on %s", base_url);
  write_url_file (base_url);
  drain_output (data->output, self->cancellable);
  watch_process (self);
  tr_demo_notify_started (self);
  g_task_return_boolean (task, TRUE);
}

static GError *
read_error (StartData *data,
            GError    *error)
{
  if (data->timed_out)
    {
      g_clear_error (&error);
      return g_error_new (TR_DEMO_ERROR, TR_DEMO_ERROR_TIMEOUT,
                          _("The demo server did not start in time"));
    }
  if (error != NULL)
    return error;
  return g_error_new (TR_DEMO_ERROR, TR_DEMO_ERROR_FAILED,
                      _("The demo server stopped before it was ready"));
}

static void
on_start_line_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  StartData *data = g_task_get_task_data (task);
  g_autofree char *line = NULL;
  GError *error = NULL;
  char *base_url;

  line = g_data_input_stream_read_line_finish_utf8 (G_DATA_INPUT_STREAM (source), result, NULL, &error);
  if (line == NULL || data->timed_out)
    {
      g_free (g_steal_pointer (&line));
      fail_start (task, read_error (data, error));
      return;
    }

  base_url = parse_listening_line (line);
  if (base_url != NULL)
    {
      g_clear_handle_id (&data->timeout_id, g_source_remove);
      started (task, base_url);
      return;
    }

  g_debug ("tr-sandbox: %s", line);
  read_start_line (g_steal_pointer (&task));
}

static void
read_start_line (GTask *task)
{
  StartData *data = g_task_get_task_data (task);

  g_data_input_stream_read_line_async (data->output, G_PRIORITY_DEFAULT, data->cancellable,
                                       on_start_line_cb, task);
}

static gboolean
on_start_timeout_cb (gpointer user_data)
{
  StartData *data = user_data;

  data->timeout_id = 0;
  data->timed_out = TRUE;
  g_cancellable_cancel (data->cancellable);
  return G_SOURCE_REMOVE;
}

static void
on_caller_cancelled_cb (GCancellable *cancellable,
                        gpointer      user_data)
{
  g_cancellable_cancel (G_CANCELLABLE (user_data));
}

#ifdef __linux__
static void
stop_with_parent (gpointer user_data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}
#endif

static GSubprocess *
spawn_sandbox (TrDemo  *self,
               GError **error)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);

#ifdef __linux__
  g_subprocess_launcher_set_child_setup (launcher, stop_with_parent, NULL, NULL);
#endif
  return g_subprocess_launcher_spawn (launcher, error, self->sandbox_path,
                                      "--port", "0", "--db", self->database_path,
                                      "--seed", "demo", NULL);
}

static gboolean
prepare (TrDemo  *self,
         GError **error)
{
  g_autofree char *dir = g_path_get_dirname (self->database_path);
  int saved_errno;

  if (!g_file_test (self->sandbox_path, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_set_error (error, TR_DEMO_ERROR, TR_DEMO_ERROR_NOT_FOUND,
                   /* Translators: %s is the path of a program */
                   _("The demo server is not installed (no program at “%s”)"), self->sandbox_path);
      return FALSE;
    }
  if (g_mkdir_with_parents (dir, 0700) == 0)
    return TRUE;

  saved_errno = errno;
  g_set_error (error, TR_DEMO_ERROR, TR_DEMO_ERROR_FAILED,
               /* Translators: the first %s is the path of a folder, the second the system’s error message */
               _("Cannot create the folder of the demo data “%s”: %s"), dir, g_strerror (saved_errno));
  return FALSE;
}

/**
 * tr_demo_start_async:
 * @self: a #TrDemo
 * @cancellable: (nullable): a #GCancellable
 * @callback: called once tr-sandbox listens, or failed
 * @user_data: data for @callback
 *
 * Starts tr-sandbox with `--port 0 --db DATABASE --seed demo` and waits
 * for the line saying where it listens.
 */
void
tr_demo_start_async (TrDemo              *self,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  StartData *data;

  g_return_if_fail (TR_IS_DEMO (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_demo_start_async);
  if (tr_demo_get_running (self))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  tr_demo_stop (self);
  if (!prepare (self, &error) || (self->process = spawn_sandbox (self, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  self->cancellable = g_cancellable_new ();
  data = g_new0 (StartData, 1);
  data->output = g_data_input_stream_new (g_subprocess_get_stdout_pipe (self->process));
  data->cancellable = g_object_ref (self->cancellable);
  if (cancellable != NULL)
    {
      data->caller_cancellable = g_object_ref (cancellable);
      data->cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (on_caller_cancelled_cb),
                                                  g_object_ref (self->cancellable), g_object_unref);
    }
  data->timeout_id = g_timeout_add_seconds (self->timeout_seconds, on_start_timeout_cb, data);
  g_task_set_task_data (task, data, (GDestroyNotify) start_data_free);
  read_start_line (g_steal_pointer (&task));
}

gboolean
tr_demo_start_finish (TrDemo        *self,
                      GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (TR_IS_DEMO (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_demo_start_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Signing in */

static void
on_signed_in_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!tr_authorizer_sign_in_password_finish (TR_AUTHORIZER (source), result, &error))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_object_ref (source), g_object_unref);
}

/**
 * tr_demo_sign_in_async:
 * @self: a started #TrDemo
 * @login: a demo user, such as %TR_DEMO_TRAVELER or %TR_DEMO_MANAGER
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when signed in
 * @user_data: data for @callback
 *
 * Signs in to the demo server as @login with the password grant.
 */
void
tr_demo_sign_in_async (TrDemo              *self,
                       const char          *login,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(TrAuthorizer) authorizer = NULL;

  g_return_if_fail (TR_IS_DEMO (self));
  g_return_if_fail (login != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_demo_sign_in_async);
  if (!tr_demo_get_running (self))
    {
      g_task_return_new_error (task, TR_DEMO_ERROR, TR_DEMO_ERROR_NOT_RUNNING,
                               _("The demo server is not running"));
      return;
    }

  authorizer = tr_authorizer_new (TR_DATA_CENTER_CUSTOM, self->base_url,
                                  TR_DEMO_CLIENT_ID, TR_DEMO_CLIENT_SECRET);
  tr_authorizer_sign_in_password_async (authorizer, login, TR_DEMO_PASSWORD, cancellable,
                                        on_signed_in_cb, g_steal_pointer (&task));
}

/**
 * tr_demo_sign_in_finish:
 * @self: a #TrDemo
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the signed-in authorizer
 */
TrAuthorizer *
tr_demo_sign_in_finish (TrDemo        *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (TR_IS_DEMO (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_demo_sign_in_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
