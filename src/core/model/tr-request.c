/* tr-request.c
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

#include "tr-request.h"
#include "tr-resource-private.h"

struct _TrRequest
{
  TrResource parent_instance;
};

G_DEFINE_FINAL_TYPE (TrRequest, tr_request, TR_TYPE_RESOURCE)

enum {
  PROP_0,
  PROP_ID,
  PROP_HREF,
  PROP_REQUEST_ID,
  PROP_NAME,
  PROP_BUSINESS_PURPOSE,
  PROP_COMMENT,
  PROP_START_DATE,
  PROP_START_TIME,
  PROP_END_DATE,
  PROP_END_TIME,
  PROP_MAIN_DESTINATION,
  PROP_POLICY,
  PROP_EXPENSE_POLICY,
  PROP_TRAVEL_AGENCY,
  PROP_APPROVAL_STATUS,
  PROP_APPROVED,
  PROP_PENDING_APPROVAL,
  PROP_CLOSED,
  PROP_CANCELED_POST_APPROVAL,
  PROP_EVER_SENT_BACK,
  PROP_APPROVER,
  PROP_OWNER,
  PROP_CREATION_DATE,
  PROP_LAST_MODIFIED,
  PROP_SUBMIT_DATE,
  PROP_AUTHORIZED_DATE,
  PROP_APPROVAL_LIMIT_DATE,
  PROP_TOTAL_POSTED_AMOUNT,
  PROP_TOTAL_APPROVED_AMOUNT,
  PROP_TOTAL_REMAINING_AMOUNT,
  PROP_HIGHEST_EXCEPTION_LEVEL,
  PROP_REQUEST_TYPE,
  PROP_EXPENSE_LINKS,
  PROP_COMMENTS_LINK,
  PROP_EXCEPTIONS_LINK,
  PROP_CASH_ADVANCES_LINK,
  PROP_EXTENSION_OF,
  PROP_ALLOCATION_FORM_ID,
  PROP_EVENT_REQUEST,
  PROP_IS_PARENT_REQUEST,
  PROP_PARENT_REQUEST_ID,
  PROP_PARENT_REQUEST,
  PROP_PNR,
  PROP_OPERATIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const TrField fields[N_PROPS] = {
  [PROP_ID] = { "id", "id", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_HREF] = { "href", "href", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_REQUEST_ID] = { "requestId", "request-id", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_NAME] = { "name", "name", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_BUSINESS_PURPOSE] = { "businessPurpose", "business-purpose", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_COMMENT] = { "comment", "comment", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_START_DATE] = { "startDate", "start-date", TR_FIELD_DATE, TR_FIELD_W, NULL },
  [PROP_START_TIME] = { "startTime", "start-time", TR_FIELD_TIME, TR_FIELD_W, NULL },
  [PROP_END_DATE] = { "endDate", "end-date", TR_FIELD_DATE, TR_FIELD_W, NULL },
  [PROP_END_TIME] = { "endTime", "end-time", TR_FIELD_TIME, TR_FIELD_W, NULL },
  [PROP_MAIN_DESTINATION] = { "mainDestination", "main-destination", TR_FIELD_OBJECT, TR_FIELD_W, tr_location_get_type },
  [PROP_POLICY] = { "policy", "policy", TR_FIELD_OBJECT, TR_FIELD_W, tr_resource_link_get_type },
  [PROP_EXPENSE_POLICY] = { "expensePolicy", "expense-policy", TR_FIELD_OBJECT, TR_FIELD_W, tr_resource_link_get_type },
  [PROP_TRAVEL_AGENCY] = { "travelAgency", "travel-agency", TR_FIELD_OBJECT, TR_FIELD_W, tr_resource_link_get_type },
  [PROP_APPROVAL_STATUS] = { "approvalStatus", "approval-status", TR_FIELD_OBJECT, TR_FIELD_RO, tr_approval_status_get_type },
  [PROP_APPROVED] = { "approved", "approved", TR_FIELD_BOOLEAN, TR_FIELD_RO, NULL },
  [PROP_PENDING_APPROVAL] = { "pendingApproval", "pending-approval", TR_FIELD_BOOLEAN, TR_FIELD_RO, NULL },
  [PROP_CLOSED] = { "closed", "closed", TR_FIELD_BOOLEAN, TR_FIELD_RO, NULL },
  [PROP_CANCELED_POST_APPROVAL] = { "canceledPostApproval", "canceled-post-approval", TR_FIELD_BOOLEAN, TR_FIELD_RO, NULL },
  [PROP_EVER_SENT_BACK] = { "everSentBack", "ever-sent-back", TR_FIELD_BOOLEAN, TR_FIELD_RO, NULL },
  [PROP_APPROVER] = { "approver", "approver", TR_FIELD_OBJECT, TR_FIELD_RO, tr_employee_get_type },
  [PROP_OWNER] = { "owner", "owner", TR_FIELD_OBJECT, TR_FIELD_RO, tr_employee_get_type },
  [PROP_CREATION_DATE] = { "creationDate", "creation-date", TR_FIELD_TIMESTAMP, TR_FIELD_RO, NULL },
  [PROP_LAST_MODIFIED] = { "lastModified", "last-modified", TR_FIELD_TIMESTAMP, TR_FIELD_RO, NULL },
  [PROP_SUBMIT_DATE] = { "submitDate", "submit-date", TR_FIELD_TIMESTAMP, TR_FIELD_RO, NULL },
  [PROP_AUTHORIZED_DATE] = { "authorizedDate", "authorized-date", TR_FIELD_TIMESTAMP, TR_FIELD_RO, NULL },
  [PROP_APPROVAL_LIMIT_DATE] = { "approvalLimitDate", "approval-limit-date", TR_FIELD_TIMESTAMP, TR_FIELD_RO, NULL },
  [PROP_TOTAL_POSTED_AMOUNT] = { "totalPostedAmount", "total-posted-amount", TR_FIELD_AMOUNT, TR_FIELD_RO, NULL },
  [PROP_TOTAL_APPROVED_AMOUNT] = { "totalApprovedAmount", "total-approved-amount", TR_FIELD_AMOUNT, TR_FIELD_RO, NULL },
  [PROP_TOTAL_REMAINING_AMOUNT] = { "totalRemainingAmount", "total-remaining-amount", TR_FIELD_AMOUNT, TR_FIELD_RO, NULL },
  [PROP_HIGHEST_EXCEPTION_LEVEL] = { "highestExceptionLevel", "highest-exception-level", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_REQUEST_TYPE] = { "type", "request-type", TR_FIELD_OBJECT, TR_FIELD_RO, tr_request_type_get_type },
  [PROP_EXPENSE_LINKS] = { "expenses", "expense-links", TR_FIELD_LIST, TR_FIELD_RO, tr_resource_link_get_type },
  [PROP_COMMENTS_LINK] = { "comments", "comments-link", TR_FIELD_OBJECT, TR_FIELD_RO, tr_resource_link_get_type },
  [PROP_EXCEPTIONS_LINK] = { "exceptions", "exceptions-link", TR_FIELD_OBJECT, TR_FIELD_RO, tr_resource_link_get_type },
  [PROP_CASH_ADVANCES_LINK] = { "cashAdvances", "cash-advances-link", TR_FIELD_OBJECT, TR_FIELD_RO, tr_resource_link_get_type },
  [PROP_EXTENSION_OF] = { "extensionOf", "extension-of", TR_FIELD_OBJECT, TR_FIELD_RO, tr_resource_link_get_type },
  [PROP_ALLOCATION_FORM_ID] = { "allocationFormId", "allocation-form-id", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_EVENT_REQUEST] = { "eventRequest", "event-request", TR_FIELD_OBJECT, TR_FIELD_RO, tr_resource_link_get_type },
  [PROP_IS_PARENT_REQUEST] = { "isParentRequest", "is-parent-request", TR_FIELD_BOOLEAN, TR_FIELD_RO, NULL },
  [PROP_PARENT_REQUEST_ID] = { "parentRequestId", "parent-request-id", TR_FIELD_STRING, TR_FIELD_CREATE, NULL },
  [PROP_PARENT_REQUEST] = { "parentRequest", "parent-request", TR_FIELD_OBJECT, TR_FIELD_RO, tr_resource_link_get_type },
  [PROP_PNR] = { "pnr", "pnr", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_OPERATIONS] = { "operations", "operations", TR_FIELD_LIST, TR_FIELD_RO, tr_operation_get_type },
};

static void
tr_request_class_init (TrRequestClass *klass)
{
  TrResourceClass *resource_class = TR_RESOURCE_CLASS (klass);

  tr_resource_class_install_fields (resource_class, fields, N_PROPS, properties);
  tr_resource_class_add_numbered (resource_class, "custom", "custom", 20, TR_FIELD_W);
}

static void
tr_request_init (TrRequest *self)
{
}

/**
 * tr_request_new:
 *
 * Returns: (transfer full): a new, empty #TrRequest
 */
