/* tr-cash-advance.h
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
#include "tr-approval-status.h"
#include "tr-exchange-rate.h"

G_BEGIN_DECLS

#define TR_TYPE_CASH_ADVANCE (tr_cash_advance_get_type ())

/**
 * TrCashAdvance:
 *
 * A cash advance (GET /cashadvances/{id}); its approval status codes are the C_* family, kept raw.
 */
G_DECLARE_FINAL_TYPE (TrCashAdvance, tr_cash_advance, TR, CASH_ADVANCE, TrResource)

TrCashAdvance    *tr_cash_advance_new                  (void);
TrCashAdvance    *tr_cash_advance_new_from_json        (JsonNode  *node,
                                                        GError   **error);
TrCashAdvance    *tr_cash_advance_new_from_string      (const char  *json,
                                                        GError     **error);
JsonNode         *tr_cash_advance_to_json              (TrCashAdvance *self,
                                                        TrJsonPurpose  purpose);
TrCashAdvance    *tr_cash_advance_copy                 (TrCashAdvance  *self,
                                                        GError        **error);
const char       *tr_cash_advance_get_cash_advance_id  (TrCashAdvance *self);
const TrAmount   *tr_cash_advance_get_amount_requested (TrCashAdvance *self);
TrApprovalStatus *tr_cash_advance_get_approval_status  (TrCashAdvance *self);
const char       *tr_cash_advance_get_comment          (TrCashAdvance *self);
TrExchangeRate   *tr_cash_advance_get_exchange_rate    (TrCashAdvance *self);
GDateTime        *tr_cash_advance_get_issue_date       (TrCashAdvance *self);
GDateTime        *tr_cash_advance_get_request_date     (TrCashAdvance *self);

G_END_DECLS
