/* tr-sync-pull.c
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

#define G_LOG_DOMAIN "TrSync"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "tr-sync-private.h"

/* Pulling. The first pull of an account (or an explicit full pull) lists
 * every request; later pulls list only those modified after the high-water
 * mark kept in the store's meta. Server timestamps only: the local clock
 * plays no part. The window starts PULL_OVERLAP before the mark
 * (timestamps have a resolution of a second, and a change in the same
 * second as the mark must not be missed); the overlap returns some
 * requests again, which is harmless: the store upserts by id.
 *
 * The list pages are the pull: each page's items (summaries, see
 * tr-store-details.c) are stored in one batched store call (pages that
 * arrive while the store is busy share its next one) while the following
 * pages are already on their way: the first page's links let the walk
 * plan every page and keep PAGE_WINDOW of them asked for, so the server
 * prepares one while the client reads another. The pull costs about as
 * much as reading the pages. Details are lazy (tr_sync_fetch_detail_async(), and the
 * background hydration of tr-sync-hydrate.c), except that an incremental
 * pull reads again, in one batch per page, the details of the listed
 * requests the store held in full: a change may lie in members a summary
 * omits (comments, custom fields…).
 *
 * List items carry no `lastModified`, so the mark is the latest server
 * timestamp the pull saw: the `lastModified` of the details it read and,
 * from the summaries, their creation, submission and approval dates
 * (each one no later than the request's last change, so the mark never
 * runs ahead of a change not yet seen). It only moves forward, and only
 * once every page and detail was stored. The store keeps local edits
 * (see its upsert rules). */

#define PULL_OVERLAP 5
#define PAGE_SIZE 100
#define MAX_PAGES 1000
#define PAGE_WINDOW 2

typedef struct
{
  gboolean    full;
  char       *old_mark;
  char       *newest;
  GHashTable *seen;
  GQueue     *planned;
  guint       pages;
  guint       in_flight;
  gboolean    storing;
  JsonArray  *waiting;
  guint       busy;
  GError     *error;
} PullData;

static void
pull_data_free (gpointer data)
{
  PullData *d = data;

  g_clear_pointer (&d->old_mark, g_free);
  g_clear_pointer (&d->newest, g_free);
  g_clear_pointer (&d->seen, g_hash_table_unref);
  if (d->planned != NULL)
    g_queue_free_full (d->planned, g_free);
  g_clear_pointer (&d->waiting, json_array_unref);
  g_clear_error (&d->error);
  g_free (d);
}

static TrSync *
task_sync (GTask *task)
{
  return g_task_get_source_object (task);
}

/* Server timestamps are UTC ISO 8601: one whose date and time of day
 * (the first 19 characters) do not sort after the newest one's is not
 * newer, and is not parsed (a page has hundreds of them). */
static void
note_newest (PullData   *d,
             const char *timestamp)
{
  if (timestamp == NULL || (d->newest != NULL && strncmp (timestamp, d->newest, 19) < 0))
    return;
  if (tr_sync_timestamp_newer (timestamp, d->newest))
    {
      g_free (d->newest);
      d->newest = g_strdup (timestamp);
    }
}

/* The first error wins; the pull ends once nothing is in flight. */
static void
record_error (PullData *d,
              GError   *error)
{
  if (d->error == NULL)
    d->error = error;
  else
    g_error_free (error);
}

static void
mark_saved_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!tr_store_meta_set_finish (TR_STORE (source), result, &error))
    return g_task_return_error (task, error);
  g_task_return_boolean (task, TRUE);
}

static void
maybe_finish (GTask *task)
{
  PullData *d = g_task_get_task_data (task);
  TrSync *self = task_sync (task);

  if (d->in_flight > 0 || d->busy > 0)
    return;
  if (d->error != NULL)
    return g_task_return_error (task, g_steal_pointer (&d->error));
  if (g_task_return_error_if_cancelled (task))
    return;
  if (d->full)
    tr_sync_set_progress (self, 1.0);
  if (d->newest == NULL || !tr_sync_timestamp_newer (d->newest, d->old_mark))
    return g_task_return_boolean (task, TRUE);
  tr_store_meta_set_async (tr_sync_get_store (self), TR_SYNC_META_HIGH_WATER, d->newest, NULL,
                           mark_saved_cb, g_object_ref (task));
}

static void send_waiting (GTask *task);

static void
details_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PullData *d = g_task_get_task_data (task);
  g_autofree char *newest = NULL;
  GError *error = NULL;

  if (!tr_sync_details_fetch_finish (result, &newest, &error))
    record_error (d, error);
  note_newest (d, newest);
  d->busy--;
  maybe_finish (task);
}

static void
summaries_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PullData *d = g_task_get_task_data (task);
  g_autoptr(GPtrArray) hydrated = NULL;
  GError *error = NULL;

  hydrated = tr_store_upsert_server_summaries_finish (TR_STORE (source), result, &error);
  d->storing = FALSE;
  if (hydrated == NULL)
    record_error (d, error);
  else if (!d->full && hydrated->len > 0 && d->error == NULL)
    {
      d->busy++;
      tr_sync_details_fetch_async (tr_sync_get_client (task_sync (task)), TR_STORE (source), hydrated,
                                   g_task_get_cancellable (task), details_cb, g_object_ref (task));
    }
  d->busy--;
  if (d->error == NULL)
    send_waiting (task);
  maybe_finish (task);
}

