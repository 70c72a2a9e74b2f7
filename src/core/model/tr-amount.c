/* tr-amount.c
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

#define G_LOG_DOMAIN "tr-amount"

#include "tr-amount.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

struct _TrAmount
{
  gint64  units;
  guint   scale;
  char   *currency;
};

G_DEFINE_BOXED_TYPE (TrAmount, tr_amount, tr_amount_copy, tr_amount_free)
G_DEFINE_QUARK (tr-amount-error-quark, tr_amount_error)

static gint64
pow10_i64 (guint exponent)
{
  gint64 result = 1;

  g_assert (exponent <= TR_AMOUNT_MAX_SCALE);
  for (guint i = 0; i < exponent; i++)
    result *= 10;
  return result;
}

/**
 * tr_amount_new:
 * @units: the value in units of 10^-@scale (e.g. 38597 for 385.97)
 * @scale: number of decimal places, at most %TR_AMOUNT_MAX_SCALE
 * @currency: (nullable): ISO 4217 code, %NULL for a bare decimal
 */
TrAmount *
tr_amount_new (gint64      units,
               guint       scale,
               const char *currency)
{
  TrAmount *self;

  g_return_val_if_fail (scale <= TR_AMOUNT_MAX_SCALE, NULL);

  self = g_new0 (TrAmount, 1);
  self->units = units;
  self->scale = scale;
  self->currency = g_strdup (currency);
  return self;
}

TrAmount *
tr_amount_copy (const TrAmount *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return tr_amount_new (self->units, self->scale, self->currency);
}

void
tr_amount_free (TrAmount *self)
{
  if (self == NULL)
    return;
  g_free (self->currency);
  g_free (self);
}

gint64
tr_amount_get_units (const TrAmount *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->units;
}

guint
tr_amount_get_scale (const TrAmount *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->scale;
}

const char *
tr_amount_get_currency (const TrAmount *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->currency;
}

static gboolean
set_overflow (GError **error)
{
  g_set_error_literal (error, TR_AMOUNT_ERROR, TR_AMOUNT_ERROR_OVERFLOW,
                       _("The amount is too large"));
  return FALSE;
}

/* Multiplies @units by 10^@by, failing on overflow. */
static gboolean
scale_up (gint64  *units,
          guint    by,
          GError **error)
{
  for (guint i = 0; i < by; i++)
    if (__builtin_mul_overflow (*units, 10, units))
      return set_overflow (error);
  return TRUE;
}

static gboolean
read_exponent (const char **p,
               int         *exponent)
{
  gint64 e;

  *exponent = 0;
  if (**p != 'e' && **p != 'E')
    return TRUE;
  if (!g_ascii_string_to_signed (*p + 1, 10, -400, 400, &e, NULL))
    return FALSE;
  *exponent = (int) e;
  *p += strlen (*p);
  return TRUE;
}

/* Reads [-]digits[.digits][e[+-]digits] into units and a signed exponent. */
static gboolean
parse_decimal (const char *p,
               gint64     *units,
               int        *exponent)
{
  gboolean negative = (*p == '-');
  guint n_digits = 0;
  int n_frac = 0, exp_value;

  *units = 0;
  if (*p == '-' || *p == '+')
    p++;
  for (gboolean frac = FALSE; g_ascii_isdigit (*p) || (*p == '.' && !frac); p++)
    {
      int digit;

      if (*p == '.')
        {
          frac = TRUE;
          continue;
        }
      digit = g_ascii_digit_value (*p);
      if (__builtin_mul_overflow (*units, 10, units)
          || __builtin_add_overflow (*units, negative ? -digit : digit, units))
        return FALSE;
      n_digits++;
      n_frac += frac;
    }
  if (n_digits == 0 || !read_exponent (&p, &exp_value))
    return FALSE;

  *exponent = exp_value - n_frac;
  return *p == '\0';
}

static TrAmount *
from_units_exponent (gint64       units,
                     int          exponent,
                     const char  *currency,
                     GError     **error)
{
  if (exponent > 0)
    {
      if (!scale_up (&units, exponent, error))
        return NULL;
      exponent = 0;
    }
  while (-exponent > TR_AMOUNT_MAX_SCALE && units % 10 == 0)
    {
      units /= 10;
      exponent++;
    }
  if (-exponent > TR_AMOUNT_MAX_SCALE)
    {
      g_set_error (error, TR_AMOUNT_ERROR, TR_AMOUNT_ERROR_INVALID,
                   /* Translators: %d is the largest number of digits allowed after the decimal point */
                   g_dngettext (GETTEXT_PACKAGE, "The amount has more than %d decimal place",
                                "The amount has more than %d decimal places", TR_AMOUNT_MAX_SCALE),
                   TR_AMOUNT_MAX_SCALE);
      return NULL;
    }

  return tr_amount_new (units, -exponent, currency);
}

