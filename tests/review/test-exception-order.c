/* test-exception-order.c
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

#include "tr-exception-order.h"
#include "tr-review-test-util.h"

static GListModel *
exceptions_from (const char *json)
{
  g_autoptr(JsonNode) node = json_from_string (json, NULL);
  g_autoptr(GError) error = NULL;
  GListStore *store = tr_resource_list_new_from_json (TR_TYPE_EXCEPTION, node, "exceptions", &error);

  g_assert_no_error (error);
  return G_LIST_MODEL (store);
}

static void
test_blocking_first (void)
{
  g_autoptr(GListModel) exceptions = exceptions_from (
    "[{\"code\": \"AIRMAX\", \"level\": 10, \"isBlocking\": false, \"message\": \"Fare above limit\"},"
    " {\"code\": \"NOHOTEL\", \"level\": 5, \"isBlocking\": true, \"message\": \"Hotel missing\"},"
    " {\"code\": \"LATE\", \"level\": 99, \"isBlocking\": false, \"message\": \"Submitted late\"},"
    " {\"code\": \"MISSREQFLD\", \"level\": 90, \"isBlocking\": true, \"message\": \"Field missing\"},"
    " {\"code\": \"ADV\", \"level\": 10, \"isBlocking\": false, \"message\": \"Advance\"}]");
  const char *expected[] = { "MISSREQFLD", "NOHOTEL", "LATE", "ADV", "AIRMAX" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) sorted = tr_exception_order_sort (exceptions, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sorted)), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(TrException) exception = g_list_model_get_item (G_LIST_MODEL (sorted), i);

      g_assert_cmpstr (tr_exception_get_code (exception), ==, expected[i]);
    }
  /* The input is left as it was. */
  {
    g_autoptr(TrException) first = g_list_model_get_item (exceptions, 0);
    g_assert_cmpstr (tr_exception_get_code (first), ==, "AIRMAX");
  }
}

static void
test_empty_and_wrong (void)
{
  g_autoptr(GListStore) empty = tr_exception_order_sort (NULL, NULL);
  g_autoptr(GListStore) wrong = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(GObject) thing = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) none = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (empty)), ==, 0);
  g_list_store_append (wrong, thing);
  none = tr_exception_order_sort (G_LIST_MODEL (wrong), &error);
  g_assert_null (none);
  g_assert_error (error, TR_REVIEW_ERROR, TR_REVIEW_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/review/exceptions/blocking-first", test_blocking_first);
  g_test_add_func ("/review/exceptions/empty-and-wrong", test_empty_and_wrong);

  return g_test_run ();
}
