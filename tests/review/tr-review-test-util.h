/* tr-review-test-util.h
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

JsonNode   *tr_review_test_fixture  (const char  *name);
TrRequest  *tr_review_test_request  (const char  *name);
GListModel *tr_review_test_expenses (const char  *name);
TrRequest  *tr_review_test_edit     (TrRequest   *request,
                                     const char  *member,
                                     JsonNode    *value);
void        tr_review_test_run_loop (gboolean    *done);

G_END_DECLS
