/* test-notifier-sandbox.c
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

#include "tr-approval-poller.h"
#include "tr-client-extras.h"
#include "tr-notifier.h"
#include "tr-review-test-util.h"
#include "tr-sandbox-test-utils.h"

/* TrNotifier fed by real polls of tr-sandbox: Marc sends back one of
 * Emma's requests with a comment and approves another; Emma's next poll
 * (modifiedAfter the last one) announces both, once. */

#define EMMA "emma.traveler@example.com"
#define MARC "marc.manager@example.com"

typedef struct
{
  GDateTime *now;
  GPtrArray *notices;
} Fixture;

static GDateTime *
fake_clock (gpointer user_data)
{
  return g_date_time_ref (((Fixture *) user_data)->now);
}

static void
on_notice_cb (TrNotifier     *notifier,
              const TrNotice *notice,
              Fixture        *fixture)
{
  g_ptr_array_add (fixture->notices, tr_notice_copy (notice));
}

static void
on_result_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

static GListModel *
list_requests (TrTestSandbox *sandbox,
               const char    *view,
               GDateTime     *modified_after)
{
  g_autoptr(TrRequestQuery) query = tr_request_query_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TrRequestPage) page = NULL;

  query->view = g_strdup (view);
  query->limit = 100;
  query->modified_after = modified_after ? g_date_time_ref (modified_after) : NULL;
  tr_client_list_requests_async (sandbox->client, query, NULL, on_result_cb, &result);
  page = tr_client_list_requests_finish (sandbox->client, wait_for (&result), &error);
  g_assert_no_error (error);
  return g_object_ref (tr_request_page_get_data (page));
}

static char *
latest_comment (TrTestSandbox *sandbox,
                const char    *id)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) comments = NULL;
  guint n;

  tr_client_list_comments_async (sandbox->client, id, NULL, NULL, on_result_cb, &result);
  comments = tr_client_list_comments_finish (sandbox->client, wait_for (&result), &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (G_LIST_MODEL (comments));
  if (n == 0)
    return NULL;
  {
    g_autoptr(TrComment) last = g_list_model_get_item (G_LIST_MODEL (comments), n - 1);
    return g_strdup (tr_comment_get_value (last));
  }
}

/* One poll of Emma's own requests, the way the app's poller does it. */
static void
poll_own (TrNotifier    *notifier,
          TrTestSandbox *sandbox)
{
  GDateTime *after = tr_notifier_begin_poll (notifier);
  g_autoptr(GListModel) requests = list_requests (sandbox, "ALL", after);

  for (guint i = 0; i < g_list_model_get_n_items (requests); i++)
    {
      g_autoptr(TrRequest) request = g_list_model_get_item (requests, i);
      g_autofree char *comment = NULL;

      if (tr_notifier_wants_comment (notifier, request))
        comment = latest_comment (sandbox, tr_request_get_id (request));
      tr_notifier_feed_own (notifier, request, comment);
    }
  tr_notifier_end_poll (notifier, TRUE);
}

static void
decide (TrTestSandbox    *sandbox,
        const char       *id,
        TrWorkflowAction  action,
        const char       *comment)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TrRequest) request = NULL;

  tr_client_run_workflow_action_async (sandbox->client, id, action, comment, NULL, NULL, on_result_cb, &result);
  request = tr_client_run_workflow_action_finish (sandbox->client, wait_for (&result), &error);
  g_assert_no_error (error);
}