TrRequest *
tr_request_new (void)
{
  return g_object_new (TR_TYPE_REQUEST, NULL);
}

/**
 * tr_request_new_from_json:
 * @node: a JSON object node
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrRequest
 */
TrRequest *
tr_request_new_from_json (JsonNode  *node,
                          GError   **error)
{
  return tr_resource_new_from_json (TR_TYPE_REQUEST, node, error);
}

/**
 * tr_request_new_from_string:
 * @json: JSON text
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrRequest
 */
TrRequest *
tr_request_new_from_string (const char  *json,
                            GError     **error)
{
  return tr_resource_new_from_string (TR_TYPE_REQUEST, json, error);
}

/**
 * tr_request_to_json:
 * @self: a #TrRequest
 * @purpose: what the JSON is for
 *
 * Returns: (transfer full): see tr_resource_to_json()
 */
JsonNode *
tr_request_to_json (TrRequest     *self,
                    TrJsonPurpose  purpose)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_to_json (TR_RESOURCE (self), purpose);
}

/**
 * tr_request_copy:
 * @self: a #TrRequest
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): a copy, see tr_resource_copy()
 */
TrRequest *
tr_request_copy (TrRequest  *self,
                 GError    **error)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_copy (TR_RESOURCE (self), error);
}

const char *
tr_request_get_id (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_ID);
}

