/* tr-request-diff.h
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

#include <gio/gio.h>

#include "tr-expense.h"
#include "tr-request.h"
#include "tr-review-error.h"

G_BEGIN_DECLS

/**
 * TrRequestChangeKind:
 * @TR_REQUEST_CHANGE_FIELD: a header field of the request changed
 * @TR_REQUEST_CHANGE_EXPENSE_ADDED: an expected expense was added
 * @TR_REQUEST_CHANGE_EXPENSE_REMOVED: an expected expense was removed
 * @TR_REQUEST_CHANGE_EXPENSE_CHANGED: an expected expense was changed
 */
typedef enum
{
  TR_REQUEST_CHANGE_FIELD,
  TR_REQUEST_CHANGE_EXPENSE_ADDED,
  TR_REQUEST_CHANGE_EXPENSE_REMOVED,
  TR_REQUEST_CHANGE_EXPENSE_CHANGED,
} TrRequestChangeKind;

/**
 * TrRequestChange:
 * @kind: what changed
 * @key: the JSON member of a field ("businessPurpose", "custom3") or the id
 *   of an expected expense
 * @label: translated label: the field's name, or the expense's type and date
 * @old_value: (nullable): display text of the seen value (fields only)
 * @new_value: (nullable): display text of the current value (fields only)
 * @old_amount: (nullable): the seen amount (expenses, and the total)
 * @new_amount: (nullable): the current amount (expenses, and the total)
 * @details: (nullable): translated labels of what changed in an expense
 *
 * One change between the version of a request an approver saw and the
 * current one. Money stays exact (#TrAmount).
 */
typedef struct
{
  TrRequestChangeKind  kind;
  char                *key;
  char                *label;
  char                *old_value;
  char                *new_value;
  TrAmount            *old_amount;
  TrAmount            *new_amount;
  GStrv                details;
} TrRequestChange;

#define TR_TYPE_REQUEST_CHANGE (tr_request_change_get_type ())

GType            tr_request_change_get_type (void) G_GNUC_CONST;
TrRequestChange *tr_request_change_copy     (const TrRequestChange *self);
void             tr_request_change_free     (TrRequestChange       *self);

GPtrArray       *tr_request_diff            (TrRequest             *seen,
                                             GListModel            *seen_expenses,
                                             TrRequest             *current,
                                             GListModel            *current_expenses,
                                             GError               **error);
const char      *tr_request_field_label     (const char            *member);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrRequestChange, tr_request_change_free)

G_END_DECLS
