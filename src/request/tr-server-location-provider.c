/* tr-server-location-provider.c
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

#include "tr-api-error.h"
#include "tr-client-locations.h"
#include "tr-server-location-provider.h"

/* The destination search of the window: asks the server's location search
 * (a tr-sandbox extension, see tr-client-locations.c). A real Concur server
 * has none and answers 404: from then on, and for a while after a network
 * failure, the search answers from a fallback list instead (the
 * destinations the account already used), matched case- and
 * accent-insensitively on name, city and IATA code. */

#define MIN_CHARS 2
#define MAX_RESULTS 10
#define OFFLINE_PAUSE_US (30 * G_USEC_PER_SEC)

struct _TrServerLocationProvider
{
  GObject     parent_instance;

  TrClient   *client;
  GListModel *fallback;
  gboolean    endpoint_missing;
  gint64      offline_until;    /* monotonic µs: no server call before */
};

static void provider_iface_init (TrLocationProviderInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TrServerLocationProvider, tr_server_location_provider, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (TR_TYPE_LOCATION_PROVIDER, provider_iface_init))

enum {
  PROP_0,
  PROP_CLIENT,
  PROP_FALLBACK,
  PROP_ENDPOINT_MISSING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Decomposes, drops the combining marks and folds the case: "Lyón" and
 * "LYON" both become "lyon". */
static char *
fold (const char *text)
{
  g_autofree char *decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  g_autoptr(GString) bare = g_string_new (NULL);

  if (decomposed == NULL)
    return g_strdup ("");
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (bare, c);
    }
  return g_utf8_casefold (bare->str, -1);
}

/* 0 for an exact IATA code, 1 for a prefix, 2 for a substring, -1 else. */
static int
rank_field (const char *field,
            const char *needle,
            gboolean    is_code)
{
  g_autofree char *folded = NULL;
  const char *found;

  if (field == NULL)
    return -1;
  folded = fold (field);
  if (is_code && g_str_equal (folded, needle))
    return 0;
  found = strstr (folded, needle);
  if (found == NULL)
    return -1;
  return found == folded ? 1 : 2;
}

static int
rank_location (TrLocation *location,
               const char *needle)
{
  int ranks[] = {
    rank_field (tr_location_get_iata_code (location), needle, TRUE),
    rank_field (tr_location_get_name (location), needle, FALSE),
    rank_field (tr_location_get_city (location), needle, FALSE),
  };
  int best = -1;

  for (guint i = 0; i < G_N_ELEMENTS (ranks); i++)
    if (ranks[i] >= 0 && (best < 0 || ranks[i] < best))
      best = ranks[i];
  return best;
}

/* The fallback locations matching @text, best first, at most MAX_RESULTS. */
static GListStore *
search_fallback (TrServerLocationProvider *self,
                 const char               *text)
{
  g_autofree char *needle = fold (text);
  GListStore *found = g_list_store_new (TR_TYPE_LOCATION);
  guint n = self->fallback != NULL ? g_list_model_get_n_items (self->fallback) : 0;

  for (int rank = 0; rank <= 2; rank++)
    for (guint i = 0; i < n && g_list_model_get_n_items (G_LIST_MODEL (found)) < MAX_RESULTS; i++)
      {
        g_autoptr(TrLocation) location = g_list_model_get_item (self->fallback, i);

        if (rank_location (location, needle) == rank)
          g_list_store_append (found, location);
      }
  return found;
}

static void
set_endpoint_missing (TrServerLocationProvider *self)
{
  if (self->endpoint_missing)
    return;
  self->endpoint_missing = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDPOINT_MISSING]);
}

/* Whether the server's answer @error means "use the fallback". */
static gboolean
falls_back (TrServerLocationProvider *self,
            const GError             *error)
{
  if (g_error_matches (error, TR_API_ERROR, TR_API_ERROR_NOT_FOUND))
    {
      g_debug ("The server has no location search; using known destinations");
      set_endpoint_missing (self);
      return TRUE;
    }
  if (g_error_matches (error, TR_API_ERROR, TR_API_ERROR_NETWORK)
      || g_error_matches (error, TR_API_ERROR, TR_API_ERROR_UNAVAILABLE))
    {
      g_debug ("Location search unreachable (%s); using known destinations", error->message);
      self->offline_until = g_get_monotonic_time () + OFFLINE_PAUSE_US;
      return TRUE;
    }
  return FALSE;
}

