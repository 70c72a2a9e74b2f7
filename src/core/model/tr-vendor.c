/* tr-vendor.c
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

#include "tr-vendor.h"
#include "tr-resource-private.h"

struct _TrVendor
{
  TrResource parent_instance;
};

G_DEFINE_FINAL_TYPE (TrVendor, tr_vendor, TR_TYPE_RESOURCE)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const TrField fields[N_PROPS] = {
  [PROP_ID] = { "id", "id", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_NAME] = { "name", "name", TR_FIELD_STRING, TR_FIELD_W, NULL },
};

static void
tr_vendor_class_init (TrVendorClass *klass)
{
  TrResourceClass *resource_class = TR_RESOURCE_CLASS (klass);

  tr_resource_class_install_fields (resource_class, fields, N_PROPS, properties);
}

static void
tr_vendor_init (TrVendor *self)
{
}

/**
 * tr_vendor_new:
 *
 * Returns: (transfer full): a new, empty #TrVendor
 */
TrVendor *
tr_vendor_new (void)
{
  return g_object_new (TR_TYPE_VENDOR, NULL);
}

/**
 * tr_vendor_new_from_json:
 * @node: a JSON object node
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrVendor
 */
TrVendor *
tr_vendor_new_from_json (JsonNode  *node,
                         GError   **error)
{
  return tr_resource_new_from_json (TR_TYPE_VENDOR, node, error);
}

/**
 * tr_vendor_new_from_string:
 * @json: JSON text
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrVendor
 */
TrVendor *
tr_vendor_new_from_string (const char  *json,
                           GError     **error)
{
  return tr_resource_new_from_string (TR_TYPE_VENDOR, json, error);
}

/**
 * tr_vendor_to_json:
 * @self: a #TrVendor
 * @purpose: what the JSON is for
 *
 * Returns: (transfer full): see tr_resource_to_json()
 */
JsonNode *
tr_vendor_to_json (TrVendor      *self,
                   TrJsonPurpose  purpose)
{
  g_return_val_if_fail (TR_IS_VENDOR (self), NULL);

  return tr_resource_to_json (TR_RESOURCE (self), purpose);
}

/**
 * tr_vendor_copy:
 * @self: a #TrVendor
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): a copy, see tr_resource_copy()
 */
TrVendor *
tr_vendor_copy (TrVendor  *self,
                GError   **error)
{
  g_return_val_if_fail (TR_IS_VENDOR (self), NULL);

  return tr_resource_copy (TR_RESOURCE (self), error);
}

const char *
tr_vendor_get_id (TrVendor *self)
{
  g_return_val_if_fail (TR_IS_VENDOR (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_ID);
}

void
tr_vendor_set_id (TrVendor   *self,
                  const char *id)
{
  g_return_if_fail (TR_IS_VENDOR (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_ID, id);
}

const char *
tr_vendor_get_name (TrVendor *self)
{
  g_return_val_if_fail (TR_IS_VENDOR (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_NAME);
}

void
tr_vendor_set_name (TrVendor   *self,
                    const char *name)
{
  g_return_if_fail (TR_IS_VENDOR (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_NAME, name);
}
