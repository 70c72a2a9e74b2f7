/* test-notify.c
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

/* Setters notify exactly once on a real change and never otherwise. */

#include "tr-core-test-utils.h"

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static guint *
watch (gpointer    object,
       const char *property)
{
  g_autofree char *signal = g_strdup_printf ("notify::%s", property);
  guint *count = g_new0 (guint, 1);

  g_signal_connect_data (object, signal, G_CALLBACK (on_notify_cb), count,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  return count;
}

static void
test_string (void)
{
  g_autoptr(TrRequest) request = tr_test_load_resource (TR_TYPE_REQUEST, "03-get-request.response.json");
  guint *count = watch (request, "name");

  tr_request_set_name (request, "Client meeting in Berlin - JULY");
  g_assert_cmpuint (*count, ==, 0);
  tr_request_set_name (request, "Other");
  g_assert_cmpuint (*count, ==, 1);
  tr_request_set_name (request, "Other");
  g_assert_cmpuint (*count, ==, 1);
  g_object_set (request, "name", "Third", NULL);
  g_assert_cmpuint (*count, ==, 2);
  g_object_set (request, "name", "Third", NULL);
  g_assert_cmpuint (*count, ==, 2);
  tr_request_set_name (request, NULL);
  g_assert_cmpuint (*count, ==, 3);
  g_assert_null (tr_request_get_name (request));
}

static void
test_boolean_and_time (void)
{
  g_autoptr(TrLeg) leg = tr_leg_new ();
  guint *returns = watch (leg, "return-leg");
  guint *time = watch (leg, "start-time");

  tr_leg_set_return_leg (leg, FALSE);
  g_assert_cmpuint (*returns, ==, 0);
  tr_leg_set_return_leg (leg, TRUE);
  tr_leg_set_return_leg (leg, TRUE);
  g_assert_cmpuint (*returns, ==, 1);

  g_assert_cmpint (tr_leg_get_start_time (leg), ==, -1);
  tr_leg_set_start_time (leg, -1);
  g_assert_cmpuint (*time, ==, 0);
  tr_leg_set_start_time (leg, 8 * 60);
  tr_leg_set_start_time (leg, 8 * 60);
  g_assert_cmpuint (*time, ==, 1);
}

static void
test_date_timestamp_amount (void)
{
  g_autoptr(TrExpense) expense = tr_test_load_resource (TR_TYPE_EXPENSE, "11-get-expense-dinner.response.json");
  g_autoptr(GDateTime) same = tr_timestamp_parse ("2018-07-17T00:00:00Z");
  g_autoptr(GDateTime) other = tr_timestamp_parse ("2018-07-18T00:00:00Z");
  g_autoptr(TrAmount) eighty = tr_amount_parse ("80", "USD", NULL);
  g_autoptr(TrAmount) ninety = tr_amount_parse ("90.5", "USD", NULL);
  guint *date = watch (expense, "transaction-date");
  guint *amount = watch (expense, "transaction-amount");

  tr_expense_set_transaction_date (expense, same);
  g_assert_cmpuint (*date, ==, 0);
  tr_expense_set_transaction_date (expense, other);
  g_assert_cmpuint (*date, ==, 1);

  tr_expense_set_transaction_amount (expense, eighty);
  g_assert_cmpuint (*amount, ==, 0);
  tr_expense_set_transaction_amount (expense, ninety);
  tr_expense_set_transaction_amount (expense, ninety);
  g_assert_cmpuint (*amount, ==, 1);
  g_assert_true (tr_resource_is_modified (TR_RESOURCE (expense)));
}

static void
test_calendar_date (void)
{
  g_autoptr(TrRequest) request = tr_test_load_resource (TR_TYPE_REQUEST, "03-get-request.response.json");
  g_autoptr(GDate) same = g_date_new_dmy (15, 7, 2018);
  g_autoptr(GDate) other = g_date_new_dmy (16, 7, 2018);
  guint *count = watch (request, "start-date");

  tr_request_set_start_date (request, same);
  g_assert_cmpuint (*count, ==, 0);
  tr_request_set_start_date (request, other);
  g_assert_cmpuint (*count, ==, 1);
  tr_request_set_start_date (request, NULL);
  tr_request_set_start_date (request, NULL);
  g_assert_cmpuint (*count, ==, 2);
}

static void
test_object_and_custom (void)
{
  g_autoptr(TrRequest) request = tr_test_load_resource (TR_TYPE_REQUEST, "03-get-request.response.json");
  TrLocation *current = tr_request_get_main_destination (request);
  g_autoptr(TrLocation) replacement = tr_location_new ();
  g_autoptr(TrCustomField) field = tr_custom_field_new ();
  guint *destination = watch (request, "main-destination");
  guint *custom7 = watch (request, "custom7");
  guint *city = watch (current, "city");

  tr_request_set_main_destination (request, current);
  g_assert_cmpuint (*destination, ==, 0);
  tr_location_set_city (current, "Berlin, GERMANY");
  g_assert_cmpuint (*city, ==, 0);
  tr_location_set_city (current, "Berlin");
  g_assert_cmpuint (*city, ==, 1);
  tr_request_set_main_destination (request, replacement);
  g_assert_cmpuint (*destination, ==, 1);
  g_assert_true (tr_request_get_main_destination (request) == replacement);

  tr_request_set_custom (request, 7, field);
  tr_request_set_custom (request, 7, field);
  g_assert_cmpuint (*custom7, ==, 1);
  g_assert_true (tr_request_get_custom (request, 7) == field);
}

static void
test_property_types (void)
{
  g_autoptr(TrRequest) request = tr_test_load_resource (TR_TYPE_REQUEST, "03-get-request.response.json");
  g_autoptr(GDate) date = NULL;
  g_autoptr(TrAmount) total = NULL;
  g_autoptr(GListModel) links = NULL;
  g_autoptr(TrLocation) destination = NULL;
  int start_time = 0;
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (request), "expense-links");

  g_object_get (request, "start-date", &date, "total-posted-amount", &total, "expense-links", &links,
                "main-destination", &destination, "start-time", &start_time, NULL);
  g_assert_cmpuint (g_date_get_day (date), ==, 15);
  g_assert_cmpint (tr_amount_get_units (total), ==, 49456);
  g_assert_cmpuint (g_list_model_get_n_items (links), ==, 3);
  g_assert_true (g_list_model_get_item_type (links) == TR_TYPE_RESOURCE_LINK);
  g_assert_true (TR_IS_LOCATION (destination));
  g_assert_cmpint (start_time, ==, 360);
  g_assert_nonnull (pspec);
  g_assert_false (pspec->flags & G_PARAM_WRITABLE);
  g_assert_true (g_object_class_find_property (G_OBJECT_GET_CLASS (request), "custom20") != NULL);
  g_assert_null (g_object_class_find_property (G_OBJECT_GET_CLASS (request), "custom21"));
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (request), "name");
  g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/notify/string", test_string);
  g_test_add_func ("/core/notify/boolean-and-time", test_boolean_and_time);
  g_test_add_func ("/core/notify/timestamp-and-amount", test_date_timestamp_amount);
  g_test_add_func ("/core/notify/calendar-date", test_calendar_date);
  g_test_add_func ("/core/notify/object-and-custom", test_object_and_custom);
  g_test_add_func ("/core/notify/property-types", test_property_types);

  return g_test_run ();
}
