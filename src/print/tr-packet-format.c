/* tr-packet-format.c
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

#define G_LOG_DOMAIN "tr-print"

#include "tr-packet-format.h"

#include <glib/gi18n.h>
#include <langinfo.h>
#include <string.h>

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/* ISO 4217 minor units where they are not 2. */
static guint
currency_decimals (const char *currency)
{
  static const char * const none[] = { "CLP", "ISK", "JPY", "KRW", "PYG", "UGX", "VND", "XAF", "XOF" };
  static const char * const three[] = { "BHD", "JOD", "KWD", "OMR", "TND" };

  if (currency == NULL)
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (none); i++)
    if (g_ascii_strcasecmp (currency, none[i]) == 0)
      return 0;
  for (guint i = 0; i < G_N_ELEMENTS (three); i++)
    if (g_ascii_strcasecmp (currency, three[i]) == 0)
      return 3;
  return 2;
}

/* "1234567.5" → "1,234,567.5" with the separators of LC_NUMERIC. */
static char *
localize_digits (const char *plain)
{
  const char *radix = nl_langinfo (RADIXCHAR);
  const char *thousands = nl_langinfo (THOUSEP);
  const char *dot = strchr (plain, '.');
  gboolean negative = plain[0] == '-';
  const char *digits = negative ? plain + 1 : plain;
  gsize n_int = dot != NULL ? (gsize) (dot - digits) : strlen (digits);
  GString *text = g_string_new (negative ? "-" : "");

  for (gsize i = 0; i < n_int; i++)
    {
      if (i > 0 && (n_int - i) % 3 == 0 && thousands != NULL)
        g_string_append (text, thousands);
      g_string_append_c (text, digits[i]);
    }
  if (dot != NULL)
    {
      g_string_append (text, is_set (radix) ? radix : ".");
      g_string_append (text, dot + 1);
    }
  return g_string_free (text, FALSE);
}

char *
tr_packet_format_amount (const TrAmount *amount)
{
  g_autoptr(TrAmount) shown = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *digits = NULL;
  const char *currency;

  if (amount == NULL)
    return g_strdup ("");
  currency = tr_amount_get_currency (amount);
  if (tr_amount_get_scale (amount) < currency_decimals (currency))
    shown = tr_amount_rescale (amount, currency_decimals (currency), NULL);
  plain = tr_amount_to_string (shown != NULL ? shown : amount);
  digits = localize_digits (plain);
  if (!is_set (currency))
    return g_steal_pointer (&digits);
  /* TRANSLATORS: an amount and its ISO 4217 currency, "1,234.50 EUR" */
  return g_strdup_printf (_("%s %s"), digits, currency);
}

char *
tr_packet_format_date (const GDate *date)
{
  char buffer[128];

  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");
  /* TRANSLATORS: a date in the printed packet, see strftime(3): "Wed 15 Jul 2026" */
  if (g_date_strftime (buffer, sizeof buffer, _("%a %-d %b %Y"), date) == 0)
    return g_strdup ("");
  return g_strdup (g_strstrip (buffer));
}

char *
tr_packet_format_time (int minutes)
{
  if (minutes < 0 || minutes >= 24 * 60)
    return g_strdup ("");
  /* TRANSLATORS: a 24-hour time of day, "08:05" */
  return g_strdup_printf (_("%02d:%02d"), minutes / 60, minutes % 60);
}

char *
tr_packet_format_date_time (const GDate *date,
                            int          minutes)
{
  g_autofree char *day = tr_packet_format_date (date);
  g_autofree char *time = tr_packet_format_time (minutes);

  if (*time == '\0' || *day == '\0')
    return g_strconcat (day, time, NULL);
  /* TRANSLATORS: a date then a time, "Wed 15 Jul 2026 08:00" */
  return g_strdup_printf (_("%s %s"), day, time);
}

char *
tr_packet_format_timestamp (GDateTime *timestamp)
{
  g_autoptr(GDateTime) local = NULL;

  if (timestamp == NULL)
    return g_strdup ("");
  local = g_date_time_to_local (timestamp);
  /* TRANSLATORS: a date and time in the printed packet, see g_date_time_format() */
  return g_date_time_format (local, _("%a %-d %b %Y %H:%M"));
}

/* Only names: an employee id (a UUID) means nothing on paper. */
char *
tr_packet_format_employee (TrEmployee *employee)
{
  const char *parts[3];
  g_autoptr(GString) text = g_string_new (NULL);

  if (employee == NULL)
    return g_strdup ("");
  parts[0] = tr_employee_get_first_name (employee);
  parts[1] = tr_employee_get_middle_initial (employee);
  parts[2] = tr_employee_get_last_name (employee);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (is_set (parts[i]))
      g_string_append_printf (text, text->len > 0 ? " %s" : "%s", parts[i]);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
tr_packet_format_location (TrLocation *location,
                           const char *detail)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *name = location != NULL ? tr_location_get_name (location) : NULL;
  const char *city = location != NULL ? tr_location_get_city (location) : NULL;
  const char *iata = location != NULL ? tr_location_get_iata_code (location) : NULL;
  const char *country = location != NULL ? tr_location_get_country_code (location) : NULL;

  if (is_set (name))
    g_string_append (text, name);
  if (is_set (city) && g_strcmp0 (city, name) != 0)
    g_string_append_printf (text, text->len > 0 ? ", %s" : "%s", city);
  if (text->len == 0 && is_set (country))
    g_string_append (text, country);
  if (is_set (iata))
    g_string_append_printf (text, text->len > 0 ? " (%s)" : "%s", iata);
  if (is_set (detail))
    g_string_append_printf (text, text->len > 0 ? " — %s" : "%s", detail);
  return g_string_free (g_steal_pointer (&text), FALSE);
}
