/* test-catalog.c
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
 * along with this program.  If not, see <http://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "tr-api-error.h"
#include "tr-api-test-utils.h"
#include "tr-catalog.h"
#include "tr-policy.h"
#include "tr-travel-agency.h"

/* TrCatalog against a loopback SoupServer: the names of policies and
 * travel agencies are asked once per client, agencies that do not answer
 * are left out, and what was fetched stays known when the server is gone. */

#define AGENCY_A "A1B2C3D4E5F60718293A4B5C6D7E8F90"
#define AGENCY_B "0F1E2D3C4B5A69788796A5B4C3D2E1F0"
#define AGENCY_GONE "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"

typedef struct
{
  TrTestServer *server;
  TrAuthorizer *authorizer;
  TrClient     *client;
  gboolean      down;
  guint         policy_hits;
  guint         agency_hits;
} Fixture;

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
respond_agency (SoupServerMessage *msg,
                const char        *id)
{
  const char *name = g_str_equal (id, AGENCY_A) ? "Zenith Travel" : g_str_equal (id, AGENCY_B) ? "Atlas Voyages" : NULL;
  g_autofree char *json = NULL;

  if (name == NULL)
    {
      tr_test_respond (msg, SOUP_STATUS_NOT_FOUND,
                       "{\"errorCode\":\"notFound\",\"errorMessage\":\"Travel agency not found\"}");
      return;
    }
  json = g_strdup_printf ("{\"id\":\"%s\",\"name\":\"%s\"}", id, name);
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

  if (f->down)
    {
      tr_test_respond (msg, SOUP_STATUS_SERVICE_UNAVAILABLE,
                       "{\"errorCode\":\"unavailable\",\"errorMessage\":\"Down\"}");
      return;
    }
  if (g_str_equal (path, "/travelrequest/v4/userpolicies"))
    {
      f->policy_hits++;
      tr_test_respond (msg, SOUP_STATUS_OK,
                       "[{\"id\":\"P1\",\"name\":\"Standard\"},{\"id\":\"P2\",\"name\":\"Executive\"}]");
      return;
    }
  g_assert_true (g_str_has_prefix (path, "/travelrequest/v4/travelagencies/"));
  f->agency_hits++;
  respond_agency (msg, path + strlen ("/travelrequest/v4/travelagencies/"));
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
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_finalize_object (f->client);
  g_assert_finalize_object (f->authorizer);
  tr_test_server_free (f->server);
}

static GListModel *
policies (Fixture  *f,
          GError  **error)
{
  TrCatalog *catalog = tr_catalog_get_for_client (f->client);
  g_autoptr(GAsyncResult) result = NULL;

  tr_catalog_get_policies_async (catalog, NULL, tr_test_store_result, &result);
  return tr_catalog_get_policies_finish (catalog, tr_test_wait_result (&result), error);
}

static GListModel *
agencies (Fixture            *f,
          const char * const *ids)
{
  TrCatalog *catalog = tr_catalog_get_for_client (f->client);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *found;

  tr_catalog_get_agencies_async (catalog, ids, NULL, tr_test_store_result, &result);
  found = tr_catalog_get_agencies_finish (catalog, tr_test_wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  return found;
}

/* The names in @items, joined with "; ". */
static char *
names (GListModel *items)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      g_autofree char *name = NULL;

      g_object_get (item, "name", &name, NULL);
      g_string_append_printf (text, "%s%s", i ? "; " : "", name);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_policies_once (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) first = policies (f, &error);
  g_autoptr(GListModel) second = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  text = names (first);
  g_assert_cmpstr (text, ==, "Standard; Executive");
  g_assert_true (tr_catalog_get_for_client (f->client) == tr_catalog_get_for_client (f->client));

  /* Known for the session: asked again with the server down, it answers. */
  f->down = TRUE;
  second = policies (f, &error);
  g_assert_no_error (error);
  g_assert_true (second == first);
  g_assert_cmpuint (f->policy_hits, ==, 1);
}

