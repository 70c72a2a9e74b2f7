/* test-approval-queue.c
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

#include <signal.h>
#include <string.h>

#include <glib/gstdio.h>

#include "tr-approval-queue.h"
#include "tr-client-extras.h"
#include "tr-request-diff.h"
#include "tr-sandbox-test-utils.h"
#include "tr-send-back-dialog.h"
#include "tr-test-util.h"

/* The approval queue against tr-sandbox's demo data, as Marc, who
 * approves Emma's requests. */

#define MARC "marc.manager@example.com"

typedef struct
{
  guint    finished;
  gboolean success;
  char    *rel;
  char    *message;
} Decisions;

static void
on_decision_finished_cb (TrApprovalQueue *queue,
                         const char      *id,
                         const char      *rel,
                         gboolean         success,
                         const char      *message,
                         Decisions       *decisions)
{
  decisions->finished++;
  decisions->success = success;
  g_free (decisions->rel);
  g_free (decisions->message);
  decisions->rel = g_strdup (rel);
  decisions->message = g_strdup (message);
}

static void
wait_until_idle (TrApprovalQueue *queue)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  do
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      tr_test_iterate ();
      if (g_get_monotonic_time () > deadline)
        g_error ("the queue stayed busy");
    }
  while (tr_approval_queue_get_busy (queue));
}

static void
on_refreshed_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tr_approval_queue_refresh_finish (TR_APPROVAL_QUEUE (source), result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static char *
id_at (TrApprovalQueue *queue,
       guint            position)
{
  g_autoptr(TrRequest) request = g_list_model_get_item (tr_approval_queue_get_model (queue), position);

  g_assert_nonnull (request);
  return g_strdup (tr_request_get_id (request));
}

static gboolean
has_trigger (GtkWidget  *widget,
             const char *trigger,
             const char *action)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *text = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          GtkShortcutAction *named = gtk_shortcut_get_action (shortcut);

          if (g_str_equal (text, trigger) && GTK_IS_NAMED_ACTION (named)
              && g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (named)), action))
            return TRUE;
        }
    }
  return FALSE;
}

static void
test_keyboard_shortcuts (void)
{
  GtkWidget *queue = tr_approval_queue_new ();

  g_object_ref_sink (queue);
  g_assert_true (has_trigger (queue, "j", "queue.move"));
  g_assert_true (has_trigger (queue, "k", "queue.move"));
  g_assert_true (has_trigger (queue, "Down", "queue.move"));
  g_assert_true (has_trigger (queue, "Up", "queue.move"));
  g_assert_true (has_trigger (queue, "<Control>Return", "queue.approve"));
  g_assert_true (has_trigger (queue, "<Control>b", "queue.send-back"));
  g_object_unref (queue);
}

static void
open_and_wait (TrApprovalQueue *queue,
               int              delta)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (queue), "queue.move", "i", delta));
  wait_until_idle (queue);
}

static void
on_client_result_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_client (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

static TrRequest *
get_request (TrTestSandbox *sandbox,
             const char    *id)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  TrRequest *request;

  tr_client_get_request_async (sandbox->client, id, NULL, NULL, on_client_result_cb, &result);
  request = tr_client_get_request_finish (sandbox->client, wait_client (&result), &error);
  g_assert_no_error (error);
  return request;
}

static void
assert_status (TrTestSandbox *sandbox,
               const char    *id,
               const char    *code)
{
  g_autoptr(TrRequest) request = get_request (sandbox, id);

  g_assert_cmpstr (tr_approval_status_get_code (tr_request_get_approval_status (request)), ==, code);
}

/* As Emma: the comment is there; change the purpose and submit again. */
static void
resubmit_with_new_purpose (TrTestSandbox *sandbox,
                           const char    *id)
{
  g_autoptr(GAsyncResult) comments_result = NULL;
  g_autoptr(GAsyncResult) updated_result = NULL;
  g_autoptr(GAsyncResult) submitted_result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) comments = NULL;
  g_autoptr(TrRequest) request = NULL;
  g_autoptr(TrRequest) updated = NULL;
  g_autoptr(TrRequest) submitted = NULL;
  g_autoptr(TrComment) last = NULL;

  tr_test_sandbox_sign_in (sandbox, "emma.traveler@example.com");
  tr_client_list_comments_async (sandbox->client, id, NULL, NULL, on_client_result_cb, &comments_result);
  comments = tr_client_list_comments_finish (sandbox->client, wait_client (&comments_result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (comments)), >, 0);
  last = g_list_model_get_item (G_LIST_MODEL (comments), g_list_model_get_n_items (G_LIST_MODEL (comments)) - 1);
  g_assert_cmpstr (tr_comment_get_value (last), ==, "Please take the train instead.");

  request = get_request (sandbox, id);
  tr_request_set_business_purpose (request, "Cheaper plan: train instead of a flight");
  tr_client_update_request_async (sandbox->client, request, NULL, NULL, on_client_result_cb, &updated_result);
  updated = tr_client_update_request_finish (sandbox->client, wait_client (&updated_result), &error);
  g_assert_no_error (error);
  tr_client_run_workflow_action_async (sandbox->client, id, TR_WORKFLOW_ACTION_SUBMIT, NULL, NULL, NULL,
                                       on_client_result_cb, &submitted_result);
  submitted = tr_client_run_workflow_action_finish (sandbox->client, wait_client (&submitted_result), &error);
  g_assert_no_error (error);
  tr_test_sandbox_sign_in (sandbox, MARC);
}

