/* tr-request-pane-conflict.c
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

#define G_LOG_DOMAIN "tr-request-pane"

#include <glib/gi18n.h>

#include "tr-request-pane-private.h"

/* The conflict page of the request pane: when the sync engine found that a
 * request changed here and on the server, the pane shows TrConflictView
 * with both versions; the user's choice goes back through the sync engine
 * (tr_sync_resolve_conflict_async()), which queues it and sends it. */

#define CONFLICTS_KEY "tr-conflicts"

/* The server's version: the local one with the server's values of the
 * conflicting fields. */
static JsonNode *
server_version (JsonNode   *local,
                JsonObject *conflicts)
{
  JsonObject *object = json_object_new ();
  JsonNode *server = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(GList) local_members = json_object_get_members (json_node_get_object (local));
  g_autoptr(GList) members = json_object_get_members (conflicts);

  /* json_node_copy() would share the object: copy its members. */
  for (GList *l = local_members; l != NULL; l = l->next)
    json_object_set_member (object, l->data,
                            json_node_copy (json_object_get_member (json_node_get_object (local), l->data)));
  json_node_take_object (server, object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonObject *field = json_object_get_object_member (conflicts, l->data);
      JsonNode *remote = field != NULL ? json_object_get_member (field, "remote") : NULL;

      if (remote == NULL || JSON_NODE_HOLDS_NULL (remote))
        json_object_remove_member (object, l->data);
      else
        json_object_set_member (object, l->data, json_node_copy (remote));
    }
  return server;
}

static void
show_versions (TrRequestPane *self,
               JsonNode      *local_json,
               JsonNode      *conflicts)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) server_json = server_version (local_json, json_node_get_object (conflicts));
  g_autoptr(TrRequest) local = tr_request_new_from_json (local_json, &error);
  g_autoptr(TrRequest) server = local != NULL ? tr_request_new_from_json (server_json, &error) : NULL;

  if (server == NULL)
    {
      tr_request_pane_toast_error (self, error);
      return;
    }
  g_object_set_data_full (G_OBJECT (self), CONFLICTS_KEY, json_node_ref (conflicts),
                          (GDestroyNotify) json_node_unref);
  tr_conflict_view_set_versions (self->conflict_view, local, server);
  gtk_stack_set_visible_child_name (self->stack, "conflict");
}

typedef struct
{
  TrRequestPane *pane;
  JsonNode      *local;
} ConflictLoad;

static void
conflict_load_free (ConflictLoad *load)
{
  g_clear_object (&load->pane);
  g_clear_pointer (&load->local, json_node_unref);
  g_free (load);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConflictLoad, conflict_load_free)

static void
on_conflicts_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(ConflictLoad) load = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) conflicts = tr_sync_get_conflicts_finish (TR_SYNC (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  tr_request_pane_set_pending (load->pane, -1);
  if (conflicts == NULL || !JSON_NODE_HOLDS_OBJECT (conflicts))
    {
      /* Resolved meanwhile: back to the request. */
      gtk_stack_set_visible_child_name (load->pane->stack, "request");
      return;
    }
  show_versions (load->pane, load->local, conflicts);
}

static void
on_local_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(ConflictLoad) load = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TrStoreRequestRow) row = tr_store_get_request_finish (TR_STORE (source), result, NULL, &error);
  TrRequestPane *self = load->pane;
  TrSync *sync = tr_account_get_sync (self->account);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (row == NULL || row->full == NULL || sync == NULL)
    {
      tr_request_pane_set_pending (self, -1);
      if (error != NULL)
        tr_request_pane_toast_error (self, error);
      return;
    }
  load->local = json_node_ref (row->full);
  tr_sync_get_conflicts_async (sync, TR_STORE_ENTITY_REQUEST, row->local_id, self->cancellable,
                               on_conflicts_cb, g_steal_pointer (&load));
}

/**
 * tr_request_pane_load_conflict:
 * @self: a #TrRequestPane showing a request in conflict
 *
 * Reads both versions and shows the conflict page.
 */
void
tr_request_pane_load_conflict (TrRequestPane *self)
{
  TrStore *store = tr_account_get_store (self->account);
  ConflictLoad *load;

  if (store == NULL || tr_account_get_sync (self->account) == NULL)
    return;
  load = g_new0 (ConflictLoad, 1);
  load->pane = g_object_ref (self);
  tr_request_pane_set_pending (self, 1);
  tr_store_get_request_async (store, tr_request_item_get_local_id (self->item), self->cancellable,
                              on_local_cb, load);
}

/* Resolving */

/* For each conflicting field, which side @merged took. */
static GHashTable *
choices_of (JsonObject *conflicts,
            JsonObject *merged)
{
  GHashTable *choices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GList) members = json_object_get_members (conflicts);

  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonObject *field = json_object_get_object_member (conflicts, l->data);
      JsonNode *local = field != NULL ? json_object_get_member (field, "local") : NULL;
      JsonNode *value = json_object_get_member (merged, l->data);
      gboolean local_null = local == NULL || JSON_NODE_HOLDS_NULL (local);
      gboolean took_local;

      if (value == NULL || JSON_NODE_HOLDS_NULL (value))
        took_local = local_null;
      else
        took_local = !local_null && json_node_equal (value, local);
      g_hash_table_insert (choices, g_strdup (l->data),
                           GINT_TO_POINTER (took_local ? TR_SYNC_CHOICE_LOCAL : TR_SYNC_CHOICE_REMOTE));
    }
  return choices;
}

static void
on_resolved_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(TrRequestPane) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok = tr_sync_resolve_conflict_finish (TR_SYNC (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  tr_request_pane_set_pending (self, -1);
  if (!ok)
    {
      tr_request_pane_toast_error (self, error);
      return;
    }
  tr_request_pane_toast (self, _("Conflict resolved"));
  tr_request_item_set_sync (self->item, TR_REQUEST_SYNC_WAITING);
  tr_request_pane_reload (self);
}

static void
on_conflict_resolved_cb (TrRequestPane *self,
                         TrRequest     *merged)
{
  JsonNode *conflicts = g_object_get_data (G_OBJECT (self), CONFLICTS_KEY);
  TrSync *sync = tr_account_get_sync (self->account);
  g_autoptr(JsonNode) merged_json = NULL;
  g_autoptr(GHashTable) choices = NULL;

  if (conflicts == NULL || sync == NULL || merged == NULL)
    return;
  merged_json = tr_request_to_json (merged, TR_JSON_PURPOSE_FULL);
  choices = choices_of (json_node_get_object (conflicts), json_node_get_object (merged_json));
  tr_request_pane_set_pending (self, 1);
  tr_sync_resolve_conflict_async (sync, TR_STORE_ENTITY_REQUEST, tr_request_item_get_local_id (self->item),
                                  choices, self->cancellable, on_resolved_cb, g_object_ref (self));
}

void
tr_request_pane_init_conflict (TrRequestPane *self)
{
  self->conflict_view = TR_CONFLICT_VIEW (tr_conflict_view_new ());
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->conflict_view), "conflict");
  g_signal_connect_object (self->conflict_view, "resolved", G_CALLBACK (on_conflict_resolved_cb),
                           self, G_CONNECT_SWAPPED);
}
