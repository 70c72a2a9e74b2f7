/* tr-account.c
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

#include <string.h>

#include "tr-account-private.h"
#include "tr-api-error.h"
#include "tr-request-item.h"

/* A signed-in account: its authorizer and client, and the requests the
 * window lists (the user's own, then the ones waiting for their approval).
 * tr_account_refresh_async() reloads them from the server; `online` turns
 * FALSE when the server cannot be reached, for the offline bar. */

G_DEFINE_FINAL_TYPE (TrAccount, tr_account, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_AUTHORIZER,
  PROP_DISPLAY_NAME,
  PROP_ONLINE,
  PROP_SYNCING,
  PROP_LOADED,
  PROP_TO_APPROVE_COUNT,
  PROP_PROGRESS,
  PROP_CACHED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];




static void
set_flag (TrAccount *self,
          gboolean  *field,
          gboolean   value,
          guint      prop)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
tr_account_dispose (GObject *object)
{
  TrAccount *self = TR_ACCOUNT (object);

  tr_account_cache_dispose (self);
  g_clear_pointer (&self->read_ahead, g_ptr_array_unref);
  g_clear_object (&self->client);
  g_clear_object (&self->authorizer);
  g_clear_object (&self->requests);
  g_clear_pointer (&self->listed, g_hash_table_unref);
  g_clear_pointer (&self->hidden, g_hash_table_unref);

  G_OBJECT_CLASS (tr_account_parent_class)->dispose (object);
}

static void
tr_account_finalize (GObject *object)
{
  TrAccount *self = TR_ACCOUNT (object);

  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->key, g_free);
  if (self->client_secret != NULL)
    memset (self->client_secret, 0, strlen (self->client_secret));
  g_clear_pointer (&self->client_secret, g_free);

  G_OBJECT_CLASS (tr_account_parent_class)->finalize (object);
}

