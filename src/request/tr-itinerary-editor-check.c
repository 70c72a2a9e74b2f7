/* tr-itinerary-editor-check.c
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

#define G_LOG_DOMAIN "TrItineraryEditor"

#include <glib/gi18n.h>

#include "tr-editor-util.h"
#include "tr-itinerary-editor-private.h"
#include "tr-locale-number.h"
#include "tr-request-validation.h"

/* Validation, JSON building and loading of the itinerary editor. */

static const char *class_codes[] = { "Y", "W", "C", "F" };

const char *
tr_itinerary_class_code (guint position)
{
  return position < G_N_ELEMENTS (class_codes) ? class_codes[position] : NULL;
}

guint
tr_itinerary_class_position (const char *code)
{
  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (class_codes); i++)
    if (g_ascii_strcasecmp (code, class_codes[i]) == 0)
      return i;
  return 0;
}

static gboolean
shown (TrItineraryEditor *self,
       TrItineraryField   field)
{
  return gtk_widget_get_visible (self->rows[field]);
}

static const char *
text_of (TrItineraryEditor *self,
         TrItineraryField   field)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->rows[field]));
}

static void
set_message (char             **messages,
             TrItineraryField   field,
             GError            *error)
{
  if (error != NULL && messages[field] == NULL)
    messages[field] = g_strdup (error->message);
}

static void
check_place (TrItineraryEditor  *self,
             TrItineraryField    field,
             char              **messages)
{
  g_autoptr(GError) error = NULL;

  if (!shown (self, field))
    return;
  if (self->kind == TR_SEGMENT_KIND_AIR)
    tr_validation_check_airport_code (text_of (self, field), &error);
  else
    tr_validation_check_required (text_of (self, field),
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->rows[field])),
                                  &error);
  set_message (messages, field, error);
}

/* Parses a date/time pair and checks the date lies within the trip. */
static gboolean
check_moment (TrItineraryEditor  *self,
              TrItineraryField    date_field,
              TrItineraryField    time_field,
              GDate              *date,
              int                *minutes,
              char              **messages)
{
  g_autoptr(GError) e1 = NULL, e2 = NULL;
  gboolean ok;

  g_date_clear (date, 1);
  *minutes = -1;
  if (!shown (self, date_field))
    return FALSE;
  ok = tr_validation_parse_date (text_of (self, date_field), date, &e1);
  if (ok && !g_date_valid (date))
    ok = tr_validation_check_required ("", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->rows[date_field])), &e1);
  if (ok)
    ok = tr_validation_check_in_trip (&self->trip_start, &self->trip_end, date, &e1);
  set_message (messages, date_field, e1);
  if (shown (self, time_field)
      && !tr_validation_parse_time (text_of (self, time_field), minutes, &e2))
    {
      set_message (messages, time_field, e2);
      return FALSE;
    }
  return ok;
}

static void
check_order (GDate             *start,
             int                start_time,
             GDate             *end,
             int                end_time,
             TrItineraryField   date_field,
             TrItineraryField   time_field,
             char             **messages)
{
  g_autoptr(GError) error = NULL;

  if (!tr_validation_check_range (start, start_time, end, end_time, &error))
    set_message (messages, g_date_compare (start, end) == 0 ? time_field : date_field, error);
}

static void
check_fields (TrItineraryEditor  *self,
              char              **messages)
{
  g_autoptr(GError) e1 = NULL, e2 = NULL;
  g_autoptr(TrAmount) amount = NULL;
  GDate start, end, back;
  int start_time, end_time, back_time;
  gboolean start_ok;

  check_place (self, TR_ITINERARY_FIELD_FROM, messages);
  check_place (self, TR_ITINERARY_FIELD_TO, messages);
  start_ok = check_moment (self, TR_ITINERARY_FIELD_START_DATE, TR_ITINERARY_FIELD_START_TIME,
                           &start, &start_time, messages);
  if (check_moment (self, TR_ITINERARY_FIELD_END_DATE, TR_ITINERARY_FIELD_END_TIME,
                    &end, &end_time, messages) && start_ok)
    check_order (&start, start_time, &end, end_time,
                 TR_ITINERARY_FIELD_END_DATE, TR_ITINERARY_FIELD_END_TIME, messages);
  if (check_moment (self, TR_ITINERARY_FIELD_RETURN_DATE, TR_ITINERARY_FIELD_RETURN_TIME,
                    &back, &back_time, messages) && start_ok)
    check_order (&start, start_time, &back, back_time,
                 TR_ITINERARY_FIELD_RETURN_DATE, TR_ITINERARY_FIELD_RETURN_TIME, messages);

  if (tr_validation_check_currency (text_of (self, TR_ITINERARY_FIELD_CURRENCY), &e1))
    amount = tr_validation_parse_amount (text_of (self, TR_ITINERARY_FIELD_AMOUNT),
                                         text_of (self, TR_ITINERARY_FIELD_CURRENCY), &e2);
  set_message (messages, TR_ITINERARY_FIELD_CURRENCY, e1);
  set_message (messages, TR_ITINERARY_FIELD_AMOUNT, e2);
}

