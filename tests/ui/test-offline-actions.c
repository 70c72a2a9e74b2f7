/* test-offline-actions.c
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

/* The traveler's actions through the offline cache, against a real
 * tr-sandbox (TR_SANDBOX_PATH): a submit goes through the outbox and the
 * sync engine; made offline it waits and says "Will be submitted"; a
 * delete can be undone until its toast goes away; and the keyring record
 * keeps what restoring an account needs. */

#include <adwaita.h>

#include "tr-account-record.h"
#include "tr-account.h"
#include "tr-conflict-view.h"
#include "tr-delete-toast.h"
#include "tr-demo.h"
#include "tr-request-pane.h"
#include "tr-ui-test-utils.h"

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

typedef struct
{
  TrDemo    *demo;
  TrAccount *account;
} Fixture;

static gboolean
have_sandbox (void)
{
  const char *sandbox = g_getenv ("TR_SANDBOX_PATH");

  return sandbox != NULL && g_file_test (sandbox, G_FILE_TEST_IS_EXECUTABLE);
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

/* Emma on a fresh sandbox, with her offline cache open and filled. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *name = g_strdup_printf ("%p", (gpointer) fixture);
  g_autofree char *db = g_build_filename (tmpdir, name, "sandbox.db", NULL);
  g_autofree char *cache = g_build_filename (tmpdir, name, "cache.db", NULL);
  g_autoptr(TrAuthorizer) authorizer = NULL;
  g_autoptr(GError) error = NULL;
  Wait wait = { NULL };

  if (!have_sandbox ())
    return;
  fixture->demo = tr_demo_new (g_getenv ("TR_SANDBOX_PATH"), db);
  tr_demo_start_async (fixture->demo, NULL, on_done_cb, &wait);
  g_assert_true (tr_demo_start_finish (fixture->demo, wait_result (&wait), &error));
  g_assert_no_error (error);
  g_clear_object (&wait.result);

  tr_demo_sign_in_async (fixture->demo, TR_DEMO_TRAVELER, NULL, on_done_cb, &wait);
  authorizer = tr_demo_sign_in_finish (fixture->demo, wait_result (&wait), &error);
  g_assert_no_error (error);
  g_clear_object (&wait.result);

  fixture->account = tr_account_new (authorizer, "Emma");
  /* One attempt: offline checks should not wait for retries. */
  tr_client_set_retry_policy (tr_account_get_client (fixture->account), 1, 10, 10, 100);
  tr_account_open_cache_async (fixture->account, cache, NULL, on_done_cb, &wait);
  g_assert_true (tr_account_open_cache_finish (fixture->account, wait_result (&wait), &error));
  g_assert_no_error (error);
  g_clear_object (&wait.result);
  refresh (fixture->account, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->demo != NULL)
    tr_demo_stop (fixture->demo);
  g_clear_object (&fixture->account);
  g_clear_object (&fixture->demo);
}

/* The @nth of Emma's requests that were never submitted. */
static TrRequestItem *
find_draft (TrAccount *account,
            guint      nth)
{
  GListModel *requests = tr_account_get_requests (account);

  for (guint i = 0; i < g_list_model_get_n_items (requests); i++)
    {
      g_autoptr(TrRequestItem) item = g_list_model_get_item (requests, i);
      TrRequest *request = tr_request_item_get_request (item);

      if (!tr_request_item_get_to_approve (item) && !tr_request_get_closed (request) &&
          tr_request_get_status_kind (request) == TR_APPROVAL_STATUS_KIND_NOT_SUBMITTED &&
          nth-- == 0)
        return item;
    }
  return NULL;
}

static TrRequestItem *
find_local (TrAccount *account,
            gint64     local_id)
{
  GListModel *requests = tr_account_get_requests (account);

  for (guint i = 0; i < g_list_model_get_n_items (requests); i++)
    {
      g_autoptr(TrRequestItem) item = g_list_model_get_item (requests, i);

      if (tr_request_item_get_local_id (item) == local_id)
        return item;
    }
  return NULL;
}

static TrAccountOutcome
run_action (TrAccount     *account,
            TrRequestItem *item,
            const char    *rel,
            GError       **error)
{
  Wait wait = { NULL };
  TrAccountOutcome outcome;

  tr_account_run_action_async (account, item, rel, NULL, NULL, on_done_cb, &wait);
  outcome = tr_account_run_action_finish (account, wait_result (&wait), error);
  g_clear_object (&wait.result);
  return outcome;
}

