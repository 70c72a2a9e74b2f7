/* test-demo.c
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

/* TrDemo: starts the real tr-sandbox (TR_SANDBOX_PATH), signs in as Emma,
 * loads her requests, shows the offline bar once the sandbox stops; and
 * the errors when tr-sandbox is missing, exits early or hangs. */

#include <string.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "tr-application.h"
#include "tr-demo.h"
#include "tr-request-item.h"
#include "tr-editor-pane.h"
#include "tr-request-editor.h"
#include "tr-request-pane.h"
#include "tr-request-view.h"
#include "tr-ui-test-utils.h"
#include "tr-window.h"

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

static char *
database_path (const char *name)
{
  return g_build_filename (tmpdir, name, "demo", "sandbox.db", NULL);
}

static TrDemo *
start_demo (const char *sandbox,
            GError    **error)
{
  g_autofree char *db = database_path ("data");
  g_autoptr(TrDemo) demo = tr_demo_new (sandbox, db);
  Wait wait = { NULL };
  gboolean ok;

  tr_demo_start_async (demo, NULL, on_done_cb, &wait);
  ok = tr_demo_start_finish (demo, wait_result (&wait), error);
  g_clear_object (&wait.result);
  return ok ? g_steal_pointer (&demo) : NULL;
}

static TrAuthorizer *
sign_in (TrDemo     *demo,
         const char *login,
         GError    **error)
{
  Wait wait = { NULL };
  TrAuthorizer *authorizer;

  tr_demo_sign_in_async (demo, login, NULL, on_done_cb, &wait);
  authorizer = tr_demo_sign_in_finish (demo, wait_result (&wait), error);
  g_clear_object (&wait.result);
  return authorizer;
}

static gboolean
is_offline (gpointer data)
{
  return !tr_account_get_online (TR_ACCOUNT (data)) && !tr_account_get_syncing (TR_ACCOUNT (data));
}