static void
on_server_answer_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TrServerLocationProvider *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  GListStore *found = tr_client_search_locations_finish (TR_CLIENT (source), result, &error);

  if (found != NULL)
    g_task_return_pointer (task, found, g_object_unref);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || !falls_back (self, error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, search_fallback (self, g_task_get_task_data (task)), g_object_unref);
}

static void
server_search_async (TrLocationProvider  *provider,
                     const char          *text,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  TrServerLocationProvider *self = TR_SERVER_LOCATION_PROVIDER (provider);
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  char *trimmed = g_strstrip (g_strdup (text));

  g_task_set_source_tag (task, server_search_async);
  g_task_set_task_data (task, trimmed, g_free);
  if (g_task_return_error_if_cancelled (task))
    return;
  if (g_utf8_strlen (trimmed, -1) < MIN_CHARS)
    g_task_return_pointer (task, g_list_store_new (TR_TYPE_LOCATION), g_object_unref);
  else if (self->endpoint_missing || g_get_monotonic_time () < self->offline_until)
    g_task_return_pointer (task, search_fallback (self, trimmed), g_object_unref);
  else
    tr_client_search_locations_async (self->client, trimmed, MAX_RESULTS, cancellable,
                                      on_server_answer_cb, g_steal_pointer (&task));
}

static GListModel *
server_search_finish (TrLocationProvider  *provider,
                      GAsyncResult        *result,
                      GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, provider), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == server_search_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
provider_iface_init (TrLocationProviderInterface *iface)
{
  iface->search_async = server_search_async;
  iface->search_finish = server_search_finish;
}

static void
tr_server_location_provider_dispose (GObject *object)
{
  TrServerLocationProvider *self = TR_SERVER_LOCATION_PROVIDER (object);

  g_clear_object (&self->client);
  g_clear_object (&self->fallback);

  G_OBJECT_CLASS (tr_server_location_provider_parent_class)->dispose (object);
}

static void
tr_server_location_provider_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  TrServerLocationProvider *self = TR_SERVER_LOCATION_PROVIDER (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;
    case PROP_FALLBACK:
      g_value_set_object (value, self->fallback);
      break;
    case PROP_ENDPOINT_MISSING:
      g_value_set_boolean (value, self->endpoint_missing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_server_location_provider_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  TrServerLocationProvider *self = TR_SERVER_LOCATION_PROVIDER (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      self->client = g_value_dup_object (value);
      break;
    case PROP_FALLBACK:
      self->fallback = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_server_location_provider_class_init (TrServerLocationProviderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tr_server_location_provider_dispose;
  object_class->get_property = tr_server_location_provider_get_property;
  object_class->set_property = tr_server_location_provider_set_property;

  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL, TR_TYPE_CLIENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FALLBACK] =
    g_param_spec_object ("fallback", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * TrServerLocationProvider:endpoint-missing:
   *
   * The server answered 404 (a real Concur server): searches use the
   * fallback list only.
   */
  properties[PROP_ENDPOINT_MISSING] =
    g_param_spec_boolean ("endpoint-missing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tr_server_location_provider_init (TrServerLocationProvider *self)
{
}

/**
 * tr_server_location_provider_new:
 * @client: the client of the account
 * @fallback: (nullable): a #GListModel of #TrLocation to search when the
 *   server cannot; it may grow later
 *
 * Returns: (transfer full): a new provider
 */
TrServerLocationProvider *
tr_server_location_provider_new (TrClient   *client,
                                 GListModel *fallback)
{
  g_return_val_if_fail (TR_IS_CLIENT (client), NULL);
  g_return_val_if_fail (fallback == NULL || G_IS_LIST_MODEL (fallback), NULL);

  return g_object_new (TR_TYPE_SERVER_LOCATION_PROVIDER, "client", client, "fallback", fallback, NULL);
}

TrClient *
tr_server_location_provider_get_client (TrServerLocationProvider *self)
{
  g_return_val_if_fail (TR_IS_SERVER_LOCATION_PROVIDER (self), NULL);

  return self->client;
}

/**
 * tr_server_location_provider_get_fallback:
 *
 * Returns: (transfer none) (nullable): the fallback locations
 */
GListModel *
tr_server_location_provider_get_fallback (TrServerLocationProvider *self)
{
  g_return_val_if_fail (TR_IS_SERVER_LOCATION_PROVIDER (self), NULL);

  return self->fallback;
}

gboolean
tr_server_location_provider_get_endpoint_missing (TrServerLocationProvider *self)
{
  g_return_val_if_fail (TR_IS_SERVER_LOCATION_PROVIDER (self), FALSE);

  return self->endpoint_missing;
}
