/* test-server-location-provider.c
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

#include <glib.h>

#include "tr-api-error.h"
#include "tr-api-test-utils.h"
#include "tr-server-location-provider.h"

/* TrServerLocationProvider against a loopback SoupServer: the server's
 * answer when it has the (tr-sandbox) location search, the fallback list
 * after a 404 (a real Concur server) or a network failure, short texts,
 * errors and cancellation. No display needed. */

typedef enum
{
  SERVE_LOCATIONS,
  SERVE_NOT_FOUND,
  SERVE_RESET,
  SERVE_BAD_REQUEST,
} Serve;

typedef struct
{
  TrTestServer             *server;
  TrAuthorizer             *authorizer;
  TrClient                 *client;
  GListStore               *fallback;
  TrServerLocationProvider *provider;
  Serve                     serve;
  guint                     hits;
  char                     *last_query;
  guint                     notified;
} Fixture;

static const char *const known[] = {
  "{\"name\":\"Lyon\",\"city\":\"Lyon\",\"countryCode\":\"FR\"}",
  "{\"id\":\"E91EDAF773D4689EA95039D410EB4E1D\",\"name\":\"Lyon-Saint-Exupéry Airport\",\"city\":\"Lyon\","
  "\"countryCode\":\"FR\",\"iataCode\":\"LYS\"}",
  "{\"name\":\"Paris Gare de Lyon\",\"city\":\"Paris\",\"countryCode\":\"FR\"}",
  "{\"name\":\"Nice Côte d'Azur Airport\",\"city\":\"Nice\",\"countryCode\":\"FR\",\"iataCode\":\"NCE\"}",
  "{\"name\":\"Provence\",\"city\":\"Aix-en-Provence\",\"countryCode\":\"FR\"}",
  "{\"name\":\"München\",\"city\":\"München\",\"countryCode\":\"DE\"}",
};

static void
token_handler (SoupServer        *server,
               SoupServerMessage *msg,
               const char        *path,
               GHashTable        *query,
               gpointer           user_data)
{
  Fixture *f = user_data;
  g_autofree char *json = tr_test_token_json ("access-XYZ", "refresh-XYZ", f->server->base_url, "\"3600\"");

  tr_test_respond (msg, SOUP_STATUS_OK, json);
}

static void
api_handler (SoupServer        *server,
             SoupServerMessage *msg,
             const char        *path,
             GHashTable        *query,
             gpointer           user_data)
{
  Fixture *f = user_data;

  f->hits++;
  g_free (f->last_query);
  f->last_query = g_strdup (query ? g_hash_table_lookup (query, "q") : NULL);
  g_assert_cmpstr (path, ==, "/travelrequest/v4/x-sandbox/locations");
  switch (f->serve)
    {
    case SERVE_LOCATIONS:
      tr_test_respond (msg, SOUP_STATUS_OK,
                       "{\"locations\":[{\"id\":\"B3A1471B386C87B9654ABCCEB7EE1F18\",\"name\":\"Nice\","
                       "\"city\":\"Nice\",\"countryCode\":\"FR\",\"locationCode\":\"IATA_NCE\"}]}");
      break;
    case SERVE_NOT_FOUND:
      tr_test_respond (msg, SOUP_STATUS_NOT_FOUND,
                       "{\"errors\":[{\"errorCode\":\"notFound\",\"errorMessage\":\"Resource not found\"}]}");
      break;
    case SERVE_RESET:
      tr_test_reset_connection (msg);
      break;
    case SERVE_BAD_REQUEST:
      tr_test_respond (msg, SOUP_STATUS_BAD_REQUEST,
                       "{\"errors\":[{\"errorCode\":\"badParam\",\"errorMessage\":\"No\"}]}");
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
on_notify_cb (Fixture *f)
{
  f->notified++;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->server = tr_test_server_new ();
  soup_server_add_handler (f->server->server, "/oauth2/v0/token", token_handler, f, NULL);
  soup_server_add_handler (f->server->server, "/travelrequest/v4", api_handler, f, NULL);
  f->authorizer = tr_authorizer_new (TR_DATA_CENTER_CUSTOM, f->server->base_url, "sandbox-client", "secret");
  tr_authorizer_restore (f->authorizer, "refresh-0-XYZ", NULL, NULL);
  f->client = tr_client_new (f->authorizer);
  tr_client_set_retry_policy (f->client, 1, 10, 10, 1000);
  f->fallback = g_list_store_new (TR_TYPE_LOCATION);
  f->provider = tr_server_location_provider_new (f->client, G_LIST_MODEL (f->fallback));
  g_signal_connect_swapped (f->provider, "notify::endpoint-missing", G_CALLBACK (on_notify_cb), f);
  /* Filled after the provider was made, as the editor pane does. */
  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    {
      g_autoptr(TrLocation) location = tr_location_new_from_string (known[i], NULL);

      g_assert_nonnull (location);
      g_list_store_append (f->fallback, location);
    }
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_finalize_object (f->provider);
  g_assert_finalize_object (f->fallback);
  g_assert_finalize_object (f->client);
  g_assert_finalize_object (f->authorizer);
  tr_test_server_free (f->server);
  g_free (f->last_query);
}

static GListModel *
search_with (Fixture       *f,
             const char    *text,
             GCancellable  *cancellable,
             GError       **error)
{
  TrLocationProvider *provider = TR_LOCATION_PROVIDER (f->provider);
  g_autoptr(GAsyncResult) result = NULL;

  tr_location_provider_search_async (provider, text, cancellable, tr_test_store_result, &result);
  return tr_location_provider_search_finish (provider, tr_test_wait_result (&result), error);
}

static GListModel *
search (Fixture    *f,
        const char *text)
{
  g_autoptr(GError) error = NULL;
  GListModel *found = search_with (f, text, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (found);
  return found;
}

/* The names of @found, joined with "; ". */
static char *
names (GListModel *found)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(TrLocation) location = g_list_model_get_item (found, i);

      g_string_append_printf (text, "%s%s", i ? "; " : "", tr_location_get_name (location));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_server_answers (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GListModel) found = search (f, "  Nice ");
  g_autofree char *text = names (found);

  g_assert_cmpstr (text, ==, "Nice");
  g_assert_cmpuint (f->hits, ==, 1);
  g_assert_cmpstr (f->last_query, ==, "Nice");
  g_assert_false (tr_server_location_provider_get_endpoint_missing (f->provider));
  g_assert_cmpuint (f->notified, ==, 0);
}

static void
test_short_text (Fixture       *f,
                 gconstpointer  data)
{
  const char *texts[] = { "", "n", "  L  ", "é" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GListModel) found = search (f, texts[i]);

      g_assert_cmpuint (g_list_model_get_n_items (found), ==, 0);
    }
  g_assert_cmpuint (f->hits, ==, 0);
}

static void
test_fallback_on_not_found (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GListModel) lyon = NULL;
  g_autoptr(GListModel) code = NULL;
  g_autoptr(GListModel) munich = NULL;
  g_autofree char *lyon_names = NULL;
  g_autofree char *code_names = NULL;
  g_autofree char *munich_names = NULL;

  f->serve = SERVE_NOT_FOUND;
  lyon = search (f, "LYÓN");
  g_assert_cmpuint (f->hits, ==, 1);
  g_assert_true (tr_server_location_provider_get_endpoint_missing (f->provider));
  g_assert_cmpuint (f->notified, ==, 1);
  /* Prefixes before substrings, accents and case ignored. */
  lyon_names = names (lyon);
  g_assert_cmpstr (lyon_names, ==, "Lyon; Lyon-Saint-Exupéry Airport; Paris Gare de Lyon");

  /* The 404 is remembered: no more calls. An exact IATA code first. */
  code = search (f, "nce");
  code_names = names (code);
  g_assert_cmpstr (code_names, ==, "Nice Côte d'Azur Airport; Provence");
  munich = search (f, "munchen");
  munich_names = names (munich);
  g_assert_cmpstr (munich_names, ==, "München");
  g_assert_cmpuint (f->hits, ==, 1);
  g_assert_cmpuint (f->notified, ==, 1);
}

