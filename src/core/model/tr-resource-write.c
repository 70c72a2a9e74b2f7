/* tr-resource-write.c
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

#define G_LOG_DOMAIN "tr-resource"

/* The table-driven JSON engine of TrResource: serialization. */

#include "tr-resource-private.h"

static JsonNode *
string_node (char *text)
{
  JsonNode *node;

  if (text == NULL)
    return json_node_new (JSON_NODE_NULL);

  node = json_node_new (JSON_NODE_VALUE);
  json_node_set_string (node, text);
  g_free (text);
  return node;
}

/* Integral values as JSON integers, others as the nearest double. */
static JsonNode *
decimal_node (const TrAmount *amount)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);
  g_autoptr(TrAmount) whole = NULL;

  if (tr_amount_get_scale (amount) > 0)
    whole = tr_amount_rescale (amount, 0, NULL);

  if (whole == NULL || tr_amount_compare (whole, amount) != 0)
    json_node_set_double (node, tr_amount_to_double (amount));
  else
    json_node_set_int (node, tr_amount_get_units (whole ? whole : amount));
  return node;
}

static JsonNode *
amount_node (const TrAmount *amount)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_object_set_member (object, "value", decimal_node (amount));
  json_object_set_string_member (object, "currency", tr_amount_get_currency (amount));
  json_node_take_object (node, object);
  return node;
}

static JsonNode *
boxed_node (const TrField *field,
            gconstpointer  boxed)
{
  if (boxed == NULL)
    return json_node_new (JSON_NODE_NULL);

  if (field->kind == TR_FIELD_DATE)
    return string_node (tr_date_format (boxed));
  if (field->kind == TR_FIELD_TIMESTAMP)
    return string_node (tr_timestamp_format ((GDateTime *) boxed));
  if (field->kind == TR_FIELD_AMOUNT)
    return amount_node (boxed);
  if (field->kind == TR_FIELD_DECIMAL)
    return decimal_node (boxed);
  return tr_json_node_deep_copy ((JsonNode *) boxed);
}

static JsonNode *
value_node (const TrField *field,
            const GValue  *value,
            TrJsonPurpose  purpose)
{
  JsonNode *node;

  switch (field->kind)
    {
    case TR_FIELD_STRING:
      return string_node (g_value_dup_string (value));
    case TR_FIELD_TIME:
      return string_node (tr_time_format (g_value_get_int (value)));
    case TR_FIELD_BOOLEAN:
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_boolean (node, g_value_get_boolean (value));
      return node;
    case TR_FIELD_INT:
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_int (node, g_value_get_int64 (value));
      return node;
    case TR_FIELD_OBJECT:
      if (g_value_get_object (value) == NULL)
        return json_node_new (JSON_NODE_NULL);
      return tr_resource_to_json (g_value_get_object (value), purpose);
    case TR_FIELD_LIST:
      return tr_resource_list_to_json (g_value_get_object (value), purpose);
    case TR_FIELD_DATE:
    case TR_FIELD_TIMESTAMP:
    case TR_FIELD_AMOUNT:
    case TR_FIELD_DECIMAL:
    case TR_FIELD_JSON:
    default:
      return boxed_node (field, g_value_get_boxed (value));
    }
}

/* Whether FULL output must rewrite the member instead of keeping the source's. */
static gboolean
needs_rewrite (const TrField *field,
               const GValue  *value,
               guint8         state)
{
  if (field->kind == TR_FIELD_OBJECT)
    return g_value_get_object (value) != NULL || (state & TR_FIELD_STATE_DIRTY);
  if (field->kind == TR_FIELD_LIST)
    return g_list_model_get_n_items (g_value_get_object (value)) > 0
           || (state & TR_FIELD_STATE_DIRTY);
  return (state & TR_FIELD_STATE_DIRTY) != 0;
}

static JsonObject *
full_object (TrResource *self)
{
  TrResourceClass *klass = TR_RESOURCE_GET_CLASS (self);
  TrResourceData *data = tr_resource_get_data (self);
  JsonObject *object;

  if (data->source != NULL)
    {
      g_autoptr(JsonNode) copy = NULL;
      JsonNode *source = json_node_new (JSON_NODE_OBJECT);

      json_node_set_object (source, data->source);
      copy = tr_json_node_deep_copy (source);
      json_node_unref (source);
      object = json_object_ref (json_node_get_object (copy));
    }
  else
    object = json_object_new ();

  for (guint i = 0; i < data->n_values; i++)
    {
      const TrField *field = tr_resource_class_get_field (klass, i);

      if (needs_rewrite (field, &data->values[i], data->state[i]))
        json_object_set_member (object, field->json_name,
                                value_node (field, &data->values[i], TR_JSON_PURPOSE_FULL));
    }
  return object;
}

