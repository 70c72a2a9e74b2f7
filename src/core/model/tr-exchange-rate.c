/* tr-exchange-rate.c
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

#include "tr-exchange-rate.h"
#include "tr-resource-private.h"

struct _TrExchangeRate
{
  TrResource parent_instance;
};

G_DEFINE_FINAL_TYPE (TrExchangeRate, tr_exchange_rate, TR_TYPE_RESOURCE)

enum {
  PROP_0,
  PROP_VALUE,
  PROP_OPERATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const TrField fields[N_PROPS] = {
  [PROP_VALUE] = { "value", "value", TR_FIELD_DECIMAL, TR_FIELD_W | TR_FIELD_REQUIRED, NULL },
  [PROP_OPERATION] = { "operation", "operation", TR_FIELD_STRING, TR_FIELD_W | TR_FIELD_REQUIRED, NULL },
};

static void
tr_exchange_rate_class_init (TrExchangeRateClass *klass)
{
  TrResourceClass *resource_class = TR_RESOURCE_CLASS (klass);

  tr_resource_class_install_fields (resource_class, fields, N_PROPS, properties);
}

static void
tr_exchange_rate_init (TrExchangeRate *self)
{
}

/**
 * tr_exchange_rate_new:
 *
 * Returns: (transfer full): a new, empty #TrExchangeRate
 */
TrExchangeRate *
tr_exchange_rate_new (void)
{
  return g_object_new (TR_TYPE_EXCHANGE_RATE, NULL);
}

/**
 * tr_exchange_rate_new_from_json:
 * @node: a JSON object node
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrExchangeRate
 */
TrExchangeRate *
tr_exchange_rate_new_from_json (JsonNode  *node,
                                GError   **error)
{
  return tr_resource_new_from_json (TR_TYPE_EXCHANGE_RATE, node, error);
}

/**
 * tr_exchange_rate_new_from_string:
 * @json: JSON text
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrExchangeRate
 */
TrExchangeRate *
tr_exchange_rate_new_from_string (const char  *json,
                                  GError     **error)
{
  return tr_resource_new_from_string (TR_TYPE_EXCHANGE_RATE, json, error);
}

/**
 * tr_exchange_rate_to_json:
 * @self: a #TrExchangeRate
 * @purpose: what the JSON is for
 *
 * Returns: (transfer full): see tr_resource_to_json()
 */
JsonNode *
tr_exchange_rate_to_json (TrExchangeRate *self,
                          TrJsonPurpose   purpose)
{
  g_return_val_if_fail (TR_IS_EXCHANGE_RATE (self), NULL);

  return tr_resource_to_json (TR_RESOURCE (self), purpose);
}

/**
 * tr_exchange_rate_copy:
 * @self: a #TrExchangeRate
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): a copy, see tr_resource_copy()
 */
TrExchangeRate *
tr_exchange_rate_copy (TrExchangeRate  *self,
                       GError         **error)
{
  g_return_val_if_fail (TR_IS_EXCHANGE_RATE (self), NULL);

  return tr_resource_copy (TR_RESOURCE (self), error);
}

const TrAmount *
tr_exchange_rate_get_value (TrExchangeRate *self)
{
  g_return_val_if_fail (TR_IS_EXCHANGE_RATE (self), NULL);

  return tr_resource_get_amount (TR_RESOURCE (self), PROP_VALUE);
}

void
tr_exchange_rate_set_value (TrExchangeRate *self,
                            const TrAmount *value)
{
  g_return_if_fail (TR_IS_EXCHANGE_RATE (self));

  tr_resource_set_amount (TR_RESOURCE (self), PROP_VALUE, value);
}

const char *
tr_exchange_rate_get_operation (TrExchangeRate *self)
{
  g_return_val_if_fail (TR_IS_EXCHANGE_RATE (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_OPERATION);
}

void
tr_exchange_rate_set_operation (TrExchangeRate *self,
                                const char     *operation)
{
  g_return_if_fail (TR_IS_EXCHANGE_RATE (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_OPERATION, operation);
}
