/* tr-segment-type.c
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

#include "tr-segment-type.h"
#include "tr-resource-private.h"

struct _TrSegmentType
{
  TrResource parent_instance;
};

G_DEFINE_FINAL_TYPE (TrSegmentType, tr_segment_type, TR_TYPE_RESOURCE)

enum {
  PROP_0,
  PROP_CATEGORY,
  PROP_CODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const TrField fields[N_PROPS] = {
  [PROP_CATEGORY] = { "category", "category", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_CODE] = { "code", "code", TR_FIELD_STRING, TR_FIELD_W | TR_FIELD_REQUIRED, NULL },
};

static void
tr_segment_type_class_init (TrSegmentTypeClass *klass)
{
  TrResourceClass *resource_class = TR_RESOURCE_CLASS (klass);

  tr_resource_class_install_fields (resource_class, fields, N_PROPS, properties);
}

static void
tr_segment_type_init (TrSegmentType *self)
{
}

/**
 * tr_segment_type_new:
 *
 * Returns: (transfer full): a new, empty #TrSegmentType
 */
TrSegmentType *
tr_segment_type_new (void)
{
  return g_object_new (TR_TYPE_SEGMENT_TYPE, NULL);
}

/**
 * tr_segment_type_new_from_json:
 * @node: a JSON object node
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrSegmentType
 */
TrSegmentType *
tr_segment_type_new_from_json (JsonNode  *node,
                               GError   **error)
{
  return tr_resource_new_from_json (TR_TYPE_SEGMENT_TYPE, node, error);
}

/**
 * tr_segment_type_new_from_string:
 * @json: JSON text
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrSegmentType
 */
TrSegmentType *
tr_segment_type_new_from_string (const char  *json,
                                 GError     **error)
{
  return tr_resource_new_from_string (TR_TYPE_SEGMENT_TYPE, json, error);
}

/**
 * tr_segment_type_to_json:
 * @self: a #TrSegmentType
 * @purpose: what the JSON is for
 *
 * Returns: (transfer full): see tr_resource_to_json()
 */
JsonNode *
tr_segment_type_to_json (TrSegmentType *self,
                         TrJsonPurpose  purpose)
{
  g_return_val_if_fail (TR_IS_SEGMENT_TYPE (self), NULL);

  return tr_resource_to_json (TR_RESOURCE (self), purpose);
}

/**
 * tr_segment_type_copy:
 * @self: a #TrSegmentType
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): a copy, see tr_resource_copy()
 */
TrSegmentType *
tr_segment_type_copy (TrSegmentType  *self,
                      GError        **error)
{
  g_return_val_if_fail (TR_IS_SEGMENT_TYPE (self), NULL);

  return tr_resource_copy (TR_RESOURCE (self), error);
}

const char *
tr_segment_type_get_category (TrSegmentType *self)
{
  g_return_val_if_fail (TR_IS_SEGMENT_TYPE (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_CATEGORY);
}

void
tr_segment_type_set_category (TrSegmentType *self,
                              const char    *category)
{
  g_return_if_fail (TR_IS_SEGMENT_TYPE (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_CATEGORY, category);
}

const char *
tr_segment_type_get_code (TrSegmentType *self)
{
  g_return_val_if_fail (TR_IS_SEGMENT_TYPE (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_CODE);
}

void
tr_segment_type_set_code (TrSegmentType *self,
                          const char    *code)
{
  g_return_if_fail (TR_IS_SEGMENT_TYPE (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_CODE, code);
}
