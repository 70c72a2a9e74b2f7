/* test-approver-window.c
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

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "tr-application-notify.h"
#include "tr-application.h"
#include "tr-preferences-window.h"
#include "tr-request-item.h"
#include "tr-settings.h"
#include "tr-account-private.h"
#include "tr-sidebar-row.h"
#include "tr-ui-test-utils.h"
#include "tr-window-approve.h"

/* The approver's features as the window and the application wire them:
 * the queue under "To approve" and its count, app.open-request, notices
 * sent as notifications (to a fake org.gtk.Notifications server on the
 * test's session bus), the Preferences window and background sync. */

static TrApplication *app;

static TrAccount *
new_account (guint n_own,
             guint n_to_approve)
{
  g_autoptr(TrAuthorizer) authorizer = tr_authorizer_new (TR_DATA_CENTER_CUSTOM, "http://127.0.0.1:9",
                                                          "test-client", NULL);
  g_autoptr(JsonArray) own = tr_ui_test_requests (0, n_own);
  g_autoptr(JsonArray) to_approve = tr_ui_test_requests (n_own, n_to_approve);
  TrAccount *account = tr_account_new (authorizer, "Approver");

  tr_account_merge_listing (account, own, to_approve);
  return account;
}

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
destroy_windows (void)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (GTK_WINDOW (windows->data));
  iterate ();
}

