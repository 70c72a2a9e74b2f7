/* test-ics.c
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

#include <glib/gstdio.h>
#include <libical/ical.h>

#include "tr-ics.h"
#include "tr-itinerary.h"
#include "tr-time-zones.h"
#include "tr-export-test-utils.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (icalcomponent, icalcomponent_free)

static icalcomponent *
parse_calendar (const char *text)
{
  icalcomponent *calendar = icalparser_parse_string (text);

  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  return calendar;
}

static GPtrArray *
calendar_events (icalcomponent *calendar)
{
  GPtrArray *events = g_ptr_array_new ();

  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    g_ptr_array_add (events, event);
  return events;
}

/* "20180715T080000 Europe/Paris", "20260311" (all-day) or "… floating". */
static char *
describe_time (icalcomponent    *event,
               icalproperty_kind kind)
{
  icalproperty *property = icalcomponent_get_first_property (event, kind);
  icalparameter *tzid;
  icaltimetype time;

  if (property == NULL)
    return g_strdup ("none");
  time = kind == ICAL_DTSTART_PROPERTY ? icalproperty_get_dtstart (property)
                                       : icalproperty_get_dtend (property);
  tzid = icalproperty_get_first_parameter (property, ICAL_TZID_PARAMETER);
  if (time.is_date)
    return g_strdup (icaltime_as_ical_string (time));
  g_assert_false (icaltime_is_utc (time));
  return g_strdup_printf ("%s %s", icaltime_as_ical_string (time),
                          tzid != NULL ? icalparameter_get_tzid (tzid) : "floating");
}

static void
assert_event (icalcomponent *event,
              const char    *summary,
              const char    *start,
              const char    *end)
{
  g_autofree char *actual_start = describe_time (event, ICAL_DTSTART_PROPERTY);
  g_autofree char *actual_end = describe_time (event, ICAL_DTEND_PROPERTY);

  g_assert_cmpstr (icalcomponent_get_summary (event), ==, summary);
  g_assert_cmpstr (actual_start, ==, start);
  g_assert_cmpstr (actual_end, ==, end);
}

static gboolean
has_vtimezone (icalcomponent *calendar,
               const char    *tzid)
{
  for (icalcomponent *zone = icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT);
       zone != NULL;
       zone = icalcomponent_get_next_component (calendar, ICAL_VTIMEZONE_COMPONENT))
    {
      icalproperty *property = icalcomponent_get_first_property (zone, ICAL_TZID_PROPERTY);

      if (property != NULL && g_strcmp0 (icalproperty_get_tzid (property), tzid) == 0)
        return TRUE;
    }
  return FALSE;
}

static guint
count_vtimezones (icalcomponent *calendar)
{
  return icalcomponent_count_components (calendar, ICAL_VTIMEZONE_COMPONENT);
}

static void
assert_uids_unique (GPtrArray *events)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < events->len; i++)
    {
      const char *uid = icalcomponent_get_uid (g_ptr_array_index (events, i));

      g_assert_nonnull (uid);
      g_assert_true (g_str_has_suffix (uid, "@" TR_ICS_UID_DOMAIN));
      g_assert_false (g_hash_table_contains (seen, uid));
      g_hash_table_add (seen, (gpointer) uid);
    }
}

static char *
export_fixture (TrRequest  *request,
                GListModel *expenses)
{
  g_autoptr(GError) error = NULL;
  char *text = tr_ics_from_request (request, expenses, &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);
  return text;
}

