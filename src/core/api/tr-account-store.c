/* tr-account-store.c
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
#include <libsecret/secret.h>

#include "tr-account-store.h"
#include "tr-api-error.h"

/* One libsecret item per account. Refresh tokens go to the Secret Service
 * and nowhere else: when it is missing or locked the caller gets
 * TR_API_ERROR_KEYRING_UNAVAILABLE and keeps the account in memory. */
struct _TrAccountStore
{
  GObject parent_instance;
};

G_DEFINE_FINAL_TYPE (TrAccountStore, tr_account_store, G_TYPE_OBJECT)

#define ATTRIBUTE_USER_ID "user-id"
#define ATTRIBUTE_BASE_URL "base-url"

static const SecretSchema account_schema = {
  "io.github.travelrequests.TravelRequests.Account",
  SECRET_SCHEMA_NONE,
  {
    { ATTRIBUTE_USER_ID, SECRET_SCHEMA_ATTRIBUTE_STRING },
    { ATTRIBUTE_BASE_URL, SECRET_SCHEMA_ATTRIBUTE_STRING },
    { NULL, 0 },
  },
};

static void
tr_account_store_class_init (TrAccountStoreClass *klass)
{
}

static void
tr_account_store_init (TrAccountStore *self)
{
}

/**
 * tr_account_store_new:
 *
 * Returns: (transfer full): a new #TrAccountStore
 */
TrAccountStore *
tr_account_store_new (void)
{
  return g_object_new (TR_TYPE_ACCOUNT_STORE, NULL);
}

/* The errors of env-recipe §4: no bus (G_IO_ERROR_FAILED), no Secret
 * Service (G_DBUS_ERROR_SERVICE_UNKNOWN), a locked keyring whose prompt
 * cannot be shown (G_DBUS_ERROR_UNKNOWN_METHOD, SECRET_ERROR_IS_LOCKED). */
static GError *
keyring_error (const GError *error)
{
  gboolean locked;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return g_error_copy (error);

  /* No error at all: the unlock prompt was dismissed (or could not be
   * shown), so the keyring stayed locked. */
  locked = error == NULL
    || g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_METHOD)
    || g_error_matches (error, SECRET_ERROR, SECRET_ERROR_IS_LOCKED);
  if (error != NULL)
    g_debug ("Keyring error %s %d: %s", g_quark_to_string (error->domain), error->code,
             error->message);
  return tr_api_error_new_full (TR_API_ERROR_KEYRING_UNAVAILABLE, 0, NULL, NULL,
                                locked ? _("The keyring is locked, so the account is kept for this session only.")
                                       : _("No keyring service is available, so the account is kept for this session only."));
}

static void
stored_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = G_TASK (user_data);
  g_autoptr(GError) error = NULL;

  if (secret_password_store_finish (result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, keyring_error (error));
}

/**
 * tr_account_store_save_async:
 * @self: a #TrAccountStore
 * @record: the account; its user id and base URL identify the item
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when stored
 * @user_data: data for @callback
 *
 * Stores or replaces the keyring item of an account.
 */
void
tr_account_store_save_async (TrAccountStore        *self,
                             const TrAccountRecord *record,
                             GCancellable          *cancellable,
                             GAsyncReadyCallback    callback,
                             gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *secret = NULL;
  g_autofree char *label = NULL;

  g_return_if_fail (TR_IS_ACCOUNT_STORE (self));
  g_return_if_fail (record != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_account_store_save_async);
  if (record->user_id == NULL || record->base_url == NULL || record->refresh_token == NULL)
    {
      g_task_return_error (task, tr_api_error_new_full (TR_API_ERROR_VALIDATION, 0, NULL, NULL,
                                                        "The account is incomplete"));
      return;
    }

  secret = tr_account_record_to_secret (record);
  /* Translators: the name of the password in the keyring; %s is the person’s name or user id */
  label = g_strdup_printf (_("Travel Requests account %s"),
                           record->display_name ? record->display_name : record->user_id);
  secret_password_store (&account_schema, SECRET_COLLECTION_DEFAULT, label, secret, cancellable,
                         stored_cb, g_steal_pointer (&task),
                         ATTRIBUTE_USER_ID, record->user_id,
                         ATTRIBUTE_BASE_URL, record->base_url,
                         NULL);
  memset (secret, 0, strlen (secret));
}

/**
 * tr_account_store_save_finish:
 * @self: a #TrAccountStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: %TRUE if stored
 */
gboolean
tr_account_store_save_finish (TrAccountStore  *self,
                              GAsyncResult    *result,
                              GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_account_store_save_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
looked_up_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = G_TASK (user_data);
  g_autoptr(GError) error = NULL;
  char *secret = secret_password_lookup_finish (result, &error);
  TrAccountRecord *record;

  if (error != NULL)
    {
      g_task_return_error (task, keyring_error (error));
      return;
    }
  if (secret == NULL)
    {
      g_task_return_pointer (task, NULL, NULL);
      return;
    }

  record = tr_account_record_new_from_secret (secret, g_task_get_task_data (task), &error);
  secret_password_free (secret);
  if (record == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, record, (GDestroyNotify) tr_account_record_free);
}