static JsonNode *
get_from_server (TrAccount   *account,
                 const char  *id,
                 GError     **error)
{
  g_autofree char *path = g_strdup_printf ("requests/%s", id);
  Wait wait = { NULL };
  JsonNode *node;

  tr_client_send_json_async (tr_account_get_client (account), "GET", path, NULL, NULL, on_done_cb, &wait);
  node = tr_client_send_json_finish (tr_account_get_client (account), wait_result (&wait), error);
  g_clear_object (&wait.result);
  return node;
}

static const char *
status_on_server (JsonNode *node)
{
  JsonObject *status = json_object_get_object_member (json_node_get_object (node), "approvalStatus");

  return json_object_get_string_member (status, "code");
}

/* Online: the submit goes through the outbox and reaches the server. */
static void
test_submit_online (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *id = NULL;
  TrRequestItem *item;

  if (fixture->account == NULL)
    return g_test_skip ("tr-sandbox is not built (TR_SANDBOX_PATH)");

  item = find_draft (fixture->account, 0);
  g_assert_nonnull (item);
  g_assert_cmpint (tr_request_item_get_local_id (item), >, 0);
  id = g_strdup (tr_request_get_id (tr_request_item_get_request (item)));
  g_assert_cmpint (run_action (fixture->account, item, "submit", &error), ==, TR_ACCOUNT_OUTCOME_DONE);
  g_assert_no_error (error);

  node = get_from_server (fixture->account, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (status_on_server (node), ==, "SUBMITTED");
  g_assert_null (tr_request_item_describe_pending (item));
}

static gboolean
pending_bar_shown (GtkWidget *widget)
{
  GtkWidget *child;

  if (GTK_IS_REVEALER (widget) && gtk_revealer_get_reveal_child (GTK_REVEALER (widget)) &&
      (child = gtk_revealer_get_child (GTK_REVEALER (widget))) != NULL &&
      gtk_widget_has_css_class (child, "tr-pending-bar"))
    return TRUE;
  for (child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (pending_bar_shown (child))
      return TRUE;
  return FALSE;
}

/* Offline: the submit waits in the outbox; the item and the page say
 * it will be submitted. */
static void
test_submit_offline (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkWidget) pane = NULL;
  TrRequestItem *item;

  if (fixture->account == NULL)
    return g_test_skip ("tr-sandbox is not built (TR_SANDBOX_PATH)");

  item = find_draft (fixture->account, 0);
  g_assert_nonnull (item);
  tr_demo_stop (fixture->demo);

  g_assert_cmpint (run_action (fixture->account, item, "submit", &error), ==, TR_ACCOUNT_OUTCOME_QUEUED);
  g_assert_no_error (error);
  g_assert_cmpstr (tr_request_item_get_pending_action (item), ==, "submit");
  g_assert_cmpstr (tr_request_item_describe_pending (item), ==, "Will be submitted");
  g_assert_cmpint (tr_request_item_get_sync (item), ==, TR_REQUEST_SYNC_WAITING);

  pane = g_object_ref_sink (tr_request_pane_new (fixture->account, item));
  g_assert_true (pending_bar_shown (pane));

  /* Still queued after a failed refresh: nothing is lost. */
  refresh (fixture->account, &error);
  g_assert_nonnull (error);
  g_assert_cmpstr (tr_request_item_get_pending_action (item), ==, "submit");
}

/* An action the request does not offer, without the cache, is an error. */
static void
test_action_invalid (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrRequest) request = NULL;
  g_autoptr(TrRequestItem) item = NULL;
  g_autoptr(JsonNode) node = json_from_string ("{\"name\": \"Not saved\"}", NULL);

  if (fixture->account == NULL)
    return g_test_skip ("tr-sandbox is not built (TR_SANDBOX_PATH)");

  request = tr_request_new_from_json (node, &error);
  g_assert_no_error (error);
  item = tr_request_item_new (request);
  g_assert_cmpint (run_action (fixture->account, item, "submit", &error), ==, TR_ACCOUNT_OUTCOME_FAILED);
  g_assert_error (error, TR_ACCOUNT_ERROR, TR_ACCOUNT_ERROR_INVALID);
}

static gboolean
item_listed (TrAccount     *account,
             TrRequestItem *item)
{
  return g_list_store_find (G_LIST_STORE (tr_account_get_requests (account)), item, NULL);
}

typedef struct
{
  Fixture *fixture;
  char    *id;
} Gone;

