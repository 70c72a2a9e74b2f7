/* tr-sandbox-test-utils.c
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

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>

#include <glib/gstdio.h>

#include "tr-api-test-utils.h"
#include "tr-sandbox-test-utils.h"

static char *sandbox_exe;
static char *root_dir;
static FILE *http_log;
static GPtrArray *secrets;
static guint http_log_handler;

static void
add_secret (const char *secret)
{
  if (secret != NULL && *secret != '\0'
      && !g_ptr_array_find_with_equal_func (secrets, secret, g_str_equal, NULL))
    g_ptr_array_add (secrets, g_strdup (secret));
}

/* The `TR_DEBUG=http` log goes to the test's log directory. */
static void
write_http_log (const char     *log_domain,
                GLogLevelFlags  log_level,
                const char     *message,
                gpointer        user_data)
{
  if (http_log != NULL)
    {
      fprintf (http_log, "%s\n", message);
      fflush (http_log);
    }
}

static void
make_dir (const char *name,
          const char *xdg_variable)
{
  g_autofree char *path = g_build_filename (root_dir, name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
  if (xdg_variable != NULL)
    g_setenv (xdg_variable, path, TRUE);
}

/**
 * tr_test_sandbox_init_env:
 * @sandbox_path: the tr-sandbox executable
 *
 * Call first in main(), before anything reads the XDG directories: points
 * them into a new temporary root, turns on `TR_DEBUG=http` and captures
 * its output in `{root}/log/http.log`.
 */
void
tr_test_sandbox_init_env (const char *sandbox_path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *log_path = NULL;

  sandbox_exe = g_strdup (sandbox_path);
  root_dir = g_dir_make_tmp ("tr-client-test-XXXXXX", &error);
  g_assert_no_error (error);
  make_dir ("client/data", "XDG_DATA_HOME");
  make_dir ("client/config", "XDG_CONFIG_HOME");
  make_dir ("client/cache", "XDG_CACHE_HOME");
  make_dir ("client/state", "XDG_STATE_HOME");
  make_dir ("log", NULL);
  make_dir ("server", NULL);
  g_setenv ("TR_DEBUG", "http", TRUE);

  log_path = g_build_filename (root_dir, "log", "http.log", NULL);
  http_log = fopen (log_path, "w");
  g_assert_nonnull (http_log);
  http_log_handler = g_log_set_handler ("Tr-http", G_LOG_LEVEL_MESSAGE, write_http_log, NULL);

  secrets = g_ptr_array_new_with_free_func (g_free);
  add_secret ("sandbox-secret");
  add_secret ("password=sandbox");
}

/**
 * tr_test_sandbox_get_root:
 *
 * Returns: the temporary root: `client/` (the XDG directories), `log/`
 *   and `server/` (the sandbox databases, the server's own state)
 */
const char *
tr_test_sandbox_get_root (void)
{
  return root_dir;
}

/**
 * tr_test_sandbox_db_path:
 * @name: a database file name
 *
 * Returns: (transfer full): the path of @name under `server/`
 */
char *
tr_test_sandbox_db_path (const char *name)
{
  return g_build_filename (root_dir, "server", name, NULL);
}

static void
die_with_parent (gpointer user_data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

static void
rotated_cb (TrAuthorizer  *authorizer,
            TrTestSandbox *sandbox)
{
  g_autofree char *refresh = tr_authorizer_dup_refresh_token (authorizer);

  sandbox->rotations++;
  add_secret (refresh);
}

static GSubprocess *
spawn_sandbox (const char  *db_name,
               const char  *seed,
               const char  *extra_args)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *db = tr_test_sandbox_db_path (db_name);
  g_auto(GStrv) extra = g_strsplit (extra_args ? extra_args : "", " ", -1);
  g_auto(GStrv) argv = NULL;
  g_autoptr(GError) error = NULL;
  GSubprocess *process;

  g_strv_builder_add_many (builder, sandbox_exe, "--port", "0", "--db", db, "--seed", seed, NULL);
  for (guint i = 0; extra[i] != NULL; i++)
    if (*extra[i] != '\0')
      g_strv_builder_add (builder, extra[i]);
  argv = g_strv_builder_end (builder);

  /* The sandbox dies with the test, even when an assertion aborts it. */
  g_subprocess_launcher_set_child_setup (launcher, die_with_parent, NULL, NULL);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv, &error);
  g_assert_no_error (error);
  return process;
}

