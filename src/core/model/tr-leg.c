/* tr-leg.c
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

#include "tr-leg.h"
#include "tr-resource-private.h"

struct _TrLeg
{
  TrResource parent_instance;
};

G_DEFINE_FINAL_TYPE (TrLeg, tr_leg, TR_TYPE_RESOURCE)

enum {
  PROP_0,
  PROP_ID,
  PROP_START_DATE,
  PROP_START_TIME,
  PROP_END_DATE,
  PROP_END_TIME,
  PROP_START_LOCATION,
  PROP_END_LOCATION,
  PROP_START_LOCATION_DETAIL,
  PROP_END_LOCATION_DETAIL,
  PROP_RETURN_LEG,
  PROP_TRAVEL_CLASS,
  PROP_CLASS_OF_SERVICE,
  PROP_COMMENT,
  PROP_SEGMENT_LOCATOR,
  PROP_VENDOR_NAME,
  PROP_CARD_PROGRAM,
  PROP_CARD_VALIDITY,
  PROP_FLIGHT_NUMBER,
  PROP_SERVICE_NAME,
  PROP_TRAVEL_EXCEPTION_REASON_CODES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const TrField fields[N_PROPS] = {
  [PROP_ID] = { "id", "id", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_START_DATE] = { "startDate", "start-date", TR_FIELD_DATE, TR_FIELD_W, NULL },
  [PROP_START_TIME] = { "startTime", "start-time", TR_FIELD_TIME, TR_FIELD_W, NULL },
  [PROP_END_DATE] = { "endDate", "end-date", TR_FIELD_DATE, TR_FIELD_W, NULL },
  [PROP_END_TIME] = { "endTime", "end-time", TR_FIELD_TIME, TR_FIELD_W, NULL },
  [PROP_START_LOCATION] = { "startLocation", "start-location", TR_FIELD_OBJECT, TR_FIELD_W, tr_location_get_type },
  [PROP_END_LOCATION] = { "endLocation", "end-location", TR_FIELD_OBJECT, TR_FIELD_W, tr_location_get_type },
  [PROP_START_LOCATION_DETAIL] = { "startLocationDetail", "start-location-detail", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_END_LOCATION_DETAIL] = { "endLocationDetail", "end-location-detail", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_RETURN_LEG] = { "returnLeg", "return-leg", TR_FIELD_BOOLEAN, TR_FIELD_W, NULL },
  [PROP_TRAVEL_CLASS] = { "class", "travel-class", TR_FIELD_OBJECT, TR_FIELD_W, tr_custom_field_get_type },
  [PROP_CLASS_OF_SERVICE] = { "classOfService", "class-of-service", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_COMMENT] = { "comment", "comment", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_SEGMENT_LOCATOR] = { "segmentLocator", "segment-locator", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_VENDOR_NAME] = { "vendorName", "vendor-name", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_CARD_PROGRAM] = { "cardProgram", "card-program", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_CARD_VALIDITY] = { "cardValidity", "card-validity", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_FLIGHT_NUMBER] = { "flightNumber", "flight-number", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_SERVICE_NAME] = { "serviceName", "service-name", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_TRAVEL_EXCEPTION_REASON_CODES] = { "travelExceptionReasonCodes", "travel-exception-reason-codes", TR_FIELD_JSON, TR_FIELD_W, NULL },
};

static void
tr_leg_class_init (TrLegClass *klass)
{
  TrResourceClass *resource_class = TR_RESOURCE_CLASS (klass);

  tr_resource_class_install_fields (resource_class, fields, N_PROPS, properties);
  tr_resource_class_add_numbered (resource_class, "custom", "custom", 40, TR_FIELD_W);
}

static void
tr_leg_init (TrLeg *self)
{
}

/**
 * tr_leg_new:
 *
 * Returns: (transfer full): a new, empty #TrLeg
 */
TrLeg *
tr_leg_new (void)
{
  return g_object_new (TR_TYPE_LEG, NULL);
}

/**
 * tr_leg_new_from_json:
 * @node: a JSON object node
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrLeg
 */
TrLeg *
tr_leg_new_from_json (JsonNode  *node,
                      GError   **error)
{
  return tr_resource_new_from_json (TR_TYPE_LEG, node, error);
}

/**
 * tr_leg_new_from_string:
 * @json: JSON text
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrLeg
 */
TrLeg *
tr_leg_new_from_string (const char  *json,
                        GError     **error)
{
  return tr_resource_new_from_string (TR_TYPE_LEG, json, error);
}

/**
 * tr_leg_to_json:
 * @self: a #TrLeg
 * @purpose: what the JSON is for
 *
 * Returns: (transfer full): see tr_resource_to_json()
 */
JsonNode *
tr_leg_to_json (TrLeg         *self,
                TrJsonPurpose  purpose)
{
  g_return_val_if_fail (TR_IS_LEG (self), NULL);

  return tr_resource_to_json (TR_RESOURCE (self), purpose);
}

