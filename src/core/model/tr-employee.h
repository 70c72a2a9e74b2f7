/* tr-employee.h
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

#define TR_TYPE_EMPLOYEE (tr_employee_get_type ())

/**
 * TrEmployee:
 *
 * An owner or approver `{id, firstName, lastName, middleInitial, href, template}`.
 */
G_DECLARE_FINAL_TYPE (TrEmployee, tr_employee, TR, EMPLOYEE, TrResource)

TrEmployee *tr_employee_new                (void);
TrEmployee *tr_employee_new_from_json      (JsonNode  *node,
                                            GError   **error);
TrEmployee *tr_employee_new_from_string    (const char  *json,
                                            GError     **error);
JsonNode   *tr_employee_to_json            (TrEmployee    *self,
                                            TrJsonPurpose  purpose);
TrEmployee *tr_employee_copy               (TrEmployee  *self,
                                            GError     **error);
const char *tr_employee_get_id             (TrEmployee *self);
const char *tr_employee_get_first_name     (TrEmployee *self);
const char *tr_employee_get_last_name      (TrEmployee *self);
const char *tr_employee_get_middle_initial (TrEmployee *self);
const char *tr_employee_get_href           (TrEmployee *self);
const char *tr_employee_get_template       (TrEmployee *self);

char           *tr_employee_dup_display_name (TrEmployee *self);

G_END_DECLS
