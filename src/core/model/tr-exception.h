/* tr-exception.h
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
#include "tr-exception-source.h"

G_BEGIN_DECLS

#define TR_TYPE_EXCEPTION (tr_exception_get_type ())

/**
 * TrException:
 *
 * A Request exception; `parameters` is kept as JSON (a map of string arrays), see tr_exception_dup_parameter().
 */
G_DECLARE_FINAL_TYPE (TrException, tr_exception, TR, EXCEPTION, TrResource)

TrException       *tr_exception_new             (void);
TrException       *tr_exception_new_from_json   (JsonNode  *node,
                                                 GError   **error);
TrException       *tr_exception_new_from_string (const char  *json,
                                                 GError     **error);
JsonNode          *tr_exception_to_json         (TrException   *self,
                                                 TrJsonPurpose  purpose);
TrException       *tr_exception_copy            (TrException  *self,
                                                 GError      **error);
const char        *tr_exception_get_code        (TrException *self);
gint64             tr_exception_get_level       (TrException *self);
const char        *tr_exception_get_message     (TrException *self);
gboolean           tr_exception_get_is_blocking (TrException *self);
TrExceptionSource *tr_exception_get_source      (TrException *self);
JsonNode          *tr_exception_get_parameters  (TrException *self);

GStrv           tr_exception_dup_parameter (TrException *self,
                                            const char  *name);

G_END_DECLS