static void
test_fallback_on_network_error (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GListModel) again = NULL;
  g_autofree char *text = NULL;
  guint hits;

  f->serve = SERVE_RESET;
  found = search (f, "exupery");
  text = names (found);
  g_assert_cmpstr (text, ==, "Lyon-Saint-Exupéry Airport");
  g_assert_cmpuint (f->hits, >=, 1);
  g_assert_false (tr_server_location_provider_get_endpoint_missing (f->provider));

  /* For a while the search does not wait for an unreachable server. */
  hits = f->hits;
  f->serve = SERVE_LOCATIONS;
  again = search (f, "nice");
  g_assert_cmpuint (f->hits, ==, hits);
  g_assert_cmpuint (g_list_model_get_n_items (again), ==, 1);
}

static void
test_other_errors (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) found = NULL;

  f->serve = SERVE_BAD_REQUEST;
  found = search_with (f, "lyon", NULL, &error);
  g_assert_null (found);
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_VALIDATION);
  g_assert_false (tr_server_location_provider_get_endpoint_missing (f->provider));
}

static void
test_cancelled (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) late_error = NULL;
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GListModel) late = NULL;

  g_cancellable_cancel (cancelled);
  found = search_with (f, "lyon", cancelled, &error);
  g_assert_null (found);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (f->hits, ==, 0);

  /* Cancelled while the server call runs. */
  tr_location_provider_search_async (TR_LOCATION_PROVIDER (f->provider), "lyon", cancellable,
                                     tr_test_store_result, &result);
  g_cancellable_cancel (cancellable);
  late = tr_location_provider_search_finish (TR_LOCATION_PROVIDER (f->provider),
                                             tr_test_wait_result (&result), &late_error);
  g_assert_null (late);
  g_assert_error (late_error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_no_fallback (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GListModel) found = NULL;

  g_assert_finalize_object (f->provider);
  f->provider = tr_server_location_provider_new (f->client, NULL);
  g_assert_null (tr_server_location_provider_get_fallback (f->provider));
  f->serve = SERVE_NOT_FOUND;
  found = search (f, "lyon");
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 0);
  g_assert_cmpuint (f->hits, ==, 1);
  g_assert_true (tr_server_location_provider_get_endpoint_missing (f->provider));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/server-location-provider/server-answers", Fixture, NULL,
              fixture_setup, test_server_answers, fixture_teardown);
  g_test_add ("/server-location-provider/short-text", Fixture, NULL,
              fixture_setup, test_short_text, fixture_teardown);
  g_test_add ("/server-location-provider/fallback-on-not-found", Fixture, NULL,
              fixture_setup, test_fallback_on_not_found, fixture_teardown);
  g_test_add ("/server-location-provider/fallback-on-network-error", Fixture, NULL,
              fixture_setup, test_fallback_on_network_error, fixture_teardown);
  g_test_add ("/server-location-provider/other-errors", Fixture, NULL,
              fixture_setup, test_other_errors, fixture_teardown);
  g_test_add ("/server-location-provider/cancelled", Fixture, NULL,
              fixture_setup, test_cancelled, fixture_teardown);
  g_test_add ("/server-location-provider/no-fallback", Fixture, NULL,
              fixture_setup, test_no_fallback, fixture_teardown);

  return g_test_run ();
}
