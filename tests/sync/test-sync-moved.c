/* test-sync-moved.c
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

#include <string.h>

#include "tr-sync-error.h"
#include "tr-sync-moved.h"
#include "tr-sync-test-util.h"

/* Workflow actions that wait in the outbox while the request moves: an
 * approver's decisions made offline, in order, each with the version the
 * approver saw, replayed against a real tr-sandbox (its path is the first
 * argument); and the judgement of tr-sync-moved.c on its own. */

static const char *sandbox_exe;

typedef struct
{
  TrTestSandbox *sandbox;
  char          *dir;
  TrClient      *marc;
  TrClient      *emma;
  TrStore       *store;
  TrSync        *sync;
} Fixture;

static void
fixture_start (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->sandbox = tr_test_sandbox_start (sandbox_exe, "demo", NULL);
  f->dir = tr_test_make_dir ();
  path = g_build_filename (f->dir, "store.db", NULL);
  f->marc = tr_test_sign_in (f->sandbox->base_url, TR_TEST_MARC, &error);
  g_assert_no_error (error);
  f->emma = tr_test_sign_in (f->sandbox->base_url, TR_TEST_EMMA, &error);
  g_assert_no_error (error);
  f->store = tr_test_open_store (path, &error);
  g_assert_no_error (error);
  f->sync = tr_sync_new (f->marc, f->store, NULL);
  tr_sync_set_interval (f->sync, 0);
  tr_sync_set_retry_delay (f->sync, 60000);
  tr_sync_set_push_on_change (f->sync, FALSE);
}

static void
fixture_stop (Fixture *f)
{
  g_clear_object (&f->sync);
  g_clear_object (&f->marc);
  g_clear_object (&f->emma);
  g_clear_object (&f->store);
  tr_test_remove_dir (f->dir);
  g_free (f->dir);
  tr_test_sandbox_free (f->sandbox);
}

static JsonNode *
get_request (TrClient   *client,
             const char *id)
{
  g_autofree char *path = g_strdup_printf ("requests/%s", id);
  g_autoptr(GError) error = NULL;
  JsonNode *node = tr_test_call (client, "GET", path, NULL, &error);

  g_assert_no_error (error);
  return node;
}

static const char *
member_string (JsonNode   *node,
               const char *name,
               const char *sub)
{
  JsonObject *object = json_node_get_object (node);

  if (sub != NULL)
    object = json_object_get_object_member (object, name);
  return json_object_get_string_member (object, sub ? sub : name);
}

static gboolean
offers (JsonNode   *request,
        const char *rel)
{
  JsonObject *object = json_node_get_object (request);
  JsonArray *operations = json_object_has_member (object, "operations")
                          ? json_object_get_array_member (object, "operations") : NULL;

  for (guint i = 0; operations != NULL && i < json_array_get_length (operations); i++)
    if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (operations, i), "rel"), rel) == 0)
      return TRUE;
  return FALSE;
}

static void
workflow (TrClient   *client,
          const char *id,
          const char *action)
{
  g_autofree char *path = g_strdup_printf ("requests/%s/%s", id, action);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = tr_test_call (client, "POST", path, NULL, &error);

  g_assert_no_error (error);
}

/* The first @n requests waiting for Marc. */
static GPtrArray *
to_approve (Fixture *f,
            guint    n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(JsonArray) items = NULL;
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  tr_client_fetch_pages_async (f->marc, "requests?view=TOAPPROVE&limit=100", NULL, tr_test_store_result, &result);
  items = tr_client_fetch_pages_finish (f->marc, tr_test_wait (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (items), >=, n);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (ids, g_strdup (json_object_get_string_member (json_array_get_object_element (items, i), "id")));
  return ids;
}

/* What the approver does offline: the version seen goes to the cache,
 * the decision to the outbox with it. Returns the operation's sequence. */
static gint64
decide_offline (Fixture    *f,
                JsonNode   *seen,
                const char *action)
{
  g_autoptr(GAsyncResult) cached = NULL;
  g_autoptr(GAsyncResult) queued = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) version = NULL;
  gint64 local_id, seq;

  tr_store_upsert_server_request_async (f->store, seen, NULL, tr_test_store_result, &cached);
  local_id = tr_store_upsert_server_request_finish (f->store, tr_test_wait (&cached), &error);
  g_assert_no_error (error);
  version = tr_sync_seen_version_new (member_string (seen, "lastModified", NULL),
                                      json_object_get_boolean_member (json_node_get_object (seen), "everSentBack"),
                                      FALSE);
  tr_store_queue_decision_async (f->store, local_id, action, NULL, version, NULL, tr_test_store_result, &queued);
  seq = tr_store_queue_decision_finish (f->store, tr_test_wait (&queued), &error);
  g_assert_no_error (error);
  g_assert_cmpint (seq, >, 0);
  return seq;
}

static void
run_once (Fixture *f)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  tr_sync_run_async (f->sync, NULL, tr_test_store_result, &result);
  tr_sync_run_finish (f->sync, tr_test_wait (&result), &error);
  if (error != NULL)
    g_test_message ("sync: %s", error->message);
}

