/* tr-request-validation.c
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

#define G_LOG_DOMAIN "TrRequestValidation"

#include <string.h>

#include <glib/gi18n.h>

#include "tr-locale-number.h"
#include "tr-request-validation.h"

G_DEFINE_QUARK (tr-validation-error-quark, tr_validation_error)

/**
 * tr_validation_check_required:
 * @text: (nullable): what the user typed
 * @label: the field's label, as shown to the user
 *
 * Fails with %TR_VALIDATION_ERROR_REQUIRED when @text is empty or blank.
 */
gboolean
tr_validation_check_required (const char  *text,
                              const char  *label,
                              GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text ? text : ""));

  if (*copy != '\0')
    return TRUE;

  g_set_error (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_REQUIRED,
               /* Translators: shown under an empty field that must be filled in.
                * %s is the field, already translated: a whole noun phrase such as
                * “A name” or “The date”, or the field's title such as “Start date”. */
               _("%s is required."), label);
  return FALSE;
}

static gboolean
parse_digits (const char *text,
              guint       n_digits,
              guint      *value)
{
  *value = 0;
  for (guint i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (guint) (text[i] - '0');
    }
  return TRUE;
}

/**
 * tr_validation_parse_date:
 * @text: (nullable): `yyyy-MM-dd`, or empty
 * @date: (out caller-allocates): the date; cleared when @text is empty
 *
 * Returns: %TRUE when @text is empty or a valid date
 */
gboolean
tr_validation_parse_date (const char  *text,
                          GDate       *date,
                          GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text ? text : ""));
  guint y, m, d;

  g_date_clear (date, 1);
  if (*copy == '\0')
    return TRUE;

  if (strlen (copy) == 10 && copy[4] == '-' && copy[7] == '-'
      && parse_digits (copy, 4, &y) && parse_digits (copy + 5, 2, &m)
      && parse_digits (copy + 8, 2, &d)
      && g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    {
      g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
      return TRUE;
    }

  g_set_error (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_INVALID_DATE,
               /* Translators: %s is what was typed; keep the example in this year-month-day form */
               _("“%s” is not a date: write it as year-month-day, for example 2026-07-15."),
               copy);
  return FALSE;
}

/**
 * tr_validation_parse_time:
 * @text: (nullable): `HH:mm` (or `H:mm`), or empty
 * @minutes: (out): minutes since midnight, -1 when @text is empty
 *
 * Returns: %TRUE when @text is empty or a valid time of day
 */
gboolean
tr_validation_parse_time (const char  *text,
                          int         *minutes,
                          GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text ? text : ""));
  gsize len = strlen (copy);
  guint h = 0, m = 0;
  gboolean ok;

  *minutes = -1;
  if (len == 0)
    return TRUE;

  ok = (len == 4 || len == 5) && copy[len - 3] == ':'
       && parse_digits (copy, (guint) len - 3, &h)
       && parse_digits (copy + len - 2, 2, &m) && h < 24 && m < 60;
  if (ok)
    {
      *minutes = (int) (h * 60 + m);
      return TRUE;
    }

  g_set_error (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_INVALID_TIME,
               /* Translators: %s is what was typed */
               _("“%s” is not a time: write hours and minutes, for example 08:30."),
               copy);
  return FALSE;
}

/**
 * tr_validation_format_date:
 * @date: (nullable): a date
 *
 * Returns: (transfer full): `yyyy-MM-dd`, or an empty string
 */
char *
tr_validation_format_date (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          (guint) g_date_get_month (date), g_date_get_day (date));
}

/**
 * tr_validation_format_time:
 * @minutes: minutes since midnight, or -1
 *
 * Returns: (transfer full): `HH:mm`, or an empty string
 */
char *
tr_validation_format_time (int minutes)
{
  if (minutes < 0 || minutes >= 24 * 60)
    return g_strdup ("");

  return g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);
}

static gboolean
date_set (const GDate *date)
{
  return date != NULL && g_date_valid (date);
}

/**
 * tr_validation_check_range:
 * @start: (nullable): the start date
 * @start_time: minutes since midnight, or -1
 * @end: (nullable): the end date
 * @end_time: minutes since midnight, or -1
 *
 * Fails with %TR_VALIDATION_ERROR_END_BEFORE_START when the end comes
 * before the start. Times are compared only on the same day.
 */