/**
 * tr_leg_copy:
 * @self: a #TrLeg
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): a copy, see tr_resource_copy()
 */
TrLeg *
tr_leg_copy (TrLeg   *self,
             GError **error)
{
  g_return_val_if_fail (TR_IS_LEG (self), NULL);

  return tr_resource_copy (TR_RESOURCE (self), error);
}

const char *
tr_leg_get_id (TrLeg *self)
{
  g_return_val_if_fail (TR_IS_LEG (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_ID);
}

const GDate *
tr_leg_get_start_date (TrLeg *self)
{
  g_return_val_if_fail (TR_IS_LEG (self), NULL);

  return tr_resource_get_date (TR_RESOURCE (self), PROP_START_DATE);
}

void
tr_leg_set_start_date (TrLeg       *self,
                       const GDate *start_date)
{
  g_return_if_fail (TR_IS_LEG (self));

  tr_resource_set_date (TR_RESOURCE (self), PROP_START_DATE, start_date);
}

int
tr_leg_get_start_time (TrLeg *self)
{
  g_return_val_if_fail (TR_IS_LEG (self), -1);

  return tr_resource_get_time (TR_RESOURCE (self), PROP_START_TIME);
}

void
tr_leg_set_start_time (TrLeg *self,
                       int    start_time)
{
  g_return_if_fail (TR_IS_LEG (self));

  tr_resource_set_time (TR_RESOURCE (self), PROP_START_TIME, start_time);
}

const GDate *
tr_leg_get_end_date (TrLeg *self)
{
  g_return_val_if_fail (TR_IS_LEG (self), NULL);

  return tr_resource_get_date (TR_RESOURCE (self), PROP_END_DATE);
}

void
tr_leg_set_end_date (TrLeg       *self,
                     const GDate *end_date)
{
  g_return_if_fail (TR_IS_LEG (self));

  tr_resource_set_date (TR_RESOURCE (self), PROP_END_DATE, end_date);
}

int
tr_leg_get_end_time (TrLeg *self)
{
  g_return_val_if_fail (TR_IS_LEG (self), -1);

  return tr_resource_get_time (TR_RESOURCE (self), PROP_END_TIME);
}

void
tr_leg_set_end_time (TrLeg *self,
                     int    end_time)
{
  g_return_if_fail (TR_IS_LEG (self));

  tr_resource_set_time (TR_RESOURCE (self), PROP_END_TIME, end_time);
}

TrLocation *
tr_leg_get_start_location (TrLeg *self)
{
  g_return_val_if_fail (TR_IS_LEG (self), NULL);

  return tr_resource_get_object (TR_RESOURCE (self), PROP_START_LOCATION);
}

void
tr_leg_set_start_location (TrLeg      *self,
                           TrLocation *start_location)
{
  g_return_if_fail (TR_IS_LEG (self));

  tr_resource_set_object (TR_RESOURCE (self), PROP_START_LOCATION, start_location);
}

TrLocation *
tr_leg_get_end_location (TrLeg *self)
{
  g_return_val_if_fail (TR_IS_LEG (self), NULL);

  return tr_resource_get_object (TR_RESOURCE (self), PROP_END_LOCATION);
}

void
tr_leg_set_end_location (TrLeg      *self,
                         TrLocation *end_location)
{
  g_return_if_fail (TR_IS_LEG (self));

  tr_resource_set_object (TR_RESOURCE (self), PROP_END_LOCATION, end_location);
}

const char *
tr_leg_get_start_location_detail (TrLeg *self)
{
  g_return_val_if_fail (TR_IS_LEG (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_START_LOCATION_DETAIL);
}

void
tr_leg_set_start_location_detail (TrLeg      *self,
                                  const char *start_location_detail)
{
  g_return_if_fail (TR_IS_LEG (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_START_LOCATION_DETAIL, start_location_detail);
}

const char *
tr_leg_get_end_location_detail (TrLeg *self)
{
  g_return_val_if_fail (TR_IS_LEG (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_END_LOCATION_DETAIL);
}

void
tr_leg_set_end_location_detail (TrLeg      *self,
                                const char *end_location_detail)
{
  g_return_if_fail (TR_IS_LEG (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_END_LOCATION_DETAIL, end_location_detail);
}

gboolean
tr_leg_get_return_leg (TrLeg *self)
{
  g_return_val_if_fail (TR_IS_LEG (self), FALSE);

  return tr_resource_get_boolean (TR_RESOURCE (self), PROP_RETURN_LEG);
}

void
tr_leg_set_return_leg (TrLeg    *self,
                       gboolean  return_leg)
{
  g_return_if_fail (TR_IS_LEG (self));

  tr_resource_set_boolean (TR_RESOURCE (self), PROP_RETURN_LEG, return_leg);
}

TrCustomField *
tr_leg_get_travel_class (TrLeg *self)
{
  g_return_val_if_fail (TR_IS_LEG (self), NULL);

  return tr_resource_get_object (TR_RESOURCE (self), PROP_TRAVEL_CLASS);
}

void
tr_leg_set_travel_class (TrLeg         *self,
                         TrCustomField *travel_class)
{
  g_return_if_fail (TR_IS_LEG (self));

  tr_resource_set_object (TR_RESOURCE (self), PROP_TRAVEL_CLASS, travel_class);
}

const char *
tr_leg_get_class_of_service (TrLeg *self)
{
  g_return_val_if_fail (TR_IS_LEG (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_CLASS_OF_SERVICE);
}

void
tr_leg_set_class_of_service (TrLeg      *self,
                             const char *class_of_service)
{
  g_return_if_fail (TR_IS_LEG (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_CLASS_OF_SERVICE, class_of_service);
}

const char *
tr_leg_get_comment (TrLeg *self)
{
  g_return_val_if_fail (TR_IS_LEG (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_COMMENT);
}

void
tr_leg_set_comment (TrLeg      *self,
                    const char *comment)
{
  g_return_if_fail (TR_IS_LEG (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_COMMENT, comment);
}

const char *
tr_leg_get_segment_locator (TrLeg *self)
{
  g_return_val_if_fail (TR_IS_LEG (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_SEGMENT_LOCATOR);
}

const char *
tr_leg_get_vendor_name (TrLeg *self)
{
  g_return_val_if_fail (TR_IS_LEG (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_VENDOR_NAME);
}

void
tr_leg_set_vendor_name (TrLeg      *self,
                        const char *vendor_name)
{
  g_return_if_fail (TR_IS_LEG (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_VENDOR_NAME, vendor_name);
}

const char *
tr_leg_get_card_program (TrLeg *self)
{
  g_return_val_if_fail (TR_IS_LEG (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_CARD_PROGRAM);
}

void
tr_leg_set_card_program (TrLeg      *self,
                         const char *card_program)
{
  g_return_if_fail (TR_IS_LEG (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_CARD_PROGRAM, card_program);
}

const char *
tr_leg_get_card_validity (TrLeg *self)
{
  g_return_val_if_fail (TR_IS_LEG (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_CARD_VALIDITY);
}

void
tr_leg_set_card_validity (TrLeg      *self,
                          const char *card_validity)
{
  g_return_if_fail (TR_IS_LEG (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_CARD_VALIDITY, card_validity);
}

const char *
tr_leg_get_flight_number (TrLeg *self)
{
  g_return_val_if_fail (TR_IS_LEG (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_FLIGHT_NUMBER);
}

void
tr_leg_set_flight_number (TrLeg      *self,
                          const char *flight_number)
{
  g_return_if_fail (TR_IS_LEG (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_FLIGHT_NUMBER, flight_number);
}

const char *
tr_leg_get_service_name (TrLeg *self)
{
  g_return_val_if_fail (TR_IS_LEG (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_SERVICE_NAME);
}

void
tr_leg_set_service_name (TrLeg      *self,
                         const char *service_name)
{
  g_return_if_fail (TR_IS_LEG (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_SERVICE_NAME, service_name);
}

JsonNode *
tr_leg_get_travel_exception_reason_codes (TrLeg *self)
{
  g_return_val_if_fail (TR_IS_LEG (self), NULL);

  return tr_resource_get_json (TR_RESOURCE (self), PROP_TRAVEL_EXCEPTION_REASON_CODES);
}

void
tr_leg_set_travel_exception_reason_codes (TrLeg    *self,
                                          JsonNode *travel_exception_reason_codes)
{
  g_return_if_fail (TR_IS_LEG (self));

  tr_resource_set_json (TR_RESOURCE (self), PROP_TRAVEL_EXCEPTION_REASON_CODES, travel_exception_reason_codes);
}

/**
 * tr_leg_get_custom:
 * @self: a #TrLeg
 * @n: 1…40, the `customN` member
 *
 * Returns: (transfer none) (nullable): the custom field
 */
TrCustomField *
tr_leg_get_custom (TrLeg *self,
                   guint  n)
{
  g_return_val_if_fail (TR_IS_LEG (self), NULL);
  g_return_val_if_fail (n >= 1 && n <= 40, NULL);

  return tr_resource_get_object (TR_RESOURCE (self), N_PROPS + n - 1);
}

void
tr_leg_set_custom (TrLeg         *self,
                   guint          n,
                   TrCustomField *field)
{
  g_return_if_fail (TR_IS_LEG (self));
  g_return_if_fail (n >= 1 && n <= 40);

  tr_resource_set_object (TR_RESOURCE (self), N_PROPS + n - 1, field);
}
