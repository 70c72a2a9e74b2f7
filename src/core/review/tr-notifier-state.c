/* tr-notifier-state.c
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

#define G_LOG_DOMAIN "tr-review"

#include <glib/gi18n-lib.h>

#include "tr-json.h"
#include "tr-notifier-private.h"

/* The notifier's memory, kept between runs (for example in the store's
 * meta table): {"primed": bool, "modifiedAfter": ISO 8601 or null,
 * "delivered": [event keys, oldest first], "kinds": {id: status kind}}. */

/**
 * tr_notifier_dup_state:
 * @self: a notifier
 *
 * Returns: (transfer full): the notifier's state as JSON text
 */
char *
tr_notifier_dup_state (TrNotifier *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (TR_IS_NOTIFIER (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "primed");
  json_builder_add_boolean_value (builder, self->primed);
  json_builder_set_member_name (builder, "modifiedAfter");
  if (self->modified_after != NULL)
    {
      g_autofree char *text = g_date_time_format_iso8601 (self->modified_after);
      json_builder_add_string_value (builder, text);
    }
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "delivered");
  json_builder_begin_array (builder);
  for (GList *l = self->order.head; l != NULL; l = l->next)
    json_builder_add_string_value (builder, l->data);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "kinds");
  json_builder_begin_object (builder);
  g_hash_table_iter_init (&iter, self->kinds);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      json_builder_set_member_name (builder, key);
      json_builder_add_int_value (builder, GPOINTER_TO_INT (value));
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  return tr_json_to_string (root);
}

static gboolean
invalid (GError **error)
{
  g_set_error_literal (error, TR_REVIEW_ERROR, TR_REVIEW_ERROR_INVALID,
                       _("The saved notification state is not readable"));
  return FALSE;
}

static gboolean
read_delivered (TrNotifier *self,
                JsonNode   *node,
                GError    **error)
{
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return invalid (error);
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        return invalid (error);
      tr_notifier_deliver_once (self, g_strdup (json_node_get_string (element)));
    }
  return TRUE;
}

static gboolean
read_kinds (TrNotifier *self,
            JsonNode   *node,
            GError    **error)
{
  JsonObject *object;
  g_autoptr(GList) members = NULL;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error);
  object = json_node_get_object (node);
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *member = json_object_get_member (object, l->data);

      if (!JSON_NODE_HOLDS_VALUE (member) || json_node_get_value_type (member) != G_TYPE_INT64)
        return invalid (error);
      g_hash_table_insert (self->kinds, g_strdup (l->data),
                           GINT_TO_POINTER ((int) json_node_get_int (member)));
    }
  return TRUE;
}

static gboolean
read_watermark (TrNotifier *self,
                JsonNode   *node,
                GError    **error)
{
  GDateTime *when;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return invalid (error);
  when = g_date_time_new_from_iso8601 (json_node_get_string (node), NULL);
  if (when == NULL)
    return invalid (error);
  g_clear_pointer (&self->modified_after, g_date_time_unref);
  self->modified_after = when;
  return TRUE;
}

/**
 * tr_notifier_load_state:
 * @self: a notifier that has not been fed yet
 * @state: what tr_notifier_dup_state() returned
 * @error: return location for a %TR_REVIEW_ERROR_INVALID error
 *
 * Restores what was already announced, so that nothing is announced
 * twice. Nothing changes when @state is not readable.
 *
 * Returns: whether @state was read
 */
gboolean
tr_notifier_load_state (TrNotifier  *self,
                        const char  *state,
                        GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(TrNotifier) scratch = NULL;
  JsonObject *object;
  JsonNode *primed;

  g_return_val_if_fail (TR_IS_NOTIFIER (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  root = state ? json_from_string (state, NULL) : NULL;
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return invalid (error);
  object = json_node_get_object (root);
  scratch = tr_notifier_new (self->user_id);
  primed = json_object_get_member (object, "primed");
  if (primed == NULL || !JSON_NODE_HOLDS_VALUE (primed) || json_node_get_value_type (primed) != G_TYPE_BOOLEAN
      || !read_delivered (scratch, json_object_get_member (object, "delivered"), error)
      || !read_kinds (scratch, json_object_get_member (object, "kinds"), error)
      || !read_watermark (scratch, json_object_get_member (object, "modifiedAfter"), error))
    return error && *error ? FALSE : invalid (error);
  self->primed = json_node_get_boolean (primed);
  g_clear_pointer (&self->modified_after, g_date_time_unref);
  self->modified_after = g_steal_pointer (&scratch->modified_after);
  g_queue_clear (&self->order);
  g_clear_pointer (&self->delivered, g_hash_table_unref);
  g_clear_pointer (&self->kinds, g_hash_table_unref);
  self->delivered = g_steal_pointer (&scratch->delivered);
  self->kinds = g_steal_pointer (&scratch->kinds);
  self->order = scratch->order;
  g_queue_init (&scratch->order);
  scratch->delivered = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  scratch->kinds = g_hash_table_new (g_str_hash, g_str_equal);
  return TRUE;
}
