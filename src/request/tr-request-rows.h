/* tr-request-rows.h
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

/* Rows of the read-only request page, added to an AdwPreferencesGroup and
 * remembered in a GPtrArray so a section can be rebuilt. */

GtkWidget *tr_rows_add_value     (AdwPreferencesGroup *group,
                                  GPtrArray           *rows,
                                  const char          *title,
                                  const char          *value);
GtkWidget *tr_rows_add_exception (AdwPreferencesGroup *group,
                                  GPtrArray           *rows,
                                  TrException         *exception);
void       tr_rows_clear         (AdwPreferencesGroup *group,
                                  GPtrArray           *rows);

G_END_DECLS
