/* test-format-locale.c
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

/* The request widgets' display helpers follow the user's locale: amounts,
 * times and country names (no display needed). */

#include <locale.h>

#include "tr-request-format.h"

#define NNBSP "\xe2\x80\xaf"
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
test_request_format (gconstpointer data)
{
  const char * const *expected = data;
  g_autoptr(TrAmount) amount = tr_amount_parse ("1494.56", "EUR", NULL);
  g_autoptr(TrLocation) country = tr_location_new_from_string ("{\"countryCode\":\"DE\"}", NULL);
  g_autoptr(GDate) day = g_date_new_dmy (15, 7, 2018);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  if (!use_locale (expected[0]))
    return;
  a = tr_format_amount (amount);
  b = tr_format_location (country);
  c = tr_format_date_time (day, 18 * 60 + 30);
  g_assert_cmpstr (a, ==, expected[1]);
  g_assert_cmpstr (b, ==, expected[2]);
  g_assert_true (g_str_has_suffix (c, expected[3]));
}

static const char * const fr[] = { "fr_FR.UTF-8", "1" NNBSP "494,56" NBSP "€", "Allemagne", " 18:30" };
static const char * const de[] = { "de_DE.UTF-8", "1.494,56" NBSP "€", "Deutschland", " 18:30" };
static const char * const en[] = { "en_US.UTF-8", "€1,494.56", "Germany", " 6:30 PM" };
static const char * const c[] = { "C.UTF-8", "1494.56 EUR", "Germany", " 18:30" };

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_data_func ("/request-format/locale/fr", fr, test_request_format);
  g_test_add_data_func ("/request-format/locale/de", de, test_request_format);
  g_test_add_data_func ("/request-format/locale/en", en, test_request_format);
  g_test_add_data_func ("/request-format/locale/c", c, test_request_format);
  return g_test_run ();
}
