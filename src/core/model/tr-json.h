/* tr-json.h
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

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/**
 * TrJsonPurpose:
 * @TR_JSON_PURPOSE_CREATE: writable members only, what a POST sends
 * @TR_JSON_PURPOSE_UPDATE: what a PUT sends (for a Request: the PUT whitelist)
 * @TR_JSON_PURPOSE_FULL: everything, unknown members included (local cache)
 */
typedef enum
{
  TR_JSON_PURPOSE_CREATE,
  TR_JSON_PURPOSE_UPDATE,
  TR_JSON_PURPOSE_FULL,
} TrJsonPurpose;

#define TR_TYPE_JSON_PURPOSE (tr_json_purpose_get_type ())
GType tr_json_purpose_get_type (void) G_GNUC_CONST;

#define TR_JSON_ERROR (tr_json_error_quark ())

/**
 * TrJsonError:
 * @TR_JSON_ERROR_SYNTAX: the text is not JSON
 * @TR_JSON_ERROR_TYPE: a member (or the top level) has the wrong JSON type
 * @TR_JSON_ERROR_MISSING: a required member is absent
 * @TR_JSON_ERROR_INVALID_DATE: not a `yyyy-MM-dd` calendar date
 * @TR_JSON_ERROR_INVALID_TIME: not a `HH:mm` time of day
 * @TR_JSON_ERROR_INVALID_TIMESTAMP: not a `yyyy-MM-ddTHH:mm:ss[.SSS][Z]` timestamp
 * @TR_JSON_ERROR_INVALID_AMOUNT: not an exact decimal amount
 * @TR_JSON_ERROR_INVALID_VALUE: any other malformed value
 *
 * Messages always start with the path of the offending member,
 * e.g. `expenses[1].tripData.legs[0].startDate: …` (`$` for the top level).
 */
typedef enum
{
  TR_JSON_ERROR_SYNTAX,
  TR_JSON_ERROR_TYPE,
  TR_JSON_ERROR_MISSING,
  TR_JSON_ERROR_INVALID_DATE,
  TR_JSON_ERROR_INVALID_TIME,
  TR_JSON_ERROR_INVALID_TIMESTAMP,
  TR_JSON_ERROR_INVALID_AMOUNT,
  TR_JSON_ERROR_INVALID_VALUE,
} TrJsonError;

GQuark      tr_json_error_quark         (void);

JsonNode   *tr_json_from_string         (const char   *json,
                                         GError      **error);
gboolean    tr_json_node_check          (JsonNode     *node,
                                         GError      **error);
char       *tr_json_to_string           (JsonNode     *node);
JsonNode   *tr_json_node_deep_copy      (JsonNode     *node);
const char *tr_json_node_type_name      (JsonNode     *node);
char       *tr_json_path_member         (const char   *path,
                                         const char   *member);
char       *tr_json_path_index          (const char   *path,
                                         guint         index);

gboolean    tr_json_get_int_lenient     (JsonNode     *node,
                                         gint64       *out_value);
gboolean    tr_json_boolean_from_json   (JsonNode     *node,
                                         gboolean     *out_value,
                                         GError      **error);

GDate      *tr_date_parse               (const char   *text);
guint       tr_date_julian_of_text      (const char   *text);
char       *tr_date_format              (const GDate  *date);
gboolean    tr_time_parse               (const char   *text,
                                         int          *out_minutes);
char       *tr_time_format              (int           minutes);
GDateTime  *tr_timestamp_parse          (const char   *text);
char       *tr_timestamp_format         (GDateTime    *timestamp);

G_END_DECLS
