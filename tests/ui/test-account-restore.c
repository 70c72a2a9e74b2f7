/* test-account-restore.c
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

/* Signed-in accounts across a restart, on a private session bus with a
 * gnome-keyring of its own and a spawned tr-sandbox (TR_SANDBOX_PATH):
 * after every object is dropped, a new application restores the account
 * from the keyring (its login, its server, its offline cache) and calls
 * the API without signing in again; signing out removes the keyring item
 * and the cache files; an item deleted behind the app's back, one of an
 * older format, or a refresh token the server no longer accepts neither
 * crash nor lose the cached data. */

#include <glib/gi18n.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <libsecret/secret.h>

#include "tr-account-store.h"
#include "tr-api-error.h"
#include "tr-application-private.h"
#include "tr-application.h"
#include "tr-demo.h"
#include "tr-ui-test-utils.h"

#define LOGIN TR_DEMO_TRAVELER

/* The schema the app keeps its accounts under, as a user's keyring
 * browser (or secret-tool) sees it. */
static const SecretSchema account_schema = {
  "io.github.travelrequests.TravelRequests.Account",
  SECRET_SCHEMA_NONE,
  {
    { "user-id", SECRET_SCHEMA_ATTRIBUTE_STRING },
    { "base-url", SECRET_SCHEMA_ATTRIBUTE_STRING },
    { NULL, 0 },
  },
};

static char *tmpdir;
static TrDemo *sandbox;

typedef struct
{
  GAsyncResult *result;
} Wait;

static void
on_done_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Wait *wait = user_data;

  wait->result = g_object_ref (result);
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

/* Sessions: each a run of a new application, as from the desktop; its
 * activation restores the accounts of the keyring. */

typedef void (*SessionFunc) (TrApplication *app);

static void
on_activate_cb (GApplication *app,
                SessionFunc   func)
{
  GList *windows;

  func (TR_APPLICATION (app));
  /* The user closes the window: the application ends. */
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (GTK_WINDOW (windows->data));
}

static gboolean
is_gone (gpointer data)
{
  g_autoptr(GObject) object = g_weak_ref_get (data);

  return object == NULL;
}

static void
assert_finalized (GWeakRef   *weak,
                  const char *what)
{
  if (!tr_ui_test_wait_for (is_gone, weak, 10000))
    g_error ("The %s was not finalized", what);
  g_weak_ref_clear (weak);
}

/* Runs a session; afterwards, nothing of it is left alive. */
static void
run_session (SessionFunc func)
{
  TrApplication *app = tr_application_new ();
  GWeakRef app_ref;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_cb), func);
  g_weak_ref_init (&app_ref, app);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_object_unref (app);
  assert_finalized (&app_ref, "application");
}

static gboolean
is_idle (gpointer data)
{
  return !tr_account_get_syncing (TR_ACCOUNT (data));
}

static gboolean
has_accounts (gpointer data)
{
  return g_list_model_get_n_items (tr_application_get_accounts (data)) > 0;
}

/* The account the activation restored. */
static TrAccount *
restored (TrApplication *app)
{
  g_assert_true (tr_ui_test_wait_for (has_accounts, app, 15000));
  g_assert_cmpuint (g_list_model_get_n_items (tr_application_get_accounts (app)), ==, 1);
  return tr_application_get_account (app);
}

/* When nothing is to be restored: waits until a listing of the keyring
 * that started after the activation's has ended (the keyring answers in
 * order), then checks that the application listed nothing. */
static void
restored_nothing (TrApplication *app)
{
  g_autoptr(TrAccountStore) store = tr_account_store_new ();
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  Wait wait = { NULL };

  tr_account_store_list_async (store, NULL, on_done_cb, &wait);
  records = tr_account_store_list_finish (store, wait_result (&wait), &error);
  g_assert_no_error (error);
  g_clear_object (&wait.result);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (g_list_model_get_n_items (tr_application_get_accounts (app)), ==, 0);
  g_assert_null (tr_application_get_account (app));
}

/* The keyring */

static guint
n_keyring_items (const char *user_id)
{
  g_autoptr(GHashTable) attributes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  GList *items;
  guint n;

  if (user_id != NULL)
    g_hash_table_insert (attributes, (gpointer) "user-id", (gpointer) user_id);
  items = secret_service_search_sync (NULL, &account_schema, attributes, SECRET_SEARCH_ALL, NULL, &error);
  g_assert_no_error (error);
  n = g_list_length (items);
  g_list_free_full (items, g_object_unref);
  return n;
}

