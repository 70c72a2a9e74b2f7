/* tr-review-snapshot.h
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

#include <gio/gio.h>

#include "tr-expense.h"
#include "tr-request.h"
#include "tr-review-error.h"
#include "tr-store.h"

G_BEGIN_DECLS

#define TR_TYPE_REVIEW_SNAPSHOT (tr_review_snapshot_get_type ())

G_DECLARE_FINAL_TYPE (TrReviewSnapshot, tr_review_snapshot, TR, REVIEW_SNAPSHOT, GObject)

TrReviewSnapshot *tr_review_snapshot_new               (TrRequest         *request,
                                                        GListModel        *expenses);
TrReviewSnapshot *tr_review_snapshot_new_from_json     (JsonNode          *node,
                                                        GError           **error);
JsonNode         *tr_review_snapshot_to_json           (TrReviewSnapshot  *self);
TrRequest        *tr_review_snapshot_get_request       (TrReviewSnapshot  *self);
GListModel       *tr_review_snapshot_get_expenses      (TrReviewSnapshot  *self);
const char       *tr_review_snapshot_get_id            (TrReviewSnapshot  *self);
gboolean          tr_review_snapshot_is_current        (TrReviewSnapshot  *self,
                                                        TrRequest         *current);

char             *tr_review_snapshot_store_key         (const char        *request_id);
void              tr_review_snapshot_save_async        (TrReviewSnapshot  *self,
                                                        TrStore           *store,
                                                        GCancellable      *cancellable,
                                                        GAsyncReadyCallback callback,
                                                        gpointer           user_data);
gboolean          tr_review_snapshot_save_finish       (GAsyncResult      *result,
                                                        GError           **error);
void              tr_review_snapshot_load_async        (TrStore           *store,
                                                        const char        *request_id,
                                                        GCancellable      *cancellable,
                                                        GAsyncReadyCallback callback,
                                                        gpointer           user_data);
TrReviewSnapshot *tr_review_snapshot_load_finish       (GAsyncResult      *result,
                                                        GError           **error);

G_END_DECLS
