/* test-roundtrip.c
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

/* One test per fixture body listed in tests/fixtures/v4/index.json: parse it
 * with the type the endpoint returns, serialize FULL, compare. */

#include "tr-core-test-utils.h"

#include <string.h>

typedef enum
{
  BODY_REQUEST,
  BODY_REQUEST_PAGE,
  BODY_EXPENSE,
  BODY_EXPENSE_LIST,
  BODY_TRAVEL_AGENCY,
  BODY_RESOURCE_LINK,
  BODY_BOOLEAN,
} BodyKind;

typedef struct
{
  char     *file_name;
  BodyKind  kind;
} Body;

static void
body_free (gpointer data)
{
  Body *body = data;

  g_free (body->file_name);
  g_free (body);
}

/* What the endpoint of an index entry carries, from its method and path. */
static BodyKind
kind_of_entry (JsonObject *entry)
{
  const char *method = json_object_get_string_member (entry, "method");
  const char *path = json_object_get_string_member (entry, "path");

  if (g_str_equal (method, "DELETE"))
    return BODY_BOOLEAN;
  if (g_str_has_suffix (path, "/reports"))
    return BODY_RESOURCE_LINK;
  if (strstr (path, "/travelagencies/") != NULL)
    return BODY_TRAVEL_AGENCY;
  if (g_str_has_suffix (path, "/expenses"))
    return g_str_equal (method, "GET") ? BODY_EXPENSE_LIST : BODY_EXPENSE;
  if (strstr (path, "/expenses/") != NULL)
    return BODY_EXPENSE;
  if (g_str_equal (method, "GET") && strstr (path, "/requests?") != NULL)
    return BODY_REQUEST_PAGE;
  return BODY_REQUEST;
}

/* FULL of the parsed object, checked against FULL of its copy as well. */
static JsonNode *
round_trip_resource (GType      type,
                     JsonNode  *node,
                     GError   **error)
{
  g_autoptr(TrResource) resource = tr_resource_new_from_json (type, node, error);
  g_autoptr(TrResource) copy = NULL;
  g_autoptr(JsonNode) copy_full = NULL;

  if (resource == NULL)
    return NULL;
  copy = tr_resource_copy (resource, error);
  if (copy == NULL)
    return NULL;
  copy_full = tr_resource_to_json (copy, TR_JSON_PURPOSE_FULL);
  tr_test_assert_json_eq (copy_full, node);
  g_assert_false (tr_resource_is_modified (copy));

  return tr_resource_to_json (resource, TR_JSON_PURPOSE_FULL);
}

static JsonNode *
round_trip (BodyKind   kind,
            JsonNode  *node,
            GError   **error)
{
  switch (kind)
    {
    case BODY_REQUEST:
      return round_trip_resource (TR_TYPE_REQUEST, node, error);
    case BODY_REQUEST_PAGE:
      return round_trip_resource (TR_TYPE_REQUEST_PAGE, node, error);
    case BODY_EXPENSE:
      return round_trip_resource (TR_TYPE_EXPENSE, node, error);
    case BODY_TRAVEL_AGENCY:
      return round_trip_resource (TR_TYPE_TRAVEL_AGENCY, node, error);
    case BODY_RESOURCE_LINK:
      return round_trip_resource (TR_TYPE_RESOURCE_LINK, node, error);
    case BODY_EXPENSE_LIST:
      {
        g_autoptr(GListStore) list = tr_expense_list_new_from_json (node, error);

        return list ? tr_resource_list_to_json (G_LIST_MODEL (list), TR_JSON_PURPOSE_FULL) : NULL;
      }
    case BODY_BOOLEAN:
    default:
      {
        gboolean value;
        JsonNode *out;

        if (!tr_json_boolean_from_json (node, &value, error))
          return NULL;
        out = json_node_new (JSON_NODE_VALUE);
        json_node_set_boolean (out, value);
        return out;
      }
    }
}

static void
test_round_trip (gconstpointer data)
{
  const Body *body = data;
  g_autoptr(JsonNode) input = tr_test_load_fixture (body->file_name);
  g_autoptr(JsonNode) output = NULL;
  g_autoptr(GError) error = NULL;

  output = round_trip (body->kind, input, &error);
  g_assert_no_error (error);
  g_assert_nonnull (output);
  tr_test_assert_json_eq (output, input);
}

static void
add_body (GPtrArray  *bodies,
          JsonObject *entry,
          const char *member)
{
  Body *body;
  g_autofree char *test_path = NULL;

  if (!json_object_has_member (entry, member))
    return;

  body = g_new0 (Body, 1);
  body->file_name = g_strdup (json_object_get_string_member (entry, member));
  body->kind = kind_of_entry (entry);
  g_ptr_array_add (bodies, body);

  test_path = g_strdup_printf ("/core/roundtrip/%.*s", (int) (strlen (body->file_name) - 5),
                               body->file_name);
  g_test_add_data_func (test_path, body, test_round_trip);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) bodies = g_ptr_array_new_with_free_func (body_free);
  g_autoptr(JsonNode) index = NULL;
  JsonArray *entries;
  int status;

  g_test_init (&argc, &argv, NULL);

  index = tr_test_load_fixture ("index.json");
  entries = json_node_get_array (index);
  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      JsonObject *entry = json_array_get_object_element (entries, i);

      add_body (bodies, entry, "request");
      add_body (bodies, entry, "response");
    }
  g_assert_cmpuint (bodies->len, ==, 18);

  status = g_test_run ();
  return status;
}
