/* tr-approval-status.c
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

#include "tr-approval-status.h"
#include "tr-resource-private.h"

struct _TrApprovalStatus
{
  TrResource parent_instance;
};

G_DEFINE_FINAL_TYPE (TrApprovalStatus, tr_approval_status, TR_TYPE_RESOURCE)

enum {
  PROP_0,
  PROP_CODE,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const TrField fields[N_PROPS] = {
  [PROP_CODE] = { "code", "code", TR_FIELD_STRING, TR_FIELD_RO | TR_FIELD_REQUIRED, NULL },
  [PROP_NAME] = { "name", "name", TR_FIELD_STRING, TR_FIELD_RO, NULL },
};

static void
tr_approval_status_class_init (TrApprovalStatusClass *klass)
{
  TrResourceClass *resource_class = TR_RESOURCE_CLASS (klass);

  tr_resource_class_install_fields (resource_class, fields, N_PROPS, properties);
}

static void
tr_approval_status_init (TrApprovalStatus *self)
{
}

/**
 * tr_approval_status_new:
 *
 * Returns: (transfer full): a new, empty #TrApprovalStatus
 */
TrApprovalStatus *
tr_approval_status_new (void)
{
  return g_object_new (TR_TYPE_APPROVAL_STATUS, NULL);
}

/**
 * tr_approval_status_new_from_json:
 * @node: a JSON object node
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrApprovalStatus
 */
TrApprovalStatus *
tr_approval_status_new_from_json (JsonNode  *node,
                                  GError   **error)
{
  return tr_resource_new_from_json (TR_TYPE_APPROVAL_STATUS, node, error);
}

/**
 * tr_approval_status_new_from_string:
 * @json: JSON text
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrApprovalStatus
 */
TrApprovalStatus *
tr_approval_status_new_from_string (const char  *json,
                                    GError     **error)
{
  return tr_resource_new_from_string (TR_TYPE_APPROVAL_STATUS, json, error);
}

/**
 * tr_approval_status_to_json:
 * @self: a #TrApprovalStatus
 * @purpose: what the JSON is for
 *
 * Returns: (transfer full): see tr_resource_to_json()
 */
JsonNode *
tr_approval_status_to_json (TrApprovalStatus *self,
                            TrJsonPurpose     purpose)
{
  g_return_val_if_fail (TR_IS_APPROVAL_STATUS (self), NULL);

  return tr_resource_to_json (TR_RESOURCE (self), purpose);
}

/**
 * tr_approval_status_copy:
 * @self: a #TrApprovalStatus
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): a copy, see tr_resource_copy()
 */
TrApprovalStatus *
tr_approval_status_copy (TrApprovalStatus  *self,
                         GError           **error)
{
  g_return_val_if_fail (TR_IS_APPROVAL_STATUS (self), NULL);

  return tr_resource_copy (TR_RESOURCE (self), error);
}

const char *
tr_approval_status_get_code (TrApprovalStatus *self)
{
  g_return_val_if_fail (TR_IS_APPROVAL_STATUS (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_CODE);
}

const char *
tr_approval_status_get_name (TrApprovalStatus *self)
{
  g_return_val_if_fail (TR_IS_APPROVAL_STATUS (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_NAME);
}


G_DEFINE_ENUM_TYPE (TrApprovalStatusKind, tr_approval_status_kind,
  G_DEFINE_ENUM_VALUE (TR_APPROVAL_STATUS_KIND_UNKNOWN, "unknown"),
  G_DEFINE_ENUM_VALUE (TR_APPROVAL_STATUS_KIND_NOT_SUBMITTED, "not-submitted"),
  G_DEFINE_ENUM_VALUE (TR_APPROVAL_STATUS_KIND_SUBMITTED, "submitted"),
  G_DEFINE_ENUM_VALUE (TR_APPROVAL_STATUS_KIND_SENT_BACK, "sent-back"),
  G_DEFINE_ENUM_VALUE (TR_APPROVAL_STATUS_KIND_APPROVED, "approved"),
  G_DEFINE_ENUM_VALUE (TR_APPROVAL_STATUS_KIND_CANCELED, "canceled"),
  G_DEFINE_ENUM_VALUE (TR_APPROVAL_STATUS_KIND_PENDING_BOOKING, "pending-booking"))

static const struct {
  const char           *code;
  TrApprovalStatusKind  kind;
} kinds[] = {
  { "NOT_SUBMITTED", TR_APPROVAL_STATUS_KIND_NOT_SUBMITTED },
  { "SUBMITTED", TR_APPROVAL_STATUS_KIND_SUBMITTED },
  { "SENTBACK", TR_APPROVAL_STATUS_KIND_SENT_BACK },
  { "APPROVED", TR_APPROVAL_STATUS_KIND_APPROVED },
  { "CANCELED", TR_APPROVAL_STATUS_KIND_CANCELED },
  { "PENDING_BOOKING", TR_APPROVAL_STATUS_KIND_PENDING_BOOKING },
};

/**
 * tr_approval_status_kind_from_code:
 * @code: (nullable): an `approvalStatus.code`
 *
 * Returns: the kind, %TR_APPROVAL_STATUS_KIND_UNKNOWN for other codes
 */
TrApprovalStatusKind
tr_approval_status_kind_from_code (const char *code)
{
  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (code, kinds[i].code))
      return kinds[i].kind;
  return TR_APPROVAL_STATUS_KIND_UNKNOWN;
}

/**
 * tr_approval_status_get_kind:
 * @self: a #TrApprovalStatus
 *
 * The raw code stays available through tr_approval_status_get_code().
 */
TrApprovalStatusKind
tr_approval_status_get_kind (TrApprovalStatus *self)
{
  g_return_val_if_fail (TR_IS_APPROVAL_STATUS (self), TR_APPROVAL_STATUS_KIND_UNKNOWN);

  return tr_approval_status_kind_from_code (tr_approval_status_get_code (self));
}
