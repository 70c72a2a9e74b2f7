/* test-cache-first.c
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

/* Startup from the cache (issues 6 and 9): the demo's store does not
 * depend on tr-sandbox's port and what it cached works on a new port;
 * the stores earlier versions left per port are removed once; a window
 * lists a prefilled cache before any server is known; and the light
 * items of the cache filter, search and sort like items of the server. */

#include <string.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "tr-account.h"
#include "tr-application.h"
#include "tr-demo.h"
#include "tr-request-filter.h"
#include "tr-request-item.h"
#include "tr-request-sorter.h"
#include "tr-store.h"
#include "tr-ui-test-utils.h"
#include "tr-window.h"

#define N_CACHED 240

static TrApplication *app;
static char *tmpdir;

typedef struct
{
  GAsyncResult *result;
} Wait;

static void
on_done_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  ((Wait *) user_data)->result = g_object_ref (result);
}

static gboolean
has_result (gpointer data)
{
  return ((Wait *) data)->result != NULL;
}

static GAsyncResult *
wait_result (Wait *wait)
{
  g_assert_true (tr_ui_test_wait_for (has_result, wait, 30000));
  return wait->result;
}

static TrStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  Wait wait = { NULL };
  TrStore *store;

  tr_store_open_async (path, NULL, on_done_cb, &wait);
  store = tr_store_open_finish (wait_result (&wait), &error);
  g_assert_no_error (error);
  g_clear_object (&wait.result);
  return store;
}

/* A store holding tr_ui_test_request (0 … N_CACHED - 1), as a sync left it. */
static void
prefill_store (const char *path)
{
  g_autoptr(TrStore) store = open_store (path);
  g_autoptr(JsonArray) requests = tr_ui_test_requests (0, N_CACHED);
  g_autoptr(JsonNode) node = json_node_init_array (json_node_alloc (), requests);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  Wait wait = { NULL };

  tr_store_upsert_server_requests_async (store, node, NULL, on_done_cb, &wait);
  ids = tr_store_upsert_server_requests_finish (store, wait_result (&wait), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, N_CACHED);
  g_clear_object (&wait.result);
}

static void
open_cache (TrAccount  *account,
            const char *path)
{
  g_autoptr(GError) error = NULL;
  Wait wait = { NULL };

  tr_account_open_cache_async (account, path, NULL, on_done_cb, &wait);
  tr_account_open_cache_finish (account, wait_result (&wait), &error);
  g_assert_no_error (error);
  g_clear_object (&wait.result);
}

static void
refresh (TrAccount *account,
         GError   **error)
{
  Wait wait = { NULL };

  tr_account_refresh_async (account, NULL, on_done_cb, &wait);
  tr_account_refresh_finish (account, wait_result (&wait), error);
  g_clear_object (&wait.result);
}

static char *
cache_path (const char *name)
{
  g_autofree char *file = g_strconcat (name, ".db", NULL);

  return g_build_filename (tmpdir, file, NULL);
}

/* Light items */

static GListModel *
shown (GListModel      *requests,
       TrRequestFilter *filter,
       TrRequestSorter *sorter)
{
  GtkFilterListModel *filtered = gtk_filter_list_model_new (g_object_ref (requests),
                                                            g_object_ref (GTK_FILTER (filter)));

  return G_LIST_MODEL (gtk_sort_list_model_new (G_LIST_MODEL (filtered), g_object_ref (GTK_SORTER (sorter))));
}

static char *
keys_of (GListModel *model)
{
  GString *keys = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TrRequestItem) item = g_list_model_get_item (model, i);

      g_string_append_printf (keys, "%s ", tr_request_get_request_id (tr_request_item_get_request (item)));
    }
  return g_string_free (keys, FALSE);
}

