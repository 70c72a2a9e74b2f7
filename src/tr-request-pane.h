/* tr-request-pane.h
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
#include "tr-request-item.h"

G_BEGIN_DECLS

#define TR_TYPE_REQUEST_PANE (tr_request_pane_get_type ())

G_DECLARE_FINAL_TYPE (TrRequestPane, tr_request_pane, TR, REQUEST_PANE, GtkBox)

GtkWidget     *tr_request_pane_new         (TrAccount      *account,
                                            TrRequestItem  *item);
TrRequestItem *tr_request_pane_get_item    (TrRequestPane  *self);
GtkWidget     *tr_request_pane_get_view    (TrRequestPane  *self);
gboolean       tr_request_pane_get_loading (TrRequestPane  *self);

G_END_DECLS
