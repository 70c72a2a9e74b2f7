/* tr-amount.h
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

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * TrAmount:
 *
 * An immutable exact decimal: `units × 10^-scale`, with an optional ISO 4217
 * currency code. Never holds a floating-point value. Without a currency it is
 * a bare decimal (percentages, exchange rates, coordinates).
 */
typedef struct _TrAmount TrAmount;

#define TR_TYPE_AMOUNT (tr_amount_get_type ())

#define TR_AMOUNT_ERROR (tr_amount_error_quark ())

/**
 * TrAmountError:
 * @TR_AMOUNT_ERROR_INVALID: the text is not a decimal number
 * @TR_AMOUNT_ERROR_CURRENCY_MISMATCH: the operands have different currencies
 * @TR_AMOUNT_ERROR_OVERFLOW: the result does not fit in 64-bit units
 */
typedef enum
{
  TR_AMOUNT_ERROR_INVALID,
  TR_AMOUNT_ERROR_CURRENCY_MISMATCH,
  TR_AMOUNT_ERROR_OVERFLOW,
} TrAmountError;

#define TR_AMOUNT_MAX_SCALE 18

GType        tr_amount_get_type         (void) G_GNUC_CONST;
GQuark       tr_amount_error_quark      (void);

TrAmount    *tr_amount_new              (gint64          units,
                                         guint           scale,
                                         const char     *currency);
TrAmount    *tr_amount_parse            (const char     *text,
                                         const char     *currency,
                                         GError        **error);
TrAmount    *tr_amount_new_from_double  (double          value,
                                         const char     *currency,
                                         GError        **error);
TrAmount    *tr_amount_copy             (const TrAmount *self);
void         tr_amount_free             (TrAmount       *self);

gint64       tr_amount_get_units        (const TrAmount *self);
guint        tr_amount_get_scale        (const TrAmount *self);
const char  *tr_amount_get_currency     (const TrAmount *self);

TrAmount    *tr_amount_add              (const TrAmount *a,
                                         const TrAmount *b,
                                         GError        **error);
TrAmount    *tr_amount_subtract         (const TrAmount *a,
                                         const TrAmount *b,
                                         GError        **error);
TrAmount    *tr_amount_multiply_rate    (const TrAmount *self,
                                         const TrAmount *rate,
                                         guint           scale,
                                         GError        **error);
TrAmount    *tr_amount_rescale          (const TrAmount *self,
                                         guint           scale,
                                         GError        **error);
int          tr_amount_compare          (const TrAmount *a,
                                         const TrAmount *b);
gboolean     tr_amount_equal            (const TrAmount *a,
                                         const TrAmount *b);
gboolean     tr_amount_is_negative      (const TrAmount *self);
gboolean     tr_amount_is_zero          (const TrAmount *self);
char        *tr_amount_to_string        (const TrAmount *self);
double       tr_amount_to_double        (const TrAmount *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrAmount, tr_amount_free)

G_END_DECLS
