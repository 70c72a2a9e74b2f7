/* tr-client-pages.c
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
#include "tr-client.h"
#include "tr-http.h"

/* Walks a paged list (`{data, operations}`) through its `next` links and
 * gathers every item. A bare array is a single page (gaps document, 7). */

#define MAX_PAGES 1000

typedef struct
{
  JsonArray  *items;
  GHashTable *seen;
} PageWalk;

static void
page_walk_free (PageWalk *walk)
{
  g_clear_pointer (&walk->items, json_array_unref);
  g_clear_pointer (&walk->seen, g_hash_table_unref);
  g_free (walk);
}

static void fetch_page (GTask      *task,
                        const char *href);

static const char *
find_next_link (JsonObject *page)
{
  JsonNode *operations = json_object_get_member (page, "operations");
  JsonArray *array;

  if (operations == NULL || !JSON_NODE_HOLDS_ARRAY (operations))
    return NULL;
  array = json_node_get_array (operations);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *link;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;
      link = json_node_get_object (element);
      if (g_strcmp0 (tr_http_json_get_string (link, "rel"), "next") == 0)
        return tr_http_json_get_string (link, "href");
    }
  return NULL;
}

static gboolean
append_items (PageWalk  *walk,
              JsonNode  *data)
{
  JsonArray *array;

  if (data == NULL || !JSON_NODE_HOLDS_ARRAY (data))
    return FALSE;
  array = json_node_get_array (data);
  for (guint i = 0; i < json_array_get_length (array); i++)
    json_array_add_element (walk->items, json_node_copy (json_array_get_element (array, i)));
  return TRUE;
}

static void
page_received (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = G_TASK (user_data);
  PageWalk *walk = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(JsonNode) node = tr_client_send_json_finish (TR_CLIENT (source), result, &error);
  JsonObject *page;
  const char *next;

  if (node == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  page = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  if (!append_items (walk, page ? json_object_get_member (page, "data") : node))
    {
      g_task_return_error (task, tr_api_error_new_full (TR_API_ERROR_BAD_RESPONSE, 0, NULL, NULL,
                                                        "The list response has no data array"));
      return;
    }

  next = page ? find_next_link (page) : NULL;
  if (next == NULL)
    g_task_return_pointer (task, json_array_ref (walk->items), (GDestroyNotify) json_array_unref);
  else if (g_hash_table_contains (walk->seen, next) || g_hash_table_size (walk->seen) >= MAX_PAGES)
    g_task_return_error (task, tr_api_error_new_full (TR_API_ERROR_BAD_RESPONSE, 0, NULL, NULL,
                                                      "The list pages loop"));
  else
    fetch_page (task, next);
}

static void
fetch_page (GTask      *task,
            const char *href)
{
  PageWalk *walk = g_task_get_task_data (task);

  g_hash_table_add (walk->seen, g_strdup (href));
  tr_client_send_json_async (g_task_get_source_object (task), "GET", href,
                             NULL, g_task_get_cancellable (task), page_received,
                             g_object_ref (task));
}

/**
 * tr_client_fetch_pages_async:
 * @self: a #TrClient
 * @path_or_href: the first page, e.g. `requests?view=ALL&limit=100`
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with every item of every page
 * @user_data: data for @callback
 *
 * GETs a list and follows its `next` links (through
 * tr_client_resolve_href(), so refused links end the walk with an error).
 */
void
tr_client_fetch_pages_async (TrClient            *self,
                             const char          *path_or_href,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  PageWalk *walk;

  g_return_if_fail (TR_IS_CLIENT (self));
  g_return_if_fail (path_or_href != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_client_fetch_pages_async);
  walk = g_new0 (PageWalk, 1);
  walk->items = json_array_new ();
  walk->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_task_set_task_data (task, walk, (GDestroyNotify) page_walk_free);
  fetch_page (task, path_or_href);
}

/**
 * tr_client_fetch_pages_finish:
 * @self: a #TrClient
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the items of all pages
 */
JsonArray *
tr_client_fetch_pages_finish (TrClient      *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_client_fetch_pages_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
