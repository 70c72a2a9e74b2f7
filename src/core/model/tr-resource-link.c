/* tr-resource-link.c
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

#include "tr-resource-link.h"
#include "tr-resource-private.h"

struct _TrResourceLink
{
  TrResource parent_instance;
};

G_DEFINE_FINAL_TYPE (TrResourceLink, tr_resource_link, TR_TYPE_RESOURCE)

enum {
  PROP_0,
  PROP_HREF,
  PROP_ID,
  PROP_TEMPLATE,
  PROP_REQUEST_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const TrField fields[N_PROPS] = {
  [PROP_HREF] = { "href", "href", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_ID] = { "id", "id", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_TEMPLATE] = { "template", "template", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_REQUEST_ID] = { "requestId", "request-id", TR_FIELD_STRING, TR_FIELD_RO, NULL },
};

static void
tr_resource_link_class_init (TrResourceLinkClass *klass)
{
  TrResourceClass *resource_class = TR_RESOURCE_CLASS (klass);

  tr_resource_class_install_fields (resource_class, fields, N_PROPS, properties);
}

static void
tr_resource_link_init (TrResourceLink *self)
{
}

/**
 * tr_resource_link_new:
 *
 * Returns: (transfer full): a new, empty #TrResourceLink
 */
TrResourceLink *
tr_resource_link_new (void)
{
  return g_object_new (TR_TYPE_RESOURCE_LINK, NULL);
}

/**
 * tr_resource_link_new_from_json:
 * @node: a JSON object node
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrResourceLink
 */
TrResourceLink *
tr_resource_link_new_from_json (JsonNode  *node,
                                GError   **error)
{
  return tr_resource_new_from_json (TR_TYPE_RESOURCE_LINK, node, error);
}

/**
 * tr_resource_link_new_from_string:
 * @json: JSON text
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrResourceLink
 */
TrResourceLink *
tr_resource_link_new_from_string (const char  *json,
                                  GError     **error)
{
  return tr_resource_new_from_string (TR_TYPE_RESOURCE_LINK, json, error);
}

/**
 * tr_resource_link_to_json:
 * @self: a #TrResourceLink
 * @purpose: what the JSON is for
 *
 * Returns: (transfer full): see tr_resource_to_json()
 */
JsonNode *
tr_resource_link_to_json (TrResourceLink *self,
                          TrJsonPurpose   purpose)
{
  g_return_val_if_fail (TR_IS_RESOURCE_LINK (self), NULL);

  return tr_resource_to_json (TR_RESOURCE (self), purpose);
}

/**
 * tr_resource_link_copy:
 * @self: a #TrResourceLink
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): a copy, see tr_resource_copy()
 */
TrResourceLink *
tr_resource_link_copy (TrResourceLink  *self,
                       GError         **error)
{
  g_return_val_if_fail (TR_IS_RESOURCE_LINK (self), NULL);

  return tr_resource_copy (TR_RESOURCE (self), error);
}

const char *
tr_resource_link_get_href (TrResourceLink *self)
{
  g_return_val_if_fail (TR_IS_RESOURCE_LINK (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_HREF);
}

const char *
tr_resource_link_get_id (TrResourceLink *self)
{
  g_return_val_if_fail (TR_IS_RESOURCE_LINK (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_ID);
}

void
tr_resource_link_set_id (TrResourceLink *self,
                         const char     *id)
{
  g_return_if_fail (TR_IS_RESOURCE_LINK (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_ID, id);
}

const char *
tr_resource_link_get_template (TrResourceLink *self)
{
  g_return_val_if_fail (TR_IS_RESOURCE_LINK (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_TEMPLATE);
}

const char *
tr_resource_link_get_request_id (TrResourceLink *self)
{
  g_return_val_if_fail (TR_IS_RESOURCE_LINK (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_REQUEST_ID);
}
