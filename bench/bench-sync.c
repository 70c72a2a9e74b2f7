/* bench-sync.c
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

/* Times the app's sync against a running tr-sandbox (bench/README.md):
 *   bench-sync BASE_URL STORE_PATH full|incremental
 * signs in as Emma with the password grant, opens the store at STORE_PATH,
 * then runs either tr_sync_pull_full_async() or tr_sync_run_async() and
 * prints the elapsed milliseconds of that step alone on stdout. After a
 * full pull (the list complete in the store) a second line gives the
 * milliseconds of the background hydration that followed it (the full
 * details of the active requests, see tr_sync_hydrate_async()). */

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "tr-authorizer.h"
#include "tr-client.h"
#include "tr-store.h"
#include "tr-sync.h"

typedef struct
{
  GMainLoop    *loop;
  TrAuthorizer *authorizer;
  TrStore      *store;
  TrSync       *sync;
  const char   *store_path;
  gboolean      full;
  gint64        started;
  int           status;
  GError       *error;
} TrBenchSync;

static void
tr_bench_sync_fail (TrBenchSync *bench,
                    GError      *error)
{
  bench->error = error;
  bench->status = 1;
  g_main_loop_quit (bench->loop);
}

static void
on_hydrated_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  TrBenchSync *bench = user_data;
  GError *error = NULL;

  if (!tr_sync_hydrate_finish (TR_SYNC (source), result, &error))
    {
      tr_bench_sync_fail (bench, error);
      return;
    }
  g_print ("%.1f\n", (g_get_monotonic_time () - bench->started) / 1000.0);
  g_main_loop_quit (bench->loop);
}

static void
on_sync_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  TrBenchSync *bench = user_data;
  GError *error = NULL;
  gboolean ok;

  if (bench->full)
    ok = tr_sync_pull_full_finish (TR_SYNC (source), result, &error);
  else
    ok = tr_sync_run_finish (TR_SYNC (source), result, &error);
  if (!ok)
    {
      tr_bench_sync_fail (bench, error);
      return;
    }
  g_print ("%.1f\n", (g_get_monotonic_time () - bench->started) / 1000.0);
  if (!bench->full)
    {
      g_main_loop_quit (bench->loop);
      return;
    }
  /* Informative second line: the background hydration the pull started
   * (details of the active requests), timed from the end of the pull. */
  bench->started = g_get_monotonic_time ();
  tr_sync_hydrate_async (bench->sync, NULL, on_hydrated_cb, bench);
}

static void
on_store_opened_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  TrBenchSync *bench = user_data;
  g_autoptr(TrClient) client = NULL;
  GError *error = NULL;

  bench->store = tr_store_open_finish (result, &error);
  if (bench->store == NULL)
    {
      tr_bench_sync_fail (bench, error);
      return;
    }
  client = tr_client_new (bench->authorizer);
  bench->sync = tr_sync_new (client, bench->store, NULL);
  bench->started = g_get_monotonic_time ();
  if (bench->full)
    tr_sync_pull_full_async (bench->sync, NULL, on_sync_done_cb, bench);
  else
    tr_sync_run_async (bench->sync, NULL, on_sync_done_cb, bench);
}

static void
on_signed_in_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  TrBenchSync *bench = user_data;
  GError *error = NULL;

  if (!tr_authorizer_sign_in_password_finish (bench->authorizer, result, &error))
    {
      tr_bench_sync_fail (bench, error);
      return;
    }
  tr_store_open_async (bench->store_path, NULL, on_store_opened_cb, bench);
}

int
main (int   argc,
      char *argv[])
{
  TrBenchSync bench = { 0 };

  if (argc != 4 || (strcmp (argv[3], "full") != 0 && strcmp (argv[3], "incremental") != 0))
    {
      g_printerr (_("Usage: %s BASE_URL STORE_PATH full|incremental\n"), argv[0]);
      return 2;
    }
  bench.full = strcmp (argv[3], "full") == 0;
  bench.store_path = argv[2];
  bench.loop = g_main_loop_new (NULL, FALSE);
  bench.authorizer = tr_authorizer_new (TR_DATA_CENTER_CUSTOM, argv[1], "sandbox-client", "sandbox-secret");
  tr_authorizer_sign_in_password_async (bench.authorizer, "emma.traveler@example.com", "sandbox",
                                        NULL, on_signed_in_cb, &bench);
  g_main_loop_run (bench.loop);
  if (bench.error != NULL)
    g_printerr (_("bench-sync: %s\n"), bench.error->message);
  g_clear_error (&bench.error);
  g_clear_object (&bench.sync);
  g_clear_object (&bench.store);
  g_clear_object (&bench.authorizer);
  g_main_loop_unref (bench.loop);
  return bench.status;
}