static void
assert_purpose_changed (TrApprovalQueue *queue)
{
  TrReviewView *view = tr_approval_queue_get_review_view (queue);
  GPtrArray *changes = tr_review_view_get_changes (view);
  gboolean found = FALSE;

  g_assert_nonnull (changes);
  for (guint i = 0; i < changes->len; i++)
    {
      TrRequestChange *change = changes->pdata[i];

      if (g_strcmp0 (change->key, "businessPurpose") == 0)
        {
          g_assert_cmpstr (change->new_value, ==, "Cheaper plan: train instead of a flight");
          found = TRUE;
        }
    }
  g_assert_true (found);
  g_assert_true (tr_test_has_text (GTK_WIDGET (view), "Changes Since You Last Saw It"));
}

static void
test_review_against_sandbox (void)
{
  TrTestSandbox *sandbox = tr_test_sandbox_start ("queue.db", "demo", NULL);
  GtkWidget *widget = tr_approval_queue_new ();
  TrApprovalQueue *queue = TR_APPROVAL_QUEUE (widget);
  GtkWidget *window = tr_test_show (widget, 1280, 800);
  GtkSelectionModel *selection = tr_approval_queue_get_selection (queue);
  Decisions decisions = { 0 };
  gboolean refreshed = FALSE;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  g_autofree char *next = NULL;
  g_autofree char *sent_back = NULL;
  TrSendBackDialog *dialog;
  guint n;

  tr_test_sandbox_sign_in (sandbox, MARC);
  tr_approval_queue_set_client (queue, sandbox->client, NULL);
  g_signal_connect (queue, "decision-finished", G_CALLBACK (on_decision_finished_cb), &decisions);
  tr_approval_queue_refresh_async (queue, NULL, on_refreshed_cb, &refreshed);
  while (!refreshed)
    g_main_context_iteration (NULL, TRUE);
  wait_until_idle (queue);
  n = tr_approval_queue_get_n_requests (queue);
  g_assert_cmpuint (n, >=, 4);

  /* The first request opened by itself; Down (J) opens the next. */
  first = id_at (queue, 0);
  second = id_at (queue, 1);
  third = id_at (queue, 2);
  g_assert_true (tr_approval_queue_has_seen (queue, first));
  open_and_wait (queue, 1);
  g_assert_cmpstr (tr_request_get_id (tr_approval_queue_get_current (queue)), ==, second);
  g_assert_true (tr_approval_queue_has_seen (queue, second));
  g_assert_false (tr_approval_queue_has_seen (queue, third));
  tr_test_screenshot (window, "queue-1280");

  /* Batch: two seen, one never opened. */
  gtk_selection_model_select_item (selection, 0, TRUE);
  gtk_selection_model_select_item (selection, 1, FALSE);
  gtk_selection_model_select_item (selection, 2, FALSE);
  g_assert_true (tr_approval_queue_approve_selected (queue));
  wait_until_idle (queue);
  g_assert_cmpuint (tr_approval_queue_get_n_requests (queue), ==, n - 2);
  {
    g_autofree char *head = id_at (queue, 0);
    g_assert_cmpstr (head, ==, third);
  }
  g_assert_true (gtk_selection_model_is_selected (selection, 0));
  g_assert_nonnull (strstr (tr_approval_queue_get_message (queue, third), "not opened"));
  g_assert_true (tr_test_has_text (widget, tr_approval_queue_get_message (queue, third)));

  /* Open it, approve with the keyboard action: the next one opens. */
  g_assert_true (tr_approval_queue_open_id (queue, third));
  wait_until_idle (queue);
  next = id_at (queue, 1);
  g_assert_true (gtk_widget_activate_action (widget, "queue.approve", NULL));
  wait_until_idle (queue);
  g_assert_cmpuint (decisions.finished, ==, 1);
  g_assert_true (decisions.success);
  g_assert_cmpstr (decisions.rel, ==, "approve");
  g_assert_cmpuint (tr_approval_queue_get_n_requests (queue), ==, n - 3);
  g_assert_cmpstr (tr_request_get_id (tr_approval_queue_get_current (queue)), ==, next);
  wait_until_idle (queue);

  /* Send back needs a comment, then goes to the server. */
  sent_back = g_strdup (tr_request_get_id (tr_approval_queue_get_current (queue)));
  g_assert_true (gtk_widget_activate_action (widget, "queue.send-back", NULL));
  dialog = TR_SEND_BACK_DIALOG (tr_test_find_dialog ());
  g_assert_nonnull (dialog);
  g_assert_false (tr_send_back_dialog_get_can_send (dialog));
  tr_send_back_dialog_set_comment (dialog, "Please take the train instead.");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "send-back");
  wait_until_idle (queue);
  g_assert_cmpuint (decisions.finished, ==, 2);
  g_assert_true (decisions.success);
  g_assert_cmpstr (decisions.rel, ==, "sendback");
  g_assert_cmpuint (tr_approval_queue_get_n_requests (queue), ==, n - 4);

  resubmit_with_new_purpose (sandbox, sent_back);
  refreshed = FALSE;
  tr_approval_queue_refresh_async (queue, NULL, on_refreshed_cb, &refreshed);
  while (!refreshed)
    g_main_context_iteration (NULL, TRUE);
  wait_until_idle (queue);
  g_assert_true (tr_approval_queue_open_id (queue, sent_back));
  wait_until_idle (queue);
  assert_purpose_changed (queue);
  tr_test_screenshot (window, "queue-changed-1280");
  g_assert_true (gtk_widget_activate_action (widget, "queue.approve", NULL));
  wait_until_idle (queue);
  g_assert_true (decisions.success);
  assert_status (sandbox, sent_back, "APPROVED");

  g_free (decisions.rel);
  g_free (decisions.message);
  tr_test_close_window (window);
  tr_test_sandbox_stop (sandbox);
}

