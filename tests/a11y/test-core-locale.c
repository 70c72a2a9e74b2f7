/* test-core-locale.c
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

#include <locale.h>

#include "tr-locale.h"

#define NNBSP "\xe2\x80\xaf"  /* U+202F, glibc's fr_FR grouping */
#define NBSP "\xc2\xa0"

static gboolean
use_locale (const char *name)
{
  g_unsetenv ("LANGUAGE");
  if (setlocale (LC_ALL, name) != NULL)
    return TRUE;
  g_test_skip_printf ("locale %s is not installed", name);
  return FALSE;
}

static void
assert_amount (gint64      units,
               guint       scale,
               const char *currency,
               const char *expected)
{
  g_autoptr(TrAmount) amount = tr_amount_new (units, scale, currency);
  g_autofree char *text = tr_locale_format_amount (amount);

  g_assert_cmpstr (text, ==, expected);
}

static void
assert_date (guint       year,
             guint       month,
             guint       day,
             const char *expected)
{
  g_autoptr(GDate) date = g_date_new_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
  g_autofree char *text = tr_locale_format_date (date);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_amount_fr (void)
{
  if (!use_locale ("fr_FR.UTF-8"))
    return;
  assert_amount (123456, 2, "EUR", "1" NNBSP "234,56" NBSP "€");
  assert_amount (-123456789, 2, "EUR", "-1" NNBSP "234" NNBSP "567,89" NBSP "€");
  assert_amount (5, 0, "EUR", "5,00" NBSP "€");
  assert_amount (12500, 3, "GBP", "12,500" NBSP "£");
  assert_amount (12345, 3, "CHF", "12,345" NBSP "CHF");
  assert_amount (150000, 0, "JPY", "150" NNBSP "000" NBSP "JPY");
  assert_amount (2550, 2, "USD", "25,50" NBSP "US$");
  assert_amount (12345, 4, NULL, "1,2345");
  assert_amount (G_MININT64, 2, "EUR",
                 "-92" NNBSP "233" NNBSP "720" NNBSP "368" NNBSP "547" NNBSP "758,08" NBSP "€");
}

static void
test_amount_de (void)
{
  if (!use_locale ("de_DE.UTF-8"))
    return;
  assert_amount (123456, 2, "EUR", "1.234,56" NBSP "€");
  assert_amount (99, 2, "EUR", "0,99" NBSP "€");
  assert_amount (100000000, 2, "CHF", "1.000.000,00" NBSP "CHF");
  assert_amount (-7, 1, NULL, "-0,7");
}

static void
test_amount_en_c (void)
{
  g_autofree char *empty = NULL;

  if (!use_locale ("en_US.UTF-8"))
    return;
  assert_amount (123456, 2, "USD", "$1,234.56");
  assert_amount (123456, 2, "EUR", "€1,234.56");
  assert_amount (100, 2, "CHF", "CHF" NBSP "1.00");
  if (!use_locale ("C.UTF-8"))
    return;
  assert_amount (123456, 2, "EUR", "1234.56 EUR");
  assert_amount (-1, 2, "USD", "-0.01 USD");
  assert_amount (0, 0, NULL, "0");
  empty = tr_locale_format_amount (NULL);
  g_assert_cmpstr (empty, ==, "");
}

static void
test_dates (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *empty = NULL;
  const char * const bad[] = { "2026-02-30", "2026-1-05", "20260105", "+026-01-05", "2026-13-01", "", NULL };

  if (!use_locale ("fr_FR.UTF-8"))
    return;
  assert_date (2026, 7, 15, "15/07/2026");
  text = tr_locale_format_iso_date ("2026-11-03", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "03/11/2026");
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *none = tr_locale_format_iso_date (bad[i], &error);

      g_assert_null (none);
      g_assert_error (error, TR_LOCALE_ERROR, TR_LOCALE_ERROR_INVALID_DATE);
      g_clear_error (&error);
    }
  empty = tr_locale_format_date (NULL);
  g_assert_cmpstr (empty, ==, "");
  if (use_locale ("de_DE.UTF-8"))
    assert_date (2026, 7, 5, "05.07.2026");
  if (use_locale ("C.UTF-8"))
    assert_date (2026, 7, 5, "2026-07-05");
}

static void
assert_time (int         minutes,
             const char *expected)
{
  g_autofree char *text = tr_locale_format_time (minutes);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_times (void)
{
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 3, 9, 8, 7, 0);
  g_autofree char *text = NULL;

  if (!use_locale ("de_DE.UTF-8"))
    return;
  assert_time (14 * 60 + 5, "14:05");
  assert_time (0, "00:00");
  assert_time (-1, "");
  assert_time (24 * 60, "");
  text = tr_locale_format_date_time (when);
  g_assert_cmpstr (text, ==, "09.03.2026 08:07");
  if (!use_locale ("en_US.UTF-8"))
    return;
  assert_time (14 * 60 + 5, "2:05 PM");
}

static void
test_countries (void)
{
  if (!use_locale ("fr_FR.UTF-8"))
    return;
  g_assert_cmpstr (tr_locale_country_name ("DE"), ==, "Allemagne");
  g_assert_cmpstr (tr_locale_country_name ("ch"), ==, "Suisse");
  g_assert_cmpstr (tr_locale_subdivision_name ("DE-BY"), ==, "Bavière");
  if (use_locale ("de_DE.UTF-8"))
    {
      g_assert_cmpstr (tr_locale_country_name ("DE"), ==, "Deutschland");
      g_assert_cmpstr (tr_locale_country_name ("FR"), ==, "Frankreich");
    }
  if (!use_locale ("C.UTF-8"))
    return;
  g_assert_cmpstr (tr_locale_country_name ("DE"), ==, "Germany");
  g_assert_cmpstr (tr_locale_country_name ("US"), ==, "United States");
  g_assert_null (tr_locale_country_name ("ZZ"));
  g_assert_null (tr_locale_country_name (""));
  g_assert_null (tr_locale_country_name (NULL));
  g_assert_null (tr_locale_country_name ("\xff\xfe"));
  g_assert_null (tr_locale_subdivision_name ("XX-99"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/locale/amount/fr", test_amount_fr);
  g_test_add_func ("/locale/amount/de", test_amount_de);
  g_test_add_func ("/locale/amount/en-and-c", test_amount_en_c);
  g_test_add_func ("/locale/dates", test_dates);
  g_test_add_func ("/locale/times", test_times);
  g_test_add_func ("/locale/countries", test_countries);
  return g_test_run ();
}