static void
note_summary_times (PullData  *d,
                    JsonArray *items)
{
  static const char *const members[] = { "lastModified", "creationDate", "submitDate", "authorizedDate" };

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonNode *item = json_array_get_element (items, i);

      if (!JSON_NODE_HOLDS_OBJECT (item))
        continue;
      for (guint m = 0; m < G_N_ELEMENTS (members); m++)
        note_newest (d, json_object_get_string_member_with_default (json_node_get_object (item),
                                                                    members[m], NULL));
    }
}

static const char *
find_link (JsonObject *page,
           const char *rel)
{
  JsonNode *operations = page != NULL ? json_object_get_member (page, "operations") : NULL;
  JsonArray *array;

  if (operations == NULL || !JSON_NODE_HOLDS_ARRAY (operations))
    return NULL;
  array = json_node_get_array (operations);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *link = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;

      if (link != NULL &&
          g_strcmp0 (json_object_get_string_member_with_default (link, "rel", NULL), rel) == 0)
        return json_object_get_string_member_with_default (link, "href", NULL);
    }
  return NULL;
}

/* Where the `start` value of a page link begins, or NULL. */
static const char *
find_start (const char *href)
{
  for (const char *p = href != NULL ? strchr (href, '?') : NULL; p != NULL; p = strchr (p + 1, '&'))
    if (g_str_has_prefix (p + 1, "start=") && g_ascii_isdigit (p[7]))
      return p + 7;
  return NULL;
}

static gint64
link_start (const char *href)
{
  const char *start = find_start (href);

  return start != NULL ? g_ascii_strtoll (start, NULL, 10) : -1;
}

/* Pages are known by their offset (the links differ in `start` only). */
static char *
page_key (const char *href)
{
  gint64 start = link_start (href);

  return start >= 0 ? g_strdup_printf ("start=%" G_GINT64_FORMAT, start) : g_strdup (href);
}

static void
plan (PullData   *d,
      const char *href)
{
  g_hash_table_add (d->seen, page_key (href));
  g_queue_push_tail (d->planned, g_strdup (href));
}

/* Offset paging (v4 reference, "Offset paging"): the first page links the
 * next and the last one, so every page can be planned from it and several
 * asked for at once; the walk then needs no page to be read before the
 * next is asked for. Without usable links it follows `next`. */
static void
plan_pages (PullData   *d,
            JsonObject *page)
{
  const char *next = find_link (page, "next");
  const char *at = find_start (next);
  gint64 step = link_start (next);
  gint64 last = link_start (find_link (page, "last"));

  if (next == NULL)
    return;
  if (step <= 0 || last < step || (last - step) / step >= MAX_PAGES)
    return plan (d, next);
  for (gint64 start = step; start <= last; start += step)
    {
      g_autofree char *href = g_strdup_printf ("%.*s%" G_GINT64_FORMAT "%s", (int) (at - next), next, start,
                                               at + strspn (at, "0123456789"));

      plan (d, href);
    }
}

/* A later page: its `next` matters only past the planned pages (the list
 * grew during the walk, or the pages were not planned). */
static void
follow_next (PullData   *d,
             JsonObject *page)
{
  const char *next = find_link (page, "next");
  g_autofree char *key = next != NULL ? page_key (next) : NULL;

  if (next == NULL || g_hash_table_contains (d->seen, key))
    return;
  if (g_hash_table_size (d->seen) >= MAX_PAGES)
    return record_error (d, g_error_new_literal (TR_API_ERROR, TR_API_ERROR_BAD_RESPONSE,
                                                 _("The server’s list of requests never ends")));
  plan (d, next);
}

static void fetch_page (GTask      *task,
                        const char *href);

static void
send_summaries (GTask    *task,
                JsonNode *items)
{
  PullData *d = g_task_get_task_data (task);

  d->busy++;
  d->storing = TRUE;
  tr_store_upsert_server_summaries_async (tr_sync_get_store (task_sync (task)), items, NULL,
                                          summaries_cb, g_object_ref (task));
}

/* Sends the pages that arrived while the store was busy, as one batch. */
static void
send_waiting (GTask *task)
{
  PullData *d = g_task_get_task_data (task);
  JsonNode *items;

  if (d->waiting == NULL)
    return;
  items = json_node_new (JSON_NODE_ARRAY);
  json_node_take_array (items, g_steal_pointer (&d->waiting));
  send_summaries (task, items);
}

static void
queue_item (JsonArray *array,
            guint      index,
            JsonNode  *item,
            gpointer   user_data)
{
  json_array_add_element (user_data, json_node_ref (item));
}

/* Hands the page's items over to the store (no copy, no reference kept:
 * the worker thread owns and frees them). While the store is busy with
 * earlier pages, pages wait and go together in the next batch, so a slow
 * disk means fewer, larger transactions rather than a backlog. */
