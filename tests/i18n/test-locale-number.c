/* test-locale-number.c
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

/* Amounts typed and shown the locale's way (src/core/locale/tr-locale-number.c)
 * in French, German, American English and C. With --from-environment the
 * program instead takes LC_NUMERIC from the environment, as the app does. */

#include <locale.h>
#include <string.h>

#include "tr-locale.h"
#include "tr-locale-number.h"

#define NNBSP "\xe2\x80\xaf"  /* U+202F, glibc's French grouping mark */
#define NBSP "\xc2\xa0"

typedef struct
{
  const char *text;
  const char *canonical;  /* NULL: refused */
  int         code;       /* the TrLocaleError when refused */
  const char *message;    /* NULL: not checked */
} Case;

#define OK(text, canonical) { text, canonical, -1, NULL }
#define BAD(text, message) { text, NULL, TR_LOCALE_ERROR_INVALID_NUMBER, message }
#define AMBIGUOUS(text, message) { text, NULL, TR_LOCALE_ERROR_AMBIGUOUS_NUMBER, message }

static const Case c_cases[] = {
  OK ("120.50", "120.50"), OK (" 324.56 ", "324.56"), OK ("-5", "-5"), OK ("\xe2\x88\x92" "5", "-5"),
  OK (".5", "0.5"), OK ("1 234.56", "1234.56"), OK ("1" NBSP "234", "1234"), OK ("0", "0"),
  BAD ("12,50", "“12,50” is not an amount: use digits and a decimal separator, for example 120.50."),
  BAD ("1e-3", NULL), BAD ("12.", NULL), BAD ("1.2.3", NULL), BAD ("1 23", NULL), BAD ("", NULL),
  BAD ("-", NULL), BAD ("12 €", NULL), BAD ("1 234 5", NULL), BAD ("1 .5", NULL),
};

static const Case fr_cases[] = {
  OK ("1 234,56", "1234.56"), OK ("1" NNBSP "234,56", "1234.56"), OK ("1" NBSP "234,56", "1234.56"),
  OK ("1234,56", "1234.56"), OK ("12,5", "12.5"), OK ("1 234 567", "1234567"), OK ("1 234", "1234"),
  OK ("-0,75", "-0.75"), OK (",5", "0.5"),
  BAD ("12.50", "“12.50” is not an amount: use digits and a decimal separator, for example 120,50."),
  BAD ("1.234,56", NULL), BAD ("1 2345", NULL), BAD ("12,5,0", NULL), BAD ("1 234,5 6", NULL),
  BAD ("12,", NULL), BAD ("1 234" NNBSP "56,0", NULL),
};

static const Case de_cases[] = {
  OK ("1.234,56", "1234.56"), OK ("1 234,56", "1234.56"), OK ("1234,56", "1234.56"), OK ("12,5", "12.5"),
  OK ("1.234.567", "1234567"), OK ("1.234.567,89", "1234567.89"), OK ("1.234,0", "1234.0"),
  AMBIGUOUS ("1.234", "“1.234” is ambiguous: write 1234 or 1,234."),
  AMBIGUOUS ("-9.999", "“-9.999” is ambiguous: write -9999 or -9,999."),
  BAD ("12.50", "“12.50” is not an amount: use digits and a decimal separator, for example 120,50."),
  BAD ("1,234.56", NULL), BAD ("1.23,4", NULL), BAD ("1.234 567", NULL), BAD ("1234.567", NULL),
};

static const Case en_cases[] = {
  OK ("1,234.56", "1234.56"), OK ("1,234,567", "1234567"), OK ("1 234.56", "1234.56"), OK ("0.1", "0.1"),
  AMBIGUOUS ("1,234", "“1,234” is ambiguous: write 1234 or 1.234."),
  BAD ("12,50", "“12,50” is not an amount: use digits and a decimal separator, for example 120.50."),
  BAD ("1.234,56", NULL), BAD ("12,34,567", NULL),
};

static gboolean
use_numeric_locale (const char *name)
{
  if (setlocale (LC_NUMERIC, name) != NULL)
    return TRUE;
  g_test_skip_printf ("locale %s is not installed", name);
  return FALSE;
}

