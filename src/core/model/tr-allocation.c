/* tr-allocation.c
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

#include "tr-allocation.h"
#include "tr-resource-private.h"

struct _TrAllocation
{
  TrResource parent_instance;
};

G_DEFINE_FINAL_TYPE (TrAllocation, tr_allocation, TR_TYPE_RESOURCE)

enum {
  PROP_0,
  PROP_ALLOCATION_ID,
  PROP_EXPENSE_ID,
  PROP_PERCENTAGE,
  PROP_PERCENT_EDITED,
  PROP_SYSTEM_ALLOCATION,
  PROP_ALLOCATION_AMOUNT,
  PROP_APPROVED_AMOUNT,
  PROP_POSTED_AMOUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const TrField fields[N_PROPS] = {
  [PROP_ALLOCATION_ID] = { "allocationId", "allocation-id", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_EXPENSE_ID] = { "expenseId", "expense-id", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_PERCENTAGE] = { "percentage", "percentage", TR_FIELD_DECIMAL, TR_FIELD_W, NULL },
  [PROP_PERCENT_EDITED] = { "percentEdited", "percent-edited", TR_FIELD_BOOLEAN, TR_FIELD_W, NULL },
  [PROP_SYSTEM_ALLOCATION] = { "systemAllocation", "system-allocation", TR_FIELD_BOOLEAN, TR_FIELD_RO, NULL },
  [PROP_ALLOCATION_AMOUNT] = { "allocationAmount", "allocation-amount", TR_FIELD_AMOUNT, TR_FIELD_W, NULL },
  [PROP_APPROVED_AMOUNT] = { "approvedAmount", "approved-amount", TR_FIELD_AMOUNT, TR_FIELD_RO, NULL },
  [PROP_POSTED_AMOUNT] = { "postedAmount", "posted-amount", TR_FIELD_AMOUNT, TR_FIELD_RO, NULL },
};

static void
tr_allocation_class_init (TrAllocationClass *klass)
{
  TrResourceClass *resource_class = TR_RESOURCE_CLASS (klass);

  tr_resource_class_install_fields (resource_class, fields, N_PROPS, properties);
  tr_resource_class_add_numbered (resource_class, "custom", "custom", 20, TR_FIELD_W);
}

static void
tr_allocation_init (TrAllocation *self)
{
}

/**
 * tr_allocation_new:
 *
 * Returns: (transfer full): a new, empty #TrAllocation
 */
TrAllocation *
tr_allocation_new (void)
{
  return g_object_new (TR_TYPE_ALLOCATION, NULL);
}

/**
 * tr_allocation_new_from_json:
 * @node: a JSON object node
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrAllocation
 */
TrAllocation *
tr_allocation_new_from_json (JsonNode  *node,
                             GError   **error)
{
  return tr_resource_new_from_json (TR_TYPE_ALLOCATION, node, error);
}

/**
 * tr_allocation_new_from_string:
 * @json: JSON text
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrAllocation
 */
TrAllocation *
tr_allocation_new_from_string (const char  *json,
                               GError     **error)
{
  return tr_resource_new_from_string (TR_TYPE_ALLOCATION, json, error);
}

/**
 * tr_allocation_to_json:
 * @self: a #TrAllocation
 * @purpose: what the JSON is for
 *
 * Returns: (transfer full): see tr_resource_to_json()
 */
JsonNode *
tr_allocation_to_json (TrAllocation  *self,
                       TrJsonPurpose  purpose)
{
  g_return_val_if_fail (TR_IS_ALLOCATION (self), NULL);

  return tr_resource_to_json (TR_RESOURCE (self), purpose);
}

/**
 * tr_allocation_copy:
 * @self: a #TrAllocation
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): a copy, see tr_resource_copy()
 */
TrAllocation *
tr_allocation_copy (TrAllocation  *self,
                    GError       **error)
{
  g_return_val_if_fail (TR_IS_ALLOCATION (self), NULL);

  return tr_resource_copy (TR_RESOURCE (self), error);
}