static TrSidebarRow *
find_to_approve_row (GtkWidget *widget)
{
  if (TR_IS_SIDEBAR_ROW (widget) && tr_sidebar_row_get_folder (TR_SIDEBAR_ROW (widget)) == TR_REQUEST_FOLDER_TO_APPROVE)
    return TR_SIDEBAR_ROW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      TrSidebarRow *found = find_to_approve_row (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static TrSidebarRow *
to_approve_row (TrWindow *window)
{
  TrSidebarRow *row = find_to_approve_row (GTK_WIDGET (window));

  g_assert_nonnull (row);
  return row;
}

static gboolean
queue_is_shown (TrWindow *window)
{
  GtkWidget *queue = GTK_WIDGET (tr_window_get_approval_queue (window));
  GtkWidget *stack = gtk_widget_get_parent (queue);

  return GTK_IS_STACK (stack) && gtk_widget_get_mapped (queue) &&
         gtk_stack_get_visible_child (GTK_STACK (stack)) == queue;
}

static gboolean
queue_idle (gpointer data)
{
  return !tr_approval_queue_get_busy (data);
}

static char *
current_id (TrApprovalQueue *queue)
{
  TrRequest *request = tr_approval_queue_get_current (queue);

  return request != NULL ? g_strdup (tr_request_get_id (request)) : NULL;
}

static void
test_queue_hosted (void)
{
  TrWindow *window = tr_window_new (ADW_APPLICATION (app));
  g_autoptr(TrAccount) account = new_account (12, 3);
  g_autoptr(JsonArray) own = tr_ui_test_requests (0, 12);
  g_autoptr(JsonArray) one = tr_ui_test_requests (12, 1);
  g_autoptr(JsonArray) none = json_array_new ();
  TrApprovalQueue *queue = tr_window_get_approval_queue (window);

  gtk_window_present (GTK_WINDOW (window));
  tr_window_set_account (window, account);
  tr_window_set_folder (window, TR_REQUEST_FOLDER_ALL);
  g_assert_nonnull (queue);
  g_assert_cmpuint (tr_approval_queue_get_n_requests (queue), ==, 3);
  g_assert_cmpuint (tr_sidebar_row_get_count (to_approve_row (window)), ==, 3);
  g_assert_false (queue_is_shown (window));

  tr_window_set_folder (window, TR_REQUEST_FOLDER_TO_APPROVE);
  iterate ();
  g_assert_true (queue_is_shown (window));
  g_assert_true (tr_approval_queue_get_client (queue) == tr_account_get_client (account));

  /* The count follows the queue as the account's lists change. */
  tr_account_merge_listing (account, own, one);
  g_assert_cmpuint (tr_approval_queue_get_n_requests (queue), ==, 1);
  g_assert_cmpuint (tr_sidebar_row_get_count (to_approve_row (window)), ==, 1);
  tr_account_merge_listing (account, own, none);
  iterate ();
  g_assert_cmpuint (tr_sidebar_row_get_count (to_approve_row (window)), ==, 0);
  g_assert_false (queue_is_shown (window));

  /* Without an account, the queue is empty and lets the client go. */
  tr_window_set_account (window, NULL);
  g_assert_cmpuint (tr_approval_queue_get_n_requests (queue), ==, 0);
  g_assert_true (tr_ui_test_wait_for (queue_idle, queue, 10000));
  g_assert_null (tr_approval_queue_get_client (queue));
  destroy_windows ();
}

/* The server id of tr_ui_test_request (i). */
static char *
server_id (guint i)
{
  return g_strdup_printf ("%032X", i + 1);
}

static void
test_open_request (void)
{
  g_autoptr(TrAccount) account = new_account (12, 3);
  g_autofree char *opened = NULL;
  g_autofree char *to_approve_id = server_id (13);
  g_autofree char *own_id = server_id (4);
  TrWindow *window;

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "open-request"));
  tr_application_add_account (app, account);
  window = TR_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (window);
  g_assert_true (tr_window_get_account (window) == account);
  tr_window_set_folder (window, TR_REQUEST_FOLDER_ALL);

  /* A request to approve opens in the queue... */
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-request", g_variant_new_string (to_approve_id));
  iterate ();
  g_assert_cmpint (tr_window_get_folder (window), ==, TR_REQUEST_FOLDER_TO_APPROVE);
  g_assert_true (queue_is_shown (window));
  opened = current_id (tr_window_get_approval_queue (window));
  g_assert_cmpstr (opened, ==, to_approve_id);

  /* ...one of the user's on its own page. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-request", g_variant_new_string (own_id));
  iterate ();
  g_assert_cmpstr (tr_window_get_page (window), ==, "request");

  /* An empty or unknown id opens nothing. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-list", NULL);
  g_assert_cmpstr (tr_window_get_page (window), ==, "main");
  g_assert_false (tr_window_open_request_id (window, ""));
  g_assert_false (tr_window_open_request_id (window, "NO-SUCH-ID"));
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-request", g_variant_new_string (""));
  iterate ();
  g_assert_cmpstr (tr_window_get_page (window), ==, "main");

  tr_application_sign_out (app);
  destroy_windows ();
}

/* A fake org.gtk.Notifications: what GApplication sends when that server
 * runs on the session bus. */

static const char notifications_xml[] =
  "<node>"
  "  <interface name='org.gtk.Notifications'>"
  "    <method name='AddNotification'>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/><arg type='a{sv}' direction='in'/>"
  "    </method>"
  "    <method name='RemoveNotification'>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

typedef struct
{
  GPtrArray *received;  /* GVariant (ss@a{sv}) */
  gboolean   acquired;
  guint      expected;
} FakeServer;

static void
on_method_call_cb (GDBusConnection       *connection,
                   const char            *sender,
                   const char            *path,
                   const char            *interface,
                   const char            *method,
                   GVariant              *parameters,
                   GDBusMethodInvocation *invocation,
                   gpointer               user_data)
{
  FakeServer *server = user_data;

  if (g_str_equal (method, "AddNotification"))
    g_ptr_array_add (server->received, g_variant_ref (parameters));
  g_dbus_method_invocation_return_value (invocation, NULL);
}

static const GDBusInterfaceVTable notifications_vtable = { on_method_call_cb, NULL, NULL, { NULL } };

static void
on_name_acquired_cb (GDBusConnection *connection,
                     const char      *name,
                     gpointer         user_data)
{
  ((FakeServer *) user_data)->acquired = TRUE;
}

static gboolean
server_acquired (gpointer data)
{
  return ((FakeServer *) data)->acquired;
}

static gboolean
has_received (gpointer data)
{
  FakeServer *server = data;

  return server->received->len >= server->expected;
}

static void
wait_received (FakeServer *server,
               guint       n)
{
  server->expected = n;
  g_assert_true (tr_ui_test_wait_for (has_received, server, 5000));
}

static void
start_fake_server (FakeServer *server)
{
  GDBusConnection *bus = g_application_get_dbus_connection (G_APPLICATION (app));
  g_autoptr(GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (notifications_xml, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (bus);
  g_dbus_connection_register_object (bus, "/org/gtk/Notifications", info->interfaces[0],
                                     &notifications_vtable, server, NULL, &error);
  g_assert_no_error (error);
  g_bus_own_name_on_connection (bus, "org.gtk.Notifications", G_BUS_NAME_OWNER_FLAGS_DO_NOT_QUEUE,
                                on_name_acquired_cb, NULL, server, NULL);
  g_assert_true (tr_ui_test_wait_for (server_acquired, server, 5000));
}

static void
assert_notification (GVariant   *received,
                     const char *id,
                     const char *title,
                     const char *request_id)
{
  g_autoptr(GVariant) notification = NULL;
  g_autoptr(GVariant) target = NULL;
  const char *app_id, *sent_id, *sent_title = NULL, *action = NULL;

  g_variant_get (received, "(&s&s@a{sv})", &app_id, &sent_id, &notification);
  g_assert_cmpstr (app_id, ==, APP_ID);
  g_assert_cmpstr (sent_id, ==, id);
  g_assert_true (g_variant_lookup (notification, "title", "&s", &sent_title));
  g_assert_cmpstr (sent_title, ==, title);
  g_assert_true (g_variant_lookup (notification, "default-action", "&s", &action));
  g_assert_cmpstr (action, ==, "app.open-request");
  target = g_variant_lookup_value (notification, "default-action-target", G_VARIANT_TYPE_STRING);
  g_assert_nonnull (target);
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, request_id);
}

static TrNotice *
new_notice (const char *id,
            const char *request_id,
            const char *title,
            const char *body)
{
  TrNotice *notice = g_new0 (TrNotice, 1);

  notice->id = g_strdup (id);
  notice->request_id = g_strdup (request_id);
  notice->title = g_strdup (title);
  notice->body = g_strdup (body);
  notice->action = g_strdup ("app.open-request");
  notice->priority = G_NOTIFICATION_PRIORITY_NORMAL;
  return notice;
}

static void
test_notice_notification (void)
{
  FakeServer server = { g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref), FALSE, 0 };
  g_autoptr(GSettings) settings = tr_settings_new ();
  g_autoptr(TrAccount) account = new_account (2, 1);
  g_autoptr(TrNotice) first = new_notice ("approve-R2", "R2", "Trip waits for you", "Emma");
  g_autoptr(TrNotice) muted = new_notice ("sent-back-R1", "R1", "Sent back", "Why?");
  g_autoptr(TrNotice) last = new_notice ("approved-R0", "R0", "Approved", "");
  TrNotifier *notifier;

  g_assert_nonnull (settings);
  start_fake_server (&server);
  tr_application_add_account (app, account);
  notifier = tr_application_get_notifier (app, account);
  g_assert_nonnull (notifier);

  /* The notifier's interval is the sync-interval key. */
  g_settings_set_uint (settings, "sync-interval", 120);
  g_assert_cmpuint (tr_notifier_get_interval (notifier), ==, 120);
  g_settings_set_uint (settings, "sync-interval", 900);
  g_assert_cmpuint (tr_notifier_get_interval (notifier), ==, 900);

  /* A notice of the account's notifier becomes a notification. */
  g_signal_emit_by_name (notifier, "notice", first);
  wait_received (&server, 1);
  assert_notification (server.received->pdata[0], "approve-R2", "Trip waits for you", "R2");

  /* Turned off, nothing is sent; turned on again, the next one is. */
  g_settings_set_boolean (settings, "notifications", FALSE);
  g_signal_emit_by_name (notifier, "notice", muted);
  g_assert_false (tr_application_send_notice (app, account, muted));
  g_settings_set_boolean (settings, "notifications", TRUE);
  g_assert_true (tr_application_send_notice (app, account, last));
  wait_received (&server, 2);
  g_assert_cmpuint (server.received->len, ==, 2);
  assert_notification (server.received->pdata[1], "approved-R0", "Approved", "R0");

  /* Signed out: the account's notifier is gone. */
  tr_application_sign_out (app);
  g_assert_null (tr_application_get_notifier (app, account));
  g_settings_reset (settings, "sync-interval");
  destroy_windows ();
  g_ptr_array_unref (server.received);
}

static void
on_async_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static gboolean
has_result (gpointer data)
{
  return *(GAsyncResult **) data != NULL;
}

static GAsyncResult *
wait_result (GAsyncResult **slot)
{
  g_assert_true (tr_ui_test_wait_for (has_result, slot, 10000));
  return *slot;
}

static gboolean
is_primed (gpointer data)
{
  TrNotifier *notifier = tr_application_get_notifier (app, data);
  g_autofree char *state = notifier != NULL ? tr_notifier_dup_state (notifier) : NULL;
  g_autoptr(JsonNode) node = state != NULL ? json_from_string (state, NULL) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) &&
         json_object_get_boolean_member_with_default (json_node_get_object (node), "primed", FALSE);
}