static void
tr_account_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TrAccount *self = TR_ACCOUNT (object);

  switch (prop_id)
    {
    case PROP_AUTHORIZER:
      g_value_set_object (value, self->authorizer);
      break;
    case PROP_DISPLAY_NAME:
      g_value_set_string (value, self->display_name);
      break;
    case PROP_ONLINE:
      g_value_set_boolean (value, self->online);
      break;
    case PROP_SYNCING:
      g_value_set_boolean (value, self->syncing);
      break;
    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;
    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;
    case PROP_CACHED:
      g_value_set_boolean (value, self->store != NULL);
      break;
    case PROP_TO_APPROVE_COUNT:
      g_value_set_uint (value, self->to_approve_count);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_account_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  TrAccount *self = TR_ACCOUNT (object);

  switch (prop_id)
    {
    case PROP_AUTHORIZER:
      self->authorizer = g_value_dup_object (value);
      break;
    case PROP_DISPLAY_NAME:
      self->display_name = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_account_constructed (GObject *object)
{
  TrAccount *self = TR_ACCOUNT (object);

  G_OBJECT_CLASS (tr_account_parent_class)->constructed (object);

  g_assert (self->authorizer != NULL);
  self->client = tr_client_new (self->authorizer);
  if (self->display_name == NULL || *self->display_name == '\0')
    {
      g_free (self->display_name);
      self->display_name = g_strdup (tr_authorizer_get_user_id (self->authorizer));
    }
}

static GParamSpec *
flag_pspec (const char *name)
{
  return g_param_spec_boolean (name, NULL, NULL, FALSE,
                               G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
tr_account_class_init (TrAccountClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = tr_account_constructed;
  object_class->dispose = tr_account_dispose;
  object_class->finalize = tr_account_finalize;
  object_class->get_property = tr_account_get_property;
  object_class->set_property = tr_account_set_property;

  properties[PROP_AUTHORIZER] =
    g_param_spec_object ("authorizer", NULL, NULL, TR_TYPE_AUTHORIZER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ONLINE] = flag_pspec ("online");
  properties[PROP_SYNCING] = flag_pspec ("syncing");
  properties[PROP_LOADED] = flag_pspec ("loaded");
  properties[PROP_CACHED] = flag_pspec ("cached");
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TO_APPROVE_COUNT] =
    g_param_spec_uint ("to-approve-count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tr_account_init (TrAccount *self)
{
  self->requests = g_list_store_new (TR_TYPE_REQUEST_ITEM);
  self->listed = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->hidden = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->online = TRUE;
}

/**
 * tr_account_new:
 * @authorizer: a signed-in authorizer
 * @display_name: (nullable): the name shown in the account switcher
 *
 * Returns: (transfer full): a new account
 */
TrAccount *
tr_account_new (TrAuthorizer *authorizer,
                const char   *display_name)
{
  g_return_val_if_fail (TR_IS_AUTHORIZER (authorizer), NULL);

  return g_object_new (TR_TYPE_ACCOUNT,
                       "authorizer", authorizer,
                       "display-name", display_name,
                       NULL);
}

/**
 * tr_account_new_detached:
 * @key: the account's fixed key (see tr_account_dup_key())
 * @display_name: the name shown in the account switcher
 *
 * An account whose server is not known yet (the demo's, while tr-sandbox
 * starts): its offline cache can be opened and listed at once, and
 * nothing reaches the network until tr_account_attach().
 *
 * Returns: (transfer full): a new detached account
 */
TrAccount *
tr_account_new_detached (const char *key,
                         const char *display_name)
{
  /* Never contacted: refreshing a detached account only lists its cache. */
  g_autoptr(TrAuthorizer) placeholder = tr_authorizer_new (TR_DATA_CENTER_CUSTOM, "http://127.0.0.1",
                                                           "detached", NULL);
  TrAccount *self;

  g_return_val_if_fail (key != NULL && *key != '\0', NULL);

  self = tr_account_new (placeholder, display_name);
  self->key = g_strdup (key);
  self->detached = TRUE;
  return self;
}

/**
 * tr_account_get_detached:
 * @self: a #TrAccount
 *
 * Returns: whether the account waits for tr_account_attach()
 */
gboolean
tr_account_get_detached (TrAccount *self)
{
  g_return_val_if_fail (TR_IS_ACCOUNT (self), FALSE);

  return self->detached;
}

/**
 * tr_account_attach:
 * @self: a detached #TrAccount
 * @authorizer: the signed-in authorizer of its server
 *
 * Connects the account to its server: from now on refreshing syncs its
 * cache through @authorizer. The listed requests stay.
 */
void
tr_account_attach (TrAccount    *self,
                   TrAuthorizer *authorizer)
{
  g_return_if_fail (TR_IS_ACCOUNT (self));
  g_return_if_fail (TR_IS_AUTHORIZER (authorizer));

  g_set_object (&self->authorizer, authorizer);
  g_clear_object (&self->client);
  self->client = tr_client_new (authorizer);
  self->detached = FALSE;
  tr_account_cache_attach (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHORIZER]);
}

TrAuthorizer *
tr_account_get_authorizer (TrAccount *self)
{
  g_return_val_if_fail (TR_IS_ACCOUNT (self), NULL);

  return self->authorizer;
}

TrClient *
tr_account_get_client (TrAccount *self)
{
  g_return_val_if_fail (TR_IS_ACCOUNT (self), NULL);

  return self->client;
}

/**
 * tr_account_get_client_secret:
 * @self: a #TrAccount
 *
 * Returns: (nullable): the OAuth client secret the account signed in
 *   with, kept to restore the account at the next start
 */
const char *
tr_account_get_client_secret (TrAccount *self)
{
  g_return_val_if_fail (TR_IS_ACCOUNT (self), NULL);

  return self->client_secret;
}

void
tr_account_set_client_secret (TrAccount  *self,
                              const char *client_secret)
{
  g_return_if_fail (TR_IS_ACCOUNT (self));

  if (self->client_secret != NULL)
    memset (self->client_secret, 0, strlen (self->client_secret));
  g_free (self->client_secret);
  self->client_secret = g_strdup (client_secret);
}

const char *
tr_account_get_display_name (TrAccount *self)
{
  g_return_val_if_fail (TR_IS_ACCOUNT (self), NULL);

  return self->display_name;
}

/**
 * tr_account_dup_key:
 * @self: a #TrAccount
 *
 * Returns: (transfer full): `user-id@base-url` (or the fixed key given to
 *   tr_account_new_detached()), unique per account; the value of the
 *   `last-account-id` setting
 */
char *
tr_account_dup_key (TrAccount *self)
{
  g_return_val_if_fail (TR_IS_ACCOUNT (self), NULL);

  if (self->key != NULL)
    return g_strdup (self->key);
  return g_strdup_printf ("%s@%s",
                          tr_authorizer_get_user_id (self->authorizer) ?: "",
                          tr_authorizer_get_base_url (self->authorizer) ?: "");
}

/**
 * tr_account_get_requests:
 * @self: a #TrAccount
 *
 * Returns: (transfer none): a #GListModel of #TrRequestItem
 */
GListModel *
tr_account_get_requests (TrAccount *self)
{
  g_return_val_if_fail (TR_IS_ACCOUNT (self), NULL);

  return G_LIST_MODEL (self->requests);
}

gboolean
tr_account_get_online (TrAccount *self)
{
  g_return_val_if_fail (TR_IS_ACCOUNT (self), FALSE);

  return self->online;
}

gboolean
tr_account_get_syncing (TrAccount *self)
{
  g_return_val_if_fail (TR_IS_ACCOUNT (self), FALSE);

  return self->syncing;
}

/**
 * tr_account_get_loaded:
 * @self: a #TrAccount
 *
 * Returns: whether the requests were loaded at least once
 */
gboolean
tr_account_get_loaded (TrAccount *self)
{
  g_return_val_if_fail (TR_IS_ACCOUNT (self), FALSE);

  return self->loaded;
}

guint
tr_account_get_to_approve_count (TrAccount *self)
{
  g_return_val_if_fail (TR_IS_ACCOUNT (self), 0);

  return self->to_approve_count;
}

void
tr_account_set_syncing (TrAccount *self,
                        gboolean   syncing)
{
  set_flag (self, &self->syncing, syncing, PROP_SYNCING);
}

/* Refresh: GET the user's requests, then the ones to approve, then merge. */

typedef struct
{
  JsonArray *own;
} RefreshData;

static void
refresh_data_free (RefreshData *data)
{
  g_clear_pointer (&data->own, json_array_unref);
  g_free (data);
}

/**
 * tr_account_get_progress:
 * @self: a #TrAccount
 *
 * Returns: how far the first full synchronisation is, from 0 to 1
 */
double
tr_account_get_progress (TrAccount *self)
{
  g_return_val_if_fail (TR_IS_ACCOUNT (self), 0.0);

  return self->progress;
}

/* Follows the sync engine's progress (tr-account-cache.c). */
void
tr_account_set_progress (TrAccount *self,
                         double     progress)
{
  progress = CLAMP (progress, 0.0, 1.0);
  if (self->progress == progress)
    return;

  self->progress = progress;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

/* Called by tr-account-cache.c once the offline cache opened. */
void
tr_account_notify_cached (TrAccount *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CACHED]);
}

/* Called by tr_account_splice() once the listing changed. */
void
tr_account_listed (TrAccount *self,
                   guint      n_to_approve)
{
  if (self->to_approve_count != n_to_approve)
    {
      self->to_approve_count = n_to_approve;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TO_APPROVE_COUNT]);
    }
  set_flag (self, &self->loaded, TRUE, PROP_LOADED);
}

void
tr_account_finish_refresh (GTask  *task,
                           GError *error)
{
  TrAccount *self = g_task_get_source_object (task);

  set_flag (self, &self->syncing, FALSE, PROP_SYNCING);
  if (error == NULL)
    {
      set_flag (self, &self->online, TRUE, PROP_ONLINE);
      set_flag (self, &self->loaded, TRUE, PROP_LOADED);
      g_task_return_boolean (task, TRUE);
      return;
    }

  if (g_error_matches (error, TR_API_ERROR, TR_API_ERROR_NETWORK) ||
      g_error_matches (error, TR_API_ERROR, TR_API_ERROR_UNAVAILABLE))
    set_flag (self, &self->online, FALSE, PROP_ONLINE);
  g_task_return_error (task, error);
}

static void
on_to_approve_fetched_cb (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TrAccount *self = g_task_get_source_object (task);
  RefreshData *data = g_task_get_task_data (task);
  g_autoptr(JsonArray) to_approve = NULL;
  GError *error = NULL;

  to_approve = tr_client_fetch_pages_finish (TR_CLIENT (source), result, &error);
  /* Travelers who approve nobody may be refused the approver view. */
  if (g_error_matches (error, TR_API_ERROR, TR_API_ERROR_FORBIDDEN))
    g_clear_error (&error);
  if (error == NULL)
    g_cancellable_set_error_if_cancelled (g_task_get_cancellable (task), &error);
  if (error == NULL)
    tr_account_merge_listing (self, data->own, to_approve);
  tr_account_finish_refresh (task, error);
}

static void
on_own_fetched_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  RefreshData *data = g_task_get_task_data (task);
  GCancellable *cancellable;
  GError *error = NULL;

  data->own = tr_client_fetch_pages_finish (TR_CLIENT (source), result, &error);
  if (data->own == NULL)
    {
      tr_account_finish_refresh (task, error);
      return;
    }

  cancellable = g_task_get_cancellable (task);
  tr_client_fetch_pages_async (TR_CLIENT (source), TO_APPROVE_PATH, cancellable,
                               on_to_approve_fetched_cb, g_steal_pointer (&task));
}

