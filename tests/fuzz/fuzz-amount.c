/* fuzz-amount.c
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

/* tr_amount_parse and the arithmetic on what it returns. The input is one
 * or two decimals separated by '|'; the first 8 bytes are also read as a
 * double for tr_amount_new_from_double. */

#define G_LOG_DOMAIN "tr-fuzz"

#include "tr-fuzz.h"
#include "tr-amount.h"

#include <string.h>

static void
assert_amount_error (GError *error)
{
  g_assert_nonnull (error);
  g_assert_true (error->domain == TR_AMOUNT_ERROR);
}

/* The text of an amount parses back to the very same units and scale. */
static void
check_text_round_trip (const TrAmount *amount)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = tr_amount_to_string (amount);
  g_autoptr(TrAmount) again = tr_amount_parse (text, tr_amount_get_currency (amount), &error);

  g_assert_no_error (error);
  g_assert_nonnull (again);
  g_assert_cmpint (tr_amount_get_units (again), ==, tr_amount_get_units (amount));
  g_assert_cmpuint (tr_amount_get_scale (again), ==, tr_amount_get_scale (amount));
  g_assert_true (tr_amount_equal (again, amount));
}

static void
check_rescale (const TrAmount *amount)
{
  for (guint scale = 0; scale <= TR_AMOUNT_MAX_SCALE; scale++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TrAmount) rescaled = tr_amount_rescale (amount, scale, &error);

      if (rescaled == NULL)
        {
          assert_amount_error (error);
          continue;
        }
      g_assert_cmpuint (tr_amount_get_scale (rescaled), ==, scale);
      if (scale >= tr_amount_get_scale (amount))
        g_assert_cmpint (tr_amount_compare (rescaled, amount), ==, 0);
    }
}

static void
check_pair (const TrAmount *a,
            const TrAmount *b)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrAmount) sum = tr_amount_add (a, b, &error);
  g_autoptr(TrAmount) back = NULL;
  g_autoptr(TrAmount) product = NULL;

  g_assert_cmpint (tr_amount_compare (a, b), ==, -tr_amount_compare (b, a));
  if (sum != NULL)
    {
      back = tr_amount_subtract (sum, b, &error);
      if (back != NULL)
        g_assert_cmpint (tr_amount_compare (back, a), ==, 0);
      else
        assert_amount_error (error);
    }
  else
    assert_amount_error (error);
  g_clear_error (&error);
  product = tr_amount_multiply_rate (a, b, tr_amount_get_scale (a), &error);
  if (product == NULL)
    assert_amount_error (error);
  else
    g_assert_cmpuint (tr_amount_get_scale (product), ==, tr_amount_get_scale (a));
}

static TrAmount *
parse_one (const char *text)
{
  g_autoptr(GError) error = NULL;
  TrAmount *amount = tr_amount_parse (text, "EUR", &error);

  if (amount == NULL)
    {
      assert_amount_error (error);
      return NULL;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (tr_amount_get_scale (amount), <=, TR_AMOUNT_MAX_SCALE);
  g_assert_cmpstr (tr_amount_get_currency (amount), ==, "EUR");
  check_text_round_trip (amount);
  check_rescale (amount);
  return amount;
}

static void
check_double (const uint8_t *data,
              size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrAmount) amount = NULL;
  double value;

  if (size < sizeof value)
    return;
  memcpy (&value, data, sizeof value);
  amount = tr_amount_new_from_double (value, NULL, &error);
  if (amount == NULL)
    assert_amount_error (error);
  else
    check_text_round_trip (amount);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = tr_fuzz_text_new (data, size);
  char *bar = strchr (text, '|');
  g_autoptr(TrAmount) a = NULL;
  g_autoptr(TrAmount) b = NULL;

  tr_fuzz_init ();
  if (bar != NULL)
    *bar = '\0';
  a = parse_one (text);
  b = bar != NULL ? parse_one (bar + 1) : NULL;
  if (a != NULL && b != NULL)
    check_pair (a, b);
  check_double (data, size);
  return 0;
}