/* What the notifier announced in an earlier run comes back from the
 * account's cache, so nothing is announced twice. */
static void
test_notifier_state (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tr-approver-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "cache.db", NULL);
  g_autoptr(TrAccount) account = new_account (2, 1);
  g_autoptr(TrNotifier) earlier = tr_notifier_new (NULL);
  g_autoptr(GAsyncResult) opened = NULL;
  g_autoptr(GAsyncResult) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *state = NULL;
  TrWindow *window;

  /* An earlier run polled once: its notifier is primed. */
  tr_notifier_begin_poll (earlier);
  tr_notifier_end_poll (earlier, TRUE);
  state = tr_notifier_dup_state (earlier);

  tr_account_open_cache_async (account, path, NULL, on_async_cb, &opened);
  g_assert_true (tr_account_open_cache_finish (account, wait_result (&opened), &error));
  g_assert_no_error (error);
  g_assert_nonnull (account->store);
  tr_store_meta_set_async (account->store, "notifier-state", state, NULL, on_async_cb, &saved);
  g_assert_true (tr_store_meta_set_finish (account->store, wait_result (&saved), &error));
  g_assert_no_error (error);

  tr_application_add_account (app, account);
  g_assert_nonnull (tr_application_get_notifier (app, account));
  g_assert_true (tr_ui_test_wait_for (is_primed, account, 5000));
  /* The queue reads its client when its cache answers (see the report:
   * TrApprovalQueue does not check for a disposed queue then). */
  window = TR_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_true (tr_ui_test_wait_for (queue_idle, tr_window_get_approval_queue (window), 10000));

  tr_application_sign_out (app);
  destroy_windows ();
  g_remove (path);
  g_rmdir (dir);
}