/**
 * tr_account_store_lookup_async:
 * @self: a #TrAccountStore
 * @user_id: the user id
 * @base_url: the configured base URL
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the account
 * @user_data: data for @callback
 *
 * Reads the keyring item of one account.
 */
void
tr_account_store_lookup_async (TrAccountStore      *self,
                               const char          *user_id,
                               const char          *base_url,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TR_IS_ACCOUNT_STORE (self));
  g_return_if_fail (user_id != NULL && base_url != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_account_store_lookup_async);
  g_task_set_task_data (task, g_strdup (base_url), g_free);
  secret_password_lookup (&account_schema, cancellable, looked_up_cb, g_steal_pointer (&task),
                          ATTRIBUTE_USER_ID, user_id,
                          ATTRIBUTE_BASE_URL, base_url,
                          NULL);
}

/**
 * tr_account_store_lookup_finish:
 * @self: a #TrAccountStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the account, or %NULL without an
 *   error if none is stored
 */
TrAccountRecord *
tr_account_store_lookup_finish (TrAccountStore  *self,
                                GAsyncResult    *result,
                                GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_account_store_lookup_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static TrAccountRecord *
record_from_item (SecretItem *item)
{
  g_autoptr(GHashTable) attributes = secret_item_get_attributes (item);
  g_autoptr(SecretValue) value = secret_item_get_secret (item);
  const char *text = value ? secret_value_get_text (value) : NULL;

  if (text == NULL)
    return NULL;
  return tr_account_record_new_from_secret (text, g_hash_table_lookup (attributes, ATTRIBUTE_BASE_URL),
                                            NULL);
}

static void
searched_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = G_TASK (user_data);
  g_autoptr(GError) error = NULL;
  GList *items = secret_service_search_finish (NULL, result, &error);
  GPtrArray *records;

  if (error != NULL)
    {
      g_task_return_error (task, keyring_error (error));
      return;
    }

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) tr_account_record_free);
  for (GList *l = items; l != NULL; l = l->next)
    {
      TrAccountRecord *record = record_from_item (l->data);

      /* Items of an older format are skipped: they need a new sign-in. */
      if (record != NULL)
        g_ptr_array_add (records, record);
    }
  g_list_free_full (items, g_object_unref);
  g_task_return_pointer (task, records, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * tr_account_store_list_async:
 * @self: a #TrAccountStore
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with every stored account
 * @user_data: data for @callback
 *
 * Lists the accounts stored side by side (e.g. a traveler and a manager).
 */
void
tr_account_store_list_async (TrAccountStore      *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GHashTable) attributes = NULL;

  g_return_if_fail (TR_IS_ACCOUNT_STORE (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_account_store_list_async);
  attributes = g_hash_table_new (g_str_hash, g_str_equal);
  secret_service_search (NULL, &account_schema, attributes,
                         SECRET_SEARCH_ALL | SECRET_SEARCH_UNLOCK | SECRET_SEARCH_LOAD_SECRETS,
                         cancellable, searched_cb, g_steal_pointer (&task));
}

/**
 * tr_account_store_list_finish:
 * @self: a #TrAccountStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type TrAccountRecord): the accounts
 */
GPtrArray *
tr_account_store_list_finish (TrAccountStore  *self,
                              GAsyncResult    *result,
                              GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_account_store_list_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
cleared_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = G_TASK (user_data);
  g_autoptr(GError) error = NULL;

  /* FALSE without an error: there was nothing to delete. */
  if (!secret_password_clear_finish (result, &error) && error != NULL)
    g_task_return_error (task, keyring_error (error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * tr_account_store_delete_async:
 * @self: a #TrAccountStore
 * @user_id: the user id
 * @base_url: the configured base URL
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when deleted
 * @user_data: data for @callback
 *
 * Removes the keyring item of an account (used when signing out).
 */
void
tr_account_store_delete_async (TrAccountStore      *self,
                               const char          *user_id,
                               const char          *base_url,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TR_IS_ACCOUNT_STORE (self));
  g_return_if_fail (user_id != NULL && base_url != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_account_store_delete_async);
  secret_password_clear (&account_schema, cancellable, cleared_cb, g_steal_pointer (&task),
                         ATTRIBUTE_USER_ID, user_id,
                         ATTRIBUTE_BASE_URL, base_url,
                         NULL);
}

/**
 * tr_account_store_delete_finish:
 * @self: a #TrAccountStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: %TRUE if no item is left for the account
 */
gboolean
tr_account_store_delete_finish (TrAccountStore  *self,
                                GAsyncResult    *result,
                                GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_account_store_delete_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