static void
test_fixture_flights (void)
{
  g_autoptr(TrRequest) request = tr_export_test_load_request ("03-get-request.response.json");
  g_autoptr(GListModel) expenses = tr_export_test_load_expenses ("09-list-request-expenses.response.json");
  g_autofree char *text = export_fixture (request, expenses);
  g_autoptr(icalcomponent) calendar = parse_calendar (text);
  g_autoptr(GPtrArray) events = calendar_events (calendar);
  icalcomponent *first;

  g_assert_nonnull (icalcomponent_get_first_property (calendar, ICAL_PRODID_PROPERTY));
  g_assert_cmpstr (icalproperty_get_version (icalcomponent_get_first_property (calendar, ICAL_VERSION_PROPERTY)),
                   ==, "2.0");
  /* Two legs of the airfare; the taxi and the dinner are not segments. */
  g_assert_cmpuint (events->len, ==, 2);
  first = g_ptr_array_index (events, 0);
  assert_event (first, "Flight CDG → BER", "20180715T080000 Europe/Paris", "none");
  assert_event (g_ptr_array_index (events, 1), "Flight BER → CDG",
                "20180717T170000 Europe/Berlin", "none");
  g_assert_cmpstr (icalcomponent_get_uid (first), ==,
                   "224AF3CDCC2A5244A37C72FA5770C6F2-B0F356643B38BC419AFE60E050BB79A4@" TR_ICS_UID_DOMAIN);
  g_assert_nonnull (strstr (icalcomponent_get_description (first), "Client meeting in Berlin - JULY (333T)"));
  g_assert_nonnull (strstr (icalcomponent_get_location (first), "Charles De Gaulle Intl"));
  g_assert_cmpstr (icaltime_as_ical_string (icalcomponent_get_dtstamp (first)), ==, "20180525T073401Z");
  g_assert_true (has_vtimezone (calendar, "Europe/Paris"));
  g_assert_true (has_vtimezone (calendar, "Europe/Berlin"));
  g_assert_cmpuint (count_vtimezones (calendar), ==, 2);
  assert_uids_unique (events);
}

static void
test_fixture_rail (void)
{
  g_autoptr(TrRequest) request = tr_export_test_load_request ("03-get-request.response.json");
  g_autoptr(GListStore) expenses = g_list_store_new (TR_TYPE_EXPENSE);
  g_autofree char *path = g_build_filename (g_getenv ("TR_FIXTURES_DIR"), "08-create-expense.request.json", NULL);
  g_autofree char *json = NULL;
  g_autoptr(TrExpense) train = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(icalcomponent) calendar = NULL;
  g_autoptr(GPtrArray) events = NULL;

  g_file_get_contents (path, &json, NULL, &error);
  g_assert_no_error (error);
  train = tr_expense_new_from_string (json, &error);
  g_assert_no_error (error);
  g_list_store_append (expenses, train);

  text = export_fixture (request, G_LIST_MODEL (expenses));
  calendar = parse_calendar (text);
  events = calendar_events (calendar);
  g_assert_cmpuint (events->len, ==, 1);
  /* FR-75 and FR-06 resolve through the country. */
  assert_event (g_ptr_array_index (events, 0), "Train Paris → Nice", "20180718T210000 Europe/Paris", "none");
  /* A leg without id: request id + expense position keep the UID stable. */
  g_assert_true (g_str_has_prefix (icalcomponent_get_uid (g_ptr_array_index (events, 0)),
                                   "224AF3CDCC2A5244A37C72FA5770C6F2-"));
}

#define LOC(iata, country, sub, city) \
  "{\"iataCode\": \"" iata "\", \"countryCode\": \"" country "\"," \
  " \"countrySubDivisionCode\": \"" sub "\", \"city\": \"" city "\"}"

/* Out of order on purpose: the calendar lists them by date. */
static GListModel *
mixed_trip (void)
{
  GListStore *store = g_list_store_new (TR_TYPE_EXPENSE);
  g_autoptr(TrExpense) hotel = tr_export_test_segment ("E-HOTEL", "HOTEL",
    "[{\"id\": \"L-H\", \"startDate\": \"2026-03-11\", \"endDate\": \"2026-03-13\","
    " \"endLocation\": " LOC ("", "FR", "FR-75", "Paris") ", \"endLocationDetail\": \"Hôtel du Louvre\"}]");
  g_autoptr(TrExpense) flight = tr_export_test_segment ("E-AIR", "AIRFR",
    "[{\"id\": \"L-A1\", \"startDate\": \"2026-03-10\", \"startTime\": \"18:30\","
    " \"endDate\": \"2026-03-11\", \"endTime\": \"07:45\", \"flightNumber\": \"AF7\","
    " \"startLocation\": " LOC ("JFK", "US", "US-NY", "New York") ","
    " \"endLocation\": " LOC ("CDG", "FR", "FR-95", "Paris") "},"
    " {\"id\": \"L-A2\", \"startDate\": \"2026-03-13\", \"startTime\": \"10:15\","
    " \"endDate\": \"2026-03-13\", \"endTime\": \"12:55\","
    " \"startLocation\": " LOC ("CDG", "FR", "FR-95", "Paris") ","
    " \"endLocation\": " LOC ("", "US", "US-CA", "San Francisco") "}]");
  g_autoptr(TrExpense) car = tr_export_test_segment ("E-CAR", "CARRT",
    "[{\"id\": \"L-C\", \"startDate\": \"2026-03-13\", \"startTime\": \"14:00\","
    " \"endDate\": \"2026-03-15\", \"endTime\": \"09:00\","
    " \"startLocation\": " LOC ("SFO", "US", "US-CA", "San Francisco") "}]");
  g_autoptr(TrExpense) taxi = tr_export_test_segment ("E-TAXI", "TAXIF",
    "[{\"id\": \"L-T\", \"startDate\": \"2026-03-16\", \"startTime\": \"08:00\","
    " \"startLocation\": " LOC ("", "ZZ", "", "Atlantis") ","
    " \"endLocation\": " LOC ("", "ZZ", "", "Lemuria") "}]");
  g_autoptr(TrExpense) undated = tr_export_test_segment ("E-MISC", "MISC",
    "[{\"id\": \"L-M\", \"startLocation\": " LOC ("", "FR", "", "Lyon") "}]");

  g_list_store_append (store, hotel);
  g_list_store_append (store, taxi);
  g_list_store_append (store, flight);
  g_list_store_append (store, undated);
  g_list_store_append (store, car);
  return G_LIST_MODEL (store);
}

