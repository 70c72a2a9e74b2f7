/* tr-status-pill.h
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

#define TR_TYPE_STATUS_PILL (tr_status_pill_get_type ())

G_DECLARE_FINAL_TYPE (TrStatusPill, tr_status_pill, TR, STATUS_PILL, GtkWidget)

GtkWidget        *tr_status_pill_new        (void);
TrApprovalStatus *tr_status_pill_get_status (TrStatusPill     *self);
void              tr_status_pill_set_status (TrStatusPill     *self,
                                             TrApprovalStatus *status);
const char       *tr_status_pill_get_text   (TrStatusPill     *self);

G_END_DECLS
