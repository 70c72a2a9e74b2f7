/* tr-itinerary.c
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

#define G_LOG_DOMAIN "tr-export"

#include "tr-itinerary.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tr-segment-type.h"
#include "tr-trip-data.h"

G_DEFINE_QUARK (tr-itinerary-error-quark, tr_itinerary_error)

typedef struct
{
  const char      *code;
  TrItineraryKind  kind;
} KindEntry;

static const KindEntry kinds[] = {
  { "AIRFR", TR_ITINERARY_KIND_AIR },
  { "RAILF", TR_ITINERARY_KIND_RAIL },
  { "HOTEL", TR_ITINERARY_KIND_HOTEL },
  { "CARRT", TR_ITINERARY_KIND_CAR },
  { "TAXIF", TR_ITINERARY_KIND_TAXI },
  { "LIMOF", TR_ITINERARY_KIND_LIMO },
  { "PARKG", TR_ITINERARY_KIND_PARKING },
  { "DININ", TR_ITINERARY_KIND_DINING },
  { "EVENT", TR_ITINERARY_KIND_EVENT },
  { "MISC", TR_ITINERARY_KIND_OTHER },
};

static gboolean
kind_from_code (const char      *code,
                TrItineraryKind *kind)
{
  if (code == NULL)
    return FALSE;
  if (g_str_has_prefix (code, "REQ_SEG_"))
    code += strlen ("REQ_SEG_");
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_ascii_strcasecmp (kinds[i].code, code) == 0)
      {
        *kind = kinds[i].kind;
        return TRUE;
      }
  return FALSE;
}

/* The code decides; custom numeric codes fall back to the category. */
TrItineraryKind
tr_itinerary_kind_from_expense (TrExpense *expense)
{
  TrTripData *trip;
  TrSegmentType *type;
  TrItineraryKind kind = TR_ITINERARY_KIND_OTHER;

  g_return_val_if_fail (TR_IS_EXPENSE (expense), TR_ITINERARY_KIND_OTHER);

  trip = tr_expense_get_trip_data (expense);
  type = trip != NULL ? tr_trip_data_get_segment_type (trip) : NULL;
  if (type == NULL)
    return TR_ITINERARY_KIND_OTHER;
  if (!kind_from_code (tr_segment_type_get_code (type), &kind))
    kind_from_code (tr_segment_type_get_category (type), &kind);
  return kind;
}

const char *
tr_itinerary_kind_label (TrItineraryKind kind)
{
  switch (kind)
    {
    case TR_ITINERARY_KIND_AIR:
      return _("Flight");
    case TR_ITINERARY_KIND_RAIL:
      return _("Train");
    case TR_ITINERARY_KIND_HOTEL:
      return _("Hotel");
    case TR_ITINERARY_KIND_CAR:
      return _("Car rental");
    case TR_ITINERARY_KIND_TAXI:
      return _("Taxi");
    case TR_ITINERARY_KIND_LIMO:
      return _("Limousine");
    case TR_ITINERARY_KIND_PARKING:
      return _("Parking");
    case TR_ITINERARY_KIND_DINING:
      return _("Dining");
    case TR_ITINERARY_KIND_EVENT:
      return _("Event");
    case TR_ITINERARY_KIND_OTHER:
    default:
      return _("Trip segment");
    }
}

void
tr_itinerary_segment_free (TrItinerarySegment *segment)
{
  if (segment == NULL)
    return;
  g_clear_object (&segment->expense);
  g_clear_object (&segment->leg);
  g_free (segment);
}

/* Date and minutes of the leg's start; the end, then the expense's
 * transaction date stand in when the start is missing. */
static void
segment_sort_key (TrItinerarySegment *segment,
                  GDate              *date,
                  int                *minutes)
{
  const GDate *start = tr_leg_get_start_date (segment->leg);
  const GDate *end = tr_leg_get_end_date (segment->leg);
  GDateTime *when = tr_expense_get_transaction_date (segment->expense);

  g_date_clear (date, 1);
  *minutes = MAX (tr_leg_get_start_time (segment->leg), 0);
  if (start != NULL && g_date_valid (start))
    *date = *start;
  else if (end != NULL && g_date_valid (end))
    *date = *end;
  else if (when != NULL)
    g_date_set_dmy (date, g_date_time_get_day_of_month (when),
                    g_date_time_get_month (when), g_date_time_get_year (when));
}

static int
compare_segments (gconstpointer a,
                  gconstpointer b)
{
  TrItinerarySegment *sa = *(TrItinerarySegment * const *) a;
  TrItinerarySegment *sb = *(TrItinerarySegment * const *) b;
  GDate da, db;
  int ma, mb;

  segment_sort_key (sa, &da, &ma);
  segment_sort_key (sb, &db, &mb);
  if (g_date_valid (&da) != g_date_valid (&db))
    return g_date_valid (&da) ? -1 : 1;
  if (g_date_valid (&da) && g_date_compare (&da, &db) != 0)
    return g_date_compare (&da, &db);
  return ma - mb;
}