static void
test_own_requests (void)
{
  TrTestSandbox *sandbox = tr_test_sandbox_start ("notifier.db", "demo", NULL);
  Fixture fixture = { g_date_time_new_now_utc (), g_ptr_array_new_with_free_func ((GDestroyNotify) tr_notice_free) };
  g_autoptr(TrNotifier) notifier = tr_notifier_new (NULL);
  g_autoptr(GListModel) waiting = NULL;
  g_autoptr(TrRequest) first = NULL;
  g_autoptr(TrRequest) second = NULL;
  g_autofree char *body = NULL;
  TrNotice *notice;

  tr_notifier_set_clock (notifier, fake_clock, &fixture, NULL);
  g_signal_connect (notifier, "notice", G_CALLBACK (on_notice_cb), &fixture);
  tr_test_sandbox_sign_in (sandbox, EMMA);
  poll_own (notifier, sandbox);
  g_assert_cmpuint (fixture.notices->len, ==, 0);

  tr_test_sandbox_sign_in (sandbox, MARC);
  waiting = list_requests (sandbox, "TOAPPROVE", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (waiting), >=, 2);
  first = g_list_model_get_item (waiting, 0);
  second = g_list_model_get_item (waiting, 1);
  decide (sandbox, tr_request_get_id (first), TR_WORKFLOW_ACTION_SEND_BACK, "Please take the train instead.");
  decide (sandbox, tr_request_get_id (second), TR_WORKFLOW_ACTION_APPROVE, NULL);

  /* Next poll, a poll interval later on the fake clock. */
  tr_test_sandbox_sign_in (sandbox, EMMA);
  {
    GDateTime *later = g_date_time_add_seconds (fixture.now, 300);
    g_date_time_unref (fixture.now);
    fixture.now = later;
  }
  g_assert_true (tr_notifier_poll_due (notifier));
  poll_own (notifier, sandbox);
  g_assert_cmpuint (fixture.notices->len, ==, 2);
  for (guint i = 0; i < fixture.notices->len; i++)
    {
      notice = fixture.notices->pdata[i];
      if (g_strcmp0 (notice->request_id, tr_request_get_id (first)) == 0)
        {
          body = g_strdup_printf ("“%s”: Please take the train instead.", tr_request_get_name (first));
          g_assert_cmpstr (notice->title, ==, "Request sent back");
          g_assert_cmpstr (notice->body, ==, body);
        }
      else
        {
          g_assert_cmpstr (notice->request_id, ==, tr_request_get_id (second));
          g_assert_cmpstr (notice->title, ==, "Request approved");
        }
      g_assert_cmpstr (notice->action, ==, "app.open-request");
    }

  /* Polled again: nothing twice. */
  poll_own (notifier, sandbox);
  g_assert_cmpuint (fixture.notices->len, ==, 2);

  g_date_time_unref (fixture.now);
  g_ptr_array_unref (fixture.notices);
  tr_test_sandbox_stop (sandbox);
}

static void
on_polled_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tr_approval_poller_poll_finish (TR_APPROVAL_POLLER (source), result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static void
poll_once (TrApprovalPoller *poller)
{
  gboolean done = FALSE;

  tr_approval_poller_poll_async (poller, NULL, on_polled_cb, &done);
  tr_review_test_run_loop (&done);
}

/* Marc's poller: Emma recalls a request and submits it again; Marc's next
 * poll announces it, once. */
static void
test_poller_new_to_approve (void)
{
  TrTestSandbox *sandbox = tr_test_sandbox_start ("poller.db", "demo", NULL);
  Fixture fixture = { g_date_time_new_now_utc (), g_ptr_array_new_with_free_func ((GDestroyNotify) tr_notice_free) };
  g_autoptr(TrNotifier) notifier = tr_notifier_new (NULL);
  g_autoptr(TrApprovalPoller) poller = NULL;
  g_autoptr(GListModel) waiting = NULL;
  g_autoptr(TrRequest) request = NULL;
  g_autofree char *expected_id = NULL;
  TrNotice *notice;

  tr_notifier_set_clock (notifier, fake_clock, &fixture, NULL);
  g_signal_connect (notifier, "notice", G_CALLBACK (on_notice_cb), &fixture);
  tr_test_sandbox_sign_in (sandbox, MARC);
  poller = tr_approval_poller_new (sandbox->client, notifier, NULL);
  poll_once (poller);
  g_assert_cmpuint (fixture.notices->len, ==, 0);
  g_assert_nonnull (tr_notifier_get_modified_after (notifier));

  waiting = list_requests (sandbox, "TOAPPROVE", NULL);
  request = g_list_model_get_item (waiting, 0);
  tr_test_sandbox_sign_in (sandbox, EMMA);
  decide (sandbox, tr_request_get_id (request), TR_WORKFLOW_ACTION_RECALL, NULL);
  decide (sandbox, tr_request_get_id (request), TR_WORKFLOW_ACTION_SUBMIT, NULL);
  tr_test_sandbox_sign_in (sandbox, MARC);

  poll_once (poller);
  g_assert_cmpuint (fixture.notices->len, ==, 1);
  notice = fixture.notices->pdata[0];
  expected_id = g_strdup_printf ("to-approve-%s", tr_request_get_id (request));
  g_assert_cmpstr (notice->id, ==, expected_id);
  g_assert_cmpstr (notice->title, ==, "New request to approve");
  g_assert_cmpstr (notice->request_id, ==, tr_request_get_id (request));
  poll_once (poller);
  g_assert_cmpuint (fixture.notices->len, ==, 1);

  g_clear_object (&poller);
  g_date_time_unref (fixture.now);
  g_ptr_array_unref (fixture.notices);
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
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/review/notifier-sandbox/own-requests", test_own_requests);
  g_test_add_func ("/review/notifier-sandbox/poller-new-to-approve", test_poller_new_to_approve);
  status = g_test_run ();
  tr_test_sandbox_cleanup_env ();
  return status;
}
