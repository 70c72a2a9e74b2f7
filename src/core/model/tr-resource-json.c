/* tr-resource-json.c
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

/* The table-driven JSON engine of TrResource: parse and serialize. */

#include "tr-resource-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

static const char *
display_path (const char *path)
{
  return (path == NULL || *path == '\0') ? "$" : path;
}

static gboolean
set_type_error (GError     **error,
                const char  *path,
                const char  *expected,
                JsonNode    *node)
{
  g_set_error (error, TR_JSON_ERROR, TR_JSON_ERROR_TYPE,
               /* Translators: the first %s is where in the JSON document, such as
                * “tripData.legs[0]”; the second the expected value, translated, such
                * as “a string”; the third the value found, translated, such as “number”. */
               _("%s: expected %s, got %s"),
               display_path (path), expected, tr_json_node_type_name (node));
  return FALSE;
}

static gboolean
holds_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
holds_number (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node)
         && (json_node_get_value_type (node) == G_TYPE_INT64
             || json_node_get_value_type (node) == G_TYPE_DOUBLE);
}

static gboolean
parse_date (const char  *text,
            const char  *path,
            GValue      *value,
            GError     **error)
{
  g_autoptr(GDate) date = tr_date_parse (text);

  if (date == NULL)
    {
      g_set_error (error, TR_JSON_ERROR, TR_JSON_ERROR_INVALID_DATE,
                   /* Translators: the first %s is where in the JSON document, such as
                    * “tripData.legs[0].startDate”; the second the text found there. */
                   _("%s: expected a date (yyyy-MM-dd), got “%s”"), path, text);
      return FALSE;
    }
  g_value_set_boxed (value, date);
  return TRUE;
}

static gboolean
parse_time (const char  *text,
            const char  *path,
            GValue      *value,
            GError     **error)
{
  int minutes;

  if (!tr_time_parse (text, &minutes))
    {
      g_set_error (error, TR_JSON_ERROR, TR_JSON_ERROR_INVALID_TIME,
                   /* Translators: the first %s is where in the JSON document, such as
                    * “tripData.legs[0].startDate”; the second the text found there. */
                   _("%s: expected a time (HH:mm), got “%s”"), path, text);
      return FALSE;
    }
  g_value_set_int (value, minutes);
  return TRUE;
}

static gboolean
parse_timestamp (const char  *text,
                 const char  *path,
                 GValue      *value,
                 GError     **error)
{
  g_autoptr(GDateTime) timestamp = tr_timestamp_parse (text);

  if (timestamp == NULL)
    {
      g_set_error (error, TR_JSON_ERROR, TR_JSON_ERROR_INVALID_TIMESTAMP,
                   /* Translators: the first %s is where in the JSON document, such as
                    * “tripData.legs[0].startDate”; the second the text found there. */
                   _("%s: expected a timestamp (yyyy-MM-ddTHH:mm:ss.SSSZ), got “%s”"),
                   path, text);
      return FALSE;
    }
  g_value_set_boxed (value, timestamp);
  return TRUE;
}

/* Members held as JSON strings: plain strings, dates, times, timestamps. */
static gboolean
parse_text (JsonNode     *node,
            const char   *path,
            GValue       *value,
            TrFieldKind   kind,
            GError      **error)
{
  const char *text;

  if (!holds_string (node))
    return set_type_error (error, path, _("a string"), node);
  text = json_node_get_string (node);

  if (kind == TR_FIELD_DATE)
    return parse_date (text, path, value, error);
  if (kind == TR_FIELD_TIME)
    return parse_time (text, path, value, error);
  if (kind == TR_FIELD_TIMESTAMP)
    return parse_timestamp (text, path, value, error);

  g_value_set_string (value, text);
  return TRUE;
}

/* A number, or a numeric string, into an exact decimal. */
static TrAmount *
parse_decimal (JsonNode    *node,
               const char  *path,
               const char  *currency,
               GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  TrAmount *amount = NULL;

  if (holds_string (node))
    amount = tr_amount_parse (json_node_get_string (node), currency, &local_error);
  else if (!holds_number (node))
    {
      set_type_error (error, path, _("a number"), node);
      return NULL;
    }
  else if (json_node_get_value_type (node) == G_TYPE_INT64)
    amount = tr_amount_new (json_node_get_int (node), 0, currency);
  else
    amount = tr_amount_new_from_double (json_node_get_double (node), currency, &local_error);

  if (amount == NULL && holds_string (node))
    g_set_error (error, TR_JSON_ERROR, TR_JSON_ERROR_INVALID_AMOUNT,
                 /* Translators: the first %s is where in the JSON document, such as
                  * “tripData.legs[0].startDate”; the second the text found there. */
                 _("%s: expected a decimal amount, got “%s”"), path,
                 json_node_get_string (node));
  else if (amount == NULL)
    g_set_error (error, TR_JSON_ERROR, TR_JSON_ERROR_INVALID_AMOUNT,
                 "%s: %s", path, local_error->message);
  return amount;
}