gboolean
tr_validation_check_range (const GDate  *start,
                           int           start_time,
                           const GDate  *end,
                           int           end_time,
                           GError      **error)
{
  int cmp;

  if (!date_set (start) || !date_set (end))
    return TRUE;

  cmp = g_date_compare (start, end);
  if (cmp < 0 || (cmp == 0 && (start_time < 0 || end_time < 0 || start_time <= end_time)))
    return TRUE;

  if (cmp == 0)
    g_set_error_literal (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_END_BEFORE_START,
                         _("The end time is before the start time on the same day."));
  else
    g_set_error_literal (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_END_BEFORE_START,
                         _("The end date is before the start date."));
  return FALSE;
}

/**
 * tr_validation_check_in_trip:
 * @trip_start: (nullable): the first day of the trip
 * @trip_end: (nullable): the last day of the trip
 * @date: (nullable): a segment's date
 *
 * Fails with %TR_VALIDATION_ERROR_LEG_OUTSIDE_TRIP when @date is before
 * @trip_start or after @trip_end.
 */
gboolean
tr_validation_check_in_trip (const GDate  *trip_start,
                             const GDate  *trip_end,
                             const GDate  *date,
                             GError      **error)
{
  g_autofree char *limit = NULL;

  if (!date_set (date))
    return TRUE;

  if (date_set (trip_start) && g_date_compare (date, trip_start) < 0)
    {
      limit = tr_validation_format_date (trip_start);
      g_set_error (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_LEG_OUTSIDE_TRIP,
                   /* Translators: %s is the first day of the trip, as a date */
                   _("This date is before the trip starts on %s."), limit);
      return FALSE;
    }
  if (date_set (trip_end) && g_date_compare (date, trip_end) > 0)
    {
      limit = tr_validation_format_date (trip_end);
      g_set_error (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_LEG_OUTSIDE_TRIP,
                   /* Translators: %s is the last day of the trip, as a date */
                   _("This date is after the trip ends on %s."), limit);
      return FALSE;
    }
  return TRUE;
}

static gboolean
is_ascii_word (const char *text,
               gsize       len,
               gboolean    upper_only)
{
  if (strlen (text) != len)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (upper_only ? !g_ascii_isupper (text[i]) : !g_ascii_isalpha (text[i]))
      return FALSE;
  return TRUE;
}

/**
 * tr_validation_check_airport_code:
 * @code: (nullable): an IATA airport code
 *
 * Air legs need an airport code (three letters) at both ends.
 */
gboolean
tr_validation_check_airport_code (const char  *code,
                                  GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (code ? code : ""));

  if (*copy == '\0')
    {
      g_set_error_literal (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_MISSING_AIRPORT,
                           _("A flight needs an airport code, for example CDG."));
      return FALSE;
    }
  if (!is_ascii_word (copy, 3, FALSE))
    {
      g_set_error (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_INVALID_AIRPORT,
                   /* Translators: %s is what was typed */
                   _("“%s” is not an airport code: use its three letters, for example CDG."),
                   copy);
      return FALSE;
    }
  return TRUE;
}

/**
 * tr_validation_check_currency:
 * @code: (nullable): an ISO 4217 code such as `EUR`
 */
gboolean
tr_validation_check_currency (const char  *code,
                              GError     **error)
{
  if (code != NULL && is_ascii_word (code, 3, TRUE))
    return TRUE;

  g_set_error (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_INVALID_CURRENCY,
               /* Translators: %s is what was typed */
               _("“%s” is not a currency: use its three-letter code, for example EUR."),
               code ? code : "");
  return FALSE;
}

/**
 * tr_validation_parse_amount:
 * @text: (nullable): a decimal such as `120.50`
 * @currency: an ISO 4217 code
 *
 * Parses exactly (no floating point) with tr_amount_parse() and rejects
 * empty, malformed and negative amounts.
 *
 * Returns: (transfer full) (nullable): the amount
 */
TrAmount *
tr_validation_parse_amount (const char  *text,
                            const char  *currency,
                            GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text ? text : ""));
  g_autoptr(TrAmount) amount = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!tr_validation_check_required (copy, _("The amount"), error)
      || !tr_validation_check_currency (currency, error))
    return NULL;

  /* The locale's decimal point and grouping: "1 234,56" in French. */
  amount = tr_locale_parse_amount (copy, currency, &local_error);
  if (amount == NULL)
    {
      g_set_error_literal (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_INVALID_AMOUNT,
                           local_error->message);
      return NULL;
    }
  if (tr_amount_is_negative (amount))
    {
      g_set_error_literal (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_NEGATIVE_AMOUNT,
                           _("The amount cannot be negative."));
      return NULL;
    }
  return g_steal_pointer (&amount);
}

