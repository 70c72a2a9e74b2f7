/* tr-location-provider.c
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

#define G_LOG_DOMAIN "TrLocationProvider"

#include <string.h>

#include "tr-location-provider.h"

G_DEFINE_INTERFACE (TrLocationProvider, tr_location_provider, G_TYPE_OBJECT)

static void
tr_location_provider_default_init (TrLocationProviderInterface *iface)
{
}

/**
 * tr_location_provider_search_async:
 * @text: what the user typed
 *
 * Looks up the locations matching @text.
 */
void
tr_location_provider_search_async (TrLocationProvider  *self,
                                   const char          *text,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (TR_IS_LOCATION_PROVIDER (self));
  g_return_if_fail (text != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  TR_LOCATION_PROVIDER_GET_IFACE (self)->search_async (self, text, cancellable,
                                                       callback, user_data);
}

/**
 * tr_location_provider_search_finish:
 *
 * Returns: (transfer full): the matching #TrLocation, best first
 */
GListModel *
tr_location_provider_search_finish (TrLocationProvider  *self,
                                    GAsyncResult        *result,
                                    GError             **error)
{
  g_return_val_if_fail (TR_IS_LOCATION_PROVIDER (self), NULL);

  return TR_LOCATION_PROVIDER_GET_IFACE (self)->search_finish (self, result, error);
}

/* A provider over a fixed list of locations (the demo table, tests). */
struct _TrLocationListProvider
{
  GObject     parent_instance;

  GListModel *locations;
};

static void provider_iface_init (TrLocationProviderInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TrLocationListProvider, tr_location_list_provider, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (TR_TYPE_LOCATION_PROVIDER, provider_iface_init))

static gboolean
contains (const char *haystack,
          const char *needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, needle) != NULL;
}

static gboolean
matches (TrLocation *location,
         const char *needle)
{
  return contains (tr_location_get_name (location), needle)
         || contains (tr_location_get_city (location), needle)
         || contains (tr_location_get_iata_code (location), needle)
         || contains (tr_location_get_location_code (location), needle);
}

static void
list_search_async (TrLocationProvider  *provider,
                   const char          *text,
                   GCancellable        *cancellable,
                   GAsyncReadyCallback  callback,
                   gpointer             user_data)
{
  TrLocationListProvider *self = TR_LOCATION_LIST_PROVIDER (provider);
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *needle = g_utf8_casefold (stripped, -1);
  GListStore *found = g_list_store_new (TR_TYPE_LOCATION);
  guint n = g_list_model_get_n_items (self->locations);

  g_task_set_source_tag (task, list_search_async);
  for (guint i = 0; *needle != '\0' && i < n; i++)
    {
      g_autoptr(TrLocation) location = g_list_model_get_item (self->locations, i);

      if (matches (location, needle))
        g_list_store_append (found, location);
    }
  g_task_return_pointer (task, found, g_object_unref);
}

static GListModel *
list_search_finish (TrLocationProvider  *provider,
                    GAsyncResult        *result,
                    GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, provider), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == list_search_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
provider_iface_init (TrLocationProviderInterface *iface)
{
  iface->search_async = list_search_async;
  iface->search_finish = list_search_finish;
}

static void
tr_location_list_provider_dispose (GObject *object)
{
  TrLocationListProvider *self = TR_LOCATION_LIST_PROVIDER (object);

  g_clear_object (&self->locations);

  G_OBJECT_CLASS (tr_location_list_provider_parent_class)->dispose (object);
}

static void
tr_location_list_provider_class_init (TrLocationListProviderClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = tr_location_list_provider_dispose;
}

static void
tr_location_list_provider_init (TrLocationListProvider *self)
{
}

/**
 * tr_location_list_provider_new:
 * @locations: a #GListModel of #TrLocation
 */
TrLocationListProvider *
tr_location_list_provider_new (GListModel *locations)
{
  TrLocationListProvider *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (locations), NULL);

  self = g_object_new (TR_TYPE_LOCATION_LIST_PROVIDER, NULL);
  self->locations = g_object_ref (locations);
  return self;
}