/**
 * tr_amount_parse:
 * @text: a decimal such as "385.97", "-0.5" or "1e-3"
 * @currency: (nullable): the currency of the result
 * @error: return location for a #TrAmountError
 *
 * Returns: (transfer full) (nullable): the exact amount, at the scale
 *   written ("80.00" has scale 2)
 */
TrAmount *
tr_amount_parse (const char  *text,
                 const char  *currency,
                 GError     **error)
{
  gint64 units;
  int exponent;

  if (text == NULL || !parse_decimal (text, &units, &exponent))
    {
      g_set_error (error, TR_AMOUNT_ERROR, TR_AMOUNT_ERROR_INVALID,
                   /* Translators: %s is the text that was read */
                   _("“%s” is not a decimal number"), text ? text : "");
      return NULL;
    }

  return from_units_exponent (units, exponent, currency, error);
}

/**
 * tr_amount_new_from_double:
 * @value: a double as delivered by a JSON parser
 * @currency: (nullable): the currency
 * @error: return location for a #TrAmountError
 *
 * Converts @value through its shortest round-tripping decimal text, so
 * 122.38 becomes exactly 12238 × 10^-2. No arithmetic is done on doubles.
 */
TrAmount *
tr_amount_new_from_double (double       value,
                           const char  *currency,
                           GError     **error)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      g_set_error_literal (error, TR_AMOUNT_ERROR, TR_AMOUNT_ERROR_INVALID,
                           _("The amount is not a finite number"));
      return NULL;
    }

  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }

  return tr_amount_parse (buf, currency, error);
}

static gboolean
check_currencies (const TrAmount  *a,
                  const TrAmount  *b,
                  GError         **error)
{
  if ((a->currency == NULL) == (b->currency == NULL)
      && (a->currency == NULL || g_ascii_strcasecmp (a->currency, b->currency) == 0))
    return TRUE;

  g_set_error (error, TR_AMOUNT_ERROR, TR_AMOUNT_ERROR_CURRENCY_MISMATCH,
               /* Translators: each %s is a currency code, such as “EUR”, or the words “no currency” */
               _("Cannot combine amounts in %s and %s"),
               a->currency ? a->currency : _("no currency"),
               b->currency ? b->currency : _("no currency"));
  return FALSE;
}

/* Brings both operands to the larger scale. */
static gboolean
align (const TrAmount  *a,
       const TrAmount  *b,
       gint64          *ua,
       gint64          *ub,
       guint           *scale,
       GError         **error)
{
  *ua = a->units;
  *ub = b->units;
  *scale = MAX (a->scale, b->scale);

  return scale_up (ua, *scale - a->scale, error)
         && scale_up (ub, *scale - b->scale, error);
}

static TrAmount *
add_signed (const TrAmount  *a,
            const TrAmount  *b,
            gboolean         subtract,
            GError         **error)
{
  gint64 ua, ub, result;
  guint scale;
  gboolean overflow;

  g_return_val_if_fail (a != NULL && b != NULL, NULL);

  if (!check_currencies (a, b, error) || !align (a, b, &ua, &ub, &scale, error))
    return NULL;

  if (subtract)
    overflow = __builtin_sub_overflow (ua, ub, &result);
  else
    overflow = __builtin_add_overflow (ua, ub, &result);
  if (overflow)
    {
      set_overflow (error);
      return NULL;
    }

  return tr_amount_new (result, scale, a->currency);
}

/**
 * tr_amount_add:
 * @a: an amount
 * @b: an amount in the same currency
 * @error: return location for %TR_AMOUNT_ERROR_CURRENCY_MISMATCH or
 *   %TR_AMOUNT_ERROR_OVERFLOW
 *
 * Returns: (transfer full) (nullable): @a + @b at the larger of both scales
 */
TrAmount *
tr_amount_add (const TrAmount  *a,
               const TrAmount  *b,
               GError         **error)
{
  return add_signed (a, b, FALSE, error);
}

/**
 * tr_amount_subtract:
 *
 * Returns: (transfer full) (nullable): @a - @b, see tr_amount_add()
 */
TrAmount *
tr_amount_subtract (const TrAmount  *a,
                    const TrAmount  *b,
                    GError         **error)
{
  return add_signed (a, b, TRUE, error);
}

/* Divides by 10^@by rounding half away from zero. */
static gint64
scale_down (gint64 units,
            guint  by)
{
  gint64 divisor = pow10_i64 (by);
  gint64 quotient = units / divisor;
  gint64 remainder = units % divisor;

  if (remainder >= (divisor + 1) / 2)
    quotient++;
  else if (remainder <= -((divisor + 1) / 2))
    quotient--;
  return quotient;
}

