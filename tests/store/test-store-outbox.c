/* test-store-outbox.c
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

#include "tr-store-test-utils.h"

/* The outbox: dependencies, id rewriting, deletes, workflow actions,
 * failures, and the order of asynchronous operations. */

typedef struct
{
  char    *dir;
  char    *path;
  TrStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = tr_store_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "account.db", NULL);
  f->store = tr_store_test_open (f->path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  tr_store_test_close (f->store);
  tr_store_test_rm_rf (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static gint64
new_draft (Fixture *f)
{
  g_autoptr(JsonNode) draft = tr_store_test_load_fixture ("01-create-request.request.json");
  g_autoptr(GError) error = NULL;
  gint64 id = tr_store_test_create (f->store, draft, &error);

  g_assert_no_error (error);
  return id;
}

static gint64
new_expense (Fixture *f,
             gint64   request_id)
{
  g_autoptr(JsonNode) expense = tr_store_test_load_fixture ("08-create-expense.request.json");
  g_autoptr(GError) error = NULL;
  gint64 id = tr_store_test_create_expense (f->store, request_id, expense, &error);

  g_assert_no_error (error);
  return id;
}

static TrStoreOutboxOp *
peek (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  TrStoreOutboxOp *op = tr_store_test_peek (f->store, &error);

  g_assert_no_error (error);
  return op;
}

static GPtrArray *
outbox (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *ops = tr_store_test_outbox (f->store, &error);

  g_assert_no_error (error);
  return ops;
}

static void
begin_attempt (Fixture *f,
               gint64   seq)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  tr_store_outbox_begin_attempt_async (f->store, seq, NULL, tr_store_test_capture, &result);
  g_assert_true (tr_store_outbox_begin_attempt_finish (f->store, tr_store_test_wait (&result), &error));
  g_assert_no_error (error);
}

static void
test_expense_depends_on_request (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(JsonNode) response = tr_store_test_load_fixture ("01-create-request.response.json");
  g_autoptr(JsonNode) edit = tr_store_test_load_fixture ("01-create-request.request.json");
  g_autoptr(TrStoreOutboxOp) first = NULL;
  g_autoptr(TrStoreOutboxOp) again = NULL;
  g_autoptr(TrStoreOutboxOp) next = NULL;
  g_autoptr(TrStoreRequestRow) row = NULL;
  g_autoptr(GPtrArray) ops = NULL;
  g_autoptr(GPtrArray) expenses = NULL;
  g_autoptr(GError) error = NULL;
  gint64 request = new_draft (f), expense = new_expense (f, request);
  TrStoreOutboxOp *expense_op, *update_op;
  gint64 before = g_get_real_time ();

  /* Only the request's create is ready; the expense waits for it. */
  first = peek (f);
  g_assert_cmpint (first->kind, ==, TR_STORE_OP_CREATE);
  g_assert_cmpint (first->entity_kind, ==, TR_STORE_ENTITY_REQUEST);
  ops = outbox (f);
  g_assert_cmpuint (ops->len, ==, 2);
  expense_op = ops->pdata[1];
  g_assert_cmpint (expense_op->entity_kind, ==, TR_STORE_ENTITY_EXPENSE);
  g_assert_cmpint (expense_op->entity_local_id, ==, expense);
  g_assert_cmpint (expense_op->depends_on, ==, first->seq);
  g_assert_cmpint (expense_op->parent_local_id, ==, request);
  g_assert_null (expense_op->parent_server_id);
  g_clear_pointer (&ops, g_ptr_array_unref);

  /* The attempt is recorded; the op stays queued until an outcome. */
  begin_attempt (f, first->seq);
  again = peek (f);
  g_assert_cmpint (again->seq, ==, first->seq);
  g_assert_cmpuint (again->attempts, ==, 1);
  g_assert_cmpint (again->attempt_started_at, >=, before);

  /* An edit after the attempt cannot ride on the create any more. */
  g_assert_true (tr_store_test_save (f->store, request, edit, &error));
  g_assert_no_error (error);

  g_assert_true (tr_store_test_done (f->store, first->seq, "CED5E9CD8FC1424488F9331ACF956E73", response, &error));
  g_assert_no_error (error);

  ops = outbox (f);
  g_assert_cmpuint (ops->len, ==, 2);
  expense_op = ops->pdata[0];
  update_op = ops->pdata[1];
  g_assert_cmpint (expense_op->depends_on, ==, 0);
  g_assert_cmpstr (expense_op->parent_server_id, ==, "CED5E9CD8FC1424488F9331ACF956E73");
  g_assert_cmpint (update_op->kind, ==, TR_STORE_OP_UPDATE);
  g_assert_cmpstr (update_op->entity_server_id, ==, "CED5E9CD8FC1424488F9331ACF956E73");

  next = peek (f);
  g_assert_cmpint (next->seq, ==, expense_op->seq);

  row = tr_store_test_get (f->store, request, &expenses, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (row->server_id, ==, "CED5E9CD8FC1424488F9331ACF956E73");
  g_assert_cmpint (row->sync_state, ==, TR_STORE_SYNC_STATE_PENDING);
  g_assert_true (json_node_equal (row->base, response));
  g_assert_true (json_node_equal (row->full, edit));
  g_assert_cmpuint (expenses->len, ==, 1);
  g_assert_cmpint (((TrStoreExpenseRow *) expenses->pdata[0])->sync_state, ==, TR_STORE_SYNC_STATE_LOCAL_ONLY);
}

static void
test_expense_create_done (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(JsonNode) response = tr_store_test_load_fixture ("01-create-request.response.json");
  g_autoptr(JsonNode) expense_response = tr_store_test_load_fixture ("08-create-expense.response.json");
  g_autoptr(TrStoreOutboxOp) op = NULL;
  g_autoptr(TrStoreOutboxOp) op2 = NULL;
  g_autoptr(TrStoreOutboxOp) none = NULL;
  g_autoptr(TrStoreRequestRow) row = NULL;
  g_autoptr(GPtrArray) expenses = NULL;
  g_autoptr(GError) error = NULL;
  gint64 request = new_draft (f);
  TrStoreExpenseRow *expense;

  new_expense (f, request);
  op = peek (f);
  g_assert_true (tr_store_test_done (f->store, op->seq, "CED5E9CD8FC1424488F9331ACF956E73", response, &error));
  g_assert_no_error (error);
  op2 = peek (f);
  g_assert_cmpint (op2->entity_kind, ==, TR_STORE_ENTITY_EXPENSE);
  g_assert_true (tr_store_test_done (f->store, op2->seq, "0465224E14C23D4F8C2BC79A9D694BDD", expense_response, &error));
  g_assert_no_error (error);
  none = peek (f);
  g_assert_null (none);
  g_assert_cmpint (tr_store_test_count (f->store, &error), ==, 0);

  row = tr_store_test_get (f->store, request, &expenses, &error);
  g_assert_no_error (error);
  g_assert_cmpint (row->sync_state, ==, TR_STORE_SYNC_STATE_SYNCED);
  g_assert_true (json_node_equal (row->full, response));
  expense = expenses->pdata[0];
  g_assert_cmpstr (expense->server_id, ==, "0465224E14C23D4F8C2BC79A9D694BDD");
  g_assert_cmpstr (expense->type_code, ==, "TRAIN");
  g_assert_cmpint (expense->amount.units, ==, 12238);
  g_assert_cmpint (expense->amount.scale, ==, 2);
  g_assert_cmpstr (expense->amount.currency, ==, "USD");
  g_assert_cmpint (expense->sync_state, ==, TR_STORE_SYNC_STATE_SYNCED);
  g_assert_true (json_node_equal (expense->full, expense_response));
}

static void
test_delete_draft_drops_queue (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrStoreRequestRow) gone = NULL;
  gint64 keep = new_draft (f), draft = new_draft (f);

  new_expense (f, draft);
  new_expense (f, keep);
  tr_store_test_action (f->store, draft, "submit", &error);
  g_assert_no_error (error);
  g_assert_cmpint (tr_store_test_count (f->store, &error), ==, 5);

  g_assert_true (tr_store_test_delete (f->store, draft, &error));
  g_assert_no_error (error);
  gone = tr_store_test_get (f->store, draft, NULL, &error);
  g_assert_error (error, TR_STORE_ERROR, TR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (tr_store_test_count (f->store, &error), ==, 2);
  g_assert_cmpint (tr_store_test_sql_int (f->path, "SELECT count(*) FROM expenses"), ==, 1);
  g_assert_cmpint (tr_store_test_sql_int (f->path, "SELECT count(*) FROM outbox"
                                                   " WHERE entity_local_id = 2 AND entity_kind = 0"), ==, 0);
}

static void
test_delete_attempted_draft_keeps_create (Fixture       *f,
                                          gconstpointer  data)
{
  g_autoptr(TrStoreOutboxOp) create = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) ops = NULL;
  g_autoptr(GError) error = NULL;
  gint64 draft = new_draft (f);

  /* The create may have reached the server: the delete must follow it. */
  create = peek (f);
  begin_attempt (f, create->seq);
  g_assert_true (tr_store_test_delete (f->store, draft, &error));
  g_assert_no_error (error);
  ops = outbox (f);
  g_assert_cmpuint (ops->len, ==, 2);
  g_assert_cmpint (((TrStoreOutboxOp *) ops->pdata[0])->kind, ==, TR_STORE_OP_CREATE);
  g_assert_cmpint (((TrStoreOutboxOp *) ops->pdata[1])->kind, ==, TR_STORE_OP_DELETE);

  /* The server refuses that create: nothing exists there, all goes. */
  tr_store_outbox_mark_failed_async (f->store, create->seq, "Missing policy", NULL,
                                     tr_store_test_capture, &result);
  g_assert_true (tr_store_outbox_mark_failed_finish (f->store, tr_store_test_wait (&result), &error));
  g_assert_no_error (error);
  g_assert_cmpint (tr_store_test_sql_int (f->path, "SELECT count(*) FROM outbox"), ==, 0);
  g_assert_cmpint (tr_store_test_sql_int (f->path, "SELECT count(*) FROM requests"), ==, 0);
}

static void
test_delete_refused_draft (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(TrStoreOutboxOp) create = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gint64 draft = new_draft (f);

  /* A refused create made nothing: deleting the draft just drops it. */
  create = peek (f);
  begin_attempt (f, create->seq);
  tr_store_outbox_mark_failed_async (f->store, create->seq, "Missing policy", NULL,
                                     tr_store_test_capture, &result);
  g_assert_true (tr_store_outbox_mark_failed_finish (f->store, tr_store_test_wait (&result), &error));
  g_assert_true (tr_store_test_delete (f->store, draft, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tr_store_test_sql_int (f->path, "SELECT count(*) FROM outbox"), ==, 0);
  g_assert_cmpint (tr_store_test_sql_int (f->path, "SELECT count(*) FROM requests"), ==, 0);
}

static void
test_delete_synced (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(JsonNode) json = tr_store_test_load_fixture ("03-get-request.response.json");
  g_autoptr(TrStoreRequestRow) row = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GPtrArray) ops = NULL;
  g_autoptr(GError) error = NULL;
  TrStoreQuery query = { 0 };
  TrStoreOutboxOp *op;
  gint64 id = tr_store_test_upsert (f->store, json, &error);

  g_assert_no_error (error);
  g_assert_true (tr_store_test_save (f->store, id, json, &error));
  g_assert_true (tr_store_test_delete (f->store, id, &error));
  g_assert_no_error (error);

  row = tr_store_test_get (f->store, id, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (row->deleted);
  listed = tr_store_test_list (f->store, &query, &error);
  g_assert_cmpuint (listed->len, ==, 0);

  /* The unsent update is pointless now; only the delete remains. */
  ops = outbox (f);
  g_assert_cmpuint (ops->len, ==, 1);
  op = ops->pdata[0];
  g_assert_cmpint (op->kind, ==, TR_STORE_OP_DELETE);
  g_assert_cmpstr (op->entity_server_id, ==, "224AF3CDCC2A5244A37C72FA5770C6F2");

  g_assert_true (tr_store_test_done (f->store, op->seq, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tr_store_test_sql_int (f->path, "SELECT count(*) FROM requests"), ==, 0);
  g_assert_cmpint (tr_store_test_count (f->store, &error), ==, 0);
}

static void
test_workflow_action (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(JsonNode) json = tr_store_test_load_fixture ("04-update-request.response.json");
  g_autoptr(JsonNode) submitted = tr_store_test_load_fixture ("07-submit-request.response.json");
  g_autoptr(TrStoreRequestRow) pending = NULL;
  g_autoptr(TrStoreRequestRow) after = NULL;
  g_autoptr(TrStoreOutboxOp) op = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = tr_store_test_upsert (f->store, json, &error), seq;

  g_assert_no_error (error);
  g_assert_cmpint (tr_store_test_action (f->store, id, "launch", &error), ==, 0);
  g_assert_error (error, TR_STORE_ERROR, TR_STORE_ERROR_INVALID);
  g_clear_error (&error);

  seq = tr_store_test_action (f->store, id, "submit", &error);
  g_assert_no_error (error);
  pending = tr_store_test_get (f->store, id, NULL, &error);
  g_assert_cmpstr (pending->pending_action, ==, "submit");
  g_assert_cmpint (pending->sync_state, ==, TR_STORE_SYNC_STATE_PENDING);
  g_assert_cmpstr (pending->status_code, ==, "NOT_SUBMITTED");

  op = peek (f);
  g_assert_cmpint (op->seq, ==, seq);
  g_assert_cmpint (op->kind, ==, TR_STORE_OP_ACTION);
  g_assert_cmpstr (op->action, ==, "submit");
  g_assert_cmpstr (op->entity_server_id, ==, "053A479B3C9DD847B02A203C657AE26B");

  g_assert_true (tr_store_test_done (f->store, seq, NULL, submitted, &error));
  g_assert_no_error (error);
  after = tr_store_test_get (f->store, id, NULL, &error);
  g_assert_null (after->pending_action);
  g_assert_cmpstr (after->status_code, ==, "SUBMITTED");
  g_assert_cmpint (after->sync_state, ==, TR_STORE_SYNC_STATE_SYNCED);
}

static void
test_failed_and_retry (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(TrStoreOutboxOp) first = NULL;
  g_autoptr(TrStoreOutboxOp) other = NULL;
  g_autoptr(TrStoreOutboxOp) back = NULL;
  g_autoptr(TrStoreRequestRow) failed = NULL;
  g_autoptr(TrStoreRequestRow) retried = NULL;
  g_autoptr(TrStoreRequestRow) fixed = NULL;
  g_autoptr(JsonNode) fix = tr_store_test_parse ("{\"name\":\"Fixed\",\"policy\":{\"id\":\"P1\"}}");
  g_autoptr(GPtrArray) ops = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) result2 = NULL;
  g_autoptr(GError) error = NULL;
  gint64 a = new_draft (f), b = new_draft (f);

  new_expense (f, a);
  first = peek (f);
  g_assert_cmpint (first->entity_local_id, ==, a);
  tr_store_outbox_mark_failed_async (f->store, first->seq, "Missing policy", NULL, tr_store_test_capture, &result);
  g_assert_true (tr_store_outbox_mark_failed_finish (f->store, tr_store_test_wait (&result), &error));
  g_assert_no_error (error);

  failed = tr_store_test_get (f->store, a, NULL, &error);
  g_assert_cmpint (failed->sync_state, ==, TR_STORE_SYNC_STATE_FAILED);
  g_assert_cmpstr (failed->last_error, ==, "Missing policy");
  g_assert_cmpint (tr_store_test_count (f->store, &error), ==, 2);

  /* The user's fix goes into the refused create; the state stays failed
   * until the retry. */
  g_assert_true (tr_store_test_save (f->store, a, fix, &error));
  g_assert_no_error (error);
  fixed = tr_store_test_get (f->store, a, NULL, &error);
  g_assert_cmpint (fixed->sync_state, ==, TR_STORE_SYNC_STATE_FAILED);
  ops = outbox (f);
  g_assert_cmpuint (ops->len, ==, 3);
  g_assert_cmpint (((TrStoreOutboxOp *) ops->pdata[0])->state, ==, TR_STORE_OP_STATE_FAILED);
  g_assert_true (json_node_equal (((TrStoreOutboxOp *) ops->pdata[0])->payload, fix));

  /* A's expense waits on A's failed create; B goes on. */
  other = peek (f);
  g_assert_cmpint (other->entity_local_id, ==, b);
  g_assert_cmpint (other->entity_kind, ==, TR_STORE_ENTITY_REQUEST);

  tr_store_outbox_retry_async (f->store, first->seq, NULL, tr_store_test_capture, &result2);
  g_assert_true (tr_store_outbox_retry_finish (f->store, tr_store_test_wait (&result2), &error));
  g_assert_no_error (error);
  retried = tr_store_test_get (f->store, a, NULL, &error);
  g_assert_cmpint (retried->sync_state, ==, TR_STORE_SYNC_STATE_LOCAL_ONLY);
  g_assert_null (retried->last_error);
  back = peek (f);
  g_assert_cmpint (back->seq, ==, first->seq);
  g_assert_true (json_node_equal (back->payload, fix));
}

static void
test_done_errors (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(TrStoreOutboxOp) op = NULL;
  g_autoptr(TrStoreOutboxOp) still = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (tr_store_test_done (f->store, 999, NULL, NULL, &error));
  g_assert_error (error, TR_STORE_ERROR, TR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  new_draft (f);
  op = peek (f);
  g_assert_false (tr_store_test_done (f->store, op->seq, NULL, NULL, &error));
  g_assert_error (error, TR_STORE_ERROR, TR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  still = peek (f);
  g_assert_cmpint (still->seq, ==, op->seq);
}

/* A create whose response was lost, while a pull already cached the
 * object it made: adopting the id leaves one object, not two. */
static void
test_adopt_duplicate (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(JsonNode) response = tr_store_test_load_fixture ("01-create-request.response.json");
  g_autoptr(TrStoreOutboxOp) create = NULL;
  g_autoptr(GError) error = NULL;
  gint64 draft = new_draft (f), pulled;

  create = peek (f);
  begin_attempt (f, create->seq);
  pulled = tr_store_test_upsert (f->store, response, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pulled, !=, draft);
  g_assert_cmpint (tr_store_test_sql_int (f->path, "SELECT count(*) FROM requests"), ==, 2);

  g_assert_true (tr_store_test_done (f->store, create->seq, "CED5E9CD8FC1424488F9331ACF956E73", response, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tr_store_test_sql_int (f->path, "SELECT count(*) FROM requests"), ==, 1);
  g_assert_cmpint (tr_store_test_sql_int (f->path, "SELECT local_id FROM requests"
                                                   " WHERE server_id = 'CED5E9CD8FC1424488F9331ACF956E73'"), ==, draft);
}

static gboolean
save_expense (Fixture   *f,
              gint64     id,
              JsonNode  *json,
              GError   **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_store_save_expense_async (f->store, id, json, NULL, tr_store_test_capture, &result);
  return tr_store_save_expense_finish (f->store, tr_store_test_wait (&result), error);
}

static gboolean
delete_expense (Fixture  *f,
                gint64    id,
                GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_store_delete_expense_async (f->store, id, NULL, tr_store_test_capture, &result);
  return tr_store_delete_expense_finish (f->store, tr_store_test_wait (&result), error);
}

static void
test_server_expenses (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(JsonNode) request = tr_store_test_load_fixture ("03-get-request.response.json");
  g_autoptr(JsonNode) airfare = tr_store_test_load_fixture ("10-get-expense-airfare.response.json");
  g_autoptr(JsonNode) dinner = tr_store_test_load_fixture ("11-get-expense-dinner.response.json");
  g_autoptr(JsonNode) taxi = tr_store_test_parse ("{\"expenseType\":{\"id\":\"TAXIX\"},"
                                                  "\"transactionAmount\":{\"value\":30,\"currency\":\"EUR\"}}");
  g_autoptr(TrStoreRequestRow) row = NULL;
  g_autoptr(GPtrArray) expenses = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) ops = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = tr_store_test_upsert (f->store, request, &error);
  gint64 air_id, dinner_id, taxi_id;
  TrStoreOutboxOp *op;

  g_assert_no_error (error);
  g_assert_cmpint (tr_store_test_upsert_expense (f->store, "NOPE", dinner, &error), ==, 0);
  g_assert_error (error, TR_STORE_ERROR, TR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  air_id = tr_store_test_upsert_expense (f->store, "224AF3CDCC2A5244A37C72FA5770C6F2", airfare, &error);
  dinner_id = tr_store_test_upsert_expense (f->store, "224AF3CDCC2A5244A37C72FA5770C6F2", dinner, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tr_store_test_upsert_expense (f->store, "224AF3CDCC2A5244A37C72FA5770C6F2", dinner, &error), ==, dinner_id);

  row = tr_store_test_get (f->store, id, &expenses, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expenses->len, ==, 2);
  g_assert_cmpint (((TrStoreExpenseRow *) expenses->pdata[1])->local_id, ==, dinner_id);
  g_assert_cmpint (((TrStoreExpenseRow *) expenses->pdata[1])->sync_state, ==, TR_STORE_SYNC_STATE_SYNCED);

  /* An edit of a synced expense names both server ids, waits for nobody. */
  g_assert_true (save_expense (f, dinner_id, dinner, &error));
  g_assert_no_error (error);
  ops = outbox (f);
  g_assert_cmpuint (ops->len, ==, 1);
  op = ops->pdata[0];
  g_assert_cmpint (op->kind, ==, TR_STORE_OP_UPDATE);
  g_assert_cmpint (op->entity_kind, ==, TR_STORE_ENTITY_EXPENSE);
  g_assert_cmpstr (op->entity_server_id, ==, "C286A46A2DDF984EA28E41CEA278667D");
  g_assert_cmpstr (op->parent_server_id, ==, "224AF3CDCC2A5244A37C72FA5770C6F2");
  g_assert_cmpint (op->depends_on, ==, 0);
  g_clear_pointer (&ops, g_ptr_array_unref);

  /* A new expense under a synced request knows its parent right away. */
  taxi_id = tr_store_test_create_expense (f->store, id, taxi, &error);
  g_assert_no_error (error);
  g_assert_true (delete_expense (f, taxi_id, &error));
  g_assert_true (delete_expense (f, dinner_id, &error));
  g_assert_no_error (error);
  ops = outbox (f);
  g_assert_cmpuint (ops->len, ==, 1);
  op = ops->pdata[0];
  g_assert_cmpint (op->kind, ==, TR_STORE_OP_DELETE);
  g_assert_cmpint (op->entity_local_id, ==, dinner_id);

  g_assert_true (tr_store_test_done (f->store, op->seq, NULL, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&row, tr_store_request_row_unref);
  row = tr_store_test_get (f->store, id, &after, &error);
  g_assert_cmpuint (after->len, ==, 1);
  g_assert_cmpint (((TrStoreExpenseRow *) after->pdata[0])->local_id, ==, air_id);
  g_assert_cmpint (tr_store_test_sql_int (f->path, "SELECT count(*) FROM expenses"), ==, 1);
}

typedef struct
{
  GArray *order;
  guint   index;
} OrderSlot;

static void
save_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  OrderSlot *slot = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (tr_store_save_request_finish (TR_STORE (source), result, &error));
  g_assert_no_error (error);
  g_array_append_val (slot->order, slot->index);
}

static void
count_changed (TrStore *store,
               int      kind,
               gint64   local_id,
               gpointer user_data)
{
  guint *count = user_data;

  g_assert_cmpint (kind, ==, TR_STORE_ENTITY_REQUEST);
  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  (*count)++;
}

static void
test_async_order (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(JsonNode) json = tr_store_test_load_fixture ("03-get-request.response.json");
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(TrStoreRequestRow) row = NULL;
  g_autoptr(GPtrArray) ops = NULL;
  g_autoptr(GError) error = NULL;
  OrderSlot slots[40];
  guint changed = 0;
  gint64 id = tr_store_test_upsert (f->store, json, &error);

  g_signal_connect (f->store, "changed", G_CALLBACK (count_changed), &changed);
  for (guint i = 0; i < G_N_ELEMENTS (slots); i++)
    {
      g_autofree char *name = g_strdup_printf ("Version %u", i);
      g_autofree char *text = json_to_string (json, FALSE);
      g_autoptr(JsonNode) edit = tr_store_test_parse (text);

      json_object_set_string_member (json_node_get_object (edit), "name", name);
      slots[i].order = order;
      slots[i].index = i;
      tr_store_save_request_async (f->store, id, edit, NULL, save_done, &slots[i]);
      if (i % 3 == 0)
        tr_store_test_action (f->store, id, "submit", &error);
    }

  /* The get queued last sees every save. */
  row = tr_store_test_get (f->store, id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (row->name, ==, "Version 39");
  g_assert_cmpuint (order->len, ==, G_N_ELEMENTS (slots));
  for (guint i = 0; i < order->len; i++)
    g_assert_cmpuint (g_array_index (order, guint, i), ==, i);
  while (changed < G_N_ELEMENTS (slots) + 14)
    g_main_context_iteration (NULL, TRUE);

  /* Saves between two actions were folded into one update each. */
  ops = outbox (f);
  g_assert_cmpuint (ops->len, ==, 28);
  for (guint i = 1; i < ops->len; i++)
    g_assert_cmpint (((TrStoreOutboxOp *) ops->pdata[i - 1])->seq, <, ((TrStoreOutboxOp *) ops->pdata[i])->seq);
  g_assert_cmpint (((TrStoreOutboxOp *) ops->pdata[27])->kind, ==, TR_STORE_OP_ACTION);
  g_assert_cmpint (((TrStoreOutboxOp *) ops->pdata[26])->kind, ==, TR_STORE_OP_UPDATE);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (((TrStoreOutboxOp *) ops->pdata[26])->payload), "name"),
                   ==, "Version 39");
}

static void
test_meta (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GAsyncResult) set1 = NULL, get1 = NULL, set2 = NULL, get2 = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;
  g_autofree char *absent = NULL;

  tr_store_meta_set_async (f->store, "pull.modified-after", "2026-11-23T10:00:00Z", NULL, tr_store_test_capture, &set1);
  tr_store_meta_get_async (f->store, "pull.modified-after", NULL, tr_store_test_capture, &get1);
  tr_store_meta_set_async (f->store, "pull.modified-after", NULL, NULL, tr_store_test_capture, &set2);
  tr_store_meta_get_async (f->store, "pull.modified-after", NULL, tr_store_test_capture, &get2);

  g_assert_true (tr_store_meta_set_finish (f->store, tr_store_test_wait (&set1), &error));
  value = tr_store_meta_get_finish (f->store, tr_store_test_wait (&get1), &error);
  g_assert_cmpstr (value, ==, "2026-11-23T10:00:00Z");
  g_assert_true (tr_store_meta_set_finish (f->store, tr_store_test_wait (&set2), &error));
  absent = tr_store_meta_get_finish (f->store, tr_store_test_wait (&get2), &error);
  g_assert_no_error (error);
  g_assert_null (absent);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/store/outbox/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("expense-depends-on-request", test_expense_depends_on_request);
  ADD ("expense-create-done", test_expense_create_done);
  ADD ("delete-draft-drops-queue", test_delete_draft_drops_queue);
  ADD ("delete-attempted-draft-keeps-create", test_delete_attempted_draft_keeps_create);
  ADD ("delete-refused-draft", test_delete_refused_draft);
  ADD ("delete-synced", test_delete_synced);
  ADD ("workflow-action", test_workflow_action);
  ADD ("failed-and-retry", test_failed_and_retry);
  ADD ("done-errors", test_done_errors);
  ADD ("adopt-duplicate", test_adopt_duplicate);
  ADD ("server-expenses", test_server_expenses);
  ADD ("async-order", test_async_order);
  ADD ("meta", test_meta);
#undef ADD

  return g_test_run ();
}
