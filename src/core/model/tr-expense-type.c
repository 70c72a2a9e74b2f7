/* tr-expense-type.c
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

#include "tr-expense-type.h"
#include "tr-resource-private.h"

struct _TrExpenseType
{
  TrResource parent_instance;
};

G_DEFINE_FINAL_TYPE (TrExpenseType, tr_expense_type, TR_TYPE_RESOURCE)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_HREF,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const TrField fields[N_PROPS] = {
  [PROP_ID] = { "id", "id", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_NAME] = { "name", "name", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_HREF] = { "href", "href", TR_FIELD_STRING, TR_FIELD_RO, NULL },
};

static void
tr_expense_type_class_init (TrExpenseTypeClass *klass)
{
  TrResourceClass *resource_class = TR_RESOURCE_CLASS (klass);

  tr_resource_class_install_fields (resource_class, fields, N_PROPS, properties);
}

static void
tr_expense_type_init (TrExpenseType *self)
{
}

/**
 * tr_expense_type_new:
 *
 * Returns: (transfer full): a new, empty #TrExpenseType
 */
TrExpenseType *
tr_expense_type_new (void)
{
  return g_object_new (TR_TYPE_EXPENSE_TYPE, NULL);
}

/**
 * tr_expense_type_new_from_json:
 * @node: a JSON object node
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrExpenseType
 */
TrExpenseType *
tr_expense_type_new_from_json (JsonNode  *node,
                               GError   **error)
{
  return tr_resource_new_from_json (TR_TYPE_EXPENSE_TYPE, node, error);
}

/**
 * tr_expense_type_new_from_string:
 * @json: JSON text
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrExpenseType
 */
TrExpenseType *
tr_expense_type_new_from_string (const char  *json,
                                 GError     **error)
{
  return tr_resource_new_from_string (TR_TYPE_EXPENSE_TYPE, json, error);
}

/**
 * tr_expense_type_to_json:
 * @self: a #TrExpenseType
 * @purpose: what the JSON is for
 *
 * Returns: (transfer full): see tr_resource_to_json()
 */
JsonNode *
tr_expense_type_to_json (TrExpenseType *self,
                         TrJsonPurpose  purpose)
{
  g_return_val_if_fail (TR_IS_EXPENSE_TYPE (self), NULL);

  return tr_resource_to_json (TR_RESOURCE (self), purpose);
}

/**
 * tr_expense_type_copy:
 * @self: a #TrExpenseType
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): a copy, see tr_resource_copy()
 */
TrExpenseType *
tr_expense_type_copy (TrExpenseType  *self,
                      GError        **error)
{
  g_return_val_if_fail (TR_IS_EXPENSE_TYPE (self), NULL);

  return tr_resource_copy (TR_RESOURCE (self), error);
}

const char *
tr_expense_type_get_id (TrExpenseType *self)
{
  g_return_val_if_fail (TR_IS_EXPENSE_TYPE (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_ID);
}

void
tr_expense_type_set_id (TrExpenseType *self,
                        const char    *id)
{
  g_return_if_fail (TR_IS_EXPENSE_TYPE (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_ID, id);
}

const char *
tr_expense_type_get_name (TrExpenseType *self)
{
  g_return_val_if_fail (TR_IS_EXPENSE_TYPE (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_NAME);
}

void
tr_expense_type_set_name (TrExpenseType *self,
                          const char    *name)
{
  g_return_if_fail (TR_IS_EXPENSE_TYPE (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_NAME, name);
}

const char *
tr_expense_type_get_href (TrExpenseType *self)
{
  g_return_val_if_fail (TR_IS_EXPENSE_TYPE (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_HREF);
}
