/* test-batch-approve.c
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

#include <string.h>

#include "tr-api-error.h"
#include "tr-batch-approve.h"
#include "tr-review-test-util.h"

/* A fake server: its current version of each request, and the ids it was
 * asked to approve, in order. */
typedef struct
{
  GHashTable *versions;
  GPtrArray  *approved;
  GPtrArray  *finished;
  gboolean    done;
} FakeServer;

static TrRequest *
make_request (const char *id,
              const char *modified,
              const char *status,
              gboolean    approvable)
{
  g_autoptr(JsonNode) node = tr_review_test_fixture ("03-get-request.response.json");
  JsonObject *object = json_node_get_object (node);
  g_autofree char *ops = NULL;
  g_autofree char *status_json = g_strdup_printf ("{\"code\": \"%s\", \"name\": \"%s\"}", status,
                                                  g_str_equal (status, "SENTBACK") ? "Sent Back to Employee" : status);
  g_autoptr(GError) error = NULL;
  TrRequest *request;

  ops = g_strdup_printf ("[{\"rel\": \"%s\", \"href\": \"https://example.com/requests/%s/%s\"}]",
                         approvable ? "approve" : "recall", id, approvable ? "approve" : "recall");
  json_object_set_string_member (object, "id", id);
  json_object_set_string_member (object, "name", id);
  json_object_set_string_member (object, "lastModified", modified);
  json_object_set_member (object, "operations", json_from_string (ops, NULL));
  json_object_set_member (object, "approvalStatus", json_from_string (status_json, NULL));
  request = tr_request_new_from_json (node, &error);
  g_assert_no_error (error);
  return request;
}

static void
fake_fetch (TrRequest    *request,
            GCancellable *cancellable,
            GTask        *task,
            gpointer      user_data)
{
  FakeServer *server = user_data;
  TrRequest *version = g_hash_table_lookup (server->versions, tr_request_get_id (request));

  if (version == NULL)
    g_task_return_new_error (task, TR_API_ERROR, TR_API_ERROR_NOT_FOUND, "Request not found");
  else
    g_task_return_pointer (task, g_object_ref (version), g_object_unref);
}

static void
fake_approve (TrRequest    *request,
              GCancellable *cancellable,
              GTask        *task,
              gpointer      user_data)
{
  FakeServer *server = user_data;
  const char *id = tr_request_get_id (request);

  g_ptr_array_add (server->approved, g_strdup (id));
  if (g_str_equal (id, "B"))
    {
      g_task_return_error (task, tr_api_error_new_full (TR_API_ERROR_CONFLICT, 409, "STEP_EXIT_NO_APPROVER",
                                                        "No approver is defined for the next step", "The server refused the approval."));
      return;
    }
  g_task_return_pointer (task, make_request (id, "2026-03-02T10:00:00Z", "APPROVED", FALSE), g_object_unref);
}

static void
on_item_finished_cb (TrBatchApprove *batch,
                     guint           index,
                     FakeServer     *server)
{
  g_ptr_array_add (server->finished, GUINT_TO_POINTER (index));
}

static void
on_run_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  FakeServer *server = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (tr_batch_approve_run_finish (TR_BATCH_APPROVE (source), result, &error));
  g_assert_no_error (error);
  server->done = TRUE;
}

/* Adds a request whose listed version is @modified, seen (or not), with
 * @server_modified as the server's version at approval time. */
static void
add (TrBatchApprove *batch,
     FakeServer     *server,
     const char     *id,
     gboolean        seen,
     const char     *server_modified,
     gboolean        server_approvable)
{
  g_autoptr(TrRequest) listed = make_request (id, "2026-03-01T09:00:00Z", "SUBMITTED", TRUE);
  g_autoptr(TrReviewSnapshot) snapshot = seen ? tr_review_snapshot_new (listed, NULL) : NULL;

  g_hash_table_insert (server->versions, g_strdup (id),
                       make_request (id, server_modified, server_approvable ? "SUBMITTED" : "SENTBACK",
                                     server_approvable));
  tr_batch_approve_add (batch, listed, snapshot);
}

