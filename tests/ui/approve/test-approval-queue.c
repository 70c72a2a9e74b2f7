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
#include "tr-sync.h"
#include "tr-test-util.h"

/* The approval queue against tr-sandbox's demo data, as Marc, who
 * approves Emma's requests. */

#define MARC "marc.manager@example.com"

typedef struct
{
  guint    finished;
  guint    failed;
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
  decisions->failed += success ? 0 : 1;
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

static TrStore *
open_store (const char *name)
{
  g_autofree char *dir = g_build_filename (tr_test_sandbox_get_root (), name, NULL);
  g_autofree char *path = g_build_filename (dir, "store.sqlite", NULL);
  g_autoptr(GAsyncResult) opened = NULL;
  g_autoptr(GError) error = NULL;
  TrStore *store;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  tr_store_open_async (path, NULL, on_store_result_cb, &opened);
  store = tr_store_open_finish (wait_result (&opened), &error);
  g_assert_no_error (error);
  return store;
}

static gint64
outbox_count (TrStore *store)
{
  g_autoptr(GAsyncResult) counted = NULL;
  g_autoptr(GError) error = NULL;
  gint64 count;

  tr_store_outbox_count_async (store, NULL, on_store_result_cb, &counted);
  count = tr_store_outbox_count_finish (store, wait_result (&counted), &error);
  g_assert_no_error (error);
  return count;
}

static void
refresh_and_wait (TrApprovalQueue *queue)
{
  gboolean refreshed = FALSE;

  tr_approval_queue_refresh_async (queue, NULL, on_refreshed_cb, &refreshed);
  while (!refreshed)
    g_main_context_iteration (NULL, TRUE);
  wait_until_idle (queue);
}

/* A client of a server that went away: every call fails at once. */
static TrTestSandbox *
start_gone_server (void)
{
  TrTestSandbox *gone = tr_test_sandbox_start ("gone.db", "demo", NULL);
  g_autoptr(GError) error = NULL;

  tr_test_sandbox_sign_in (gone, MARC);
  tr_test_sandbox_fast_retries (gone);
  g_subprocess_send_signal (gone->process, SIGTERM);
  g_subprocess_wait (gone->process, NULL, &error);
  g_assert_no_error (error);
  return gone;
}

static void
wait_until (gboolean (*done) (gpointer),
            gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_main_context_iteration (NULL, FALSE);
      if (g_get_monotonic_time () > deadline)
        g_error ("timed out");
    }
}

/* The server goes away after Marc opened a request: approving it queues
 * the decision in the store's outbox; the row stays, waiting. */
static void
test_offline_outbox (void)
{
  TrTestSandbox *sandbox = tr_test_sandbox_start ("offline.db", "demo", NULL);
  g_autoptr(TrStore) store = open_store ("offline-store");
  GtkWidget *widget = tr_approval_queue_new ();
  TrApprovalQueue *queue = TR_APPROVAL_QUEUE (widget);
  GtkWidget *window = tr_test_show (widget, 1280, 800);
  g_autofree char *id = NULL;
  guint n;

  tr_test_sandbox_sign_in (sandbox, MARC);
  tr_test_sandbox_fast_retries (sandbox);
  tr_approval_queue_set_client (queue, sandbox->client, NULL);
  tr_approval_queue_set_store (queue, store);
  refresh_and_wait (queue);
  n = tr_approval_queue_get_n_requests (queue);
  id = id_at (queue, 0);

  g_subprocess_send_signal (sandbox->process, SIGTERM);
  g_subprocess_wait (sandbox->process, NULL, NULL);
  g_assert_true (gtk_widget_activate_action (widget, "queue.approve", NULL));
  wait_until_idle (queue);
  while (outbox_count (store) < 1)
    tr_test_iterate ();
  g_assert_cmpint (outbox_count (store), ==, 1);
  g_assert_true (tr_approval_queue_is_waiting (queue, id));
  g_assert_cmpuint (tr_approval_queue_get_n_requests (queue), ==, n);
  g_assert_true (tr_test_has_text (widget, "Waiting to be sent"));
  g_assert_true (tr_test_has_text (widget, "outbox"));
  /* Deciding again does not queue it twice. */
  g_assert_true (tr_approval_queue_open_id (queue, id));
  g_assert_true (gtk_widget_activate_action (widget, "queue.approve", NULL));
  wait_until_idle (queue);
  g_assert_cmpint (outbox_count (store), ==, 1);

  tr_test_close_window (window);
  tr_test_sandbox_stop (sandbox);
}

