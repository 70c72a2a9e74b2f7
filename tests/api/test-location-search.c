/* test-location-search.c
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

#include <string.h>

#include "tr-api-error.h"
#include "tr-api-test-utils.h"
#include "tr-client-locations.h"
#include "tr-sandbox-test-utils.h"

/* The location search of tr-sandbox (GET x-sandbox/locations, an
 * extension that Concur does not have) through the client, against a real
 * tr-sandbox given as the first argument. */

#define EMMA "emma.traveler@example.com"

static TrTestSandbox *sandbox;

static GListStore *
search (const char  *text,
        guint        limit,
        GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_client_search_locations_async (sandbox->client, text, limit, NULL, tr_test_store_result, &result);
  return tr_client_search_locations_finish (sandbox->client, tr_test_wait_result (&result), error);
}

static TrLocation *
nth (GListStore *store,
     guint       i)
{
  g_autoptr(TrLocation) location = g_list_model_get_item (G_LIST_MODEL (store), i);

  return location; /* the store keeps it alive */
}

static char *
fold (const char *text)
{
  g_autofree char *bare = g_str_to_ascii (text ? text : "", "C");

  return g_ascii_strdown (bare, -1);
}

static gboolean
mentions (TrLocation *location,
          const char *needle)
{
  g_autofree char *name = fold (tr_location_get_name (location));
  g_autofree char *city = fold (tr_location_get_city (location));
  g_autofree char *iata = fold (tr_location_get_iata_code (location));

  return strstr (name, needle) || strstr (city, needle) || strstr (iata, needle);
}

static void
test_nice (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) found = search ("nice", 0, &error);
  guint n;
  gboolean airport = FALSE, city = FALSE;

  g_assert_no_error (error);
  n = g_list_model_get_n_items (G_LIST_MODEL (found));
  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpuint (n, <=, 10);
  for (guint i = 0; i < n; i++)
    {
      TrLocation *location = nth (found, i);

      g_assert_true (mentions (location, "nice"));
      g_assert_cmpuint (strlen (tr_location_get_id (location)), ==, 32);
      airport |= g_strcmp0 (tr_location_get_iata_code (location), "NCE") == 0;
      city |= g_strcmp0 (tr_location_get_name (location), "Nice") == 0
              && g_strcmp0 (tr_location_get_country_code (location), "FR") == 0;
    }
  g_assert_true (airport);
  g_assert_true (city);
}

static void
test_iata_code (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) found = search ("NCE", 0, &error);
  g_autoptr(GListStore) lower = search ("nce", 0, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (found)), >=, 1);
  /* An exact IATA code comes first, whatever the case. */
  g_assert_cmpstr (tr_location_get_iata_code (nth (found, 0)), ==, "NCE");
  g_assert_cmpstr (tr_location_get_city (nth (found, 0)), ==, "Nice");
  g_assert_cmpstr (tr_location_get_id (nth (lower, 0)), ==, tr_location_get_id (nth (found, 0)));
}