/**
 * tr_test_sandbox_start:
 * @db_name: the database file under `server/`; reused if it exists
 * @seed: `demo` or `empty` (a database is seeded once)
 * @extra_args: (nullable): more arguments, separated by spaces
 *
 * Returns: (transfer full): the running sandbox, with a client not yet
 *   signed in
 */
TrTestSandbox *
tr_test_sandbox_start (const char *db_name,
                       const char *seed,
                       const char *extra_args)
{
  TrTestSandbox *sandbox = g_new0 (TrTestSandbox, 1);
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;

  sandbox->process = spawn_sandbox (db_name, seed, extra_args);
  /* Blocking is fine here: the sandbox is another process. */
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (sandbox->process));
  line = g_data_input_stream_read_line (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (line);
  g_assert_true (g_str_has_prefix (line, "tr-sandbox: listening on "));
  sandbox->base_url = g_strdup (line + strlen ("tr-sandbox: listening on "));

  sandbox->authorizer = tr_authorizer_new (TR_DATA_CENTER_CUSTOM, sandbox->base_url,
                                           "sandbox-client", "sandbox-secret");
  g_signal_connect (sandbox->authorizer, "refresh-token-changed", G_CALLBACK (rotated_cb), sandbox);
  sandbox->client = tr_client_new (sandbox->authorizer);
  return sandbox;
}

/**
 * tr_test_sandbox_stop:
 * @sandbox: (transfer full): a sandbox
 *
 * Checks that the client and its authorizer are not leaked, then stops
 * the sandbox process and checks that it exited cleanly.
 */
void
tr_test_sandbox_stop (TrTestSandbox *sandbox)
{
  g_autoptr(GError) error = NULL;

  g_assert_finalize_object (sandbox->client);
  g_assert_finalize_object (sandbox->authorizer);
  g_subprocess_send_signal (sandbox->process, SIGTERM);
  g_subprocess_wait (sandbox->process, NULL, &error);
  g_assert_no_error (error);
  /* A clean exit: under ASan a leak or error of the sandbox fails the test. */
  g_assert_true (g_subprocess_get_if_exited (sandbox->process));
  g_assert_cmpint (g_subprocess_get_exit_status (sandbox->process), ==, 0);
  g_clear_object (&sandbox->process);
  g_free (sandbox->base_url);
  g_free (sandbox);
}

/**
 * tr_test_sandbox_note_token:
 * @sandbox: a signed-in sandbox
 *
 * Remembers the current access and refresh tokens as secrets.
 */
void
tr_test_sandbox_note_token (TrTestSandbox *sandbox)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *access = NULL;
  g_autofree char *refresh = tr_authorizer_dup_refresh_token (sandbox->authorizer);

  tr_authorizer_ensure_token_async (sandbox->authorizer, NULL, tr_test_store_result, &result);
  access = tr_authorizer_ensure_token_finish (sandbox->authorizer, tr_test_wait_result (&result), &error);
  g_assert_no_error (error);
  add_secret (access);
  add_secret (refresh);
}

/**
 * tr_test_sandbox_sign_in:
 * @sandbox: a sandbox
 * @user: a demo user; every demo password is `sandbox`
 *
 * Signs in with the password grant.
 */
void
tr_test_sandbox_sign_in (TrTestSandbox *sandbox,
                         const char    *user)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  tr_authorizer_sign_in_password_async (sandbox->authorizer, user, "sandbox", NULL,
                                        tr_test_store_result, &result);
  g_assert_true (tr_authorizer_sign_in_password_finish (sandbox->authorizer,
                                                        tr_test_wait_result (&result), &error));
  g_assert_no_error (error);
  tr_test_sandbox_note_token (sandbox);
}

/**
 * tr_test_sandbox_fast_retries:
 * @sandbox: a sandbox
 *
 * Short backoff (5–40 ms) so that retried calls stay fast; `Retry-After`
 * (1–3 s from the sandbox) is still honoured within a 10 s budget.
 */
void
tr_test_sandbox_fast_retries (TrTestSandbox *sandbox)
{
  tr_client_set_retry_policy (sandbox->client, 6, 5, 40, 10000);
}