static void
store_page (GTask    *task,
            JsonNode *data)
{
  PullData *d = g_task_get_task_data (task);
  g_autoptr(JsonNode) items = data;

  note_summary_times (d, json_node_get_array (items));
  if (json_array_get_length (json_node_get_array (items)) == 0)
    return;
  if (!d->storing)
    return send_summaries (task, g_steal_pointer (&items));
  if (d->waiting == NULL)
    d->waiting = json_array_sized_new (json_array_get_length (json_node_get_array (items)));
  json_array_foreach_element (json_node_get_array (items), queue_item, d->waiting);
}

/* Keeps PAGE_WINDOW pages on their way. */
static void
fetch_more (GTask *task)
{
  PullData *d = g_task_get_task_data (task);

  while (d->in_flight < PAGE_WINDOW && d->error == NULL && !g_queue_is_empty (d->planned))
    {
      g_autofree char *href = g_queue_pop_head (d->planned);

      fetch_page (task, href);
    }
}

/* The items of a page, detached from it, or NULL with @error set. */
static JsonNode *
page_items (JsonNode    **node,
            JsonObject   *page,
            GError      **error)
{
  JsonNode *data = page != NULL ? json_object_get_member (page, "data") : *node;

  if (data != NULL && JSON_NODE_HOLDS_ARRAY (data))
    {
      /* A bare array is a single page (gaps document, 7). */
      if (page == NULL)
        return g_steal_pointer (node);
      data = json_node_ref (data);
      json_object_remove_member (page, "data");
      return data;
    }
  g_set_error_literal (error, TR_API_ERROR, TR_API_ERROR_BAD_RESPONSE,
                       _("The list of requests has no data"));
  return NULL;
}

static void
page_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PullData *d = g_task_get_task_data (task);
  g_autoptr(JsonNode) node = NULL;
  JsonObject *page = NULL;
  JsonNode *data = NULL;
  GError *error = NULL;

  d->in_flight--;
  node = tr_client_send_json_finish (TR_CLIENT (source), result, &error);
  page = node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  if (node != NULL)
    data = page_items (&node, page, &error);
  if (data == NULL)
    record_error (d, error);
  else if (d->error != NULL)
    json_node_unref (data);
  else
    {
      if (++d->pages == 1)
        plan_pages (d, page);
      else
        follow_next (d, page);
      /* Storing counts as one more step. */
      if (d->full)
        tr_sync_set_progress (task_sync (task), (double) d->pages /
                              (d->pages + d->in_flight + g_queue_get_length (d->planned) + 1));
      fetch_more (task);
      store_page (task, data);
    }
  maybe_finish (task);
}

static void
fetch_page (GTask      *task,
            const char *href)
{
  PullData *d = g_task_get_task_data (task);

  if (g_cancellable_is_cancelled (g_task_get_cancellable (task)))
    return;
  d->in_flight++;
  tr_client_send_json_async (tr_sync_get_client (task_sync (task)), "GET", href, NULL,
                             g_task_get_cancellable (task), page_cb, g_object_ref (task));
}

static void
list_changes (GTask      *task,
              const char *high_water)
{
  g_autoptr(TrRequestQuery) query = tr_request_query_new ();
  g_autoptr(GDateTime) mark = high_water ? g_date_time_new_from_iso8601 (high_water, NULL) : NULL;
  g_autofree char *path = NULL;
  GError *error = NULL;

  query->view = g_strdup ("ALL");
  query->limit = PAGE_SIZE;
  if (mark != NULL)
    query->modified_after = g_date_time_add_seconds (mark, -PULL_OVERLAP);
  path = tr_request_query_to_path (query, &error);
  if (path == NULL)
    return g_task_return_error (task, error);
  plan (g_task_get_task_data (task), path);
  fetch_more (task);
  maybe_finish (task);
}

static void
mark_read_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PullData *d = g_task_get_task_data (task);
  GError *error = NULL;

  d->old_mark = tr_store_meta_get_finish (TR_STORE (source), result, &error);
  if (error != NULL)
    return g_task_return_error (task, error);
  if (d->old_mark == NULL)
    d->full = TRUE;
  if (d->full)
    tr_sync_set_progress (task_sync (task), 0.0);
  list_changes (task, d->full ? NULL : d->old_mark);
}

void
tr_sync_pull_async (TrSync              *self,
                    gboolean             full,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  PullData *d = g_new0 (PullData, 1);

  g_task_set_source_tag (task, tr_sync_pull_async);
  d->full = full;
  d->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d->planned = g_queue_new ();
  g_task_set_task_data (task, d, pull_data_free);
  tr_store_meta_get_async (tr_sync_get_store (self), TR_SYNC_META_HIGH_WATER, NULL,
                           mark_read_cb, g_steal_pointer (&task));
}

/**
 * tr_sync_pull_finish:
 *
 * Returns: %TRUE once the list is complete and current in the store
 *   (details are read separately, see tr_sync_hydrate_async())
 */
gboolean
tr_sync_pull_finish (TrSync        *self,
                     GAsyncResult  *result,
                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
