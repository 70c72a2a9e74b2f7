/* test-sandbox-replay.c
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

/* Replays every exchange of tests/fixtures/v4/index.json against a demo
 * sandbox: same status, and every member of the seed's response present in
 * ours with the same JSON type (ids and timestamps may differ). Deletes run
 * last so that the other exchanges still find their resources. */

#include "tr-sandbox-test-util.h"

static TrSandboxHarness *harness;
static char *token;

static JsonNode *
load_fixture (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("TR_FIXTURES_DIR"), "v4", name, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static const char *
type_name (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return "object";
  if (JSON_NODE_HOLDS_ARRAY (node))
    return "array";
  if (JSON_NODE_HOLDS_NULL (node))
    return "null";
  if (json_node_get_value_type (node) == G_TYPE_INT64 || json_node_get_value_type (node) == G_TYPE_DOUBLE)
    return "number";
  if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    return "boolean";
  return "string";
}

static gboolean matches (JsonNode *expected, JsonNode *actual, GString *path, gboolean report);

static gboolean
object_matches (JsonObject *expected,
                JsonObject *actual,
                GString    *path,
                gboolean    report)
{
  g_autoptr(GList) members = json_object_get_members (expected);

  for (GList *l = members; l != NULL; l = l->next)
    {
      gsize len = path->len;
      gboolean ok;

      g_string_append_printf (path, ".%s", (const char *) l->data);
      ok = json_object_has_member (actual, l->data)
           && matches (json_object_get_member (expected, l->data), json_object_get_member (actual, l->data),
                       path, report);
      if (!ok && report)
        g_test_message ("mismatch at %s", path->str);
      g_string_truncate (path, len);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

/* An element of the seed's array must match ours with the same id if
 * there is one, else at least one of our elements. */
static gboolean
element_matches (JsonNode  *expected,
                 JsonArray *actual,
                 GString   *path,
                 gboolean   report)
{
  const char *id = JSON_NODE_HOLDS_OBJECT (expected)
                   ? json_object_get_string_member_with_default (json_node_get_object (expected), "id", NULL) : NULL;

  for (guint i = 0; id != NULL && i < json_array_get_length (actual); i++)
    {
      JsonNode *candidate = json_array_get_element (actual, i);
      if (JSON_NODE_HOLDS_OBJECT (candidate)
          && g_strcmp0 (json_object_get_string_member_with_default (json_node_get_object (candidate), "id", NULL), id) == 0)
        return matches (expected, candidate, path, report);
    }
  for (guint i = 0; i < json_array_get_length (actual); i++)
    if (matches (expected, json_array_get_element (actual, i), path, FALSE))
      return TRUE;
  if (report)
    g_test_message ("no element of ours matches %s", path->str);
  return FALSE;
}

static gboolean
matches (JsonNode *expected,
         JsonNode *actual,
         GString  *path,
         gboolean  report)
{
  if (!g_str_equal (type_name (expected), type_name (actual)))
    {
      if (report)
        g_test_message ("type %s ≠ %s at %s", type_name (expected), type_name (actual), path->str);
      return FALSE;
    }
  if (JSON_NODE_HOLDS_OBJECT (expected))
    return object_matches (json_node_get_object (expected), json_node_get_object (actual), path, report);
  if (!JSON_NODE_HOLDS_ARRAY (expected))
    return TRUE;
  for (guint i = 0; i < json_array_get_length (json_node_get_array (expected)); i++)
    if (!element_matches (json_array_get_element (json_node_get_array (expected), i),
                          json_node_get_array (actual), path, report))
      return FALSE;
  return TRUE;
}

/* Every href and template is absolute on the sandbox's own base. */
static void
assert_links (JsonNode *node)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
      assert_links (json_array_get_element (json_node_get_array (node), i));
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return;
  {
    g_autoptr(GList) members = json_object_get_members (json_node_get_object (node));

    for (GList *l = members; l != NULL; l = l->next)
      {
        JsonNode *member = json_object_get_member (json_node_get_object (node), l->data);

        if (g_str_equal (l->data, "href") || g_str_equal (l->data, "template"))
          {
            g_autofree char *prefix = g_strconcat (harness->base, "/", NULL);
            g_assert_true (g_str_has_prefix (json_node_get_string (member), prefix));
            g_assert_true (g_uri_is_valid (json_node_get_string (member), G_URI_FLAGS_PARSE_RELAXED, NULL));
          }
        else
          assert_links (member);
      }
  }
}

static void
test_exchange (gconstpointer data)
{
  JsonObject *exchange = (JsonObject *) data;
  const char *request_file = json_object_get_string_member_with_default (exchange, "request", NULL);
  g_autoptr(JsonNode) request = request_file ? load_fixture (request_file) : NULL;
  g_autoptr(JsonNode) expected = load_fixture (json_object_get_string_member (exchange, "response"));
  g_autofree char *body = request ? json_to_string (request, FALSE) : NULL;
  g_autoptr(GString) path = g_string_new ("$");
  guint status = 0;
  g_autoptr(JsonNode) actual = tr_sandbox_harness_call (harness, json_object_get_string_member (exchange, "method"),
                                                         json_object_get_string_member (exchange, "path"),
                                                         token, body, &status);

  g_assert_cmpuint (status, ==, json_object_get_int_member (exchange, "status"));
  g_assert_true (matches (expected, actual, path, TRUE));
  assert_links (actual);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(JsonNode) index = NULL;
  JsonArray *exchanges;
  int result;

  g_test_init (&argc, &argv, NULL);
  harness = tr_sandbox_harness_start (NULL, (const char *[]) { "--seed", "demo", NULL });
  token = tr_sandbox_harness_token (harness, EMMA);
  index = load_fixture ("index.json");
  exchanges = json_node_get_array (index);
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < json_array_get_length (exchanges); i++)
      {
        JsonObject *exchange = json_array_get_object_element (exchanges, i);
        gboolean is_delete = g_str_equal (json_object_get_string_member (exchange, "method"), "DELETE");
        g_autofree char *test_path = g_strdup_printf ("/sandbox/replay/%s",
                                                      json_object_get_string_member (exchange, "name"));

        if (is_delete == (pass == 1))
          g_test_add_data_func (test_path, exchange, test_exchange);
      }
  result = g_test_run ();
  tr_sandbox_harness_free (harness);
  g_free (token);
  return result;
}
