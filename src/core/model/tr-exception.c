/* tr-exception.c
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

#define G_LOG_DOMAIN "tr-model"

#include "tr-exception.h"
#include "tr-resource-private.h"

struct _TrException
{
  TrResource parent_instance;
};

G_DEFINE_FINAL_TYPE (TrException, tr_exception, TR_TYPE_RESOURCE)

enum {
  PROP_0,
  PROP_CODE,
  PROP_LEVEL,
  PROP_MESSAGE,
  PROP_IS_BLOCKING,
  PROP_SOURCE,
  PROP_PARAMETERS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const TrField fields[N_PROPS] = {
  [PROP_CODE] = { "code", "code", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_LEVEL] = { "level", "level", TR_FIELD_INT, TR_FIELD_RO, NULL },
  [PROP_MESSAGE] = { "message", "message", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_IS_BLOCKING] = { "isBlocking", "is-blocking", TR_FIELD_BOOLEAN, TR_FIELD_RO, NULL },
  [PROP_SOURCE] = { "source", "source", TR_FIELD_OBJECT, TR_FIELD_RO, tr_exception_source_get_type },
  [PROP_PARAMETERS] = { "parameters", "parameters", TR_FIELD_JSON, TR_FIELD_RO, NULL },
};

static void
tr_exception_class_init (TrExceptionClass *klass)
{
  TrResourceClass *resource_class = TR_RESOURCE_CLASS (klass);

  tr_resource_class_install_fields (resource_class, fields, N_PROPS, properties);
}

static void
tr_exception_init (TrException *self)
{
}

/**
 * tr_exception_new:
 *
 * Returns: (transfer full): a new, empty #TrException
 */
TrException *
tr_exception_new (void)
{
  return g_object_new (TR_TYPE_EXCEPTION, NULL);
}

/**
 * tr_exception_new_from_json:
 * @node: a JSON object node
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrException
 */
TrException *
tr_exception_new_from_json (JsonNode  *node,
                            GError   **error)
{
  return tr_resource_new_from_json (TR_TYPE_EXCEPTION, node, error);
}

/**
 * tr_exception_new_from_string:
 * @json: JSON text
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrException
 */
TrException *
tr_exception_new_from_string (const char  *json,
                              GError     **error)
{
  return tr_resource_new_from_string (TR_TYPE_EXCEPTION, json, error);
}

/**
 * tr_exception_to_json:
 * @self: a #TrException
 * @purpose: what the JSON is for
 *
 * Returns: (transfer full): see tr_resource_to_json()
 */
JsonNode *
tr_exception_to_json (TrException   *self,
                      TrJsonPurpose  purpose)
{
  g_return_val_if_fail (TR_IS_EXCEPTION (self), NULL);

  return tr_resource_to_json (TR_RESOURCE (self), purpose);
}

/**
 * tr_exception_copy:
 * @self: a #TrException
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): a copy, see tr_resource_copy()
 */
TrException *
tr_exception_copy (TrException  *self,
                   GError      **error)
{
  g_return_val_if_fail (TR_IS_EXCEPTION (self), NULL);

  return tr_resource_copy (TR_RESOURCE (self), error);
}

const char *
tr_exception_get_code (TrException *self)
{
  g_return_val_if_fail (TR_IS_EXCEPTION (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_CODE);
}

gint64
tr_exception_get_level (TrException *self)
{
  g_return_val_if_fail (TR_IS_EXCEPTION (self), 0);

  return tr_resource_get_int (TR_RESOURCE (self), PROP_LEVEL);
}

const char *
tr_exception_get_message (TrException *self)
{
  g_return_val_if_fail (TR_IS_EXCEPTION (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_MESSAGE);
}

gboolean
tr_exception_get_is_blocking (TrException *self)
{
  g_return_val_if_fail (TR_IS_EXCEPTION (self), FALSE);

  return tr_resource_get_boolean (TR_RESOURCE (self), PROP_IS_BLOCKING);
}

TrExceptionSource *
tr_exception_get_source (TrException *self)
{
  g_return_val_if_fail (TR_IS_EXCEPTION (self), NULL);

  return tr_resource_get_object (TR_RESOURCE (self), PROP_SOURCE);
}

JsonNode *
tr_exception_get_parameters (TrException *self)
{
  g_return_val_if_fail (TR_IS_EXCEPTION (self), NULL);

  return tr_resource_get_json (TR_RESOURCE (self), PROP_PARAMETERS);
}


/**
 * tr_exception_dup_parameter:
 * @self: a #TrException
 * @name: a parameter name, e.g. `missingFields`
 *
 * Returns: (transfer full) (nullable): the strings of that parameter;
 *   non-string entries are skipped; %NULL if absent or not an array
 */
GStrv
tr_exception_dup_parameter (TrException *self,
                            const char  *name)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonNode *parameters, *member;
  JsonArray *array;

  g_return_val_if_fail (TR_IS_EXCEPTION (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  parameters = tr_exception_get_parameters (self);
  if (parameters == NULL || !JSON_NODE_HOLDS_OBJECT (parameters))
    return NULL;
  member = json_object_get_member (json_node_get_object (parameters), name);
  if (member == NULL || !JSON_NODE_HOLDS_ARRAY (member))
    return NULL;

  builder = g_strv_builder_new ();
  array = json_node_get_array (member);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
        g_strv_builder_add (builder, json_node_get_string (element));
    }
  return g_strv_builder_end (builder);
}
