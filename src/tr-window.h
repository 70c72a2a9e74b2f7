/* tr-window.h
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

#include "tr-account.h"
#include "tr-request-filter.h"
#include "tr-request-sorter.h"

G_BEGIN_DECLS

#define TR_TYPE_WINDOW (tr_window_get_type ())

G_DECLARE_FINAL_TYPE (TrWindow, tr_window, TR, WINDOW, AdwApplicationWindow)

TrWindow        *tr_window_new                  (AdwApplication  *application);
TrAccount       *tr_window_get_account          (TrWindow        *self);
void             tr_window_set_account          (TrWindow        *self,
                                                 TrAccount       *account);
void             tr_window_show_progress        (TrWindow        *self,
                                                 const char      *title);
void             tr_window_add_toast            (TrWindow        *self,
                                                 AdwToast        *toast);
void             tr_window_refresh              (TrWindow        *self);
TrRequestFolder  tr_window_get_folder           (TrWindow        *self);
void             tr_window_set_folder           (TrWindow        *self,
                                                 TrRequestFolder  folder);
TrRequestFilter *tr_window_get_filter           (TrWindow        *self);
TrRequestSorter *tr_window_get_sorter           (TrWindow        *self);
GListModel      *tr_window_get_visible_requests (TrWindow        *self);
const char      *tr_window_get_page             (TrWindow        *self);
GtkWidget       *tr_window_open_request         (TrWindow        *self,
                                                 TrRequestItem   *item);
GtkWidget       *tr_window_edit_request         (TrWindow        *self,
                                                 TrRequestItem   *item);

G_END_DECLS
