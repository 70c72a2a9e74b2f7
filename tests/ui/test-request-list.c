/* test-request-list.c
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

/* The list of requests: folders, search and sort over 1,000 requests, and
 * how TrAccount merges listings into items. No display is needed. */

#include <string.h>
#include <gtk/gtk.h>

#include "tr-account.h"
#include "tr-request-filter.h"
#include "tr-request-item.h"
#include "tr-request-sorter.h"
#include "tr-ui-test-utils.h"

#define N_REQUESTS 1000

typedef struct
{
  TrAccount          *account;
  TrRequestFilter    *filter;
  TrRequestSorter    *sorter;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
} Fixture;

static TrAccount *
new_account (void)
{
  g_autoptr(TrAuthorizer) authorizer = tr_authorizer_new (TR_DATA_CENTER_CUSTOM, "http://127.0.0.1:9",
                                                          "test-client", NULL);

  return tr_account_new (authorizer, "Test");
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(JsonArray) own = tr_ui_test_requests (0, N_REQUESTS);

  fixture->account = new_account ();
  tr_account_merge_listing (fixture->account, own, NULL);
  fixture->filter = tr_request_filter_new ();
  fixture->sorter = tr_request_sorter_new ();
  fixture->filtered = gtk_filter_list_model_new (g_object_ref (tr_account_get_requests (fixture->account)),
                                                 g_object_ref (GTK_FILTER (fixture->filter)));
  fixture->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (fixture->filtered)),
                                             g_object_ref (GTK_SORTER (fixture->sorter)));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->sorted);
  g_clear_object (&fixture->filtered);
  g_clear_object (&fixture->sorter);
  g_clear_object (&fixture->filter);
  g_assert_finalize_object (fixture->account);
}

static guint
n_shown (Fixture *fixture)
{
  return g_list_model_get_n_items (G_LIST_MODEL (fixture->sorted));
}

static TrRequest *
shown (Fixture *fixture,
       guint    position)
{
  g_autoptr(TrRequestItem) item = g_list_model_get_item (G_LIST_MODEL (fixture->sorted), position);

  return tr_request_item_get_request (item);
}

static void
on_items_changed_count_cb (GListModel *model,
                           guint       position,
                           guint       removed,
                           guint       added,
                           guint      *changes)
{
  *changes += added;
}

/* The expected folders, from how request i was generated. */
static gboolean
expected_in (TrRequestFolder folder,
             guint           i)
{
  guint status = TR_UI_TEST_STATUS (i);
  gboolean closed = TR_UI_TEST_CLOSED (i);
  gboolean gone = status == 4 || closed;

  switch (folder)
    {
    case TR_REQUEST_FOLDER_ALL: return TRUE;
    case TR_REQUEST_FOLDER_ACTIVE: return !gone;
    case TR_REQUEST_FOLDER_DRAFTS: return (status == 0 || status == 2) && !gone;
    case TR_REQUEST_FOLDER_PENDING: return status == 1 && !closed;
    case TR_REQUEST_FOLDER_APPROVED: return (status == 3 || status == 5) && !closed;
    case TR_REQUEST_FOLDER_CLOSED: return gone;
    case TR_REQUEST_FOLDER_TO_APPROVE:
    default: return FALSE;
    }
}

static guint
expected_count (TrRequestFolder folder)
{
  guint count = 0;

  for (guint i = 0; i < N_REQUESTS; i++)
    count += expected_in (folder, i);
  return count;
}

static void
test_folders (Fixture       *fixture,
              gconstpointer  data)
{
  g_assert_cmpuint (n_shown (fixture), ==, N_REQUESTS);

  for (TrRequestFolder folder = TR_REQUEST_FOLDER_ALL; folder <= TR_REQUEST_FOLDER_TO_APPROVE; folder++)
    {
      tr_request_filter_set_folder (fixture->filter, folder);
      g_assert_cmpuint (tr_request_filter_get_folder (fixture->filter), ==, folder);
      g_assert_cmpuint (n_shown (fixture), ==, expected_count (folder));
      for (guint p = 0; p < n_shown (fixture); p++)
        {
          guint i = g_ascii_strtoull (tr_request_get_request_id (shown (fixture, p)), NULL, 10) - 1;

          g_assert_true (expected_in (folder, i));
        }
    }
  /* Sanity of the generator: each folder but "to approve" has something. */
  g_assert_cmpuint (expected_count (TR_REQUEST_FOLDER_PENDING), >, 0);
  g_assert_cmpuint (expected_count (TR_REQUEST_FOLDER_DRAFTS), <, expected_count (TR_REQUEST_FOLDER_ACTIVE));
}

