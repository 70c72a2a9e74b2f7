/* tr-sandbox-test-util.c
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

#include "tr-sandbox-test-util.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/prctl.h>
#include <string.h>

static void
read_ready_line (TrSandboxHarness *self)
{
  g_autoptr(GDataInputStream) lines =
    g_data_input_stream_new (g_subprocess_get_stdout_pipe (self->process));
  g_autoptr(GError) error = NULL;
  g_autofree char *line = g_data_input_stream_read_line (lines, NULL, NULL, &error);
  const char *prefix = "tr-sandbox: listening on ";

  g_assert_no_error (error);
  g_assert_nonnull (line);
  g_assert_true (g_str_has_prefix (line, prefix));
  self->base = g_strdup (line + strlen (prefix));
  g_assert_true (g_str_has_prefix (self->base, "http://127.0.0.1:"));
}

/* A failed assertion aborts the test: the server must not outlive it. */
static void
die_with_parent (gpointer user_data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

/* Starts tr-sandbox (path from $TR_SANDBOX) on any free port; @db_path
 * NULL means a new database in a new temporary folder, seeded with demo. */
TrSandboxHarness *
tr_sandbox_harness_start (const char         *db_path,
                          const char * const *extra_args)
{
  TrSandboxHarness *self = g_new0 (TrSandboxHarness, 1);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  const char *binary = g_getenv ("TR_SANDBOX");

  g_assert_nonnull (binary);
  if (db_path == NULL)
    {
      self->dir = g_dir_make_tmp ("tr-sandbox-test-XXXXXX", &error);
      g_assert_no_error (error);
      self->db_path = g_build_filename (self->dir, "db", NULL);
    }
  else
    self->db_path = g_strdup (db_path);
  g_ptr_array_add (argv, (gpointer) binary);
  g_ptr_array_add (argv, (gpointer) "--port=0");
  g_ptr_array_add (argv, (gpointer) "--db");
  g_ptr_array_add (argv, self->db_path);
  for (guint i = 0; extra_args != NULL && extra_args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) extra_args[i]);
  g_ptr_array_add (argv, NULL);
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_subprocess_launcher_set_child_setup (launcher, die_with_parent, NULL, NULL);
  self->process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  read_ready_line (self);
  self->session = soup_session_new ();
  soup_session_set_timeout (self->session, 20);
  return self;
}

static void
wait_exit (TrSandboxHarness *self)
{
  g_autoptr(GError) error = NULL;

  g_subprocess_wait (self->process, NULL, &error);
  g_assert_no_error (error);
}

/* SIGTERM: the server must exit cleanly with status 0. */
void
tr_sandbox_harness_stop (TrSandboxHarness *self)
{
  g_subprocess_send_signal (self->process, SIGTERM);
  wait_exit (self);
  g_assert_true (g_subprocess_get_if_exited (self->process));
  g_assert_cmpint (g_subprocess_get_exit_status (self->process), ==, 0);
  g_clear_object (&self->process);
}

