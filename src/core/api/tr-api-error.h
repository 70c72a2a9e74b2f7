/* tr-api-error.h
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

#include <gio/gio.h>

G_BEGIN_DECLS

#define TR_API_ERROR (tr_api_error_quark ())

/**
 * TrApiError:
 * @TR_API_ERROR_UNAUTHORIZED: the credentials were refused (HTTP 401, or a
 *   4xx from the token endpoint); signing in again is needed
 * @TR_API_ERROR_FORBIDDEN: the caller may not do this (HTTP 403)
 * @TR_API_ERROR_NOT_FOUND: the resource does not exist (HTTP 404)
 * @TR_API_ERROR_CONFLICT: the workflow refused the action (HTTP 409)
 * @TR_API_ERROR_VALIDATION: the server rejected the input (HTTP 400, other 4xx)
 * @TR_API_ERROR_RATE_LIMITED: too many requests (HTTP 429)
 * @TR_API_ERROR_UNAVAILABLE: the service is temporarily down (408, 502–504)
 * @TR_API_ERROR_SERVER: the server failed (HTTP 500 and other 5xx)
 * @TR_API_ERROR_NETWORK: the server could not be reached (transport or TLS)
 * @TR_API_ERROR_BAD_RESPONSE: the response was malformed or unexpected
 * @TR_API_ERROR_INSECURE: a URL or link was refused by the security policy
 * @TR_API_ERROR_KEYRING_UNAVAILABLE: no Secret Service, or the keyring is
 *   locked; the account can only be kept for the running session
 *
 * Errors of the API client layer. Errors of this domain are extended
 * errors: they carry the HTTP status and the server's `errorCode` and
 * `errorMessage`, see tr_api_error_get_server_code().
 */
typedef enum
{
  TR_API_ERROR_UNAUTHORIZED,
  TR_API_ERROR_FORBIDDEN,
  TR_API_ERROR_NOT_FOUND,
  TR_API_ERROR_CONFLICT,
  TR_API_ERROR_VALIDATION,
  TR_API_ERROR_RATE_LIMITED,
  TR_API_ERROR_UNAVAILABLE,
  TR_API_ERROR_SERVER,
  TR_API_ERROR_NETWORK,
  TR_API_ERROR_BAD_RESPONSE,
  TR_API_ERROR_INSECURE,
  TR_API_ERROR_KEYRING_UNAVAILABLE,
} TrApiError;

GQuark      tr_api_error_quark                (void);

GError     *tr_api_error_new_from_response    (guint         status,
                                               GBytes       *body,
                                               const char   *retry_after);
GError     *tr_api_error_new_from_transport   (const GError *error);
GError     *tr_api_error_new_full             (TrApiError    code,
                                               guint         http_status,
                                               const char   *server_code,
                                               const char   *server_message,
                                               const char   *text);

guint       tr_api_error_get_http_status      (const GError *error);
const char *tr_api_error_get_server_code      (const GError *error);
const char *tr_api_error_get_server_message   (const GError *error);
const char *tr_api_error_get_retry_after      (const GError *error);
gboolean    tr_api_error_is_transient         (const GError *error);
char       *tr_api_error_describe             (const GError *error);

G_END_DECLS
