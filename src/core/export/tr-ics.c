/* tr-ics.c
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

#include "tr-ics.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "tr-ics-private.h"

G_DEFINE_QUARK (tr-ics-error-quark, tr_ics_error)

#define PRODID "-//Travel Requests//Travel Requests " PACKAGE_VERSION "//EN"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (icalcomponent, icalcomponent_free)

/* The request's last change dates the export, so exporting the same
 * version twice gives the same file. */
static icaltimetype
context_dtstamp (TrRequest *request)
{
  GDateTime *modified = tr_request_get_last_modified (request);
  gint64 unix_time = modified != NULL ? g_date_time_to_unix (modified)
                                      : g_get_real_time () / G_USEC_PER_SEC;

  return icaltime_from_timet_with_zone ((time_t) unix_time, 0,
                                        icaltimezone_get_utc_timezone ());
}

static void
context_init (TrIcsContext *context,
              TrRequest    *request)
{
  context->request = request;
  context->dtstamp = context_dtstamp (request);
  context->zones = g_hash_table_new (g_str_hash, g_str_equal);
  context->uids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  context->first_year = G_MAXINT;
}

static void
context_clear (TrIcsContext *context)
{
  g_clear_pointer (&context->zones, g_hash_table_unref);
  g_clear_pointer (&context->uids, g_hash_table_unref);
}

/* A copy of libical's zone cut to the years of the trip, under the plain
 * IANA name the events reference (what GNOME Calendar and Evolution expect). */
static icalcomponent *
vtimezone_new (const char   *tzid,
               icaltimezone *zone,
               int           first_year)
{
  icalcomponent *vtimezone = icalcomponent_new_clone (icaltimezone_get_component (zone));
  icaltimetype from = icaltime_null_time ();
  icalproperty *property;

  from.year = first_year - 1;
  from.month = 1;
  from.day = 1;
  from.zone = icaltimezone_get_utc_timezone ();
  icaltimezone_truncate_vtimezone (vtimezone, from, icaltime_null_time (), 0);
  property = icalcomponent_get_first_property (vtimezone, ICAL_TZID_PROPERTY);
  if (property != NULL)
    icalproperty_set_tzid (property, tzid);
  else
    icalcomponent_add_property (vtimezone, icalproperty_new_tzid (tzid));
  return vtimezone;
}

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
add_timezones (icalcomponent *calendar,
               TrIcsContext  *context)
{
  g_autofree gpointer *names = NULL;
  guint n;

  names = g_hash_table_get_keys_as_array (context->zones, &n);
  g_qsort_with_data (names, n, sizeof (gpointer), compare_names, NULL);
  for (guint i = 0; i < n; i++)
    icalcomponent_add_component (calendar,
                                 vtimezone_new (names[i],
                                                g_hash_table_lookup (context->zones, names[i]),
                                                context->first_year));
}

static icalcomponent *
calendar_new (TrRequest *request)
{
  icalcomponent *calendar = icalcomponent_new_vcalendar ();
  const char *name = tr_request_get_name (request);

  icalcomponent_add_property (calendar, icalproperty_new_prodid (PRODID));
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  icalcomponent_add_property (calendar, icalproperty_new_method (ICAL_METHOD_PUBLISH));
  if (name != NULL && *name != '\0')
    {
      icalproperty *calname = icalproperty_new_x (name);

      icalproperty_set_x_name (calname, "X-WR-CALNAME");
      icalcomponent_add_property (calendar, calname);
    }
  return calendar;
}

static GPtrArray *
build_events (TrIcsContext  *context,
              GListModel    *expenses,
              GError       **error)
{
  g_autoptr(GPtrArray) segments = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) local_error = NULL;

  segments = tr_itinerary_collect (expenses, &local_error);
  if (segments == NULL)
    {
      g_set_error_literal (error, TR_ICS_ERROR, TR_ICS_ERROR_INVALID, local_error->message);
      return NULL;
    }
  events = g_ptr_array_new_with_free_func ((GDestroyNotify) icalcomponent_free);
  for (guint i = 0; i < segments->len; i++)
    {
      icalcomponent *event = tr_ics_event_new (context, g_ptr_array_index (segments, i), i);

      if (event != NULL)
        g_ptr_array_add (events, event);
    }
  return g_steal_pointer (&events);
}

