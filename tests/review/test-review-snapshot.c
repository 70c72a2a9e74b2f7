/* test-review-snapshot.c
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

#include <glib/gstdio.h>

#include "tr-review-snapshot.h"
#include "tr-review-test-util.h"

static void
on_result_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **slot = user_data;

  *slot = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

static void
test_json_roundtrip (void)
{
  g_autoptr(TrRequest) request = tr_review_test_request ("03-get-request.response.json");
  g_autoptr(GListModel) expenses = tr_review_test_expenses ("09-list-request-expenses.response.json");
  g_autoptr(TrReviewSnapshot) snapshot = tr_review_snapshot_new (request, expenses);
  g_autoptr(JsonNode) node = tr_review_snapshot_to_json (snapshot);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrReviewSnapshot) back = tr_review_snapshot_new_from_json (node, &error);
  g_autoptr(JsonNode) again = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (tr_review_snapshot_get_id (back), ==, "224AF3CDCC2A5244A37C72FA5770C6F2");
  g_assert_cmpuint (g_list_model_get_n_items (tr_review_snapshot_get_expenses (back)), ==, 3);
  again = tr_review_snapshot_to_json (back);
  g_assert_true (json_node_equal (node, again));
  g_assert_true (tr_review_snapshot_is_current (back, request));
  /* The snapshot is a copy: editing the shown request does not change it. */
  tr_request_set_name (request, "Renamed");
  g_assert_cmpstr (tr_request_get_name (tr_review_snapshot_get_request (snapshot)), ==,
                   "Client meeting in Berlin - JULY");
}

static void
test_is_current (void)
{
  g_autoptr(TrRequest) request = tr_review_test_request ("03-get-request.response.json");
  g_autoptr(TrReviewSnapshot) snapshot = tr_review_snapshot_new (request, NULL);
  g_autoptr(TrRequest) later = tr_review_test_edit (request, "lastModified",
                                                    json_node_init_string (json_node_alloc (), "2018-05-26T07:00:00.000Z"));
  g_autoptr(TrRequest) other = tr_review_test_edit (request, "id",
                                                    json_node_init_string (json_node_alloc (), "OTHER"));
  g_autoptr(TrRequest) undated = tr_review_test_edit (request, "lastModified", json_node_init_null (json_node_alloc ()));
  g_autoptr(TrReviewSnapshot) undated_snapshot = tr_review_snapshot_new (undated, NULL);

  g_assert_true (tr_review_snapshot_is_current (snapshot, request));
  g_assert_false (tr_review_snapshot_is_current (snapshot, later));
  g_assert_false (tr_review_snapshot_is_current (snapshot, other));
  g_assert_false (tr_review_snapshot_is_current (undated_snapshot, undated));
}

static void
test_bad_json (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = json_from_string ("{\"expenses\": []}", NULL);
  g_autoptr(JsonNode) bad_expenses = json_from_string ("{\"request\": {\"id\": \"A\"}, \"expenses\": 4}", NULL);
  g_autoptr(TrReviewSnapshot) none = tr_review_snapshot_new_from_json (node, &error);
  g_autoptr(TrReviewSnapshot) also_none = NULL;

  g_assert_null (none);
  g_assert_error (error, TR_REVIEW_ERROR, TR_REVIEW_ERROR_INVALID);
  g_clear_error (&error);
  also_none = tr_review_snapshot_new_from_json (bad_expenses, &error);
  g_assert_null (also_none);
  g_assert_nonnull (error);
}

static TrStore *
open_store (const char *path)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  TrStore *store;

  tr_store_open_async (path, NULL, on_result_cb, &result);
  store = tr_store_open_finish (wait_for (&result), &error);
  g_assert_no_error (error);
  return store;
}

static void
test_store (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tr-review-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "store.sqlite", NULL);
  g_autoptr(TrRequest) request = tr_review_test_request ("03-get-request.response.json");
  g_autoptr(GListModel) expenses = tr_review_test_expenses ("09-list-request-expenses.response.json");
  g_autoptr(TrReviewSnapshot) snapshot = tr_review_snapshot_new (request, expenses);
  g_autoptr(GAsyncResult) saved = NULL;
  g_autoptr(GAsyncResult) loaded = NULL;
  g_autoptr(GAsyncResult) missing = NULL;
  g_autoptr(TrReviewSnapshot) back = NULL;
  g_autoptr(TrReviewSnapshot) nothing = NULL;
  g_autoptr(GError) error = NULL;
  TrStore *store = open_store (path);

  tr_review_snapshot_save_async (snapshot, store, NULL, on_result_cb, &saved);
  g_assert_true (tr_review_snapshot_save_finish (wait_for (&saved), &error));
  g_assert_no_error (error);
  g_object_unref (store);

  /* Reopened: the seen version is still there. */
  store = open_store (path);
  tr_review_snapshot_load_async (store, "224AF3CDCC2A5244A37C72FA5770C6F2", NULL, on_result_cb, &loaded);
  back = tr_review_snapshot_load_finish (wait_for (&loaded), &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);
  g_assert_true (tr_review_snapshot_is_current (back, request));
  g_assert_cmpuint (g_list_model_get_n_items (tr_review_snapshot_get_expenses (back)), ==, 3);

  tr_review_snapshot_load_async (store, "NEVER-SEEN", NULL, on_result_cb, &missing);
  nothing = tr_review_snapshot_load_finish (wait_for (&missing), &error);
  g_assert_no_error (error);
  g_assert_null (nothing);

  g_object_unref (store);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while (d && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *file = g_build_filename (dir, name, NULL);
        g_unlink (file);
      }
  }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/review/snapshot/json-roundtrip", test_json_roundtrip);
  g_test_add_func ("/review/snapshot/is-current", test_is_current);
  g_test_add_func ("/review/snapshot/bad-json", test_bad_json);
  g_test_add_func ("/review/snapshot/store", test_store);

  return g_test_run ();
}
