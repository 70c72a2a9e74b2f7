/* tr-fuzz-model.c
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

/* The checks every model fuzz target runs on a parsed resource. */

#define G_LOG_DOMAIN "tr-fuzz"

#include "tr-fuzz-model.h"

#include "tr-fuzz.h"
#include "tr-model.h"

static JsonNode *
dup_json (TrResource    *resource,
          TrJsonPurpose  purpose)
{
  JsonNode *node = tr_resource_to_json (resource, purpose);

  g_assert_nonnull (node);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return node;
}

/* Same JSON, member order aside (objects are hash tables). */
static void
assert_same_json (JsonNode *a,
                  JsonNode *b)
{
  if (!json_node_equal (a, b))
    {
      g_autofree char *text_a = tr_json_to_string (a);
      g_autofree char *text_b = tr_json_to_string (b);

      g_assert_cmpstr (text_a, ==, text_b);
      g_assert_not_reached ();
    }
}

/* FULL output is lossless: parsing it again and writing it out gives the
 * same JSON, and so does a copy. CREATE and UPDATE output must be JSON
 * objects (what a POST or PUT would send). */
static void
check_round_trip (GType       type,
                  TrResource *resource)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) full = dup_json (resource, TR_JSON_PURPOSE_FULL);
  g_autoptr(JsonNode) create = dup_json (resource, TR_JSON_PURPOSE_CREATE);
  g_autoptr(JsonNode) update = dup_json (resource, TR_JSON_PURPOSE_UPDATE);
  g_autofree char *full_text = tr_json_to_string (full);
  g_autoptr(TrResource) again = tr_resource_new_from_string (type, full_text, &error);
  g_autoptr(TrResource) copy = NULL;
  g_autoptr(JsonNode) full_again = NULL;
  g_autoptr(JsonNode) full_copy = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (again);
  full_again = dup_json (again, TR_JSON_PURPOSE_FULL);
  assert_same_json (full_again, full);
  copy = tr_resource_copy (resource, &error);
  g_assert_no_error (error);
  full_copy = dup_json (copy, TR_JSON_PURPOSE_FULL);
  assert_same_json (full_copy, full);
  g_assert_false (tr_resource_is_modified (again));
}

/* Parses @data as a @type; a failure must come with a TR_JSON_ERROR. */
void
tr_fuzz_model_parse (GType          type,
                     const uint8_t *data,
                     size_t         size)
{
  g_autofree char *text = tr_fuzz_text_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrResource) resource = NULL;

  tr_fuzz_init ();
  resource = tr_resource_new_from_string (type, text, &error);
  if (resource == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == TR_JSON_ERROR);
      g_assert_nonnull (error->message);
      return;
    }
  g_assert_no_error (error);
  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (resource, type));
  check_round_trip (type, resource);
}
