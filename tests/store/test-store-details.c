/* test-store-details.c
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

#include "tr-store-test-utils.h"

/* Summaries from list pages and lazily stored details
 * (tr-store-details.c). */

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
  f->path = g_build_filename (f->dir, "store.db", NULL);
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

static JsonNode *
detail_json (const char *id,
             const char *name,
             const char *modified)
{
  g_autofree char *text = g_strdup_printf (
    "{\"id\":\"%s\",\"name\":\"%s\",\"businessPurpose\":\"Kick-off\","
    "\"approvalStatus\":{\"code\":\"NOT_SUBMITTED\",\"name\":\"NOT_SUBMITTED\"},"
    "\"closed\":false,\"startDate\":\"2026-03-01\",\"lastModified\":\"%s\","
    "\"comments\":[{\"comment\":\"Held detail\"}],\"custom1\":{\"value\":\"C1\"}}",
    id, name, modified);

  return tr_store_test_parse (text);
}

static JsonNode *
summary_json (const char *id,
              const char *name,
              const char *status,
              gboolean    closed)
{
  g_autofree char *text = g_strdup_printf (
    "{\"id\":\"%s\",\"name\":\"%s\",\"businessPurpose\":\"Kick-off\","
    "\"approvalStatus\":{\"code\":\"%s\",\"name\":\"%s\"},"
    "\"closed\":%s,\"startDate\":\"2026-03-01\"}",
    id, name, status, status, closed ? "true" : "false");

  return tr_store_test_parse (text);
}

/* A JSON array holding @first and the following nodes (taken), up to NULL. */
static JsonNode *
array_of (JsonNode *first,
          ...)
{
  JsonNode *array = json_node_new (JSON_NODE_ARRAY);
  JsonArray *items = json_array_new ();
  va_list args;

  va_start (args, first);
  for (JsonNode *node = first; node != NULL; node = va_arg (args, JsonNode *))
    json_array_add_element (items, node);
  va_end (args);
  json_node_take_array (array, items);
  return array;
}

static JsonNode *
detail_entry (JsonNode   *request,
              const char *expense_id)
{
  JsonNode *entry = json_node_new (JSON_NODE_OBJECT);
  JsonObject *object = json_object_new ();

  json_object_set_member (object, "request", request);
  if (expense_id != NULL)
    {
      g_autofree char *text = g_strdup_printf (
        "[{\"id\":\"%s\",\"expenseType\":{\"id\":\"TAXIX\",\"name\":\"Taxi\"},"
        "\"transactionDate\":\"2026-03-01\",\"transactionAmount\":{\"value\":30.5,\"currency\":\"EUR\"}}]",
        expense_id);

      json_object_set_member (object, "expenses", tr_store_test_parse (text));
    }
  json_node_take_object (entry, object);
  return entry;
}

static GPtrArray *
store_summaries (TrStore  *store,
                 JsonNode *summaries)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *hydrated;

  tr_store_upsert_server_summaries_async (store, summaries, NULL, tr_store_test_capture, &result);
  hydrated = tr_store_upsert_server_summaries_finish (store, tr_store_test_wait (&result), &error);
  g_assert_no_error (error);
  return hydrated;
}

static GArray *
store_details (TrStore  *store,
               JsonNode *details)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GArray *ids;

  tr_store_upsert_server_details_async (store, details, NULL, tr_store_test_capture, &result);
  ids = tr_store_upsert_server_details_finish (store, tr_store_test_wait (&result), &error);
  g_assert_no_error (error);
  return ids;
}

static gboolean
detail_current (TrStore *store,
                gint64   local_id)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *server_id = NULL;
  gboolean current = FALSE;

  tr_store_get_detail_state_async (store, local_id, NULL, tr_store_test_capture, &result);
  g_assert_true (tr_store_get_detail_state_finish (store, tr_store_test_wait (&result), &current,
                                                   &server_id, &error));
  g_assert_no_error (error);
  return current;
}