static GPtrArray *
outbox (Fixture *f)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *ops;

  tr_store_outbox_list_async (f->store, NULL, tr_test_store_result, &result);
  ops = tr_store_outbox_list_finish (f->store, tr_test_wait (&result), &error);
  g_assert_no_error (error);
  return ops;
}

static TrStoreOutboxOp *
find_op (GPtrArray *ops,
         gint64     seq)
{
  for (guint i = 0; i < ops->len; i++)
    if (((TrStoreOutboxOp *) ops->pdata[i])->seq == seq)
      return ops->pdata[i];
  return NULL;
}

/* Three approvals decided offline; meanwhile Emma recalls the second. The
 * replay approves the first and the third and reports the second. */
static void
test_offline_batch (void)
{
  Fixture f = { 0 };
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GPtrArray) ops = NULL;
  gint64 seqs[3];
  TrStoreOutboxOp *op;

  fixture_start (&f);
  ids = to_approve (&f, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(JsonNode) seen = get_request (f.marc, ids->pdata[i]);

      seqs[i] = decide_offline (&f, seen, "approve");
    }
  g_assert_cmpint (seqs[0], <, seqs[1]);
  g_assert_cmpint (seqs[1], <, seqs[2]);
  workflow (f.emma, ids->pdata[1], "recall");

  run_once (&f);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(JsonNode) now = get_request (f.marc, ids->pdata[i]);
      const char *status = member_string (now, "approvalStatus", "code");

      g_assert_false (offers (now, "approve"));
      if (i == 1)
        g_assert_cmpstr (status, ==, "SENTBACK");
      else   /* approved, or on to the second step (Finance) */
        g_assert_true (g_str_equal (status, "APPROVED") || g_str_equal (status, "SUBMITTED"));
    }
  ops = outbox (&f);
  g_assert_cmpuint (ops->len, ==, 1);
  op = find_op (ops, seqs[1]);
  g_assert_nonnull (op);
  g_assert_cmpint (op->state, ==, TR_STORE_OP_STATE_FAILED);
  g_assert_nonnull (strstr (op->last_error, "recalled by the traveler"));
  fixture_stop (&f);
}

/* Emma recalls and submits again while Marc's approval waits: the
 * request waits for Marc again, but not in the version he saw. */
static void
test_changed_version_refused (void)
{
  Fixture f = { 0 };
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GPtrArray) ops = NULL;
  g_autoptr(JsonNode) seen = NULL;
  g_autoptr(JsonNode) now = NULL;
  TrStoreOutboxOp *op;
  gint64 seq;

  fixture_start (&f);
  ids = to_approve (&f, 1);
  seen = get_request (f.marc, ids->pdata[0]);
  seq = decide_offline (&f, seen, "approve");
  tr_test_sleep (1100);   /* lastModified has a one-second resolution at worst */
  workflow (f.emma, ids->pdata[0], "recall");
  workflow (f.emma, ids->pdata[0], "submit");

  run_once (&f);
  now = get_request (f.marc, ids->pdata[0]);
  g_assert_cmpstr (member_string (now, "approvalStatus", "code"), ==, "SUBMITTED");
  g_assert_true (offers (now, "approve"));
  g_assert_cmpstr (member_string (now, "lastModified", NULL), !=, member_string (seen, "lastModified", NULL));
  ops = outbox (&f);
  op = find_op (ops, seq);
  g_assert_nonnull (op);
  g_assert_cmpint (op->state, ==, TR_STORE_OP_STATE_FAILED);
  g_assert_nonnull (strstr (op->last_error, "changed since you saw it"));
  fixture_stop (&f);
}

/* The approval reached the server but its answer was lost: the attempt
 * was recorded, so the replay reads the request, finds it approved by
 * this approver's attempt, and settles the operation without sending it
 * again or reporting an error. */
static void
test_lost_response_is_success (void)
{
  Fixture f = { 0 };
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GPtrArray) ops = NULL;
  g_autoptr(JsonNode) seen = NULL;
  g_autoptr(JsonNode) now = NULL;
  g_autoptr(GAsyncResult) attempted = NULL;
  g_autoptr(GError) error = NULL;
  gint64 seq;

  fixture_start (&f);
  ids = to_approve (&f, 1);
  seen = get_request (f.marc, ids->pdata[0]);
  seq = decide_offline (&f, seen, "approve");
  tr_store_outbox_begin_attempt_async (f.store, seq, NULL, tr_test_store_result, &attempted);
  g_assert_true (tr_store_outbox_begin_attempt_finish (f.store, tr_test_wait (&attempted), &error));
  g_assert_no_error (error);
  workflow (f.marc, ids->pdata[0], "approve");   /* what the lost attempt did */

  run_once (&f);
  ops = outbox (&f);
  g_assert_null (find_op (ops, seq));
  now = get_request (f.marc, ids->pdata[0]);
  g_assert_false (offers (now, "approve"));
  g_assert_cmpstr (member_string (now, "approvalStatus", "code"), !=, "SENTBACK");
  fixture_stop (&f);
}

