/* tr-locale-number.c
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
#include <limits.h>
#include <locale.h>
#include <string.h>

#include "tr-locale.h"
#include "tr-locale-number.h"

#define MINUS_SIGN "\xe2\x88\x92"  /* U+2212 */

/* A number as typed: its sign, the integer digits split at each grouping
 * mark, and the digits after the decimal point. */
typedef struct
{
  gboolean    negative;
  GPtrArray  *groups;    /* (element-type GString): left to right */
  const char *mark;      /* the grouping mark used: " " for any space, or NULL */
  gboolean    has_point;
  GString    *decimals;
} Reading;

static void
free_group (gpointer group)
{
  g_string_free (group, TRUE);
}

static void
reading_clear (Reading *r)
{
  g_clear_pointer (&r->groups, g_ptr_array_unref);
  if (r->decimals != NULL)
    g_string_free (g_steal_pointer (&r->decimals), TRUE);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Reading, reading_clear)

static const char *
decimal_point (void)
{
  const char *point = localeconv ()->decimal_point;

  return point != NULL && *point != '\0' ? point : ".";
}

static const char *
thousands_sep (void)
{
  const char *sep = localeconv ()->thousands_sep;

  return sep != NULL ? sep : "";
}

/* Length of the space at @p, 0 if none. Any space groups digits: people type
 * a plain space where French writes a narrow no-break space. */
static gsize
space_length (const char *p)
{
  static const char * const spaces[] = { " ", "\xc2\xa0", "\xe2\x80\xaf", "\xe2\x80\x89" };

  for (gsize i = 0; i < G_N_ELEMENTS (spaces); i++)
    if (g_str_has_prefix (p, spaces[i]))
      return strlen (spaces[i]);
  return 0;
}

/* Length of the grouping mark at @p (0 if none), and which mark it is. */
static gsize
mark_length (const char  *p,
             const char **mark)
{
  const char *sep = thousands_sep ();
  gsize n = space_length (p);

  *mark = " ";
  if (n > 0)
    return n;
  *mark = sep;
  return *sep != '\0' && g_str_has_prefix (p, sep) ? strlen (sep) : 0;
}

/* Splits @p (after the sign) into @r; FALSE on a character that has no
 * place there, or on two different grouping marks. */