/**
 * tr_account_refresh_async:
 * @self: a #TrAccount
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the requests were reloaded
 * @user_data: data for @callback
 *
 * Reloads the user's requests and the ones waiting for their approval
 * into tr_account_get_requests(). Items of requests that are still there
 * are kept (with the newer request), so rows and selections survive.
 */
void
tr_account_refresh_async (TrAccount           *self,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TR_IS_ACCOUNT (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_account_refresh_async);
  g_task_set_task_data (task, g_new0 (RefreshData, 1), (GDestroyNotify) refresh_data_free);
  set_flag (self, &self->syncing, TRUE, PROP_SYNCING);

  if (self->store != NULL || self->reading_ahead || self->read_ahead != NULL)
    tr_account_cache_refresh (self, g_steal_pointer (&task));
  else if (self->detached)
    {
      /* Nothing to list before the cache opens or the server is known. */
      set_flag (self, &self->syncing, FALSE, PROP_SYNCING);
      g_task_return_boolean (task, TRUE);
    }
  else
    tr_client_fetch_pages_async (self->client, OWN_REQUESTS_PATH, cancellable,
                                 on_own_fetched_cb, g_steal_pointer (&task));
}

gboolean
tr_account_refresh_finish (TrAccount     *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (TR_IS_ACCOUNT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_account_refresh_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
