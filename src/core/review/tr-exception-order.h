/* tr-exception-order.h
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

#include "tr-exception.h"
#include "tr-review-error.h"

G_BEGIN_DECLS

int         tr_exception_order_compare (TrException  *a,
                                        TrException  *b);
GListStore *tr_exception_order_sort    (GListModel   *exceptions,
                                        GError      **error);

G_END_DECLS