static void
test_mixed_trip (void)
{
  g_autoptr(TrRequest) request = tr_export_test_request ("REQ1", "Roadshow");
  g_autoptr(GListModel) expenses = mixed_trip ();
  g_autofree char *text = export_fixture (request, expenses);
  g_autoptr(icalcomponent) calendar = parse_calendar (text);
  g_autoptr(GPtrArray) events = calendar_events (calendar);

  /* The undated MISC leg cannot be placed in a calendar. */
  g_assert_cmpuint (events->len, ==, 5);
  assert_event (g_ptr_array_index (events, 0), "Flight JFK → CDG",
                "20260310T183000 America/New_York", "20260311T074500 Europe/Paris");
  /* Hotel without times: all-day from check-in to check-out (exclusive). */
  assert_event (g_ptr_array_index (events, 1), "Hotel Paris", "20260311", "20260313");
  assert_event (g_ptr_array_index (events, 2), "Flight CDG → San Francisco",
                "20260313T101500 Europe/Paris", "20260313T125500 America/Los_Angeles");
  assert_event (g_ptr_array_index (events, 3), "Car rental San Francisco",
                "20260313T140000 America/Los_Angeles", "20260315T090000 America/Los_Angeles");
  /* Unknown country: floating local time, no VTIMEZONE for it. */
  assert_event (g_ptr_array_index (events, 4), "Taxi Atlantis → Lemuria",
                "20260316T080000 floating", "none");
  g_assert_cmpstr (icalcomponent_get_location (g_ptr_array_index (events, 1)), ==, "Paris — Hôtel du Louvre");
  g_assert_nonnull (strstr (icalcomponent_get_description (g_ptr_array_index (events, 0)), "AF7"));
  g_assert_cmpuint (count_vtimezones (calendar), ==, 3);
  g_assert_true (has_vtimezone (calendar, "America/New_York"));
  g_assert_true (has_vtimezone (calendar, "America/Los_Angeles"));
  g_assert_true (has_vtimezone (calendar, "Europe/Paris"));
  g_assert_cmpstr (icalcomponent_get_uid (g_ptr_array_index (events, 4)), ==, "REQ1-L-T@" TR_ICS_UID_DOMAIN);
  assert_uids_unique (events);
}

/* The VTIMEZONE must describe the zone at the time of the trip. */
static void
test_vtimezone_offsets (void)
{
  g_autoptr(TrRequest) request = tr_export_test_request ("REQ1", "Roadshow");
  g_autoptr(GListModel) expenses = mixed_trip ();
  g_autofree char *text = export_fixture (request, expenses);
  g_autoptr(icalcomponent) calendar = parse_calendar (text);
  icaltimezone *paris = NULL;
  icaltimetype start = icaltime_from_string ("20260310T183000");
  int is_daylight = 0;

  for (icalcomponent *zone = icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT);
       zone != NULL && paris == NULL;
       zone = icalcomponent_get_next_component (calendar, ICAL_VTIMEZONE_COMPONENT))
    if (g_strcmp0 (icalproperty_get_tzid (icalcomponent_get_first_property (zone, ICAL_TZID_PROPERTY)),
                   "Europe/Paris") == 0)
      {
        paris = icaltimezone_new ();
        g_assert_true (icaltimezone_set_component (paris, icalcomponent_new_clone (zone)));
      }
  g_assert_nonnull (paris);
  /* 10 March: CET, UTC+1; 10 July: CEST, UTC+2. */
  g_assert_cmpint (icaltimezone_get_utc_offset (paris, &start, &is_daylight), ==, 3600);
  start.month = 7;
  g_assert_cmpint (icaltimezone_get_utc_offset (paris, &start, &is_daylight), ==, 7200);
  icaltimezone_free (paris, 1);
}