static void
assert_same_views (GListModel *server_items,
                   GListModel *cached_items)
{
  static const char *searches[] = { NULL, "kiwi", "MUNCHEN", "trip 1", "paris purpose", "nothing-like-this" };
  g_autoptr(TrRequestFilter) filter = tr_request_filter_new ();
  g_autoptr(TrRequestSorter) sorter = tr_request_sorter_new ();
  g_autoptr(GListModel) server_view = shown (server_items, filter, sorter);
  g_autoptr(GListModel) cached_view = shown (cached_items, filter, sorter);

  for (TrRequestFolder folder = TR_REQUEST_FOLDER_ALL; folder < TR_REQUEST_FOLDER_TO_APPROVE; folder++)
    for (guint s = 0; s < G_N_ELEMENTS (searches); s++)
      for (TrRequestSortKey key = TR_REQUEST_SORT_START_DATE; key <= TR_REQUEST_SORT_REQUEST_ID; key++)
        for (int descending = 0; descending <= 1; descending++)
          {
            g_autofree char *server_keys = NULL;
            g_autofree char *cached_keys = NULL;

            tr_request_filter_set_folder (filter, folder);
            tr_request_filter_set_search_text (filter, searches[s]);
            tr_request_sorter_set_key (sorter, key);
            tr_request_sorter_set_descending (sorter, descending);
            server_keys = keys_of (server_view);
            cached_keys = keys_of (cached_view);
            g_assert_cmpstr (cached_keys, ==, server_keys);
            if (folder == TR_REQUEST_FOLDER_ALL && searches[s] == NULL)
              g_assert_cmpuint (g_list_model_get_n_items (cached_view), ==, N_CACHED);
            if (g_strcmp0 (searches[s], "kiwi") == 0 && folder == TR_REQUEST_FOLDER_ALL)
              g_assert_cmpuint (g_list_model_get_n_items (cached_view), ==, N_CACHED / 100 + 1);
          }
}

/* Items listed from the cache (light, from the store's columns) and
 * items of the server's JSON show the same views in the same order. */
static void
test_light_items_match (void)
{
  g_autofree char *path = cache_path ("light");
  g_autoptr(TrAccount) server = NULL;
  g_autoptr(TrAccount) cached = tr_account_new_detached ("test:light", "Light");
  g_autoptr(TrAuthorizer) authorizer = tr_authorizer_new (TR_DATA_CENTER_CUSTOM, "http://127.0.0.1:9",
                                                          "test-client", NULL);
  g_autoptr(JsonArray) requests = tr_ui_test_requests (0, N_CACHED);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrRequestItem) first = NULL;

  server = tr_account_new (authorizer, "Server");
  tr_account_merge_listing (server, requests, NULL);
  prefill_store (path);
  open_cache (cached, path);
  refresh (cached, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tr_account_get_requests (cached)), ==, N_CACHED);

  assert_same_views (tr_account_get_requests (server), tr_account_get_requests (cached));

  /* A light item builds its request when asked, from the columns. */
  first = g_list_model_get_item (tr_account_get_requests (cached), 0);
  g_assert_cmpint (tr_request_item_get_local_id (first), >, 0);
  g_assert_nonnull (tr_request_get_name (tr_request_item_get_request (first)));
  g_assert_true (g_str_has_prefix (tr_request_get_name (tr_request_item_get_request (first)), "Trip "));
}

/* Cache first */

static gboolean
lists_all_cached (gpointer data)
{
  return g_list_model_get_n_items (tr_window_get_visible_requests (TR_WINDOW (data))) == N_CACHED;
}

static gboolean
is_idle (gpointer data)
{
  return !tr_account_get_syncing (TR_ACCOUNT (data));
}

/* The window lists a prefilled cache while no server is known (the
 * demo's tr-sandbox still starting): nothing waits for the network, the
 * account is not reported offline, and a refresh only lists. */
