/* tr-request.h
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
#include "tr-custom-field.h"
#include "tr-approval-status.h"
#include "tr-employee.h"
#include "tr-location.h"
#include "tr-operation.h"
#include "tr-request-type.h"
#include "tr-resource-link.h"

G_BEGIN_DECLS

#define TR_TYPE_REQUEST (tr_request_get_type ())

/**
 * TrRequest:
 *
 * A travel Request (header). UPDATE output is the PUT whitelist of the API.
 */
G_DECLARE_FINAL_TYPE (TrRequest, tr_request, TR, REQUEST, TrResource)

TrRequest        *tr_request_new                         (void);
TrRequest        *tr_request_new_from_json               (JsonNode  *node,
                                                          GError   **error);
TrRequest        *tr_request_new_from_string             (const char  *json,
                                                          GError     **error);
JsonNode         *tr_request_to_json                     (TrRequest     *self,
                                                          TrJsonPurpose  purpose);
TrRequest        *tr_request_copy                        (TrRequest  *self,
                                                          GError    **error);
const char       *tr_request_get_id                      (TrRequest *self);
const char       *tr_request_get_href                    (TrRequest *self);
const char       *tr_request_get_request_id              (TrRequest *self);
const char       *tr_request_get_name                    (TrRequest *self);
const char       *tr_request_get_business_purpose        (TrRequest *self);
const char       *tr_request_get_comment                 (TrRequest *self);
const GDate      *tr_request_get_start_date              (TrRequest *self);
int               tr_request_get_start_time              (TrRequest *self);
const GDate      *tr_request_get_end_date                (TrRequest *self);
int               tr_request_get_end_time                (TrRequest *self);
TrLocation       *tr_request_get_main_destination        (TrRequest *self);
TrResourceLink   *tr_request_get_policy                  (TrRequest *self);
TrResourceLink   *tr_request_get_expense_policy          (TrRequest *self);
TrResourceLink   *tr_request_get_travel_agency           (TrRequest *self);
TrApprovalStatus *tr_request_get_approval_status         (TrRequest *self);
gboolean          tr_request_get_approved                (TrRequest *self);
gboolean          tr_request_get_pending_approval        (TrRequest *self);
gboolean          tr_request_get_closed                  (TrRequest *self);
gboolean          tr_request_get_canceled_post_approval  (TrRequest *self);
gboolean          tr_request_get_ever_sent_back          (TrRequest *self);
TrEmployee       *tr_request_get_approver                (TrRequest *self);
TrEmployee       *tr_request_get_owner                   (TrRequest *self);
GDateTime        *tr_request_get_creation_date           (TrRequest *self);
GDateTime        *tr_request_get_last_modified           (TrRequest *self);
GDateTime        *tr_request_get_submit_date             (TrRequest *self);
GDateTime        *tr_request_get_authorized_date         (TrRequest *self);
GDateTime        *tr_request_get_approval_limit_date     (TrRequest *self);
const TrAmount   *tr_request_get_total_posted_amount     (TrRequest *self);
const TrAmount   *tr_request_get_total_approved_amount   (TrRequest *self);
const TrAmount   *tr_request_get_total_remaining_amount  (TrRequest *self);
const char       *tr_request_get_highest_exception_level (TrRequest *self);
TrRequestType    *tr_request_get_request_type            (TrRequest *self);
GListModel       *tr_request_get_expense_links           (TrRequest *self);
TrResourceLink   *tr_request_get_comments_link           (TrRequest *self);
TrResourceLink   *tr_request_get_exceptions_link         (TrRequest *self);
TrResourceLink   *tr_request_get_cash_advances_link      (TrRequest *self);
TrResourceLink   *tr_request_get_extension_of            (TrRequest *self);
const char       *tr_request_get_allocation_form_id      (TrRequest *self);
TrResourceLink   *tr_request_get_event_request           (TrRequest *self);
gboolean          tr_request_get_is_parent_request       (TrRequest *self);
const char       *tr_request_get_parent_request_id       (TrRequest *self);
TrResourceLink   *tr_request_get_parent_request          (TrRequest *self);
const char       *tr_request_get_pnr                     (TrRequest *self);
GListModel       *tr_request_get_operations              (TrRequest *self);
void              tr_request_set_name                    (TrRequest  *self,
                                                          const char *name);
void              tr_request_set_business_purpose        (TrRequest  *self,
                                                          const char *business_purpose);
void              tr_request_set_comment                 (TrRequest  *self,
                                                          const char *comment);
void              tr_request_set_start_date              (TrRequest   *self,
                                                          const GDate *start_date);
void              tr_request_set_start_time              (TrRequest *self,
                                                          int        start_time);
void              tr_request_set_end_date                (TrRequest   *self,
                                                          const GDate *end_date);
void              tr_request_set_end_time                (TrRequest *self,
                                                          int        end_time);
void              tr_request_set_main_destination        (TrRequest  *self,
                                                          TrLocation *main_destination);
void              tr_request_set_policy                  (TrRequest      *self,
                                                          TrResourceLink *policy);
void              tr_request_set_expense_policy          (TrRequest      *self,
                                                          TrResourceLink *expense_policy);
void              tr_request_set_travel_agency           (TrRequest      *self,
                                                          TrResourceLink *travel_agency);
void              tr_request_set_parent_request_id       (TrRequest  *self,
                                                          const char *parent_request_id);
TrCustomField    *tr_request_get_custom                  (TrRequest *self,
                                                          guint      n);
void              tr_request_set_custom                  (TrRequest     *self,
                                                          guint          n,
                                                          TrCustomField *field);

const char           *tr_request_get_operation_href (TrRequest  *self,
                                                     const char *rel);
TrApprovalStatusKind  tr_request_get_status_kind    (TrRequest  *self);

G_END_DECLS
