/* tr-api-test-utils.h
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

#include <libsoup/soup.h>

G_BEGIN_DECLS

/* A loopback SoupServer running on the test's own main context, plus small
 * helpers to script its responses and wait for async results. */

typedef struct
{
  SoupServer *server;
  char       *base_url;
} TrTestServer;

TrTestServer *tr_test_server_new          (void);
void          tr_test_server_free         (TrTestServer      *server);
void          tr_test_respond             (SoupServerMessage *msg,
                                           guint              status,
                                           const char        *json);
void          tr_test_respond_later       (SoupServerMessage *msg,
                                           guint              delay_ms,
                                           guint              status,
                                           const char        *json);
void          tr_test_reset_connection    (SoupServerMessage *msg);
GHashTable   *tr_test_read_form           (SoupServerMessage *msg);
char         *tr_test_read_body           (SoupServerMessage *msg);
char         *tr_test_make_jwt            (const char        *subject);
char         *tr_test_token_json          (const char        *access_token,
                                           const char        *refresh_token,
                                           const char        *geolocation,
                                           const char        *expires_in);
void          tr_test_store_result        (GObject           *source,
                                           GAsyncResult      *result,
                                           gpointer           user_data);
GAsyncResult *tr_test_wait_result         (GAsyncResult     **result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrTestServer, tr_test_server_free)

G_END_DECLS