const char *
tr_request_get_href (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_HREF);
}

const char *
tr_request_get_request_id (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_REQUEST_ID);
}

const char *
tr_request_get_name (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_NAME);
}

void
tr_request_set_name (TrRequest  *self,
                     const char *name)
{
  g_return_if_fail (TR_IS_REQUEST (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_NAME, name);
}

const char *
tr_request_get_business_purpose (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_BUSINESS_PURPOSE);
}

void
tr_request_set_business_purpose (TrRequest  *self,
                                 const char *business_purpose)
{
  g_return_if_fail (TR_IS_REQUEST (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_BUSINESS_PURPOSE, business_purpose);
}

const char *
tr_request_get_comment (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_COMMENT);
}

void
tr_request_set_comment (TrRequest  *self,
                        const char *comment)
{
  g_return_if_fail (TR_IS_REQUEST (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_COMMENT, comment);
}

const GDate *
tr_request_get_start_date (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_date (TR_RESOURCE (self), PROP_START_DATE);
}

void
tr_request_set_start_date (TrRequest   *self,
                           const GDate *start_date)
{
  g_return_if_fail (TR_IS_REQUEST (self));

  tr_resource_set_date (TR_RESOURCE (self), PROP_START_DATE, start_date);
}

int
tr_request_get_start_time (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), -1);

  return tr_resource_get_time (TR_RESOURCE (self), PROP_START_TIME);
}

void
tr_request_set_start_time (TrRequest *self,
                           int        start_time)
{
  g_return_if_fail (TR_IS_REQUEST (self));

  tr_resource_set_time (TR_RESOURCE (self), PROP_START_TIME, start_time);
}

const GDate *
tr_request_get_end_date (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_date (TR_RESOURCE (self), PROP_END_DATE);
}

void
tr_request_set_end_date (TrRequest   *self,
                         const GDate *end_date)
{
  g_return_if_fail (TR_IS_REQUEST (self));

  tr_resource_set_date (TR_RESOURCE (self), PROP_END_DATE, end_date);
}

int
tr_request_get_end_time (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), -1);

  return tr_resource_get_time (TR_RESOURCE (self), PROP_END_TIME);
}

void
tr_request_set_end_time (TrRequest *self,
                         int        end_time)
{
  g_return_if_fail (TR_IS_REQUEST (self));

  tr_resource_set_time (TR_RESOURCE (self), PROP_END_TIME, end_time);
}