static GtkRevealer *
find_revealer (GtkWidget *widget)
{
  GtkWidget *child;

  if (GTK_IS_REVEALER (widget) && (child = gtk_revealer_get_child (GTK_REVEALER (widget))) != NULL &&
      gtk_widget_has_css_class (child, "offline-bar"))
    return GTK_REVEALER (widget);
  for (child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkRevealer *found = find_revealer (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
refuses_connections (gpointer data)
{
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GSocketConnection) connection = NULL;

  connection = g_socket_client_connect_to_uri (client, data, 80, NULL, NULL);
  return connection == NULL;
}

/* Stops tr-sandbox and waits until its port is closed (SIGTERM takes a
 * moment on a loaded machine). */
static void
stop_and_wait (TrDemo *demo)
{
  g_autofree char *base_url = g_strdup (tr_demo_get_base_url (demo));

  tr_demo_stop (demo);
  g_assert_true (tr_ui_test_wait_for (refuses_connections, base_url, 10000));
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

static void
test_demo_emma (void)
{
  const char *sandbox = g_getenv ("TR_SANDBOX_PATH");
  g_autoptr(GError) error = NULL;
  g_autoptr(TrDemo) demo = NULL;
  g_autoptr(TrAuthorizer) authorizer = NULL;
  g_autoptr(TrAccount) account = NULL;
  TrWindow *window;

  if (sandbox == NULL || !g_file_test (sandbox, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("tr-sandbox is not built (TR_SANDBOX_PATH)");
      return;
    }

  demo = start_demo (sandbox, &error);
  g_assert_no_error (error);
  g_assert_true (tr_demo_get_running (demo));
  g_assert_true (g_str_has_prefix (tr_demo_get_base_url (demo), "http://127.0.0.1:"));

  authorizer = sign_in (demo, TR_DEMO_TRAVELER, &error);
  g_assert_no_error (error);
  g_assert_true (tr_authorizer_get_signed_in (authorizer));

  account = tr_account_new (authorizer, "Emma");
  /* One attempt: the offline check below should not wait for retries. */
  tr_client_set_retry_policy (tr_account_get_client (account), 1, 10, 10, 100);
  refresh (account, &error);
  g_assert_no_error (error);
  g_assert_true (tr_account_get_loaded (account));
  g_assert_cmpuint (g_list_model_get_n_items (tr_account_get_requests (account)), >, 0);

  window = tr_window_new (ADW_APPLICATION (app));
  tr_window_set_account (window, account);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpuint (g_list_model_get_n_items (tr_window_get_visible_requests (window)), >, 0);
  g_assert_false (gtk_revealer_get_reveal_child (find_revealer (GTK_WIDGET (window))));

  /* The server goes away: the offline bar appears, with "Retry Now". */
  tr_demo_stop (demo);
  g_assert_false (tr_demo_get_running (demo));
  tr_window_refresh (window);
  g_assert_true (tr_ui_test_wait_for (is_offline, account, 30000));
  g_assert_true (gtk_revealer_get_reveal_child (find_revealer (GTK_WIDGET (window))));
  /* What was loaded stays listed. */
  g_assert_cmpuint (g_list_model_get_n_items (tr_window_get_visible_requests (window)), >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static TrRequestItem *
find_item (TrAccount  *account,
           const char *request_id)
{
  GListModel *requests = tr_account_get_requests (account);

  for (guint i = 0; i < g_list_model_get_n_items (requests); i++)
    {
      g_autoptr(TrRequestItem) item = g_list_model_get_item (requests, i);

      if (g_strcmp0 (tr_request_get_request_id (tr_request_item_get_request (item)), request_id) == 0)
        return item;
    }
  return NULL;
}

static gboolean
is_loaded (gpointer data)
{
  return !tr_request_pane_get_loading (TR_REQUEST_PANE (data));
}

static gboolean
is_submitted (gpointer data)
{
  TrRequest *request = tr_request_item_get_request (TR_REQUEST_ITEM (data));

  return tr_request_get_status_kind (request) == TR_APPROVAL_STATUS_KIND_SUBMITTED;
}

static gboolean
has_rel (char      **rels,
         const char *rel)
{
  return rels != NULL && g_strv_contains ((const char * const *) rels, rel);
}

static gboolean
has_size (gpointer data)
{
  GtkWidget *window = data;
  int width = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (window), "tr-width"));

  return gtk_widget_get_mapped (window) && gtk_widget_get_width (window) > 0 &&
         gtk_widget_get_width (window) <= width;
}

/* The list, or the page of @item, at 1280×800 and at phone width, saved
 * into the build tree (tests/screenshots/). */
static void
save_screenshots (TrAccount     *account,
                  TrRequestItem *item,
                  const char    *page)
{
  static const int sizes[][2] = { { 1280, 800 }, { 360, 720 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      TrWindow *window = tr_window_new (ADW_APPLICATION (app));
      g_autofree char *name = g_strdup_printf ("%s-%dx%d", page, sizes[i][0], sizes[i][1]);
      g_autofree char *path = NULL;

      gtk_window_set_default_size (GTK_WINDOW (window), sizes[i][0], sizes[i][1]);
      tr_window_set_account (window, account);
      tr_window_set_folder (window, TR_REQUEST_FOLDER_ALL);
      if (item != NULL)
        g_assert_true (tr_ui_test_wait_for (is_loaded, tr_window_open_request (window, item), 30000));
      gtk_window_present (GTK_WINDOW (window));
      g_object_set_data (G_OBJECT (window), "tr-width", GINT_TO_POINTER (sizes[i][0]));
      g_assert_true (tr_ui_test_wait_for (has_size, window, 5000));
      path = tr_ui_test_save_screenshot (GTK_WIDGET (window), name);
      g_test_message ("saved %s", path);
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* Opens Emma's draft 333V, submits it from its page, and sees it submitted. */
static void
test_demo_submit_from_page (void)
{
  const char *sandbox = g_getenv ("TR_SANDBOX_PATH");
  g_autoptr(GError) error = NULL;
  g_autoptr(TrDemo) demo = NULL;
  g_autoptr(TrAuthorizer) authorizer = NULL;
  g_autoptr(TrAccount) account = NULL;
  g_auto(GStrv) rels = NULL;
  TrRequestItem *item;
  TrWindow *window;
  GtkWidget *pane;

  if (sandbox == NULL || !g_file_test (sandbox, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("tr-sandbox is not built (TR_SANDBOX_PATH)");
      return;
    }

  demo = start_demo (sandbox, &error);
  g_assert_no_error (error);
  authorizer = sign_in (demo, TR_DEMO_TRAVELER, &error);
  g_assert_no_error (error);
  account = tr_account_new (authorizer, "Emma");
  refresh (account, &error);
  g_assert_no_error (error);

  window = tr_window_new (ADW_APPLICATION (app));
  tr_window_set_account (window, account);
  gtk_window_present (GTK_WINDOW (window));
  item = find_item (account, "333V");
  g_assert_nonnull (item);
  g_assert_cmpuint (tr_request_get_status_kind (tr_request_item_get_request (item)), ==,
                    TR_APPROVAL_STATUS_KIND_NOT_SUBMITTED);

  pane = tr_window_open_request (window, item);
  g_assert_cmpstr (tr_window_get_page (window), ==, "request");
  g_assert_true (tr_ui_test_wait_for (is_loaded, pane, 30000));
  save_screenshots (account, item, "request");
  rels = tr_request_view_dup_action_rels (TR_REQUEST_VIEW (tr_request_pane_get_view (TR_REQUEST_PANE (pane))));
  g_assert_true (has_rel (rels, "submit"));
  g_assert_false (has_rel (rels, "recall"));

  g_assert_true (tr_request_view_activate_action (TR_REQUEST_VIEW (tr_request_pane_get_view (TR_REQUEST_PANE (pane))),
                                                  "submit"));
  g_assert_true (tr_ui_test_wait_for (is_submitted, item, 30000));

  g_action_group_activate_action (G_ACTION_GROUP (window), "show-list", NULL);
  g_assert_cmpstr (tr_window_get_page (window), ==, "main");
  save_screenshots (account, NULL, "main");

  gtk_window_destroy (GTK_WINDOW (window));
  tr_demo_stop (demo);
}

static void
open_cache (TrAccount  *account,
            const char *path)
{
  g_autoptr(GError) error = NULL;
  Wait wait = { NULL };

  tr_account_open_cache_async (account, path, NULL, on_done_cb, &wait);
  g_assert_true (tr_account_open_cache_finish (account, wait_result (&wait), &error));
  g_assert_no_error (error);
  g_clear_object (&wait.result);
}

static gboolean
file_gone (gpointer data)
{
  return !g_file_test (data, G_FILE_TEST_EXISTS);
}

/* With its cache open, the account lists what the sync engine stored, and
 * keeps listing it offline; signing out deletes the cache. */
static void
test_demo_cache (void)
{
  const char *sandbox = g_getenv ("TR_SANDBOX_PATH");
  g_autofree char *cache_dir = g_build_filename (tmpdir, "cache", NULL);
  g_autofree char *cache = g_build_filename (cache_dir, "emma.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrDemo) demo = NULL;
  g_autoptr(TrAuthorizer) authorizer = NULL;
  g_autoptr(TrAccount) online = NULL;
  g_autoptr(TrAccount) cached = NULL;
  GListModel *requests;
  guint n;

  if (sandbox == NULL || !g_file_test (sandbox, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("tr-sandbox is not built (TR_SANDBOX_PATH)");
      return;
    }

  demo = start_demo (sandbox, &error);
  g_assert_no_error (error);
  authorizer = sign_in (demo, TR_DEMO_TRAVELER, &error);
  g_assert_no_error (error);
  online = tr_account_new (authorizer, "Emma");
  refresh (online, &error);
  g_assert_no_error (error);

  cached = tr_account_new (authorizer, "Emma");
  tr_client_set_retry_policy (tr_account_get_client (cached), 1, 10, 10, 100);
  g_assert_false (tr_account_get_cached (cached));
  g_assert_cmpint (g_mkdir_with_parents (cache_dir, 0700), ==, 0);
  open_cache (cached, cache);
  g_assert_true (tr_account_get_cached (cached));
  g_assert_cmpfloat (tr_account_get_progress (cached), ==, 0.0);
  refresh (cached, &error);
  g_assert_no_error (error);
  /* The first refresh was a full pull, with progress. */
  g_assert_cmpfloat (tr_account_get_progress (cached), >, 0.0);

  requests = tr_account_get_requests (cached);
  n = g_list_model_get_n_items (requests);
  g_assert_cmpuint (n, ==, g_list_model_get_n_items (tr_account_get_requests (online)));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrRequestItem) item = g_list_model_get_item (requests, i);

      g_assert_cmpint (tr_request_item_get_local_id (item), >, 0);
      g_assert_cmpint (tr_request_item_get_sync (item), ==, TR_REQUEST_SYNC_SYNCED);
      g_assert_nonnull (tr_request_get_name (tr_request_item_get_request (item)));
    }

  /* Offline: the refresh fails, the cached requests stay. */
  stop_and_wait (demo);
  refresh (cached, &error);
  g_assert_nonnull (error);
  g_assert_false (tr_account_get_online (cached));
  g_assert_cmpuint (g_list_model_get_n_items (requests), ==, n);

  tr_account_delete_cache (cached);
  g_assert_false (tr_account_get_cached (cached));
  g_assert_true (tr_ui_test_wait_for (file_gone, cache, 5000));
}

static TrRequestItem *
find_named (TrAccount  *account,
            const char *name)
{
  GListModel *requests = tr_account_get_requests (account);

  for (guint i = 0; i < g_list_model_get_n_items (requests); i++)
    {
      g_autoptr(TrRequestItem) item = g_list_model_get_item (requests, i);

      if (g_strcmp0 (tr_request_get_name (tr_request_item_get_request (item)), name) == 0)
        return item;
    }
  return NULL;
}

static char *
first_policy_id (TrAccount *account)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  Wait wait = { NULL };

  tr_client_send_json_async (tr_account_get_client (account), "GET", "userpolicies", NULL, NULL,
                             on_done_cb, &wait);
  node = tr_client_send_json_finish (tr_account_get_client (account), wait_result (&wait), &error);
  g_assert_no_error (error);
  g_clear_object (&wait.result);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
  return g_strdup (json_object_get_string_member (json_array_get_object_element (json_node_get_array (node), 0), "id"));
}

static gboolean
is_page (gpointer data)
{
  TrWindow *window = data;

  return g_strcmp0 (tr_window_get_page (window), g_object_get_data (G_OBJECT (window), "tr-page")) == 0;
}

static gboolean
offers_agencies (gpointer data)
{
  GListModel *agencies = adw_combo_row_get_model (ADW_COMBO_ROW (data));

  return agencies != NULL && g_list_model_get_n_items (agencies) > 0;
}

static gboolean
has_suggestions (gpointer data)
{
  GListModel *found = tr_request_editor_get_suggestions (TR_REQUEST_EDITOR (data));

  return found != NULL && g_list_model_get_n_items (found) > 0;
}

static gboolean
destination_accepted (gpointer data)
{
  return tr_request_editor_get_field_message (TR_REQUEST_EDITOR (data), TR_EDITOR_FIELD_DESTINATION) == NULL;
}

/* The editor offers the travel agencies of Emma's requests, fetched from
 * the sandbox and sorted by name, and searches destinations there: a
 * suggestion named as typed is taken, a text nothing matches is sent as
 * typed, else one must be picked. */
static void
check_editor_context (TrRequestEditor *editor)
{
  GtkWidget *agency_row = tr_request_editor_get_field_widget (editor, TR_EDITOR_FIELD_AGENCY);
  GtkWidget *destination = tr_request_editor_get_field_widget (editor, TR_EDITOR_FIELD_DESTINATION);
  g_autoptr(TrTravelAgency) agency = NULL;
  g_autoptr(TrLocation) location = NULL;

  g_assert_true (tr_ui_test_wait_for (offers_agencies, agency_row, 10000));
  agency = g_list_model_get_item (adw_combo_row_get_model (ADW_COMBO_ROW (agency_row)), 0);
  g_assert_cmpstr (tr_travel_agency_get_name (agency), ==, "myCompanyAgency");
  gtk_editable_set_text (GTK_EDITABLE (destination), "NCE");
  g_assert_true (tr_ui_test_wait_for (has_suggestions, editor, 10000));
  location = g_list_model_get_item (tr_request_editor_get_suggestions (editor), 0);
  g_assert_cmpstr (tr_location_get_iata_code (location), ==, "NCE");
  g_assert_false (destination_accepted (editor));
  gtk_editable_set_text (GTK_EDITABLE (destination), "nice");
  g_assert_false (destination_accepted (editor));
  g_assert_true (tr_ui_test_wait_for (destination_accepted, editor, 10000));
  gtk_editable_set_text (GTK_EDITABLE (destination), "Qwzxy Ville");
  g_assert_false (destination_accepted (editor));
  g_assert_true (tr_ui_test_wait_for (destination_accepted, editor, 10000));
  g_assert_cmpuint (g_list_model_get_n_items (tr_request_editor_get_suggestions (editor)), ==, 0);
}

/* A new request saved into the cache goes to the server with the next
 * sync; the editor page opens with Ctrl+N's action and closes back. */
static void
test_demo_new_request (void)
{
  const char *sandbox = g_getenv ("TR_SANDBOX_PATH");
  g_autofree char *cache = g_build_filename (tmpdir, "new-request.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrDemo) demo = NULL;
  g_autoptr(TrAuthorizer) authorizer = NULL;
  g_autoptr(TrAccount) account = NULL;
  g_autoptr(TrRequest) request = NULL;
  g_autofree char *policy = NULL;
  g_autofree char *json = NULL;
  TrRequestItem *item;
  TrWindow *window;
  GtkWidget *pane;
  Wait wait = { NULL };

  if (sandbox == NULL || !g_file_test (sandbox, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("tr-sandbox is not built (TR_SANDBOX_PATH)");
      return;
    }

  demo = start_demo (sandbox, &error);
  g_assert_no_error (error);
  authorizer = sign_in (demo, TR_DEMO_TRAVELER, &error);
  g_assert_no_error (error);
  account = tr_account_new (authorizer, "Emma");
  open_cache (account, cache);
  refresh (account, &error);
  g_assert_no_error (error);

  policy = first_policy_id (account);
  json = g_strdup_printf ("{\"name\":\"Test trip to Oslo\",\"businessPurpose\":\"Testing the editor\","
                          "\"startDate\":\"2027-03-01\",\"endDate\":\"2027-03-03\","
                          "\"policy\":{\"id\":\"%s\"}}", policy);
  request = tr_request_new_from_string (json, &error);
  g_assert_no_error (error);
  tr_account_save_request_async (account, request, 0, NULL, on_done_cb, &wait);
  g_assert_true (tr_account_save_request_finish (account, wait_result (&wait), &error));
  g_assert_no_error (error);
  g_clear_object (&wait.result);

  /* The save started a sync: wait for it, then look. */
  refresh (account, &error);
  g_assert_no_error (error);
  item = find_named (account, "Test trip to Oslo");
  g_assert_nonnull (item);
  g_assert_cmpint (tr_request_item_get_sync (item), ==, TR_REQUEST_SYNC_SYNCED);
  g_assert_nonnull (tr_request_get_request_id (tr_request_item_get_request (item)));

  window = tr_window_new (ADW_APPLICATION (app));
  tr_window_set_account (window, account);
  gtk_window_present (GTK_WINDOW (window));
  g_action_group_activate_action (G_ACTION_GROUP (window), "new-request", NULL);
  g_assert_cmpstr (tr_window_get_page (window), ==, "editor");
  /* Editing the new request from its page, then closing unchanged. */
  pane = tr_window_edit_request (window, item);
  g_assert_cmpstr (tr_window_get_page (window), ==, "editor");
  g_assert_cmpstr (tr_request_get_name (tr_request_editor_get_request (
                     TR_REQUEST_EDITOR (tr_editor_pane_get_editor (TR_EDITOR_PANE (pane))))), ==,
                   "Test trip to Oslo");
  tr_request_editor_request_close (TR_REQUEST_EDITOR (tr_editor_pane_get_editor (TR_EDITOR_PANE (pane))));
  g_object_set_data (G_OBJECT (window), "tr-page", (gpointer) "main");
  g_assert_true (tr_ui_test_wait_for (is_page, window, 5000));
  pane = tr_window_edit_request (window, item);
  check_editor_context (TR_REQUEST_EDITOR (tr_editor_pane_get_editor (TR_EDITOR_PANE (pane))));
  gtk_window_destroy (GTK_WINDOW (window));
  tr_demo_stop (demo);
}

static void
save_with_expenses (TrAccount  *account,
                    TrRequest  *request,
                    gint64      local_id,
                    GListModel *expenses)
{
  g_autoptr(GError) error = NULL;
  Wait wait = { NULL };

  tr_account_save_request_with_expenses_async (account, request, local_id, expenses, NULL,
                                               on_done_cb, &wait);
  g_assert_true (tr_account_save_request_finish (account, wait_result (&wait), &error));
  g_assert_no_error (error);
  g_clear_object (&wait.result);
}

/* The cached expenses of a request, as the editor gets them. */
static GListStore *
cached_expenses (TrAccount *account,
                 gint64     local_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(TrStoreRequestRow) row = NULL;
  GListStore *expenses = g_list_store_new (TR_TYPE_EXPENSE);
  Wait wait = { NULL };

  tr_store_get_request_async (tr_account_get_store (account), local_id, NULL, on_done_cb, &wait);
  row = tr_store_get_request_finish (tr_account_get_store (account), wait_result (&wait), &rows, &error);
  g_assert_no_error (error);
  g_clear_object (&wait.result);
  for (guint i = 0; i < rows->len; i++)
    {
      const TrStoreExpenseRow *expense_row = g_ptr_array_index (rows, i);
      g_autoptr(TrExpense) expense = tr_expense_new_from_json (expense_row->full, &error);

      g_assert_no_error (error);
      g_list_store_append (expenses, expense);
    }
  return expenses;
}

static guint
server_expense_count (TrAccount  *account,
                      const char *request_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *path = g_strdup_printf ("requests/%s/expenses", request_id);
  Wait wait = { NULL };

  tr_client_send_json_async (tr_account_get_client (account), "GET", path, NULL, NULL, on_done_cb, &wait);
  node = tr_client_send_json_finish (tr_account_get_client (account), wait_result (&wait), &error);
  g_assert_no_error (error);
  g_clear_object (&wait.result);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
  return json_array_get_length (json_node_get_array (node));
}

/* An expected expense removed in the editor is deleted on the server by
 * the next sync; the one kept stays. */
static void
test_demo_remove_expense (void)
{
  const char *sandbox = g_getenv ("TR_SANDBOX_PATH");
  g_autofree char *cache = g_build_filename (tmpdir, "remove-expense.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrDemo) demo = NULL;
  g_autoptr(TrAuthorizer) authorizer = NULL;
  g_autoptr(TrAccount) account = NULL;
  g_autoptr(TrRequest) request = NULL;
  g_autoptr(GListStore) expenses = g_list_store_new (TR_TYPE_EXPENSE);
  g_autoptr(GListStore) cached = NULL;
  g_autofree char *policy = NULL;
  g_autofree char *json = NULL;
  g_autofree char *request_id = NULL;
  TrRequestItem *item;
  gint64 local_id;

  if (sandbox == NULL || !g_file_test (sandbox, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("tr-sandbox is not built (TR_SANDBOX_PATH)");
      return;
    }
  demo = start_demo (sandbox, &error);
  g_assert_no_error (error);
  authorizer = sign_in (demo, TR_DEMO_TRAVELER, &error);
  g_assert_no_error (error);
  account = tr_account_new (authorizer, "Emma");
  open_cache (account, cache);
  refresh (account, &error);
  g_assert_no_error (error);

  policy = first_policy_id (account);
  json = g_strdup_printf ("{\"name\":\"Two taxis in Oslo\",\"businessPurpose\":\"Testing removal\","
                          "\"startDate\":\"2027-03-01\",\"endDate\":\"2027-03-03\","
                          "\"policy\":{\"id\":\"%s\"}}", policy);
  request = tr_request_new_from_string (json, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *taxi = g_strdup_printf ("{\"expenseType\":{\"id\":\"TAXIX\"},\"transactionAmount\":"
                                               "{\"value\":2%u.50,\"currency\":\"USD\"},"
                                               "\"transactionDate\":\"2027-03-0%uT00:00:00.000Z\"}", i, i + 1);
      g_autoptr(TrExpense) expense = tr_expense_new_from_string (taxi, &error);

      g_assert_no_error (error);
      g_list_store_append (expenses, expense);
    }
  save_with_expenses (account, request, 0, G_LIST_MODEL (expenses));
  refresh (account, &error);
  g_assert_no_error (error);
  item = find_named (account, "Two taxis in Oslo");
  g_assert_nonnull (item);
  local_id = tr_request_item_get_local_id (item);
  request_id = g_strdup (tr_request_get_id (tr_request_item_get_request (item)));
  g_assert_nonnull (request_id);
  g_assert_cmpuint (server_expense_count (account, request_id), ==, 2);

  /* The editor removes the second one and saves. */
  cached = cached_expenses (account, local_id);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cached)), ==, 2);
  g_list_store_remove (cached, 1);
  save_with_expenses (account, tr_request_item_get_request (item), local_id, G_LIST_MODEL (cached));
  refresh (account, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (server_expense_count (account, request_id), ==, 1);
  g_clear_object (&cached);
  cached = cached_expenses (account, local_id);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cached)), ==, 1);
  tr_demo_stop (demo);
}

/* Marc approves Emma's trips: his "To Approve" view lists them. */
static void
test_demo_marc_to_approve (void)
{
  const char *sandbox = g_getenv ("TR_SANDBOX_PATH");
  g_autoptr(GError) error = NULL;
  g_autoptr(TrDemo) demo = NULL;
  g_autoptr(TrAuthorizer) authorizer = NULL;
  g_autoptr(TrAccount) account = NULL;
  TrWindow *window;
  guint n;

  if (sandbox == NULL || !g_file_test (sandbox, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("tr-sandbox is not built (TR_SANDBOX_PATH)");
      return;
    }

  demo = start_demo (sandbox, &error);
  g_assert_no_error (error);
  authorizer = sign_in (demo, TR_DEMO_MANAGER, &error);
  g_assert_no_error (error);
  account = tr_account_new (authorizer, "Marc");
  refresh (account, &error);
  g_assert_no_error (error);
  n = tr_account_get_to_approve_count (account);
  g_assert_cmpuint (n, >, 0);

  window = tr_window_new (ADW_APPLICATION (app));
  tr_window_set_account (window, account);
  tr_window_set_folder (window, TR_REQUEST_FOLDER_TO_APPROVE);
  g_assert_cmpuint (g_list_model_get_n_items (tr_window_get_visible_requests (window)), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrRequestItem) item = g_list_model_get_item (tr_window_get_visible_requests (window), i);

      g_assert_true (tr_request_item_get_to_approve (item));
    }
  gtk_window_destroy (GTK_WINDOW (window));
  tr_demo_stop (demo);
}

static void
test_demo_not_found (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrDemo) demo = start_demo ("/nonexistent/tr-sandbox", &error);

  g_assert_null (demo);
  g_assert_error (error, TR_DEMO_ERROR, TR_DEMO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "/nonexistent/tr-sandbox"));
}

static void
test_demo_exits_early (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrDemo) demo = start_demo ("/bin/true", &error);

  g_assert_null (demo);
  g_assert_error (error, TR_DEMO_ERROR, TR_DEMO_ERROR_FAILED);
}

static void
test_demo_timeout (void)
{
  g_autofree char *script = g_build_filename (tmpdir, "silent-sandbox", NULL);
  g_autofree char *db = database_path ("timeout");
  g_autoptr(GError) error = NULL;
  g_autoptr(TrDemo) demo = NULL;
  Wait wait = { NULL };

  g_assert_true (g_file_set_contents (script, "#!/bin/sh\necho starting\nexec sleep 60\n", -1, NULL));
  g_assert_cmpint (g_chmod (script, 0700), ==, 0);

  demo = tr_demo_new (script, db);
  tr_demo_set_timeout (demo, 1);
  tr_demo_start_async (demo, NULL, on_done_cb, &wait);
  g_assert_false (tr_demo_start_finish (demo, wait_result (&wait), &error));
  g_assert_error (error, TR_DEMO_ERROR, TR_DEMO_ERROR_TIMEOUT);
  g_assert_false (tr_demo_get_running (demo));
  g_clear_object (&wait.result);
}

static void
test_demo_sign_in_needs_start (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = database_path ("unused");
  g_autoptr(TrDemo) demo = tr_demo_new ("/bin/true", db);
  g_autoptr(TrAuthorizer) authorizer = sign_in (demo, TR_DEMO_TRAVELER, &error);

  g_assert_null (authorizer);
  g_assert_error (error, TR_DEMO_ERROR, TR_DEMO_ERROR_NOT_RUNNING);
}

static void
test_demo_find_sandbox (void)
{
  g_autofree char *found = NULL;
  g_autofree char *db = tr_demo_default_database ();

  g_setenv ("TR_SANDBOX_PATH", "/opt/somewhere/tr-sandbox", TRUE);
  found = tr_demo_find_sandbox ();
  g_assert_cmpstr (found, ==, "/opt/somewhere/tr-sandbox");
  g_assert_true (g_str_has_suffix (db, "/travel-requests/demo/sandbox.db"));
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

  tmpdir = g_dir_make_tmp ("tr-test-demo-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/ui/demo/emma", test_demo_emma);
  g_test_add_func ("/ui/demo/submit-from-page", test_demo_submit_from_page);
  g_test_add_func ("/ui/demo/cache", test_demo_cache);
  g_test_add_func ("/ui/demo/new-request", test_demo_new_request);
  g_test_add_func ("/ui/demo/remove-expense", test_demo_remove_expense);
  g_test_add_func ("/ui/demo/marc-to-approve", test_demo_marc_to_approve);
  g_test_add_func ("/ui/demo/not-found", test_demo_not_found);
  g_test_add_func ("/ui/demo/exits-early", test_demo_exits_early);
  g_test_add_func ("/ui/demo/timeout", test_demo_timeout);
  g_test_add_func ("/ui/demo/sign-in-needs-start", test_demo_sign_in_needs_start);
  g_test_add_func ("/ui/demo/find-sandbox", test_demo_find_sandbox);

  app = tr_application_new ();
  /* Test programs run side by side on one session bus: each its own app. */
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
