/* tr-ics-event.c
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

#include <glib/gi18n-lib.h>

#include "tr-ics-private.h"
#include "tr-time-zones.h"
#include "tr-trip-data.h"

/* One end of an event: a local date (and time) in a zone, or floating. */
typedef struct
{
  icaltimetype  time;
  const char   *tzid; /* NULL: floating or all-day */
} EventTime;

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

static gboolean
date_ok (const GDate *date)
{
  return date != NULL && g_date_valid (date);
}

static icaltimezone *
resolve_zone (TrIcsContext *context,
              TrLocation   *location,
              const char  **tzid)
{
  const char *name = tr_time_zone_for_location (location);
  icaltimezone *zone;

  *tzid = NULL;
  if (name == NULL)
    return NULL;
  zone = g_hash_table_lookup (context->zones, name);
  if (zone == NULL)
    zone = icaltimezone_get_builtin_timezone (name);
  if (zone == NULL)
    return NULL;
  g_hash_table_insert (context->zones, (gpointer) name, zone);
  *tzid = name;
  return zone;
}

static EventTime
make_time (TrIcsContext *context,
           const GDate  *date,
           int           minutes,
           TrLocation   *location)
{
  EventTime result = { icaltime_null_time (), NULL };

  result.time.year = g_date_get_year (date);
  result.time.month = g_date_get_month (date);
  result.time.day = g_date_get_day (date);
  context->first_year = MIN (context->first_year, result.time.year);
  if (minutes < 0)
    {
      result.time.is_date = 1;
      return result;
    }
  result.time.hour = minutes / 60;
  result.time.minute = minutes % 60;
  result.time.zone = resolve_zone (context, location, &result.tzid);
  return result;
}

static icalproperty *
time_property (icalproperty *property,
               const char   *tzid)
{
  if (tzid != NULL)
    icalproperty_add_parameter (property, icalparameter_new_tzid (tzid));
  return property;
}

/* Where each end of the segment is, for its time zone. */
static void
segment_places (TrItinerarySegment  *segment,
                TrLocation         **start,
                TrLocation         **end)
{
  *start = tr_leg_get_start_location (segment->leg);
  *end = tr_leg_get_end_location (segment->leg);
  if (segment->kind == TR_ITINERARY_KIND_HOTEL && *end != NULL)
    *start = *end;
  if (*end == NULL)
    *end = *start;
  if (*start == NULL)
    *start = *end;
}

static icaltimetype
date_value (const GDate *date)
{
  icaltimetype value = icaltime_null_date ();

  value.year = g_date_get_year (date);
  value.month = g_date_get_month (date);
  value.day = g_date_get_day (date);
  return value;
}

/* All-day: [start, end] inclusive, or check-in to check-out for hotels. */
static void
add_all_day (icalcomponent      *event,
             TrItinerarySegment *segment,
             const GDate        *start,
             const GDate        *end)
{
  icaltimetype dtstart = date_value (start);
  icaltimetype dtend = dtstart;

  if (date_ok (end) && g_date_compare (end, start) > 0)
    {
      dtend = date_value (end);
      if (segment->kind != TR_ITINERARY_KIND_HOTEL)
        icaltime_adjust (&dtend, 1, 0, 0, 0);
    }
  else
    icaltime_adjust (&dtend, 1, 0, 0, 0);
  icalcomponent_add_property (event, icalproperty_new_dtstart (dtstart));
  icalcomponent_add_property (event, icalproperty_new_dtend (dtend));
}

static void
add_timed (icalcomponent      *event,
           TrIcsContext       *context,
           TrItinerarySegment *segment,
           const GDate        *start_date)
{
  TrLeg *leg = segment->leg;
  const GDate *end_date = tr_leg_get_end_date (leg);
  TrLocation *start_place, *end_place;
  EventTime start, end;

  segment_places (segment, &start_place, &end_place);
  start = make_time (context, start_date, tr_leg_get_start_time (leg), start_place);
  icalcomponent_add_property (event, time_property (icalproperty_new_dtstart (start.time),
                                                    start.tzid));
  if (tr_leg_get_end_time (leg) < 0)
    return;
  end = make_time (context, date_ok (end_date) ? end_date : start_date,
                   tr_leg_get_end_time (leg), end_place);
  /* An arrival before the departure is bad data: keep the start only. */
  if (icaltime_compare (end.time, start.time) > 0)
    icalcomponent_add_property (event, time_property (icalproperty_new_dtend (end.time),
                                                      end.tzid));
}

/* Returns FALSE when the leg has no date to put in a calendar. */
static gboolean
add_times (icalcomponent      *event,
           TrIcsContext       *context,
           TrItinerarySegment *segment)
{
  TrLeg *leg = segment->leg;
  const GDate *start = tr_leg_get_start_date (leg);
  const GDate *end = tr_leg_get_end_date (leg);
  gboolean hotel = segment->kind == TR_ITINERARY_KIND_HOTEL;

  if (!date_ok (start))
    start = end;
  if (!date_ok (start))
    return FALSE;
  if (tr_leg_get_start_time (leg) < 0
      || (hotel && (tr_leg_get_end_time (leg) < 0 || !date_ok (end))))
    {
      context->first_year = MIN (context->first_year, (int) g_date_get_year (start));
      add_all_day (event, segment, start, end);
    }
  else
    add_timed (event, context, segment, start);
  return TRUE;
}