TrLocation *
tr_request_get_main_destination (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_object (TR_RESOURCE (self), PROP_MAIN_DESTINATION);
}

void
tr_request_set_main_destination (TrRequest  *self,
                                 TrLocation *main_destination)
{
  g_return_if_fail (TR_IS_REQUEST (self));

  tr_resource_set_object (TR_RESOURCE (self), PROP_MAIN_DESTINATION, main_destination);
}

TrResourceLink *
tr_request_get_policy (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_object (TR_RESOURCE (self), PROP_POLICY);
}

void
tr_request_set_policy (TrRequest      *self,
                       TrResourceLink *policy)
{
  g_return_if_fail (TR_IS_REQUEST (self));

  tr_resource_set_object (TR_RESOURCE (self), PROP_POLICY, policy);
}

TrResourceLink *
tr_request_get_expense_policy (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_object (TR_RESOURCE (self), PROP_EXPENSE_POLICY);
}

void
tr_request_set_expense_policy (TrRequest      *self,
                               TrResourceLink *expense_policy)
{
  g_return_if_fail (TR_IS_REQUEST (self));

  tr_resource_set_object (TR_RESOURCE (self), PROP_EXPENSE_POLICY, expense_policy);
}

TrResourceLink *
tr_request_get_travel_agency (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_object (TR_RESOURCE (self), PROP_TRAVEL_AGENCY);
}

void
tr_request_set_travel_agency (TrRequest      *self,
                              TrResourceLink *travel_agency)
{
  g_return_if_fail (TR_IS_REQUEST (self));

  tr_resource_set_object (TR_RESOURCE (self), PROP_TRAVEL_AGENCY, travel_agency);
}

TrApprovalStatus *
tr_request_get_approval_status (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_object (TR_RESOURCE (self), PROP_APPROVAL_STATUS);
}

gboolean
tr_request_get_approved (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), FALSE);

  return tr_resource_get_boolean (TR_RESOURCE (self), PROP_APPROVED);
}

gboolean
tr_request_get_pending_approval (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), FALSE);

  return tr_resource_get_boolean (TR_RESOURCE (self), PROP_PENDING_APPROVAL);
}

gboolean
tr_request_get_closed (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), FALSE);

  return tr_resource_get_boolean (TR_RESOURCE (self), PROP_CLOSED);
}

gboolean
tr_request_get_canceled_post_approval (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), FALSE);

  return tr_resource_get_boolean (TR_RESOURCE (self), PROP_CANCELED_POST_APPROVAL);
}

gboolean
tr_request_get_ever_sent_back (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), FALSE);

  return tr_resource_get_boolean (TR_RESOURCE (self), PROP_EVER_SENT_BACK);
}

TrEmployee *
tr_request_get_approver (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_object (TR_RESOURCE (self), PROP_APPROVER);
}

TrEmployee *
tr_request_get_owner (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_object (TR_RESOURCE (self), PROP_OWNER);
}

GDateTime *
tr_request_get_creation_date (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_timestamp (TR_RESOURCE (self), PROP_CREATION_DATE);
}

GDateTime *
tr_request_get_last_modified (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_timestamp (TR_RESOURCE (self), PROP_LAST_MODIFIED);
}

GDateTime *
tr_request_get_submit_date (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_timestamp (TR_RESOURCE (self), PROP_SUBMIT_DATE);
}

GDateTime *
tr_request_get_authorized_date (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_timestamp (TR_RESOURCE (self), PROP_AUTHORIZED_DATE);
}

GDateTime *
tr_request_get_approval_limit_date (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_timestamp (TR_RESOURCE (self), PROP_APPROVAL_LIMIT_DATE);
}

const TrAmount *
tr_request_get_total_posted_amount (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_amount (TR_RESOURCE (self), PROP_TOTAL_POSTED_AMOUNT);
}

const TrAmount *
tr_request_get_total_approved_amount (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_amount (TR_RESOURCE (self), PROP_TOTAL_APPROVED_AMOUNT);
}

const TrAmount *
tr_request_get_total_remaining_amount (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_amount (TR_RESOURCE (self), PROP_TOTAL_REMAINING_AMOUNT);
}

const char *
tr_request_get_highest_exception_level (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_HIGHEST_EXCEPTION_LEVEL);
}

TrRequestType *
tr_request_get_request_type (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_object (TR_RESOURCE (self), PROP_REQUEST_TYPE);
}