void
tr_sandbox_harness_kill (TrSandboxHarness *self)
{
  g_subprocess_force_exit (self->process);
  wait_exit (self);
  g_clear_object (&self->process);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

void
tr_sandbox_harness_free (TrSandboxHarness *self)
{
  if (self == NULL)
    return;
  if (self->process != NULL)
    tr_sandbox_harness_stop (self);
  g_clear_object (&self->session);
  if (self->dir != NULL)
    remove_tree (self->dir);
  g_free (self->dir);
  g_free (self->db_path);
  g_free (self->base);
  g_free (self);
}

GBytes *
tr_sandbox_harness_send (TrSandboxHarness  *self,
                         const char        *method,
                         const char        *path,
                         const char        *token,
                         const char        *content_type,
                         GBytes            *body,
                         guint             *status_out,
                         GError           **error)
{
  g_autofree char *url = g_strconcat (self->base, path, NULL);
  g_autoptr(SoupMessage) msg = soup_message_new (method, url);
  GBytes *reply;

  g_assert_nonnull (msg);
  soup_message_add_flags (msg, SOUP_MESSAGE_NO_REDIRECT);
  if (token != NULL)
    {
      g_autofree char *value = g_strconcat ("Bearer ", token, NULL);
      soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", value);
    }
  if (body != NULL)
    soup_message_set_request_body_from_bytes (msg, content_type, body);
  reply = soup_session_send_and_read (self->session, msg, NULL, error);
  if (status_out != NULL)
    *status_out = soup_message_get_status (msg);
  return reply;
}

static JsonNode *
parse_reply (GBytes *reply)
{
  gsize size;
  const char *data = g_bytes_get_data (reply, &size);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, data ? data : "", size, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

/* One JSON exchange; asserts the transport worked and the body is JSON. */
JsonNode *
tr_sandbox_harness_call (TrSandboxHarness *self,
                         const char       *method,
                         const char       *path,
                         const char       *token,
                         const char       *json_body,
                         guint            *status_out)
{
  g_autoptr(GBytes) body = json_body ? g_bytes_new (json_body, strlen (json_body)) : NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) reply = tr_sandbox_harness_send (self, method, path, token, "application/json",
                                                      body, status_out, &error);

  g_assert_no_error (error);
  return parse_reply (reply);
}

JsonNode *
tr_sandbox_harness_form (TrSandboxHarness *self,
                         const char       *form,
                         guint            *status_out)
{
  g_autoptr(GBytes) body = g_bytes_new (form, strlen (form));
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) reply = tr_sandbox_harness_send (self, "POST", "/oauth2/v0/token", NULL,
                                                      "application/x-www-form-urlencoded",
                                                      body, status_out, &error);

  g_assert_no_error (error);
  return parse_reply (reply);
}

char *
tr_sandbox_harness_token (TrSandboxHarness *self,
                          const char       *login)
{
  g_autofree char *escaped = g_uri_escape_string (login, NULL, FALSE);
  g_autofree char *form = g_strdup_printf ("grant_type=password&client_id=sandbox-client&client_secret=sandbox-secret"
                                           "&username=%s&password=sandbox", escaped);
  guint status = 0;
  g_autoptr(JsonNode) reply = tr_sandbox_harness_form (self, form, &status);

  g_assert_cmpuint (status, ==, 200);
  return g_strdup (json_object_get_string_member (json_node_get_object (reply), "access_token"));
}

/* The errorCode of a v4 error body, asserting its shape. */
const char *
tr_sandbox_error_code (JsonNode *node)
{
  JsonArray *errors;
  JsonObject *first;

  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  errors = json_object_get_array_member (json_node_get_object (node), "errors");
  g_assert_nonnull (errors);
  g_assert_cmpuint (json_array_get_length (errors), >=, 1);
  first = json_array_get_object_element (errors, 0);
  g_assert_nonnull (json_object_get_string_member (first, "errorMessage"));
  return json_object_get_string_member (first, "errorCode");
}

char *
tr_sandbox_create_request (TrSandboxHarness *self,
                           const char       *token,
                           const char       *name)
{
  g_autofree char *body = g_strdup_printf (
    "{\"name\":\"%s\",\"businessPurpose\":\"Testing\",\"startDate\":\"2027-03-01\",\"endDate\":\"2027-03-03\","
    "\"mainDestination\":{\"city\":\"Lyon\",\"countryCode\":\"FR\"},"
    "\"policy\":{\"id\":\"F4C8BD31CA9D4D6292795BE687EB9B2A\"}}", name);
  guint status = 0;
  g_autoptr(JsonNode) reply = tr_sandbox_harness_call (self, "POST", "/travelrequest/v4/requests", token, body, &status);

  g_assert_cmpuint (status, ==, 201);
  return g_strdup (json_object_get_string_member (json_node_get_object (reply), "id"));
}

const char *
tr_sandbox_status_code (JsonNode *request)
{
  return json_object_get_string_member (json_object_get_object_member (json_node_get_object (request),
                                                                       "approvalStatus"), "code");
}
