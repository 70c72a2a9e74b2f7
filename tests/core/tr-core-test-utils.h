/* tr-core-test-utils.h
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

JsonNode   *tr_test_load_fixture   (const char *file_name);
char       *tr_test_fixture_path   (const char *file_name);
gpointer    tr_test_load_resource  (GType       type,
                                    const char *file_name);
gboolean    tr_test_object_has     (JsonNode   *node,
                                    const char *member);
void        tr_test_assert_members (JsonNode   *node,
                                    const char *const *expected);
void        tr_test_assert_json_eq (JsonNode   *actual,
                                    JsonNode   *expected);

G_END_DECLS
