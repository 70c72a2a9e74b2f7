/* fuzz-sandbox-location.c
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

/* The sandbox's location resolver: a Location object of a body goes
 * through tr_sandbox_place_resolve() (what the handlers call) and through
 * tr_sandbox_locations_resolve(); the raw text is also a search query. */

#define G_LOG_DOMAIN "tr-fuzz"

#include "tr-fuzz.h"
#include "tr-fuzz-sandbox.h"
#include "tr-sandbox-locations.h"
#include "tr-sandbox-place.h"

static void
check_resolve (JsonObject *input)
{
  g_autofree char *code = NULL;
  g_autofree char *message = NULL;
  const TrSandboxLocation *location = tr_sandbox_locations_resolve (input, &code, &message);
  g_autoptr(JsonObject) echo = NULL;

  if (location == NULL)
    {
      g_assert_nonnull (code);
      g_assert_nonnull (message);
      g_assert_true (g_utf8_validate (message, -1, NULL));
      return;
    }
  g_assert_null (code);
  g_assert_true (tr_sandbox_locations_lookup (location->id) == location);
  echo = tr_sandbox_location_to_json (location);
  g_assert_nonnull (echo);
}

static void
check_place (TrSandboxCall *call,
             JsonObject    *input)
{
  g_autoptr(JsonNode) echo = tr_sandbox_place_resolve (call, input);

  if (echo == NULL)
    {
      tr_fuzz_sandbox_check_reply (call);
      g_assert_cmpuint (call->status, ==, 400);
      return;
    }
  g_assert_null (call->response);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (echo));
  g_assert_nonnull (tr_sandbox_locations_lookup (json_object_get_string_member (json_node_get_object (echo), "id")));
}

static void
check_search (const uint8_t *data,
              size_t         size)
{
  g_autofree char *query = tr_fuzz_text_new (data, size);
  g_autoptr(GPtrArray) some = tr_sandbox_locations_search (query, 5);
  g_autoptr(GPtrArray) all = tr_sandbox_locations_search (query, 0);

  g_assert_cmpuint (some->len, <=, 5);
  g_assert_cmpuint (all->len, <=, tr_sandbox_locations_count ());
  g_assert_cmpuint (some->len, ==, MIN (all->len, 5));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(TrSandboxCall) call = tr_fuzz_sandbox_call_new ("POST", "requests", data, size);
  JsonObject *input = tr_sandbox_call_json_object (call);

  check_search (data, size);
  if (input == NULL)
    {
      tr_fuzz_sandbox_check_reply (call);
      return 0;
    }
  check_resolve (input);
  check_place (call, input);
  return 0;
}