static void
test_uids_unique (void)
{
  g_autoptr(TrRequest) request = tr_export_test_request ("REQ2", "Same legs");
  g_autoptr(GListStore) expenses = g_list_store_new (TR_TYPE_EXPENSE);
  const char *legs = "[{\"startDate\": \"2026-05-01\", \"startTime\": \"09:00\"},"
                     " {\"startDate\": \"2026-05-02\", \"startTime\": \"09:00\"}]";
  g_autoptr(TrExpense) one = tr_export_test_segment ("E1", "RAILF", legs);
  g_autoptr(TrExpense) two = tr_export_test_segment ("E1", "RAILF", legs);
  g_autofree char *text = NULL;
  g_autoptr(icalcomponent) calendar = NULL;
  g_autoptr(GPtrArray) events = NULL;

  g_list_store_append (expenses, one);
  g_list_store_append (expenses, two);
  text = export_fixture (request, G_LIST_MODEL (expenses));
  calendar = parse_calendar (text);
  events = calendar_events (calendar);
  g_assert_cmpuint (events->len, ==, 4);
  /* No places at all: the title is the kind alone, the time floating. */
  assert_event (g_ptr_array_index (events, 0), "Train", "20260501T090000 floating", "none");
  assert_uids_unique (events);
}

static void
test_zone_resolver (void)
{
  g_autoptr(TrLocation) by_code = tr_export_test_location (NULL, "FR", NULL, "Nice");
  g_autoptr(TrLocation) unknown = tr_export_test_location (NULL, "ZZ", "ZZ-01", "Nowhere");
  g_autoptr(TrLocation) airport = tr_export_test_location ("yyz", "CA", "CA-ON", "Toronto");

  g_assert_cmpstr (tr_time_zone_for_iata ("CDG"), ==, "Europe/Paris");
  g_assert_cmpstr (tr_time_zone_for_iata ("nrt"), ==, "Asia/Tokyo");
  g_assert_null (tr_time_zone_for_iata ("QQQ"));
  g_assert_null (tr_time_zone_for_iata (NULL));
  g_assert_cmpstr (tr_time_zone_for_region ("US", "US-CA"), ==, "America/Los_Angeles");
  g_assert_cmpstr (tr_time_zone_for_region ("US", "IL"), ==, "America/Chicago");
  g_assert_cmpstr (tr_time_zone_for_region (NULL, "CA-BC"), ==, "America/Vancouver");
  g_assert_cmpstr (tr_time_zone_for_region (NULL, "DE-BE"), ==, "Europe/Berlin");
  g_assert_cmpstr (tr_time_zone_for_region ("ES", "ES-CN"), ==, "Atlantic/Canary");
  g_assert_cmpstr (tr_time_zone_for_region ("ES", "ES-M"), ==, "Europe/Madrid");
  g_assert_cmpstr (tr_time_zone_for_region ("AU", "AU-WA"), ==, "Australia/Perth");
  g_assert_cmpstr (tr_time_zone_for_region ("BR", "BR-SP"), ==, "America/Sao_Paulo");
  g_assert_cmpstr (tr_time_zone_for_region ("in", NULL), ==, "Asia/Kolkata");
  g_assert_cmpstr (tr_time_zone_for_region ("CN", NULL), ==, "Asia/Shanghai");
  g_assert_cmpstr (tr_time_zone_for_region ("SE", NULL), ==, "Europe/Stockholm");
  /* Several zones and no subdivision: unknown, not a guess. */
  g_assert_null (tr_time_zone_for_region ("US", NULL));
  g_assert_null (tr_time_zone_for_region ("US", "US-XX"));
  g_assert_null (tr_time_zone_for_region ("", ""));
  g_assert_cmpstr (tr_time_zone_for_location (airport), ==, "America/Toronto");
  g_assert_cmpstr (tr_time_zone_for_location (by_code), ==, "Europe/Paris");
  g_assert_null (tr_time_zone_for_location (unknown));
  g_assert_null (tr_time_zone_for_location (NULL));
  tr_location_set_location_code (unknown, "IATA_SIN");
  g_assert_cmpstr (tr_time_zone_for_location (unknown), ==, "Asia/Singapore");
}

