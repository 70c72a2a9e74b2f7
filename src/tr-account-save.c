/* tr-account-save.c
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

/* Saving a request that was edited: into the offline cache when it is
 * open, else straight to the server. */

static void
after_save (GTask *task)
{
  TrAccount *self = g_task_get_source_object (task);

  /* The sync engine sends the change (or the list shows the server's). */
  if (!self->syncing)
    tr_account_refresh_async (self, NULL, NULL, NULL);
  g_task_return_boolean (task, TRUE);
}

static void
on_store_saved_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  gboolean ok;

  if (g_task_get_task_data (task) != NULL)
    ok = tr_store_save_request_finish (TR_STORE (source), result, &error);
  else
    ok = tr_store_create_request_finish (TR_STORE (source), result, &error) > 0;

  if (!ok)
    g_task_return_error (task, error);
  else
    after_save (task);
}

static void
on_server_saved_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  g_autoptr(JsonNode) response = tr_client_send_json_finish (TR_CLIENT (source), result, &error);

  if (response == NULL && error != NULL)
    g_task_return_error (task, error);
  else
    after_save (task);
}

static void
save_to_server (TrAccount *self,
                TrRequest *request,
                GTask     *task)
{
  const char *id = tr_request_get_id (request);
  GCancellable *cancellable = g_task_get_cancellable (task);
  g_autoptr(JsonNode) body = tr_request_to_json (request, id != NULL ? TR_JSON_PURPOSE_UPDATE
                                                                      : TR_JSON_PURPOSE_CREATE);
  g_autofree char *path = id != NULL ? g_strdup_printf ("requests/%s", id) : g_strdup ("requests");

  tr_client_send_json_async (self->client, id != NULL ? "PUT" : "POST", path, body,
                             cancellable, on_server_saved_cb, task);
}

/**
 * tr_account_save_request_async:
 * @self: a #TrAccount
 * @request: the request as edited
 * @local_id: its id in the cache, 0 for a new request (or no cache)
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when saved
 * @user_data: data for @callback
 *
 * Saves @request: into the offline cache when it is open (the sync
 * engine sends it to the server, now or when online again), else to the
 * server (POST for a new request, PUT for an existing one).
 */
void
tr_account_save_request_async (TrAccount           *self,
                               TrRequest           *request,
                               gint64               local_id,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(JsonNode) json = NULL;

  g_return_if_fail (TR_IS_ACCOUNT (self));
  g_return_if_fail (TR_IS_REQUEST (request));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_account_save_request_async);
  if (self->store == NULL)
    {
      save_to_server (self, request, g_steal_pointer (&task));
      return;
    }

  json = tr_request_to_json (request, TR_JSON_PURPOSE_FULL);
  if (local_id > 0)
    {
      g_task_set_task_data (task, GINT_TO_POINTER (1), NULL);
      tr_store_save_request_async (self->store, local_id, json, cancellable,
                                   on_store_saved_cb, g_steal_pointer (&task));
    }
  else
    tr_store_create_request_async (self->store, json, cancellable,
                                   on_store_saved_cb, g_steal_pointer (&task));
}

gboolean
tr_account_save_request_finish (TrAccount     *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (TR_IS_ACCOUNT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_account_save_request_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