static JsonNode *
get_required_member (JsonObject  *object,
                     const char  *path,
                     const char  *name,
                     char       **member_path,
                     GError     **error)
{
  JsonNode *member = json_object_get_member (object, name);

  *member_path = tr_json_path_member (path, name);
  if (member == NULL || JSON_NODE_HOLDS_NULL (member))
    {
      g_set_error (error, TR_JSON_ERROR, TR_JSON_ERROR_MISSING,
                   /* Translators: %s is where in the JSON document the member is missing, such as “tripData.legs” */
                   _("%s: missing required member"), *member_path);
      return NULL;
    }
  return member;
}

/* ISO 4217 style: 1 to 3 ASCII letters (the API caps it at 3 chars). */
static gboolean
valid_currency (const char *code)
{
  gsize len = strlen (code);

  if (len == 0 || len > 3)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isalpha (code[i]))
      return FALSE;
  return TRUE;
}

/* `{"value": number, "currency": "USD"}`, both required. */
static gboolean
parse_amount (JsonNode     *node,
              const char   *path,
              GValue       *value,
              GError      **error)
{
  g_autofree char *value_path = NULL;
  g_autofree char *currency_path = NULL;
  JsonObject *object;
  JsonNode *number, *currency;
  TrAmount *amount;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return set_type_error (error, path, _("an amount object"), node);
  object = json_node_get_object (node);

  currency = get_required_member (object, path, "currency", &currency_path, error);
  if (currency == NULL)
    return FALSE;
  if (!holds_string (currency))
    return set_type_error (error, currency_path, _("a string"), currency);
  if (!valid_currency (json_node_get_string (currency)))
    {
      g_set_error (error, TR_JSON_ERROR, TR_JSON_ERROR_INVALID_VALUE,
                   /* Translators: the first %s is where in the JSON document, such as
                    * “tripData.legs[0].startDate”; the second the text found there. */
                   _("%s: expected a currency code (up to 3 letters), got “%s”"),
                   currency_path, json_node_get_string (currency));
      return FALSE;
    }
  number = get_required_member (object, path, "value", &value_path, error);
  if (number == NULL)
    return FALSE;

  amount = parse_decimal (number, value_path, json_node_get_string (currency), error);
  if (amount == NULL)
    return FALSE;
  g_value_take_boxed (value, amount);
  return TRUE;
}

static gboolean
parse_list (JsonNode       *node,
            const char     *path,
            const TrField  *field,
            GValue         *value,
            GError        **error)
{
  GListStore *store = g_value_get_object (value);
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return set_type_error (error, path, _("an array"), node);
  array = json_node_get_array (node);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = tr_json_path_index (path, i);
      g_autoptr(GObject) item = tr_resource_parse (field->get_type (),
                                                   json_array_get_element (array, i),
                                                   item_path, error);
      if (item == NULL)
        return FALSE;
      g_list_store_append (store, item);
    }
  return TRUE;
}

static gboolean
parse_scalar (const TrField  *field,
              JsonNode       *node,
              const char     *path,
              GValue         *value,
              GError        **error)
{
  gint64 number;

  if (field->kind == TR_FIELD_BOOLEAN)
    {
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        return set_type_error (error, path, _("a boolean"), node);
      g_value_set_boolean (value, json_node_get_boolean (node));
      return TRUE;
    }

  if (!tr_json_get_int_lenient (node, &number))
    return set_type_error (error, path, _("an integer"), node);
  g_value_set_int64 (value, number);
  return TRUE;
}

static gboolean
parse_field (const TrField  *field,
             JsonNode       *node,
             const char     *path,
             GValue         *value,
             GError        **error)
{
  gpointer parsed = NULL;

  switch (field->kind)
    {
    case TR_FIELD_STRING:
    case TR_FIELD_DATE:
    case TR_FIELD_TIME:
    case TR_FIELD_TIMESTAMP:
      return parse_text (node, path, value, field->kind, error);
    case TR_FIELD_BOOLEAN:
    case TR_FIELD_INT:
      return parse_scalar (field, node, path, value, error);
    case TR_FIELD_AMOUNT:
      return parse_amount (node, path, value, error);
    case TR_FIELD_DECIMAL:
      if ((parsed = parse_decimal (node, path, NULL, error)) != NULL)
        g_value_take_boxed (value, parsed);
      return parsed != NULL;
    case TR_FIELD_OBJECT:
      if ((parsed = tr_resource_parse (field->get_type (), node, path, error)) != NULL)
        g_value_take_object (value, parsed);
      return parsed != NULL;
    case TR_FIELD_LIST:
      return parse_list (node, path, field, value, error);
    case TR_FIELD_JSON:
    default:
      g_value_set_boxed (value, node);
      return TRUE;
    }
}

