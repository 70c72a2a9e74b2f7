/* tr-travel-agency.c
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

#include "tr-travel-agency.h"
#include "tr-resource-private.h"

struct _TrTravelAgency
{
  TrResource parent_instance;
};

G_DEFINE_FINAL_TYPE (TrTravelAgency, tr_travel_agency, TR_TYPE_RESOURCE)

enum {
  PROP_0,
  PROP_HREF,
  PROP_ID,
  PROP_NAME,
  PROP_EMAIL_ADDRESS,
  PROP_PROPOSAL_TYPE,
  PROP_CUSTOMER_ACCOUNT_CODE,
  PROP_CUSTOMER_ACCOUNT_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const TrField fields[N_PROPS] = {
  [PROP_HREF] = { "href", "href", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_ID] = { "id", "id", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_NAME] = { "name", "name", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_EMAIL_ADDRESS] = { "emailAddress", "email-address", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_PROPOSAL_TYPE] = { "proposalType", "proposal-type", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_CUSTOMER_ACCOUNT_CODE] = { "customerAccountCode", "customer-account-code", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_CUSTOMER_ACCOUNT_NAME] = { "customerAccountName", "customer-account-name", TR_FIELD_STRING, TR_FIELD_RO, NULL },
};

static void
tr_travel_agency_class_init (TrTravelAgencyClass *klass)
{
  TrResourceClass *resource_class = TR_RESOURCE_CLASS (klass);

  tr_resource_class_install_fields (resource_class, fields, N_PROPS, properties);
}

static void
tr_travel_agency_init (TrTravelAgency *self)
{
}

/**
 * tr_travel_agency_new:
 *
 * Returns: (transfer full): a new, empty #TrTravelAgency
 */
TrTravelAgency *
tr_travel_agency_new (void)
{
  return g_object_new (TR_TYPE_TRAVEL_AGENCY, NULL);
}

/**
 * tr_travel_agency_new_from_json:
 * @node: a JSON object node
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrTravelAgency
 */
TrTravelAgency *
tr_travel_agency_new_from_json (JsonNode  *node,
                                GError   **error)
{
  return tr_resource_new_from_json (TR_TYPE_TRAVEL_AGENCY, node, error);
}

/**
 * tr_travel_agency_new_from_string:
 * @json: JSON text
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrTravelAgency
 */
TrTravelAgency *
tr_travel_agency_new_from_string (const char  *json,
                                  GError     **error)
{
  return tr_resource_new_from_string (TR_TYPE_TRAVEL_AGENCY, json, error);
}

/**
 * tr_travel_agency_to_json:
 * @self: a #TrTravelAgency
 * @purpose: what the JSON is for
 *
 * Returns: (transfer full): see tr_resource_to_json()
 */
JsonNode *
tr_travel_agency_to_json (TrTravelAgency *self,
                          TrJsonPurpose   purpose)
{
  g_return_val_if_fail (TR_IS_TRAVEL_AGENCY (self), NULL);

  return tr_resource_to_json (TR_RESOURCE (self), purpose);
}

/**
 * tr_travel_agency_copy:
 * @self: a #TrTravelAgency
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): a copy, see tr_resource_copy()
 */
TrTravelAgency *
tr_travel_agency_copy (TrTravelAgency  *self,
                       GError         **error)
{
  g_return_val_if_fail (TR_IS_TRAVEL_AGENCY (self), NULL);

  return tr_resource_copy (TR_RESOURCE (self), error);
}

const char *
tr_travel_agency_get_href (TrTravelAgency *self)
{
  g_return_val_if_fail (TR_IS_TRAVEL_AGENCY (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_HREF);
}

const char *
tr_travel_agency_get_id (TrTravelAgency *self)
{
  g_return_val_if_fail (TR_IS_TRAVEL_AGENCY (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_ID);
}

void
tr_travel_agency_set_id (TrTravelAgency *self,
                         const char     *id)
{
  g_return_if_fail (TR_IS_TRAVEL_AGENCY (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_ID, id);
}

const char *
tr_travel_agency_get_name (TrTravelAgency *self)
{
  g_return_val_if_fail (TR_IS_TRAVEL_AGENCY (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_NAME);
}

const char *
tr_travel_agency_get_email_address (TrTravelAgency *self)
{
  g_return_val_if_fail (TR_IS_TRAVEL_AGENCY (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_EMAIL_ADDRESS);
}

const char *
tr_travel_agency_get_proposal_type (TrTravelAgency *self)
{
  g_return_val_if_fail (TR_IS_TRAVEL_AGENCY (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_PROPOSAL_TYPE);
}

const char *
tr_travel_agency_get_customer_account_code (TrTravelAgency *self)
{
  g_return_val_if_fail (TR_IS_TRAVEL_AGENCY (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_CUSTOMER_ACCOUNT_CODE);
}

const char *
tr_travel_agency_get_customer_account_name (TrTravelAgency *self)
{
  g_return_val_if_fail (TR_IS_TRAVEL_AGENCY (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_CUSTOMER_ACCOUNT_NAME);
}