/**
 * tr_test_sandbox_get_secrets:
 *
 * Returns: (transfer none) (element-type utf8): every secret seen so far
 */
GPtrArray *
tr_test_sandbox_get_secrets (void)
{
  return secrets;
}

static gboolean
contains (const char *data,
          gsize       length,
          const char *needle)
{
  gsize needle_length = strlen (needle);

  for (gsize i = 0; i + needle_length <= length; i++)
    if (memcmp (data + i, needle, needle_length) == 0)
      return TRUE;
  return FALSE;
}

static void
assert_file_clean (const char *path)
{
  g_autofree char *data = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < secrets->len; i++)
    if (contains (data, length, secrets->pdata[i]))
      g_error ("%s contains a secret (%.8s…)", path, (const char *) secrets->pdata[i]);
}

/**
 * tr_test_assert_no_secrets:
 * @dir: a directory
 *
 * Fails if any file below @dir contains a remembered secret.
 */
void
tr_test_assert_no_secrets (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        continue;
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        tr_test_assert_no_secrets (path);
      else
        assert_file_clean (path);
    }
}

static gboolean
quit_loop (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

/**
 * tr_test_wait_ms:
 * @ms: milliseconds
 *
 * Runs the main loop for @ms (time passes for timers, nothing sleeps).
 */
void
tr_test_wait_ms (guint ms)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  g_timeout_add (ms, quit_loop, loop);
  g_main_loop_run (loop);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) handle = NULL;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      handle = g_dir_open (path, 0, NULL);
      while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
    }
  g_remove (path);
}

/**
 * tr_test_sandbox_cleanup_env:
 *
 * Removes the temporary root made by tr_test_sandbox_init_env().
 */
void
tr_test_sandbox_cleanup_env (void)
{
  g_log_remove_handler ("Tr-http", http_log_handler);
  g_clear_pointer (&http_log, fclose);
  remove_tree (root_dir);
  g_clear_pointer (&root_dir, g_free);
  g_clear_pointer (&sandbox_exe, g_free);
  g_clear_pointer (&secrets, g_ptr_array_unref);
}

/**
 * tr_test_http_log_mark:
 *
 * Returns: the current end of the `TR_DEBUG=http` log
 */
gint64
tr_test_http_log_mark (void)
{
  g_assert_nonnull (http_log);
  fflush (http_log);
  return ftell (http_log);
}

/**
 * tr_test_http_log_count:
 * @mark: a value of tr_test_http_log_mark()
 * @prefix: the start of the lines to count, e.g. `> POST `
 *
 * Returns: how many lines written since @mark start with @prefix
 */
guint
tr_test_http_log_count (gint64      mark,
                        const char *prefix)
{
  g_autofree char *path = g_build_filename (root_dir, "log", "http.log", NULL);
  g_autofree char *data = NULL;
  g_auto(GStrv) lines = NULL;
  gsize length = 0;
  guint count = 0;

  fflush (http_log);
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_cmpint (mark, <=, (gint64) length);
  lines = g_strsplit (data + mark, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      count++;
  return count;
}

/**
 * tr_test_sandbox_get_request:
 * @sandbox: a signed-in sandbox
 * @id: a Request id
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the Request, waited for
 */
TrRequest *
tr_test_sandbox_get_request (TrTestSandbox  *sandbox,
                             const char     *id,
                             GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_client_get_request_async (sandbox->client, id, NULL, NULL, tr_test_store_result, &result);
  return tr_client_get_request_finish (sandbox->client, tr_test_wait_result (&result), error);
}

/**
 * tr_test_sandbox_create_request:
 * @sandbox: a signed-in sandbox
 * @name: the new Request's name
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the created Request, waited for
 */
TrRequest *
tr_test_sandbox_create_request (TrTestSandbox  *sandbox,
                                const char     *name,
                                GError        **error)
{
  g_autoptr(TrRequest) draft = tr_request_new ();
  g_autoptr(GAsyncResult) result = NULL;

  tr_request_set_name (draft, name);
  tr_client_create_request_async (sandbox->client, draft, NULL, NULL, tr_test_store_result, &result);
  return tr_client_create_request_finish (sandbox->client, tr_test_wait_result (&result), error);
}