static void
collect_legs (GPtrArray *segments,
              TrExpense *expense)
{
  TrTripData *trip = tr_expense_get_trip_data (expense);
  GListModel *legs = trip != NULL ? tr_trip_data_get_legs (trip) : NULL;
  guint n = legs != NULL ? g_list_model_get_n_items (legs) : 0;

  for (guint i = 0; i < n; i++)
    {
      TrItinerarySegment *segment = g_new0 (TrItinerarySegment, 1);

      segment->kind = tr_itinerary_kind_from_expense (expense);
      segment->expense = g_object_ref (expense);
      segment->leg = g_list_model_get_item (legs, i);
      segment->leg_index = i;
      g_ptr_array_add (segments, segment);
    }
}

/**
 * tr_itinerary_collect:
 * @expenses: (nullable): a #GListModel of #TrExpense
 * @error: return location for a %TR_ITINERARY_ERROR
 *
 * Gathers every leg of the travel-segment expenses in @expenses, sorted by
 * start date and time (stable: legs of one expense keep their order).
 * Expenses without trip data are not part of the itinerary.
 *
 * Returns: (transfer full) (element-type TrItinerarySegment): the segments,
 *   possibly empty, or %NULL with @error set
 */
GPtrArray *
tr_itinerary_collect (GListModel  *expenses,
                      GError     **error)
{
  g_autoptr(GPtrArray) segments = NULL;
  guint n;

  g_return_val_if_fail (expenses == NULL || G_IS_LIST_MODEL (expenses), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  segments = g_ptr_array_new_with_free_func ((GDestroyNotify) tr_itinerary_segment_free);
  n = expenses != NULL ? g_list_model_get_n_items (expenses) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (expenses, i);

      if (!TR_IS_EXPENSE (item))
        {
          g_set_error (error, TR_ITINERARY_ERROR, TR_ITINERARY_ERROR_INVALID,
                       /* Translators: %u is a position in a list */
                       _("Item %u of the expense list is not an expected expense"), i + 1);
          return NULL;
        }
      collect_legs (segments, TR_EXPENSE (item));
    }
  g_ptr_array_sort (segments, compare_segments);
  return g_steal_pointer (&segments);
}

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/**
 * tr_itinerary_location_short:
 * @location: (nullable): a location
 * @prefer_code: whether an IATA code beats the city name
 *
 * Returns: (transfer full): a short name for titles ("CDG", "Paris"), or ""
 */
char *
tr_itinerary_location_short (TrLocation *location,
                             gboolean    prefer_code)
{
  const char *candidates[5];

  if (location == NULL)
    return g_strdup ("");
  candidates[0] = prefer_code ? tr_location_get_iata_code (location) : NULL;
  candidates[1] = tr_location_get_city (location);
  candidates[2] = tr_location_get_name (location);
  candidates[3] = tr_location_get_iata_code (location);
  candidates[4] = tr_location_get_country_code (location);
  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    if (is_set (candidates[i]))
      return g_strdup (candidates[i]);
  return g_strdup ("");
}

static char *
place_text (TrLocation *location,
            const char *detail,
            gboolean    prefer_code)
{
  char *text = tr_itinerary_location_short (location, prefer_code);

  if (*text == '\0' && is_set (detail))
    {
      g_free (text);
      text = g_strdup (detail);
    }
  return text;
}

static char *
join_route (const char *from,
            const char *to,
            gboolean    same_place_once)
{
  if (*from != '\0' && *to != '\0' && !(same_place_once && g_strcmp0 (from, to) == 0))
    /* TRANSLATORS: a route in a title, "Paris → Nice" */
    return g_strdup_printf (_("%s → %s"), from, to);
  return g_strdup (*from != '\0' ? from : to);
}

static char *
segment_places (TrItinerarySegment *segment)
{
  TrLeg *leg = segment->leg;
  gboolean air = segment->kind == TR_ITINERARY_KIND_AIR;
  g_autofree char *from = place_text (tr_leg_get_start_location (leg),
                                      tr_leg_get_start_location_detail (leg), air);
  g_autofree char *to = place_text (tr_leg_get_end_location (leg),
                                    tr_leg_get_end_location_detail (leg), air);

  switch (segment->kind)
    {
    case TR_ITINERARY_KIND_HOTEL:
    case TR_ITINERARY_KIND_PARKING:
    case TR_ITINERARY_KIND_DINING:
    case TR_ITINERARY_KIND_EVENT:
      /* One place: hotels only have an end location. */
      return g_strdup (*to != '\0' ? to : from);
    case TR_ITINERARY_KIND_CAR:
      return join_route (from, to, TRUE);
    case TR_ITINERARY_KIND_AIR:
    case TR_ITINERARY_KIND_RAIL:
    case TR_ITINERARY_KIND_TAXI:
    case TR_ITINERARY_KIND_LIMO:
    case TR_ITINERARY_KIND_OTHER:
    default:
      return join_route (from, to, FALSE);
    }
}

/**
 * tr_itinerary_segment_dup_title:
 * @segment: a segment
 *
 * Returns: (transfer full): a title such as "Flight CDG → BER" or
 *   "Hotel Berlin"
 */
char *
tr_itinerary_segment_dup_title (TrItinerarySegment *segment)
{
  g_autofree char *places = NULL;
  const char *label;

  g_return_val_if_fail (segment != NULL, NULL);

  places = segment_places (segment);
  label = tr_itinerary_kind_label (segment->kind);
  if (*places == '\0')
    return g_strdup (label);
  /* TRANSLATORS: a segment title: kind, then places, "Flight CDG → BER" */
  return g_strdup_printf (_("%s %s"), label, places);
}
