/* tr-request-format.c
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

#define G_LOG_DOMAIN "TrRequestFormat"

#include <glib/gi18n.h>
#include <string.h>

#include "tr-locale.h"
#include "tr-request-format.h"
#include "tr-request-validation.h"

static const struct
{
  TrSegmentKind  kind;
  const char    *code;
  const char    *category;
  const char    *icon_name;
  const char    *label;
} segment_kinds[] = {
  { TR_SEGMENT_KIND_OTHER, "MISC", "REQ_SEG_MISC", "tr-segment-other-symbolic", N_("Other") },
  { TR_SEGMENT_KIND_AIR, "AIRFR", "REQ_SEG_AIRFR", "tr-segment-air-symbolic", N_("Flight") },
  { TR_SEGMENT_KIND_RAIL, "RAILF", "REQ_SEG_RAILF", "tr-segment-rail-symbolic", N_("Train") },
  { TR_SEGMENT_KIND_HOTEL, "HOTEL", "REQ_SEG_HOTEL", "tr-segment-hotel-symbolic", N_("Hotel") },
  { TR_SEGMENT_KIND_CAR, "CARRT", "REQ_SEG_CARRT", "tr-segment-car-symbolic", N_("Car rental") },
  { TR_SEGMENT_KIND_TAXI, "TAXIF", "REQ_SEG_TAXIF", "tr-segment-taxi-symbolic", N_("Taxi") },
  { TR_SEGMENT_KIND_LIMO, "LIMOF", "REQ_SEG_LIMOF", "tr-segment-car-symbolic", N_("Limousine") },
  { TR_SEGMENT_KIND_PARKING, "PARKG", "REQ_SEG_PARKG", "tr-segment-car-symbolic", N_("Parking") },
  { TR_SEGMENT_KIND_DINING, "DININ", "REQ_SEG_DININ", "emoji-food-symbolic", N_("Dining") },
  { TR_SEGMENT_KIND_EVENT, "EVENT", "REQ_SEG_EVENT", "x-office-calendar-symbolic", N_("Event") },
};

/* Expense type ids of plain expected expenses that match a segment family. */
static const struct
{
  const char    *expense_type;
  TrSegmentKind  kind;
} expense_type_kinds[] = {
  { "AIRFR", TR_SEGMENT_KIND_AIR }, { "RAILF", TR_SEGMENT_KIND_RAIL },
  { "TRAIN", TR_SEGMENT_KIND_RAIL }, { "HOTEL", TR_SEGMENT_KIND_HOTEL },
  { "LODNG", TR_SEGMENT_KIND_HOTEL }, { "CARRT", TR_SEGMENT_KIND_CAR },
  { "TAXIX", TR_SEGMENT_KIND_TAXI }, { "TAXIF", TR_SEGMENT_KIND_TAXI },
  { "LIMOF", TR_SEGMENT_KIND_LIMO }, { "PARKG", TR_SEGMENT_KIND_PARKING },
  { "DINNR", TR_SEGMENT_KIND_DINING }, { "LUNCH", TR_SEGMENT_KIND_DINING },
  { "BRKFT", TR_SEGMENT_KIND_DINING }, { "DININ", TR_SEGMENT_KIND_DINING },
};

TrSegmentKind
tr_segment_kind_from_code (const char *code)
{
  for (gsize i = 0; code != NULL && i < G_N_ELEMENTS (segment_kinds); i++)
    if (g_ascii_strcasecmp (code, segment_kinds[i].code) == 0
        || g_ascii_strcasecmp (code, segment_kinds[i].category) == 0)
      return segment_kinds[i].kind;

  return TR_SEGMENT_KIND_OTHER;
}

/**
 * tr_segment_kind_from_expense:
 * @expense: an expected expense
 *
 * The segment type's category decides (custom numeric codes live under a
 * standard category); a plain expense is classified by its expense type.
 */
TrSegmentKind
tr_segment_kind_from_expense (TrExpense *expense)
{
  TrTripData *trip = tr_expense_get_trip_data (expense);
  TrExpenseType *type = tr_expense_get_expense_type (expense);
  const char *id = type ? tr_expense_type_get_id (type) : NULL;

  if (trip != NULL && tr_trip_data_get_segment_type (trip) != NULL)
    {
      TrSegmentType *segment = tr_trip_data_get_segment_type (trip);
      TrSegmentKind kind = tr_segment_kind_from_code (tr_segment_type_get_category (segment));

      return kind != TR_SEGMENT_KIND_OTHER
        ? kind : tr_segment_kind_from_code (tr_segment_type_get_code (segment));
    }

  for (gsize i = 0; id != NULL && i < G_N_ELEMENTS (expense_type_kinds); i++)
    if (g_ascii_strcasecmp (id, expense_type_kinds[i].expense_type) == 0)
      return expense_type_kinds[i].kind;

  return TR_SEGMENT_KIND_OTHER;
}

