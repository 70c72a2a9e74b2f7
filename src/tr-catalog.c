/* tr-catalog.c
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

#define G_LOG_DOMAIN "tr-catalog"

#include <glib/gi18n.h>

#include "tr-api-error.h"
#include "tr-catalog.h"
#include "tr-client-extras.h"
#include "tr-policy.h"
#include "tr-travel-agency.h"

/* The server's names for the ids a request links to: the user's request
 * policies (`GET /userpolicies`) and travel agencies
 * (`GET /travelagencies/{id}`). One catalog per client, shared by the
 * request page and the editor; what was fetched once is not asked again
 * in the session. With the account's offline store set, what the server
 * answered is kept in the store's meta table and shown when the server
 * cannot be reached. */

struct _TrCatalog
{
  GObject     parent_instance;

  TrClient   *client;    /* not owned: the catalog is the client's data */
  TrStore    *store;     /* where the names are kept for offline use */
  GListStore *policies;  /* NULL until fetched */
  GHashTable *agencies;  /* id → TrTravelAgency */
};

#define POLICIES_KEY "catalog/policies"
#define AGENCY_KEY_PREFIX "catalog/agency/"

G_DEFINE_FINAL_TYPE (TrCatalog, tr_catalog, G_TYPE_OBJECT)

static void
tr_catalog_finalize (GObject *object)
{
  TrCatalog *self = TR_CATALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->policies);
  g_clear_pointer (&self->agencies, g_hash_table_unref);

  G_OBJECT_CLASS (tr_catalog_parent_class)->finalize (object);
}

static void
tr_catalog_class_init (TrCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tr_catalog_finalize;
}

static void
tr_catalog_init (TrCatalog *self)
{
  self->agencies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

/**
 * tr_catalog_get_for_client:
 * @client: an account's client
 *
 * Returns: (transfer none): the catalog of @client, made at the first call
 */
TrCatalog *
tr_catalog_get_for_client (TrClient *client)
{
  TrCatalog *self;

  g_return_val_if_fail (TR_IS_CLIENT (client), NULL);

  self = g_object_get_data (G_OBJECT (client), "tr-catalog");
  if (self == NULL)
    {
      self = g_object_new (TR_TYPE_CATALOG, NULL);
      self->client = client;
      g_object_set_data_full (G_OBJECT (client), "tr-catalog", self, g_object_unref);
    }
  return self;
}

/**
 * tr_catalog_get_for_account:
 * @account: an account
 *
 * The catalog of the account's client, which keeps what it fetches in
 * the account's offline store once that is open.
 *
 * Returns: (transfer none) (nullable): the catalog, %NULL while the
 *   account has no client (a demo account before tr-sandbox listens)
 */
TrCatalog *
tr_catalog_get_for_account (TrAccount *account)
{
  TrClient *client;
  TrCatalog *self;

  g_return_val_if_fail (TR_IS_ACCOUNT (account), NULL);

  client = tr_account_get_client (account);
  if (client == NULL)
    return NULL;
  self = tr_catalog_get_for_client (client);
  if (tr_account_get_store (account) != NULL)
    tr_catalog_set_store (self, tr_account_get_store (account));
  return self;
}

/**
 * tr_catalog_set_store:
 * @self: a #TrCatalog
 * @store: (nullable): the account's offline store
 *
 * Names fetched from now on are kept in @store, and read from it when
 * the server cannot be reached.
 */
void
tr_catalog_set_store (TrCatalog *self,
                      TrStore   *store)
{
  g_return_if_fail (TR_IS_CATALOG (self));
  g_return_if_fail (store == NULL || TR_IS_STORE (store));

  g_set_object (&self->store, store);
}

static void
on_kept_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!tr_store_meta_set_finish (TR_STORE (source), result, &error))
    g_debug ("Catalog names not kept offline: %s", error->message);
}

static void
keep (TrCatalog  *self,
      const char *key,
      JsonNode   *node)
{
  g_autofree char *text = NULL;

  if (self->store == NULL)
    return;
  text = tr_json_to_string (node);
  tr_store_meta_set_async (self->store, key, text, NULL, on_kept_cb, NULL);
}

