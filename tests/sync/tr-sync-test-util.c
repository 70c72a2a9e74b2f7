/* tr-sync-test-util.c
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

#include <glib/gstdio.h>
#include <string.h>
#include <sys/prctl.h>

#include "tr-sync-test-util.h"

/* Helpers of the sync tests: a tr-sandbox process, signed-in clients,
 * stores in temporary folders, and waiting on async results. Blocking on
 * the sandbox's first line of output is fine: it is another process. */

#define LISTENING "tr-sandbox: listening on "

static void
die_with_parent (gpointer user_data)
{
  prctl (PR_SET_PDEATHSIG, SIGKILL);
}

/* A child process that does not outlive a test that crashed. */
GSubprocess *
tr_test_spawn (const char * const  *argv,
               GSubprocessFlags     flags,
               GError             **error)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (flags);

  g_subprocess_launcher_set_child_setup (launcher, die_with_parent, NULL, NULL);
  return g_subprocess_launcher_spawnv (launcher, argv, error);
}

static gboolean
quit_cb (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

/* Lets the main loop run for @ms milliseconds. */
void
tr_test_sleep (guint ms)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  g_timeout_add (ms, quit_cb, loop);
  g_main_loop_run (loop);
}

static void
spawn (TrTestSandbox *self,
       const char    *seed,
       const char    *faults)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  const char *colon;

  g_ptr_array_add (argv, g_strdup (self->exe));
  g_ptr_array_add (argv, g_strdup_printf ("--port=%u", self->port));
  g_ptr_array_add (argv, g_strdup_printf ("--db=%s", self->db_path));
  g_ptr_array_add (argv, g_strdup_printf ("--seed=%s", seed != NULL ? seed : "empty"));
  if (faults != NULL)
    {
      g_ptr_array_add (argv, g_strdup_printf ("--faults=%s", faults));
      g_ptr_array_add (argv, g_strdup ("--fault-seed=7"));
    }
  g_ptr_array_add (argv, NULL);
  self->process = tr_test_spawn ((const char * const *) argv->pdata, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (self->process));
  line = g_data_input_stream_read_line (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (line);
  g_assert_true (g_str_has_prefix (line, LISTENING));
  g_free (self->base_url);
  self->base_url = g_strdup (line + strlen (LISTENING));
  colon = strrchr (self->base_url, ':');
  g_assert_nonnull (colon);
  self->port = (guint) g_ascii_strtoull (colon + 1, NULL, 10);
}

TrTestSandbox *
tr_test_sandbox_start (const char *exe,
                       const char *seed,
                       const char *faults)
{
  TrTestSandbox *self = g_new0 (TrTestSandbox, 1);

  self->exe = g_strdup (exe);
  self->dir = tr_test_make_dir ();
  self->db_path = g_build_filename (self->dir, "sandbox.db", NULL);
  spawn (self, seed, faults);
  return self;
}

void
tr_test_sandbox_stop (TrTestSandbox *self)
{
  g_autoptr(GError) error = NULL;

  if (self->process == NULL)
    return;
  g_subprocess_send_signal (self->process, SIGTERM);
  g_subprocess_wait (self->process, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&self->process);
}

/* Same database, same port: the server "comes back". */
void
tr_test_sandbox_restart (TrTestSandbox *self,
                         const char    *faults)
{
  tr_test_sandbox_stop (self);
  spawn (self, NULL, faults);
}

void
tr_test_sandbox_free (TrTestSandbox *self)
{
  tr_test_sandbox_stop (self);
  tr_test_remove_dir (self->dir);
  g_free (self->exe);
  g_free (self->dir);
  g_free (self->db_path);
  g_free (self->base_url);
  g_free (self);
}

char *
tr_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("tr-sync-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
tr_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

void
tr_test_store_result (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  GAsyncResult **slot = user_data;

  *slot = g_object_ref (result);
}

GAsyncResult *
tr_test_wait (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

TrClient *
tr_test_sign_in (const char  *base_url,
                 const char  *login,
                 GError     **error)
{
  g_autoptr(TrAuthorizer) authorizer = tr_authorizer_new (TR_DATA_CENTER_CUSTOM, base_url,
                                                          "sandbox-client", "sandbox-secret");
  g_autoptr(GAsyncResult) result = NULL;
  TrClient *client;

  tr_authorizer_sign_in_password_async (authorizer, login, "sandbox", NULL,
                                        tr_test_store_result, &result);
  if (!tr_authorizer_sign_in_password_finish (authorizer, tr_test_wait (&result), error))
    return NULL;
  client = tr_client_new (authorizer);
  /* Short: Retry-After (1 to 3 s from the sandbox) is not waited for
   * inside a call; TrSync retries whole runs. */
  tr_client_set_retry_policy (client, 3, 5, 40, 300);
  return client;
}

TrStore *
tr_test_open_store (const char  *path,
                    GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_store_open_async (path, NULL, tr_test_store_result, &result);
  return tr_store_open_finish (tr_test_wait (&result), error);
}

JsonNode *
tr_test_call (TrClient    *client,
              const char  *method,
              const char  *path,
              const char  *json_body,
              GError     **error)
{
  g_autoptr(JsonNode) body = json_body != NULL ? json_from_string (json_body, NULL) : NULL;
  g_autoptr(GAsyncResult) result = NULL;

  tr_client_send_json_async (client, method, path, body, NULL, tr_test_store_result, &result);
  return tr_client_send_json_finish (client, tr_test_wait (&result), error);
}

gint64
tr_test_outbox_count (TrStore *store)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gint64 count;

  tr_store_outbox_count_async (store, NULL, tr_test_store_result, &result);
  count = tr_store_outbox_count_finish (store, tr_test_wait (&result), &error);
  g_assert_no_error (error);
  return count;
}

/* Runs until a run succeeds with nothing left queued (transient failures
 * are expected under injected faults). */
gboolean
tr_test_run_until_done (TrSync *sync,
                        guint   max_runs,
                        guint  *runs_out)
{
  gboolean done = FALSE;
  guint runs = 0;

  while (!done && runs < max_runs)
    {
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(GError) error = NULL;
      gboolean ok;

      tr_sync_run_async (sync, NULL, tr_test_store_result, &result);
      ok = tr_sync_run_finish (sync, tr_test_wait (&result), &error);
      runs++;
      if (!ok)
        g_test_message ("run %u: %s", runs, error->message);
      done = ok && tr_test_outbox_count (tr_sync_get_store (sync)) == 0;
    }
  if (runs_out != NULL)
    *runs_out = runs;
  return done;
}

gint64
tr_test_create_request (TrStore    *store,
                        const char *name,
                        const char *purpose)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) draft = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, name);
  json_builder_set_member_name (builder, "businessPurpose");
  json_builder_add_string_value (builder, purpose);
  json_builder_set_member_name (builder, "startDate");
  json_builder_add_string_value (builder, "2026-03-01");
  json_builder_set_member_name (builder, "endDate");
  json_builder_add_string_value (builder, "2026-03-04");
  json_builder_end_object (builder);
  draft = json_builder_get_root (builder);
  tr_store_create_request_async (store, draft, NULL, tr_test_store_result, &result);
  id = tr_store_create_request_finish (store, tr_test_wait (&result), &error);
  g_assert_no_error (error);
  return id;
}