static gboolean
parse_member (TrResource      *self,
              const TrField   *field,
              guint            index,
              JsonObject      *object,
              const char      *path,
              GError         **error)
{
  TrResourceData *data = tr_resource_get_data (self);
  JsonNode *member = json_object_get_member (object, field->json_name);
  g_autofree char *member_path = tr_json_path_member (path, field->json_name);

  if (member == NULL || JSON_NODE_HOLDS_NULL (member))
    {
      if (field->flags & TR_FIELD_REQUIRED)
        {
          g_set_error (error, TR_JSON_ERROR, TR_JSON_ERROR_MISSING,
                       /* Translators: %s is where in the JSON document the member is missing, such as “tripData.legs” */
                       _("%s: missing required member"), member_path);
          return FALSE;
        }
      if (member != NULL)
        data->state[index] = TR_FIELD_STATE_PRESENT;
      return TRUE;
    }

  if (!parse_field (field, member, member_path, &data->values[index], error))
    return FALSE;
  data->state[index] = TR_FIELD_STATE_PRESENT;
  return TRUE;
}

/**
 * tr_resource_parse: (skip)
 * @type: a #TrResource subclass
 * @node: the JSON object
 * @path: member path of @node for error messages, "" at the top level
 *
 * Returns: (transfer full) (nullable): a new @type instance
 */
gpointer
tr_resource_parse (GType        type,
                   JsonNode    *node,
                   const char  *path,
                   GError     **error)
{
  g_autoptr(TrResource) self = NULL;
  TrResourceClass *klass;
  JsonObject *object;

  g_return_val_if_fail (g_type_is_a (type, TR_TYPE_RESOURCE), NULL);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      set_type_error (error, path, _("an object"), node);
      return NULL;
    }

  self = g_object_new (type, NULL);
  klass = TR_RESOURCE_GET_CLASS (self);
  object = json_node_get_object (node);

  for (guint i = 0; i < klass->fields->len; i++)
    if (!parse_member (self, tr_resource_class_get_field (klass, i), i, object, path, error))
      return NULL;

  tr_resource_take_source (self, json_object_ref (object));
  for (guint i = 0; i < klass->fields->len; i++)
    tr_resource_get_data (self)->state[i] &= TR_FIELD_STATE_PRESENT;

  return g_steal_pointer (&self);
}

/**
 * tr_resource_new_from_json:
 * @type: a #TrResource subclass
 * @node: a JSON object node
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (type TrResource) (nullable): the parsed object
 */
gpointer
tr_resource_new_from_json (GType      type,
                           JsonNode  *node,
                           GError   **error)
{
  return tr_resource_parse (type, node, "", error);
}

/**
 * tr_resource_new_from_string:
 * @type: a #TrResource subclass
 * @json: JSON text of an object
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (type TrResource) (nullable): the parsed object
 */
gpointer
tr_resource_new_from_string (GType        type,
                             const char  *json,
                             GError     **error)
{
  g_autoptr(JsonNode) node = tr_json_from_string (json, error);

  if (node == NULL)
    return NULL;
  return tr_resource_parse (type, node, "", error);
}

/**
 * tr_resource_list_new_from_json:
 * @item_type: a #TrResource subclass
 * @node: a JSON array, or an object wrapping it in `data`
 * @path: (nullable): member path used in errors, items are `path[i]`
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): a #GListStore of @item_type
 */
GListStore *
tr_resource_list_new_from_json (GType        item_type,
                                JsonNode    *node,
                                const char  *path,
                                GError     **error)
{
  g_autoptr(GListStore) store = g_list_store_new (item_type);
  JsonArray *array;

  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node)
      && json_object_has_member (json_node_get_object (node), "data"))
    node = json_object_get_member (json_node_get_object (node), "data");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      set_type_error (error, path, _("an array"), node);
      return NULL;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = tr_json_path_index (path, i);
      g_autoptr(GObject) item = tr_resource_parse (item_type,
                                                   json_array_get_element (array, i),
                                                   item_path, error);
      if (item == NULL)
        return NULL;
      g_list_store_append (store, item);
    }

  return g_steal_pointer (&store);
}
