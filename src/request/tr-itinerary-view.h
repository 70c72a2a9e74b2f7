/* tr-itinerary-view.h
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

#include "tr-segment-row.h"

G_BEGIN_DECLS

#define TR_TYPE_ITINERARY_VIEW (tr_itinerary_view_get_type ())

G_DECLARE_FINAL_TYPE (TrItineraryView, tr_itinerary_view, TR, ITINERARY_VIEW, GtkWidget)

GtkWidget    *tr_itinerary_view_new             (void);
GListModel   *tr_itinerary_view_get_expenses    (TrItineraryView *self);
void          tr_itinerary_view_set_expenses    (TrItineraryView *self,
                                                 GListModel      *expenses);
GListModel   *tr_itinerary_view_get_segments    (TrItineraryView *self);
TrSegmentRow *tr_itinerary_view_get_row         (TrItineraryView *self,
                                                 guint            position);

G_END_DECLS
