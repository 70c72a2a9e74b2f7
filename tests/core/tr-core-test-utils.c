/* tr-core-test-utils.c
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

#include "tr-core-test-utils.h"

char *
tr_test_fixture_path (const char *file_name)
{
  const char *dir = g_getenv ("TR_FIXTURES_DIR");

  g_assert_nonnull (dir);
  return g_build_filename (dir, file_name, NULL);
}

JsonNode *
tr_test_load_fixture (const char *file_name)
{
  g_autofree char *path = tr_test_fixture_path (file_name);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  JsonNode *node;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  node = tr_json_from_string (contents, &error);
  g_assert_no_error (error);
  return node;
}

gpointer
tr_test_load_resource (GType       type,
                       const char *file_name)
{
  g_autoptr(JsonNode) node = tr_test_load_fixture (file_name);
  g_autoptr(GError) error = NULL;
  gpointer resource;

  resource = tr_resource_new_from_json (type, node, &error);
  g_assert_no_error (error);
  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (resource, type));
  return resource;
}

gboolean
tr_test_object_has (JsonNode   *node,
                    const char *member)
{
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return json_object_has_member (json_node_get_object (node), member);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

/* Asserts that @node is an object with exactly the members in @expected. */
void
tr_test_assert_members (JsonNode          *node,
                        const char *const *expected)
{
  g_autoptr(GList) names = NULL;
  g_autoptr(GPtrArray) actual = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) wanted = g_ptr_array_new ();
  g_autofree char *actual_text = NULL;
  g_autofree char *wanted_text = NULL;

  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  names = json_object_get_members (json_node_get_object (node));
  for (GList *l = names; l != NULL; l = l->next)
    g_ptr_array_add (actual, g_strdup (l->data));
  for (guint i = 0; expected[i] != NULL; i++)
    g_ptr_array_add (wanted, (gpointer) expected[i]);
  g_ptr_array_sort (actual, compare_strings);
  g_ptr_array_sort (wanted, compare_strings);
  g_ptr_array_add (actual, NULL);
  g_ptr_array_add (wanted, NULL);

  actual_text = g_strjoinv (",", (char **) actual->pdata);
  wanted_text = g_strjoinv (",", (char **) wanted->pdata);
  g_assert_cmpstr (actual_text, ==, wanted_text);
}

void
tr_test_assert_json_eq (JsonNode *actual,
                        JsonNode *expected)
{
  if (!json_node_equal (actual, expected))
    {
      g_autofree char *a = json_to_string (actual, TRUE);
      g_autofree char *e = json_to_string (expected, TRUE);

      g_test_message ("actual:\n%s\nexpected:\n%s", a, e);
      g_test_fail ();
    }
}
