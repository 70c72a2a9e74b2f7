/* tr-review-error.h
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

G_BEGIN_DECLS

#define TR_REVIEW_ERROR (tr_review_error_quark ())

/**
 * TrReviewError:
 * @TR_REVIEW_ERROR_INVALID: the input is not what the call expects (a
 *   missing request, a list holding the wrong type, broken JSON)
 * @TR_REVIEW_ERROR_NOT_SEEN: the approver has not opened this request
 * @TR_REVIEW_ERROR_CHANGED: the request changed since the approver saw it
 * @TR_REVIEW_ERROR_MOVED: the request is no longer waiting for this
 *   approver (recalled, approved or sent back by someone else)
 *
 * Errors of the review layer (diff, batch approve, seen versions).
 */
typedef enum
{
  TR_REVIEW_ERROR_INVALID,
  TR_REVIEW_ERROR_NOT_SEEN,
  TR_REVIEW_ERROR_CHANGED,
  TR_REVIEW_ERROR_MOVED,
} TrReviewError;

GQuark tr_review_error_quark (void);

G_END_DECLS
