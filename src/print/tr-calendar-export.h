/* tr-calendar-export.h
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

void      tr_calendar_export_request_async  (GtkWindow            *parent,
                                             TrRequest            *request,
                                             GListModel           *expenses,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
GFile    *tr_calendar_export_request_finish (GAsyncResult         *result,
                                             GError              **error);

GFile    *tr_calendar_export_dup_file       (TrRequest            *request,
                                             const char           *directory);

G_END_DECLS
