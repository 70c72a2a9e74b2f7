/* test-json-values.c
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

/* Date, time and timestamp validation, lenient integers, JSON helpers. */

#include "tr-core-test-utils.h"

#include <string.h>

static void
test_dates (void)
{
  const char *good[] = { "2018-07-01", "2020-02-29", "0001-01-01" };
  const char *bad[] = { "2018-13-40", "2018-02-30", "2019-02-29", "2018-7-1", "2018/07/01",
                        "2018-07-01T00:00", "", "abcd-ef-gh", "0000-01-01" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GDate) date = tr_date_parse (good[i]);
      g_autofree char *text = NULL;

      g_assert_nonnull (date);
      text = tr_date_format (date);
      g_assert_cmpstr (text, ==, good[i]);
      /* The allocation-free reading agrees. */
      g_assert_cmpuint (tr_date_julian_of_text (good[i]), ==, g_date_get_julian (date));
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_null (tr_date_parse (bad[i]));
      g_assert_cmpuint (tr_date_julian_of_text (bad[i]), ==, 0);
    }
  g_assert_null (tr_date_parse (NULL));
  g_assert_cmpuint (tr_date_julian_of_text (NULL), ==, 0);
}

static void
test_times (void)
{
  int minutes = -2;
  g_autofree char *text = NULL;

  g_assert_true (tr_time_parse ("07:15", &minutes));
  g_assert_cmpint (minutes, ==, 435);
  g_assert_true (tr_time_parse ("23:59", &minutes));
  g_assert_cmpint (minutes, ==, 1439);
  g_assert_true (tr_time_parse ("00:00:30", &minutes));
  g_assert_cmpint (minutes, ==, 0);
  g_assert_false (tr_time_parse ("25:00", &minutes));
  g_assert_false (tr_time_parse ("24:00", &minutes));
  g_assert_false (tr_time_parse ("12:60", &minutes));
  g_assert_false (tr_time_parse ("7:15", &minutes));
  g_assert_false (tr_time_parse ("07:15Z", &minutes));
  g_assert_false (tr_time_parse (NULL, &minutes));
  text = tr_time_format (435);
  g_assert_cmpstr (text, ==, "07:15");
  g_assert_null (tr_time_format (-1));
}

static void
test_timestamps (void)
{
  const struct { const char *in; const char *out; } good[] = {
    { "2018-05-25T08:08:59.000Z", "2018-05-25T08:08:59.000Z" },
    { "2018-07-18T00:00:00Z", "2018-07-18T00:00:00.000Z" },
    { "2019-11-14T10:39:00.000", "2019-11-14T10:39:00.000Z" },
    { "2019-11-14T10:39:00", "2019-11-14T10:39:00.000Z" },
    { "2019-11-14T10:39:00.5Z", "2019-11-14T10:39:00.500Z" },
    /* years before 1000 keep 4 digits (GLib's %Y does not pad them) */
    { "0018-05-25T07:31:33", "0018-05-25T07:31:33.000Z" },
    { "0001-01-01T00:00:00.999Z", "0001-01-01T00:00:00.999Z" },
    { "0999-12-31T23:59:59Z", "0999-12-31T23:59:59.000Z" },
    { "9999-12-31T23:59:59.123Z", "9999-12-31T23:59:59.123Z" },
  };
  const char *bad[] = { "2019-11-14:T10:39:00.000Z", "2018-13-01T00:00:00Z", "2018-01-01T25:00:00Z",
                        "2018-01-01T10:61:00Z", "2018-01-01T10:00:00.Z", "2018-01-01T10:00:00+02:00",
                        "2018-01-01", "2018-02-30T00:00:00Z", "2018-01-01T10:00:00ZZ" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GDateTime) timestamp = tr_timestamp_parse (good[i].in);
      g_autofree char *text = NULL;

      g_assert_nonnull (timestamp);
      text = tr_timestamp_format (timestamp);
      g_assert_cmpstr (text, ==, good[i].out);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_assert_null (tr_timestamp_parse (bad[i]));
}

/* The formatted text of any timestamp parses back to the same value. */
static void
test_timestamp_early_years_round_trip (void)
{
  for (int year = 1; year <= 1200; year += 7)
    {
      g_autoptr(GDateTime) timestamp = g_date_time_new_utc (year, 2, 28, 13, 5, 9.25);
      g_autofree char *text = tr_timestamp_format (timestamp);
      g_autoptr(GDateTime) again = tr_timestamp_parse (text);

      g_assert_cmpuint (strlen (text), ==, 24);
      g_assert_nonnull (again);
      g_assert_true (g_date_time_equal (timestamp, again));
    }
}

