/* tr-expense.h
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
#include "tr-allocation.h"
#include "tr-exchange-rate.h"
#include "tr-expense-type.h"
#include "tr-location.h"
#include "tr-resource-link.h"
#include "tr-trip-data.h"
#include "tr-vendor.h"

G_BEGIN_DECLS

#define TR_TYPE_EXPENSE (tr_expense_get_type ())

/**
 * TrExpense:
 *
 * An expected expense. UPDATE output is the full writable expense (its PUT is a full replace).
 */
G_DECLARE_FINAL_TYPE (TrExpense, tr_expense, TR, EXPENSE, TrResource)

TrExpense      *tr_expense_new                         (void);
TrExpense      *tr_expense_new_from_json               (JsonNode  *node,
                                                        GError   **error);
TrExpense      *tr_expense_new_from_string             (const char  *json,
                                                        GError     **error);
JsonNode       *tr_expense_to_json                     (TrExpense     *self,
                                                        TrJsonPurpose  purpose);
TrExpense      *tr_expense_copy                        (TrExpense  *self,
                                                        GError    **error);
const char     *tr_expense_get_id                      (TrExpense *self);
const char     *tr_expense_get_href                    (TrExpense *self);
TrExpenseType  *tr_expense_get_expense_type            (TrExpense *self);
GDateTime      *tr_expense_get_transaction_date        (TrExpense *self);
const TrAmount *tr_expense_get_transaction_amount      (TrExpense *self);
const TrAmount *tr_expense_get_posted_amount           (TrExpense *self);
const TrAmount *tr_expense_get_approved_amount         (TrExpense *self);
const TrAmount *tr_expense_get_remaining_amount        (TrExpense *self);
TrExchangeRate *tr_expense_get_exchange_rate           (TrExpense *self);
const char     *tr_expense_get_business_purpose        (TrExpense *self);
const char     *tr_expense_get_last_comment            (TrExpense *self);
TrLocation     *tr_expense_get_location                (TrExpense *self);
GDateTime      *tr_expense_get_budget_accrual_date     (TrExpense *self);
GListModel     *tr_expense_get_allocations             (TrExpense *self);
TrVendor       *tr_expense_get_vendor                  (TrExpense *self);
JsonNode       *tr_expense_get_travel_allowance        (TrExpense *self);
const char     *tr_expense_get_source                  (TrExpense *self);
TrTripData     *tr_expense_get_trip_data               (TrExpense *self);
TrResourceLink *tr_expense_get_parent_request          (TrExpense *self);
TrResourceLink *tr_expense_get_comments                (TrExpense *self);
GDateTime      *tr_expense_get_last_modified_date      (TrExpense *self);
gboolean        tr_expense_get_is_payment_card_related (TrExpense *self);
JsonNode       *tr_expense_get_payment_type            (TrExpense *self);
void            tr_expense_set_expense_type            (TrExpense     *self,
                                                        TrExpenseType *expense_type);
void            tr_expense_set_transaction_date        (TrExpense *self,
                                                        GDateTime *transaction_date);
void            tr_expense_set_transaction_amount      (TrExpense      *self,
                                                        const TrAmount *transaction_amount);
void            tr_expense_set_exchange_rate           (TrExpense      *self,
                                                        TrExchangeRate *exchange_rate);
void            tr_expense_set_business_purpose        (TrExpense  *self,
                                                        const char *business_purpose);
void            tr_expense_set_last_comment            (TrExpense  *self,
                                                        const char *last_comment);
void            tr_expense_set_location                (TrExpense  *self,
                                                        TrLocation *location);
void            tr_expense_set_budget_accrual_date     (TrExpense *self,
                                                        GDateTime *budget_accrual_date);
void            tr_expense_set_vendor                  (TrExpense *self,
                                                        TrVendor  *vendor);
void            tr_expense_set_travel_allowance        (TrExpense *self,
                                                        JsonNode  *travel_allowance);
void            tr_expense_set_trip_data               (TrExpense  *self,
                                                        TrTripData *trip_data);
void            tr_expense_set_is_payment_card_related (TrExpense *self,
                                                        gboolean   is_payment_card_related);
void            tr_expense_set_payment_type            (TrExpense *self,
                                                        JsonNode  *payment_type);
TrCustomField  *tr_expense_get_custom                  (TrExpense *self,
                                                        guint      n);
void            tr_expense_set_custom                  (TrExpense     *self,
                                                        guint          n,
                                                        TrCustomField *field);
TrCustomField  *tr_expense_get_org_unit                (TrExpense *self,
                                                        guint      n);
void            tr_expense_set_org_unit                (TrExpense     *self,
                                                        guint          n,
                                                        TrCustomField *field);

GListModel     *tr_expense_get_legs (TrExpense *self);

GListStore     *tr_expense_list_new_from_json (JsonNode       *node,
                                               GError        **error);
GListStore     *tr_expense_list_new_from_string (const char   *json,
                                                 GError      **error);

G_END_DECLS
