/* tr-locale.c
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

#define G_LOG_DOMAIN "TrLocale"

#include <glib/gi18n-lib.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <string.h>

#include "tr-locale.h"

#define NBSP "\xc2\xa0"

G_DEFINE_QUARK (tr-locale-error-quark, tr_locale_error)

/* LC_TIME of "C"/"POSIX" has the ambiguous US "%m/%d/%y": use ISO 8601. */
static const char *
date_format (void)
{
  const char *d_fmt = nl_langinfo (D_FMT);

  if (d_fmt == NULL || *d_fmt == '\0' || strcmp (d_fmt, "%m/%d/%y") == 0)
    return "%Y-%m-%d";
  return "%x";
}

static gboolean
uses_12_hour_clock (void)
{
  const char *t_fmt = nl_langinfo (T_FMT);
  const char *am = nl_langinfo (AM_STR);

  return t_fmt != NULL && am != NULL && *am != '\0'
         && (strstr (t_fmt, "%r") != NULL || strstr (t_fmt, "%I") != NULL
             || strstr (t_fmt, "%l") != NULL);
}

/**
 * tr_locale_format_date:
 * @date: (nullable): a day
 *
 * Returns: the day in the locale's short date format (`23/11/2026` in
 *   French, `23.11.2026` in German, ISO 8601 in the C locale), or an empty
 *   string for a %NULL or invalid date
 */
char *
tr_locale_format_date (const GDate *date)
{
  g_autoptr(GDateTime) day = NULL;

  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");
  day = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                             g_date_get_day (date), 0, 0, 0);
  if (day == NULL)
    return g_strdup ("");
  return g_date_time_format (day, date_format ());
}

static guint
parse_digits (const char *text,
              guint       n)
{
  guint value = 0;

  for (guint i = 0; i < n; i++)
    value = value * 10 + (guint) (text[i] - '0');
  return value;
}

static gboolean
parse_iso_date (const char *text,
                GDate      *date)
{
  guint year, month, day;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  year = parse_digits (text, 4);
  month = parse_digits (text + 5, 2);
  day = parse_digits (text + 8, 2);
  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

/**
 * tr_locale_format_iso_date:
 * @text: a `yyyy-MM-dd` date, as the API sends it
 * @error: return location for %TR_LOCALE_ERROR_INVALID_DATE
 *
 * Returns: (nullable): the date as tr_locale_format_date() shows it
 */
char *
tr_locale_format_iso_date (const char  *text,
                           GError     **error)
{
  GDate date;

  g_date_clear (&date, 1);
  if (parse_iso_date (text, &date))
    return tr_locale_format_date (&date);
  g_set_error (error, TR_LOCALE_ERROR, TR_LOCALE_ERROR_INVALID_DATE,
               /* Translators: %s is what was typed; keep the example in this year-month-day form */
               _("“%s” is not a date: write it as year-month-day, for example 2026-07-15."),
               text ? text : "");
  return NULL;
}

/**
 * tr_locale_format_time:
 * @minutes: minutes after midnight, or -1 for none
 *
 * Returns: the time on the locale's clock (`14:05`, or `2:05 PM` where the
 *   locale uses a 12-hour clock), or an empty string when out of range
 */
char *
tr_locale_format_time (int minutes)
{
  g_autoptr(GDateTime) time = NULL;
  char *text;

  if (minutes < 0 || minutes >= 24 * 60)
    return g_strdup ("");
  time = g_date_time_new_utc (2000, 1, 1, minutes / 60, minutes % 60, 0);
  text = g_date_time_format (time, uses_12_hour_clock () ? "%-l:%M %p" : "%H:%M");
  return g_strstrip (text);
}

/**
 * tr_locale_format_date_time:
 * @date_time: (nullable): an instant
 *
 * Returns: the instant in the local time zone, date then time
 */
char *
tr_locale_format_date_time (GDateTime *date_time)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDate) day = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;

  if (date_time == NULL)
    return g_strdup ("");
  local = g_date_time_to_local (date_time);
  day = g_date_new_dmy (g_date_time_get_day_of_month (local),
                        g_date_time_get_month (local),
                        g_date_time_get_year (local));
  date = tr_locale_format_date (day);
  time = tr_locale_format_time (g_date_time_get_hour (local) * 60
                                + g_date_time_get_minute (local));
  return g_strdup_printf ("%s %s", date, time);
}

/* ISO 4217 currencies without minor units (the common ones). */
static guint
currency_minor_digits (const char *currency)
{
  static const char * const zero[] = { "JPY", "KRW", "ISK", "CLP", "VND", "XOF", "XAF", "HUF" };

  if (currency == NULL)
    return 0;
  for (gsize i = 0; i < G_N_ELEMENTS (zero); i++)
    if (g_ascii_strcasecmp (currency, zero[i]) == 0)
      return 0;
  return 2;
}