static char *
describe_location (TrLocation *location,
                   const char *detail)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *name = location != NULL ? tr_location_get_name (location) : NULL;
  const char *city = location != NULL ? tr_location_get_city (location) : NULL;
  const char *iata = location != NULL ? tr_location_get_iata_code (location) : NULL;

  if (is_set (name))
    g_string_append (text, name);
  if (is_set (city) && g_strcmp0 (city, name) != 0)
    g_string_append_printf (text, text->len > 0 ? ", %s" : "%s", city);
  if (is_set (iata))
    g_string_append_printf (text, text->len > 0 ? " (%s)" : "%s", iata);
  if (is_set (detail))
    g_string_append_printf (text, text->len > 0 ? " — %s" : "%s", detail);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
event_location (TrItinerarySegment *segment)
{
  TrLeg *leg = segment->leg;

  if (segment->kind == TR_ITINERARY_KIND_HOTEL
      && (tr_leg_get_end_location (leg) != NULL || is_set (tr_leg_get_end_location_detail (leg))))
    return describe_location (tr_leg_get_end_location (leg), tr_leg_get_end_location_detail (leg));
  return describe_location (tr_leg_get_start_location (leg), tr_leg_get_start_location_detail (leg));
}

static void
append_line (GString    *text,
             const char *label,
             const char *value)
{
  if (!is_set (value))
    return;
  if (text->len > 0)
    g_string_append_c (text, '\n');
  /* TRANSLATORS: a "label: value" line of a calendar event's description */
  g_string_append_printf (text, _("%s: %s"), label, value);
}

static char *
request_label (TrRequest *request)
{
  const char *name = tr_request_get_name (request);
  const char *number = tr_request_get_request_id (request);

  if (is_set (name) && is_set (number))
    return g_strdup_printf ("%s (%s)", name, number);
  return g_strdup (is_set (name) ? name : number);
}

static char *
event_description (TrIcsContext       *context,
                   TrItinerarySegment *segment)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *request = request_label (context->request);
  g_autofree char *from = describe_location (tr_leg_get_start_location (segment->leg),
                                             tr_leg_get_start_location_detail (segment->leg));
  g_autofree char *to = describe_location (tr_leg_get_end_location (segment->leg),
                                           tr_leg_get_end_location_detail (segment->leg));
  TrExpenseType *type = tr_expense_get_expense_type (segment->expense);
  TrLeg *leg = segment->leg;

  append_line (text, _("Travel request"), request);
  append_line (text, _("Expense"), type != NULL ? tr_expense_type_get_name (type) : NULL);
  append_line (text, _("From"), from);
  append_line (text, _("To"), to);
  append_line (text, _("Flight number"), tr_leg_get_flight_number (leg));
  append_line (text, _("Service"), tr_leg_get_service_name (leg));
  append_line (text, _("Class of service"), tr_leg_get_class_of_service (leg));
  append_line (text, _("Vendor"), tr_leg_get_vendor_name (leg));
  append_line (text, _("Booking reference"), tr_leg_get_segment_locator (leg));
  append_line (text, _("Comment"), tr_leg_get_comment (leg));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Stable across exports: request id + leg id; unsaved legs use their
 * expense and position instead. */
static char *
event_uid (TrIcsContext       *context,
           TrItinerarySegment *segment,
           guint               position)
{
  const char *request = tr_request_get_id (context->request);
  const char *leg = tr_leg_get_id (segment->leg);
  const char *expense = tr_expense_get_id (segment->expense);
  g_autofree char *local = NULL;
  g_autofree char *uid = NULL;

  if (!is_set (request))
    request = is_set (tr_request_get_request_id (context->request))
              ? tr_request_get_request_id (context->request) : "request";
  if (is_set (leg))
    local = g_strdup_printf ("%s-%s", request, leg);
  else if (is_set (expense))
    local = g_strdup_printf ("%s-%s-%u", request, expense, segment->leg_index);
  else
    local = g_strdup_printf ("%s-segment-%u", request, position);
  uid = g_strdup_printf ("%s@%s", local, TR_ICS_UID_DOMAIN);
  for (guint i = 2; g_hash_table_contains (context->uids, uid); i++)
    {
      g_free (uid);
      uid = g_strdup_printf ("%s-%u@%s", local, i, TR_ICS_UID_DOMAIN);
    }
  g_hash_table_add (context->uids, g_strdup (uid));
  return g_steal_pointer (&uid);
}

static void
add_texts (icalcomponent      *event,
           TrIcsContext       *context,
           TrItinerarySegment *segment,
           guint               position)
{
  g_autofree char *uid = event_uid (context, segment, position);
  g_autofree char *summary = tr_itinerary_segment_dup_title (segment);
  g_autofree char *location = event_location (segment);
  g_autofree char *description = event_description (context, segment);

  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (context->dtstamp));
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  if (*location != '\0')
    icalcomponent_add_property (event, icalproperty_new_location (location));
  icalcomponent_add_property (event, icalproperty_new_description (description));
  icalcomponent_add_property (event, icalproperty_new_categories (_("Travel")));
  icalcomponent_add_property (event,
                              icalproperty_new_transp (segment->kind == TR_ITINERARY_KIND_HOTEL
                                                       ? ICAL_TRANSP_TRANSPARENT
                                                       : ICAL_TRANSP_OPAQUE));
}

/**
 * tr_ics_event_new:
 * @context: the calendar being assembled
 * @segment: a segment
 * @position: index of @segment in the itinerary
 *
 * Returns: (transfer full) (nullable): a VEVENT, or %NULL when the leg has
 *   no date
 */
icalcomponent *
tr_ics_event_new (TrIcsContext       *context,
                  TrItinerarySegment *segment,
                  guint               position)
{
  icalcomponent *event = icalcomponent_new_vevent ();

  if (!add_times (event, context, segment))
    {
      icalcomponent_free (event);
      return NULL;
    }
  add_texts (event, context, segment, position);
  return event;
}