static void
test_to_approve (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(JsonArray) own = tr_ui_test_requests (0, N_REQUESTS - 10);
  g_autoptr(JsonArray) to_approve = tr_ui_test_requests (N_REQUESTS - 10, 10);

  tr_account_merge_listing (fixture->account, own, to_approve);
  g_assert_cmpuint (tr_account_get_to_approve_count (fixture->account), ==, 10);

  tr_request_filter_set_folder (fixture->filter, TR_REQUEST_FOLDER_TO_APPROVE);
  g_assert_cmpuint (n_shown (fixture), ==, 10);
  tr_request_filter_set_folder (fixture->filter, TR_REQUEST_FOLDER_ALL);
  g_assert_cmpuint (n_shown (fixture), ==, N_REQUESTS - 10);
}

static guint
count_matching (const char *needle)
{
  guint count = 0;

  for (guint i = 0; i < N_REQUESTS; i++)
    {
      g_autofree char *key = g_strdup_printf ("%u", i + 1);
      g_autofree char *name = g_strdup_printf ("Trip %u", i);
      g_autofree char *purpose = g_strdup_printf ("Purpose %u", i);

      count += g_str_equal (key, needle) || g_str_has_suffix (name, needle) ||
               (i % 100 != 0 && g_str_has_suffix (purpose, needle));
    }
  return count;
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  tr_request_filter_set_search_text (fixture->filter, "münchen");
  g_assert_cmpuint (n_shown (fixture), ==, N_REQUESTS / 4);
  /* Case and accents do not matter. */
  tr_request_filter_set_search_text (fixture->filter, "MUNCHEN");
  g_assert_cmpuint (n_shown (fixture), ==, N_REQUESTS / 4);
  /* The business purpose, and every word must match. */
  tr_request_filter_set_search_text (fixture->filter, "kiwi");
  g_assert_cmpuint (n_shown (fixture), ==, N_REQUESTS / 100);
  tr_request_filter_set_search_text (fixture->filter, "  Berlin   KIWI ");
  g_assert_cmpuint (n_shown (fixture), ==, N_REQUESTS / 100);
  tr_request_filter_set_search_text (fixture->filter, "paris kiwi");
  g_assert_cmpuint (n_shown (fixture), ==, 0);
  /* The request id: "999" is request 998's id and request 999's name. */
  tr_request_filter_set_search_text (fixture->filter, "999");
  g_assert_cmpuint (n_shown (fixture), ==, count_matching ("999"));
  g_assert_cmpuint (n_shown (fixture), ==, 2);

  /* Search and folder combine. */
  tr_request_filter_set_search_text (fixture->filter, "kiwi");
  tr_request_filter_set_folder (fixture->filter, TR_REQUEST_FOLDER_DRAFTS);
  for (guint p = 0; p < n_shown (fixture); p++)
    g_assert_cmpstr (tr_request_get_business_purpose (shown (fixture, p)), ==, "Kick-off of project KIWI");
  g_assert_cmpuint (n_shown (fixture), ==, 7);

  tr_request_filter_set_search_text (fixture->filter, "");
  g_assert_null (tr_request_filter_get_search_text (fixture->filter));
  g_assert_cmpuint (n_shown (fixture), ==, expected_count (TR_REQUEST_FOLDER_DRAFTS));
}

static void
assert_dates_ordered (Fixture  *fixture,
                      gboolean  descending)
{
  const GDate *previous = NULL;
  guint undated = 0;

  for (guint p = 0; p < n_shown (fixture); p++)
    {
      const GDate *date = tr_request_get_start_date (shown (fixture, p));

      if (date == NULL)
        {
          undated++;
          continue;
        }
      g_assert_cmpuint (undated, ==, 0); /* undated requests come last */
      if (previous != NULL)
        g_assert_cmpint (g_date_compare (previous, date) * (descending ? -1 : 1), <=, 0);
      previous = date;
    }
  g_assert_cmpuint (undated, ==, N_REQUESTS / 50);
}