static void
test_one_failure (void)
{
  FakeServer server = { 0 };
  g_autoptr(TrBatchApprove) batch = NULL;
  const char *same = "2026-03-01T09:00:00Z";
  const TrBatchItemState states[] = {
    TR_BATCH_ITEM_APPROVED, TR_BATCH_ITEM_FAILED, TR_BATCH_ITEM_REFUSED,
    TR_BATCH_ITEM_REFUSED, TR_BATCH_ITEM_REFUSED, TR_BATCH_ITEM_APPROVED,
  };

  server.versions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  server.approved = g_ptr_array_new_with_free_func (g_free);
  server.finished = g_ptr_array_new ();
  batch = tr_batch_approve_new (fake_fetch, fake_approve, &server, NULL);
  g_signal_connect (batch, "item-finished", G_CALLBACK (on_item_finished_cb), &server);
  add (batch, &server, "A", TRUE, same, TRUE);
  add (batch, &server, "B", TRUE, same, TRUE);
  add (batch, &server, "C", TRUE, "2026-03-01T11:30:00Z", TRUE);   /* changed meanwhile */
  add (batch, &server, "D", FALSE, same, TRUE);                    /* never opened */
  add (batch, &server, "E", TRUE, same, FALSE);                    /* recalled */
  add (batch, &server, "F", TRUE, same, TRUE);

  tr_batch_approve_run_async (batch, NULL, on_run_cb, &server);
  g_assert_true (tr_batch_approve_get_running (batch));
  tr_review_test_run_loop (&server.done);

  g_assert_false (tr_batch_approve_get_running (batch));
  g_assert_cmpuint (server.approved->len, ==, 3);
  g_assert_cmpstr (server.approved->pdata[0], ==, "A");
  g_assert_cmpstr (server.approved->pdata[1], ==, "B");
  g_assert_cmpstr (server.approved->pdata[2], ==, "F");
  g_assert_cmpuint (server.finished->len, ==, 6);
  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    {
      g_assert_cmpuint (GPOINTER_TO_UINT (server.finished->pdata[i]), ==, i);
      g_assert_cmpint (tr_batch_approve_get_item_state (batch, i), ==, states[i]);
      g_assert_nonnull (tr_batch_approve_get_item_message (batch, i));
    }
  g_assert_cmpuint (tr_batch_approve_get_n_approved (batch), ==, 2);
  g_assert_nonnull (strstr (tr_batch_approve_get_item_message (batch, 1), "No approver is defined for the next step"));
  g_assert_nonnull (strstr (tr_batch_approve_get_item_message (batch, 2), "changed since you opened it"));
  g_assert_nonnull (strstr (tr_batch_approve_get_item_message (batch, 3), "not opened"));
  g_assert_nonnull (strstr (tr_batch_approve_get_item_message (batch, 4), "Sent Back to Employee"));
  g_assert_cmpint (tr_request_get_status_kind (tr_batch_approve_get_item_result (batch, 0)), ==,
                   TR_APPROVAL_STATUS_KIND_APPROVED);
  g_assert_null (tr_batch_approve_get_item_result (batch, 1));
  g_assert_error ((GError *) tr_batch_approve_get_item_error (batch, 1), TR_API_ERROR, TR_API_ERROR_CONFLICT);
  g_assert_null (tr_batch_approve_get_item_error (batch, 0));
  g_assert_null (tr_batch_approve_get_item_error (batch, 2));
  g_assert_cmpstr (tr_batch_approve_get_item_id (batch, 5), ==, "F");

  g_clear_object (&batch);
  g_hash_table_unref (server.versions);
  g_ptr_array_unref (server.approved);
  g_ptr_array_unref (server.finished);
}