static gboolean
gone_from_server (gpointer data)
{
  Gone *gone = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;

  refresh (gone->fixture->account, NULL);
  node = get_from_server (gone->fixture->account, gone->id, &error);
  return node == NULL && error != NULL;
}

/* Delete with Undo: the request leaves the list at once; Undo brings it
 * back untouched; a dismissed toast deletes it, on the server too. */
static void
test_delete_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(TrRequestItem) item = NULL;
  GtkWidget *overlay;
  AdwToast *toast;
  Gone gone = { fixture, NULL };
  gint64 local_id;

  if (fixture->account == NULL)
    return g_test_skip ("tr-sandbox is not built (TR_SANDBOX_PATH)");

  item = g_object_ref (find_draft (fixture->account, 0));
  local_id = tr_request_item_get_local_id (item);
  gone.id = g_strdup (tr_request_get_id (tr_request_item_get_request (item)));
  overlay = g_object_ref_sink (adw_toast_overlay_new ());

  toast = tr_delete_toast_show (ADW_TOAST_OVERLAY (overlay), fixture->account, item);
  g_assert_false (item_listed (fixture->account, item));
  /* A reload while the toast shows keeps it hidden. */
  refresh (fixture->account, &error);
  g_assert_no_error (error);
  g_assert_null (find_local (fixture->account, local_id));
  g_signal_emit_by_name (toast, "button-clicked");
  adw_toast_dismiss (toast);
  g_assert_true (item_listed (fixture->account, item));
  node = get_from_server (fixture->account, gone.id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (node);

  toast = tr_delete_toast_show (ADW_TOAST_OVERLAY (overlay), fixture->account, item);
  g_assert_false (item_listed (fixture->account, item));
  adw_toast_dismiss (toast);
  g_assert_true (tr_ui_test_wait_for (gone_from_server, &gone, 20000));
  g_assert_null (find_local (fixture->account, local_id));

  g_free (gone.id);
  g_object_unref (overlay);
}

typedef struct
{
  GtkWidget     *pane;
  TrRequestItem *item;
} PaneWait;

static GtkStack *
find_stack (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_STACK (child) && TR_IS_CONFLICT_VIEW (gtk_stack_get_child_by_name (GTK_STACK (child), "conflict")))
        return GTK_STACK (child);
      if (find_stack (child) != NULL)
        return find_stack (child);
    }
  return NULL;
}

static gboolean
shows_conflict (gpointer data)
{
  GtkStack *stack = find_stack (data);

  return stack != NULL && g_strcmp0 (gtk_stack_get_visible_child_name (stack), "conflict") == 0;
}

static gboolean
resolved (gpointer data)
{
  return tr_request_item_get_sync (TR_REQUEST_ITEM (data)) != TR_REQUEST_SYNC_CONFLICT;
}

static void
save_local_name (TrAccount  *account,
                 gint64      local_id,
                 const char *name)
{
  TrStore *store = tr_account_get_store (account);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrStoreRequestRow) row = NULL;
  g_autoptr(JsonNode) json = NULL;
  Wait wait = { NULL };

  tr_store_get_request_async (store, local_id, NULL, on_done_cb, &wait);
  row = tr_store_get_request_finish (store, wait_result (&wait), NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&wait.result);
  json = json_node_copy (row->full);
  json_object_set_string_member (json_node_get_object (json), "name", name);
  tr_store_save_request_async (store, local_id, json, NULL, on_done_cb, &wait);
  g_assert_true (tr_store_save_request_finish (store, wait_result (&wait), &error));
  g_assert_no_error (error);
  g_clear_object (&wait.result);
}

static void
put_server_name (TrAccount  *account,
                 const char *id,
                 const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = get_from_server (account, id, &error);
  g_autoptr(TrRequest) request = NULL;
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(JsonNode) response = NULL;
  g_autofree char *path = g_strdup_printf ("requests/%s", id);
  Wait wait = { NULL };

  g_assert_no_error (error);
  request = tr_request_new_from_json (node, &error);
  g_assert_no_error (error);
  tr_request_set_name (request, name);
  body = tr_request_to_json (request, TR_JSON_PURPOSE_UPDATE);
  tr_client_send_json_async (tr_account_get_client (account), "PUT", path, body, NULL, on_done_cb, &wait);
  response = tr_client_send_json_finish (tr_account_get_client (account), wait_result (&wait), &error);
  g_assert_no_error (error);
  g_clear_object (&wait.result);
}

static const char *
name_on_server (JsonNode *node)
{
  return json_object_get_string_member (json_node_get_object (node), "name");
}

