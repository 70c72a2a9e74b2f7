/* tr-approval-status.h
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

#pragma once

#include "tr-resource.h"
#include "tr-amount.h"

G_BEGIN_DECLS

#define TR_TYPE_APPROVAL_STATUS (tr_approval_status_get_type ())

/**
 * TrApprovalStatus:
 *
 * An `approvalStatus` `{code, name}`; unknown codes keep their raw code and the server name.
 */
G_DECLARE_FINAL_TYPE (TrApprovalStatus, tr_approval_status, TR, APPROVAL_STATUS, TrResource)

TrApprovalStatus *tr_approval_status_new             (void);
TrApprovalStatus *tr_approval_status_new_from_json   (JsonNode  *node,
                                                      GError   **error);
TrApprovalStatus *tr_approval_status_new_from_string (const char  *json,
                                                      GError     **error);
JsonNode         *tr_approval_status_to_json         (TrApprovalStatus *self,
                                                      TrJsonPurpose     purpose);
TrApprovalStatus *tr_approval_status_copy            (TrApprovalStatus  *self,
                                                      GError           **error);
const char       *tr_approval_status_get_code        (TrApprovalStatus *self);
const char       *tr_approval_status_get_name        (TrApprovalStatus *self);

/**
 * TrApprovalStatusKind:
 * @TR_APPROVAL_STATUS_KIND_UNKNOWN: a code this client does not know; show
 *   the server's `name` as is
 * @TR_APPROVAL_STATUS_KIND_NOT_SUBMITTED: `NOT_SUBMITTED`
 * @TR_APPROVAL_STATUS_KIND_SUBMITTED: `SUBMITTED`
 * @TR_APPROVAL_STATUS_KIND_SENT_BACK: `SENTBACK`
 * @TR_APPROVAL_STATUS_KIND_APPROVED: `APPROVED`
 * @TR_APPROVAL_STATUS_KIND_CANCELED: `CANCELED`
 * @TR_APPROVAL_STATUS_KIND_PENDING_BOOKING: `PENDING_BOOKING`
 */
typedef enum
{
  TR_APPROVAL_STATUS_KIND_UNKNOWN,
  TR_APPROVAL_STATUS_KIND_NOT_SUBMITTED,
  TR_APPROVAL_STATUS_KIND_SUBMITTED,
  TR_APPROVAL_STATUS_KIND_SENT_BACK,
  TR_APPROVAL_STATUS_KIND_APPROVED,
  TR_APPROVAL_STATUS_KIND_CANCELED,
  TR_APPROVAL_STATUS_KIND_PENDING_BOOKING,
} TrApprovalStatusKind;

#define TR_TYPE_APPROVAL_STATUS_KIND (tr_approval_status_kind_get_type ())
GType                tr_approval_status_kind_get_type (void) G_GNUC_CONST;

TrApprovalStatusKind tr_approval_status_kind_from_code (const char       *code);
TrApprovalStatusKind tr_approval_status_get_kind       (TrApprovalStatus *self);

G_END_DECLS
