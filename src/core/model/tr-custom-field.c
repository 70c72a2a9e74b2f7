/* tr-custom-field.c
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

#include "tr-custom-field.h"
#include "tr-resource-private.h"

struct _TrCustomField
{
  TrResource parent_instance;
};

G_DEFINE_FINAL_TYPE (TrCustomField, tr_custom_field, TR_TYPE_RESOURCE)

enum {
  PROP_0,
  PROP_VALUE,
  PROP_CODE,
  PROP_HREF,
  PROP_TEMPLATE,
  PROP_IS_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const TrField fields[N_PROPS] = {
  [PROP_VALUE] = { "value", "value", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_CODE] = { "code", "code", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_HREF] = { "href", "href", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_TEMPLATE] = { "template", "template", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_IS_VALID] = { "isValid", "is-valid", TR_FIELD_BOOLEAN, TR_FIELD_RO, NULL },
};

static void
tr_custom_field_class_init (TrCustomFieldClass *klass)
{
  TrResourceClass *resource_class = TR_RESOURCE_CLASS (klass);

  tr_resource_class_install_fields (resource_class, fields, N_PROPS, properties);
}

static void
tr_custom_field_init (TrCustomField *self)
{
}

/**
 * tr_custom_field_new:
 *
 * Returns: (transfer full): a new, empty #TrCustomField
 */
TrCustomField *
tr_custom_field_new (void)
{
  return g_object_new (TR_TYPE_CUSTOM_FIELD, NULL);
}

/**
 * tr_custom_field_new_from_json:
 * @node: a JSON object node
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrCustomField
 */
TrCustomField *
tr_custom_field_new_from_json (JsonNode  *node,
                               GError   **error)
{
  return tr_resource_new_from_json (TR_TYPE_CUSTOM_FIELD, node, error);
}

/**
 * tr_custom_field_new_from_string:
 * @json: JSON text
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrCustomField
 */
TrCustomField *
tr_custom_field_new_from_string (const char  *json,
                                 GError     **error)
{
  return tr_resource_new_from_string (TR_TYPE_CUSTOM_FIELD, json, error);
}

/**
 * tr_custom_field_to_json:
 * @self: a #TrCustomField
 * @purpose: what the JSON is for
 *
 * Returns: (transfer full): see tr_resource_to_json()
 */
JsonNode *
tr_custom_field_to_json (TrCustomField *self,
                         TrJsonPurpose  purpose)
{
  g_return_val_if_fail (TR_IS_CUSTOM_FIELD (self), NULL);

  return tr_resource_to_json (TR_RESOURCE (self), purpose);
}

/**
 * tr_custom_field_copy:
 * @self: a #TrCustomField
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): a copy, see tr_resource_copy()
 */
TrCustomField *
tr_custom_field_copy (TrCustomField  *self,
                      GError        **error)
{
  g_return_val_if_fail (TR_IS_CUSTOM_FIELD (self), NULL);

  return tr_resource_copy (TR_RESOURCE (self), error);
}

const char *
tr_custom_field_get_value (TrCustomField *self)
{
  g_return_val_if_fail (TR_IS_CUSTOM_FIELD (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_VALUE);
}

void
tr_custom_field_set_value (TrCustomField *self,
                           const char    *value)
{
  g_return_if_fail (TR_IS_CUSTOM_FIELD (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_VALUE, value);
}

const char *
tr_custom_field_get_code (TrCustomField *self)
{
  g_return_val_if_fail (TR_IS_CUSTOM_FIELD (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_CODE);
}

const char *
tr_custom_field_get_href (TrCustomField *self)
{
  g_return_val_if_fail (TR_IS_CUSTOM_FIELD (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_HREF);
}

const char *
tr_custom_field_get_template (TrCustomField *self)
{
  g_return_val_if_fail (TR_IS_CUSTOM_FIELD (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_TEMPLATE);
}

gboolean
tr_custom_field_get_is_valid (TrCustomField *self)
{
  g_return_val_if_fail (TR_IS_CUSTOM_FIELD (self), FALSE);

  return tr_resource_get_boolean (TR_RESOURCE (self), PROP_IS_VALID);
}