static GPtrArray *
wanted (TrStore *store)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *ids;

  tr_store_list_details_wanted_async (store, NULL, tr_store_test_capture, &result);
  ids = tr_store_list_details_wanted_finish (store, tr_store_test_wait (&result), &error);
  g_assert_no_error (error);
  return ids;
}

static gboolean
has_id (GPtrArray  *ids,
        const char *id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (ids, i), id) == 0)
      return TRUE;
  return FALSE;
}

static const char *
full_string (TrStoreRequestRow *row,
             const char        *member)
{
  return json_object_get_string_member_with_default (json_node_get_object (row->full), member, NULL);
}

/* A new summary is cached without a detail; a detail makes it current. */
static void
test_summary_then_detail (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) hydrated = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) expenses = NULL;
  g_autoptr(TrStoreRequestRow) row = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *modified = NULL;
  gint64 local_id;

  hydrated = store_summaries (f->store, array_of (summary_json ("A1", "Lyon", "NOT_SUBMITTED", FALSE), NULL));
  g_assert_cmpuint (hydrated->len, ==, 0);
  g_assert_cmpint (tr_store_test_sql_int (f->path, "SELECT count(*) FROM requests"), ==, 1);
  local_id = tr_store_test_sql_int (f->path, "SELECT local_id FROM requests WHERE server_id = 'A1'");
  g_assert_false (detail_current (f->store, local_id));

  ids = store_details (f->store, array_of (detail_entry (detail_json ("A1", "Lyon", "2026-02-01T10:00:00Z"), "E1"),
                                           NULL));
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, local_id);
  g_assert_true (detail_current (f->store, local_id));
  row = tr_store_test_get (f->store, local_id, &expenses, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expenses->len, ==, 1);
  g_assert_true (json_object_has_member (json_node_get_object (row->full), "comments"));
  g_assert_cmpint (row->sync_state, ==, TR_STORE_SYNC_STATE_SYNCED);
  modified = tr_store_test_sql_text (f->path, "SELECT detail_modified FROM requests");
  g_assert_cmpstr (modified, ==, "2026-02-01T10:00:00Z");
}

static void
count_changed (TrStore *store,
               int      kind,
               gint64   local_id,
               guint   *count)
{
  (*count)++;
}

/* A summary keeps the members it omits; one that changes nothing writes
 * nothing (nor emits ::changed), one that changes a member marks the held
 * detail stale. */