/**
 * tr_amount_rescale:
 * @self: an amount
 * @scale: the wanted number of decimal places
 * @error: return location for %TR_AMOUNT_ERROR_OVERFLOW
 *
 * Rounds half away from zero when @scale is smaller than the current one.
 */
TrAmount *
tr_amount_rescale (const TrAmount  *self,
                   guint            scale,
                   GError         **error)
{
  gint64 units;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (scale <= TR_AMOUNT_MAX_SCALE, NULL);

  units = self->units;
  if (scale >= self->scale)
    {
      if (!scale_up (&units, scale - self->scale, error))
        return NULL;
    }
  else
    units = scale_down (units, self->scale - scale);

  return tr_amount_new (units, scale, self->currency);
}

/**
 * tr_amount_multiply_rate:
 * @self: an amount
 * @rate: a bare decimal (its currency is ignored)
 * @scale: decimal places of the result (rounded half away from zero)
 * @error: return location for %TR_AMOUNT_ERROR_OVERFLOW
 *
 * Returns: (transfer full) (nullable): @self × @rate in the currency of @self
 */
TrAmount *
tr_amount_multiply_rate (const TrAmount  *self,
                         const TrAmount  *rate,
                         guint            scale,
                         GError         **error)
{
  g_autoptr(TrAmount) product = NULL;
  gint64 units;
  guint product_scale;

  g_return_val_if_fail (self != NULL && rate != NULL, NULL);
  g_return_val_if_fail (scale <= TR_AMOUNT_MAX_SCALE, NULL);

  product_scale = self->scale + rate->scale;
  if (__builtin_mul_overflow (self->units, rate->units, &units))
    {
      set_overflow (error);
      return NULL;
    }
  while (product_scale > TR_AMOUNT_MAX_SCALE)
    {
      units = scale_down (units, 1);
      product_scale--;
    }

  product = tr_amount_new (units, product_scale, self->currency);
  return tr_amount_rescale (product, scale, error);
}

static int
sign_of (gint64 v)
{
  return (v > 0) - (v < 0);
}

/**
 * tr_amount_compare:
 * @a: an amount
 * @b: an amount
 *
 * Compares the numeric values only (1.5 equals 1.50); currencies are not
 * looked at, see tr_amount_equal().
 *
 * Returns: negative, 0 or positive like strcmp()
 */
int
tr_amount_compare (const TrAmount *a,
                   const TrAmount *b)
{
  gint64 ua, ub;
  guint scale;

  g_return_val_if_fail (a != NULL && b != NULL, 0);

  if (sign_of (a->units) != sign_of (b->units))
    return sign_of (a->units) - sign_of (b->units);
  if (!align (a, b, &ua, &ub, &scale, NULL))
    {
      /* the operand that overflowed while scaling up is the larger one */
      int a_larger = (a->scale < b->scale) ? 1 : -1;

      return a_larger * sign_of (a->units);
    }

  return (ua > ub) - (ua < ub);
}

/**
 * tr_amount_equal:
 * @a: (nullable): an amount
 * @b: (nullable): an amount
 *
 * Returns: %TRUE if both have the same currency (or none) and value
 */
gboolean
tr_amount_equal (const TrAmount *a,
                 const TrAmount *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return check_currencies (a, b, NULL) && tr_amount_compare (a, b) == 0;
}

gboolean
tr_amount_is_negative (const TrAmount *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->units < 0;
}

gboolean
tr_amount_is_zero (const TrAmount *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->units == 0;
}

/**
 * tr_amount_to_string:
 *
 * Returns: (transfer full): the plain decimal text, e.g. "385.97", "-0.50",
 *   "80" (no currency, no grouping; at the amount's own scale)
 */
char *
tr_amount_to_string (const TrAmount *self)
{
  g_autofree char *digits = NULL;
  guint64 magnitude;
  gsize len;

  g_return_val_if_fail (self != NULL, NULL);

  magnitude = self->units < 0 ? -(guint64) self->units : (guint64) self->units;
  digits = g_strdup_printf ("%0*" G_GUINT64_FORMAT, (int) self->scale + 1, magnitude);
  len = strlen (digits);

  if (self->scale == 0)
    return g_strconcat (self->units < 0 ? "-" : "", digits, NULL);

  return g_strdup_printf ("%s%.*s.%s", self->units < 0 ? "-" : "",
                          (int) (len - self->scale), digits,
                          digits + len - self->scale);
}

/**
 * tr_amount_to_double:
 *
 * Only for handing the value to a JSON writer; never compute with it.
 *
 * Returns: the nearest double
 */
double
tr_amount_to_double (const TrAmount *self)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (self != NULL, 0.0);

  text = tr_amount_to_string (self);
  return g_ascii_strtod (text, NULL);
}