/**
 * tr_itinerary_editor_check:
 * @all: show every invalid field's message, not only the touched ones
 *
 * Returns: %TRUE when the segment is valid
 */
gboolean
tr_itinerary_editor_check (TrItineraryEditor *self,
                           gboolean           all)
{
  char *messages[TR_ITINERARY_N_FIELDS] = { NULL, };
  gboolean valid = TRUE;

  check_fields (self, messages);
  for (guint f = 0; f < TR_ITINERARY_N_FIELDS; f++)
    {
      gboolean show = all || (self->touched & (1u << f)) != 0;

      valid &= messages[f] == NULL;
      tr_editor_mark (self->rows[f], self->messages[f], show ? messages[f] : NULL);
      g_free (messages[f]);
    }
  return valid;
}

static void
add_location (JsonBuilder       *builder,
              const char        *member,
              TrItineraryEditor *self,
              TrItineraryField   field)
{
  g_autofree char *text = tr_editor_dup_text (ADW_ENTRY_ROW (self->rows[field]));
  g_autofree char *code = g_ascii_strup (text, -1);

  if (*text == '\0')
    return;
  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  if (self->kind == TR_SEGMENT_KIND_AIR)
    {
      json_builder_set_member_name (builder, "iataCode");
      json_builder_add_string_value (builder, code);
    }
  else
    {
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, text);
      json_builder_set_member_name (builder, "city");
      json_builder_add_string_value (builder, text);
    }
  json_builder_end_object (builder);
}

static void
add_text (JsonBuilder       *builder,
          const char        *member,
          TrItineraryEditor *self,
          TrItineraryField   field)
{
  g_autofree char *text = NULL;

  if (!shown (self, field))
    return;
  text = tr_editor_dup_text (ADW_ENTRY_ROW (self->rows[field]));
  if (*text == '\0')
    return;
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, text);
}

static void
add_leg (JsonBuilder       *builder,
         TrItineraryEditor *self,
         gboolean           is_return)
{
  TrItineraryField from = is_return ? TR_ITINERARY_FIELD_TO : TR_ITINERARY_FIELD_FROM;
  TrItineraryField to = is_return ? TR_ITINERARY_FIELD_FROM : TR_ITINERARY_FIELD_TO;

  json_builder_begin_object (builder);
  add_text (builder, "startDate", self, is_return ? TR_ITINERARY_FIELD_RETURN_DATE
                                                  : TR_ITINERARY_FIELD_START_DATE);
  add_text (builder, "startTime", self, is_return ? TR_ITINERARY_FIELD_RETURN_TIME
                                                  : TR_ITINERARY_FIELD_START_TIME);
  if (!is_return)
    {
      add_text (builder, "endDate", self, TR_ITINERARY_FIELD_END_DATE);
      add_text (builder, "endTime", self, TR_ITINERARY_FIELD_END_TIME);
    }
  if (shown (self, from))
    add_location (builder, "startLocation", self, from);
  if (shown (self, to))
    add_location (builder, "endLocation", self, to);
  /* A car is dropped off where it was picked up. */
  if (self->kind == TR_SEGMENT_KIND_CAR)
    add_location (builder, "endLocation", self, TR_ITINERARY_FIELD_FROM);
  if (gtk_widget_get_visible (GTK_WIDGET (self->class_row)))
    {
      json_builder_set_member_name (builder, "classOfService");
      json_builder_add_string_value (builder,
                                     tr_itinerary_class_code (adw_combo_row_get_selected (self->class_row)));
    }
  json_builder_set_member_name (builder, "returnLeg");
  json_builder_add_boolean_value (builder, is_return);
  json_builder_end_object (builder);
}