static char *
empty_message (TrRequest *request)
{
  const char *name = tr_request_get_name (request);

  if (name == NULL || *name == '\0')
    return g_strdup (_("This request has no dated travel segment to add to a calendar"));
  /* Translators: %s is the name of a travel request */
  return g_strdup_printf (_("“%s” has no dated travel segment to add to a calendar"), name);
}

static char *
calendar_to_string (icalcomponent *calendar)
{
  char *text = icalcomponent_as_ical_string_r (calendar);
  char *result = g_strdup (text);

  free (text);
  return result;
}

/* Takes the events; VTIMEZONEs come first, as calendar clients expect. */
static char *
assemble (TrIcsContext *context,
          GPtrArray    *events)
{
  g_autoptr(icalcomponent) calendar = calendar_new (context->request);

  add_timezones (calendar, context);
  g_ptr_array_set_free_func (events, NULL);
  for (guint i = 0; i < events->len; i++)
    icalcomponent_add_component (calendar, g_ptr_array_index (events, i));
  return calendar_to_string (calendar);
}

/**
 * tr_ics_from_request:
 * @request: a request
 * @expenses: (nullable): its expected expenses (#TrExpense)
 * @error: return location for a %TR_ICS_ERROR
 *
 * Writes the itinerary of @request as an iCalendar object: one VEVENT per
 * leg of its travel-segment expenses, timed in the zone of each end where
 * the zone is known (with the matching VTIMEZONEs), in floating local time
 * otherwise. Legs without times become all-day events.
 *
 * Returns: (transfer full): the iCalendar text, or %NULL with @error set
 */
char *
tr_ics_from_request (TrRequest   *request,
                     GListModel  *expenses,
                     GError     **error)
{
  g_autoptr(GPtrArray) events = NULL;
  TrIcsContext context;
  char *text = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!TR_IS_REQUEST (request) || (expenses != NULL && !G_IS_LIST_MODEL (expenses)))
    {
      g_set_error_literal (error, TR_ICS_ERROR, TR_ICS_ERROR_INVALID,
                           _("There is no travel request to export"));
      return NULL;
    }
  context_init (&context, request);
  events = build_events (&context, expenses, error);
  if (events != NULL && events->len == 0)
    {
      g_autofree char *message = empty_message (request);

      g_set_error_literal (error, TR_ICS_ERROR, TR_ICS_ERROR_EMPTY, message);
    }
  else if (events != NULL)
    text = assemble (&context, events);
  context_clear (&context);
  return text;
}

static void
on_replace_contents_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * tr_ics_write_async:
 * @request: a request
 * @expenses: (nullable): its expected expenses
 * @file: where to write the calendar
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the file is written
 * @user_data: data for @callback
 *
 * Builds the calendar of tr_ics_from_request() and replaces @file with it;
 * the write is asynchronous I/O.
 */
void
tr_ics_write_async (TrRequest           *request,
                    GListModel          *expenses,
                    GFile               *file,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;
  char *text;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_ics_write_async);
  text = tr_ics_from_request (request, expenses, &error);
  if (text == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  bytes = g_bytes_new_take (text, strlen (text));
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE,
                                       G_FILE_CREATE_REPLACE_DESTINATION, cancellable,
                                       on_replace_contents_cb, g_steal_pointer (&task));
}

/**
 * tr_ics_write_finish:
 * @result: the result passed to the callback
 * @error: return location for an error
 *
 * Returns: %TRUE when the file was written
 */
gboolean
tr_ics_write_finish (GAsyncResult  *result,
                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_ics_write_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
