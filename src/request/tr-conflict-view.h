/* tr-conflict-view.h
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

#include "tr-conflict-merge.h"
#include "tr-model.h"

G_BEGIN_DECLS

#define TR_TYPE_CONFLICT_VIEW (tr_conflict_view_get_type ())

G_DECLARE_FINAL_TYPE (TrConflictView, tr_conflict_view, TR, CONFLICT_VIEW, AdwBin)

GtkWidget  *tr_conflict_view_new          (void);
void        tr_conflict_view_set_versions (TrConflictView  *self,
                                           TrRequest       *local,
                                           TrRequest       *server);
char      **tr_conflict_view_dup_members  (TrConflictView  *self);
gboolean    tr_conflict_view_choose       (TrConflictView  *self,
                                           const char      *member,
                                           TrConflictSide   side);
void        tr_conflict_view_choose_all   (TrConflictView  *self,
                                           TrConflictSide   side);
gboolean    tr_conflict_view_is_resolved  (TrConflictView  *self);
TrRequest  *tr_conflict_view_dup_merged   (TrConflictView  *self,
                                           GError         **error);
gboolean    tr_conflict_view_apply        (TrConflictView  *self);

G_END_DECLS