static void
test_summary_merges_into_detail (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(TrStoreRequestRow) row = NULL;
  g_autoptr(GError) error = NULL;
  guint changes = 0;
  gint64 local_id;

  first = store_summaries (f->store, array_of (summary_json ("A1", "Lyon", "NOT_SUBMITTED", FALSE), NULL));
  ids = store_details (f->store, array_of (detail_entry (detail_json ("A1", "Lyon", "2026-02-01T10:00:00Z"), NULL),
                                           NULL));
  local_id = g_array_index (ids, gint64, 0);
  g_clear_pointer (&first, g_ptr_array_unref);
  g_signal_connect (f->store, "changed", G_CALLBACK (count_changed), &changes);

  first = store_summaries (f->store, array_of (summary_json ("A1", "Lyon", "NOT_SUBMITTED", FALSE), NULL));
  g_assert_cmpuint (first->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (first, 0), ==, "A1");
  g_assert_true (detail_current (f->store, local_id));
  g_assert_cmpuint (changes, ==, 0);

  second = store_summaries (f->store, array_of (summary_json ("A1", "Lyon again", "NOT_SUBMITTED", FALSE), NULL));
  g_assert_cmpuint (second->len, ==, 1);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_false (detail_current (f->store, local_id));
  row = tr_store_test_get (f->store, local_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (row->name, ==, "Lyon again");
  g_assert_cmpstr (full_string (row, "name"), ==, "Lyon again");
  g_assert_true (json_object_has_member (json_node_get_object (row->full), "comments"));
  g_assert_true (json_object_has_member (json_node_get_object (row->full), "custom1"));
  g_assert_cmpstr (full_string (row, "lastModified"), ==, "2026-02-01T10:00:00Z");
  g_assert_cmpint (row->sync_state, ==, TR_STORE_SYNC_STATE_SYNCED);
}

/* Local edits are never touched by a summary (nor put in the remote slot);
 * the detail goes through the usual rules. */
static void
test_summary_keeps_local_edit (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) hydrated = NULL;
  g_autoptr(TrStoreRequestRow) row = NULL;
  g_autoptr(JsonNode) edited = NULL;
  g_autoptr(GError) error = NULL;
  gint64 local_id;

  hydrated = store_summaries (f->store, array_of (summary_json ("A1", "Lyon", "NOT_SUBMITTED", FALSE), NULL));
  ids = store_details (f->store, array_of (detail_entry (detail_json ("A1", "Lyon", "2026-02-01T10:00:00Z"), NULL),
                                           NULL));
  local_id = g_array_index (ids, gint64, 0);
  edited = detail_json ("A1", "Edited here", "2026-02-01T10:00:00Z");
  g_assert_true (tr_store_test_save (f->store, local_id, edited, &error));
  g_assert_no_error (error);
  g_clear_pointer (&hydrated, g_ptr_array_unref);

  hydrated = store_summaries (f->store, array_of (summary_json ("A1", "Renamed on the server", "NOT_SUBMITTED",
                                                               FALSE), NULL));
  row = tr_store_test_get (f->store, local_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (row->name, ==, "Edited here");
  g_assert_cmpint (row->sync_state, ==, TR_STORE_SYNC_STATE_PENDING);
  g_assert_false (row->has_remote);
  g_assert_false (detail_current (f->store, local_id));
  g_assert_cmpint (tr_store_test_sql_int (f->path, "SELECT count(*) FROM outbox"), ==, 1);
  g_clear_pointer (&row, tr_store_request_row_unref);

  /* The newer detail waits in the remote slot for the three-way merge. */
  g_clear_pointer (&ids, g_array_unref);
  ids = store_details (f->store, array_of (detail_entry (detail_json ("A1", "Renamed on the server",
                                                                      "2026-02-02T10:00:00Z"), NULL), NULL));
  row = tr_store_test_get (f->store, local_id, NULL, &error);
  g_assert_cmpstr (row->name, ==, "Edited here");
  g_assert_true (row->has_remote);
  g_assert_true (detail_current (f->store, local_id));
}

/* Details of uncached requests and details older than the held server
 * version are skipped; storing the same detail twice changes nothing. */
static void
test_detail_guards (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) hydrated = NULL;
  g_autoptr(GArray) first = NULL;
  g_autoptr(GArray) again = NULL;
  g_autoptr(GArray) older = NULL;
  g_autoptr(TrStoreRequestRow) row = NULL;
  g_autoptr(GError) error = NULL;

  hydrated = store_summaries (f->store, array_of (summary_json ("A1", "Lyon", "NOT_SUBMITTED", FALSE), NULL));
  first = store_details (f->store,
                         array_of (detail_entry (detail_json ("A1", "New", "2026-02-02T10:00:00Z"), "E1"),
                                   detail_entry (detail_json ("ZZ", "Unknown", "2026-02-02T10:00:00Z"), "E9"),
                                   NULL));
  g_assert_cmpint (g_array_index (first, gint64, 0), >, 0);
  g_assert_cmpint (g_array_index (first, gint64, 1), ==, 0);
  g_assert_cmpint (tr_store_test_sql_int (f->path, "SELECT count(*) FROM requests"), ==, 1);
  g_assert_cmpint (tr_store_test_sql_int (f->path, "SELECT count(*) FROM expenses"), ==, 1);

  again = store_details (f->store, array_of (detail_entry (detail_json ("A1", "New", "2026-02-02T10:00:00Z"), "E1"),
                                             NULL));
  g_assert_cmpint (g_array_index (again, gint64, 0), ==, g_array_index (first, gint64, 0));
  g_assert_cmpint (tr_store_test_sql_int (f->path, "SELECT count(*) FROM expenses"), ==, 1);

  older = store_details (f->store, array_of (detail_entry (detail_json ("A1", "Old", "2026-02-01T10:00:00Z"), NULL),
                                             NULL));
  g_assert_cmpint (g_array_index (older, gint64, 0), ==, 0);
  row = tr_store_test_get (f->store, g_array_index (first, gint64, 0), NULL, &error);
  g_assert_cmpstr (row->name, ==, "New");
}

