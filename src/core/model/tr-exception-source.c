/* tr-exception-source.c
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

#include "tr-exception-source.h"
#include "tr-resource-private.h"

struct _TrExceptionSource
{
  TrResource parent_instance;
};

G_DEFINE_FINAL_TYPE (TrExceptionSource, tr_exception_source, TR_TYPE_RESOURCE)

enum {
  PROP_0,
  PROP_ID,
  PROP_HREF,
  PROP_SOURCE_TYPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const TrField fields[N_PROPS] = {
  [PROP_ID] = { "id", "id", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_HREF] = { "href", "href", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_SOURCE_TYPE] = { "type", "source-type", TR_FIELD_STRING, TR_FIELD_RO, NULL },
};

static void
tr_exception_source_class_init (TrExceptionSourceClass *klass)
{
  TrResourceClass *resource_class = TR_RESOURCE_CLASS (klass);

  tr_resource_class_install_fields (resource_class, fields, N_PROPS, properties);
}

static void
tr_exception_source_init (TrExceptionSource *self)
{
}

/**
 * tr_exception_source_new:
 *
 * Returns: (transfer full): a new, empty #TrExceptionSource
 */
TrExceptionSource *
tr_exception_source_new (void)
{
  return g_object_new (TR_TYPE_EXCEPTION_SOURCE, NULL);
}

/**
 * tr_exception_source_new_from_json:
 * @node: a JSON object node
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrExceptionSource
 */
TrExceptionSource *
tr_exception_source_new_from_json (JsonNode  *node,
                                   GError   **error)
{
  return tr_resource_new_from_json (TR_TYPE_EXCEPTION_SOURCE, node, error);
}

/**
 * tr_exception_source_new_from_string:
 * @json: JSON text
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrExceptionSource
 */
TrExceptionSource *
tr_exception_source_new_from_string (const char  *json,
                                     GError     **error)
{
  return tr_resource_new_from_string (TR_TYPE_EXCEPTION_SOURCE, json, error);
}

/**
 * tr_exception_source_to_json:
 * @self: a #TrExceptionSource
 * @purpose: what the JSON is for
 *
 * Returns: (transfer full): see tr_resource_to_json()
 */
JsonNode *
tr_exception_source_to_json (TrExceptionSource *self,
                             TrJsonPurpose      purpose)
{
  g_return_val_if_fail (TR_IS_EXCEPTION_SOURCE (self), NULL);

  return tr_resource_to_json (TR_RESOURCE (self), purpose);
}

/**
 * tr_exception_source_copy:
 * @self: a #TrExceptionSource
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): a copy, see tr_resource_copy()
 */
TrExceptionSource *
tr_exception_source_copy (TrExceptionSource  *self,
                          GError            **error)
{
  g_return_val_if_fail (TR_IS_EXCEPTION_SOURCE (self), NULL);

  return tr_resource_copy (TR_RESOURCE (self), error);
}

const char *
tr_exception_source_get_id (TrExceptionSource *self)
{
  g_return_val_if_fail (TR_IS_EXCEPTION_SOURCE (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_ID);
}

const char *
tr_exception_source_get_href (TrExceptionSource *self)
{
  g_return_val_if_fail (TR_IS_EXCEPTION_SOURCE (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_HREF);
}

const char *
tr_exception_source_get_source_type (TrExceptionSource *self)
{
  g_return_val_if_fail (TR_IS_EXCEPTION_SOURCE (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_SOURCE_TYPE);
}