static gboolean
read_digits (const char *p,
             Reading    *r)
{
  const char *point = decimal_point ();
  GString *current = g_ptr_array_index (r->groups, 0);

  while (*p != '\0')
    {
      const char *mark;
      gsize n;

      if (g_ascii_isdigit (*p))
        g_string_append_c (r->has_point ? r->decimals : current, *p++);
      else if (r->has_point)
        return FALSE;
      else if (g_str_has_prefix (p, point))
        {
          r->has_point = TRUE;
          p += strlen (point);
        }
      else if ((n = mark_length (p, &mark)) > 0)
        {
          if (r->mark != NULL && strcmp (r->mark, mark) != 0)
            return FALSE;
          r->mark = mark;
          p += n;
          current = g_string_new (NULL);
          g_ptr_array_add (r->groups, current);
        }
      else
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_number (const char *text,
             Reading    *r)
{
  r->groups = g_ptr_array_new_with_free_func (free_group);
  r->decimals = g_string_new (NULL);
  g_ptr_array_add (r->groups, g_string_new (NULL));
  r->negative = *text == '-' || g_str_has_prefix (text, MINUS_SIGN);
  if (*text == '-')
    text++;
  else if (r->negative)
    text += strlen (MINUS_SIGN);
  return read_digits (text, r);
}

/* How many digits the group @i places left of the decimal point holds
 * (i = 0 is the rightmost), following the locale's grouping (3 when it has
 * none); 0 where the locale groups no further. */
static guint
group_size (guint i)
{
  const char *grouping = localeconv ()->grouping;
  guint size = 3;

  for (guint k = 0; grouping != NULL && grouping[k] != '\0' && k <= i; k++)
    {
      if (grouping[k] == CHAR_MAX || grouping[k] <= 0)
        return 0;
      size = (guint) grouping[k];
    }
  return size;
}

static gboolean
is_well_formed (const Reading *r)
{
  guint n = r->groups->len;

  if (r->has_point && r->decimals->len == 0)
    return FALSE;
  if (n == 1)
    return ((GString *) g_ptr_array_index (r->groups, 0))->len > 0 || r->has_point;
  for (guint i = 0; i < n; i++)
    {
      GString *group = g_ptr_array_index (r->groups, n - 1 - i);
      guint size = group_size (i);

      if (size == 0 || group->len == 0 || group->len > size || (i + 1 < n && group->len != size))
        return FALSE;
    }
  return TRUE;
}

/* "1.234" in German, "1,234" in English: one grouping mark that is a decimal
 * point elsewhere, and no decimal point. */
static gboolean
is_ambiguous (const Reading *r)
{
  return !r->has_point && r->groups->len == 2 && r->mark != NULL
         && (strcmp (r->mark, ".") == 0 || strcmp (r->mark, ",") == 0);
}

static char *
join_groups (const Reading *r,
             const char    *between)
{
  GString *out = g_string_new (r->negative ? "-" : "");

  for (guint i = 0; i < r->groups->len; i++)
    {
      GString *group = g_ptr_array_index (r->groups, i);

      if (i > 0)
        g_string_append (out, between);
      g_string_append_len (out, group->str, (gssize) group->len);
    }
  return g_string_free (out, FALSE);
}

static void
set_invalid (const char  *text,
             GError     **error)
{
  g_autoptr(TrAmount) example_amount = NULL;
  g_autofree char *example = NULL;

  if (error == NULL)
    return;
  example_amount = tr_amount_new (12050, 2, NULL);
  example = tr_locale_format_number (example_amount);
  g_set_error (error, TR_LOCALE_ERROR, TR_LOCALE_ERROR_INVALID_NUMBER,
               /* Translators: the first %s is what the person typed; the second
                * is an example amount written the way of their locale, such as
                * “120,50” in French and German. */
               _("“%s” is not an amount: use digits and a decimal separator, for example %s."),
               text, example);
}

static void
set_ambiguous (const char     *text,
               const Reading  *r,
               GError        **error)
{
  g_autofree char *whole = join_groups (r, "");
  g_autofree char *decimal = join_groups (r, decimal_point ());

  g_set_error (error, TR_LOCALE_ERROR, TR_LOCALE_ERROR_AMBIGUOUS_NUMBER,
               /* Translators: the first %s is what the person typed, such as
                * “1.234”; the other two are the two numbers it can mean, written
                * the way of their locale: “1234” (a whole number) and “1,234”
                * (with decimals). */
               _("“%s” is ambiguous: write %s or %s."),
               text, whole, decimal);
}

/**
 * tr_locale_canonical_number:
 * @text: (nullable): a number as typed in the current locale (LC_NUMERIC):
 *   "1 234,56" in French, "1.234,56" in German, "1,234.56" in English
 * @error: return location for %TR_LOCALE_ERROR_INVALID_NUMBER or
 *   %TR_LOCALE_ERROR_AMBIGUOUS_NUMBER
 *
 * Reads the locale's decimal point and grouping mark; any space (plain,
 * no-break or narrow no-break) also groups digits. Groups must have the
 * locale's sizes. A single grouping mark that is a decimal point in other
 * locales, without a decimal point ("1.234" in German), is ambiguous and
 * refused; so is every other character, exponents included.
 *
 * Returns: (transfer full) (nullable): the number with a "." decimal point
 *   and no grouping, as tr_amount_parse() reads it ("-1234.56")
 */
char *
tr_locale_canonical_number (const char  *text,
                            GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_auto(Reading) r = { 0 };
  g_autofree char *whole = NULL;

  if (!read_number (copy, &r) || !is_well_formed (&r))
    {
      set_invalid (copy, error);
      return NULL;
    }
  if (is_ambiguous (&r))
    {
      set_ambiguous (copy, &r, error);
      return NULL;
    }
  whole = join_groups (&r, "");
  if (strcmp (whole, "") == 0 || strcmp (whole, "-") == 0)
    {
      g_free (whole);
      whole = g_strdup (r.negative ? "-0" : "0");
    }
  if (!r.has_point)
    return g_steal_pointer (&whole);
  return g_strconcat (whole, ".", r.decimals->str, NULL);
}

/**
 * tr_locale_parse_amount:
 * @text: (nullable): an amount as typed in the current locale
 * @currency: (nullable): the currency of the result
 * @error: return location for a %TR_LOCALE_ERROR
 *
 * Reads @text with tr_locale_canonical_number(), then exactly with
 * tr_amount_parse() (no floating point).
 *
 * Returns: (transfer full) (nullable): the amount, at the scale written
 */
TrAmount *
tr_locale_parse_amount (const char  *text,
                        const char  *currency,
                        GError     **error)
{
  g_autofree char *canonical = tr_locale_canonical_number (text, error);
  g_autoptr(GError) local_error = NULL;
  TrAmount *amount;

  if (canonical == NULL)
    return NULL;
  amount = tr_amount_parse (canonical, currency, &local_error);
  if (amount == NULL)
    g_set_error_literal (error, TR_LOCALE_ERROR, TR_LOCALE_ERROR_INVALID_NUMBER,
                         local_error->message);
  return amount;
}

/**
 * tr_locale_format_number:
 * @amount: (nullable): an amount
 *
 * Writes @amount for an entry the person edits: every digit of its own
 * scale, the locale's decimal point and grouping, no currency. Digits are
 * not grouped where grouping would make the text ambiguous ("1234" rather
 * than "1.234" in German), so tr_locale_parse_amount() reads back exactly
 * @amount.
 *
 * Returns: (transfer full): the text, empty for %NULL
 */
char *
tr_locale_format_number (const TrAmount *amount)
{
  g_autoptr(TrAmount) plain = NULL;
  g_autofree char *grouped = NULL;
  g_autofree char *canonical = NULL;
  g_autofree char *expected = NULL;
  g_auto(GStrv) parts = NULL;

  if (amount == NULL)
    return g_strdup ("");
  plain = tr_amount_new (tr_amount_get_units (amount), tr_amount_get_scale (amount), NULL);
  grouped = tr_locale_format_amount (plain);
  canonical = tr_locale_canonical_number (grouped, NULL);
  expected = tr_amount_to_string (plain);
  if (g_strcmp0 (canonical, expected) == 0)
    return g_steal_pointer (&grouped);
  parts = g_strsplit (expected, ".", 2);
  return g_strjoinv (decimal_point (), parts);
}
