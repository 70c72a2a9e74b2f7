/* tr-comment.h
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

#include "tr-resource.h"
#include "tr-amount.h"
#include "tr-employee.h"

G_BEGIN_DECLS

#define TR_TYPE_COMMENT (tr_comment_get_type ())

/**
 * TrComment:
 *
 * A comment; the timestamp is read from `creationDateTime` or, failing that, `creationDate`.
 */
G_DECLARE_FINAL_TYPE (TrComment, tr_comment, TR, COMMENT, TrResource)

TrComment  *tr_comment_new                    (void);
TrComment  *tr_comment_new_from_json          (JsonNode  *node,
                                               GError   **error);
TrComment  *tr_comment_new_from_string        (const char  *json,
                                               GError     **error);
JsonNode   *tr_comment_to_json                (TrComment     *self,
                                               TrJsonPurpose  purpose);
TrComment  *tr_comment_copy                   (TrComment  *self,
                                               GError    **error);
TrEmployee *tr_comment_get_author             (TrComment *self);
GDateTime  *tr_comment_get_creation_date_time (TrComment *self);
GDateTime  *tr_comment_get_creation_date      (TrComment *self);
gboolean    tr_comment_get_is_latest          (TrComment *self);
const char *tr_comment_get_value              (TrComment *self);
void        tr_comment_set_value              (TrComment  *self,
                                               const char *value);

GDateTime      *tr_comment_get_timestamp (TrComment *self);

G_END_DECLS
