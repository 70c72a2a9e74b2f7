/* fuzz-api-error.c
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

/* The mapping of an HTTP error response (status, body, Retry-After) to a
 * TR_API_ERROR. Input: 2 bytes of status (big endian, modulo 600), then
 * the Retry-After value up to the first newline, then the body. */

#define G_LOG_DOMAIN "tr-fuzz"

#include "tr-fuzz.h"
#include "tr-api-error.h"

#include <string.h>

static void
check_error (const GError *error,
             guint         status,
             const char   *retry_after)
{
  g_autofree char *description = NULL;
  g_autoptr(GError) copy = NULL;
  g_autoptr(GError) transport = NULL;

  g_assert_nonnull (error);
  g_assert_true (error->domain == TR_API_ERROR);
  g_assert_nonnull (error->message);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_cmpuint (tr_api_error_get_http_status (error), ==, status);
  g_assert_cmpstr (tr_api_error_get_retry_after (error), ==, retry_after);
  if (tr_api_error_get_server_code (error) != NULL)
    g_assert_true (g_utf8_validate (tr_api_error_get_server_code (error), -1, NULL));
  if (tr_api_error_get_server_message (error) != NULL)
    g_assert_true (g_utf8_validate (tr_api_error_get_server_message (error), -1, NULL));
  description = tr_api_error_describe (error);
  g_assert_nonnull (description);
  g_assert_true (g_utf8_validate (description, -1, NULL));
  (void) tr_api_error_is_transient (error);
  /* An API error goes through the transport mapping unchanged. */
  transport = tr_api_error_new_from_transport (error);
  g_assert_error (transport, error->domain, error->code);
  g_assert_cmpuint (tr_api_error_get_http_status (transport), ==, status);
  copy = g_error_copy (error);
  g_assert_cmpstr (tr_api_error_get_server_code (copy), ==, tr_api_error_get_server_code (error));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *retry_after = NULL;
  const uint8_t *newline;
  guint status;

  tr_fuzz_init ();
  if (size < 2)
    return 0;
  status = ((guint) data[0] << 8 | data[1]) % 600;
  data += 2;
  size -= 2;
  newline = memchr (data, '\n', size);
  if (newline != NULL)
    {
      retry_after = tr_fuzz_text_new (data, newline - data);
      size -= newline + 1 - data;
      data = newline + 1;
    }
  body = tr_fuzz_bytes_new (data, size);
  error = tr_api_error_new_from_response (status, body, retry_after);
  check_error (error, status, retry_after);
  return 0;
}
