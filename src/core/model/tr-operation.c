/* tr-operation.c
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

#include "tr-operation.h"
#include "tr-resource-private.h"

struct _TrOperation
{
  TrResource parent_instance;
};

G_DEFINE_FINAL_TYPE (TrOperation, tr_operation, TR_TYPE_RESOURCE)

enum {
  PROP_0,
  PROP_REL,
  PROP_HREF,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const TrField fields[N_PROPS] = {
  [PROP_REL] = { "rel", "rel", TR_FIELD_STRING, TR_FIELD_RO | TR_FIELD_REQUIRED, NULL },
  [PROP_HREF] = { "href", "href", TR_FIELD_STRING, TR_FIELD_RO | TR_FIELD_REQUIRED, NULL },
};

static void
tr_operation_class_init (TrOperationClass *klass)
{
  TrResourceClass *resource_class = TR_RESOURCE_CLASS (klass);

  tr_resource_class_install_fields (resource_class, fields, N_PROPS, properties);
}

static void
tr_operation_init (TrOperation *self)
{
}

/**
 * tr_operation_new:
 *
 * Returns: (transfer full): a new, empty #TrOperation
 */
TrOperation *
tr_operation_new (void)
{
  return g_object_new (TR_TYPE_OPERATION, NULL);
}

/**
 * tr_operation_new_from_json:
 * @node: a JSON object node
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrOperation
 */
TrOperation *
tr_operation_new_from_json (JsonNode  *node,
                            GError   **error)
{
  return tr_resource_new_from_json (TR_TYPE_OPERATION, node, error);
}

/**
 * tr_operation_new_from_string:
 * @json: JSON text
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrOperation
 */
TrOperation *
tr_operation_new_from_string (const char  *json,
                              GError     **error)
{
  return tr_resource_new_from_string (TR_TYPE_OPERATION, json, error);
}

/**
 * tr_operation_to_json:
 * @self: a #TrOperation
 * @purpose: what the JSON is for
 *
 * Returns: (transfer full): see tr_resource_to_json()
 */
JsonNode *
tr_operation_to_json (TrOperation   *self,
                      TrJsonPurpose  purpose)
{
  g_return_val_if_fail (TR_IS_OPERATION (self), NULL);

  return tr_resource_to_json (TR_RESOURCE (self), purpose);
}

/**
 * tr_operation_copy:
 * @self: a #TrOperation
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): a copy, see tr_resource_copy()
 */
TrOperation *
tr_operation_copy (TrOperation  *self,
                   GError      **error)
{
  g_return_val_if_fail (TR_IS_OPERATION (self), NULL);

  return tr_resource_copy (TR_RESOURCE (self), error);
}

const char *
tr_operation_get_rel (TrOperation *self)
{
  g_return_val_if_fail (TR_IS_OPERATION (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_REL);
}

const char *
tr_operation_get_href (TrOperation *self)
{
  g_return_val_if_fail (TR_IS_OPERATION (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_HREF);
}
