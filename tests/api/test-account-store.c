/* test-account-store.c
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

#include "tr-account-store.h"
#include "tr-api-error.h"
#include "tr-api-test-utils.h"

/* Run by with-keyring.sh, which sets TR_TEST_KEYRING_MODE to "unlocked"
 * (a private gnome-keyring), "locked" (a keyring that cannot be unlocked
 * headless) or "none" (a bus without any Secret Service). Every secret
 * contains TR-TEST-SECRET so that the wrapper can grep the disk for it. */

#define BASE "https://us.api.concursolutions.com"
#define TRAVELER "c0d9894b-98e2-48d5-86f9-1decde90dd15"
#define MANAGER "7f1c2b1e-4c1d-4c36-9d0e-0d3f6a1b2c3d"

static TrAccountStore *store;

static gboolean
save (TrAccountRecord  *record,
      GError          **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_account_store_save_async (store, record, NULL, tr_test_store_result, &result);
  return tr_account_store_save_finish (store, tr_test_wait_result (&result), error);
}

static TrAccountRecord *
lookup (const char  *user_id,
        GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_account_store_lookup_async (store, user_id, BASE, NULL, tr_test_store_result, &result);
  return tr_account_store_lookup_finish (store, tr_test_wait_result (&result), error);
}

static GPtrArray *
list (GError **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_account_store_list_async (store, NULL, tr_test_store_result, &result);
  return tr_account_store_list_finish (store, tr_test_wait_result (&result), error);
}

static gboolean
delete (const char  *user_id,
        GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_account_store_delete_async (store, user_id, BASE, NULL, tr_test_store_result, &result);
  return tr_account_store_delete_finish (store, tr_test_wait_result (&result), error);
}

static void
test_round_trip (void)
{
  g_autoptr(TrAccountRecord) traveler = tr_account_record_new (TRAVELER, BASE, "rt-TR-TEST-SECRET-1",
                                                               "https://emea.api.concursolutions.com",
                                                               "Emma Traveler");
  g_autoptr(TrAccountRecord) manager = tr_account_record_new (MANAGER, BASE, "rt-TR-TEST-SECRET-2",
                                                              NULL, "Marc Manager");
  g_autoptr(TrAccountRecord) found = NULL;
  g_autoptr(TrAccountRecord) missing = NULL;
  g_autoptr(GPtrArray) accounts = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (save (traveler, &error));
  g_assert_no_error (error);
  g_assert_true (save (manager, &error));
  g_assert_no_error (error);

  found = lookup (TRAVELER, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found->refresh_token, ==, "rt-TR-TEST-SECRET-1");
  g_assert_cmpstr (found->geolocation, ==, "https://emea.api.concursolutions.com");
  g_assert_cmpstr (found->display_name, ==, "Emma Traveler");
  g_assert_cmpstr (found->base_url, ==, BASE);

  accounts = list (&error);
  g_assert_no_error (error);
  g_assert_cmpuint (accounts->len, ==, 2);

  /* A rotated refresh token replaces the item instead of adding one. */
  g_free (manager->refresh_token);
  manager->refresh_token = g_strdup ("rt-TR-TEST-SECRET-3");
  g_assert_true (save (manager, &error));
  g_clear_pointer (&found, tr_account_record_free);
  found = lookup (MANAGER, &error);
  g_assert_cmpstr (found->refresh_token, ==, "rt-TR-TEST-SECRET-3");
  g_clear_pointer (&accounts, g_ptr_array_unref);
  accounts = list (&error);
  g_assert_cmpuint (accounts->len, ==, 2);

  g_assert_true (delete (TRAVELER, &error));
  g_assert_no_error (error);
  missing = lookup (TRAVELER, &error);
  g_assert_no_error (error);
  g_assert_null (missing);
  g_assert_true (delete (TRAVELER, &error));
  g_clear_pointer (&accounts, g_ptr_array_unref);
  accounts = list (&error);
  g_assert_cmpuint (accounts->len, ==, 1);
  g_assert_true (delete (MANAGER, &error));
}

static void
test_incomplete_record (void)
{
  g_autoptr(TrAccountRecord) record = tr_account_record_new (TRAVELER, BASE, NULL, NULL, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (save (record, &error));
  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_VALIDATION);
}

static void
assert_unavailable (GError *error)
{
  g_autofree char *text = tr_api_error_describe (error);

  g_assert_error (error, TR_API_ERROR, TR_API_ERROR_KEYRING_UNAVAILABLE);
  g_assert_nonnull (strstr (error->message, "session only"));
  g_assert_nonnull (strstr (text, "until the app is closed"));
}

static void
test_unavailable (void)
{
  g_autoptr(TrAccountRecord) record = tr_account_record_new (TRAVELER, BASE, "rt-TR-TEST-SECRET-4",
                                                             NULL, NULL);
  g_autoptr(GError) e1 = NULL;
  g_autoptr(GError) e2 = NULL;
  g_autoptr(GError) e3 = NULL;
  g_autoptr(GPtrArray) accounts = NULL;

  gboolean locked = g_strcmp0 (g_getenv ("TR_TEST_KEYRING_MODE"), "locked") == 0;

  g_assert_false (save (record, &e1));
  assert_unavailable (e1);

  /* Reading a locked keyring may also just find nothing: it cannot
   * hold this account, since storing failed. */
  g_assert_null (lookup (TRAVELER, &e2));
  if (!locked || e2 != NULL)
    assert_unavailable (e2);
  accounts = list (&e3);
  if (!locked || e3 != NULL)
    {
      g_assert_null (accounts);
      assert_unavailable (e3);
    }
  else
    g_assert_cmpuint (accounts->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  const char *mode = g_getenv ("TR_TEST_KEYRING_MODE");
  int ret;

  g_test_init (&argc, &argv, NULL);

  if (mode == NULL)
    {
      g_test_skip ("Run through with-keyring.sh");
      return 77;
    }
  store = tr_account_store_new ();
  if (g_str_equal (mode, "unlocked"))
    {
      g_test_add_func ("/account-store/round-trip", test_round_trip);
      g_test_add_func ("/account-store/incomplete-record", test_incomplete_record);
    }
  else
    g_test_add_func ("/account-store/unavailable", test_unavailable);

  ret = g_test_run ();
  g_assert_finalize_object (store);
  return ret;
}