static guint
kind_index (TrSegmentKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (segment_kinds); i++)
    if (segment_kinds[i].kind == kind)
      return i;
  return 0;
}

const char *
tr_segment_kind_to_code (TrSegmentKind kind)
{
  return segment_kinds[kind_index (kind)].code;
}

const char *
tr_segment_kind_to_category (TrSegmentKind kind)
{
  return segment_kinds[kind_index (kind)].category;
}

const char *
tr_segment_kind_icon_name (TrSegmentKind kind)
{
  return segment_kinds[kind_index (kind)].icon_name;
}

const char *
tr_segment_kind_label (TrSegmentKind kind)
{
  return _(segment_kinds[kind_index (kind)].label);
}

/**
 * tr_trip_type_label:
 * @trip_type: (nullable): `ONE_WAY`, `ROUND_TRIP` or `MULTI_STOPS`
 *
 * Returns: the translated label, or %NULL for no or an unknown type
 */
const char *
tr_trip_type_label (const char *trip_type)
{
  if (g_strcmp0 (trip_type, "ONE_WAY") == 0)
    return _("One way");
  if (g_strcmp0 (trip_type, "ROUND_TRIP") == 0)
    return _("Round trip");
  if (g_strcmp0 (trip_type, "MULTI_STOPS") == 0)
    return _("Multi-stop");
  return NULL;
}

static const char *
location_key (TrLocation *location)
{
  const char *keys[4];

  if (location == NULL)
    return NULL;
  keys[0] = tr_location_get_iata_code (location);
  keys[1] = tr_location_get_location_code (location);
  keys[2] = tr_location_get_city (location);
  keys[3] = tr_location_get_name (location);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (keys[i] != NULL && *keys[i] != '\0')
      return keys[i];
  return NULL;
}

static gboolean
same_place (TrLocation *a,
            TrLocation *b)
{
  const char *ka = location_key (a);

  return ka != NULL && g_strcmp0 (ka, location_key (b)) == 0;
}

/**
 * tr_trip_type_for_legs:
 * @legs: a list of #TrLeg
 *
 * Derives the trip type the way the API does when `tripType` is absent.
 *
 * Returns: `ONE_WAY`, `ROUND_TRIP` or `MULTI_STOPS`
 */
const char *
tr_trip_type_for_legs (GListModel *legs)
{
  guint n = legs ? g_list_model_get_n_items (legs) : 0;
  g_autoptr(TrLeg) first = NULL;
  g_autoptr(TrLeg) second = NULL;

  if (n < 2)
    return "ONE_WAY";
  if (n > 2)
    return "MULTI_STOPS";

  first = g_list_model_get_item (legs, 0);
  second = g_list_model_get_item (legs, 1);
  if (tr_leg_get_return_leg (second)
      || (same_place (tr_leg_get_start_location (first), tr_leg_get_end_location (second))
          && same_place (tr_leg_get_end_location (first), tr_leg_get_start_location (second))))
    return "ROUND_TRIP";

  return "MULTI_STOPS";
}

char *
tr_format_date (const GDate *date)
{
  char buf[128];

  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");
  /* TRANSLATORS: a date as in "Wed 15 Jul 2026", see strftime(3) */
  if (g_date_strftime (buf, sizeof buf, _("%a %e %b %Y"), date) == 0)
    return tr_validation_format_date (date);
  return g_strdup (g_strstrip (buf));
}

char *
tr_format_date_time (const GDate *date,
                     int          minutes)
{
  g_autofree char *day = tr_format_date (date);
  g_autofree char *time = tr_locale_format_time (minutes);

  if (*day == '\0' || *time == '\0')
    return g_strconcat (day, time, NULL);
  return g_strdup_printf ("%s %s", day, time);
}

char *
tr_format_date_range (const GDate *start,
                      int          start_time,
                      const GDate *end,
                      int          end_time)
{
  g_autofree char *from = tr_format_date_time (start, start_time);
  g_autofree char *to = tr_format_date_time (end, end_time);

  if (*from == '\0' || *to == '\0')
    return g_strconcat (from, to, NULL);
  /* TRANSLATORS: a range of dates, "from – to" */
  return g_strdup_printf (_("%s – %s"), from, to);
}

char *
tr_format_timestamp (GDateTime *timestamp)
{
  g_autoptr(GDateTime) local = NULL;

  if (timestamp == NULL)
    return g_strdup ("");
  local = g_date_time_to_local (timestamp);
  /* Expense dates are days sent as midnight UTC: show the day only. */
  if (g_date_time_get_hour (timestamp) == 0 && g_date_time_get_minute (timestamp) == 0
      && g_date_time_get_second (timestamp) == 0)
    {
      g_autofree char *day = g_date_time_format (timestamp, _("%e %b %Y"));
      return g_strdup (g_strstrip (day));
    }
  /* TRANSLATORS: a date and time, see g_date_time_format() */
  return g_strstrip (g_date_time_format (local, _("%e %b %Y %H:%M")));
}