/* Regression: disposing the queue while it loads a request (the window
 * closes, the account signs out) must not touch the cleared client or
 * review page when the cache answers (G_DEBUG makes criticals fatal). */
static void
test_dispose_while_loading (void)
{
  TrTestSandbox *sandbox = tr_test_sandbox_start ("dispose.db", "demo", NULL);
  g_autoptr(TrStore) store = open_store ("dispose-store");
  GtkWidget *first = g_object_ref_sink (tr_approval_queue_new ());
  GtkWidget *second = g_object_ref_sink (tr_approval_queue_new ());

  tr_test_sandbox_sign_in (sandbox, MARC);
  tr_approval_queue_set_client (TR_APPROVAL_QUEUE (first), sandbox->client, NULL);
  refresh_and_wait (TR_APPROVAL_QUEUE (first));
  g_assert_cmpuint (tr_approval_queue_get_n_requests (TR_APPROVAL_QUEUE (first)), >, 0);

  /* The seen version is looked up in the cache first, then the details. */
  tr_approval_queue_set_client (TR_APPROVAL_QUEUE (second), sandbox->client, NULL);
  tr_approval_queue_set_store (TR_APPROVAL_QUEUE (second), store);
  tr_approval_queue_set_requests (TR_APPROVAL_QUEUE (second), tr_approval_queue_get_model (TR_APPROVAL_QUEUE (first)));
  g_assert_true (tr_approval_queue_get_busy (TR_APPROVAL_QUEUE (second)));
  g_object_run_dispose (G_OBJECT (second));
  wait_until_idle (TR_APPROVAL_QUEUE (second));
  g_assert_null (tr_approval_queue_get_client (TR_APPROVAL_QUEUE (second)));

  /* The same in the middle of the details. */
  g_object_run_dispose (G_OBJECT (first));
  g_object_unref (second);
  second = g_object_ref_sink (tr_approval_queue_new ());
  tr_approval_queue_set_client (TR_APPROVAL_QUEUE (second), sandbox->client, NULL);
  tr_approval_queue_set_requests (TR_APPROVAL_QUEUE (second), tr_approval_queue_get_model (TR_APPROVAL_QUEUE (first)));
  g_object_run_dispose (G_OBJECT (second));
  wait_until_idle (TR_APPROVAL_QUEUE (second));

  g_object_unref (second);
  g_object_unref (first);
  tr_test_sandbox_stop (sandbox);
}

typedef struct
{
  TrApprovalQueue *queue;
  char            *ids[3];
  TrStore         *store;
} Batch;

static gboolean
all_queued (gpointer data)
{
  Batch *batch = data;

  return !tr_approval_queue_get_busy (batch->queue) && outbox_count (batch->store) == 3;
}

static gboolean
none_waiting (gpointer data)
{
  Batch *batch = data;

  for (guint i = 0; i < G_N_ELEMENTS (batch->ids); i++)
    if (tr_approval_queue_is_waiting (batch->queue, batch->ids[i]))
      return FALSE;
  return TRUE;
}

static gboolean
is_listed (TrApprovalQueue *queue,
           const char      *id)
{
  GListModel *model = tr_approval_queue_get_model (queue);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autofree char *other = id_at (queue, i);

      if (g_str_equal (other, id))
        return TRUE;
    }
  return FALSE;
}

static void
recall_as_emma (TrTestSandbox *sandbox,
                const char    *id)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TrRequest) recalled = NULL;

  tr_test_sandbox_sign_in (sandbox, "emma.traveler@example.com");
  tr_client_run_workflow_action_async (sandbox->client, id, TR_WORKFLOW_ACTION_RECALL, NULL, NULL, NULL,
                                       on_client_result_cb, &result);
  recalled = tr_client_run_workflow_action_finish (sandbox->client, wait_client (&result), &error);
  g_assert_no_error (error);
  tr_test_sandbox_sign_in (sandbox, MARC);
}

static void
replay (TrTestSandbox *sandbox,
        TrStore       *store)
{
  g_autoptr(TrSync) sync = tr_sync_new (sandbox->client, store, NULL);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  tr_sync_set_interval (sync, 0);
  tr_sync_set_push_on_change (sync, FALSE);
  tr_sync_run_async (sync, NULL, on_client_result_cb, &result);
  tr_sync_run_finish (sync, wait_client (&result), &error);
  g_assert_no_error (error);
}

/* Marc approves three requests he opened while the server cannot be
 * reached: they wait in the outbox, in order, and stay in the queue.
 * Meanwhile Emma recalls the second. When the outbox is replayed, two are
 * approved and leave; the recalled one stays with the reason. */
