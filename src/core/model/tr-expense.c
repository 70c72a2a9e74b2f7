/* tr-expense.c
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

#include "tr-expense.h"
#include "tr-resource-private.h"

struct _TrExpense
{
  TrResource parent_instance;
};

G_DEFINE_FINAL_TYPE (TrExpense, tr_expense, TR_TYPE_RESOURCE)

enum {
  PROP_0,
  PROP_ID,
  PROP_HREF,
  PROP_EXPENSE_TYPE,
  PROP_TRANSACTION_DATE,
  PROP_TRANSACTION_AMOUNT,
  PROP_POSTED_AMOUNT,
  PROP_APPROVED_AMOUNT,
  PROP_REMAINING_AMOUNT,
  PROP_EXCHANGE_RATE,
  PROP_BUSINESS_PURPOSE,
  PROP_LAST_COMMENT,
  PROP_LOCATION,
  PROP_BUDGET_ACCRUAL_DATE,
  PROP_ALLOCATIONS,
  PROP_VENDOR,
  PROP_TRAVEL_ALLOWANCE,
  PROP_SOURCE,
  PROP_TRIP_DATA,
  PROP_PARENT_REQUEST,
  PROP_COMMENTS,
  PROP_LAST_MODIFIED_DATE,
  PROP_IS_PAYMENT_CARD_RELATED,
  PROP_PAYMENT_TYPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const TrField fields[N_PROPS] = {
  [PROP_ID] = { "id", "id", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_HREF] = { "href", "href", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_EXPENSE_TYPE] = { "expenseType", "expense-type", TR_FIELD_OBJECT, TR_FIELD_W, tr_expense_type_get_type },
  [PROP_TRANSACTION_DATE] = { "transactionDate", "transaction-date", TR_FIELD_TIMESTAMP, TR_FIELD_W, NULL },
  [PROP_TRANSACTION_AMOUNT] = { "transactionAmount", "transaction-amount", TR_FIELD_AMOUNT, TR_FIELD_W, NULL },
  [PROP_POSTED_AMOUNT] = { "postedAmount", "posted-amount", TR_FIELD_AMOUNT, TR_FIELD_RO, NULL },
  [PROP_APPROVED_AMOUNT] = { "approvedAmount", "approved-amount", TR_FIELD_AMOUNT, TR_FIELD_RO, NULL },
  [PROP_REMAINING_AMOUNT] = { "remainingAmount", "remaining-amount", TR_FIELD_AMOUNT, TR_FIELD_RO, NULL },
  [PROP_EXCHANGE_RATE] = { "exchangeRate", "exchange-rate", TR_FIELD_OBJECT, TR_FIELD_W, tr_exchange_rate_get_type },
  [PROP_BUSINESS_PURPOSE] = { "businessPurpose", "business-purpose", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_LAST_COMMENT] = { "lastComment", "last-comment", TR_FIELD_STRING, TR_FIELD_W, NULL },
  [PROP_LOCATION] = { "location", "location", TR_FIELD_OBJECT, TR_FIELD_W, tr_location_get_type },
  [PROP_BUDGET_ACCRUAL_DATE] = { "budgetAccrualDate", "budget-accrual-date", TR_FIELD_TIMESTAMP, TR_FIELD_W, NULL },
  [PROP_ALLOCATIONS] = { "allocations", "allocations", TR_FIELD_LIST, TR_FIELD_W, tr_allocation_get_type },
  [PROP_VENDOR] = { "vendor", "vendor", TR_FIELD_OBJECT, TR_FIELD_W, tr_vendor_get_type },
  [PROP_TRAVEL_ALLOWANCE] = { "travelAllowance", "travel-allowance", TR_FIELD_JSON, TR_FIELD_W, NULL },
  [PROP_SOURCE] = { "source", "source", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_TRIP_DATA] = { "tripData", "trip-data", TR_FIELD_OBJECT, TR_FIELD_W, tr_trip_data_get_type },
  [PROP_PARENT_REQUEST] = { "parentRequest", "parent-request", TR_FIELD_OBJECT, TR_FIELD_RO, tr_resource_link_get_type },
  [PROP_COMMENTS] = { "comments", "comments", TR_FIELD_OBJECT, TR_FIELD_RO, tr_resource_link_get_type },
  [PROP_LAST_MODIFIED_DATE] = { "lastModifiedDate", "last-modified-date", TR_FIELD_TIMESTAMP, TR_FIELD_RO, NULL },
  [PROP_IS_PAYMENT_CARD_RELATED] = { "isPaymentCardRelated", "is-payment-card-related", TR_FIELD_BOOLEAN, TR_FIELD_W, NULL },
  [PROP_PAYMENT_TYPE] = { "paymentType", "payment-type", TR_FIELD_JSON, TR_FIELD_W, NULL },
};

static void
tr_expense_class_init (TrExpenseClass *klass)
{
  TrResourceClass *resource_class = TR_RESOURCE_CLASS (klass);

  tr_resource_class_install_fields (resource_class, fields, N_PROPS, properties);
  tr_resource_class_add_numbered (resource_class, "custom", "custom", 40, TR_FIELD_W);
  tr_resource_class_add_numbered (resource_class, "orgUnit", "org-unit", 6, TR_FIELD_W);
}

static void
tr_expense_init (TrExpense *self)
{
}

/**
 * tr_expense_new:
 *
 * Returns: (transfer full): a new, empty #TrExpense
 */