/* Exact, with the locale's separators and currency placement. */
char *
tr_format_amount (const TrAmount *amount)
{
  return tr_locale_format_amount (amount);
}

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/* The country in the user's language, the code itself when unknown. */
static const char *
country_name (const char *code)
{
  const char *name = tr_locale_country_name (code);

  return name != NULL ? name : code;
}

char *
tr_format_location (TrLocation *location)
{
  const char *name, *city, *iata;
  GString *text;

  if (location == NULL)
    return g_strdup ("");
  name = tr_location_get_name (location);
  city = tr_location_get_city (location);
  iata = tr_location_get_iata_code (location);

  text = g_string_new (is_set (name) ? name : is_set (city) ? city : "");
  if (!is_set (name) && !is_set (city) && is_set (tr_location_get_country_code (location)))
    g_string_append (text, country_name (tr_location_get_country_code (location)));
  if (is_set (iata))
    g_string_append_printf (text, text->len > 0 ? " (%s)" : "%s", iata);
  return g_string_free (text, FALSE);
}

char *
tr_format_employee (TrEmployee *employee)
{
  const char *parts[3];
  g_autoptr(GString) text = g_string_new (NULL);

  if (employee == NULL)
    return g_strdup ("");
  parts[0] = tr_employee_get_first_name (employee);
  parts[1] = tr_employee_get_middle_initial (employee);
  parts[2] = tr_employee_get_last_name (employee);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (is_set (parts[i]))
      g_string_append_printf (text, text->len > 0 ? " %s" : "%s", parts[i]);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
tr_format_custom_field (TrCustomField *field)
{
  if (field == NULL)
    return g_strdup ("");
  if (is_set (tr_custom_field_get_code (field)))
    return g_strdup (tr_custom_field_get_code (field));
  return g_strdup (tr_custom_field_get_value (field) ? tr_custom_field_get_value (field) : "");
}

char *
tr_format_leg (TrLeg *leg)
{
  g_autofree char *from = tr_format_location (tr_leg_get_start_location (leg));
  g_autofree char *to = tr_format_location (tr_leg_get_end_location (leg));
  g_autofree char *when = tr_format_date_range (tr_leg_get_start_date (leg),
                                                tr_leg_get_start_time (leg),
                                                tr_leg_get_end_date (leg),
                                                tr_leg_get_end_time (leg));
  g_autofree char *route = NULL;

  if (*from == '\0' && is_set (tr_leg_get_start_location_detail (leg)))
    {
      g_free (from);
      from = g_strdup (tr_leg_get_start_location_detail (leg));
    }
  if (*to == '\0' && is_set (tr_leg_get_end_location_detail (leg)))
    {
      g_free (to);
      to = g_strdup (tr_leg_get_end_location_detail (leg));
    }

  if (*from != '\0' && *to != '\0')
    route = g_strdup_printf ("%s → %s", from, to);
  else
    route = g_strconcat (from, to, NULL);

  if (*route == '\0' || *when == '\0')
    return g_strconcat (route, when, NULL);
  return g_strdup_printf ("%s · %s", route, when);
}

const char *
tr_operation_label (const char *rel)
{
  static const struct { const char *rel; const char *label; } labels[] = {
    { "submit", N_("Submit") }, { "recall", N_("Recall") },
    { "cancel", N_("Cancel Request") }, { "close", N_("Close Request") },
    { "reopen", N_("Reopen") }, { "approve", N_("Approve") },
    { "sendback", N_("Send Back") },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (rel, labels[i].rel) == 0)
      return _(labels[i].label);
  return rel;
}

gboolean
tr_operation_is_destructive (const char *rel)
{
  return g_strcmp0 (rel, "cancel") == 0 || g_strcmp0 (rel, "recall") == 0
         || g_strcmp0 (rel, "close") == 0 || g_strcmp0 (rel, "sendback") == 0;
}

/**
 * tr_expense_get_sort_key:
 * @expense: an expected expense
 * @date: (out caller-allocates): the first leg's start date, else the
 *   transaction date; invalid when neither is known
 * @minutes: (out): the first leg's start time, or -1
 */
void
tr_expense_get_sort_key (TrExpense *expense,
                         GDate     *date,
                         int       *minutes)
{
  GListModel *legs = tr_expense_get_legs (expense);
  GDateTime *when = tr_expense_get_transaction_date (expense);

  g_date_clear (date, 1);
  *minutes = -1;
  if (legs != NULL && g_list_model_get_n_items (legs) > 0)
    {
      g_autoptr(TrLeg) leg = g_list_model_get_item (legs, 0);
      const GDate *start = tr_leg_get_start_date (leg);

      if (start != NULL && g_date_valid (start))
        {
          *date = *start;
          *minutes = tr_leg_get_start_time (leg);
          return;
        }
    }
  if (when != NULL)
    g_date_set_dmy (date, (GDateDay) g_date_time_get_day_of_month (when),
                    (GDateMonth) g_date_time_get_month (when),
                    (GDateYear) g_date_time_get_year (when));
}