/* Whether to look in the store: the server could not be reached or
 * failed, which is not the same as a cancelled call. */
static gboolean
can_read_kept (TrCatalog    *self,
               const GError *error)
{
  return self->store != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* Policies */

static GListStore *
policies_of_json (JsonNode *node)
{
  GListStore *policies = g_list_store_new (TR_TYPE_POLICY);
  JsonArray *array = json_node_get_array (node);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TrPolicy) policy = tr_policy_new_from_json (json_array_get_element (array, i), &error);

      if (policy != NULL)
        g_list_store_append (policies, policy);
      else
        g_debug ("Skipping a request policy: %s", error->message);
    }
  return policies;
}

static void
on_kept_policies_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = g_task_get_task_data (task);
  g_autofree char *text = tr_store_meta_get_finish (TR_STORE (source), result, NULL);
  g_autoptr(JsonNode) node = text != NULL ? tr_json_from_string (text, NULL) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return g_task_return_error (task, g_error_copy (error));
  g_task_return_pointer (task, policies_of_json (node), g_object_unref);
}

static void
on_policies_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TrCatalog *self = g_task_get_source_object (task);
  GError *error = NULL;
  g_autoptr(JsonNode) node = tr_client_send_json_finish (TR_CLIENT (source), result, &error);

  if (node != NULL && !JSON_NODE_HOLDS_ARRAY (node))
    error = tr_api_error_new_full (TR_API_ERROR_BAD_RESPONSE, 0, NULL, NULL,
                                   _("The server did not answer with request policies"));
  if (error != NULL && can_read_kept (self, error))
    {
      GCancellable *cancellable = g_task_get_cancellable (task);

      /* The error stays with the task, for when nothing was kept. */
      g_task_set_task_data (task, error, (GDestroyNotify) g_error_free);
      tr_store_meta_get_async (self->store, POLICIES_KEY, cancellable, on_kept_policies_cb, g_steal_pointer (&task));
      return;
    }
  if (error != NULL)
    return g_task_return_error (task, error);
  if (self->policies == NULL)
    self->policies = policies_of_json (node);
  keep (self, POLICIES_KEY, node);
  g_task_return_pointer (task, g_object_ref (self->policies), g_object_unref);
}

/**
 * tr_catalog_get_policies_async:
 * @self: a #TrCatalog
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the policies
 * @user_data: data for @callback
 *
 * The user's request policies, fetched at the first call.
 */
void
tr_catalog_get_policies_async (TrCatalog           *self,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TR_IS_CATALOG (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_catalog_get_policies_async);
  if (self->policies != NULL)
    return g_task_return_pointer (task, g_object_ref (self->policies), g_object_unref);
  tr_client_send_json_async (self->client, "GET", "userpolicies", NULL, cancellable,
                             on_policies_cb, g_steal_pointer (&task));
}

/**
 * tr_catalog_get_policies_finish:
 *
 * Returns: (transfer full): a list of #TrPolicy
 */