static void
test_sort_start_date (Fixture       *fixture,
                      gconstpointer  data)
{
  /* The default, like the API's: the most recent start date first. */
  g_assert_true (tr_request_sorter_get_descending (fixture->sorter));
  assert_dates_ordered (fixture, TRUE);
  tr_request_sorter_set_descending (fixture->sorter, FALSE);
  assert_dates_ordered (fixture, FALSE);
}

static void
test_sort_request_id (Fixture       *fixture,
                      gconstpointer  data)
{
  tr_request_sorter_set_key (fixture->sorter, TR_REQUEST_SORT_REQUEST_ID);
  tr_request_sorter_set_descending (fixture->sorter, FALSE);
  for (guint p = 0; p < N_REQUESTS; p++)
    {
      g_autofree char *expected = g_strdup_printf ("%u", p + 1);

      g_assert_cmpstr (tr_request_get_request_id (shown (fixture, p)), ==, expected);
    }

  tr_request_sorter_set_descending (fixture->sorter, TRUE);
  g_assert_cmpstr (tr_request_get_request_id (shown (fixture, 0)), ==, "1000");
  g_assert_cmpstr (tr_request_get_request_id (shown (fixture, N_REQUESTS - 1)), ==, "1");
}

static int
rank_of (TrRequest *request)
{
  static const char *order[] = { "NOT_SUBMITTED", "SENTBACK", "SUBMITTED", "PENDING_BOOKING",
                                 "APPROVED", "CANCELED" };
  const char *code = tr_approval_status_get_code (tr_request_get_approval_status (request));

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (g_strcmp0 (order[i], code) == 0)
      return i;
  g_assert_not_reached ();
}

static void
test_sort_status (Fixture       *fixture,
                  gconstpointer  data)
{
  tr_request_sorter_set_key (fixture->sorter, TR_REQUEST_SORT_STATUS);
  tr_request_sorter_set_descending (fixture->sorter, FALSE);
  for (guint p = 1; p < N_REQUESTS; p++)
    g_assert_cmpint (rank_of (shown (fixture, p - 1)), <=, rank_of (shown (fixture, p)));
  g_assert_cmpint (rank_of (shown (fixture, 0)), ==, 0);

  tr_request_sorter_set_descending (fixture->sorter, TRUE);
  for (guint p = 1; p < N_REQUESTS; p++)
    g_assert_cmpint (rank_of (shown (fixture, p - 1)), >=, rank_of (shown (fixture, p)));
}

static void
test_merge_keeps_items (Fixture       *fixture,
                        gconstpointer  data)
{
  GListModel *requests = tr_account_get_requests (fixture->account);
  g_autoptr(TrRequestItem) before = g_list_model_get_item (requests, 5);
  g_autoptr(TrRequestItem) after = NULL;
  g_autoptr(JsonArray) listing = json_array_new ();
  g_autoptr(JsonNode) changed = tr_ui_test_request (5);

  json_object_set_string_member (json_node_get_object (changed), "name", "Renamed trip");
  json_array_add_element (listing, g_steal_pointer (&changed));
  json_array_add_element (listing, json_node_init_string (json_node_alloc (), "not a request"));
  tr_account_merge_listing (fixture->account, listing, NULL);

  /* The broken entry is left out; the item survives with the new request. */
  g_assert_cmpuint (g_list_model_get_n_items (requests), ==, 1);
  after = g_list_model_get_item (requests, 0);
  g_assert_true (before == after);
  g_assert_cmpstr (tr_request_get_name (tr_request_item_get_request (after)), ==, "Renamed trip");
  g_assert_nonnull (strstr (tr_request_item_get_search_key (after), "renamed trip"));
  g_assert_true (tr_account_get_loaded (fixture->account));
}

/* A request that changes status moves between folders, and items that
 * did not change are not re-announced to the list. */
static void
test_merge_refilters (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(JsonArray) listing = tr_ui_test_requests (0, N_REQUESTS);
  JsonObject *first = json_node_get_object (json_array_get_element (listing, 0));
  guint pending = expected_count (TR_REQUEST_FOLDER_PENDING);
  guint changes = 0;
  gulong id;

  tr_request_filter_set_folder (fixture->filter, TR_REQUEST_FOLDER_PENDING);
  g_assert_cmpuint (n_shown (fixture), ==, pending);

  json_object_set_string_member (json_object_get_object_member (first, "approvalStatus"), "code", "SUBMITTED");
  id = g_signal_connect (tr_account_get_requests (fixture->account), "items-changed",
                         G_CALLBACK (on_items_changed_count_cb), &changes);
  tr_account_merge_listing (fixture->account, listing, NULL);
  g_signal_handler_disconnect (tr_account_get_requests (fixture->account), id);

  g_assert_cmpuint (n_shown (fixture), ==, pending + 1);
  g_assert_cmpuint (changes, ==, 1); /* only the first item */
}