TrExpense *
tr_expense_new (void)
{
  return g_object_new (TR_TYPE_EXPENSE, NULL);
}

/**
 * tr_expense_new_from_json:
 * @node: a JSON object node
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrExpense
 */
TrExpense *
tr_expense_new_from_json (JsonNode  *node,
                          GError   **error)
{
  return tr_resource_new_from_json (TR_TYPE_EXPENSE, node, error);
}

/**
 * tr_expense_new_from_string:
 * @json: JSON text
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrExpense
 */
TrExpense *
tr_expense_new_from_string (const char  *json,
                            GError     **error)
{
  return tr_resource_new_from_string (TR_TYPE_EXPENSE, json, error);
}

/**
 * tr_expense_to_json:
 * @self: a #TrExpense
 * @purpose: what the JSON is for
 *
 * Returns: (transfer full): see tr_resource_to_json()
 */
JsonNode *
tr_expense_to_json (TrExpense     *self,
                    TrJsonPurpose  purpose)
{
  g_return_val_if_fail (TR_IS_EXPENSE (self), NULL);

  return tr_resource_to_json (TR_RESOURCE (self), purpose);
}

/**
 * tr_expense_copy:
 * @self: a #TrExpense
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): a copy, see tr_resource_copy()
 */
TrExpense *
tr_expense_copy (TrExpense  *self,
                 GError    **error)
{
  g_return_val_if_fail (TR_IS_EXPENSE (self), NULL);

  return tr_resource_copy (TR_RESOURCE (self), error);
}

