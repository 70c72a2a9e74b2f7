/* tr-policy.c
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

#include "tr-policy.h"
#include "tr-resource-private.h"

struct _TrPolicy
{
  TrResource parent_instance;
};

G_DEFINE_FINAL_TYPE (TrPolicy, tr_policy, TR_TYPE_RESOURCE)

enum {
  PROP_0,
  PROP_HREF,
  PROP_ID,
  PROP_NAME,
  PROP_ALLOW_PARTICIPANTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const TrField fields[N_PROPS] = {
  [PROP_HREF] = { "href", "href", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_ID] = { "id", "id", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_NAME] = { "name", "name", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_ALLOW_PARTICIPANTS] = { "allowParticipants", "allow-participants", TR_FIELD_BOOLEAN, TR_FIELD_RO, NULL },
};

static void
tr_policy_class_init (TrPolicyClass *klass)
{
  TrResourceClass *resource_class = TR_RESOURCE_CLASS (klass);

  tr_resource_class_install_fields (resource_class, fields, N_PROPS, properties);
}

static void
tr_policy_init (TrPolicy *self)
{
}

/**
 * tr_policy_new:
 *
 * Returns: (transfer full): a new, empty #TrPolicy
 */
TrPolicy *
tr_policy_new (void)
{
  return g_object_new (TR_TYPE_POLICY, NULL);
}

/**
 * tr_policy_new_from_json:
 * @node: a JSON object node
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrPolicy
 */
TrPolicy *
tr_policy_new_from_json (JsonNode  *node,
                         GError   **error)
{
  return tr_resource_new_from_json (TR_TYPE_POLICY, node, error);
}

/**
 * tr_policy_new_from_string:
 * @json: JSON text
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrPolicy
 */
TrPolicy *
tr_policy_new_from_string (const char  *json,
                           GError     **error)
{
  return tr_resource_new_from_string (TR_TYPE_POLICY, json, error);
}

/**
 * tr_policy_to_json:
 * @self: a #TrPolicy
 * @purpose: what the JSON is for
 *
 * Returns: (transfer full): see tr_resource_to_json()
 */
JsonNode *
tr_policy_to_json (TrPolicy      *self,
                   TrJsonPurpose  purpose)
{
  g_return_val_if_fail (TR_IS_POLICY (self), NULL);

  return tr_resource_to_json (TR_RESOURCE (self), purpose);
}

/**
 * tr_policy_copy:
 * @self: a #TrPolicy
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): a copy, see tr_resource_copy()
 */
TrPolicy *
tr_policy_copy (TrPolicy  *self,
                GError   **error)
{
  g_return_val_if_fail (TR_IS_POLICY (self), NULL);

  return tr_resource_copy (TR_RESOURCE (self), error);
}

const char *
tr_policy_get_href (TrPolicy *self)
{
  g_return_val_if_fail (TR_IS_POLICY (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_HREF);
}

const char *
tr_policy_get_id (TrPolicy *self)
{
  g_return_val_if_fail (TR_IS_POLICY (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_ID);
}

void
tr_policy_set_id (TrPolicy   *self,
                  const char *id)
{
  g_return_if_fail (TR_IS_POLICY (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_ID, id);
}

const char *
tr_policy_get_name (TrPolicy *self)
{
  g_return_val_if_fail (TR_IS_POLICY (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_NAME);
}

gboolean
tr_policy_get_allow_participants (TrPolicy *self)
{
  g_return_val_if_fail (TR_IS_POLICY (self), FALSE);

  return tr_resource_get_boolean (TR_RESOURCE (self), PROP_ALLOW_PARTICIPANTS);
}
