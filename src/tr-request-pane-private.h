/* tr-request-pane-private.h
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

#include "tr-conflict-view.h"
#include "tr-request-pane.h"
#include "tr-request-view.h"

G_BEGIN_DECLS

struct _TrRequestPane
{
  GtkBox          parent_instance;

  TrAccount      *account;
  TrRequestItem  *item;
  TrRequestView  *view;
  TrConflictView *conflict_view;
  GtkStack       *stack;
  AdwWindowTitle *title;
  GtkSpinner     *spinner;
  GtkButton      *delete_button;
  GtkRevealer    *pending_revealer;
  GtkLabel       *pending_label;
  GCancellable   *cancellable;
  guint           pending;
};

void tr_request_pane_toast        (TrRequestPane *self,
                                   const char    *message);
void tr_request_pane_toast_error  (TrRequestPane *self,
                                   const GError  *error);
void tr_request_pane_set_pending  (TrRequestPane *self,
                                   int            delta);
void tr_request_pane_show_request (TrRequestPane *self,
                                   TrRequest     *request);
void tr_request_pane_reload       (TrRequestPane *self);
void tr_request_pane_init_conflict (TrRequestPane *self);
void tr_request_pane_load_conflict (TrRequestPane *self);

G_END_DECLS