static void
check_cases (const Case *cases,
             gsize       n)
{
  for (gsize i = 0; i < n; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *canonical = tr_locale_canonical_number (cases[i].text, &error);

      g_test_message ("case: %s", cases[i].text);
      g_assert_cmpstr (canonical, ==, cases[i].canonical);
      if (cases[i].canonical != NULL)
        {
          g_assert_no_error (error);
          continue;
        }
      g_assert_error (error, TR_LOCALE_ERROR, cases[i].code);
      if (cases[i].message != NULL)
        g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
assert_format (gint64      units,
               guint       scale,
               const char *expected)
{
  g_autoptr(TrAmount) amount = tr_amount_new (units, scale, "EUR");
  g_autofree char *text = tr_locale_format_number (amount);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrAmount) back = tr_locale_parse_amount (text, "EUR", &error);

  g_assert_cmpstr (text, ==, expected);
  /* What the entry shows reads back as exactly the same amount. */
  g_assert_no_error (error);
  g_assert_cmpint (tr_amount_get_units (back), ==, units);
  g_assert_cmpuint (tr_amount_get_scale (back), ==, scale);
  g_assert_cmpstr (tr_amount_get_currency (back), ==, "EUR");
}

static void
test_c (void)
{
  if (!use_numeric_locale ("C.UTF-8"))
    return;
  check_cases (c_cases, G_N_ELEMENTS (c_cases));
  assert_format (123456, 2, "1234.56");
  assert_format (-50, 2, "-0.50");
  assert_format (80, 0, "80");
}

static void
test_fr (void)
{
  if (!use_numeric_locale ("fr_FR.UTF-8"))
    return;
  check_cases (fr_cases, G_N_ELEMENTS (fr_cases));
  assert_format (123456, 2, "1" NNBSP "234,56");
  assert_format (1234, 0, "1" NNBSP "234");
  assert_format (-123456789, 3, "-123" NNBSP "456,789");
  assert_format (5, 1, "0,5");
}

static void
test_de (void)
{
  if (!use_numeric_locale ("de_DE.UTF-8"))
    return;
  check_cases (de_cases, G_N_ELEMENTS (de_cases));
  assert_format (123456, 2, "1.234,56");
  /* "1.234" would be ambiguous: no grouping then. */
  assert_format (1234, 0, "1234");
  assert_format (-1234, 0, "-1234");
  assert_format (1234567, 0, "1.234.567");
  assert_format (12050, 2, "120,50");
}

static void
test_en (void)
{
  if (!use_numeric_locale ("en_US.UTF-8"))
    return;
  check_cases (en_cases, G_N_ELEMENTS (en_cases));
  assert_format (123456, 2, "1,234.56");
  assert_format (1234, 0, "1234");
}

static void
test_parse_amount (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrAmount) amount = NULL;

  if (!use_numeric_locale ("fr_FR.UTF-8"))
    return;
  amount = tr_locale_parse_amount ("1 234,50", "EUR", &error);
  g_assert_no_error (error);
  g_assert_cmpint (tr_amount_get_units (amount), ==, 123450);
  g_assert_cmpuint (tr_amount_get_scale (amount), ==, 2);
  g_assert_cmpstr (tr_amount_get_currency (amount), ==, "EUR");
  g_clear_pointer (&amount, tr_amount_free);

  /* Nineteen decimals: tr_amount_parse() refuses, in the locale's domain. */
  amount = tr_locale_parse_amount ("0,1234567890123456789", "EUR", &error);
  g_assert_null (amount);
  g_assert_error (error, TR_LOCALE_ERROR, TR_LOCALE_ERROR_INVALID_NUMBER);
  g_clear_error (&error);

  amount = tr_locale_parse_amount ("12.50", "EUR", &error);
  g_assert_null (amount);
  g_assert_error (error, TR_LOCALE_ERROR, TR_LOCALE_ERROR_INVALID_NUMBER);
}

/* LC_NUMERIC comes from the environment, as in the app. */
static void
test_environment (gconstpointer data)
{
  const char *decimal = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *canonical = NULL;

  g_assert_nonnull (decimal);
  if (setlocale (LC_ALL, "") == NULL)
    {
      g_test_skip_printf ("LC_NUMERIC=%s is not installed", g_getenv ("LC_NUMERIC"));
      return;
    }
  g_assert_cmpstr (localeconv ()->decimal_point, ==, decimal);
  canonical = tr_locale_canonical_number (strcmp (decimal, ",") == 0 ? "1 234,56" : "1 234.56", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (canonical, ==, "1234.56");
}

int
main (int   argc,
      char *argv[])
{
  gboolean from_environment = argc > 1 && strcmp (argv[argc - 1], "--from-environment") == 0;

  if (from_environment)
    argc--;
  g_test_init (&argc, &argv, NULL);

  if (from_environment)
    {
      g_test_add_data_func ("/locale-number/environment", g_getenv ("TR_TEST_DECIMAL_POINT"),
                            test_environment);
      return g_test_run ();
    }
  g_test_add_func ("/locale-number/c", test_c);
  g_test_add_func ("/locale-number/fr", test_fr);
  g_test_add_func ("/locale-number/de", test_de);
  g_test_add_func ("/locale-number/en", test_en);
  g_test_add_func ("/locale-number/parse-amount", test_parse_amount);

  return g_test_run ();
}
