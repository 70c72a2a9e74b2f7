/* tr-trip-data.c
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

#include "tr-trip-data.h"
#include "tr-resource-private.h"

struct _TrTripData
{
  TrResource parent_instance;
};

G_DEFINE_FINAL_TYPE (TrTripData, tr_trip_data, TR_TYPE_RESOURCE)

enum {
  PROP_0,
  PROP_SEGMENT_TYPE,
  PROP_TRIP_TYPE,
  PROP_LEGS,
  PROP_AGENCY_BOOKED,
  PROP_SELF_BOOKED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const TrField fields[N_PROPS] = {
  [PROP_SEGMENT_TYPE] = { "segmentType", "segment-type", TR_FIELD_OBJECT, TR_FIELD_W | TR_FIELD_REQUIRED, tr_segment_type_get_type },
  [PROP_TRIP_TYPE] = { "tripType", "trip-type", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_LEGS] = { "legs", "legs", TR_FIELD_LIST, TR_FIELD_W, tr_leg_get_type },
  [PROP_AGENCY_BOOKED] = { "agencyBooked", "agency-booked", TR_FIELD_BOOLEAN, TR_FIELD_W, NULL },
  [PROP_SELF_BOOKED] = { "selfBooked", "self-booked", TR_FIELD_BOOLEAN, TR_FIELD_W, NULL },
};

static void
tr_trip_data_class_init (TrTripDataClass *klass)
{
  TrResourceClass *resource_class = TR_RESOURCE_CLASS (klass);

  tr_resource_class_install_fields (resource_class, fields, N_PROPS, properties);
}

static void
tr_trip_data_init (TrTripData *self)
{
}

/**
 * tr_trip_data_new:
 *
 * Returns: (transfer full): a new, empty #TrTripData
 */
TrTripData *
tr_trip_data_new (void)
{
  return g_object_new (TR_TYPE_TRIP_DATA, NULL);
}

/**
 * tr_trip_data_new_from_json:
 * @node: a JSON object node
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrTripData
 */
TrTripData *
tr_trip_data_new_from_json (JsonNode  *node,
                            GError   **error)
{
  return tr_resource_new_from_json (TR_TYPE_TRIP_DATA, node, error);
}

/**
 * tr_trip_data_new_from_string:
 * @json: JSON text
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrTripData
 */
TrTripData *
tr_trip_data_new_from_string (const char  *json,
                              GError     **error)
{
  return tr_resource_new_from_string (TR_TYPE_TRIP_DATA, json, error);
}

/**
 * tr_trip_data_to_json:
 * @self: a #TrTripData
 * @purpose: what the JSON is for
 *
 * Returns: (transfer full): see tr_resource_to_json()
 */
JsonNode *
tr_trip_data_to_json (TrTripData    *self,
                      TrJsonPurpose  purpose)
{
  g_return_val_if_fail (TR_IS_TRIP_DATA (self), NULL);

  return tr_resource_to_json (TR_RESOURCE (self), purpose);
}

/**
 * tr_trip_data_copy:
 * @self: a #TrTripData
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): a copy, see tr_resource_copy()
 */
TrTripData *
tr_trip_data_copy (TrTripData  *self,
                   GError     **error)
{
  g_return_val_if_fail (TR_IS_TRIP_DATA (self), NULL);

  return tr_resource_copy (TR_RESOURCE (self), error);
}

TrSegmentType *
tr_trip_data_get_segment_type (TrTripData *self)
{
  g_return_val_if_fail (TR_IS_TRIP_DATA (self), NULL);

  return tr_resource_get_object (TR_RESOURCE (self), PROP_SEGMENT_TYPE);
}

void
tr_trip_data_set_segment_type (TrTripData    *self,
                               TrSegmentType *segment_type)
{
  g_return_if_fail (TR_IS_TRIP_DATA (self));

  tr_resource_set_object (TR_RESOURCE (self), PROP_SEGMENT_TYPE, segment_type);
}

const char *
tr_trip_data_get_trip_type (TrTripData *self)
{
  g_return_val_if_fail (TR_IS_TRIP_DATA (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_TRIP_TYPE);
}

void
tr_trip_data_set_trip_type (TrTripData *self,
                            const char *trip_type)
{
  g_return_if_fail (TR_IS_TRIP_DATA (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_TRIP_TYPE, trip_type);
}

GListModel *
tr_trip_data_get_legs (TrTripData *self)
{
  g_return_val_if_fail (TR_IS_TRIP_DATA (self), NULL);

  return tr_resource_get_list (TR_RESOURCE (self), PROP_LEGS);
}

gboolean
tr_trip_data_get_agency_booked (TrTripData *self)
{
  g_return_val_if_fail (TR_IS_TRIP_DATA (self), FALSE);

  return tr_resource_get_boolean (TR_RESOURCE (self), PROP_AGENCY_BOOKED);
}

void
tr_trip_data_set_agency_booked (TrTripData *self,
                                gboolean    agency_booked)
{
  g_return_if_fail (TR_IS_TRIP_DATA (self));

  tr_resource_set_boolean (TR_RESOURCE (self), PROP_AGENCY_BOOKED, agency_booked);
}

gboolean
tr_trip_data_get_self_booked (TrTripData *self)
{
  g_return_val_if_fail (TR_IS_TRIP_DATA (self), FALSE);

  return tr_resource_get_boolean (TR_RESOURCE (self), PROP_SELF_BOOKED);
}

void
tr_trip_data_set_self_booked (TrTripData *self,
                              gboolean    self_booked)
{
  g_return_if_fail (TR_IS_TRIP_DATA (self));

  tr_resource_set_boolean (TR_RESOURCE (self), PROP_SELF_BOOKED, self_booked);
}
