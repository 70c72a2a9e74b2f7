/* tr-review-view.h
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
#include "tr-review-snapshot.h"

G_BEGIN_DECLS

#define TR_TYPE_REVIEW_VIEW (tr_review_view_get_type ())

G_DECLARE_FINAL_TYPE (TrReviewView, tr_review_view, TR, REVIEW_VIEW, AdwBin)

GtkWidget        *tr_review_view_new            (void);
TrRequest        *tr_review_view_get_request    (TrReviewView     *self);
void              tr_review_view_set_request    (TrReviewView     *self,
                                                 TrRequest        *request);
GListModel       *tr_review_view_get_expenses   (TrReviewView     *self);
void              tr_review_view_set_expenses   (TrReviewView     *self,
                                                 GListModel       *expenses);
void              tr_review_view_set_comments   (TrReviewView     *self,
                                                 GListModel       *comments);
void              tr_review_view_set_exceptions (TrReviewView     *self,
                                                 GListModel       *exceptions);
TrReviewSnapshot *tr_review_view_get_seen       (TrReviewView     *self);
void              tr_review_view_set_seen       (TrReviewView     *self,
                                                 TrReviewSnapshot *seen);
GPtrArray        *tr_review_view_get_changes    (TrReviewView     *self);
TrReviewSnapshot *tr_review_view_dup_snapshot   (TrReviewView     *self);
gboolean          tr_review_view_can_approve    (TrReviewView     *self);
gboolean          tr_review_view_can_send_back  (TrReviewView     *self);
gboolean          tr_review_view_approve        (TrReviewView     *self);
GtkWidget        *tr_review_view_send_back      (TrReviewView     *self);

G_END_DECLS