static TrPreferencesWindow *
find_preferences_window (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (TR_IS_PREFERENCES_WINDOW (l->data))
      return l->data;
  return NULL;
}

static void
test_preferences (void)
{
  g_autoptr(GSettings) settings = tr_settings_new ();
  TrPreferencesWindow *prefs = tr_preferences_window_new (NULL, settings);
  GtkSpinButton *interval = tr_preferences_window_get_interval_button (prefs);
  GtkSwitch *background = tr_preferences_window_get_background_switch (prefs);
  GtkSwitch *notifications = tr_preferences_window_get_notifications_switch (prefs);
  g_auto(GStrv) accels = NULL;

  gtk_window_present (GTK_WINDOW (prefs));
  /* 300 s by default, shown in minutes. */
  g_assert_cmpint (gtk_spin_button_get_value_as_int (interval), ==, 5);
  gtk_spin_button_set_value (interval, 10);
  g_assert_cmpuint (g_settings_get_uint (settings, "sync-interval"), ==, 600);
  g_settings_set_uint (settings, "sync-interval", 120);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (interval), ==, 2);

  g_assert_false (gtk_switch_get_active (background));
  gtk_switch_set_active (background, TRUE);
  g_assert_true (g_settings_get_boolean (settings, "background-sync"));
  g_assert_true (gtk_switch_get_active (notifications));
  g_settings_set_boolean (settings, "notifications", FALSE);
  g_assert_false (gtk_switch_get_active (notifications));

  g_settings_reset (settings, "sync-interval");
  g_settings_reset (settings, "background-sync");
  g_settings_reset (settings, "notifications");
  gtk_window_destroy (GTK_WINDOW (prefs));

  /* The application opens it: app.preferences, Ctrl+comma. */
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.preferences");
  g_assert_cmpstr (accels[0], ==, "<Control>comma");
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  prefs = find_preferences_window ();
  g_assert_nonnull (prefs);
  g_assert_true (tr_preferences_window_get_settings (prefs) != NULL);
  gtk_window_destroy (GTK_WINDOW (prefs));
  destroy_windows ();
}

static void
test_background_hold (void)
{
  g_autoptr(GSettings) settings = tr_settings_new ();
  TrWindow *window;

  destroy_windows ();
  /* Off: closing the last window lets the application quit. */
  window = tr_window_new (ADW_APPLICATION (app));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_false (tr_application_get_held (app));

  /* On: it holds itself to go on polling... */
  g_settings_set_boolean (settings, "background-sync", TRUE);
  window = tr_window_new (ADW_APPLICATION (app));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (tr_application_get_held (app));
  /* ...until a window is back, */
  window = tr_window_new (ADW_APPLICATION (app));
  g_assert_false (tr_application_get_held (app));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (tr_application_get_held (app));
  /* or the user turns it off. */
  g_settings_set_boolean (settings, "background-sync", FALSE);
  g_assert_false (tr_application_get_held (app));
  g_settings_reset (settings, "background-sync");
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  gtk_disable_setlocale ();

  if (!tr_ui_test_init_display ())
    {
      g_test_skip ("no display");
      return 77;
    }

  g_test_add_func ("/ui/approver/queue-hosted", test_queue_hosted);
  g_test_add_func ("/ui/approver/open-request", test_open_request);
  g_test_add_func ("/ui/approver/notice-notification", test_notice_notification);
  g_test_add_func ("/ui/approver/notifier-state", test_notifier_state);
  g_test_add_func ("/ui/approver/preferences", test_preferences);
  g_test_add_func ("/ui/approver/background-hold", test_background_hold);

  app = tr_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  ret = g_test_run ();
  g_clear_object (&app);

  return ret;
}