static void
test_shown_before_sign_in (void)
{
  g_autofree char *path = cache_path ("before-sign-in");
  g_autoptr(TrAccount) account = tr_account_new_detached ("test:before", "Before");
  g_autoptr(GError) error = NULL;
  TrWindow *window = tr_window_new (ADW_APPLICATION (app));
  g_autofree char *key = tr_account_dup_key (account);

  prefill_store (path);
  gtk_window_present (GTK_WINDOW (window));
  open_cache (account, path);
  tr_window_set_account (window, account);

  g_assert_true (tr_ui_test_wait_for (lists_all_cached, window, 10000));
  g_assert_cmpstr (tr_window_get_page (window), ==, "main");
  g_assert_true (tr_account_get_detached (account));
  g_assert_true (tr_account_get_loaded (account));
  g_assert_true (tr_account_get_online (account));
  g_assert_cmpstr (key, ==, "test:before");

  /* Refreshing a detached account lists the cache again, nothing more. */
  g_assert_true (tr_ui_test_wait_for (is_idle, account, 5000));
  refresh (account, &error);
  g_assert_no_error (error);
  g_assert_true (tr_account_get_online (account));
  g_assert_cmpuint (g_list_model_get_n_items (tr_window_get_visible_requests (window)), ==, N_CACHED);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The demo's store */

static TrDemo *
start_demo (const char *sandbox,
            const char *db)
{
  g_autoptr(TrDemo) demo = tr_demo_new (sandbox, db);
  g_autoptr(GError) error = NULL;
  Wait wait = { NULL };

  tr_demo_start_async (demo, NULL, on_done_cb, &wait);
  g_assert_true (tr_demo_start_finish (demo, wait_result (&wait), &error));
  g_assert_no_error (error);
  g_clear_object (&wait.result);
  return g_steal_pointer (&demo);
}

static TrAuthorizer *
sign_in (TrDemo *demo)
{
  g_autoptr(GError) error = NULL;
  Wait wait = { NULL };
  TrAuthorizer *authorizer;

  tr_demo_sign_in_async (demo, TR_DEMO_TRAVELER, NULL, on_done_cb, &wait);
  authorizer = tr_demo_sign_in_finish (demo, wait_result (&wait), &error);
  g_assert_no_error (error);
  g_clear_object (&wait.result);
  return authorizer;
}

static TrRequestItem *
find_draft (TrAccount *account)
{
  GListModel *requests = tr_account_get_requests (account);

  for (guint i = 0; i < g_list_model_get_n_items (requests); i++)
    {
      g_autoptr(TrRequestItem) item = g_list_model_get_item (requests, i);

      if (tr_request_item_get_status_kind (item) == TR_APPROVAL_STATUS_KIND_NOT_SUBMITTED &&
          tr_request_item_get_server_id (item) != NULL && !tr_request_item_get_to_approve (item))
        return g_steal_pointer (&item);
    }
  return NULL;
}

/* Edits @item's business purpose in the store, as the editor does. */
static void
edit_purpose (TrAccount     *account,
              TrRequestItem *item,
              const char    *purpose)
{
  TrStore *store = tr_account_get_store (account);
  g_autoptr(TrStoreRequestRow) row = NULL;
  g_autoptr(JsonNode) edited = NULL;
  g_autoptr(GError) error = NULL;
  Wait wait = { NULL };

  tr_store_get_request_async (store, tr_request_item_get_local_id (item), NULL, on_done_cb, &wait);
  row = tr_store_get_request_finish (store, wait_result (&wait), NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&wait.result);
  {
    g_autofree char *text = json_to_string (row->full, FALSE);

    edited = json_from_string (text, &error);
    g_assert_no_error (error);
  }
  json_object_set_string_member (json_node_get_object (edited), "businessPurpose", purpose);
  tr_store_save_request_async (store, tr_request_item_get_local_id (item), edited, NULL, on_done_cb, &wait);
  g_assert_true (tr_store_save_request_finish (store, wait_result (&wait), &error));
  g_assert_no_error (error);
  g_clear_object (&wait.result);
}

static char *
server_purpose (TrAccount  *account,
                const char *id)
{
  g_autofree char *path = g_strdup_printf ("requests/%s", id);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  Wait wait = { NULL };

  tr_client_send_json_async (tr_account_get_client (account), "GET", path, NULL, NULL, on_done_cb, &wait);
  node = tr_client_send_json_finish (tr_account_get_client (account), wait_result (&wait), &error);
  g_assert_no_error (error);
  g_clear_object (&wait.result);
  return g_strdup (json_object_get_string_member (json_node_get_object (node), "businessPurpose"));
}

static guint
count_stores (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    if (g_str_has_suffix (name, ".db") && strcmp (name, "sandbox.db") != 0)
      n++;
  return n;
}

/* The demo's store is the same whatever port tr-sandbox listens on: a
 * request cached under port A is edited under port B and synced. */
static void
test_demo_store_relink (void)
{
  const char *sandbox = g_getenv ("TR_SANDBOX_PATH");
  g_autofree char *dir = g_build_filename (tmpdir, "relink", "demo", NULL);
  g_autofree char *db = g_build_filename (dir, "sandbox.db", NULL);
  g_autoptr(TrDemo) demo_a = NULL;
  g_autoptr(TrDemo) demo_b = NULL;
  g_autoptr(TrAuthorizer) authorizer_a = NULL;
  g_autoptr(TrAuthorizer) authorizer_b = NULL;
  g_autoptr(TrAccount) first = NULL;
  g_autoptr(TrAccount) second = NULL;
  g_autoptr(TrRequestItem) draft = NULL;
  g_autofree char *path_a = NULL;
  g_autofree char *path_b = NULL;
  g_autofree char *key = tr_demo_dup_account_key (TR_DEMO_TRAVELER);
  g_autofree char *id = NULL;
  g_autofree char *purpose = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  if (sandbox == NULL || !g_file_test (sandbox, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("tr-sandbox is not built (TR_SANDBOX_PATH)");
      return;
    }

  /* Port A: the first start fills the store. */
  demo_a = start_demo (sandbox, db);
  path_a = tr_demo_dup_store_path (demo_a, TR_DEMO_TRAVELER);
  authorizer_a = sign_in (demo_a);
  first = tr_account_new_detached (key, "Emma");
  open_cache (first, path_a);
  tr_account_attach (first, authorizer_a);
  refresh (first, &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (tr_account_get_requests (first));
  g_assert_cmpuint (n, >, 0);
  g_clear_object (&first);
  tr_demo_stop (demo_a);

  /* Port B: the same store, listed before signing in. */
  demo_b = start_demo (sandbox, db);
  g_assert_cmpstr (tr_demo_get_base_url (demo_b), !=, NULL);
  path_b = tr_demo_dup_store_path (demo_b, TR_DEMO_TRAVELER);
  g_assert_cmpstr (path_b, ==, path_a);
  second = tr_account_new_detached (key, "Emma");
  open_cache (second, path_b);
  refresh (second, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tr_account_get_requests (second)), ==, n);

  authorizer_b = sign_in (demo_b);
  tr_account_attach (second, authorizer_b);
  g_assert_false (tr_account_get_detached (second));
  draft = find_draft (second);
  g_assert_nonnull (draft);
  id = g_strdup (tr_request_item_get_server_id (draft));
  edit_purpose (second, draft, "Edited on another port");
  refresh (second, &error);
  g_assert_no_error (error);
  g_assert_true (tr_account_get_online (second));
  purpose = server_purpose (second, id);
  g_assert_cmpstr (purpose, ==, "Edited on another port");

  /* One store for Emma, however many starts. */
  g_assert_cmpuint (count_stores (dir), ==, 1);
  tr_demo_stop (demo_b);
}

/* Stores of earlier versions */

static char *
store_file (const char *dir,
            const char *base_url,
            const char *user_id,
            const char *suffix)
{
  g_autofree char *key = tr_store_account_key (base_url, user_id);
  g_autofree char *name = g_strconcat (key, ".db", suffix, NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, "x", 1, NULL));
  return g_steal_pointer (&path);
}

static int
remove_legacy (const char *dir)
{
  g_autoptr(GError) error = NULL;
  Wait wait = { NULL };
  int removed;

  tr_demo_remove_legacy_stores_async (dir, NULL, on_done_cb, &wait);
  removed = tr_demo_remove_legacy_stores_finish (wait_result (&wait), &error);
  g_assert_no_error (error);
  g_clear_object (&wait.result);
  return removed;
}

/* The per-port demo stores go, once; other accounts' stores stay. */
static void
test_legacy_demo_stores (void)
{
  g_autofree char *dir = g_build_filename (tmpdir, "legacy", NULL);
  g_autofree char *emma = NULL;
  g_autofree char *emma_wal = NULL;
  g_autofree char *marc = NULL;
  g_autofree char *real = NULL;
  g_autofree char *later = NULL;
  g_autofree char *other = g_build_filename (dir, "notes.db", NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  emma = store_file (dir, "http://127.0.0.1:41234", TR_DEMO_TRAVELER_ID, "");
  emma_wal = store_file (dir, "http://127.0.0.1:41234", TR_DEMO_TRAVELER_ID, "-wal");
  marc = store_file (dir, "http://127.0.0.1:5000", TR_DEMO_MANAGER_ID, "");
  real = store_file (dir, "https://us.api.concursolutions.com", TR_DEMO_TRAVELER_ID, "");
  g_assert_true (g_file_set_contents (other, "x", 1, NULL));

  g_assert_cmpint (remove_legacy (dir), ==, 2);
  g_assert_false (g_file_test (emma, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (emma_wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (marc, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (real, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));

  /* Once: a later run looks no more. */
  later = store_file (dir, "http://127.0.0.1:60001", TR_DEMO_TRAVELER_ID, "");
  g_assert_cmpint (remove_legacy (dir), ==, 0);
  g_assert_true (g_file_test (later, G_FILE_TEST_EXISTS));

  /* No folder of stores: nothing to do. */
  g_assert_cmpint (remove_legacy ("/nonexistent/travel-requests"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);
  gtk_disable_setlocale ();

  if (!tr_ui_test_init_display ())
    {
      g_test_skip ("no display");
      return 77;
    }

  tmpdir = g_dir_make_tmp ("tr-test-cache-first-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/ui/cache-first/light-items-match", test_light_items_match);
  g_test_add_func ("/ui/cache-first/shown-before-sign-in", test_shown_before_sign_in);
  g_test_add_func ("/ui/cache-first/demo-store-relink", test_demo_store_relink);
  g_test_add_func ("/ui/cache-first/legacy-demo-stores", test_legacy_demo_stores);

  app = tr_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  ret = g_test_run ();
  g_clear_object (&app);

  {
    g_autofree char *command = g_strdup_printf ("rm -rf '%s'", tmpdir);
    g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL);
  }
  g_free (tmpdir);
  return ret;
}
