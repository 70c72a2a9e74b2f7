/* tr-ui-test-utils.h
 *
 * Copyright 2026 The Travel Requests authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <http://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* How tr_ui_test_request() builds request number i (0-based). */
#define TR_UI_TEST_UNDATED(i)  ((i) % 50 == 0)
#define TR_UI_TEST_CLOSED(i)   ((i) % 10 == 9)
#define TR_UI_TEST_STATUS(i)   ((i) % 6)

extern const char *const tr_ui_test_status_codes[6];
extern const char *const tr_ui_test_destinations[4];

gboolean   tr_ui_test_init_display  (void);
JsonNode  *tr_ui_test_request       (guint        i);
JsonArray *tr_ui_test_requests      (guint        first,
                                     guint        n);
gboolean   tr_ui_test_wait_for      (gboolean   (*done) (gpointer data),
                                     gpointer     data,
                                     guint        timeout_ms);

char      *tr_ui_test_save_screenshot (GtkWidget   *window,
                                      const char  *name);

G_END_DECLS