static void
test_offline_batch_replayed (void)
{
  TrTestSandbox *sandbox = tr_test_sandbox_start ("batch.db", "demo", NULL);
  TrTestSandbox *gone = start_gone_server ();
  g_autoptr(TrStore) store = open_store ("batch-store");
  GtkWidget *widget = tr_approval_queue_new ();
  TrApprovalQueue *queue = TR_APPROVAL_QUEUE (widget);
  GtkWidget *window = tr_test_show (widget, 1280, 800);
  GtkSelectionModel *selection = tr_approval_queue_get_selection (queue);
  Decisions decisions = { 0 };
  Batch batch = { queue, { NULL }, store };
  guint n;

  tr_test_sandbox_sign_in (sandbox, MARC);
  tr_approval_queue_set_client (queue, sandbox->client, NULL);
  tr_approval_queue_set_store (queue, store);
  g_signal_connect (queue, "decision-finished", G_CALLBACK (on_decision_finished_cb), &decisions);
  refresh_and_wait (queue);
  n = tr_approval_queue_get_n_requests (queue);
  g_assert_cmpuint (n, >=, 4);
  open_and_wait (queue, 1);
  open_and_wait (queue, 1);
  for (guint i = 0; i < 3; i++)
    batch.ids[i] = id_at (queue, i);

  tr_approval_queue_set_client (queue, gone->client, NULL);
  gtk_selection_model_select_item (selection, 0, TRUE);
  gtk_selection_model_select_item (selection, 1, FALSE);
  gtk_selection_model_select_item (selection, 2, FALSE);
  g_assert_true (tr_approval_queue_approve_selected (queue));
  wait_until (all_queued, &batch);
  g_assert_cmpuint (tr_approval_queue_get_n_requests (queue), ==, n);
  for (guint i = 0; i < 3; i++)
    g_assert_true (tr_approval_queue_is_waiting (queue, batch.ids[i]));
  g_assert_cmpuint (decisions.finished, ==, 0);
  g_assert_true (tr_test_has_text (widget, "Waiting to be sent"));
  g_assert_true (tr_test_has_text (widget, "3 approvals wait to be sent when the connection returns."));
  tr_test_screenshot (window, "queue-offline-1280");

  recall_as_emma (sandbox, batch.ids[1]);
  tr_approval_queue_set_client (queue, sandbox->client, NULL);
  replay (sandbox, store);
  wait_until (none_waiting, &batch);

  g_assert_cmpuint (decisions.finished, ==, 3);
  g_assert_cmpuint (decisions.failed, ==, 1);
  g_assert_cmpuint (tr_approval_queue_get_n_requests (queue), ==, n - 2);
  g_assert_false (is_listed (queue, batch.ids[0]));
  g_assert_true (is_listed (queue, batch.ids[1]));
  g_assert_false (is_listed (queue, batch.ids[2]));
  g_assert_nonnull (strstr (tr_approval_queue_get_message (queue, batch.ids[1]), "recalled by the traveler"));
  g_assert_true (tr_test_has_text (widget, tr_approval_queue_get_message (queue, batch.ids[1])));
  assert_status (sandbox, batch.ids[1], "SENTBACK");
  /* The refused one stays selected, with its reason also in the status
   * line; the approved one that was open made way for the next. */
  g_assert_true (gtk_selection_model_is_selected (selection, 0));
  g_assert_true (tr_test_has_text (widget, "recalled by the traveler"));
  {
    g_autofree char *all = tr_test_collect_text (widget);
    const char *first = strstr (all, "recalled by the traveler");

    g_assert_nonnull (first);
    g_assert_nonnull (strstr (first + 1, "recalled by the traveler"));   /* the row and the status line */
  }
  g_assert_nonnull (tr_approval_queue_get_current (queue));
  g_assert_true (is_listed (queue, tr_request_get_id (tr_approval_queue_get_current (queue))));
  g_assert_cmpstr (tr_request_get_id (tr_approval_queue_get_current (queue)), !=, batch.ids[2]);
  tr_test_screenshot (window, "queue-moved-1280");

  for (guint i = 0; i < 3; i++)
    g_free (batch.ids[i]);
  g_free (decisions.rel);
  g_free (decisions.message);
  tr_test_close_window (window);
  tr_test_sandbox_stop (gone);
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
  g_test_add_func ("/approve/queue/dispose-while-loading", test_dispose_while_loading);
  g_test_add_func ("/approve/queue/offline-batch-replayed", test_offline_batch_replayed);

  status = g_test_run ();
  tr_test_sandbox_cleanup_env ();
  return status;
}