static void
test_policies_unavailable (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) none = NULL;
  g_autoptr(GListModel) later = NULL;

  f->down = TRUE;
  none = policies (f, &error);
  g_assert_null (none);
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_UNAVAILABLE);
  g_clear_error (&error);

  /* A failure is not remembered: the next call asks again. */
  f->down = FALSE;
  later = policies (f, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (later), ==, 2);
  g_assert_cmpuint (f->policy_hits, ==, 1);
}

static void
test_agencies (Fixture       *f,
               gconstpointer  data)
{
  const char *both[] = { AGENCY_A, AGENCY_GONE, AGENCY_B, AGENCY_A, NULL };
  const char *one[] = { AGENCY_B, NULL };
  g_autoptr(GListModel) found = agencies (f, both);
  g_autoptr(GListModel) again = NULL;
  g_autoptr(GListModel) none = NULL;
  g_autofree char *text = names (found);
  g_autofree char *text_again = NULL;

  /* Asked once each, sorted by name; the one that does not answer is left out. */
  g_assert_cmpstr (text, ==, "Atlas Voyages; Zenith Travel");
  g_assert_cmpuint (f->agency_hits, ==, 3);

  f->down = TRUE;
  again = agencies (f, one);
  text_again = names (again);
  g_assert_cmpstr (text_again, ==, "Atlas Voyages");
  g_assert_cmpuint (f->agency_hits, ==, 3);

  none = agencies (f, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
}

static TrStore *
open_store (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "store.db", NULL);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  TrStore *store;

  tr_store_open_async (path, NULL, tr_test_store_result, &result);
  store = tr_store_open_finish (tr_test_wait_result (&result), &error);
  g_assert_no_error (error);
  return store;
}

static void
remove_store (const char *dir)
{
  const char *files[] = { "store.db", "store.db-wal", "store.db-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (dir, files[i], NULL);

      g_remove (path);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* What the server answered is kept in the store: a later session that
 * cannot reach the server still shows the names. */
static void
test_kept_offline (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("tr-catalog-XXXXXX", NULL);
  g_autoptr(TrStore) store = open_store (dir);
  const char *ids[] = { AGENCY_A, AGENCY_GONE, NULL };
  g_autoptr(GListModel) fetched = NULL;
  g_autoptr(GListModel) kept_policies = NULL;
  g_autoptr(GListModel) kept_agencies = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *agency_text = NULL;

  tr_catalog_set_store (tr_catalog_get_for_client (f->client), store);
  fetched = policies (f, &error);
  g_assert_no_error (error);
  g_clear_object (&fetched);
  fetched = agencies (f, ids);
  g_assert_cmpuint (g_list_model_get_n_items (fetched), ==, 1);
  /* The store runs its operations in order: what was kept is read back. */
  /* A new session (a new client, so nothing in memory), server down. */
  g_assert_finalize_object (f->client);
  f->client = tr_client_new (f->authorizer);
  tr_client_set_retry_policy (f->client, 1, 10, 10, 1000);
  tr_catalog_set_store (tr_catalog_get_for_client (f->client), store);
  f->down = TRUE;
  kept_policies = policies (f, &error);
  g_assert_no_error (error);
  text = names (kept_policies);
  g_assert_cmpstr (text, ==, "Standard; Executive");
  kept_agencies = agencies (f, ids);
  agency_text = names (kept_agencies);
  g_assert_cmpstr (agency_text, ==, "Zenith Travel");
  g_assert_cmpuint (f->policy_hits, ==, 1);

  tr_catalog_set_store (tr_catalog_get_for_client (f->client), NULL);
  g_assert_finalize_object (g_steal_pointer (&store));
  remove_store (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/catalog/policies-once", Fixture, NULL, fixture_setup, test_policies_once, fixture_teardown);
  g_test_add ("/catalog/policies-unavailable", Fixture, NULL, fixture_setup, test_policies_unavailable,
              fixture_teardown);
  g_test_add ("/catalog/agencies", Fixture, NULL, fixture_setup, test_agencies, fixture_teardown);
  g_test_add ("/catalog/kept-offline", Fixture, NULL, fixture_setup, test_kept_offline, fixture_teardown);
  return g_test_run ();
}
