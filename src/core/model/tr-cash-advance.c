/* tr-cash-advance.c
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

#include "tr-cash-advance.h"
#include "tr-resource-private.h"

struct _TrCashAdvance
{
  TrResource parent_instance;
};

G_DEFINE_FINAL_TYPE (TrCashAdvance, tr_cash_advance, TR_TYPE_RESOURCE)

enum {
  PROP_0,
  PROP_CASH_ADVANCE_ID,
  PROP_AMOUNT_REQUESTED,
  PROP_APPROVAL_STATUS,
  PROP_COMMENT,
  PROP_EXCHANGE_RATE,
  PROP_ISSUE_DATE,
  PROP_REQUEST_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const TrField fields[N_PROPS] = {
  [PROP_CASH_ADVANCE_ID] = { "cashAdvanceId", "cash-advance-id", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_AMOUNT_REQUESTED] = { "amountRequested", "amount-requested", TR_FIELD_AMOUNT, TR_FIELD_RO, NULL },
  [PROP_APPROVAL_STATUS] = { "approvalStatus", "approval-status", TR_FIELD_OBJECT, TR_FIELD_RO, tr_approval_status_get_type },
  [PROP_COMMENT] = { "comment", "comment", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_EXCHANGE_RATE] = { "exchangeRate", "exchange-rate", TR_FIELD_OBJECT, TR_FIELD_RO, tr_exchange_rate_get_type },
  [PROP_ISSUE_DATE] = { "issueDate", "issue-date", TR_FIELD_TIMESTAMP, TR_FIELD_RO, NULL },
  [PROP_REQUEST_DATE] = { "requestDate", "request-date", TR_FIELD_TIMESTAMP, TR_FIELD_RO, NULL },
};

static void
tr_cash_advance_class_init (TrCashAdvanceClass *klass)
{
  TrResourceClass *resource_class = TR_RESOURCE_CLASS (klass);

  tr_resource_class_install_fields (resource_class, fields, N_PROPS, properties);
}

static void
tr_cash_advance_init (TrCashAdvance *self)
{
}

/**
 * tr_cash_advance_new:
 *
 * Returns: (transfer full): a new, empty #TrCashAdvance
 */
TrCashAdvance *
tr_cash_advance_new (void)
{
  return g_object_new (TR_TYPE_CASH_ADVANCE, NULL);
}

/**
 * tr_cash_advance_new_from_json:
 * @node: a JSON object node
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrCashAdvance
 */
TrCashAdvance *
tr_cash_advance_new_from_json (JsonNode  *node,
                               GError   **error)
{
  return tr_resource_new_from_json (TR_TYPE_CASH_ADVANCE, node, error);
}

/**
 * tr_cash_advance_new_from_string:
 * @json: JSON text
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrCashAdvance
 */
TrCashAdvance *
tr_cash_advance_new_from_string (const char  *json,
                                 GError     **error)
{
  return tr_resource_new_from_string (TR_TYPE_CASH_ADVANCE, json, error);
}

/**
 * tr_cash_advance_to_json:
 * @self: a #TrCashAdvance
 * @purpose: what the JSON is for
 *
 * Returns: (transfer full): see tr_resource_to_json()
 */
JsonNode *
tr_cash_advance_to_json (TrCashAdvance *self,
                         TrJsonPurpose  purpose)
{
  g_return_val_if_fail (TR_IS_CASH_ADVANCE (self), NULL);

  return tr_resource_to_json (TR_RESOURCE (self), purpose);
}

/**
 * tr_cash_advance_copy:
 * @self: a #TrCashAdvance
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): a copy, see tr_resource_copy()
 */
TrCashAdvance *
tr_cash_advance_copy (TrCashAdvance  *self,
                      GError        **error)
{
  g_return_val_if_fail (TR_IS_CASH_ADVANCE (self), NULL);

  return tr_resource_copy (TR_RESOURCE (self), error);
}

const char *
tr_cash_advance_get_cash_advance_id (TrCashAdvance *self)
{
  g_return_val_if_fail (TR_IS_CASH_ADVANCE (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_CASH_ADVANCE_ID);
}

const TrAmount *
tr_cash_advance_get_amount_requested (TrCashAdvance *self)
{
  g_return_val_if_fail (TR_IS_CASH_ADVANCE (self), NULL);

  return tr_resource_get_amount (TR_RESOURCE (self), PROP_AMOUNT_REQUESTED);
}

TrApprovalStatus *
tr_cash_advance_get_approval_status (TrCashAdvance *self)
{
  g_return_val_if_fail (TR_IS_CASH_ADVANCE (self), NULL);

  return tr_resource_get_object (TR_RESOURCE (self), PROP_APPROVAL_STATUS);
}

const char *
tr_cash_advance_get_comment (TrCashAdvance *self)
{
  g_return_val_if_fail (TR_IS_CASH_ADVANCE (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_COMMENT);
}

TrExchangeRate *
tr_cash_advance_get_exchange_rate (TrCashAdvance *self)
{
  g_return_val_if_fail (TR_IS_CASH_ADVANCE (self), NULL);

  return tr_resource_get_object (TR_RESOURCE (self), PROP_EXCHANGE_RATE);
}

GDateTime *
tr_cash_advance_get_issue_date (TrCashAdvance *self)
{
  g_return_val_if_fail (TR_IS_CASH_ADVANCE (self), NULL);

  return tr_resource_get_timestamp (TR_RESOURCE (self), PROP_ISSUE_DATE);
}

GDateTime *
tr_cash_advance_get_request_date (TrCashAdvance *self)
{
  g_return_val_if_fail (TR_IS_CASH_ADVANCE (self), NULL);

  return tr_resource_get_timestamp (TR_RESOURCE (self), PROP_REQUEST_DATE);
}
