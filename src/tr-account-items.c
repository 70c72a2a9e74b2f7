/* tr-account-items.c
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
 * along with this program.  If not, see <http://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tr-account"

#include "tr-account-private.h"

/* The items of the list: one per request, kept across reloads (matched by
 * their key) so that rows survive, and spliced in only where they changed. */

/* Takes the item of @key from @old_items, updated to @request, or makes
 * a new one: rows showing a request that is still listed survive. */
TrRequestItem *
tr_account_reuse_item (GHashTable *old_items,
                       const char *key,
                       TrRequest  *request)
{
  TrRequestItem *item = key != NULL ? g_hash_table_lookup (old_items, key) : NULL;

  if (item == NULL)
    return tr_request_item_new (request);

  g_object_ref (item);
  g_hash_table_remove (old_items, key);
  tr_request_item_set_request (item, request);
  return item;
}

/* The same for a light item of the offline cache (see
 * tr_request_item_new_from_row()). */
TrRequestItem *
tr_account_reuse_row_item (GHashTable        *old_items,
                           const char        *key,
                           TrStoreRequestRow *row)
{
  TrRequestItem *item = g_hash_table_lookup (old_items, key);

  if (item == NULL)
    return tr_request_item_new_from_row (row);

  g_object_ref (item);
  g_hash_table_remove (old_items, key);
  tr_request_item_set_row (item, row);
  return item;
}

void
tr_account_add_json_items (GHashTable *old_items,
                           GPtrArray  *items,
                           JsonArray  *array,
                           gboolean    to_approve)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TrRequest) request = tr_request_new_from_json (json_array_get_element (array, i), &error);
      TrRequestItem *item;

      if (request == NULL)
        {
          g_debug ("Skipping a request the server sent: %s", error->message);
          continue;
        }
      item = tr_account_reuse_item (old_items, tr_request_get_id (request), request);
      tr_request_item_set_to_approve (item, to_approve);
      g_ptr_array_add (items, item);
    }
}

GHashTable *
tr_account_index_items (TrAccount *self)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->requests));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrRequestItem) item = g_list_model_get_item (G_LIST_MODEL (self->requests), i);
      char *key = tr_request_item_dup_key (item);

      if (key != NULL)
        g_hash_table_replace (index, key, g_steal_pointer (&item));
    }
  return index;
}

/* Whether @item is at @position, unchanged since it was spliced in. */
static gboolean
same_item (TrAccount *self,
           guint      position,
           gpointer   item)
{
  g_autoptr(GObject) current = g_list_model_get_item (G_LIST_MODEL (self->requests), position);
  gpointer serial;

  if (current != item || !g_hash_table_lookup_extended (self->listed, item, NULL, &serial))
    return FALSE;
  return GPOINTER_TO_UINT (serial) == tr_request_item_get_serial (item);
}

static void
remember_listed (TrAccount *self,
                 GPtrArray *items)
{
  g_hash_table_remove_all (self->listed);
  for (guint i = 0; i < items->len; i++)
    g_hash_table_insert (self->listed, g_object_ref (items->pdata[i]),
                         GUINT_TO_POINTER (tr_request_item_get_serial (items->pdata[i])));
}

/* Shows @items (the own requests, then @n_to_approve to approve). */
void
tr_account_splice (TrAccount *self,
                   GPtrArray *items,
                   guint      n_to_approve)
{
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->requests));
  guint prefix = 0, suffix = 0;

  /* Requests whose deletion can still be undone stay out of the list. */
  for (guint i = items->len; i > 0; i--)
    if (tr_account_is_hidden (self, items->pdata[i - 1]))
      {
        if (i - 1 >= items->len - n_to_approve)
          n_to_approve--;
        g_ptr_array_remove_index (items, i - 1);
      }

  /* Only the changed middle is spliced, so the list keeps its scroll
   * position and its rows when a reload changes little. */
  while (prefix < n_old && prefix < items->len && same_item (self, prefix, items->pdata[prefix]))
    prefix++;
  while (suffix < n_old - prefix && suffix < items->len - prefix &&
         same_item (self, n_old - 1 - suffix, items->pdata[items->len - 1 - suffix]))
    suffix++;
  if (prefix != n_old || prefix != items->len)
    g_list_store_splice (self->requests, prefix, n_old - prefix - suffix,
                         items->pdata + prefix, items->len - prefix - suffix);
  remember_listed (self, items);
  tr_account_listed (self, n_to_approve);
}

/**
 * tr_account_merge_listing:
 * @self: a #TrAccount
 * @own: (nullable): the user's requests, as `GET /requests?view=ALL` lists them
 * @to_approve: (nullable): the requests of `view=TOAPPROVE`
 *
 * Replaces the requests of tr_account_get_requests() with these listings.
 * Items of requests still listed are kept (with the newer request), so
 * rows survive; requests that cannot be read are left out.
 */
void
tr_account_merge_listing (TrAccount *self,
                          JsonArray *own,
                          JsonArray *to_approve)
{
  g_autoptr(GHashTable) old_items = NULL;
  g_autoptr(GPtrArray) items = NULL;
  guint before;

  g_return_if_fail (TR_IS_ACCOUNT (self));

  old_items = tr_account_index_items (self);
  items = g_ptr_array_new_with_free_func (g_object_unref);
  tr_account_add_json_items (old_items, items, own, FALSE);
  before = items->len;
  tr_account_add_json_items (old_items, items, to_approve, TRUE);
  tr_account_splice (self, items, items->len - before);}