static void
test_accents (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) plain = search ("lyon", 0, &error);
  g_autoptr(GListStore) accented = search ("Lyón", 0, &error);
  g_autoptr(GListStore) station = search ("exupery", 0, &error);
  guint n;
  gboolean airport = FALSE;

  g_assert_no_error (error);
  n = g_list_model_get_n_items (G_LIST_MODEL (plain));
  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (accented)), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpstr (tr_location_get_id (nth (plain, i)), ==, tr_location_get_id (nth (accented, i)));
      airport |= g_strcmp0 (tr_location_get_iata_code (nth (plain, i)), "LYS") == 0;
    }
  g_assert_true (airport);
  /* "Saint-Exupéry" found without its accent. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (station)), >=, 1);
  g_assert_cmpstr (tr_location_get_iata_code (nth (station, 0)), ==, "LYS");
}

static void
test_limit (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) one = search ("a", 1, &error);
  g_autoptr(GListStore) plenty = search ("a", 50, &error);
  g_autoptr(GListStore) usual = search ("a", 0, &error);
  g_autoptr(GListStore) capped = search ("a", 500, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (one)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (usual)), ==, 10);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plenty)), >, 10);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plenty)), <=, 50);
  /* The client never asks for more than the server allows. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (capped)), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (plenty)));
  g_assert_cmpstr (tr_location_get_id (nth (one, 0)), ==, tr_location_get_id (nth (usual, 0)));
}

static void
test_no_match (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) found = search ("zzqqxx", 0, &error);

  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (found)), ==, 0);
}

static void
assert_bad_request (const char *path,
                    const char *message)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;

  tr_client_send_json_async (sandbox->client, "GET", path, NULL, NULL, tr_test_store_result, &result);
  node = tr_client_send_json_finish (sandbox->client, tr_test_wait_result (&result), &error);
  g_assert_null (node);
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_VALIDATION);
  g_assert_cmpuint (tr_api_error_get_http_status (error), ==, 400);
  g_assert_cmpstr (tr_api_error_get_server_code (error), ==, "badParam");
  g_assert_cmpstr (tr_api_error_get_server_message (error), ==, message);
}

static void
test_bad_parameters (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) blank = NULL;

  assert_bad_request ("x-sandbox/locations", "The q parameter is required");
  assert_bad_request ("x-sandbox/locations?limit=5", "The q parameter is required");
  assert_bad_request ("x-sandbox/locations?q=", "The q parameter must not be empty");
  assert_bad_request ("x-sandbox/locations?q=nice&limit=0", "Limit must be greater than or equal to 1");
  assert_bad_request ("x-sandbox/locations?q=nice&limit=51", "Limit must be less than or equal to 50");
  assert_bad_request ("x-sandbox/locations?q=nice&limit=ten", "Limit must contain only digits");
  assert_bad_request ("x-sandbox/locations?q=nice&limit=-1", "Limit must contain only digits");

  blank = search ("   ", 0, &error);
  g_assert_null (blank);
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_VALIDATION);
  g_assert_cmpstr (tr_api_error_get_server_message (error), ==, "The q parameter must not be empty");
}

static guint
get_status (const char *url,
            const char *authorization)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(SoupMessage) message = soup_message_new ("GET", url);
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GError) error = NULL;

  if (authorization != NULL)
    soup_message_headers_replace (soup_message_get_request_headers (message), "Authorization", authorization);
  /* Blocking is fine here: the sandbox is another process. */
  body = soup_session_send_and_read (session, message, NULL, &error);
  g_assert_no_error (error);
  if (soup_message_get_status (message) == 401)
    g_assert_nonnull (strstr (g_bytes_get_data (body, NULL), "invalidUser"));
  return soup_message_get_status (message);
}

static void
test_unauthorized (void)
{
  g_autofree char *url = g_strconcat (sandbox->base_url, "/travelrequest/v4/x-sandbox/locations?q=nice", NULL);

  g_assert_cmpuint (get_status (url, NULL), ==, 401);
  g_assert_cmpuint (get_status (url, "Bearer not-a-token"), ==, 401);
}

static void
test_unknown_extension (void)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;

  /* What a real Concur server answers for the search: a plain 404. */
  tr_client_send_json_async (sandbox->client, "GET", "x-sandbox/places?q=nice", NULL, NULL,
                             tr_test_store_result, &result);
  node = tr_client_send_json_finish (sandbox->client, tr_test_wait_result (&result), &error);
  g_assert_null (node);
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (argc < 2 || !g_file_test (argv[1], G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_init (&argc, &argv, NULL);
      g_test_skip ("No tr-sandbox given");
      return 77;
    }
  tr_test_sandbox_init_env (argv[1]);
  g_test_init (&argc, &argv, NULL);
  sandbox = tr_test_sandbox_start ("locations.db", "empty", NULL);
  tr_test_sandbox_sign_in (sandbox, EMMA);

  g_test_add_func ("/location-search/nice", test_nice);
  g_test_add_func ("/location-search/iata-code", test_iata_code);
  g_test_add_func ("/location-search/accents", test_accents);
  g_test_add_func ("/location-search/limit", test_limit);
  g_test_add_func ("/location-search/no-match", test_no_match);
  g_test_add_func ("/location-search/bad-parameters", test_bad_parameters);
  g_test_add_func ("/location-search/unauthorized", test_unauthorized);
  g_test_add_func ("/location-search/unknown-extension", test_unknown_extension);

  status = g_test_run ();
  tr_test_sandbox_stop (sandbox);
  tr_test_sandbox_cleanup_env ();
  return status;
}
