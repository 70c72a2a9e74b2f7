/* tr-itinerary-editor-private.h
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

#include "tr-itinerary-editor.h"

G_BEGIN_DECLS

struct _TrItineraryEditor
{
  AdwBin          parent_instance;

  GtkBox         *kind_box;
  AdwEntryRow    *from_row;
  AdwEntryRow    *to_row;
  AdwEntryRow    *start_date_row;
  AdwEntryRow    *start_time_row;
  AdwEntryRow    *end_date_row;
  AdwEntryRow    *end_time_row;
  AdwComboRow    *class_row;
  AdwActionRow   *round_trip_row;
  GtkSwitch      *round_trip_switch;
  AdwEntryRow    *return_date_row;
  AdwEntryRow    *return_time_row;
  AdwEntryRow    *amount_row;
  AdwEntryRow    *currency_row;

  GtkWidget      *rows[TR_ITINERARY_N_FIELDS];
  GtkLabel       *messages[TR_ITINERARY_N_FIELDS];
  GtkToggleButton *kind_buttons[TR_SEGMENT_KIND_EVENT + 1];
  guint           touched;

  TrSegmentKind   kind;
  TrExpense      *expense;
  GDate           trip_start;
  GDate           trip_end;
  gboolean        loading;
};

gboolean    tr_itinerary_editor_check     (TrItineraryEditor *self,
                                           gboolean           all);
JsonNode   *tr_itinerary_editor_trip_json (TrItineraryEditor *self);
void        tr_itinerary_editor_load      (TrItineraryEditor *self);
const char *tr_itinerary_class_code       (guint              position);
guint       tr_itinerary_class_position   (const char        *code);

G_END_DECLS
