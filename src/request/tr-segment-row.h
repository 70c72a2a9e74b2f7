/* tr-segment-row.h
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

#include <gtk/gtk.h>

#include "tr-model.h"

G_BEGIN_DECLS

#define TR_TYPE_SEGMENT_ROW (tr_segment_row_get_type ())

G_DECLARE_FINAL_TYPE (TrSegmentRow, tr_segment_row, TR, SEGMENT_ROW, GtkListBoxRow)

GtkWidget  *tr_segment_row_new           (TrExpense    *expense);
TrExpense  *tr_segment_row_get_expense   (TrSegmentRow *self);
const char *tr_segment_row_get_icon_name (TrSegmentRow *self);
const char *tr_segment_row_get_title     (TrSegmentRow *self);
char       *tr_segment_row_dup_legs_text (TrSegmentRow *self);

G_END_DECLS
