/* tr-window-approve.h
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

#include "tr-approval-queue.h"
#include "tr-window.h"

G_BEGIN_DECLS

TrApprovalQueue *tr_window_get_approval_queue (TrWindow   *self);
void             tr_window_refresh_approvals  (TrWindow   *self);
gboolean         tr_window_open_request_id    (TrWindow   *self,
                                               const char *request_id);
void             tr_window_load_comments      (TrWindow   *self,
                                               GtkWidget  *pane);

/* Hooks of TrWindow itself (tr-window.c, tr-window-list.c). */
void             tr_window_approve_init       (TrWindow   *self);
GBinding        *tr_window_approve_bind       (TrWindow   *self);
void             tr_window_approve_unbind     (TrWindow   *self);
void             tr_window_approve_dispose    (TrWindow   *self);
gboolean         tr_window_approve_show       (TrWindow   *self);

G_END_DECLS
