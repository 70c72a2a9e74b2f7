/* tr-request-view-private.h
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

#include "tr-itinerary-view.h"
#include "tr-request-view.h"
#include "tr-status-pill.h"

G_BEGIN_DECLS

struct _TrRequestView
{
  AdwBin               parent_instance;

  GtkLabel            *title_label;
  GtkLabel            *request_id_label;
  GtkLabel            *approver_label;
  TrStatusPill        *status_pill;
  GtkBox              *actions_box;
  GtkButton           *edit_button;
  AdwPreferencesGroup *alerts_group;
  AdwPreferencesGroup *details_group;
  AdwPreferencesGroup *totals_group;
  AdwPreferencesGroup *custom_group;
  AdwPreferencesGroup *expenses_group;
  AdwPreferencesGroup *comments_group;
  TrItineraryView     *itinerary;

  GPtrArray           *alert_rows;
  GPtrArray           *detail_rows;
  GPtrArray           *total_rows;
  GPtrArray           *custom_rows;
  GPtrArray           *expense_rows;
  GPtrArray           *comment_rows;

  TrRequest           *request;
  GListModel          *expenses;
  GListModel          *comments;
  GListModel          *exceptions;
  GListModel          *policies;
  GListModel          *agencies;
};

enum {
  TR_REQUEST_VIEW_ACTION_REQUESTED,
  TR_REQUEST_VIEW_EDIT_REQUESTED,
  TR_REQUEST_VIEW_N_SIGNALS
};

extern guint tr_request_view_signals[TR_REQUEST_VIEW_N_SIGNALS];

void tr_request_view_update_header     (TrRequestView *self);
void tr_request_view_rebuild_actions   (TrRequestView *self);
void tr_request_view_rebuild_details   (TrRequestView *self);
void tr_request_view_rebuild_totals    (TrRequestView *self);
void tr_request_view_rebuild_custom    (TrRequestView *self);
void tr_request_view_rebuild_expenses  (TrRequestView *self);
void tr_request_view_rebuild_comments  (TrRequestView *self);
void tr_request_view_rebuild_alerts    (TrRequestView *self);
void tr_request_view_run_action        (TrRequestView *self,
                                        GtkButton     *button);

G_END_DECLS
