/* tr-export-test-utils.h
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

#include "tr-model.h"

G_BEGIN_DECLS

TrRequest  *tr_export_test_load_request  (const char *file_name);
GListModel *tr_export_test_load_expenses (const char *file_name);
TrLocation *tr_export_test_location      (const char *iata,
                                          const char *country,
                                          const char *subdivision,
                                          const char *city);
TrExpense  *tr_export_test_segment       (const char *id,
                                          const char *segment_code,
                                          const char *legs_json);
TrRequest  *tr_export_test_request       (const char *id,
                                          const char *name);

G_END_DECLS
