/* tr-http.h
 *
 * Copyright 2026 The Travel Requests authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <https://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

G_BEGIN_DECLS

/* HTTP helpers shared by TrClient and TrAuthorizer: the transport security
 * policy, response parsing, retry timing and redacted debug logging. */

gboolean    tr_http_uri_is_loopback        (GUri         *uri);
gboolean    tr_http_check_secure           (const char   *url,
                                            GError      **error);
JsonNode   *tr_http_parse_response         (SoupMessage  *message,
                                            GBytes       *body,
                                            GError      **error);
JsonNode   *tr_http_parse_json             (GBytes       *body,
                                            GError      **error);
gint64      tr_http_parse_retry_after      (const char   *value,
                                            GDateTime    *now);
const char *tr_http_json_get_string        (JsonObject   *object,
                                            const char   *name);
guint       tr_http_backoff_delay_ms       (guint         attempt,
                                            guint         base_ms,
                                            guint         max_ms);

gboolean    tr_http_debug_enabled          (void);
char       *tr_http_redact_uri             (const char   *uri);
char       *tr_http_redact_body            (GBytes       *body,
                                            const char   *content_type);
void        tr_http_log_request            (SoupMessage  *message,
                                            GBytes       *body);
void        tr_http_log_response           (SoupMessage  *message,
                                            GBytes       *body);

G_END_DECLS