/* The name changed here and on the server: the pane shows the conflict
 * page; keeping the local value resolves it through the sync engine, and
 * the server ends up with it. */
static void
test_conflict_page (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkWidget) pane = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *id = NULL;
  TrConflictView *view;
  TrRequestItem *item;
  gint64 local_id;

  if (fixture->account == NULL)
    return g_test_skip ("tr-sandbox is not built (TR_SANDBOX_PATH)");

  item = find_draft (fixture->account, 0);
  local_id = tr_request_item_get_local_id (item);
  id = g_strdup (tr_request_get_id (tr_request_item_get_request (item)));
  save_local_name (fixture->account, local_id, "Named here");
  put_server_name (fixture->account, id, "Named on the server");
  refresh (fixture->account, NULL);
  item = find_local (fixture->account, local_id);
  g_assert_nonnull (item);
  g_assert_cmpint (tr_request_item_get_sync (item), ==, TR_REQUEST_SYNC_CONFLICT);

  pane = g_object_ref_sink (tr_request_pane_new (fixture->account, item));
  g_assert_true (tr_ui_test_wait_for (shows_conflict, pane, 10000));
  view = TR_CONFLICT_VIEW (gtk_stack_get_child_by_name (find_stack (pane), "conflict"));
  {
    g_auto(GStrv) members = tr_conflict_view_dup_members (view);

    g_assert_cmpstrv (members, ((const char *[]) { "name", NULL }));
  }
  g_assert_true (tr_conflict_view_choose (view, "name", TR_CONFLICT_SIDE_LOCAL));
  tr_conflict_view_choose_all (view, TR_CONFLICT_SIDE_LOCAL);
  g_assert_true (tr_conflict_view_apply (view));
  g_assert_true (tr_ui_test_wait_for (resolved, item, 10000));

  refresh (fixture->account, &error);
  g_assert_no_error (error);
  node = get_from_server (fixture->account, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (name_on_server (node), ==, "Named here");
}

/* What restoring an account needs is kept in the keyring's secret. */
static void
test_record_client (void)
{
  g_autoptr(TrAccountRecord) record = tr_account_record_new ("uid-1", "https://example.test", "rt-1",
                                                             NULL, "Emma");
  g_autoptr(TrAccountRecord) back = NULL;
  g_autoptr(TrAccountRecord) copy = NULL;
  g_autoptr(TrAccountRecord) old = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *secret = NULL;

  g_assert_false (tr_account_record_can_restore (record));
  tr_account_record_set_client (record, "client-1", "shh");
  g_assert_true (tr_account_record_can_restore (record));
  secret = tr_account_record_to_secret (record);
  back = tr_account_record_new_from_secret (secret, "https://example.test", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (back->client_id, ==, "client-1");
  g_assert_cmpstr (back->client_secret, ==, "shh");
  g_assert_cmpstr (back->base_url, ==, "https://example.test");
  g_assert_true (tr_account_record_can_restore (back));
  copy = tr_account_record_copy (back);
  g_assert_cmpstr (copy->client_secret, ==, "shh");

  /* A record from before: readable, but the account signs in again. */
  old = tr_account_record_new_from_secret ("{\"generation\": 1, \"refresh_token\": \"rt\", \"user_id\": \"u\"}",
                                           "https://example.test", &error);
  g_assert_no_error (error);
  g_assert_null (old->client_id);
  g_assert_false (tr_account_record_can_restore (old));
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
  adw_init ();

  tmpdir = g_dir_make_tmp ("tr-test-offline-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add ("/ui/offline/submit-online", Fixture, NULL, fixture_set_up, test_submit_online, fixture_tear_down);
  g_test_add ("/ui/offline/submit-offline", Fixture, NULL, fixture_set_up, test_submit_offline, fixture_tear_down);
  g_test_add ("/ui/offline/action-invalid", Fixture, NULL, fixture_set_up, test_action_invalid, fixture_tear_down);
  g_test_add ("/ui/offline/delete-undo", Fixture, NULL, fixture_set_up, test_delete_undo, fixture_tear_down);
  g_test_add ("/ui/offline/conflict-page", Fixture, NULL, fixture_set_up, test_conflict_page, fixture_tear_down);
  g_test_add_func ("/ui/offline/record-client", test_record_client);
  ret = g_test_run ();

  {
    g_autofree char *command = g_strdup_printf ("rm -rf '%s'", tmpdir);
    g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL);
  }
  g_free (tmpdir);
  return ret;
}