GListModel *
tr_request_get_expense_links (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_list (TR_RESOURCE (self), PROP_EXPENSE_LINKS);
}

TrResourceLink *
tr_request_get_comments_link (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_object (TR_RESOURCE (self), PROP_COMMENTS_LINK);
}

TrResourceLink *
tr_request_get_exceptions_link (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_object (TR_RESOURCE (self), PROP_EXCEPTIONS_LINK);
}

TrResourceLink *
tr_request_get_cash_advances_link (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_object (TR_RESOURCE (self), PROP_CASH_ADVANCES_LINK);
}

TrResourceLink *
tr_request_get_extension_of (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_object (TR_RESOURCE (self), PROP_EXTENSION_OF);
}

const char *
tr_request_get_allocation_form_id (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_ALLOCATION_FORM_ID);
}

TrResourceLink *
tr_request_get_event_request (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_object (TR_RESOURCE (self), PROP_EVENT_REQUEST);
}

gboolean
tr_request_get_is_parent_request (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), FALSE);

  return tr_resource_get_boolean (TR_RESOURCE (self), PROP_IS_PARENT_REQUEST);
}

const char *
tr_request_get_parent_request_id (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_PARENT_REQUEST_ID);
}

void
tr_request_set_parent_request_id (TrRequest  *self,
                                  const char *parent_request_id)
{
  g_return_if_fail (TR_IS_REQUEST (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_PARENT_REQUEST_ID, parent_request_id);
}

TrResourceLink *
tr_request_get_parent_request (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_object (TR_RESOURCE (self), PROP_PARENT_REQUEST);
}

const char *
tr_request_get_pnr (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_PNR);
}

GListModel *
tr_request_get_operations (TrRequest *self)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);

  return tr_resource_get_list (TR_RESOURCE (self), PROP_OPERATIONS);
}

/**
 * tr_request_get_custom:
 * @self: a #TrRequest
 * @n: 1…20, the `customN` member
 *
 * Returns: (transfer none) (nullable): the custom field
 */
TrCustomField *
tr_request_get_custom (TrRequest *self,
                       guint      n)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);
  g_return_val_if_fail (n >= 1 && n <= 20, NULL);

  return tr_resource_get_object (TR_RESOURCE (self), N_PROPS + n - 1);
}

void
tr_request_set_custom (TrRequest     *self,
                       guint          n,
                       TrCustomField *field)
{
  g_return_if_fail (TR_IS_REQUEST (self));
  g_return_if_fail (n >= 1 && n <= 20);

  tr_resource_set_object (TR_RESOURCE (self), N_PROPS + n - 1, field);
}


/* The href of the first operation whose rel is @rel, or NULL. */
static const char *
find_operation_href (GListModel *operations,
                     const char *rel)
{
  for (guint i = 0; i < g_list_model_get_n_items (operations); i++)
    {
      g_autoptr(TrOperation) op = g_list_model_get_item (operations, i);

      if (g_strcmp0 (tr_operation_get_rel (op), rel) == 0)
        return tr_operation_get_href (op);
    }
  return NULL;
}

/**
 * tr_request_get_operation_href:
 * @self: a #TrRequest
 * @rel: a workflow action, e.g. `submit`
 *
 * Drive the UI from this, never from the status.
 *
 * Returns: (nullable): the action's link, %NULL if not offered
 */
const char *
tr_request_get_operation_href (TrRequest  *self,
                               const char *rel)
{
  g_return_val_if_fail (TR_IS_REQUEST (self), NULL);
  g_return_val_if_fail (rel != NULL, NULL);

  return find_operation_href (tr_request_get_operations (self), rel);
}

/**
 * tr_request_get_status_kind:
 * @self: a #TrRequest
 *
 * Returns: the kind of `approvalStatus`, UNKNOWN when absent or unknown
 */
TrApprovalStatusKind
tr_request_get_status_kind (TrRequest *self)
{
  TrApprovalStatus *status;

  g_return_val_if_fail (TR_IS_REQUEST (self), TR_APPROVAL_STATUS_KIND_UNKNOWN);

  status = tr_request_get_approval_status (self);
  return status ? tr_approval_status_get_kind (status) : TR_APPROVAL_STATUS_KIND_UNKNOWN;
}
