/* tr-locale-number.h
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

/* Numbers as people type and read them in their locale (LC_NUMERIC):
 * "1 234,56" in French, "1.234,56" in German, "1,234.56" in English.
 * GTK-free; errors are in the TR_LOCALE_ERROR domain of tr-locale.h. */

char        *tr_locale_canonical_number     (const char     *text,
                                             GError        **error);
TrAmount    *tr_locale_parse_amount         (const char     *text,
                                             const char     *currency,
                                             GError        **error);
char        *tr_locale_format_number        (const TrAmount *amount);

G_END_DECLS
