/* tr-sandbox-location-search.c
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

/* GET /travelrequest/v4/x-sandbox/locations?q=TEXT&limit=N: an extension
 * of tr-sandbox, NOT part of Concur's Request v4 API (which has no location
 * search; the server resolves Location input objects, gaps §19). It lets
 * the client suggest destinations from the sandbox's location table. */

#define G_LOG_DOMAIN "tr-sandbox"

#include "tr-sandbox-location-search.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tr-sandbox-locations.h"

/* Reads ?limit=: digits only, 1 to the maximum; absent means the default. */
static gboolean
parse_limit (TrSandboxCall *call,
             guint         *out)
{
  const char *text = tr_sandbox_call_param (call, "limit");
  guint64 value = 0;

  *out = TR_SANDBOX_LOCATION_SEARCH_DEFAULT_LIMIT;
  if (text == NULL)
    return TRUE;
  if (*text == '\0' || strspn (text, "0123456789") != strlen (text) || strlen (text) > 9)
    {
      tr_sandbox_call_error (call, 400, "badParam", _("Limit must contain only digits"));
      return FALSE;
    }
  value = g_ascii_strtoull (text, NULL, 10);
  if (value < 1)
    tr_sandbox_call_error (call, 400, "badParam", _("Limit must be greater than or equal to 1"));
  else if (value > TR_SANDBOX_LOCATION_SEARCH_MAX_LIMIT)
    tr_sandbox_call_error (call, 400, "badParam", _("Limit must be less than or equal to 50"));
  else
    {
      *out = (guint) value;
      return TRUE;
    }
  return FALSE;
}

/* Reads ?q=: required, at least one character once trimmed. */
static char *
parse_text (TrSandboxCall *call)
{
  const char *text = tr_sandbox_call_param (call, "q");
  g_autofree char *trimmed = NULL;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    {
      tr_sandbox_call_error (call, 400, "badParam", _("The q parameter is required"));
      return NULL;
    }
  trimmed = g_strstrip (g_strdup (text));
  if (*trimmed == '\0')
    {
      tr_sandbox_call_error (call, 400, "badParam", _("The q parameter must not be empty"));
      return NULL;
    }
  return g_steal_pointer (&trimmed);
}

/**
 * tr_sandbox_location_search:
 * @call: the call
 *
 * Answers `{"locations":[…]}`: the matching Location objects of the
 * built-in table, exact IATA codes first, then prefix and substring
 * matches, at most `limit` of them.
 */
void
tr_sandbox_location_search (TrSandboxCall *call)
{
  g_autofree char *text = parse_text (call);
  g_autoptr(GPtrArray) found = NULL;
  JsonObject *object;
  JsonArray *array;
  guint limit;

  if (text == NULL || !parse_limit (call, &limit))
    return;

  found = tr_sandbox_locations_search (text, limit);
  array = json_array_sized_new (found->len);
  for (guint i = 0; i < found->len; i++)
    json_array_add_object_element (array, tr_sandbox_location_to_json (found->pdata[i]));
  object = json_object_new ();
  json_object_set_array_member (object, "locations", array);
  tr_sandbox_call_reply (call, 200, json_node_init_object (json_node_alloc (), object));
  json_object_unref (object);
}