static void
on_cancelled_run_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  FakeServer *server = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_false (tr_batch_approve_run_finish (TR_BATCH_APPROVE (source), result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  server->done = TRUE;
}

static void
on_first_finished_cancel_cb (TrBatchApprove *batch,
                             guint           index,
                             GCancellable   *cancellable)
{
  g_cancellable_cancel (cancellable);
}

static void
test_cancel_stops (void)
{
  FakeServer server = { 0 };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(TrBatchApprove) batch = NULL;

  server.versions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  server.approved = g_ptr_array_new_with_free_func (g_free);
  batch = tr_batch_approve_new (NULL, fake_approve, &server, NULL);
  add (batch, &server, "A", TRUE, "2026-03-01T09:00:00Z", TRUE);
  add (batch, &server, "F", TRUE, "2026-03-01T09:00:00Z", TRUE);
  g_signal_connect (batch, "item-finished", G_CALLBACK (on_first_finished_cancel_cb), cancellable);
  tr_batch_approve_run_async (batch, cancellable, on_cancelled_run_cb, &server);
  tr_review_test_run_loop (&server.done);

  g_assert_cmpuint (server.approved->len, ==, 1);
  g_assert_cmpint (tr_batch_approve_get_item_state (batch, 0), ==, TR_BATCH_ITEM_APPROVED);
  g_assert_cmpint (tr_batch_approve_get_item_state (batch, 1), ==, TR_BATCH_ITEM_PENDING);
  g_assert_null (tr_batch_approve_get_item_message (batch, 1));
  g_hash_table_unref (server.versions);
  g_ptr_array_unref (server.approved);
}

static void
fake_approve_offline (TrRequest    *request,
                      GCancellable *cancellable,
                      GTask        *task,
                      gpointer      user_data)
{
  FakeServer *server = user_data;
  const char *id = tr_request_get_id (request);

  g_ptr_array_add (server->approved, g_strdup (id));
  if (g_str_equal (id, "N"))
    {
      g_task_return_new_error (task, TR_API_ERROR, TR_API_ERROR_NETWORK, "Could not connect");
      return;
    }
  g_task_return_pointer (task, make_request (id, "2026-03-02T10:00:00Z", "APPROVED", FALSE), g_object_unref);
}

/* The network fails in the middle of a batch: the item it failed for and
 * every later one the approver saw are deferred (for the outbox, in
 * order) without being tried; one never opened is still refused. */
static void
test_offline_defers (void)
{
  FakeServer server = { 0 };
  g_autoptr(TrBatchApprove) batch = NULL;
  const char *same = "2026-03-01T09:00:00Z";

  server.versions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  server.approved = g_ptr_array_new_with_free_func (g_free);
  server.finished = g_ptr_array_new ();
  batch = tr_batch_approve_new (fake_fetch, fake_approve_offline, &server, NULL);
  g_signal_connect (batch, "item-finished", G_CALLBACK (on_item_finished_cb), &server);
  add (batch, &server, "A", TRUE, same, TRUE);
  add (batch, &server, "N", TRUE, same, TRUE);
  add (batch, &server, "C", TRUE, same, TRUE);
  add (batch, &server, "D", FALSE, same, TRUE);
  tr_batch_approve_run_async (batch, NULL, on_run_cb, &server);
  tr_review_test_run_loop (&server.done);

  g_assert_cmpuint (server.approved->len, ==, 2);
  g_assert_cmpstr (server.approved->pdata[1], ==, "N");
  g_assert_cmpuint (server.finished->len, ==, 4);
  g_assert_cmpint (tr_batch_approve_get_item_state (batch, 0), ==, TR_BATCH_ITEM_APPROVED);
  g_assert_cmpint (tr_batch_approve_get_item_state (batch, 1), ==, TR_BATCH_ITEM_DEFERRED);
  g_assert_cmpint (tr_batch_approve_get_item_state (batch, 2), ==, TR_BATCH_ITEM_DEFERRED);
  g_assert_cmpint (tr_batch_approve_get_item_state (batch, 3), ==, TR_BATCH_ITEM_REFUSED);
  g_assert_true (tr_batch_approve_get_item_sent (batch, 1));    /* its answer may have been lost */
  g_assert_false (tr_batch_approve_get_item_sent (batch, 2));   /* never tried */
  g_assert_error ((GError *) tr_batch_approve_get_item_error (batch, 1), TR_API_ERROR, TR_API_ERROR_NETWORK);
  g_assert_cmpstr (tr_request_get_id (tr_batch_approve_get_item_request (batch, 2)), ==, "C");
  g_assert_cmpuint (tr_batch_approve_get_n_approved (batch), ==, 1);
  g_assert_cmpuint (tr_batch_approve_get_n_deferred (batch), ==, 2);
  g_assert_nonnull (strstr (tr_batch_approve_get_item_message (batch, 2), "Waiting to be sent"));

  g_clear_object (&batch);
  g_hash_table_unref (server.versions);
  g_ptr_array_unref (server.approved);
  g_ptr_array_unref (server.finished);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/review/batch/one-failure", test_one_failure);
  g_test_add_func ("/review/batch/cancel-stops", test_cancel_stops);
  g_test_add_func ("/review/batch/offline-defers", test_offline_defers);

  return g_test_run ();
}
