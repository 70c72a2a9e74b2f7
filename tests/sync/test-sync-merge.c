/* test-sync-merge.c
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

#include "tr-sync.h"

/* The three-way merge rules, without a server. */

static JsonNode *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (text, &error);

  g_assert_no_error (error);
  return node;
}

static JsonObject *
parse_object (const char *text)
{
  g_autoptr(JsonNode) node = parse (text);

  return json_node_dup_object (node);
}

static const char base_text[] =
  "{\"id\":\"A\",\"name\":\"Trip\",\"businessPurpose\":\"Training\",\"startDate\":\"2026-03-01\","
  "\"endDate\":\"2026-03-03\",\"lastModified\":\"2026-01-01T00:00:00.000Z\","
  "\"mainDestination\":{\"city\":\"Lyon\",\"countryCode\":\"FR\",\"id\":\"L1\"}}";

static void
test_one_side_changes_merge (void)
{
  g_autoptr(JsonNode) base = parse (base_text);
  g_autoptr(JsonNode) local = parse (base_text);
  g_autoptr(JsonNode) remote = parse (base_text);
  g_autoptr(JsonObject) changes = NULL;
  g_autoptr(JsonObject) conflicts = NULL;
  g_autoptr(JsonNode) merged = NULL;
  JsonObject *m;

  json_object_set_string_member (json_node_get_object (local), "businessPurpose", "Conference");
  json_object_remove_member (json_node_get_object (local), "endDate");
  json_object_set_string_member (json_node_get_object (remote), "startDate", "2026-02-28");
  json_object_set_string_member (json_node_get_object (remote), "lastModified", "2026-01-02T00:00:00.000Z");

  g_assert_true (tr_sync_merge (TR_STORE_ENTITY_REQUEST, base, local, remote, &changes, &conflicts));
  g_assert_null (conflicts);
  g_assert_cmpuint (json_object_get_size (changes), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (changes, "businessPurpose"), ==, "Conference");
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (changes, "endDate")));

  merged = tr_sync_merge_build (remote, changes, NULL);
  m = json_node_get_object (merged);
  g_assert_cmpstr (json_object_get_string_member (m, "startDate"), ==, "2026-02-28");
  g_assert_cmpstr (json_object_get_string_member (m, "businessPurpose"), ==, "Conference");
  g_assert_false (json_object_has_member (m, "endDate"));
}

static void
test_both_sides_conflict (void)
{
  g_autoptr(JsonNode) base = parse (base_text);
  g_autoptr(JsonNode) local = parse (base_text);
  g_autoptr(JsonNode) remote = parse (base_text);
  g_autoptr(JsonObject) changes = NULL;
  g_autoptr(JsonObject) conflicts = NULL;
  g_autoptr(GHashTable) choices = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(JsonNode) resolved = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *conflict;

  json_object_set_string_member (json_node_get_object (local), "businessPurpose", "Local");
  json_object_set_string_member (json_node_get_object (local), "name", "Same");
  json_object_set_string_member (json_node_get_object (remote), "businessPurpose", "Remote");
  json_object_set_string_member (json_node_get_object (remote), "name", "Same");

  g_assert_false (tr_sync_merge (TR_STORE_ENTITY_REQUEST, base, local, remote, &changes, &conflicts));
  g_assert_nonnull (conflicts);
  g_assert_cmpuint (json_object_get_size (conflicts), ==, 1);
  conflict = json_object_get_object_member (conflicts, "businessPurpose");
  g_assert_cmpstr (json_object_get_string_member (conflict, "local"), ==, "Local");
  g_assert_cmpstr (json_object_get_string_member (conflict, "remote"), ==, "Remote");
  g_assert_cmpstr (json_object_get_string_member (conflict, "base"), ==, "Training");
  /* The same change on both sides is no conflict, and nothing to send. */
  g_assert_cmpuint (json_object_get_size (changes), ==, 0);

  resolved = tr_sync_merge_resolve (local, conflicts, choices, &error);
  g_assert_error (error, TR_SYNC_ERROR, TR_SYNC_ERROR_INVALID);
  g_assert_null (resolved);
  g_clear_error (&error);

  g_hash_table_insert (choices, (gpointer) "businessPurpose", GINT_TO_POINTER (TR_SYNC_CHOICE_REMOTE));
  resolved = tr_sync_merge_resolve (local, conflicts, choices, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (resolved), "businessPurpose"),
                   ==, "Remote");
}

static void
test_echoed_objects_are_not_changes (void)
{
  g_autoptr(JsonNode) base = parse (base_text);
  g_autoptr(JsonNode) local = parse (base_text);
  g_autoptr(JsonNode) remote = parse (base_text);
  g_autoptr(JsonObject) changes = NULL;
  g_autoptr(JsonObject) conflicts = NULL;

  /* The user picked Nice; the server already resolved it (more members). */
  json_object_set_object_member (json_node_get_object (local), "mainDestination",
                                 parse_object ("{\"city\":\"Nice\",\"countryCode\":\"FR\"}"));
  json_object_set_object_member (json_node_get_object (remote), "mainDestination",
                                 parse_object ("{\"city\":\"Nice\",\"countryCode\":\"FR\",\"id\":\"N\"}"));
  g_assert_true (tr_sync_merge (TR_STORE_ENTITY_REQUEST, base, local, remote, &changes, &conflicts));
  g_assert_cmpuint (json_object_get_size (changes), ==, 0);
}

static void
test_expense_body (void)
{
  g_autoptr(JsonNode) base = parse ("{\"id\":\"E\",\"expenseType\":{\"id\":\"TAXIX\"},"
                                    "\"transactionAmount\":{\"value\":10,\"currency\":\"USD\"},"
                                    "\"postedAmount\":{\"value\":10,\"currency\":\"USD\"},"
                                    "\"businessPurpose\":\"a\",\"lastModifiedDate\":\"x\"}");
  g_autoptr(JsonNode) local = tr_sync_json_copy (base);
  g_autoptr(JsonNode) remote = tr_sync_json_copy (base);
  g_autoptr(JsonObject) changes = NULL;
  g_autoptr(JsonObject) conflicts = NULL;
  g_autoptr(JsonNode) body = NULL;
  JsonObject *b;

  json_object_set_string_member (json_node_get_object (local), "businessPurpose", "b");
  json_object_set_string_member (json_node_get_object (remote), "lastModifiedDate", "y");
  g_assert_true (tr_sync_merge (TR_STORE_ENTITY_EXPENSE, base, local, remote, &changes, &conflicts));
  g_assert_cmpuint (json_object_get_size (changes), ==, 1);
  body = tr_sync_merge_expense_body (remote, changes);
  b = json_node_get_object (body);
  g_assert_cmpstr (json_object_get_string_member (b, "businessPurpose"), ==, "b");
  g_assert_true (json_object_has_member (b, "transactionAmount"));
  g_assert_false (json_object_has_member (b, "postedAmount"));
  g_assert_false (json_object_has_member (b, "id"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sync/merge/one-side", test_one_side_changes_merge);
  g_test_add_func ("/sync/merge/both-sides", test_both_sides_conflict);
  g_test_add_func ("/sync/merge/echo", test_echoed_objects_are_not_changes);
  g_test_add_func ("/sync/merge/expense-body", test_expense_body);

  return g_test_run ();
}