/* Inserts @sep into the integer digits following a localeconv() grouping. */
static void
append_grouped (GString    *out,
                const char *digits,
                gsize       n,
                const char *grouping,
                const char *sep)
{
  g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (gsize));
  gsize pos = n;
  guint size = 0;

  while (*sep != '\0' && grouping != NULL && *grouping != '\0')
    {
      if (*grouping != CHAR_MAX && *grouping > 0)
        size = (guint) *grouping;
      if (*grouping == CHAR_MAX || size == 0 || pos <= size)
        break;
      pos -= size;
      g_array_prepend_val (cuts, pos);
      if (grouping[1] != '\0')
        grouping++;
    }
  for (gsize i = 0, start = 0; i <= cuts->len; i++)
    {
      gsize end = i < cuts->len ? g_array_index (cuts, gsize, i) : n;

      if (i > 0)
        g_string_append (out, sep);
      g_string_append_len (out, digits + start, (gssize) (end - start));
      start = end;
    }
}

/* The magnitude of @amount with the locale's separators and at least
 * @min_digits decimals; every digit of an exact amount is kept. */
static char *
format_number (const TrAmount *amount,
               guint           min_digits,
               gboolean        monetary)
{
  const struct lconv *lc = localeconv ();
  gint64 units = tr_amount_get_units (amount);
  guint scale = tr_amount_get_scale (amount);
  guint64 magnitude = units < 0 ? -(guint64) units : (guint64) units;
  g_autofree char *raw = g_strdup_printf ("%0*" G_GUINT64_FORMAT, (int) scale + 1, magnitude);
  gsize int_len = strlen (raw) - scale;
  g_autoptr(GString) frac = g_string_new (raw + int_len);
  const char *point = monetary ? lc->mon_decimal_point : lc->decimal_point;
  GString *out = g_string_new (NULL);

  while (frac->len < min_digits)
    g_string_append_c (frac, '0');

  append_grouped (out, raw, int_len, monetary ? lc->mon_grouping : lc->grouping,
                  monetary ? lc->mon_thousands_sep : lc->thousands_sep);
  if (frac->len > 0)
    {
      g_string_append (out, point != NULL && *point != '\0' ? point : ".");
      g_string_append (out, frac->str);
    }
  return g_string_free (out, FALSE);
}

static char *
currency_symbol (const char         *currency,
                 const struct lconv *lc)
{
  g_autofree char *own = g_strstrip (g_strdup (lc->int_curr_symbol ? lc->int_curr_symbol : ""));

  if (g_ascii_strcasecmp (own, currency) == 0 && lc->currency_symbol != NULL
      && *lc->currency_symbol != '\0')
    return g_strdup (lc->currency_symbol);
  if (g_ascii_strcasecmp (currency, "EUR") == 0)
    return g_strdup ("€");
  if (g_ascii_strcasecmp (currency, "GBP") == 0)
    return g_strdup ("£");
  if (g_ascii_strcasecmp (currency, "USD") == 0)
    return g_strdup ("US$");
  return g_ascii_strup (currency, -1);
}

static char *
place_currency (const char *number,
                const char *currency,
                const char *sign)
{
  const struct lconv *lc = localeconv ();
  g_autofree char *symbol = NULL;
  gboolean before, space;

  /* The C locale has no monetary conventions: "1234.56 EUR". */
  if (lc->p_cs_precedes == CHAR_MAX)
    return g_strdup_printf ("%s%s %s", sign, number, currency);
  symbol = currency_symbol (currency, lc);
  before = lc->p_cs_precedes == 1;
  space = lc->p_sep_by_space != 0 || g_ascii_isalpha (before ? symbol[strlen (symbol) - 1] : symbol[0]);
  if (before)
    return g_strdup_printf ("%s%s%s%s", sign, symbol, space ? NBSP : "", number);
  return g_strdup_printf ("%s%s%s%s", sign, number, space ? NBSP : "", symbol);
}

/**
 * tr_locale_format_amount:
 * @amount: (nullable): an amount
 *
 * Formats @amount exactly, from its integer units and scale, with the
 * locale's decimal point and digit grouping (`1 234,56 €` in French,
 * `1.234,56 €` in German, `$1,234.56` in American English). The currency
 * symbol of EUR, GBP, USD and the locale's own currency is placed the way
 * the locale places it; other currencies show their ISO code. An amount
 * without currency is a plain number.
 *
 * Returns: the text, empty for %NULL
 */
char *
tr_locale_format_amount (const TrAmount *amount)
{
  const char *currency;
  g_autofree char *number = NULL;
  const char *sign = "";

  if (amount == NULL)
    return g_strdup ("");
  currency = tr_amount_get_currency (amount);
  number = format_number (amount, currency_minor_digits (currency), currency != NULL);
  if (tr_amount_is_negative (amount))
    {
      const char *neg = localeconv ()->negative_sign;

      sign = neg != NULL && *neg != '\0' ? neg : "-";
    }
  if (currency == NULL || *currency == '\0')
    return g_strconcat (sign, number, NULL);
  return place_currency (number, currency, sign);
}