/**
 * tr_itinerary_editor_trip_json:
 *
 * Returns: (transfer full): the `tripData` object of the segment
 */
JsonNode *
tr_itinerary_editor_trip_json (TrItineraryEditor *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  gboolean round_trip = tr_itinerary_editor_get_round_trip (self);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "segmentType");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "category");
  json_builder_add_string_value (builder, tr_segment_kind_to_category (self->kind));
  json_builder_set_member_name (builder, "code");
  json_builder_add_string_value (builder, tr_segment_kind_to_code (self->kind));
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "tripType");
  json_builder_add_string_value (builder, round_trip ? "ROUND_TRIP" : "ONE_WAY");
  json_builder_set_member_name (builder, "legs");
  json_builder_begin_array (builder);
  add_leg (builder, self, FALSE);
  if (round_trip)
    add_leg (builder, self, TRUE);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static char *
place_text (TrItineraryEditor *self,
            TrLocation        *location,
            const char        *detail)
{
  if (location == NULL)
    return g_strdup (detail ? detail : "");
  if (self->kind == TR_SEGMENT_KIND_AIR && tr_location_get_iata_code (location) != NULL)
    return g_strdup (tr_location_get_iata_code (location));
  if (tr_location_get_name (location) != NULL)
    return g_strdup (tr_location_get_name (location));
  return g_strdup (tr_location_get_city (location) ? tr_location_get_city (location) : "");
}

static void
set_moment (AdwEntryRow *date_row,
            AdwEntryRow *time_row,
            const GDate *date,
            int          minutes)
{
  g_autofree char *date_text = tr_validation_format_date (date);
  g_autofree char *time_text = tr_validation_format_time (minutes);

  tr_editor_set_text (date_row, date_text);
  tr_editor_set_text (time_row, time_text);
}

static void
load_legs (TrItineraryEditor *self,
           GListModel        *legs)
{
  g_autoptr(TrLeg) leg = legs && g_list_model_get_n_items (legs) > 0
                         ? g_list_model_get_item (legs, 0) : NULL;
  g_autoptr(TrLeg) back = legs && g_list_model_get_n_items (legs) > 1
                          ? g_list_model_get_item (legs, 1) : NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (leg == NULL)
    return;
  from = place_text (self, tr_leg_get_start_location (leg), tr_leg_get_start_location_detail (leg));
  to = place_text (self, tr_leg_get_end_location (leg), tr_leg_get_end_location_detail (leg));
  tr_editor_set_text (self->from_row, from);
  tr_editor_set_text (self->to_row, to);
  set_moment (self->start_date_row, self->start_time_row,
              tr_leg_get_start_date (leg), tr_leg_get_start_time (leg));
  set_moment (self->end_date_row, self->end_time_row,
              tr_leg_get_end_date (leg), tr_leg_get_end_time (leg));
  adw_combo_row_set_selected (self->class_row,
                              tr_itinerary_class_position (tr_leg_get_class_of_service (leg)));
  tr_itinerary_editor_set_round_trip (self, back != NULL);
  if (back != NULL)
    set_moment (self->return_date_row, self->return_time_row,
                tr_leg_get_start_date (back), tr_leg_get_start_time (back));
}

/* Fills the fields from self->expense (or empties them). */
void
tr_itinerary_editor_load (TrItineraryEditor *self)
{
  const TrAmount *amount = self->expense ? tr_expense_get_transaction_amount (self->expense) : NULL;
  g_autofree char *amount_text = amount ? tr_locale_format_number (amount) : NULL;

  self->loading = TRUE;
  for (guint f = 0; f < TR_ITINERARY_N_FIELDS; f++)
    if (f != TR_ITINERARY_FIELD_CURRENCY || amount != NULL)
      tr_editor_set_text (ADW_ENTRY_ROW (self->rows[f]), NULL);
  tr_itinerary_editor_set_round_trip (self, FALSE);
  if (self->expense != NULL)
    {
      tr_itinerary_editor_set_kind (self, tr_segment_kind_from_expense (self->expense));
      load_legs (self, tr_expense_get_legs (self->expense));
    }
  tr_editor_set_text (self->amount_row, amount_text);
  if (amount != NULL && tr_amount_get_currency (amount) != NULL)
    tr_editor_set_text (self->currency_row, tr_amount_get_currency (amount));
  self->loading = FALSE;
  self->touched = 0;
  tr_itinerary_editor_check (self, FALSE);
}