gint64
tr_test_create_expense (TrStore    *store,
                        gint64      request_id,
                        const char *type,
                        const char *amount)
{
  g_autofree char *text = g_strdup_printf ("{\"expenseType\":{\"id\":\"%s\"},"
                                           "\"transactionDate\":\"2026-03-02T00:00:00.000Z\","
                                           "\"transactionAmount\":{\"value\":%s,\"currency\":\"USD\"}}",
                                           type, amount);
  g_autoptr(JsonNode) expense = json_from_string (text, NULL);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_assert_nonnull (expense);
  tr_store_create_expense_async (store, request_id, expense, NULL, tr_test_store_result, &result);
  id = tr_store_create_expense_finish (store, tr_test_wait (&result), &error);
  g_assert_no_error (error);
  return id;
}

TrStoreRequestRow *
tr_test_get_request (TrStore    *store,
                     gint64      local_id,
                     GPtrArray **expenses)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  TrStoreRequestRow *row;

  tr_store_get_request_async (store, local_id, NULL, tr_test_store_result, &result);
  row = tr_store_get_request_finish (store, tr_test_wait (&result), expenses, &error);
  g_assert_no_error (error);
  return row;
}

void
tr_test_edit_request (TrStore    *store,
                      gint64      local_id,
                      const char *member,
                      const char *value)
{
  g_autoptr(TrStoreRequestRow) row = tr_test_get_request (store, local_id, NULL);
  g_autoptr(JsonNode) edited = tr_sync_json_copy (row->full);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  json_object_set_string_member (json_node_get_object (edited), member, value);
  tr_store_save_request_async (store, local_id, edited, NULL, tr_test_store_result, &result);
  tr_store_save_request_finish (store, tr_test_wait (&result), &error);
  g_assert_no_error (error);
}

void
tr_test_edit_expense (TrStore    *store,
                      gint64      request_id,
                      gint64      local_id,
                      const char *member,
                      const char *value)
{
  g_autoptr(GPtrArray) expenses = NULL;
  g_autoptr(TrStoreRequestRow) row = tr_test_get_request (store, request_id, &expenses);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) edited = NULL;

  for (guint i = 0; i < expenses->len; i++)
    {
      TrStoreExpenseRow *expense = g_ptr_array_index (expenses, i);

      if (expense->local_id == local_id)
        edited = tr_sync_json_copy (expense->full);
    }
  g_assert_nonnull (edited);
  json_object_set_string_member (json_node_get_object (edited), member, value);
  tr_store_save_expense_async (store, local_id, edited, NULL, tr_test_store_result, &result);
  tr_store_save_expense_finish (store, tr_test_wait (&result), &error);
  g_assert_no_error (error);
}

void
tr_test_delete_request (TrStore *store,
                        gint64   local_id)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  tr_store_delete_request_async (store, local_id, NULL, tr_test_store_result, &result);
  tr_store_delete_request_finish (store, tr_test_wait (&result), &error);
  g_assert_no_error (error);
}

void
tr_test_delete_expense (TrStore *store,
                        gint64   local_id)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  tr_store_delete_expense_async (store, local_id, NULL, tr_test_store_result, &result);
  tr_store_delete_expense_finish (store, tr_test_wait (&result), &error);
  g_assert_no_error (error);
}

void
tr_test_queue_action (TrStore    *store,
                      gint64      local_id,
                      const char *action)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  tr_store_queue_action_async (store, local_id, action, NULL, NULL, tr_test_store_result, &result);
  tr_store_queue_action_finish (store, tr_test_wait (&result), &error);
  g_assert_no_error (error);
}

JsonArray *
tr_test_list_server (TrClient *client)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *items;

  tr_client_fetch_pages_async (client, "requests?view=ALL&limit=100", NULL, tr_test_store_result, &result);
  items = tr_client_fetch_pages_finish (client, tr_test_wait (&result), &error);
  g_assert_no_error (error);
  return items;
}

JsonArray *
tr_test_server_expenses (TrClient   *client,
                         const char *request_id)
{
  g_autofree char *path = g_strdup_printf ("requests/%s/expenses", request_id);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = tr_test_call (client, "GET", path, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
  return json_array_ref (json_node_get_array (node));
}