static JsonNode *
parse (const char *json)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (json, &error);

  g_assert_no_error (error);
  return node;
}

#define WAITING "{\"approvalStatus\": {\"code\": \"SUBMITTED\"}, \"approver\": {\"id\": \"M\"}," \
                " \"lastModified\": \"%s\", \"everSentBack\": false," \
                " \"operations\": [{\"rel\": \"approve\"}, {\"rel\": \"sendback\"}]}"

static TrSyncMove
judge (const char *action,
       const char *current_json,
       gboolean    seen_sent_back,
       gboolean    attempted)
{
  g_autoptr(JsonNode) seen = tr_sync_seen_version_new ("2026-03-01T09:00:00Z", seen_sent_back, FALSE);
  g_autoptr(JsonNode) current = parse (current_json);

  return tr_sync_judge_action (action, seen, current, "M", attempted);
}

/* The mapping of tr-sync-moved.c, one case per way a request moves. */
static void
test_judge (void)
{
  g_autofree char *same = g_strdup_printf (WAITING, "2026-03-01T09:00:00.000Z");
  g_autofree char *changed = g_strdup_printf (WAITING, "2026-03-01T10:15:00Z");
  const char *recalled = "{\"approvalStatus\": {\"code\": \"SENTBACK\"}, \"everSentBack\": false}";
  const char *sent_back = "{\"approvalStatus\": {\"code\": \"SENTBACK\"}, \"everSentBack\": true}";
  const char *approved = "{\"approvalStatus\": {\"code\": \"APPROVED\"}, \"everSentBack\": false}";
  const char *next_step = "{\"approvalStatus\": {\"code\": \"SUBMITTED\"}, \"approver\": {\"id\": \"F\"},"
                          " \"operations\": []}";
  const char *canceled = "{\"approvalStatus\": {\"code\": \"CANCELED\", \"name\": \"Canceled\"}}";
  g_autoptr(JsonNode) current = parse (recalled);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  g_assert_cmpint (judge ("approve", same, FALSE, FALSE), ==, TR_SYNC_MOVE_NONE);
  g_assert_cmpint (judge ("approve", changed, FALSE, FALSE), ==, TR_SYNC_MOVE_CHANGED);
  g_assert_cmpint (judge ("sendback", changed, FALSE, FALSE), ==, TR_SYNC_MOVE_NONE);
  g_assert_cmpint (judge ("approve", recalled, FALSE, FALSE), ==, TR_SYNC_MOVE_RECALLED);
  g_assert_cmpint (judge ("approve", sent_back, FALSE, FALSE), ==, TR_SYNC_MOVE_SENT_BACK);
  g_assert_cmpint (judge ("approve", sent_back, TRUE, FALSE), ==, TR_SYNC_MOVE_RETURNED);
  g_assert_cmpint (judge ("approve", approved, FALSE, FALSE), ==, TR_SYNC_MOVE_APPROVED);
  g_assert_cmpint (judge ("approve", approved, FALSE, TRUE), ==, TR_SYNC_MOVE_DONE);
  g_assert_cmpint (judge ("approve", next_step, FALSE, FALSE), ==, TR_SYNC_MOVE_APPROVED);
  g_assert_cmpint (judge ("approve", next_step, FALSE, TRUE), ==, TR_SYNC_MOVE_DONE);
  g_assert_cmpint (judge ("sendback", sent_back, FALSE, TRUE), ==, TR_SYNC_MOVE_DONE);
  g_assert_cmpint (judge ("approve", canceled, FALSE, FALSE), ==, TR_SYNC_MOVE_CANCELED);
  g_assert_cmpint (judge ("recall", approved, FALSE, FALSE), ==, TR_SYNC_MOVE_APPROVED);

  g_assert_false (tr_sync_move_set_error (TR_SYNC_MOVE_NONE, "approve", current, &error));
  g_assert_no_error (error);
  g_assert_true (tr_sync_move_set_error (TR_SYNC_MOVE_RECALLED, "approve", current, &error));
  g_assert_error (error, TR_SYNC_ERROR, TR_SYNC_ERROR_MOVED);
  g_assert_nonnull (strstr (error->message, "recalled by the traveler"));
  message = tr_sync_move_describe (TR_SYNC_MOVE_OTHER, "approve", current);
  g_assert_nonnull (strstr (message, "SENTBACK"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sync/moved/judge", test_judge);
  if (argc >= 2 && g_file_test (argv[1], G_FILE_TEST_IS_EXECUTABLE))
    {
      sandbox_exe = argv[1];
      g_test_add_func ("/sync/moved/offline-batch", test_offline_batch);
      g_test_add_func ("/sync/moved/changed-version-refused", test_changed_version_refused);
      g_test_add_func ("/sync/moved/lost-response-is-success", test_lost_response_is_success);
    }
  return g_test_run ();
}
