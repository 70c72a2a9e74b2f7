/* test-sandbox-client.c
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
#include <sys/prctl.h>

#include <glib-unix.h>

#include "tr-api-error.h"
#include "tr-api-test-utils.h"
#include "tr-client.h"

/* The client against a real tr-sandbox (path given as the first
 * argument), started on a free port with the demo seed. */

static const char *sandbox_path;

typedef struct
{
  GSubprocess  *process;
  char         *base_url;
  TrAuthorizer *authorizer;
  TrClient     *client;
  guint         rotations;
} Sandbox;

static void
refresh_token_changed_cb (TrAuthorizer *authorizer,
                          gpointer      user_data)
{
  Sandbox *s = user_data;

  s->rotations++;
}

static void
die_with_parent (gpointer user_data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

static void
sandbox_start (Sandbox    *s,
               const char *extra_arg)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autofree char *line = NULL;

  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);

  /* The sandbox dies with the test, even when an assertion aborts it. */
  g_subprocess_launcher_set_child_setup (launcher, die_with_parent, NULL, NULL);
  s->process = g_subprocess_launcher_spawn (launcher, &error, sandbox_path, "--port", "0",
                                            "--seed", "demo", extra_arg, NULL);
  g_assert_no_error (error);
  /* Blocking is fine here: the sandbox is another process. */
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (s->process));
  line = g_data_input_stream_read_line (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (line, "tr-sandbox: listening on "));
  s->base_url = g_strdup (line + strlen ("tr-sandbox: listening on "));

  s->authorizer = tr_authorizer_new (TR_DATA_CENTER_CUSTOM, s->base_url,
                                     "sandbox-client", "sandbox-secret");
  g_signal_connect (s->authorizer, "refresh-token-changed", G_CALLBACK (refresh_token_changed_cb), s);
  s->client = tr_client_new (s->authorizer);
}

static void
sandbox_stop (Sandbox *s)
{
  g_autoptr(GError) error = NULL;

  g_assert_finalize_object (s->client);
  g_assert_finalize_object (s->authorizer);
  g_subprocess_send_signal (s->process, SIGTERM);
  g_subprocess_wait (s->process, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&s->process);
  g_free (s->base_url);
}

static void
sign_in (Sandbox    *s,
         const char *user)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  tr_authorizer_sign_in_password_async (s->authorizer, user, "sandbox", NULL,
                                        tr_test_store_result, &result);
  g_assert_true (tr_authorizer_sign_in_password_finish (s->authorizer, tr_test_wait_result (&result),
                                                        &error));
  g_assert_no_error (error);
}

static JsonArray *
list_all (Sandbox  *s,
          GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_client_fetch_pages_async (s->client, "requests?view=ALL&limit=5", NULL,
                               tr_test_store_result, &result);
  return tr_client_fetch_pages_finish (s->client, tr_test_wait_result (&result), error);
}

static void
test_sign_in_and_list (void)
{
  Sandbox s = { NULL, };
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(JsonArray) items = NULL;
  g_autoptr(TrRequest) request = NULL;
  JsonObject *first;

  sandbox_start (&s, NULL);
  sign_in (&s, "emma.traveler@example.com");
  g_assert_nonnull (tr_authorizer_get_user_id (s.authorizer));
  g_assert_cmpstr (tr_authorizer_get_geolocation (s.authorizer), ==, s.base_url);

  items = list_all (&s, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (items), >, 0);
  first = json_array_get_object_element (items, 0);

  tr_client_get_request_async (s.client, json_object_get_string_member (first, "id"), NULL, NULL,
                               tr_test_store_result, &result);
  request = tr_client_get_request_finish (s.client, tr_test_wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tr_request_get_id (request), ==, json_object_get_string_member (first, "id"));
  g_clear_object (&result);
  sandbox_stop (&s);
}

static gboolean
quit_loop (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

static void
test_token_expiry (void)
{
  Sandbox s = { NULL, };
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) before = NULL;
  g_autoptr(JsonArray) after = NULL;

  sandbox_start (&s, "--token-ttl=2");
  sign_in (&s, "marc.manager@example.com");
  before = list_all (&s, &error);
  g_assert_no_error (error);

  /* Let the 2 s token expire (the test waits on its main loop). */
  g_timeout_add (2500, quit_loop, loop);
  g_main_loop_run (loop);
  after = list_all (&s, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (after), ==, json_array_get_length (before));
  g_assert_cmpuint (s.rotations, >=, 2);
  sandbox_stop (&s);
}

static void
test_faults (void)
{
  Sandbox s = { NULL, };
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) post_error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) body = json_from_string ("{\"name\":\"x\"}", NULL);

  sandbox_start (&s, "--faults=500:1");
  sign_in (&s, "emma.traveler@example.com");
  tr_client_set_retry_policy (s.client, 3, 10, 50, 5000);
  g_assert_null (list_all (&s, &error));
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_SERVER);

  tr_client_send_json_async (s.client, "POST", "requests", body, NULL, tr_test_store_result, &result);
  node = tr_client_send_json_finish (s.client, tr_test_wait_result (&result), &post_error);
  g_assert_null (node);
  g_assert_error (post_error, TR_API_ERROR, TR_API_ERROR_SERVER);
  g_clear_object (&result);
  sandbox_stop (&s);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (argc < 2 || !g_file_test (argv[1], G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("No tr-sandbox given");
      return 77;
    }
  sandbox_path = argv[1];

  g_test_add_func ("/sandbox-client/sign-in-and-list", test_sign_in_and_list);
  g_test_add_func ("/sandbox-client/token-expiry", test_token_expiry);
  g_test_add_func ("/sandbox-client/faults", test_faults);

  return g_test_run ();
}
