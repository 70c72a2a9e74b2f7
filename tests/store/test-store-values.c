/* test-store-values.c
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

#include "tr-store-columns.h"
#include "tr-store-error.h"
#include "tr-store-fold.h"
#include "tr-store-test-utils.h"

/* The values the store extracts from JSON: exact amounts, columns,
 * folded search text. */

static void
assert_decimal (const char *text,
                gint64      units,
                int         scale)
{
  TrStoreAmount amount = { 0 };
  g_autoptr(GError) error = NULL;

  g_assert_true (tr_store_amount_parse_decimal (text, &amount, &error));
  g_assert_no_error (error);
  g_assert_cmpint (amount.units, ==, units);
  g_assert_cmpint (amount.scale, ==, scale);
}

static void
assert_bad_decimal (const char *text)
{
  TrStoreAmount amount = { 0 };
  g_autoptr(GError) error = NULL;

  g_assert_false (tr_store_amount_parse_decimal (text, &amount, &error));
  g_assert_error (error, TR_STORE_ERROR, TR_STORE_ERROR_INVALID);
}

static void
test_decimal (void)
{
  assert_decimal ("494.56", 49456, 2);
  assert_decimal ("80", 80, 0);
  assert_decimal ("-3.50", -35, 1);
  assert_decimal ("+0.001", 1, 3);
  assert_decimal ("1.5e2", 150, 0);
  assert_decimal ("25e-3", 25, 3);
  assert_decimal ("0.00", 0, 0);
  assert_decimal ("9223372036854775807", G_MAXINT64, 0);
  assert_bad_decimal ("");
  assert_bad_decimal ("abc");
  assert_bad_decimal ("1.2.3");
  assert_bad_decimal ("12,5");
  assert_bad_decimal ("1e");
  assert_bad_decimal ("1e999");
  assert_bad_decimal ("99999999999999999999");
}

static void
assert_json_amount (const char *json,
                    gint64      units,
                    int         scale)
{
  g_autoptr(JsonNode) node = tr_store_test_parse (json);
  TrStoreAmount amount = { 0 };
  g_autoptr(GError) error = NULL;

  g_assert_true (tr_store_amount_parse (json_node_get_object (node), "a", &amount, &error));
  g_assert_no_error (error);
  g_assert_cmpint (amount.units, ==, units);
  g_assert_cmpint (amount.scale, ==, scale);
  tr_store_amount_clear (&amount);
}

static void
test_json_amounts (void)
{
  g_autoptr(JsonNode) bad = tr_store_test_parse ("{\"a\":[1]}");
  TrStoreAmount amount = { 0 };
  g_autoptr(GError) error = NULL;

  /* Doubles that do not have an exact binary value come back exact. */
  assert_json_amount ("{\"a\":{\"value\":0.1,\"currency\":\"EUR\"}}", 1, 1);
  assert_json_amount ("{\"a\":{\"value\":213.06,\"currency\":\"USD\"}}", 21306, 2);
  assert_json_amount ("{\"a\":{\"value\":1234567.89,\"currency\":\"JPY\"}}", 123456789, 2);
  assert_json_amount ("{\"a\":{\"value\":12.34567891,\"currency\":\"USD\"}}", 1234567891, 8);
  assert_json_amount ("{\"a\":{\"value\":42,\"currency\":\"USD\"}}", 42, 0);
  assert_json_amount ("{\"a\":{\"value\":\"17.30\",\"currency\":\"CHF\"}}", 173, 1);
  assert_json_amount ("{\"a\":null}", 0, 0);
  assert_json_amount ("{}", 0, 0);

  g_assert_false (tr_store_amount_parse (json_node_get_object (bad), "a", &amount, &error));
  g_assert_error (error, TR_STORE_ERROR, TR_STORE_ERROR_INVALID);
}

static void
test_expense_columns (void)
{
  g_autoptr(JsonNode) dinner = tr_store_test_load_fixture ("11-get-expense-dinner.response.json");
  g_autoptr(JsonNode) bad = tr_store_test_parse ("{\"expenseType\":\"DINNR\"}");
  g_auto(TrStoreColumns) c = { 0 };
  g_auto(TrStoreColumns) c2 = { 0 };
  g_autoptr(GError) error = NULL;

  g_assert_true (tr_store_columns_from_expense (&c, dinner, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (c.server_id, ==, "C286A46A2DDF984EA28E41CEA278667D");
  g_assert_cmpstr (c.type_code, ==, "DINNR");
  g_assert_cmpstr (c.type_name, ==, "Dinner");
  g_assert_cmpstr (c.transaction_date, ==, "2018-07-17T00:00:00.000Z");
  g_assert_cmpint (c.amount.units, ==, 80);
  g_assert_cmpint (c.amount.scale, ==, 0);
  g_assert_cmpstr (c.amount.currency, ==, "USD");

  g_assert_false (tr_store_columns_from_expense (&c2, bad, &error));
  g_assert_error (error, TR_STORE_ERROR, TR_STORE_ERROR_INVALID);
  g_assert_null (c2.server_id);
}

static void
test_request_columns_every_fixture (void)
{
  static const char *const files[] = {
    "01-create-request.response.json", "03-get-request.response.json",
    "04-update-request.response.json", "07-submit-request.response.json",
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(JsonNode) json = tr_store_test_load_fixture (files[i]);
      g_auto(TrStoreColumns) c = { 0 };
      g_autoptr(GError) error = NULL;

      g_assert_true (tr_store_columns_from_request (&c, json, &error));
      g_assert_no_error (error);
      g_assert_nonnull (c.server_id);
      g_assert_nonnull (c.request_key);
      g_assert_nonnull (c.status_code);
      g_assert_nonnull (c.amount.currency);
    }
}

static void
test_fold (void)
{
  g_autofree char *a = tr_store_fold_text ("Zürich ÉTÉ Straße");
  g_autofree char *b = tr_store_fold_text (NULL);
  g_autofree char *c = tr_store_fold_text ("\xff\xfe invalid");

  g_assert_cmpstr (a, ==, "zurich ete strasse");
  g_assert_cmpstr (b, ==, "");
  g_assert_cmpstr (c, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/values/decimal", test_decimal);
  g_test_add_func ("/store/values/json-amounts", test_json_amounts);
  g_test_add_func ("/store/values/expense-columns", test_expense_columns);
  g_test_add_func ("/store/values/request-columns-every-fixture", test_request_columns_every_fixture);
  g_test_add_func ("/store/values/fold", test_fold);

  return g_test_run ();
}
