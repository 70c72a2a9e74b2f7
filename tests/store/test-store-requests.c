/* test-store-requests.c
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

/* Requests: caching server copies, listing, local edits and their outbox
 * operations written together. */

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

/* A deep copy (json_node_copy() shares the object) with one change. */
static JsonNode *
with_member (JsonNode   *node,
             const char *member,
             const char *value)
{
  g_autofree char *text = json_to_string (node, FALSE);
  JsonNode *copy = tr_store_test_parse (text);

  json_object_set_string_member (json_node_get_object (copy), member, value);
  return copy;
}

static TrStoreRequestRow *
get_row (Fixture  *f,
         gint64    local_id)
{
  g_autoptr(GError) error = NULL;
  TrStoreRequestRow *row = tr_store_test_get (f->store, local_id, NULL, &error);

  g_assert_no_error (error);
  return row;
}

static void
test_upsert_fixture (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(JsonNode) json = tr_store_test_load_fixture ("03-get-request.response.json");
  g_autoptr(TrStoreRequestRow) row = NULL;
  g_autoptr(GPtrArray) expenses = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id, again;

  id = tr_store_test_upsert (f->store, json, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  row = tr_store_test_get (f->store, id, &expenses, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (row->server_id, ==, "224AF3CDCC2A5244A37C72FA5770C6F2");
  g_assert_cmpstr (row->request_key, ==, "333T");
  g_assert_cmpstr (row->name, ==, "Client meeting in Berlin - JULY");
  g_assert_cmpstr (row->business_purpose, ==, "Client meeting for project KIWI");
  g_assert_cmpstr (row->start_date, ==, "2018-07-15");
  g_assert_cmpstr (row->end_date, ==, "2018-07-17");
  g_assert_cmpstr (row->destination, ==, "Berlin, GERMANY");
  g_assert_cmpstr (row->status_code, ==, "NOT_SUBMITTED");
  g_assert_cmpstr (row->status_name, ==, "Not Submitted");
  g_assert_cmpstr (row->owner_id, ==, "c0d9894b-98e2-48d5-86f9-1decde90dd15");
  g_assert_null (row->approver_id);
  g_assert_cmpint (row->total.units, ==, 49456);
  g_assert_cmpint (row->total.scale, ==, 2);
  g_assert_cmpstr (row->total.currency, ==, "USD");
  g_assert_cmpstr (row->last_modified, ==, "2018-05-25T07:34:01.000Z");
  g_assert_cmpint (row->sync_state, ==, TR_STORE_SYNC_STATE_SYNCED);
  g_assert_false (row->has_remote);
  g_assert_true (json_node_equal (row->full, json));
  g_assert_true (json_node_equal (row->base, json));
  g_assert_null (row->remote);
  g_assert_cmpuint (expenses->len, ==, 0);

  again = tr_store_test_upsert (f->store, json, &error);
  g_assert_no_error (error);
  g_assert_cmpint (again, ==, id);
  g_assert_cmpint (tr_store_test_count (f->store, &error), ==, 0);
}

static void
test_upsert_list_items (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(JsonNode) page = tr_store_test_load_fixture ("02-list-requests.response.json");
  JsonArray *items = json_object_get_array_member (json_node_get_object (page), "data");
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GPtrArray) pending = NULL;
  g_autoptr(GError) error = NULL;
  TrStoreQuery query = { 0 };

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      tr_store_test_upsert (f->store, json_array_get_element (items, i), &error);
      g_assert_no_error (error);
    }

  query.view = TR_STORE_VIEW_DRAFTS;
  drafts = tr_store_test_list (f->store, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_cmpstr (((TrStoreRequestRow *) drafts->pdata[0])->request_key, ==, "3AT7");
  g_assert_null (((TrStoreRequestRow *) drafts->pdata[0])->full);

  query.view = TR_STORE_VIEW_PENDING;
  pending = tr_store_test_list (f->store, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pending->len, ==, 1);
  g_assert_cmpstr (((TrStoreRequestRow *) pending->pdata[0])->status_code, ==, "SUBMITTED");
}

/* The generated data set and its independent oracle. */
#define N_GENERATED 300

static const char *const statuses[] = { "NOT_SUBMITTED", "SUBMITTED", "SENTBACK", "APPROVED", "CANCELED" };
static const char *const cities[] = { "Berlin", "Zürich", "São Paulo" };

typedef struct
{
  char        key[8];
  char        date[11];
  const char *status;
  gboolean    closed;
  const char *city;
  gboolean    training;
} Generated;

static void
generate (guint      i,
          Generated *g)
{
  g_autoptr(GDate) date = g_date_new_dmy (1, G_DATE_JANUARY, 2026);

  g_date_add_days (date, (i * 37) % N_GENERATED);
  g_date_strftime (g->date, sizeof g->date, "%Y-%m-%d", date);
  g_snprintf (g->key, sizeof g->key, "K%03u", (i * 91) % N_GENERATED);
  g->status = statuses[i % 5];
  g->closed = i % 10 == 3 || i % 10 == 4;
  g->city = cities[i % 3];
  g->training = i % 4 == 0;
}

static JsonNode *
generated_json (guint            i,
                const Generated *g)
{
  g_autofree char *json = g_strdup_printf (
    "{\"id\":\"%032X\",\"requestId\":\"%s\",\"name\":\"Trip %u to %s\","
    "\"businessPurpose\":\"%s\",\"startDate\":\"%s\",\"endDate\":\"%s\","
    "\"mainDestination\":{\"name\":\"%s\"},\"approvalStatus\":{\"code\":\"%s\",\"name\":\"x\"},"
    "\"closed\":%s,\"totalPostedAmount\":{\"value\":%u.25,\"currency\":\"EUR\"},"
    "\"lastModified\":\"2026-01-01T00:00:00.000Z\"}",
    i + 1, g->key, i, g->city, g->training ? "Team training" : "Client visit",
    g->date, g->date, g->city, g->status, g->closed ? "true" : "false", i);

  return tr_store_test_parse (json);
}

static gboolean
oracle_matches (const Generated *g,
                TrStoreView      view)
{
  switch (view)
    {
    case TR_STORE_VIEW_ALL:
      return TRUE;
    case TR_STORE_VIEW_ACTIVE:
      return g_strcmp0 (g->status, "CANCELED") != 0 && !g->closed;
    case TR_STORE_VIEW_DRAFTS:
      return g_str_equal (g->status, "NOT_SUBMITTED") || g_str_equal (g->status, "SENTBACK");
    case TR_STORE_VIEW_PENDING:
      return g_str_equal (g->status, "SUBMITTED");
    case TR_STORE_VIEW_APPROVED:
      return g_str_equal (g->status, "APPROVED") && !g->closed;
    case TR_STORE_VIEW_CANCELED_CLOSED:
      return g_str_equal (g->status, "CANCELED") || g->closed;
    default:
      g_assert_not_reached ();
    }
}

static void
load_generated (Fixture   *f,
                Generated *gens)
{
  g_autoptr(JsonNode) array = json_node_new (JSON_NODE_ARRAY);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  json_node_take_array (array, json_array_new ());
  for (guint i = 0; i < N_GENERATED; i++)
    {
      generate (i, &gens[i]);
      json_array_add_element (json_node_get_array (array), generated_json (i, &gens[i]));
    }
  tr_store_upsert_server_requests_async (f->store, array, NULL, tr_store_test_capture, &result);
  ids = tr_store_upsert_server_requests_finish (f->store, tr_store_test_wait (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, N_GENERATED);
  for (guint i = 0; i < N_GENERATED; i++)
    g_assert_cmpint (g_array_index (ids, gint64, i), ==, i + 1);
}

static void
test_list_views (Fixture       *f,
                 gconstpointer  data)
{
  Generated gens[N_GENERATED];

  load_generated (f, gens);
  for (TrStoreView view = TR_STORE_VIEW_ALL; view <= TR_STORE_VIEW_CANCELED_CLOSED; view++)
    {
      TrStoreQuery query = { view, NULL, TR_STORE_SORT_START_DATE, FALSE, 0, 0 };
      g_autoptr(GPtrArray) rows = NULL;
      g_autoptr(GError) error = NULL;
      guint expected = 0;

      for (guint i = 0; i < N_GENERATED; i++)
        expected += oracle_matches (&gens[i], view) ? 1 : 0;
      rows = tr_store_test_list (f->store, &query, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (rows->len, ==, expected);
      g_assert_cmpuint (expected, >, 0);
      for (guint i = 0; i < rows->len; i++)
        {
          TrStoreRequestRow *row = rows->pdata[i];

          g_assert_true (oracle_matches (&gens[row->local_id - 1], view));
        }
    }
}

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  return strcmp (((const Generated *) a)->date, ((const Generated *) b)->date);
}

static void
test_list_sort_and_page (Fixture       *f,
                         gconstpointer  data)
{
  Generated gens[N_GENERATED], sorted[N_GENERATED];
  TrStoreQuery query = { TR_STORE_VIEW_ALL, NULL, TR_STORE_SORT_START_DATE, FALSE, 0, 0 };
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;

  load_generated (f, gens);
  memcpy (sorted, gens, sizeof gens);
  qsort (sorted, N_GENERATED, sizeof (Generated), compare_dates);

  all = tr_store_test_list (f->store, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, N_GENERATED);
  for (guint i = 0; i < N_GENERATED; i++)
    g_assert_cmpstr (((TrStoreRequestRow *) all->pdata[i])->start_date, ==, sorted[i].date);

  /* Pages of 40, descending, glue back into the reversed list. */
  query.descending = TRUE;
  query.limit = 40;
  for (guint offset = 0; offset < N_GENERATED; offset += 40)
    {
      g_autoptr(GPtrArray) page = NULL;

      query.offset = offset;
      page = tr_store_test_list (f->store, &query, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (page->len, ==, MIN (40, N_GENERATED - offset));
      for (guint i = 0; i < page->len; i++)
        g_assert_cmpstr (((TrStoreRequestRow *) page->pdata[i])->start_date, ==,
                         sorted[N_GENERATED - 1 - offset - i].date);
    }
}

static void
test_list_sort_keys (Fixture       *f,
                     gconstpointer  data)
{
  Generated gens[N_GENERATED];
  TrStoreQuery query = { TR_STORE_VIEW_ALL, NULL, TR_STORE_SORT_REQUEST_ID, FALSE, 0, 0 };
  g_autoptr(GPtrArray) by_key = NULL;
  g_autoptr(GPtrArray) by_status = NULL;
  g_autoptr(GError) error = NULL;

  load_generated (f, gens);
  by_key = tr_store_test_list (f->store, &query, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < N_GENERATED; i++)
    {
      g_autofree char *key = g_strdup_printf ("K%03u", i);

      g_assert_cmpstr (((TrStoreRequestRow *) by_key->pdata[i])->request_key, ==, key);
    }

  query.sort = TR_STORE_SORT_STATUS;
  query.descending = TRUE;
  by_status = tr_store_test_list (f->store, &query, &error);
  g_assert_no_error (error);
  for (guint i = 1; i < N_GENERATED; i++)
    {
      TrStoreRequestRow *prev = by_status->pdata[i - 1], *row = by_status->pdata[i];
      int cmp = strcmp (prev->status_code, row->status_code);

      g_assert_cmpint (cmp, >=, 0);
      if (cmp == 0)
        g_assert_cmpint (strcmp (prev->start_date, row->start_date), >=, 0);
    }
}

static void
test_list_search (Fixture       *f,
                  gconstpointer  data)
{
  Generated gens[N_GENERATED];
  TrStoreQuery query = { TR_STORE_VIEW_ACTIVE, "  ZURICH   training ", TR_STORE_SORT_START_DATE, FALSE, 0, 0 };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) by_key = NULL;
  g_autoptr(GError) error = NULL;
  guint expected = 0;

  load_generated (f, gens);
  for (guint i = 0; i < N_GENERATED; i++)
    if (g_str_equal (gens[i].city, "Zürich") && gens[i].training &&
        oracle_matches (&gens[i], TR_STORE_VIEW_ACTIVE))
      expected++;

  rows = tr_store_test_list (f->store, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (rows->len, ==, expected);

  /* LIKE wildcards typed by the user are literal. */
  query.text = "%_";
  none = tr_store_test_list (f->store, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);

  query.view = TR_STORE_VIEW_ALL;
  query.text = "k042";
  by_key = tr_store_test_list (f->store, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (by_key->len, ==, 1);
  g_assert_cmpstr (((TrStoreRequestRow *) by_key->pdata[0])->request_key, ==, "K042");
}

static void
install_failing_trigger (const char *path,
                         const char *table,
                         const char *event)
{
  g_autofree char *sql = g_strdup_printf ("CREATE TRIGGER sabotage BEFORE %s ON %s"
                                          " BEGIN SELECT RAISE (ABORT, 'simulated failure'); END;",
                                          event, table);

  tr_store_test_sql_exec (path, sql);
}

static void
assert_edit_not_written (Fixture  *f,
                         gint64    id,
                         JsonNode *original)
{
  g_autoptr(TrStoreRequestRow) row = get_row (f, id);
  g_autoptr(GError) error = NULL;

  g_assert_true (json_node_equal (row->full, original));
  g_assert_cmpint (row->sync_state, ==, TR_STORE_SYNC_STATE_SYNCED);
  g_assert_cmpint (tr_store_test_count (f->store, &error), ==, 0);
  g_assert_no_error (error);
}

static void
test_edit_and_outbox_atomic (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(JsonNode) json = tr_store_test_load_fixture ("03-get-request.response.json");
  g_autoptr(JsonNode) edited = with_member (json, "name", "Renamed offline");
  g_autoptr(TrStoreRequestRow) row = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = tr_store_test_upsert (f->store, json, &error);

  g_assert_no_error (error);

  /* The request row is written first; the outbox insert then fails. */
  install_failing_trigger (f->path, "outbox", "INSERT");
  g_assert_false (tr_store_test_save (f->store, id, edited, &error));
  g_assert_error (error, TR_STORE_ERROR, TR_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  assert_edit_not_written (f, id, json);
  tr_store_test_sql_exec (f->path, "DROP TRIGGER sabotage");

  /* And the other way round. */
  install_failing_trigger (f->path, "requests", "UPDATE");
  g_assert_false (tr_store_test_save (f->store, id, edited, &error));
  g_assert_error (error, TR_STORE_ERROR, TR_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  assert_edit_not_written (f, id, json);
  tr_store_test_sql_exec (f->path, "DROP TRIGGER sabotage");

  g_assert_true (tr_store_test_save (f->store, id, edited, &error));
  g_assert_no_error (error);
  row = get_row (f, id);
  g_assert_cmpstr (row->name, ==, "Renamed offline");
  g_assert_cmpint (row->sync_state, ==, TR_STORE_SYNC_STATE_PENDING);
  g_assert_true (json_node_equal (row->base, json));
  g_assert_cmpint (tr_store_test_count (f->store, &error), ==, 1);
}

static void
test_draft_create_op (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(JsonNode) draft = tr_store_test_load_fixture ("01-create-request.request.json");
  g_autoptr(JsonNode) edited = with_member (draft, "businessPurpose", "Edited before upload");
  g_autoptr(TrStoreRequestRow) row = NULL;
  g_autoptr(GPtrArray) ops = NULL;
  g_autoptr(GError) error = NULL;
  TrStoreOutboxOp *op;
  gint64 id;

  id = tr_store_test_create (f->store, draft, &error);
  g_assert_no_error (error);
  row = get_row (f, id);
  g_assert_null (row->server_id);
  g_assert_null (row->status_code);
  g_assert_cmpint (row->sync_state, ==, TR_STORE_SYNC_STATE_LOCAL_ONLY);

  /* An edit before the create was attempted travels with the create. */
  g_assert_true (tr_store_test_save (f->store, id, edited, &error));
  g_assert_no_error (error);
  ops = tr_store_test_outbox (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ops->len, ==, 1);
  op = ops->pdata[0];
  g_assert_cmpint (op->kind, ==, TR_STORE_OP_CREATE);
  g_assert_cmpint (op->entity_kind, ==, TR_STORE_ENTITY_REQUEST);
  g_assert_cmpint (op->entity_local_id, ==, id);
  g_assert_null (op->entity_server_id);
  g_assert_true (json_node_equal (op->payload, edited));
  g_assert_cmpuint (op->attempts, ==, 0);
  g_assert_cmpint (op->state, ==, TR_STORE_OP_STATE_QUEUED);
}

/* One bad item: the whole batch is refused, nothing is cached. */
static void
test_bad_batch (Fixture *f)
{
  g_autoptr(JsonNode) batch = tr_store_test_parse ("[{\"id\":\"B1\",\"name\":\"fine\"},"
                                                   " {\"id\":\"B2\",\"startDate\":7}]");
  g_autoptr(JsonNode) object = tr_store_test_parse ("{\"id\":\"B1\"}");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) result2 = NULL;
  g_autoptr(GError) error = NULL;

  tr_store_upsert_server_requests_async (f->store, batch, NULL, tr_store_test_capture, &result);
  g_assert_null (tr_store_upsert_server_requests_finish (f->store, tr_store_test_wait (&result), &error));
  g_assert_error (error, TR_STORE_ERROR, TR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (tr_store_test_sql_int (f->path, "SELECT count(*) FROM requests"), ==, 0);

  tr_store_upsert_server_requests_async (f->store, object, NULL, tr_store_test_capture, &result2);
  g_assert_null (tr_store_upsert_server_requests_finish (f->store, tr_store_test_wait (&result2), &error));
  g_assert_error (error, TR_STORE_ERROR, TR_STORE_ERROR_INVALID);
}

static void
test_bad_input (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(JsonNode) array = tr_store_test_parse ("[1, 2]");
  g_autoptr(JsonNode) no_id = tr_store_test_parse ("{\"name\":\"x\"}");
  g_autoptr(JsonNode) bad_name = tr_store_test_parse ("{\"id\":\"A1\",\"name\":42}");
  g_autoptr(JsonNode) bad_amount = tr_store_test_parse ("{\"id\":\"A1\",\"totalPostedAmount\":{\"value\":\"abc\"}}");
  g_autoptr(JsonNode) with_id = tr_store_test_parse ("{\"id\":\"A1\",\"name\":\"x\"}");
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (tr_store_test_upsert (f->store, array, &error), ==, 0);
  g_assert_error (error, TR_STORE_ERROR, TR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (tr_store_test_upsert (f->store, no_id, &error), ==, 0);
  g_assert_error (error, TR_STORE_ERROR, TR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (tr_store_test_upsert (f->store, bad_name, &error), ==, 0);
  g_assert_error (error, TR_STORE_ERROR, TR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (tr_store_test_upsert (f->store, bad_amount, &error), ==, 0);
  g_assert_error (error, TR_STORE_ERROR, TR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (tr_store_test_create (f->store, with_id, &error), ==, 0);
  g_assert_error (error, TR_STORE_ERROR, TR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tr_store_test_save (f->store, 12345, no_id, &error));
  g_assert_error (error, TR_STORE_ERROR, TR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (tr_store_test_delete (f->store, 12345, &error));
  g_assert_error (error, TR_STORE_ERROR, TR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (tr_store_test_get (f->store, 12345, NULL, &error));
  g_assert_error (error, TR_STORE_ERROR, TR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (tr_store_test_count (f->store, &error), ==, 0);
  g_assert_no_error (error);
  test_bad_batch (f);
}

static gboolean
merge (Fixture   *f,
       gint64     id,
       JsonNode  *merged,
       gboolean   conflict,
       GError   **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_store_merge_request_async (f->store, id, merged, conflict, NULL, tr_store_test_capture, &result);
  return tr_store_merge_request_finish (f->store, tr_store_test_wait (&result), error);
}

/* The sync engine's merge: the remote version becomes the base, the
 * merged one the local version; a conflict stays until resolved. */
static void
check_merge (Fixture  *f,
             gint64    id,
             JsonNode *remote)
{
  g_autoptr(JsonNode) merged = with_member (remote, "name", "Local name");
  g_autoptr(JsonNode) edited = with_member (merged, "comment", "still deciding");
  g_autoptr(JsonNode) resolved = with_member (merged, "businessPurpose", "Chosen by the user");
  g_autoptr(TrStoreRequestRow) conflicted = NULL;
  g_autoptr(TrStoreRequestRow) still = NULL;
  g_autoptr(TrStoreRequestRow) done = NULL;
  g_autoptr(GPtrArray) ops = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (merge (f, id, merged, TRUE, &error));
  g_assert_no_error (error);
  conflicted = get_row (f, id);
  g_assert_cmpint (conflicted->sync_state, ==, TR_STORE_SYNC_STATE_CONFLICT);
  g_assert_false (conflicted->has_remote);
  g_assert_true (json_node_equal (conflicted->base, remote));
  g_assert_true (json_node_equal (conflicted->full, merged));

  /* The base now carries the remote lastModified: the same copy pulled
   * again is not "newer". */
  g_assert_cmpint (tr_store_test_upsert (f->store, remote, &error), ==, id);
  g_assert_true (tr_store_test_save (f->store, id, edited, &error));
  still = get_row (f, id);
  g_assert_false (still->has_remote);
  g_assert_cmpint (still->sync_state, ==, TR_STORE_SYNC_STATE_CONFLICT);

  g_assert_true (merge (f, id, resolved, FALSE, &error));
  g_assert_no_error (error);
  done = get_row (f, id);
  g_assert_cmpint (done->sync_state, ==, TR_STORE_SYNC_STATE_PENDING);
  g_assert_true (json_node_equal (done->full, resolved));
  ops = tr_store_test_outbox (f->store, &error);
  g_assert_cmpuint (ops->len, ==, 1);
  g_assert_true (json_node_equal (((TrStoreOutboxOp *) ops->pdata[0])->payload, resolved));
}

static void
test_remote_slot (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(JsonNode) json = tr_store_test_load_fixture ("03-get-request.response.json");
  g_autoptr(JsonNode) local = with_member (json, "name", "Local name");
  g_autoptr(JsonNode) same = with_member (json, "comment", "same lastModified");
  g_autoptr(JsonNode) moved = NULL;
  g_autoptr(JsonNode) remote = NULL;
  g_autoptr(TrStoreRequestRow) row = NULL;
  g_autoptr(TrStoreRequestRow) row2 = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = tr_store_test_upsert (f->store, json, &error);

  g_assert_no_error (error);
  g_assert_true (tr_store_test_save (f->store, id, local, &error));
  g_assert_no_error (error);

  /* Same server version as the base: nothing to merge. */
  g_assert_cmpint (tr_store_test_upsert (f->store, same, &error), ==, id);
  row = get_row (f, id);
  g_assert_false (row->has_remote);

  /* The server moved: local and base stay, the new copy waits aside. */
  moved = with_member (json, "lastModified", "2018-06-01T00:00:00.000Z");
  remote = with_member (moved, "businessPurpose", "Changed on the server");
  g_assert_cmpint (tr_store_test_upsert (f->store, remote, &error), ==, id);
  row2 = get_row (f, id);
  g_assert_true (row2->has_remote);
  g_assert_true (json_node_equal (row2->full, local));
  g_assert_true (json_node_equal (row2->base, json));
  g_assert_true (json_node_equal (row2->remote, remote));
  g_assert_cmpstr (row2->name, ==, "Local name");
  g_assert_cmpint (row2->sync_state, ==, TR_STORE_SYNC_STATE_PENDING);
  check_merge (f, id, remote);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/store/requests/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("upsert-fixture", test_upsert_fixture);
  ADD ("upsert-list-items", test_upsert_list_items);
  ADD ("list-views", test_list_views);
  ADD ("list-sort-and-page", test_list_sort_and_page);
  ADD ("list-sort-keys", test_list_sort_keys);
  ADD ("list-search", test_list_search);
  ADD ("edit-and-outbox-atomic", test_edit_and_outbox_atomic);
  ADD ("draft-create-op", test_draft_create_op);
  ADD ("bad-input", test_bad_input);
  ADD ("remote-slot", test_remote_slot);
#undef ADD

  return g_test_run ();
}
