/* tr-client-locations.c
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

#define G_LOG_DOMAIN "Tr"

#include <glib/gi18n-lib.h>

#include "tr-api-error.h"
#include "tr-client-locations.h"
#include "tr-resource.h"

/* The location search of tr-sandbox, `GET x-sandbox/locations`: an
 * extension that SAP Concur does not have (its Request v4 API resolves
 * Location input objects on the server, gaps document 19). A real Concur
 * server answers 404, which comes out as %TR_API_ERROR_NOT_FOUND so that
 * callers can fall back on what they know. */

static char *
build_path (const char *text,
            guint       limit)
{
  g_autofree char *escaped = g_uri_escape_string (text, NULL, FALSE);

  if (limit == 0)
    return g_strconcat ("x-sandbox/locations?q=", escaped, NULL);
  return g_strdup_printf ("x-sandbox/locations?q=%s&limit=%u", escaped,
                          MIN (limit, TR_CLIENT_LOCATIONS_MAX_LIMIT));
}

static GListStore *
parse_locations (JsonNode  *node,
                 GError   **error)
{
  g_autoptr(GError) parse_error = NULL;
  JsonNode *member = NULL;
  GListStore *locations;

  if (JSON_NODE_HOLDS_OBJECT (node))
    member = json_object_get_member (json_node_get_object (node), "locations");
  if (member == NULL)
    {
      g_propagate_error (error, tr_api_error_new_full (TR_API_ERROR_BAD_RESPONSE, 0, NULL, NULL,
                                                       _("The server did not answer with locations")));
      return NULL;
    }
  locations = tr_resource_list_new_from_json (TR_TYPE_LOCATION, member, "locations", &parse_error);
  if (locations == NULL)
    g_propagate_error (error, tr_api_error_new_full (TR_API_ERROR_BAD_RESPONSE, 0, NULL, NULL,
                                                     parse_error->message));
  return locations;
}

static void
on_answer_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(JsonNode) node = NULL;
  GListStore *locations;
  GError *error = NULL;

  node = tr_client_send_json_finish (TR_CLIENT (source), result, &error);
  if (node == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  locations = parse_locations (node, &error);
  if (locations == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, locations, g_object_unref);
}

/**
 * tr_client_search_locations_async:
 * @self: a #TrClient
 * @text: what to look for (a city, an airport name, an IATA code)
 * @limit: the maximum number of locations, 0 for the server's default
 *   (10); at most %TR_CLIENT_LOCATIONS_MAX_LIMIT
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the locations
 * @user_data: data for @callback
 *
 * `GET x-sandbox/locations?q=…&limit=…`, the location search of
 * tr-sandbox. Not part of Concur: a real Concur server fails it with
 * %TR_API_ERROR_NOT_FOUND.
 */
void
tr_client_search_locations_async (TrClient            *self,
                                  const char          *text,
                                  guint                limit,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (TR_IS_CLIENT (self));
  g_return_if_fail (text != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_client_search_locations_async);
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_task_return_error (task, tr_api_error_new_full (TR_API_ERROR_VALIDATION, 0, NULL, NULL,
                                                        _("The search text is not valid UTF-8")));
      return;
    }
  path = build_path (text, limit);
  tr_client_send_json_async (self, "GET", path, NULL, cancellable, on_answer_cb, g_steal_pointer (&task));
}

/**
 * tr_client_search_locations_finish:
 * @self: a #TrClient
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): a #GListStore of #TrLocation, best
 *   match first
 */
GListStore *
tr_client_search_locations_finish (TrClient      *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_client_search_locations_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