static void
test_fold_text (void)
{
  g_autofree char *folded = tr_request_item_fold_text ("Zürich ÉCOLE");
  g_autofree char *invalid = tr_request_item_fold_text ("\xff\xfe");
  g_autofree char *none = tr_request_item_fold_text (NULL);

  g_assert_cmpstr (folded, ==, "zurich ecole");
  g_assert_cmpstr (invalid, ==, "");
  g_assert_cmpstr (none, ==, "");
}

static TrStoreRequestRow *
listed_row (const char *name,
            const char *status_code)
{
  TrStoreRequestRow *row = tr_store_request_row_new ();

  row->local_id = 7;
  row->request_key = g_strdup ("4007");
  row->name = g_strdup (name);
  row->start_date = g_strdup ("2027-02-22");
  row->status_code = g_strdup (status_code);
  return row;
}

/* The serial tells the list whether a reload moved an item: the same
 * listing again keeps it, a change of what it sorts or filters on, or
 * of its sync state, bumps it; what only shows (the total) does not. */
static void
test_item_serial (void)
{
  g_autoptr(TrStoreRequestRow) first = listed_row ("Trade fair", "NOT_SUBMITTED");
  g_autoptr(TrStoreRequestRow) same = listed_row ("Trade fair", "NOT_SUBMITTED");
  g_autoptr(TrStoreRequestRow) total = listed_row ("Trade fair", "NOT_SUBMITTED");
  g_autoptr(TrStoreRequestRow) renamed = listed_row ("Trade fair 2027", "NOT_SUBMITTED");
  g_autoptr(TrStoreRequestRow) submitted = listed_row ("Trade fair 2027", "SUBMITTED");
  g_autoptr(TrRequestItem) item = tr_request_item_new_from_row (first);
  guint serial = tr_request_item_get_serial (item);

  total->total.units = 95140;
  total->total.scale = 2;
  tr_request_item_set_row (item, same);
  tr_request_item_set_row (item, total);
  g_assert_cmpuint (tr_request_item_get_serial (item), ==, serial);

  tr_request_item_set_row (item, renamed);
  g_assert_cmpuint (tr_request_item_get_serial (item), !=, serial);
  serial = tr_request_item_get_serial (item);
  tr_request_item_set_row (item, submitted);
  g_assert_cmpuint (tr_request_item_get_serial (item), !=, serial);
  serial = tr_request_item_get_serial (item);

  tr_request_item_set_sync (item, TR_REQUEST_SYNC_WAITING);
  g_assert_cmpuint (tr_request_item_get_serial (item), !=, serial);
  serial = tr_request_item_get_serial (item);
  tr_request_item_set_sync (item, TR_REQUEST_SYNC_WAITING);
  g_assert_cmpuint (tr_request_item_get_serial (item), ==, serial);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/request-list/fold-text", test_fold_text);
  g_test_add_func ("/ui/request-list/item-serial", test_item_serial);
  g_test_add ("/ui/request-list/folders", Fixture, NULL, fixture_set_up, test_folders, fixture_tear_down);
  g_test_add ("/ui/request-list/to-approve", Fixture, NULL, fixture_set_up, test_to_approve, fixture_tear_down);
  g_test_add ("/ui/request-list/search", Fixture, NULL, fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/ui/request-list/sort-start-date", Fixture, NULL, fixture_set_up, test_sort_start_date, fixture_tear_down);
  g_test_add ("/ui/request-list/sort-request-id", Fixture, NULL, fixture_set_up, test_sort_request_id, fixture_tear_down);
  g_test_add ("/ui/request-list/sort-status", Fixture, NULL, fixture_set_up, test_sort_status, fixture_tear_down);
  g_test_add ("/ui/request-list/merge-refilters", Fixture, NULL, fixture_set_up, test_merge_refilters, fixture_tear_down);
  g_test_add ("/ui/request-list/merge-keeps-items", Fixture, NULL, fixture_set_up, test_merge_keeps_items, fixture_tear_down);

  return g_test_run ();
}
