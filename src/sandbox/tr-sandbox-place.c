/* tr-sandbox-place.c
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

/* Location input → canonical Location echo, through the built-in table of
 * support/tr-sandbox-locations. */

#define G_LOG_DOMAIN "tr-sandbox"

#include "tr-sandbox-place.h"

#include <glib/gi18n-lib.h>

#include "support/tr-sandbox-locations.h"
#include "tr-sandbox-util.h"

/* Concur's legacy numeric location key: stable for a given location id. */
static gint64
location_key (const char *id)
{
  return 10000 + (gint64) (g_str_hash (id) % 90000);
}

/* Returns the canonical echo, or NULL after answering 400. */
JsonNode *
tr_sandbox_place_resolve (TrSandboxCall *call,
                          JsonObject    *input)
{
  const char *id = tr_sandbox_object_string (input, "id");
  const TrSandboxLocation *location = id ? tr_sandbox_locations_lookup (id) : NULL;
  g_autofree char *code = NULL;
  g_autofree char *message = NULL;
  JsonObject *echo;
  JsonNode *node;

  if (location == NULL)
    location = tr_sandbox_locations_resolve (input, &code, &message);
  if (location == NULL)
    {
      tr_sandbox_call_error (call, 400, code ? code : "invalidLocation",
                             message ? message : _("The location cannot be resolved."));
      return NULL;
    }
  echo = tr_sandbox_location_to_json (location);
  json_object_set_int_member (echo, "lnKey", location_key (location->id));
  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, echo);
  return node;
}
