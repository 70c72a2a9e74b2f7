/* main.c
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

#define G_LOG_DOMAIN "tr-sandbox"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>

#include "tr-sandbox-db.h"
#include "tr-sandbox-seed.h"
#include "tr-sandbox-server.h"

typedef struct
{
  int     port;
  char   *db_path;
  char   *seed;
  int     token_ttl;
  char   *faults;
  gint64  fault_seed;
} Options;

static void
options_clear (Options *options)
{
  g_free (options->db_path);
  g_free (options->seed);
  g_free (options->faults);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

static gboolean
on_signal_cb (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_CONTINUE;
}

static gboolean
parse_options (Options   *options,
               int       *argc,
               char    ***argv,
               GError   **error)
{
  GOptionEntry entries[] = {
    { "port", 0, 0, G_OPTION_ARG_INT, &options->port, N_("Port on 127.0.0.1 (0 = any free port)"), "N" },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &options->db_path, N_("SQLite database file"), "PATH" },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &options->seed, N_("Fill an empty database: demo or empty"), "MODE" },
    { "token-ttl", 0, 0, G_OPTION_ARG_INT, &options->token_ttl, N_("Access token lifetime in seconds"), "SECONDS" },
    { "faults", 0, 0, G_OPTION_ARG_STRING, &options->faults, N_("Inject failures on API routes"), "SPEC" },
    { "fault-seed", 0, 0, G_OPTION_ARG_INT64, &options->fault_seed, N_("Seed of the fault sequence"), "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— local Concur Request v4 server"));

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, error))
    return FALSE;
  if (options->seed == NULL)
    options->seed = g_strdup ("demo");
  if (options->port < 0 || options->port > 65535)
    g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, _("--port must be between 0 and 65535"));
  else if (g_strcmp0 (options->seed, "demo") != 0 && g_strcmp0 (options->seed, "empty") != 0)
    g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, _("--seed must be demo or empty"));
  else if (options->token_ttl < 1)
    g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, _("--token-ttl must be at least 1"));
  else if (options->fault_seed < 0)
    g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, _("--fault-seed must not be negative"));
  else
    return TRUE;
  return FALSE;
}

static TrSandboxServer *
create_server (Options  *options,
               GError  **error)
{
  g_autoptr(TrSandboxDb) db = NULL;
  g_autoptr(TrSandboxFaults) faults = NULL;

  if (options->db_path == NULL)
    options->db_path = g_build_filename (g_get_user_data_dir (), "travel-requests", "sandbox.db", NULL);
  db = tr_sandbox_db_open (options->db_path, error);
  if (db == NULL || !tr_sandbox_seed_apply (db, options->seed, error))
    return NULL;
  if (options->faults != NULL
      && (faults = tr_sandbox_faults_new (options->faults, (guint64) options->fault_seed, error)) == NULL)
    return NULL;
  return tr_sandbox_server_new (g_steal_pointer (&db), (guint) options->token_ttl, g_steal_pointer (&faults));
}

int
main (int   argc,
      char *argv[])
{
  g_auto(Options) options = { .port = 0, .token_ttl = 3600 };
  g_autoptr(GError) error = NULL;
  g_autoptr(TrSandboxServer) server = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  signal (SIGPIPE, SIG_IGN);

  if (!parse_options (&options, &argc, &argv, &error)
      || (server = create_server (&options, &error)) == NULL
      || !tr_sandbox_server_listen (server, (guint) options.port, &error))
    {
      g_printerr ("tr-sandbox: %s\n", error->message);
      return 1;
    }
  g_unix_signal_add (SIGTERM, on_signal_cb, loop);
  g_unix_signal_add (SIGINT, on_signal_cb, loop);
  printf ("tr-sandbox: listening on %s\n", tr_sandbox_server_get_base_url (server));
  fflush (stdout);
  g_main_loop_run (loop);
  return 0;
}
