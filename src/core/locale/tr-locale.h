/* tr-locale.h
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

#pragma once

#include <glib.h>

#include "tr-amount.h"

G_BEGIN_DECLS

/* Locale-aware display text (LC_TIME, LC_MONETARY, LC_MESSAGES) and
 * iso-codes country and subdivision names. GTK-free. */

#define TR_LOCALE_ERROR (tr_locale_error_quark ())

/**
 * TrLocaleError:
 * @TR_LOCALE_ERROR_INVALID_DATE: the text is not a valid `yyyy-MM-dd` date
 * @TR_LOCALE_ERROR_INVALID_NUMBER: the text is not a number written the
 *   locale's way (see tr-locale-number.h)
 * @TR_LOCALE_ERROR_AMBIGUOUS_NUMBER: the text reads as two different numbers,
 *   its only separator being a decimal point elsewhere ("1.234" in German)
 */
typedef enum
{
  TR_LOCALE_ERROR_INVALID_DATE,
  TR_LOCALE_ERROR_INVALID_NUMBER,
  TR_LOCALE_ERROR_AMBIGUOUS_NUMBER,
} TrLocaleError;

GQuark       tr_locale_error_quark          (void);

char        *tr_locale_format_date          (const GDate    *date);
char        *tr_locale_format_iso_date      (const char     *text,
                                             GError        **error);
char        *tr_locale_format_time          (int             minutes);
char        *tr_locale_format_date_time     (GDateTime      *date_time);
char        *tr_locale_format_amount        (const TrAmount *amount);

const char  *tr_locale_country_name         (const char     *alpha2);
const char  *tr_locale_subdivision_name     (const char     *code);

G_END_DECLS
