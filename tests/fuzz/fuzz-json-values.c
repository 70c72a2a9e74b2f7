/* fuzz-json-values.c
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

/* The value parsers of the JSON layer: dates, times and timestamps. Each
 * accepted text must format back to a text the parser accepts again with
 * the same value. */

#define G_LOG_DOMAIN "tr-fuzz"

#include "tr-fuzz.h"
#include "tr-json.h"

#include <string.h>

static void
check_date (const char *text)
{
  g_autoptr(GDate) date = tr_date_parse (text);
  g_autoptr(GDate) again = NULL;
  g_autofree char *formatted = NULL;

  if (date == NULL)
    return;
  g_assert_true (g_date_valid (date));
  formatted = tr_date_format (date);
  g_assert_cmpstr (formatted, ==, text);
  again = tr_date_parse (formatted);
  g_assert_nonnull (again);
  g_assert_cmpint (g_date_compare (date, again), ==, 0);
}

static void
check_time (const char *text)
{
  g_autofree char *formatted = NULL;
  int minutes = -1;
  int again = -1;

  if (!tr_time_parse (text, &minutes))
    return;
  g_assert_cmpint (minutes, >=, 0);
  g_assert_cmpint (minutes, <, 24 * 60);
  formatted = tr_time_format (minutes);
  g_assert_nonnull (formatted);
  g_assert_true (g_str_has_prefix (text, formatted));
  g_assert_true (tr_time_parse (formatted, &again));
  g_assert_cmpint (again, ==, minutes);
}

static void
check_timestamp (const char *text)
{
  g_autoptr(GDateTime) timestamp = tr_timestamp_parse (text);
  g_autoptr(GDateTime) again = NULL;
  g_autofree char *formatted = NULL;
  g_autofree char *formatted_again = NULL;

  if (timestamp == NULL)
    return;
  g_assert_cmpint (g_date_time_get_utc_offset (timestamp), ==, 0);
  formatted = tr_timestamp_format (timestamp);
  g_assert_nonnull (formatted);
  /* Always UTC: the date and time of day come back as they were given. */
  g_assert_cmpint (strncmp (formatted, text, 19), ==, 0);
  again = tr_timestamp_parse (formatted);
  g_assert_nonnull (again);
  /* Formatting keeps milliseconds: the values differ by less than 1 ms. */
  g_assert_cmpint (g_date_time_difference (timestamp, again), >=, 0);
  g_assert_cmpint (g_date_time_difference (timestamp, again), <, 1000);
  formatted_again = tr_timestamp_format (again);
  g_assert_cmpstr (formatted_again, ==, formatted);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = tr_fuzz_text_new (data, size);

  tr_fuzz_init ();
  check_date (text);
  check_time (text);
  check_timestamp (text);
  return 0;
}
