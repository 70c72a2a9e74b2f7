/* tr-test-util.h
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

#include <adwaita.h>

#include "tr-model.h"

G_BEGIN_DECLS

int         tr_test_init               (int          *argc,
                                        char       ***argv);
JsonNode   *tr_test_load_fixture       (const char   *name);
TrRequest  *tr_test_load_request       (const char   *name);
GListModel *tr_test_load_expenses      (const char   *name);
GtkWidget  *tr_test_show               (GtkWidget    *child,
                                        int           width,
                                        int           height);
void        tr_test_iterate            (void);
char       *tr_test_collect_text       (GtkWidget    *widget);
gboolean    tr_test_has_text           (GtkWidget    *widget,
                                        const char   *text);
GtkWidget  *tr_test_find_dialog        (void);
void        tr_test_close_window       (GtkWidget    *window);
void        tr_test_screenshot         (GtkWidget    *window,
                                        const char   *name);

G_END_DECLS
