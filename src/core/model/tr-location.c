/* tr-location.c
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

#include "tr-location.h"
#include "tr-resource-private.h"

struct _TrLocation
{
  TrResource parent_instance;
};

G_DEFINE_FINAL_TYPE (TrLocation, tr_location, TR_TYPE_RESOURCE)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_CITY,
  PROP_COUNTRY_CODE,
  PROP_COUNTRY_SUB_DIVISION_CODE,
  PROP_IATA_CODE,
  PROP_LOCATION_CODE,
  PROP_LOCATION_TYPE,
  PROP_LATITUDE,
  PROP_LONGITUDE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const TrField fields[N_PROPS] = {
  [PROP_ID] = { "id", "id", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_NAME] = { "name", "name", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_CITY] = { "city", "city", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_COUNTRY_CODE] = { "countryCode", "country-code", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_COUNTRY_SUB_DIVISION_CODE] = { "countrySubDivisionCode", "country-sub-division-code", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_IATA_CODE] = { "iataCode", "iata-code", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_LOCATION_CODE] = { "locationCode", "location-code", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_LOCATION_TYPE] = { "locationType", "location-type", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_LATITUDE] = { "latitude", "latitude", TR_FIELD_DECIMAL, TR_FIELD_W, NULL },
  [PROP_LONGITUDE] = { "longitude", "longitude", TR_FIELD_DECIMAL, TR_FIELD_W, NULL },
};

static void
tr_location_class_init (TrLocationClass *klass)
{
  TrResourceClass *resource_class = TR_RESOURCE_CLASS (klass);

  tr_resource_class_install_fields (resource_class, fields, N_PROPS, properties);
}

static void
tr_location_init (TrLocation *self)
{
}

/**
 * tr_location_new:
 *
 * Returns: (transfer full): a new, empty #TrLocation
 */
TrLocation *
tr_location_new (void)
{
  return g_object_new (TR_TYPE_LOCATION, NULL);
}

/**
 * tr_location_new_from_json:
 * @node: a JSON object node
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrLocation
 */
TrLocation *
tr_location_new_from_json (JsonNode  *node,
                           GError   **error)
{
  return tr_resource_new_from_json (TR_TYPE_LOCATION, node, error);
}

/**
 * tr_location_new_from_string:
 * @json: JSON text
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrLocation
 */
TrLocation *
tr_location_new_from_string (const char  *json,
                             GError     **error)
{
  return tr_resource_new_from_string (TR_TYPE_LOCATION, json, error);
}

/**
 * tr_location_to_json:
 * @self: a #TrLocation
 * @purpose: what the JSON is for
 *
 * Returns: (transfer full): see tr_resource_to_json()
 */
JsonNode *
tr_location_to_json (TrLocation    *self,
                     TrJsonPurpose  purpose)
{
  g_return_val_if_fail (TR_IS_LOCATION (self), NULL);

  return tr_resource_to_json (TR_RESOURCE (self), purpose);
}

/**
 * tr_location_copy:
 * @self: a #TrLocation
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): a copy, see tr_resource_copy()
 */
TrLocation *
tr_location_copy (TrLocation  *self,
                  GError     **error)
{
  g_return_val_if_fail (TR_IS_LOCATION (self), NULL);

  return tr_resource_copy (TR_RESOURCE (self), error);
}

const char *
tr_location_get_id (TrLocation *self)
{
  g_return_val_if_fail (TR_IS_LOCATION (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_ID);
}

const char *
tr_location_get_name (TrLocation *self)
{
  g_return_val_if_fail (TR_IS_LOCATION (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_NAME);
}

void
tr_location_set_name (TrLocation *self,
                      const char *name)
{
  g_return_if_fail (TR_IS_LOCATION (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_NAME, name);
}

const char *
tr_location_get_city (TrLocation *self)
{
  g_return_val_if_fail (TR_IS_LOCATION (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_CITY);
}

void
tr_location_set_city (TrLocation *self,
                      const char *city)
{
  g_return_if_fail (TR_IS_LOCATION (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_CITY, city);
}

const char *
tr_location_get_country_code (TrLocation *self)
{
  g_return_val_if_fail (TR_IS_LOCATION (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_COUNTRY_CODE);
}

void
tr_location_set_country_code (TrLocation *self,
                              const char *country_code)
{
  g_return_if_fail (TR_IS_LOCATION (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_COUNTRY_CODE, country_code);
}

const char *
tr_location_get_country_sub_division_code (TrLocation *self)
{
  g_return_val_if_fail (TR_IS_LOCATION (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_COUNTRY_SUB_DIVISION_CODE);
}

void
tr_location_set_country_sub_division_code (TrLocation *self,
                                           const char *country_sub_division_code)
{
  g_return_if_fail (TR_IS_LOCATION (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_COUNTRY_SUB_DIVISION_CODE, country_sub_division_code);
}

const char *
tr_location_get_iata_code (TrLocation *self)
{
  g_return_val_if_fail (TR_IS_LOCATION (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_IATA_CODE);
}

void
tr_location_set_iata_code (TrLocation *self,
                           const char *iata_code)
{
  g_return_if_fail (TR_IS_LOCATION (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_IATA_CODE, iata_code);
}

const char *
tr_location_get_location_code (TrLocation *self)
{
  g_return_val_if_fail (TR_IS_LOCATION (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_LOCATION_CODE);
}

void
tr_location_set_location_code (TrLocation *self,
                               const char *location_code)
{
  g_return_if_fail (TR_IS_LOCATION (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_LOCATION_CODE, location_code);
}

const char *
tr_location_get_location_type (TrLocation *self)
{
  g_return_val_if_fail (TR_IS_LOCATION (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_LOCATION_TYPE);
}

void
tr_location_set_location_type (TrLocation *self,
                               const char *location_type)
{
  g_return_if_fail (TR_IS_LOCATION (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_LOCATION_TYPE, location_type);
}

const TrAmount *
tr_location_get_latitude (TrLocation *self)
{
  g_return_val_if_fail (TR_IS_LOCATION (self), NULL);

  return tr_resource_get_amount (TR_RESOURCE (self), PROP_LATITUDE);
}

void
tr_location_set_latitude (TrLocation     *self,
                          const TrAmount *latitude)
{
  g_return_if_fail (TR_IS_LOCATION (self));

  tr_resource_set_amount (TR_RESOURCE (self), PROP_LATITUDE, latitude);
}

const TrAmount *
tr_location_get_longitude (TrLocation *self)
{
  g_return_val_if_fail (TR_IS_LOCATION (self), NULL);

  return tr_resource_get_amount (TR_RESOURCE (self), PROP_LONGITUDE);
}

void
tr_location_set_longitude (TrLocation     *self,
                           const TrAmount *longitude)
{
  g_return_if_fail (TR_IS_LOCATION (self));

  tr_resource_set_amount (TR_RESOURCE (self), PROP_LONGITUDE, longitude);
}
