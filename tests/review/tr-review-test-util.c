/* tr-review-test-util.c
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

#include "tr-review-test-util.h"

/* Fixtures of the spec of record (tests/fixtures/v4), found through
 * TR_FIXTURES_DIR. */
JsonNode *
tr_review_test_fixture (const char *name)
{
  const char *dir = g_getenv ("TR_FIXTURES_DIR");
  g_autofree char *path = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (dir);
  path = g_build_filename (dir, name, NULL);
  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

TrRequest *
tr_review_test_request (const char *name)
{
  g_autoptr(JsonNode) node = tr_review_test_fixture (name);
  g_autoptr(GError) error = NULL;
  TrRequest *request = tr_request_new_from_json (node, &error);

  g_assert_no_error (error);
  return request;
}

GListModel *
tr_review_test_expenses (const char *name)
{
  g_autoptr(JsonNode) node = tr_review_test_fixture (name);
  g_autoptr(GError) error = NULL;
  GListStore *expenses = tr_expense_list_new_from_json (node, &error);

  g_assert_no_error (error);
  return G_LIST_MODEL (expenses);
}

/* A copy of @request whose JSON member @member is @value (taken). */
TrRequest *
tr_review_test_edit (TrRequest  *request,
                     const char *member,
                     JsonNode   *value)
{
  g_autoptr(JsonNode) node = tr_request_to_json (request, TR_JSON_PURPOSE_FULL);
  g_autoptr(GError) error = NULL;
  TrRequest *copy;

  json_object_set_member (json_node_get_object (node), member, value);
  copy = tr_request_new_from_json (node, &error);
  g_assert_no_error (error);
  return copy;
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  g_error ("timed out");
  return G_SOURCE_REMOVE;
}

void
tr_review_test_run_loop (gboolean *done)
{
  guint timeout = g_timeout_add_seconds (20, on_timeout_cb, NULL);

  while (!*done)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
}
