/* tr-request-type.c
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

#include "tr-request-type.h"
#include "tr-resource-private.h"

struct _TrRequestType
{
  TrResource parent_instance;
};

G_DEFINE_FINAL_TYPE (TrRequestType, tr_request_type, TR_TYPE_RESOURCE)

enum {
  PROP_0,
  PROP_CODE,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const TrField fields[N_PROPS] = {
  [PROP_CODE] = { "code", "code", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_LABEL] = { "label", "label", TR_FIELD_STRING, TR_FIELD_RO, NULL },
};

static void
tr_request_type_class_init (TrRequestTypeClass *klass)
{
  TrResourceClass *resource_class = TR_RESOURCE_CLASS (klass);

  tr_resource_class_install_fields (resource_class, fields, N_PROPS, properties);
}

static void
tr_request_type_init (TrRequestType *self)
{
}

/**
 * tr_request_type_new:
 *
 * Returns: (transfer full): a new, empty #TrRequestType
 */
TrRequestType *
tr_request_type_new (void)
{
  return g_object_new (TR_TYPE_REQUEST_TYPE, NULL);
}

/**
 * tr_request_type_new_from_json:
 * @node: a JSON object node
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrRequestType
 */
TrRequestType *
tr_request_type_new_from_json (JsonNode  *node,
                               GError   **error)
{
  return tr_resource_new_from_json (TR_TYPE_REQUEST_TYPE, node, error);
}

/**
 * tr_request_type_new_from_string:
 * @json: JSON text
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrRequestType
 */
TrRequestType *
tr_request_type_new_from_string (const char  *json,
                                 GError     **error)
{
  return tr_resource_new_from_string (TR_TYPE_REQUEST_TYPE, json, error);
}

/**
 * tr_request_type_to_json:
 * @self: a #TrRequestType
 * @purpose: what the JSON is for
 *
 * Returns: (transfer full): see tr_resource_to_json()
 */
JsonNode *
tr_request_type_to_json (TrRequestType *self,
                         TrJsonPurpose  purpose)
{
  g_return_val_if_fail (TR_IS_REQUEST_TYPE (self), NULL);

  return tr_resource_to_json (TR_RESOURCE (self), purpose);
}

/**
 * tr_request_type_copy:
 * @self: a #TrRequestType
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): a copy, see tr_resource_copy()
 */
TrRequestType *
tr_request_type_copy (TrRequestType  *self,
                      GError        **error)
{
  g_return_val_if_fail (TR_IS_REQUEST_TYPE (self), NULL);

  return tr_resource_copy (TR_RESOURCE (self), error);
}

const char *
tr_request_type_get_code (TrRequestType *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_TYPE (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_CODE);
}

const char *
tr_request_type_get_label (TrRequestType *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_TYPE (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_LABEL);
}
