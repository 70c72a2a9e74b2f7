/* tr-itinerary-editor.h
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
#include "tr-request-format.h"

G_BEGIN_DECLS

/**
 * TrItineraryField:
 *
 * The fields of the itinerary (trip segment) editor.
 */
typedef enum
{
  TR_ITINERARY_FIELD_FROM,
  TR_ITINERARY_FIELD_TO,
  TR_ITINERARY_FIELD_START_DATE,
  TR_ITINERARY_FIELD_START_TIME,
  TR_ITINERARY_FIELD_END_DATE,
  TR_ITINERARY_FIELD_END_TIME,
  TR_ITINERARY_FIELD_RETURN_DATE,
  TR_ITINERARY_FIELD_RETURN_TIME,
  TR_ITINERARY_FIELD_AMOUNT,
  TR_ITINERARY_FIELD_CURRENCY,
  TR_ITINERARY_N_FIELDS
} TrItineraryField;

#define TR_TYPE_ITINERARY_EDITOR (tr_itinerary_editor_get_type ())

G_DECLARE_FINAL_TYPE (TrItineraryEditor, tr_itinerary_editor, TR, ITINERARY_EDITOR, AdwBin)

GtkWidget     *tr_itinerary_editor_new               (void);
TrSegmentKind  tr_itinerary_editor_get_kind          (TrItineraryEditor *self);
void           tr_itinerary_editor_set_kind          (TrItineraryEditor *self,
                                                      TrSegmentKind      kind);
gboolean       tr_itinerary_editor_get_round_trip    (TrItineraryEditor *self);
void           tr_itinerary_editor_set_round_trip    (TrItineraryEditor *self,
                                                      gboolean           round_trip);
void           tr_itinerary_editor_set_expense       (TrItineraryEditor *self,
                                                      TrExpense         *expense);
void           tr_itinerary_editor_set_trip_dates    (TrItineraryEditor *self,
                                                      const GDate       *start,
                                                      const GDate       *end);
void           tr_itinerary_editor_set_currency      (TrItineraryEditor *self,
                                                      const char        *currency);
TrExpense     *tr_itinerary_editor_dup_expense       (TrItineraryEditor *self,
                                                      GError           **error);
gboolean       tr_itinerary_editor_save              (TrItineraryEditor *self);
GtkWidget     *tr_itinerary_editor_get_field_widget  (TrItineraryEditor *self,
                                                      TrItineraryField   field);
const char    *tr_itinerary_editor_get_field_message (TrItineraryEditor *self,
                                                      TrItineraryField   field);

gboolean       tr_itinerary_editor_is_modified       (TrItineraryEditor *self);

G_END_DECLS
