/* test-amount.c
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

/* TrAmount: exact decimal money arithmetic. */

#include "tr-core-test-utils.h"

#include <string.h>

static TrAmount *
parse_ok (const char *text,
          const char *currency)
{
  g_autoptr(GError) error = NULL;
  TrAmount *amount = tr_amount_parse (text, currency, &error);

  g_assert_no_error (error);
  g_assert_nonnull (amount);
  return amount;
}

static void
assert_text (const TrAmount *amount,
             const char     *expected)
{
  g_autofree char *text = tr_amount_to_string (amount);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_point_one_plus_point_two (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrAmount) a = tr_amount_new_from_double (0.1, "USD", &error);
  g_autoptr(TrAmount) b = tr_amount_new_from_double (0.2, "USD", &error);
  g_autoptr(TrAmount) expected = parse_ok ("0.3", "USD");
  g_autoptr(TrAmount) sum = NULL;

  g_assert_no_error (error);
  sum = tr_amount_add (a, b, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tr_amount_compare (sum, expected), ==, 0);
  g_assert_true (tr_amount_equal (sum, expected));
  g_assert_cmpint (tr_amount_get_units (sum), ==, 3);
  g_assert_cmpuint (tr_amount_get_scale (sum), ==, 1);
  assert_text (sum, "0.3");
}

static void
test_from_double_shortest (void)
{
  const struct { double value; const char *text; } cases[] = {
    { 122.38, "122.38" }, { 213.06, "213.06" }, { 0, "0" }, { 80, "80" },
    { -0.5, "-0.5" }, { 1e-7, "0.0000001" }, { 1e15, "1000000000000000" },
    { 432.45, "432.45" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TrAmount) amount = tr_amount_new_from_double (cases[i].value, "EUR", &error);

      g_assert_no_error (error);
      assert_text (amount, cases[i].text);
      g_assert_cmpstr (tr_amount_get_currency (amount), ==, "EUR");
    }
}

static void
test_scale_alignment (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrAmount) a = parse_ok ("385.9", "USD");
  g_autoptr(TrAmount) b = parse_ok ("0.07", "USD");
  g_autoptr(TrAmount) c = parse_ok ("80", "USD");
  g_autoptr(TrAmount) ab = tr_amount_add (a, b, &error);
  g_autoptr(TrAmount) abc = NULL;
  g_autoptr(TrAmount) back = NULL;

  g_assert_no_error (error);
  assert_text (ab, "385.97");
  abc = tr_amount_add (ab, c, &error);
  g_assert_no_error (error);
  assert_text (abc, "465.97");
  back = tr_amount_subtract (abc, c, &error);
  g_assert_no_error (error);
  g_assert_true (tr_amount_equal (back, ab));
  {
    g_autoptr(TrAmount) c2 = parse_ok ("80.00", "USD");

    g_assert_cmpint (tr_amount_compare (c, c2), ==, 0);
  }
}

static void
test_compare_and_equal (void)
{
  g_autoptr(TrAmount) a = parse_ok ("1.5", "USD");
  g_autoptr(TrAmount) b = parse_ok ("1.50", "USD");
  g_autoptr(TrAmount) c = parse_ok ("-2", "USD");
  g_autoptr(TrAmount) d = parse_ok ("1.5", "EUR");

  g_assert_cmpint (tr_amount_compare (a, b), ==, 0);
  g_assert_true (tr_amount_equal (a, b));
  g_assert_cmpint (tr_amount_compare (c, a), <, 0);
  g_assert_cmpint (tr_amount_compare (a, c), >, 0);
  g_assert_false (tr_amount_equal (a, d));
  g_assert_true (tr_amount_is_negative (c));
  g_assert_false (tr_amount_is_negative (a));
  g_assert_true (tr_amount_equal (NULL, NULL));
  g_assert_false (tr_amount_equal (a, NULL));
}

static void
test_negative (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrAmount) a = parse_ok ("10.25", "USD");
  g_autoptr(TrAmount) b = parse_ok ("10.75", "USD");
  g_autoptr(TrAmount) diff = tr_amount_subtract (a, b, &error);
  g_autoptr(TrAmount) small = parse_ok ("-0.05", "USD");

  g_assert_no_error (error);
  assert_text (diff, "-0.50");
  g_assert_true (tr_amount_is_negative (diff));
  assert_text (small, "-0.05");
}

static void
test_currency_mismatch (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrAmount) a = parse_ok ("1", "USD");
  g_autoptr(TrAmount) b = parse_ok ("1", "EUR");
  g_autoptr(TrAmount) c = parse_ok ("1", NULL);
  g_autoptr(TrAmount) sum = tr_amount_add (a, b, &error);

  g_assert_error (error, TR_AMOUNT_ERROR, TR_AMOUNT_ERROR_CURRENCY_MISMATCH);
  g_assert_null (sum);
  g_assert_nonnull (strstr (error->message, "USD"));
  g_assert_nonnull (strstr (error->message, "EUR"));
  g_clear_error (&error);

  sum = tr_amount_subtract (a, c, &error);
  g_assert_error (error, TR_AMOUNT_ERROR, TR_AMOUNT_ERROR_CURRENCY_MISMATCH);
  g_assert_null (sum);
}