GListModel *
tr_catalog_get_policies_finish (TrCatalog     *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_catalog_get_policies_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Travel agencies */

typedef struct
{
  GStrv ids;
  guint pending;
} Fetch;

static void
fetch_free (Fetch *f)
{
  g_strfreev (f->ids);
  g_free (f);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  const char *name_a = tr_travel_agency_get_name (*(TrTravelAgency **) a);
  const char *name_b = tr_travel_agency_get_name (*(TrTravelAgency **) b);

  return g_utf8_collate (name_a ? name_a : "", name_b ? name_b : "");
}

/* The known agencies of the ids asked for, sorted by name. */
static void
return_agencies (GTask *task)
{
  TrCatalog *self = g_task_get_source_object (task);
  Fetch *f = g_task_get_task_data (task);
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  GListStore *agencies = g_list_store_new (TR_TYPE_TRAVEL_AGENCY);

  for (guint i = 0; f->ids[i] != NULL; i++)
    {
      TrTravelAgency *agency = g_hash_table_lookup (self->agencies, f->ids[i]);

      if (agency != NULL && !g_ptr_array_find (found, agency, NULL))
        g_ptr_array_add (found, agency);
    }
  g_ptr_array_sort (found, compare_names);
  g_list_store_splice (agencies, 0, 0, found->pdata, found->len);
  g_task_return_pointer (task, agencies, g_object_unref);
}

typedef struct
{
  GTask *task;
  char  *id;
} AgencyCall;

static void
agency_done (AgencyCall     *call,
             TrTravelAgency *agency)
{
  TrCatalog *self = g_task_get_source_object (call->task);
  Fetch *f = g_task_get_task_data (call->task);

  if (agency != NULL)
    g_hash_table_replace (self->agencies, g_strdup (call->id), agency);
  if (--f->pending == 0)
    return_agencies (call->task);
  g_object_unref (call->task);
  g_free (call->id);
  g_free (call);
}

static void
on_kept_agency_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  AgencyCall *call = user_data;
  g_autofree char *text = tr_store_meta_get_finish (TR_STORE (source), result, NULL);

  agency_done (call, text != NULL ? tr_travel_agency_new_from_string (text, NULL) : NULL);
}

static void
on_agency_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  AgencyCall *call = user_data;
  TrCatalog *self = g_task_get_source_object (call->task);
  g_autoptr(GError) error = NULL;
  TrTravelAgency *agency = tr_client_get_travel_agency_finish (TR_CLIENT (source), result, &error);
  g_autofree char *key = g_strconcat (AGENCY_KEY_PREFIX, call->id, NULL);

  if (agency != NULL)
    {
      g_autoptr(JsonNode) node = tr_travel_agency_to_json (agency, TR_JSON_PURPOSE_FULL);

      keep (self, key, node);
      return agency_done (call, agency);
    }
  g_debug ("Travel agency %s not available: %s", call->id, error->message);
  if (!can_read_kept (self, error))
    return agency_done (call, NULL);
  tr_store_meta_get_async (self->store, key, g_task_get_cancellable (call->task), on_kept_agency_cb, call);
}

static void
fetch_agency (TrCatalog  *self,
              GTask      *task,
              const char *id)
{
  AgencyCall *call = g_new0 (AgencyCall, 1);

  call->task = g_object_ref (task);
  call->id = g_strdup (id);
  tr_client_get_travel_agency_async (self->client, id, g_task_get_cancellable (task), on_agency_cb, call);
}

static gboolean
is_listed_before (GStrv ids,
                  guint n)
{
  for (guint i = 0; i < n; i++)
    if (g_str_equal (ids[i], ids[n]))
      return TRUE;
  return FALSE;
}

/**
 * tr_catalog_get_agencies_async:
 * @self: a #TrCatalog
 * @agency_ids: (nullable): the agency ids
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the agencies
 * @user_data: data for @callback
 *
 * Fetches at once the agencies not known yet (`GET /travelagencies/{id}`);
 * those that do not answer are read from the store, or only logged.
 */
void
tr_catalog_get_agencies_async (TrCatalog           *self,
                               const char * const  *agency_ids,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Fetch *f;

  g_return_if_fail (TR_IS_CATALOG (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_catalog_get_agencies_async);
  f = g_new0 (Fetch, 1);
  f->ids = g_strdupv ((GStrv) (agency_ids != NULL ? agency_ids : (const char * const []) { NULL }));
  g_task_set_task_data (task, f, (GDestroyNotify) fetch_free);
  for (guint i = 0; f->ids[i] != NULL; i++)
    {
      if (g_hash_table_contains (self->agencies, f->ids[i]) || is_listed_before (f->ids, i))
        continue;
      f->pending++;
      fetch_agency (self, task, f->ids[i]);
    }
  if (f->pending == 0)
    return_agencies (task);
}

/**
 * tr_catalog_get_agencies_finish:
 *
 * Returns: (transfer full): a list of #TrTravelAgency, sorted by name
 */
GListModel *
tr_catalog_get_agencies_finish (TrCatalog     *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_catalog_get_agencies_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
