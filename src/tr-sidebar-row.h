/* tr-sidebar-row.h
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

#include <gtk/gtk.h>

#include "tr-request-filter.h"

G_BEGIN_DECLS

#define TR_TYPE_SIDEBAR_ROW (tr_sidebar_row_get_type ())

G_DECLARE_FINAL_TYPE (TrSidebarRow, tr_sidebar_row, TR, SIDEBAR_ROW, GtkListBoxRow)

GtkWidget       *tr_sidebar_row_new        (TrRequestFolder  folder);
TrRequestFolder  tr_sidebar_row_get_folder (TrSidebarRow    *self);
const char      *tr_sidebar_row_get_title  (TrSidebarRow    *self);
guint            tr_sidebar_row_get_count  (TrSidebarRow    *self);
void             tr_sidebar_row_set_count  (TrSidebarRow    *self,
                                            guint            count);

const char      *tr_request_folder_get_title (TrRequestFolder folder);

G_END_DECLS