/* Every zone the resolver can name must exist in libical's zone data. */
static void
test_zones_known_to_libical (void)
{
  const char * const *zones = tr_time_zone_list_known ();
  guint n = 0;

  for (; zones[n] != NULL; n++)
    {
      g_test_message ("zone %s", zones[n]);
      g_assert_nonnull (icaltimezone_get_builtin_timezone (zones[n]));
    }
  g_assert_cmpuint (n, >, 50);
}

static void
test_errors (void)
{
  g_autoptr(TrRequest) request = tr_export_test_request ("REQ3", "Dinner only");
  g_autoptr(GListModel) expenses = tr_export_test_load_expenses ("09-list-request-expenses.response.json");
  g_autoptr(GListStore) dinners = g_list_store_new (TR_TYPE_EXPENSE);
  g_autoptr(GListStore) wrong = g_list_store_new (TR_TYPE_LOCATION);
  g_autoptr(TrLocation) location = tr_location_new ();
  g_autoptr(GError) error = NULL;
  char *text;

  /* Only non-segment expenses (taxi and dinner): nothing to export. */
  g_list_store_append (dinners, g_list_model_get_object (expenses, 1));
  g_object_unref (g_list_model_get_object (expenses, 1));
  g_list_store_append (dinners, g_list_model_get_object (expenses, 2));
  g_object_unref (g_list_model_get_object (expenses, 2));
  text = tr_ics_from_request (request, G_LIST_MODEL (dinners), &error);
  g_assert_error (error, TR_ICS_ERROR, TR_ICS_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, "Dinner only"));
  g_assert_null (text);
  g_clear_error (&error);

  text = tr_ics_from_request (request, NULL, &error);
  g_assert_error (error, TR_ICS_ERROR, TR_ICS_ERROR_EMPTY);
  g_assert_null (text);
  g_clear_error (&error);

  text = tr_ics_from_request (NULL, expenses, &error);
  g_assert_error (error, TR_ICS_ERROR, TR_ICS_ERROR_INVALID);
  g_assert_null (text);
  g_clear_error (&error);

  g_list_store_append (wrong, location);
  text = tr_ics_from_request (request, G_LIST_MODEL (wrong), &error);
  g_assert_error (error, TR_ICS_ERROR, TR_ICS_ERROR_INVALID);
  g_assert_null (text);
}

static void
on_written_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **out = user_data;

  g_assert_null (source);
  *out = g_object_ref (result);
}

static gboolean
write_and_wait (TrRequest   *request,
                GListModel  *expenses,
                GFile       *file,
                GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_ics_write_async (request, expenses, file, NULL, on_written_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return tr_ics_write_finish (result, error);
}

static void
test_write_file (void)
{
  g_autoptr(TrRequest) request = tr_export_test_load_request ("03-get-request.response.json");
  g_autoptr(GListModel) expenses = tr_export_test_load_expenses ("09-list-request-expenses.response.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("tr-ics-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "trip.ics", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such", "dir.ics", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (missing);
  g_autofree char *expected = export_fixture (request, expenses);
  g_autofree char *written = NULL;

  g_assert_no_error (error);
  g_assert_true (write_and_wait (request, expenses, file, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &written, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (written, ==, expected);

  g_assert_false (write_and_wait (request, expenses, bad, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (write_and_wait (request, NULL, file, &error));
  g_assert_error (error, TR_ICS_ERROR, TR_ICS_ERROR_EMPTY);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/ics/fixture-flights", test_fixture_flights);
  g_test_add_func ("/export/ics/fixture-rail", test_fixture_rail);
  g_test_add_func ("/export/ics/mixed-trip", test_mixed_trip);
  g_test_add_func ("/export/ics/vtimezone-offsets", test_vtimezone_offsets);
  g_test_add_func ("/export/ics/uids-unique", test_uids_unique);
  g_test_add_func ("/export/ics/zone-resolver", test_zone_resolver);
  g_test_add_func ("/export/ics/zones-known-to-libical", test_zones_known_to_libical);
  g_test_add_func ("/export/ics/errors", test_errors);
  g_test_add_func ("/export/ics/write-file", test_write_file);

  return g_test_run ();
}