static gboolean
keyring_has (gpointer user_id)
{
  return n_keyring_items (user_id) == 1;
}

static gboolean
keyring_lacks (gpointer user_id)
{
  return n_keyring_items (user_id) == 0;
}

/* Signing in */

static TrAuthorizer *
sign_in_password (const char *login)
{
  g_autoptr(TrAuthorizer) authorizer = tr_authorizer_new (TR_DATA_CENTER_CUSTOM, tr_demo_get_base_url (sandbox),
                                                          TR_DEMO_CLIENT_ID, TR_DEMO_CLIENT_SECRET);
  g_autoptr(GError) error = NULL;
  Wait wait = { NULL };

  tr_authorizer_sign_in_password_async (authorizer, login, TR_DEMO_PASSWORD, NULL, on_done_cb, &wait);
  g_assert_true (tr_authorizer_sign_in_password_finish (authorizer, wait_result (&wait), &error));
  g_assert_no_error (error);
  g_clear_object (&wait.result);
  return g_steal_pointer (&authorizer);
}

/* Signs in as the sign-in dialog does, and waits until the account is
 * shown, synced into its cache and kept in the keyring. */
static TrAccount *
sign_in (TrApplication *app)
{
  g_autoptr(TrAuthorizer) authorizer = sign_in_password (LOGIN);
  g_autoptr(TrAccount) account = tr_account_new (authorizer, LOGIN);

  tr_account_set_client_secret (account, TR_DEMO_CLIENT_SECRET);
  tr_application_add_signed_in (app, account);
  g_assert_true (tr_ui_test_wait_for (has_accounts, app, 15000));
  g_assert_true (tr_application_get_account (app) == account);
  g_assert_true (tr_account_get_cached (account));
  g_assert_true (tr_ui_test_wait_for (keyring_has, (gpointer) tr_authorizer_get_user_id (authorizer), 15000));
  g_assert_true (tr_ui_test_wait_for (is_idle, account, 30000));
  g_assert_true (tr_account_get_loaded (account));
  return account;
}

/* What the account's cache holds, read from the store itself. */
static guint
n_cached_requests (TrAccount *account)
{
  static const TrStoreQuery all = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  Wait wait = { NULL };

  g_assert_nonnull (tr_account_get_store (account));
  tr_store_list_requests_async (tr_account_get_store (account), &all, NULL, on_done_cb, &wait);
  rows = tr_store_list_requests_finish (tr_account_get_store (account), wait_result (&wait), &error);
  g_assert_no_error (error);
  g_clear_object (&wait.result);
  return rows->len;
}

static gboolean
menu_has_label (GMenuModel *model,
                const char *label)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *text = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &text) &&
          g_strcmp0 (text, label) == 0)
        return TRUE;
      if (section != NULL && menu_has_label (section, label))
        return TRUE;
    }
  return FALSE;
}

static gboolean
cache_is_deleted (gpointer path)
{
  static const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      if (g_file_test (name, G_FILE_TEST_EXISTS))
        return FALSE;
    }
  return TRUE;
}

/* Signs the current account out and checks nothing of it is left. */
static void
sign_out (TrApplication *app)
{
  TrAccount *account = tr_application_get_account (app);
  g_autofree char *user_id = g_strdup (tr_authorizer_get_user_id (tr_account_get_authorizer (account)));
  g_autofree char *path = tr_account_dup_cache_path (account);

  g_assert_nonnull (path);
  g_assert_true (tr_ui_test_wait_for (is_idle, account, 30000));
  tr_application_sign_out (app);
  g_assert_true (tr_ui_test_wait_for (keyring_lacks, user_id, 15000));
  g_assert_true (tr_ui_test_wait_for (cache_is_deleted, path, 15000));
  g_assert_cmpuint (g_list_model_get_n_items (tr_application_get_accounts (app)), ==, 0);
  g_assert_null (tr_application_get_account (app));
  g_assert_false (menu_has_label (tr_application_get_accounts_menu (app), LOGIN));
}

/* What the sessions of a case share. */
static struct
{
  char     *user_id;
  char     *base_url;
  char     *path;
  guint     n_cached;
  GWeakRef  account_ref;
  GWeakRef  store_ref;
} state;