static void
test_timestamp_text_kept (void)
{
  /* without millis and without Z: FULL writes the original text back */
  g_autoptr(GError) error = NULL;
  g_autoptr(TrRequest) request = tr_request_new_from_string (
    "{\"creationDate\": \"2018-05-25T08:08:59\", \"submitDate\": \"2018-05-25T08:08:59Z\"}", &error);
  g_autoptr(JsonNode) full = NULL;
  JsonObject *object;

  g_assert_no_error (error);
  full = tr_request_to_json (request, TR_JSON_PURPOSE_FULL);
  object = json_node_get_object (full);
  g_assert_cmpstr (json_object_get_string_member (object, "creationDate"), ==, "2018-05-25T08:08:59");
  g_assert_cmpstr (json_object_get_string_member (object, "submitDate"), ==, "2018-05-25T08:08:59Z");
  g_assert_true (g_date_time_equal (tr_request_get_creation_date (request),
                                    tr_request_get_submit_date (request)));
}

static void
test_int_lenient (void)
{
  const struct { const char *json; gboolean ok; gint64 value; } cases[] = {
    { "3600", TRUE, 3600 }, { "\"3600\"", TRUE, 3600 }, { "3600.0", TRUE, 3600 },
    { "-5", TRUE, -5 }, { "\"36x\"", FALSE, 0 }, { "3.5", FALSE, 0 }, { "true", FALSE, 0 },
    { "null", FALSE, 0 }, { "[1]", FALSE, 0 }, { "\"\"", FALSE, 0 }, { "1e300", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) node = tr_json_from_string (cases[i].json, NULL);
      gint64 value = 0;

      g_assert_nonnull (node);
      g_assert_cmpint (tr_json_get_int_lenient (node, &value), ==, cases[i].ok);
      if (cases[i].ok)
        g_assert_cmpint (value, ==, cases[i].value);
    }
  {
    gint64 value = 0;

    g_assert_false (tr_json_get_int_lenient (NULL, &value));
  }
}

static void
test_paths (void)
{
  g_autofree char *a = tr_json_path_member (NULL, "name");
  g_autofree char *b = tr_json_path_member ("tripData", "legs");
  g_autofree char *c = tr_json_path_index ("legs", 3);

  g_assert_cmpstr (a, ==, "name");
  g_assert_cmpstr (b, ==, "tripData.legs");
  g_assert_cmpstr (c, ==, "legs[3]");
}

static void
test_deep_copy_is_mutable (void)
{
  g_autoptr(JsonNode) original = tr_json_from_string ("{\"a\": {\"b\": [1, \"x\", null, 2.5, true]}}", NULL);
  g_autoptr(JsonNode) copy = tr_json_node_deep_copy (original);
  JsonObject *inner;

  g_assert_true (json_node_equal (copy, original));
  inner = json_object_get_object_member (json_node_get_object (copy), "a");
  json_object_set_string_member (inner, "c", "new");
  g_assert_false (json_node_equal (copy, original));
  g_assert_false (json_object_has_member (
    json_object_get_object_member (json_node_get_object (original), "a"), "c"));
}

static void
test_purpose_enum (void)
{
  GEnumClass *klass = g_type_class_ref (TR_TYPE_JSON_PURPOSE);

  g_assert_cmpstr (g_enum_get_value (klass, TR_JSON_PURPOSE_FULL)->value_nick, ==, "full");
  g_type_class_unref (klass);
  g_assert_cmpint (tr_approval_status_kind_from_code ("SENTBACK"), ==, TR_APPROVAL_STATUS_KIND_SENT_BACK);
  g_assert_cmpint (tr_approval_status_kind_from_code ("Q_PEBK"), ==, TR_APPROVAL_STATUS_KIND_UNKNOWN);
  g_assert_cmpint (tr_approval_status_kind_from_code (NULL), ==, TR_APPROVAL_STATUS_KIND_UNKNOWN);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/values/dates", test_dates);
  g_test_add_func ("/core/values/times", test_times);
  g_test_add_func ("/core/values/timestamps", test_timestamps);
  g_test_add_func ("/core/values/timestamp-early-years", test_timestamp_early_years_round_trip);
  g_test_add_func ("/core/values/timestamp-text-kept", test_timestamp_text_kept);
  g_test_add_func ("/core/values/int-lenient", test_int_lenient);
  g_test_add_func ("/core/values/paths", test_paths);
  g_test_add_func ("/core/values/deep-copy-mutable", test_deep_copy_is_mutable);
  g_test_add_func ("/core/values/enums", test_purpose_enum);

  return g_test_run ();
}
