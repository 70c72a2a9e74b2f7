/* tr-store-meta.c
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

#define G_LOG_DOMAIN "TrStore"

#include <glib/gi18n-lib.h>

#include "tr-store-private.h"

/* meta: small key/value settings of the account's store, such as the
 * high-water mark of the last pull for `modifiedAfter`. */

static const char sql_get[] = "SELECT value FROM meta WHERE key = ?1";
static const char sql_set[] =
  "INSERT INTO meta (key, value) VALUES (?1, ?2)"
  " ON CONFLICT (key) DO UPDATE SET value = excluded.value";
static const char sql_unset[] = "DELETE FROM meta WHERE key = ?1";

static void
meta_get_job (TrStore     *self,
              TrStoreDb   *db,
              GTask       *task,
              TrStoreArgs *args)
{
  sqlite3_stmt *stmt = NULL;
  GError *error = NULL;
  char *value = NULL;
  int rc = -1;

  if ((stmt = tr_store_db_prepare (db, sql_get, &error)) != NULL)
    {
      tr_store_db_bind_text (stmt, 1, args->text);
      rc = tr_store_db_step (db, stmt, &error);
    }
  if (rc == -1)
    return (void) tr_store_fail (NULL, task, error);
  if (rc == SQLITE_ROW)
    {
      value = tr_store_db_dup_text (stmt, 0);
      sqlite3_reset (stmt);
    }
  g_task_return_pointer (task, value, g_free);
}

/**
 * tr_store_meta_get_async:
 * @self: a #TrStore
 * @key: the key
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Reads a meta value.
 */
void
tr_store_meta_get_async (TrStore             *self,
                         const char          *key,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_return_if_fail (TR_IS_STORE (self));
  g_return_if_fail (key != NULL);

  tr_store_run (self, tr_store_meta_get_async, meta_get_job,
                tr_store_args_new (0, key, NULL, NULL), cancellable, callback, user_data);
}

/**
 * tr_store_meta_get_finish:
 *
 * Returns: (transfer full) (nullable): the value; %NULL without @error
 *   set when the key is absent
 */
char *
tr_store_meta_get_finish (TrStore       *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
meta_set_job (TrStore     *self,
              TrStoreDb   *db,
              GTask       *task,
              TrStoreArgs *args)
{
  sqlite3_stmt *stmt;
  GError *error = NULL;

  if ((stmt = tr_store_db_prepare (db, args->text2 != NULL ? sql_set : sql_unset, &error)) == NULL)
    return (void) tr_store_fail (NULL, task, error);
  tr_store_db_bind_text (stmt, 1, args->text);
  if (args->text2 != NULL)
    tr_store_db_bind_text (stmt, 2, args->text2);
  if (!tr_store_db_run (db, stmt, &error))
    return (void) tr_store_fail (NULL, task, error);
  g_task_return_boolean (task, TRUE);
}

/**
 * tr_store_meta_set_async:
 * @self: a #TrStore
 * @key: the key
 * @value: (nullable): the value, %NULL to remove the key
 * @cancellable: (nullable): a cancellable
 * @callback: completion callback
 * @user_data: data for @callback
 *
 * Writes (durably) or removes a meta value.
 */
void
tr_store_meta_set_async (TrStore             *self,
                         const char          *key,
                         const char          *value,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_return_if_fail (TR_IS_STORE (self));
  g_return_if_fail (key != NULL);

  tr_store_run (self, tr_store_meta_set_async, meta_set_job,
                tr_store_args_new (0, key, value, NULL), cancellable, callback, user_data);
}

gboolean
tr_store_meta_set_finish (TrStore       *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