/* While a create of an expense of the request waits in the outbox, a
 * detail does not adopt expenses new to the cache (the exactly-once
 * reconciliation must find the one the create made uncached). */
static void
test_detail_spares_expense_in_doubt (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(GPtrArray) hydrated = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(JsonNode) draft = NULL;
  g_autoptr(GError) error = NULL;
  gint64 local_id;

  hydrated = store_summaries (f->store, array_of (summary_json ("A1", "Lyon", "NOT_SUBMITTED", FALSE), NULL));
  local_id = tr_store_test_sql_int (f->path, "SELECT local_id FROM requests WHERE server_id = 'A1'");
  draft = tr_store_test_parse ("{\"expenseType\":{\"id\":\"TAXIX\"},\"transactionDate\":\"2026-03-01\","
                               "\"transactionAmount\":{\"value\":30.5,\"currency\":\"EUR\"}}");
  g_assert_cmpint (tr_store_test_create_expense (f->store, local_id, draft, &error), >, 0);
  g_assert_no_error (error);
  ids = store_details (f->store, array_of (detail_entry (detail_json ("A1", "Lyon", "2026-02-02T10:00:00Z"), "E1"),
                                           NULL));
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, local_id);
  g_assert_cmpint (tr_store_test_sql_int (f->path, "SELECT count(*) FROM expenses WHERE server_id = 'E1'"), ==, 0);
  g_assert_cmpint (tr_store_test_sql_int (f->path, "SELECT count(*) FROM expenses"), ==, 1);
}

/* Wanted offline: active requests and those with local changes, without
 * a current detail. */
static void
test_wanted (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) hydrated = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GArray) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 closed_id;

  hydrated = store_summaries (f->store,
                              array_of (summary_json ("DR", "Draft", "NOT_SUBMITTED", FALSE),
                                        summary_json ("SU", "Submitted", "SUBMITTED", FALSE),
                                        summary_json ("SB", "Sent back", "SENTBACK", FALSE),
                                        summary_json ("AP", "Approved", "APPROVED", FALSE),
                                        summary_json ("CA", "Canceled", "CANCELED", FALSE),
                                        summary_json ("CL", "Closed", "SUBMITTED", TRUE),
                                        summary_json ("HY", "Hydrated", "NOT_SUBMITTED", FALSE),
                                        NULL));
  stored = store_details (f->store, array_of (detail_entry (detail_json ("HY", "Hydrated", "2026-02-02T10:00:00Z"),
                                                            NULL), NULL));
  closed_id = tr_store_test_sql_int (f->path, "SELECT local_id FROM requests WHERE server_id = 'CL'");
  g_assert_cmpint (tr_store_test_action (f->store, closed_id, "reopen", &error), >, 0);
  g_assert_no_error (error);

  ids = wanted (f->store);
  g_assert_cmpuint (ids->len, ==, 4);
  g_assert_true (has_id (ids, "DR"));
  g_assert_true (has_id (ids, "SU"));
  g_assert_true (has_id (ids, "SB"));
  g_assert_true (has_id (ids, "CL"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/store/details/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("summary-then-detail", test_summary_then_detail);
  ADD ("summary-merges-into-detail", test_summary_merges_into_detail);
  ADD ("summary-keeps-local-edit", test_summary_keeps_local_edit);
  ADD ("detail-guards", test_detail_guards);
  ADD ("detail-spares-expense-in-doubt", test_detail_spares_expense_in_doubt);
  ADD ("wanted", test_wanted);
#undef ADD

  return g_test_run ();
}