const char *
tr_allocation_get_allocation_id (TrAllocation *self)
{
  g_return_val_if_fail (TR_IS_ALLOCATION (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_ALLOCATION_ID);
}

const char *
tr_allocation_get_expense_id (TrAllocation *self)
{
  g_return_val_if_fail (TR_IS_ALLOCATION (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_EXPENSE_ID);
}

const TrAmount *
tr_allocation_get_percentage (TrAllocation *self)
{
  g_return_val_if_fail (TR_IS_ALLOCATION (self), NULL);

  return tr_resource_get_amount (TR_RESOURCE (self), PROP_PERCENTAGE);
}

void
tr_allocation_set_percentage (TrAllocation   *self,
                              const TrAmount *percentage)
{
  g_return_if_fail (TR_IS_ALLOCATION (self));

  tr_resource_set_amount (TR_RESOURCE (self), PROP_PERCENTAGE, percentage);
}

gboolean
tr_allocation_get_percent_edited (TrAllocation *self)
{
  g_return_val_if_fail (TR_IS_ALLOCATION (self), FALSE);

  return tr_resource_get_boolean (TR_RESOURCE (self), PROP_PERCENT_EDITED);
}

void
tr_allocation_set_percent_edited (TrAllocation *self,
                                  gboolean      percent_edited)
{
  g_return_if_fail (TR_IS_ALLOCATION (self));

  tr_resource_set_boolean (TR_RESOURCE (self), PROP_PERCENT_EDITED, percent_edited);
}

gboolean
tr_allocation_get_system_allocation (TrAllocation *self)
{
  g_return_val_if_fail (TR_IS_ALLOCATION (self), FALSE);

  return tr_resource_get_boolean (TR_RESOURCE (self), PROP_SYSTEM_ALLOCATION);
}

const TrAmount *
tr_allocation_get_allocation_amount (TrAllocation *self)
{
  g_return_val_if_fail (TR_IS_ALLOCATION (self), NULL);

  return tr_resource_get_amount (TR_RESOURCE (self), PROP_ALLOCATION_AMOUNT);
}

void
tr_allocation_set_allocation_amount (TrAllocation   *self,
                                     const TrAmount *allocation_amount)
{
  g_return_if_fail (TR_IS_ALLOCATION (self));

  tr_resource_set_amount (TR_RESOURCE (self), PROP_ALLOCATION_AMOUNT, allocation_amount);
}

const TrAmount *
tr_allocation_get_approved_amount (TrAllocation *self)
{
  g_return_val_if_fail (TR_IS_ALLOCATION (self), NULL);

  return tr_resource_get_amount (TR_RESOURCE (self), PROP_APPROVED_AMOUNT);
}

const TrAmount *
tr_allocation_get_posted_amount (TrAllocation *self)
{
  g_return_val_if_fail (TR_IS_ALLOCATION (self), NULL);

  return tr_resource_get_amount (TR_RESOURCE (self), PROP_POSTED_AMOUNT);
}

/**
 * tr_allocation_get_custom:
 * @self: a #TrAllocation
 * @n: 1…20, the `customN` member
 *
 * Returns: (transfer none) (nullable): the custom field
 */
TrCustomField *
tr_allocation_get_custom (TrAllocation *self,
                          guint         n)
{
  g_return_val_if_fail (TR_IS_ALLOCATION (self), NULL);
  g_return_val_if_fail (n >= 1 && n <= 20, NULL);

  return tr_resource_get_object (TR_RESOURCE (self), N_PROPS + n - 1);
}

void
tr_allocation_set_custom (TrAllocation  *self,
                          guint          n,
                          TrCustomField *field)
{
  g_return_if_fail (TR_IS_ALLOCATION (self));
  g_return_if_fail (n >= 1 && n <= 20);

  tr_resource_set_object (TR_RESOURCE (self), N_PROPS + n - 1, field);
}