static void
on_store_result_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_result (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

/* The server goes away after Marc opened a request: approving it queues
 * the decision in the store's outbox. */
static void
test_offline_outbox (void)
{
  TrTestSandbox *sandbox = tr_test_sandbox_start ("offline.db", "demo", NULL);
  g_autofree char *dir = g_build_filename (tr_test_sandbox_get_root (), "offline-store", NULL);
  g_autofree char *path = g_build_filename (dir, "store.sqlite", NULL);
  g_autoptr(GAsyncResult) opened = NULL;
  g_autoptr(GAsyncResult) counted = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TrStore) store = NULL;
  GtkWidget *widget = tr_approval_queue_new ();
  TrApprovalQueue *queue = TR_APPROVAL_QUEUE (widget);
  GtkWidget *window = tr_test_show (widget, 1280, 800);
  Decisions decisions = { 0 };
  gboolean refreshed = FALSE;
  guint n;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  tr_store_open_async (path, NULL, on_store_result_cb, &opened);
  store = tr_store_open_finish (wait_result (&opened), &error);
  g_assert_no_error (error);
  tr_test_sandbox_sign_in (sandbox, MARC);
  tr_test_sandbox_fast_retries (sandbox);
  tr_approval_queue_set_client (queue, sandbox->client, NULL);
  tr_approval_queue_set_store (queue, store);
  g_signal_connect (queue, "decision-finished", G_CALLBACK (on_decision_finished_cb), &decisions);
  tr_approval_queue_refresh_async (queue, NULL, on_refreshed_cb, &refreshed);
  while (!refreshed)
    g_main_context_iteration (NULL, TRUE);
  wait_until_idle (queue);
  n = tr_approval_queue_get_n_requests (queue);

  g_subprocess_send_signal (sandbox->process, SIGTERM);
  g_subprocess_wait (sandbox->process, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (widget, "queue.approve", NULL));
  wait_until_idle (queue);
  g_assert_cmpuint (decisions.finished, ==, 1);
  g_assert_true (decisions.success);
  g_assert_nonnull (strstr (decisions.message, "outbox"));
  g_assert_cmpuint (tr_approval_queue_get_n_requests (queue), ==, n - 1);
  tr_store_outbox_count_async (store, NULL, on_store_result_cb, &counted);
  g_assert_cmpint (tr_store_outbox_count_finish (store, wait_result (&counted), &error), ==, 1);
  g_assert_no_error (error);

  g_free (decisions.rel);
  g_free (decisions.message);
  tr_test_close_window (window);
  tr_test_sandbox_stop (sandbox);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (argc < 2 || !g_file_test (argv[1], G_FILE_TEST_IS_EXECUTABLE))
    {
      g_print ("1..0 # SKIP no tr-sandbox given\n");
      return 0;
    }
  tr_test_sandbox_init_env (argv[1]);
  status = tr_test_init (&argc, &argv);
  if (status >= 0)
    {
      tr_test_sandbox_cleanup_env ();
      return status;
    }

  g_test_add_func ("/approve/queue/keyboard-shortcuts", test_keyboard_shortcuts);
  g_test_add_func ("/approve/queue/review-against-sandbox", test_review_against_sandbox);
  g_test_add_func ("/approve/queue/offline-outbox", test_offline_outbox);

  status = g_test_run ();
  tr_test_sandbox_cleanup_env ();
  return status;
}