/**
 * tr_validation_check_exchange_rate:
 * @text: (nullable): a decimal rate, or empty (no rate)
 */
gboolean
tr_validation_check_exchange_rate (const char  *text,
                                   GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text ? text : ""));
  g_autoptr(TrAmount) rate = NULL;
  g_autoptr(TrAmount) example_rate = tr_amount_new (10850, 4, NULL);
  g_autofree char *example = NULL;

  if (*copy == '\0')
    return TRUE;

  rate = tr_locale_parse_amount (copy, NULL, NULL);
  if (rate != NULL && !tr_amount_is_negative (rate) && !tr_amount_is_zero (rate))
    return TRUE;

  example = tr_locale_format_number (example_rate);
  g_set_error (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_INVALID_RATE,
               /* Translators: the first %s is what the person typed; the second
                * an example rate written the way of their locale, such as “1,0850”. */
               _("“%s” is not an exchange rate: use a positive number, for example %s."),
               copy, example);
  return FALSE;
}

static const struct
{
  const char    *key;
  TrEditorField  field;
} label_keys[] = {
  { "starttime", TR_EDITOR_FIELD_START_TIME },
  { "endtime", TR_EDITOR_FIELD_END_TIME },
  { "startdate", TR_EDITOR_FIELD_START_DATE },
  { "enddate", TR_EDITOR_FIELD_END_DATE },
  { "destination", TR_EDITOR_FIELD_DESTINATION },
  { "location", TR_EDITOR_FIELD_DESTINATION },
  { "policy", TR_EDITOR_FIELD_POLICY },
  { "agency", TR_EDITOR_FIELD_AGENCY },
  { "purpose", TR_EDITOR_FIELD_PURPOSE },
  { "comment", TR_EDITOR_FIELD_COMMENT },
  { "custom", TR_EDITOR_FIELD_CUSTOM },
  { "name", TR_EDITOR_FIELD_NAME },
};

/**
 * tr_validation_field_for_label:
 * @label: (nullable): a field name as the server writes it: `Request Name`,
 *   `startDate`, `Main Destination`…
 *
 * Returns: the editor field it designates, or %TR_EDITOR_FIELD_NONE
 */
TrEditorField
tr_validation_field_for_label (const char *label)
{
  g_autoptr(GString) key = g_string_new (NULL);

  for (const char *p = label ? label : ""; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (key, g_ascii_tolower (*p));

  for (gsize i = 0; i < G_N_ELEMENTS (label_keys); i++)
    if (strstr (key->str, label_keys[i].key) != NULL)
      return label_keys[i].field;

  return TR_EDITOR_FIELD_NONE;
}

/**
 * tr_validation_field_for_server_error:
 * @server_code: (nullable): the server's `errorCode`
 * @server_message: (nullable): the server's `errorMessage`
 *
 * Concur errors carry no field path: the field is known from the code, or
 * named in the message.
 *
 * Returns: the editor field the error concerns, or %TR_EDITOR_FIELD_NONE
 */
TrEditorField
tr_validation_field_for_server_error (const char *server_code,
                                      const char *server_message)
{
  if (g_strcmp0 (server_code, "invalidLocation") == 0
      || g_strcmp0 (server_code, "severalLocationsMatch") == 0)
    return TR_EDITOR_FIELD_DESTINATION;
  if (g_strcmp0 (server_code, "invalidPolicy") == 0
      || g_strcmp0 (server_code, "NO_POLICY_ALLOWING_CREATION_ERROR") == 0)
    return TR_EDITOR_FIELD_POLICY;
  if (g_strcmp0 (server_code, "listValidationError") == 0)
    return TR_EDITOR_FIELD_CUSTOM;
  if (g_strcmp0 (server_code, "invalidDate") == 0)
    {
      TrEditorField field = tr_validation_field_for_label (server_message);
      return field == TR_EDITOR_FIELD_END_DATE ? field : TR_EDITOR_FIELD_START_DATE;
    }

  return tr_validation_field_for_label (server_message);
}
