/* tr-sandbox-util.h
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
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

char      *tr_sandbox_new_id            (void);
char      *tr_sandbox_now_timestamp     (void);
char      *tr_sandbox_timestamp_from_unix (gint64 unix_seconds);
char      *tr_sandbox_normalize_timestamp (const char *text);
gboolean   tr_sandbox_is_date           (const char *text);
gboolean   tr_sandbox_is_time           (const char *text);
gboolean   tr_sandbox_is_hex_id         (const char *text);
gboolean   tr_sandbox_is_user_uuid      (const char *text);
guint      tr_sandbox_currency_digits   (const char *currency);
gboolean   tr_sandbox_amount_parse      (JsonObject  *amount,
                                         gint64      *minor_out,
                                         char       **currency_out);
JsonNode  *tr_sandbox_amount_to_json    (gint64      minor,
                                         const char *currency);
const char *tr_sandbox_object_string    (JsonObject *object,
                                         const char *member);
JsonObject *tr_sandbox_object_object    (JsonObject *object,
                                         const char *member);

G_END_DECLS