static void
test_overflow (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrAmount) max = tr_amount_new (G_MAXINT64, 0, "USD");
  g_autoptr(TrAmount) one = tr_amount_new (1, 0, "USD");
  g_autoptr(TrAmount) tiny = tr_amount_new (1, 18, "USD");
  g_autoptr(TrAmount) min = tr_amount_new (G_MININT64, 0, "USD");
  g_autoptr(TrAmount) result = tr_amount_add (max, one, &error);

  g_assert_error (error, TR_AMOUNT_ERROR, TR_AMOUNT_ERROR_OVERFLOW);
  g_assert_null (result);
  g_clear_error (&error);

  /* aligning max to 18 decimal places cannot fit */
  result = tr_amount_add (max, tiny, &error);
  g_assert_error (error, TR_AMOUNT_ERROR, TR_AMOUNT_ERROR_OVERFLOW);
  g_assert_null (result);
  g_clear_error (&error);

  result = tr_amount_subtract (min, one, &error);
  g_assert_error (error, TR_AMOUNT_ERROR, TR_AMOUNT_ERROR_OVERFLOW);
  g_clear_error (&error);

  result = tr_amount_parse ("99999999999999999999", "USD", &error);
  g_assert_error (error, TR_AMOUNT_ERROR, TR_AMOUNT_ERROR_INVALID);
  g_assert_null (result);

  /* ordering still works when alignment would overflow */
  g_assert_cmpint (tr_amount_compare (max, tiny), >, 0);
  g_assert_cmpint (tr_amount_compare (tiny, max), <, 0);
}

static void
test_parse_bad (void)
{
  const char *bad[] = { "1.2.3", "abc", "", "1,5", "--1", "1e", ".", "1.5 ", " 1", "0x10", "1e999" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TrAmount) amount = tr_amount_parse (bad[i], "USD", &error);

      g_assert_null (amount);
      g_assert_error (error, TR_AMOUNT_ERROR, TR_AMOUNT_ERROR_INVALID);
    }
}

static void
test_parse_good (void)
{
  const struct { const char *in; const char *out; guint scale; } cases[] = {
    { "385.97", "385.97", 2 }, { "-0.50", "-0.50", 2 }, { "80", "80", 0 },
    { "1e-3", "0.001", 3 }, { "2.5E2", "250", 0 }, { ".5", "0.5", 1 }, { "+7", "7", 0 },
    { "0.12345678", "0.12345678", 8 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TrAmount) amount = parse_ok (cases[i].in, "USD");

      assert_text (amount, cases[i].out);
      g_assert_cmpuint (tr_amount_get_scale (amount), ==, cases[i].scale);
    }
}

static void
test_multiply_rate_and_rescale (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrAmount) amount = parse_ok ("100.00", "EUR");
  g_autoptr(TrAmount) rate = parse_ok ("1.08345", NULL);
  g_autoptr(TrAmount) converted = tr_amount_multiply_rate (amount, rate, 2, &error);
  g_autoptr(TrAmount) half = parse_ok ("2.345", "USD");
  g_autoptr(TrAmount) neg_half = parse_ok ("-2.345", "USD");
  g_autoptr(TrAmount) r1 = tr_amount_rescale (half, 2, &error);
  g_autoptr(TrAmount) r2 = tr_amount_rescale (neg_half, 2, &error);

  g_assert_no_error (error);
  assert_text (converted, "108.35");
  g_assert_cmpstr (tr_amount_get_currency (converted), ==, "EUR");
  assert_text (r1, "2.35");
  assert_text (r2, "-2.35");
}

static void
test_boxed_copy (void)
{
  g_autoptr(TrAmount) a = parse_ok ("12.34", "JPY");
  g_autoptr(TrAmount) b = g_boxed_copy (TR_TYPE_AMOUNT, a);

  g_assert_true (a != b);
  g_assert_true (tr_amount_equal (a, b));
  g_assert_cmpstr (tr_amount_get_currency (b), ==, "JPY");
  g_assert_cmpfloat (tr_amount_to_double (b), ==, 12.34);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/amount/point-one-plus-point-two", test_point_one_plus_point_two);
  g_test_add_func ("/core/amount/from-double-shortest", test_from_double_shortest);
  g_test_add_func ("/core/amount/scale-alignment", test_scale_alignment);
  g_test_add_func ("/core/amount/compare-equal", test_compare_and_equal);
  g_test_add_func ("/core/amount/negative", test_negative);
  g_test_add_func ("/core/amount/currency-mismatch", test_currency_mismatch);
  g_test_add_func ("/core/amount/overflow", test_overflow);
  g_test_add_func ("/core/amount/parse-bad", test_parse_bad);
  g_test_add_func ("/core/amount/parse-good", test_parse_good);
  g_test_add_func ("/core/amount/multiply-rate-rescale", test_multiply_rate_and_rescale);
  g_test_add_func ("/core/amount/boxed-copy", test_boxed_copy);

  return g_test_run ();
}