const char *
tr_expense_get_id (TrExpense *self)
{
  g_return_val_if_fail (TR_IS_EXPENSE (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_ID);
}

const char *
tr_expense_get_href (TrExpense *self)
{
  g_return_val_if_fail (TR_IS_EXPENSE (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_HREF);
}

TrExpenseType *
tr_expense_get_expense_type (TrExpense *self)
{
  g_return_val_if_fail (TR_IS_EXPENSE (self), NULL);

  return tr_resource_get_object (TR_RESOURCE (self), PROP_EXPENSE_TYPE);
}

void
tr_expense_set_expense_type (TrExpense     *self,
                             TrExpenseType *expense_type)
{
  g_return_if_fail (TR_IS_EXPENSE (self));

  tr_resource_set_object (TR_RESOURCE (self), PROP_EXPENSE_TYPE, expense_type);
}

GDateTime *
tr_expense_get_transaction_date (TrExpense *self)
{
  g_return_val_if_fail (TR_IS_EXPENSE (self), NULL);

  return tr_resource_get_timestamp (TR_RESOURCE (self), PROP_TRANSACTION_DATE);
}

void
tr_expense_set_transaction_date (TrExpense *self,
                                 GDateTime *transaction_date)
{
  g_return_if_fail (TR_IS_EXPENSE (self));

  tr_resource_set_timestamp (TR_RESOURCE (self), PROP_TRANSACTION_DATE, transaction_date);
}

const TrAmount *
tr_expense_get_transaction_amount (TrExpense *self)
{
  g_return_val_if_fail (TR_IS_EXPENSE (self), NULL);

  return tr_resource_get_amount (TR_RESOURCE (self), PROP_TRANSACTION_AMOUNT);
}

void
tr_expense_set_transaction_amount (TrExpense      *self,
                                   const TrAmount *transaction_amount)
{
  g_return_if_fail (TR_IS_EXPENSE (self));

  tr_resource_set_amount (TR_RESOURCE (self), PROP_TRANSACTION_AMOUNT, transaction_amount);
}

const TrAmount *
tr_expense_get_posted_amount (TrExpense *self)
{
  g_return_val_if_fail (TR_IS_EXPENSE (self), NULL);

  return tr_resource_get_amount (TR_RESOURCE (self), PROP_POSTED_AMOUNT);
}

const TrAmount *
tr_expense_get_approved_amount (TrExpense *self)
{
  g_return_val_if_fail (TR_IS_EXPENSE (self), NULL);

  return tr_resource_get_amount (TR_RESOURCE (self), PROP_APPROVED_AMOUNT);
}

const TrAmount *
tr_expense_get_remaining_amount (TrExpense *self)
{
  g_return_val_if_fail (TR_IS_EXPENSE (self), NULL);

  return tr_resource_get_amount (TR_RESOURCE (self), PROP_REMAINING_AMOUNT);
}

TrExchangeRate *
tr_expense_get_exchange_rate (TrExpense *self)
{
  g_return_val_if_fail (TR_IS_EXPENSE (self), NULL);

  return tr_resource_get_object (TR_RESOURCE (self), PROP_EXCHANGE_RATE);
}

void
tr_expense_set_exchange_rate (TrExpense      *self,
                              TrExchangeRate *exchange_rate)
{
  g_return_if_fail (TR_IS_EXPENSE (self));

  tr_resource_set_object (TR_RESOURCE (self), PROP_EXCHANGE_RATE, exchange_rate);
}

const char *
tr_expense_get_business_purpose (TrExpense *self)
{
  g_return_val_if_fail (TR_IS_EXPENSE (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_BUSINESS_PURPOSE);
}

void
tr_expense_set_business_purpose (TrExpense  *self,
                                 const char *business_purpose)
{
  g_return_if_fail (TR_IS_EXPENSE (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_BUSINESS_PURPOSE, business_purpose);
}

const char *
tr_expense_get_last_comment (TrExpense *self)
{
  g_return_val_if_fail (TR_IS_EXPENSE (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_LAST_COMMENT);
}

void
tr_expense_set_last_comment (TrExpense  *self,
                             const char *last_comment)
{
  g_return_if_fail (TR_IS_EXPENSE (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_LAST_COMMENT, last_comment);
}

TrLocation *
tr_expense_get_location (TrExpense *self)
{
  g_return_val_if_fail (TR_IS_EXPENSE (self), NULL);

  return tr_resource_get_object (TR_RESOURCE (self), PROP_LOCATION);
}

void
tr_expense_set_location (TrExpense  *self,
                         TrLocation *location)
{
  g_return_if_fail (TR_IS_EXPENSE (self));

  tr_resource_set_object (TR_RESOURCE (self), PROP_LOCATION, location);
}

GDateTime *
tr_expense_get_budget_accrual_date (TrExpense *self)
{
  g_return_val_if_fail (TR_IS_EXPENSE (self), NULL);

  return tr_resource_get_timestamp (TR_RESOURCE (self), PROP_BUDGET_ACCRUAL_DATE);
}

void
tr_expense_set_budget_accrual_date (TrExpense *self,
                                    GDateTime *budget_accrual_date)
{
  g_return_if_fail (TR_IS_EXPENSE (self));

  tr_resource_set_timestamp (TR_RESOURCE (self), PROP_BUDGET_ACCRUAL_DATE, budget_accrual_date);
}

GListModel *
tr_expense_get_allocations (TrExpense *self)
{
  g_return_val_if_fail (TR_IS_EXPENSE (self), NULL);

  return tr_resource_get_list (TR_RESOURCE (self), PROP_ALLOCATIONS);
}

TrVendor *
tr_expense_get_vendor (TrExpense *self)
{
  g_return_val_if_fail (TR_IS_EXPENSE (self), NULL);

  return tr_resource_get_object (TR_RESOURCE (self), PROP_VENDOR);
}

void
tr_expense_set_vendor (TrExpense *self,
                       TrVendor  *vendor)
{
  g_return_if_fail (TR_IS_EXPENSE (self));

  tr_resource_set_object (TR_RESOURCE (self), PROP_VENDOR, vendor);
}

JsonNode *
tr_expense_get_travel_allowance (TrExpense *self)
{
  g_return_val_if_fail (TR_IS_EXPENSE (self), NULL);

  return tr_resource_get_json (TR_RESOURCE (self), PROP_TRAVEL_ALLOWANCE);
}

void
tr_expense_set_travel_allowance (TrExpense *self,
                                 JsonNode  *travel_allowance)
{
  g_return_if_fail (TR_IS_EXPENSE (self));

  tr_resource_set_json (TR_RESOURCE (self), PROP_TRAVEL_ALLOWANCE, travel_allowance);
}

const char *
tr_expense_get_source (TrExpense *self)
{
  g_return_val_if_fail (TR_IS_EXPENSE (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_SOURCE);
}

TrTripData *
tr_expense_get_trip_data (TrExpense *self)
{
  g_return_val_if_fail (TR_IS_EXPENSE (self), NULL);

  return tr_resource_get_object (TR_RESOURCE (self), PROP_TRIP_DATA);
}

void
tr_expense_set_trip_data (TrExpense  *self,
                          TrTripData *trip_data)
{
  g_return_if_fail (TR_IS_EXPENSE (self));

  tr_resource_set_object (TR_RESOURCE (self), PROP_TRIP_DATA, trip_data);
}

TrResourceLink *
tr_expense_get_parent_request (TrExpense *self)
{
  g_return_val_if_fail (TR_IS_EXPENSE (self), NULL);

  return tr_resource_get_object (TR_RESOURCE (self), PROP_PARENT_REQUEST);
}

TrResourceLink *
tr_expense_get_comments (TrExpense *self)
{
  g_return_val_if_fail (TR_IS_EXPENSE (self), NULL);

  return tr_resource_get_object (TR_RESOURCE (self), PROP_COMMENTS);
}

GDateTime *
tr_expense_get_last_modified_date (TrExpense *self)
{
  g_return_val_if_fail (TR_IS_EXPENSE (self), NULL);

  return tr_resource_get_timestamp (TR_RESOURCE (self), PROP_LAST_MODIFIED_DATE);
}

gboolean
tr_expense_get_is_payment_card_related (TrExpense *self)
{
  g_return_val_if_fail (TR_IS_EXPENSE (self), FALSE);

  return tr_resource_get_boolean (TR_RESOURCE (self), PROP_IS_PAYMENT_CARD_RELATED);
}

void
tr_expense_set_is_payment_card_related (TrExpense *self,
                                        gboolean   is_payment_card_related)
{
  g_return_if_fail (TR_IS_EXPENSE (self));

  tr_resource_set_boolean (TR_RESOURCE (self), PROP_IS_PAYMENT_CARD_RELATED, is_payment_card_related);
}

JsonNode *
tr_expense_get_payment_type (TrExpense *self)
{
  g_return_val_if_fail (TR_IS_EXPENSE (self), NULL);

  return tr_resource_get_json (TR_RESOURCE (self), PROP_PAYMENT_TYPE);
}

void
tr_expense_set_payment_type (TrExpense *self,
                             JsonNode  *payment_type)
{
  g_return_if_fail (TR_IS_EXPENSE (self));

  tr_resource_set_json (TR_RESOURCE (self), PROP_PAYMENT_TYPE, payment_type);
}

/**
 * tr_expense_get_custom:
 * @self: a #TrExpense
 * @n: 1…40, the `customN` member
 *
 * Returns: (transfer none) (nullable): the custom field
 */
TrCustomField *
tr_expense_get_custom (TrExpense *self,
                       guint      n)
{
  g_return_val_if_fail (TR_IS_EXPENSE (self), NULL);
  g_return_val_if_fail (n >= 1 && n <= 40, NULL);

  return tr_resource_get_object (TR_RESOURCE (self), N_PROPS + n - 1);
}

void
tr_expense_set_custom (TrExpense     *self,
                       guint          n,
                       TrCustomField *field)
{
  g_return_if_fail (TR_IS_EXPENSE (self));
  g_return_if_fail (n >= 1 && n <= 40);

  tr_resource_set_object (TR_RESOURCE (self), N_PROPS + n - 1, field);
}

/**
 * tr_expense_get_org_unit:
 * @self: a #TrExpense
 * @n: 1…6, the `orgUnitN` member
 *
 * Returns: (transfer none) (nullable): the custom field
 */
TrCustomField *
tr_expense_get_org_unit (TrExpense *self,
                         guint      n)
{
  g_return_val_if_fail (TR_IS_EXPENSE (self), NULL);
  g_return_val_if_fail (n >= 1 && n <= 6, NULL);

  return tr_resource_get_object (TR_RESOURCE (self), N_PROPS + 40 + n - 1);
}

void
tr_expense_set_org_unit (TrExpense     *self,
                         guint          n,
                         TrCustomField *field)
{
  g_return_if_fail (TR_IS_EXPENSE (self));
  g_return_if_fail (n >= 1 && n <= 6);

  tr_resource_set_object (TR_RESOURCE (self), N_PROPS + 40 + n - 1, field);
}


/**
 * tr_expense_get_legs:
 * @self: a #TrExpense
 *
 * Returns: (transfer none) (nullable): the legs of the trip data, %NULL
 *   when the expense is not a travel segment
 */
GListModel *
tr_expense_get_legs (TrExpense *self)
{
  TrTripData *trip_data;

  g_return_val_if_fail (TR_IS_EXPENSE (self), NULL);

  trip_data = tr_expense_get_trip_data (self);
  return trip_data ? tr_trip_data_get_legs (trip_data) : NULL;
}

/**
 * tr_expense_list_new_from_json:
 * @node: the array of GET /requests/{id}/expenses (or `{"data": [...]}`)
 * @error: return location for a #TrJsonError; paths read `expenses[i]…`
 *
 * Returns: (transfer full) (nullable): a #GListStore of #TrExpense
 */
GListStore *
tr_expense_list_new_from_json (JsonNode  *node,
                               GError   **error)
{
  return tr_resource_list_new_from_json (TR_TYPE_EXPENSE, node, "expenses", error);
}

GListStore *
tr_expense_list_new_from_string (const char  *json,
                                 GError     **error)
{
  g_autoptr(JsonNode) node = tr_json_from_string (json, error);

  if (node == NULL)
    return NULL;
  return tr_expense_list_new_from_json (node, error);
}
