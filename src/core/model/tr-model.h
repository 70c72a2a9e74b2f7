/* tr-model.h
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

/* Umbrella header of the Request v4 model. */

#include "tr-allocation.h"
#include "tr-amount.h"
#include "tr-approval-status.h"
#include "tr-cash-advance.h"
#include "tr-comment.h"
#include "tr-custom-field.h"
#include "tr-employee.h"
#include "tr-exception-source.h"
#include "tr-exception.h"
#include "tr-exchange-rate.h"
#include "tr-expense-type.h"
#include "tr-expense.h"
#include "tr-json.h"
#include "tr-leg.h"
#include "tr-location.h"
#include "tr-operation.h"
#include "tr-policy.h"
#include "tr-request-page.h"
#include "tr-request-type.h"
#include "tr-request.h"
#include "tr-resource-link.h"
#include "tr-resource.h"
#include "tr-segment-type.h"
#include "tr-travel-agency.h"
#include "tr-trip-data.h"
#include "tr-vendor.h"