static JsonObject *
writable_object (TrResource    *self,
                 TrJsonPurpose  purpose)
{
  TrResourceClass *klass = TR_RESOURCE_GET_CLASS (self);
  TrResourceData *data = tr_resource_get_data (self);
  TrFieldFlags wanted = purpose == TR_JSON_PURPOSE_CREATE ? TR_FIELD_CREATE : TR_FIELD_UPDATE;
  JsonObject *object = json_object_new ();

  for (guint i = 0; i < data->n_values; i++)
    {
      const TrField *field = tr_resource_class_get_field (klass, i);
      gboolean present = (data->state[i] & TR_FIELD_STATE_PRESENT) != 0;

      if (!(field->flags & wanted))
        continue;
      if (field->kind == TR_FIELD_LIST)
        present |= g_list_model_get_n_items (g_value_get_object (&data->values[i])) > 0;
      if (present)
        json_object_set_member (object, field->json_name,
                                value_node (field, &data->values[i], purpose));
    }
  return object;
}

/**
 * tr_resource_to_json:
 * @self: a resource
 * @purpose: what the JSON is for
 *
 * %TR_JSON_PURPOSE_FULL starts from the parsed object and replaces only the
 * members whose property changed since parsing (nested objects and lists
 * are written recursively), so unchanged input comes back identical.
 * CREATE and UPDATE are built from the properties only: the members the
 * purpose allows that were parsed or set, unknown members left out.
 *
 * Returns: (transfer full): a JSON object node
 */
JsonNode *
tr_resource_to_json (TrResource    *self,
                     TrJsonPurpose  purpose)
{
  JsonNode *node;

  g_return_val_if_fail (TR_IS_RESOURCE (self), NULL);

  node = json_node_new (JSON_NODE_OBJECT);
  if (purpose == TR_JSON_PURPOSE_FULL)
    json_node_take_object (node, full_object (self));
  else
    json_node_take_object (node, writable_object (self, purpose));
  return node;
}

/**
 * tr_resource_list_to_json:
 * @list: a #GListModel of #TrResource
 * @purpose: what the JSON is for
 *
 * Returns: (transfer full): a JSON array node
 */
JsonNode *
tr_resource_list_to_json (GListModel    *list,
                          TrJsonPurpose  purpose)
{
  JsonArray *array;
  JsonNode *node;
  guint n_items;

  g_return_val_if_fail (G_IS_LIST_MODEL (list), NULL);

  n_items = g_list_model_get_n_items (list);
  array = json_array_sized_new (n_items);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(TrResource) item = g_list_model_get_item (list, i);

      json_array_add_element (array, tr_resource_to_json (item, purpose));
    }

  node = json_node_new (JSON_NODE_ARRAY);
  json_node_take_array (node, array);
  return node;
}

/**
 * tr_resource_copy:
 * @self: a resource
 * @error: return location for a #TrJsonError (only when a locally built
 *   object lacks a member the type requires)
 *
 * Copies @self through its FULL JSON: the copy has the same content,
 * unknown members included, and no pending changes.
 *
 * Returns: (transfer full) (type TrResource) (nullable): the copy
 */
gpointer
tr_resource_copy (TrResource  *self,
                  GError     **error)
{
  g_autoptr(JsonNode) node = NULL;

  g_return_val_if_fail (TR_IS_RESOURCE (self), NULL);

  node = tr_resource_to_json (self, TR_JSON_PURPOSE_FULL);
  return tr_resource_parse (G_OBJECT_TYPE (self), node, "", error);
}

/**
 * tr_resource_is_modified:
 * @self: a resource
 *
 * Returns: %TRUE if a property of @self or of a nested object changed
 *   since parsing
 */
gboolean
tr_resource_is_modified (TrResource *self)
{
  TrResourceData *data;

  g_return_val_if_fail (TR_IS_RESOURCE (self), FALSE);

  data = tr_resource_get_data (self);
  for (guint i = 0; i < data->n_values; i++)
    {
      const GValue *value = &data->values[i];

      if (data->state[i] & TR_FIELD_STATE_DIRTY)
        return TRUE;
      if (G_VALUE_HOLDS (value, TR_TYPE_RESOURCE) && g_value_get_object (value)
          && tr_resource_is_modified (g_value_get_object (value)))
        return TRUE;
      if (G_VALUE_HOLDS (value, G_TYPE_LIST_MODEL))
        for (guint j = 0; j < g_list_model_get_n_items (g_value_get_object (value)); j++)
          {
            g_autoptr(TrResource) item = g_list_model_get_item (g_value_get_object (value), j);

            if (tr_resource_is_modified (item))
              return TRUE;
          }
    }
  return FALSE;
}
