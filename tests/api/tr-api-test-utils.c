/* tr-api-test-utils.c
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

#include "tr-api-test-utils.h"

TrTestServer *
tr_test_server_new (void)
{
  TrTestServer *server = g_new0 (TrTestServer, 1);
  g_autoptr(GError) error = NULL;
  GSList *uris;

  server->server = soup_server_new (NULL, NULL);
  soup_server_listen_local (server->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server->server);
  g_assert_nonnull (uris);
  server->base_url = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  return server;
}

void
tr_test_server_free (TrTestServer *server)
{
  soup_server_disconnect (server->server);
  g_object_unref (server->server);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_free (server->base_url);
  g_free (server);
}

void
tr_test_respond (SoupServerMessage *msg,
                 guint              status,
                 const char        *json)
{
  soup_server_message_set_status (msg, status, NULL);
  if (json != NULL)
    soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY,
                                      json, strlen (json));
}

typedef struct
{
  SoupServerMessage *msg;
  guint              status;
  char              *json;
} Later;

static gboolean
respond_now (gpointer user_data)
{
  Later *later = user_data;

  tr_test_respond (later->msg, later->status, later->json);
  soup_server_message_unpause (later->msg);
  g_object_unref (later->msg);
  g_free (later->json);
  g_free (later);
  return G_SOURCE_REMOVE;
}

void
tr_test_respond_later (SoupServerMessage *msg,
                       guint              delay_ms,
                       guint              status,
                       const char        *json)
{
  Later *later = g_new0 (Later, 1);

  later->msg = g_object_ref (msg);
  later->status = status;
  later->json = g_strdup (json);
  soup_server_message_pause (msg);
  g_timeout_add (delay_ms, respond_now, later);
}

void
tr_test_reset_connection (SoupServerMessage *msg)
{
  g_autoptr(GIOStream) stream = soup_server_message_steal_connection (msg);

  g_io_stream_close (stream, NULL, NULL);
}

char *
tr_test_read_body (SoupServerMessage *msg)
{
  SoupMessageBody *body = soup_server_message_get_request_body (msg);
  g_autoptr(GBytes) bytes = soup_message_body_flatten (body);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

GHashTable *
tr_test_read_form (SoupServerMessage *msg)
{
  g_autofree char *body = tr_test_read_body (msg);

  return soup_form_decode (body);
}

static char *
base64url (const char *text)
{
  char *encoded = g_base64_encode ((const guchar *) text, strlen (text));

  g_strdelimit (encoded, "+", '-');
  g_strdelimit (encoded, "/", '_');
  g_strdelimit (encoded, "=", '\0');
  return encoded;
}

char *
tr_test_make_jwt (const char *subject)
{
  g_autofree char *payload = g_strdup_printf ("{\"sub\":\"%s\",\"aud\":\"sandbox-client\","
                                              "\"concur.type\":\"user\"}", subject);
  g_autofree char *header = base64url ("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
  g_autofree char *body = base64url (payload);

  return g_strdup_printf ("%s.%s.c2lnbmF0dXJl", header, body);
}

char *
tr_test_token_json (const char *access_token,
                    const char *refresh_token,
                    const char *geolocation,
                    const char *expires_in)
{
  g_autofree char *jwt = tr_test_make_jwt ("c0d9894b-98e2-48d5-86f9-1decde90dd15");

  return g_strdup_printf ("{\"expires_in\":%s,\"scope\":\"travelrequest.write\","
                          "\"token_type\":\"Bearer\",\"access_token\":\"%s\","
                          "\"refresh_token\":\"%s\",\"refresh_expires_in\":\"1900000000\","
                          "\"id_token\":\"%s\",\"geolocation\":\"%s\"}",
                          expires_in, access_token, refresh_token, jwt, geolocation);
}

void
tr_test_store_result (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  GAsyncResult **out = user_data;

  g_assert_null (*out);
  *out = g_object_ref (result);
}

static gboolean
tick (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

GAsyncResult *
tr_test_wait_result (GAsyncResult **result)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  guint ticker = g_timeout_add (50, tick, NULL);

  while (*result == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (ticker);
  return *result;
}
