/* tr-request-validation.h
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

/* Validation of what the user types in the request, itinerary and expense
 * editors. GTK-free so it can be unit-tested without a display; every
 * failure is a #TrValidationError whose message is one translated sentence
 * saying what is wrong. */

#define TR_VALIDATION_ERROR (tr_validation_error_quark ())

/**
 * TrValidationError:
 * @TR_VALIDATION_ERROR_REQUIRED: a required field is empty
 * @TR_VALIDATION_ERROR_INVALID_DATE: not a date (`yyyy-MM-dd`)
 * @TR_VALIDATION_ERROR_INVALID_TIME: not a time (`HH:mm`)
 * @TR_VALIDATION_ERROR_END_BEFORE_START: the end is before the start
 * @TR_VALIDATION_ERROR_LEG_OUTSIDE_TRIP: a segment lies outside the trip dates
 * @TR_VALIDATION_ERROR_MISSING_AIRPORT: an air leg has no airport code
 * @TR_VALIDATION_ERROR_INVALID_AIRPORT: an airport code is not three letters
 * @TR_VALIDATION_ERROR_INVALID_AMOUNT: not a decimal amount
 * @TR_VALIDATION_ERROR_NEGATIVE_AMOUNT: an amount below zero
 * @TR_VALIDATION_ERROR_INVALID_CURRENCY: not an ISO 4217 code
 * @TR_VALIDATION_ERROR_INVALID_RATE: an exchange rate that is not positive
 */
typedef enum
{
  TR_VALIDATION_ERROR_REQUIRED,
  TR_VALIDATION_ERROR_INVALID_DATE,
  TR_VALIDATION_ERROR_INVALID_TIME,
  TR_VALIDATION_ERROR_END_BEFORE_START,
  TR_VALIDATION_ERROR_LEG_OUTSIDE_TRIP,
  TR_VALIDATION_ERROR_MISSING_AIRPORT,
  TR_VALIDATION_ERROR_INVALID_AIRPORT,
  TR_VALIDATION_ERROR_INVALID_AMOUNT,
  TR_VALIDATION_ERROR_NEGATIVE_AMOUNT,
  TR_VALIDATION_ERROR_INVALID_CURRENCY,
  TR_VALIDATION_ERROR_INVALID_RATE,
} TrValidationError;

/**
 * TrEditorField:
 *
 * The fields of the request editor a message can be attached to.
 */
typedef enum
{
  TR_EDITOR_FIELD_NONE,
  TR_EDITOR_FIELD_NAME,
  TR_EDITOR_FIELD_PURPOSE,
  TR_EDITOR_FIELD_START_DATE,
  TR_EDITOR_FIELD_START_TIME,
  TR_EDITOR_FIELD_END_DATE,
  TR_EDITOR_FIELD_END_TIME,
  TR_EDITOR_FIELD_DESTINATION,
  TR_EDITOR_FIELD_POLICY,
  TR_EDITOR_FIELD_AGENCY,
  TR_EDITOR_FIELD_CUSTOM,
  TR_EDITOR_FIELD_COMMENT,
} TrEditorField;

GQuark        tr_validation_error_quark          (void);

gboolean      tr_validation_check_required       (const char    *text,
                                                  const char    *label,
                                                  GError       **error);
gboolean      tr_validation_parse_date           (const char    *text,
                                                  GDate         *date,
                                                  GError       **error);
gboolean      tr_validation_parse_time           (const char    *text,
                                                  int           *minutes,
                                                  GError       **error);
char         *tr_validation_format_date          (const GDate   *date);
char         *tr_validation_format_time          (int            minutes);
gboolean      tr_validation_check_range          (const GDate   *start,
                                                  int            start_time,
                                                  const GDate   *end,
                                                  int            end_time,
                                                  GError       **error);
gboolean      tr_validation_check_in_trip        (const GDate   *trip_start,
                                                  const GDate   *trip_end,
                                                  const GDate   *date,
                                                  GError       **error);
gboolean      tr_validation_check_airport_code   (const char    *code,
                                                  GError       **error);
gboolean      tr_validation_check_currency       (const char    *code,
                                                  GError       **error);
TrAmount     *tr_validation_parse_amount         (const char    *text,
                                                  const char    *currency,
                                                  GError       **error);
gboolean      tr_validation_check_exchange_rate  (const char    *text,
                                                  GError       **error);
TrEditorField tr_validation_field_for_server_error (const char  *server_code,
                                                    const char  *server_message);
TrEditorField tr_validation_field_for_label      (const char    *label);

G_END_DECLS
