/* tr-review-view-private.h
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
#include "tr-review-view.h"
#include "tr-status-pill.h"

G_BEGIN_DECLS

struct _TrReviewView
{
  AdwBin                parent_instance;

  TrRequest            *request;
  GListModel           *expenses;
  GListModel           *comments;
  GListStore           *exceptions;
  TrReviewSnapshot     *seen;
  GPtrArray            *changes;
  GCancellable         *cancellable;
  GHashTable           *group_rows;

  AdwToastOverlay      *toast_overlay;
  GtkLabel             *title_label;
  GtkLabel             *request_id_label;
  TrStatusPill         *status_pill;
  GtkWidget            *approve_button;
  GtkWidget            *send_back_button;
  AdwPreferencesGroup  *changes_group;
  AdwActionRow         *traveler_row;
  AdwActionRow         *purpose_row;
  AdwActionRow         *dates_row;
  AdwActionRow         *destination_row;
  TrItineraryView      *itinerary_view;
  AdwPreferencesGroup  *expenses_group;
  AdwPreferencesGroup  *exceptions_group;
  AdwPreferencesGroup  *comments_group;
};

void tr_review_view_update_header     (TrReviewView *self);
void tr_review_view_update_changes    (TrReviewView *self);
void tr_review_view_update_expenses   (TrReviewView *self);
void tr_review_view_update_exceptions (TrReviewView *self);
void tr_review_view_update_comments   (TrReviewView *self);
void tr_review_view_toast             (TrReviewView *self,
                                       const char   *text);

G_END_DECLS
