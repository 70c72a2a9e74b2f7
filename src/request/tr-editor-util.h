/* tr-editor-util.h
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

G_BEGIN_DECLS

/* Helpers shared by the request, itinerary and expense editors. */

GtkLabel  *tr_editor_add_message      (GtkWidget   *row);
void       tr_editor_mark             (GtkWidget   *row,
                                       GtkLabel    *message,
                                       const char  *text);
const char *tr_editor_get_message   (GtkLabel    *message);
void       tr_editor_add_calendar     (AdwEntryRow *row);
char      *tr_editor_dup_text         (AdwEntryRow *row);
void       tr_editor_set_text         (AdwEntryRow *row,
                                       const char  *text);

G_END_DECLS