static void
state_clear (void)
{
  g_clear_pointer (&state.user_id, g_free);
  g_clear_pointer (&state.base_url, g_free);
  g_clear_pointer (&state.path, g_free);
  state.n_cached = 0;
}

/* First session: signs in and remembers what it saw. */
static void
session_sign_in (TrApplication *app)
{
  TrAccount *account;
  TrAuthorizer *authorizer;

  restored_nothing (app);
  account = sign_in (app);
  authorizer = tr_account_get_authorizer (account);
  state_clear ();
  state.user_id = g_strdup (tr_authorizer_get_user_id (authorizer));
  state.base_url = g_strdup (tr_authorizer_get_base_url (authorizer));
  state.path = tr_account_dup_cache_path (account);
  state.n_cached = n_cached_requests (account);
  g_assert_cmpuint (state.n_cached, >, 0);
  g_weak_ref_init (&state.account_ref, account);
  g_weak_ref_init (&state.store_ref, tr_account_get_store (account));
}

/* Signs in, then drops every object: the application, the account and its
 * offline cache are finalized; the cache file and the keyring item stay. */
static void
sign_in_and_quit (void)
{
  run_session (session_sign_in);
  assert_finalized (&state.account_ref, "account");
  assert_finalized (&state.store_ref, "offline cache");
  g_assert_true (g_file_test (state.path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (n_keyring_items (state.user_id), ==, 1);
}

static void
session_restored (TrApplication *app)
{
  TrAccount *account = restored (app);
  TrAuthorizer *authorizer = tr_account_get_authorizer (account);
  g_autofree char *path = tr_account_dup_cache_path (account);
  g_autoptr(JsonArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  Wait wait = { NULL };

  g_assert_cmpstr (tr_account_get_display_name (account), ==, LOGIN);
  g_assert_true (menu_has_label (tr_application_get_accounts_menu (app), LOGIN));
  g_assert_cmpint (tr_authorizer_get_data_center (authorizer), ==, TR_DATA_CENTER_CUSTOM);
  g_assert_cmpstr (tr_authorizer_get_base_url (authorizer), ==, tr_demo_get_base_url (sandbox));
  g_assert_cmpstr (tr_authorizer_get_user_id (authorizer), ==, state.user_id);
  g_assert_cmpstr (tr_authorizer_get_client_id (authorizer), ==, TR_DEMO_CLIENT_ID);
  g_assert_cmpstr (tr_account_get_client_secret (account), ==, TR_DEMO_CLIENT_SECRET);

  /* Its offline cache, reopened, holds what was synced. */
  g_assert_true (tr_account_get_cached (account));
  g_assert_cmpstr (path, ==, state.path);
  g_assert_cmpuint (n_cached_requests (account), ==, state.n_cached);

  /* The API answers with the refresh token read from the keyring. */
  tr_client_fetch_pages_async (tr_account_get_client (account), "requests?view=ALL&limit=100", NULL,
                               on_done_cb, &wait);
  listed = tr_client_fetch_pages_finish (tr_account_get_client (account), wait_result (&wait), &error);
  g_assert_no_error (error);
  g_clear_object (&wait.result);
  g_assert_cmpuint (json_array_get_length (listed), >, 0);
  g_assert_true (tr_authorizer_get_signed_in (authorizer));
  g_assert_true (tr_ui_test_wait_for (is_idle, account, 30000));
  g_assert_true (tr_account_get_loaded (account));
  g_assert_cmpuint (g_list_model_get_n_items (tr_account_get_requests (account)), >, 0);
  sign_out (app);
}

static void
test_restored (void)
{
  sign_in_and_quit ();
  run_session (session_restored);
  state_clear ();
}

static void
session_sign_out (TrApplication *app)
{
  restored (app);
  g_assert_cmpuint (n_keyring_items (state.user_id), ==, 1);
  sign_out (app);
  g_assert_cmpuint (n_keyring_items (NULL), ==, 0);
}

/* Signing out after a restart: the keyring item, the cache files and the
 * switcher's entry go; the next start restores nothing. */
static void
test_sign_out (void)
{
  sign_in_and_quit ();
  run_session (session_sign_out);
  run_session (restored_nothing);
  state_clear ();
}

static void
session_sign_in_again (TrApplication *app)
{
  TrAccount *account;
  g_autofree char *path = NULL;

  restored_nothing (app);
  g_assert_true (g_file_test (state.path, G_FILE_TEST_EXISTS));
  /* The same cache, with what it held. */
  account = sign_in (app);
  path = tr_account_dup_cache_path (account);
  g_assert_cmpstr (path, ==, state.path);
  g_assert_cmpuint (n_cached_requests (account), ==, state.n_cached);
  sign_out (app);
}

/* The keyring item deleted behind the app's back (a keyring browser, a
 * new keyring): the next start shows no account, and nothing fails; the
 * offline cache is kept, so signing in again finds its data at once. */
static void
test_item_deleted (void)
{
  g_autoptr(GError) error = NULL;

  sign_in_and_quit ();
  g_assert_true (secret_password_clear_sync (&account_schema, NULL, &error,
                                             "user-id", state.user_id, "base-url", state.base_url, NULL));
  g_assert_no_error (error);
  g_assert_cmpuint (n_keyring_items (NULL), ==, 0);
  run_session (session_sign_in_again);
  state_clear ();
}

/* An item of an older format (without the OAuth client) cannot be
 * restored: it is skipped without a crash. */
static void
test_older_item (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (secret_password_store_sync (&account_schema, SECRET_COLLECTION_DEFAULT, "Old account",
                                             "{\"generation\": 1, \"refresh_token\": \"rt\", \"user_id\": \"u\"}",
                                             NULL, &error,
                                             "user-id", "u", "base-url", tr_demo_get_base_url (sandbox), NULL));
  g_assert_no_error (error);
  g_assert_cmpuint (n_keyring_items ("u"), ==, 1);
  run_session (restored_nothing);
  g_assert_true (secret_password_clear_sync (&account_schema, NULL, &error, "user-id", "u", NULL));
  g_assert_no_error (error);
}

static void
session_token_refused (TrApplication *app)
{
  TrAccount *account = restored (app);
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  Wait wait = { NULL };

  g_assert_true (tr_ui_test_wait_for (is_idle, account, 30000));
  g_assert_cmpuint (g_list_model_get_n_items (tr_account_get_requests (account)), >, 0);

  tr_account_refresh_async (account, NULL, on_done_cb, &wait);
  g_assert_false (tr_account_refresh_finish (account, wait_result (&wait), &error));
  g_clear_object (&wait.result);
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_UNAUTHORIZED);
  message = tr_api_error_describe (error);
  /* The translated sentence, then the server's own words. */
  g_assert_true (g_str_has_prefix (message, _("Your sign-in is no longer valid. Please sign in again.")));
  /* Nothing cached is lost meanwhile. */
  g_assert_cmpuint (g_list_model_get_n_items (tr_account_get_requests (account)), >, 0);
  g_assert_cmpuint (n_cached_requests (account), ==, state.n_cached);
  sign_out (app);
}

/* A refresh token the server no longer accepts (revoked, expired): the
 * account is restored and shows its cached requests, and refreshing says
 * to sign in again, in a sentence the user can act on. */
static void
test_token_refused (void)
{
  g_autoptr(TrAccountStore) store = tr_account_store_new ();
  g_autoptr(TrAccountRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  Wait wait = { NULL };
  gboolean saved;

  sign_in_and_quit ();
  tr_account_store_lookup_async (store, state.user_id, state.base_url, NULL, on_done_cb, &wait);
  record = tr_account_store_lookup_finish (store, wait_result (&wait), &error);
  g_assert_no_error (error);
  g_assert_nonnull (record);
  g_clear_object (&wait.result);
  g_free (record->refresh_token);
  record->refresh_token = g_strdup ("revoked-refresh-token");
  tr_account_store_save_async (store, record, NULL, on_done_cb, &wait);
  saved = tr_account_store_save_finish (store, wait_result (&wait), &error);
  g_assert_no_error (error);
  g_assert_true (saved);
  g_clear_object (&wait.result);
  g_assert_cmpuint (n_keyring_items (state.user_id), ==, 1);

  run_session (session_token_refused);
  state_clear ();
}

/* Setup: private folders, a private bus and an unlocked keyring */

static void
make_dirs (void)
{
  static const char *vars[][2] = {
    { "XDG_DATA_HOME", "data" }, { "XDG_CACHE_HOME", "cache" }, { "XDG_CONFIG_HOME", "config" },
    { "XDG_RUNTIME_DIR", "run" }, { "HOME", "home" },
  };
  g_autoptr(GError) error = NULL;

  tmpdir = g_dir_make_tmp ("tr-account-restore-XXXXXX", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (vars); i++)
    {
      g_autofree char *dir = g_build_filename (tmpdir, vars[i][1], NULL);

      g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
      g_setenv (vars[i][0], dir, TRUE);
    }
}

static void
run_keyring_daemon (const char *const *argv,
                    const char        *input)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  /* The daemon must not inherit the test's fatal warnings. */
  g_subprocess_launcher_unsetenv (launcher, "G_DEBUG");
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, input, NULL, &output, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (process));
}

/* gnome-keyring on the private bus, its "login" keyring created and
 * unlocked (env-recipe §4); it exits with the bus. */
static void
start_keyring (void)
{
  static const char *const unlock[] = { "gnome-keyring-daemon", "--unlock", "--components=secrets", NULL };
  static const char *const start[] = { "gnome-keyring-daemon", "--start", "--components=secrets", NULL };

  run_keyring_daemon (unlock, "test-keyring-pw");
  run_keyring_daemon (start, "");
}

/* The test runs on a session bus of its own (that of `dbus-run-session`
 * around the whole suite is shared with the other tests): it starts
 * itself again under one. Returns only if that failed. */
static void
exec_on_private_bus (int    argc,
                     char **argv)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();

  g_setenv ("TR_TEST_PRIVATE_BUS", "1", TRUE);
  g_ptr_array_add (args, (gpointer) "dbus-run-session");
  g_ptr_array_add (args, (gpointer) "--");
  for (int i = 0; i < argc; i++)
    g_ptr_array_add (args, argv[i]);
  g_ptr_array_add (args, NULL);
  execvp ("dbus-run-session", (char **) args->pdata);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_dir (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static TrDemo *
start_sandbox (const char *path)
{
  g_autofree char *db = g_build_filename (tmpdir, "sandbox", "sandbox.db", NULL);
  g_autoptr(TrDemo) demo = tr_demo_new (path, db);
  g_autoptr(GError) error = NULL;
  Wait wait = { NULL };

  tr_demo_start_async (demo, NULL, on_done_cb, &wait);
  g_assert_true (tr_demo_start_finish (demo, wait_result (&wait), &error));
  g_assert_no_error (error);
  g_clear_object (&wait.result);
  return g_steal_pointer (&demo);
}

int
main (int   argc,
      char *argv[])
{
  const char *sandbox_path = g_getenv ("TR_SANDBOX_PATH");
  g_autofree char *keyring = g_find_program_in_path ("gnome-keyring-daemon");
  int ret;

  if (g_strcmp0 (g_getenv ("TR_TEST_PRIVATE_BUS"), "1") != 0 && keyring != NULL)
    {
      exec_on_private_bus (argc, argv);
      g_print ("1..0 # SKIP dbus-run-session cannot be started\n");
      return 0;
    }

  /* Before anything reads (and caches) the user's folders. */
  make_dirs ();
  g_unsetenv ("TRAVEL_REQUESTS_DEMO");
  g_test_init (&argc, &argv, NULL);
  gtk_disable_setlocale ();

  if (sandbox_path == NULL || !g_file_test (sandbox_path, G_FILE_TEST_IS_EXECUTABLE) || keyring == NULL)
    {
      g_print ("1..0 # SKIP %s\n", keyring == NULL ? "gnome-keyring-daemon is not installed"
                                                  : "tr-sandbox is not built (TR_SANDBOX_PATH)");
      remove_dir (tmpdir);
      return 0;
    }
  start_keyring ();
  if (!tr_ui_test_init_display ())
    {
      g_print ("1..0 # SKIP no display\n");
      remove_dir (tmpdir);
      return 0;
    }
  sandbox = start_sandbox (sandbox_path);

  g_test_add_func ("/ui/account-restore/restored", test_restored);
  g_test_add_func ("/ui/account-restore/sign-out", test_sign_out);
  g_test_add_func ("/ui/account-restore/item-deleted", test_item_deleted);
  g_test_add_func ("/ui/account-restore/older-item", test_older_item);
  g_test_add_func ("/ui/account-restore/token-refused", test_token_refused);
  ret = g_test_run ();

  tr_demo_stop (sandbox);
  g_clear_object (&sandbox);
  remove_dir (tmpdir);
  return ret;
}
