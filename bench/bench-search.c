/* bench-search.c
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

/* Times the request list's search per keystroke (bench/README.md):
 *   bench-search [COUNT] [QUERY]
 * merges COUNT (default 10000) generated Requests into a TrAccount, filters
 * them through the app's TrRequestFilter in a GtkFilterListModel, then types
 * QUERY one character at a time, timing tr_request_filter_set_search_text()
 * (which emits GtkFilter::changed) plus g_list_model_get_n_items(). Prints
 * "median_ms worst_ms keystrokes rows_shown_in_total" on stdout. No display is needed. */

#include <stdlib.h>
#include <glib/gi18n-lib.h>
#include <gtk/gtk.h>

#include "tr-account.h"
#include "tr-request-filter.h"
#include "tr-request-sorter.h"

static const char * const tr_bench_cities[] = { "München", "Paris", "Zürich", "Berlin", "Lisboa" };
static const char * const tr_bench_statuses[] = { "NOT_SUBMITTED", "SUBMITTED", "SENTBACK",
                                                  "APPROVED", "CANCELED", "PENDING_EBOOKING" };

static void
tr_bench_member (JsonBuilder *builder,
                 const char  *name,
                 const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static JsonNode *
tr_bench_request (guint n)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *id = g_strdup_printf ("%032X", n + 1);
  g_autofree char *key = g_strdup_printf ("%u", n + 1);
  g_autofree char *name = g_strdup_printf ("Customer visit %u", n);
  g_autofree char *purpose = g_strdup_printf ("Workshop %u with the %s team", n % 97,
                                              tr_bench_cities[(n / 5) % G_N_ELEMENTS (tr_bench_cities)]);
  g_autofree char *start = g_strdup_printf ("2026-%02u-%02u", n % 12 + 1, n % 28 + 1);

  json_builder_begin_object (builder);
  tr_bench_member (builder, "id", id);
  tr_bench_member (builder, "requestId", key);
  tr_bench_member (builder, "name", name);
  tr_bench_member (builder, "businessPurpose", purpose);
  tr_bench_member (builder, "startDate", start);
  json_builder_set_member_name (builder, "approvalStatus");
  json_builder_begin_object (builder);
  tr_bench_member (builder, "code", tr_bench_statuses[n % G_N_ELEMENTS (tr_bench_statuses)]);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "mainDestination");
  json_builder_begin_object (builder);
  tr_bench_member (builder, "name", tr_bench_cities[n % G_N_ELEMENTS (tr_bench_cities)]);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static TrAccount *
tr_bench_account (guint count)
{
  g_autoptr(TrAuthorizer) authorizer = tr_authorizer_new (TR_DATA_CENTER_CUSTOM, "http://127.0.0.1:9",
                                                          "bench-client", NULL);
  g_autoptr(JsonArray) own = json_array_new ();
  TrAccount *account = tr_account_new (authorizer, "Bench");

  for (guint n = 0; n < count; n++)
    json_array_add_element (own, tr_bench_request (n));
  tr_account_merge_listing (account, own, NULL);
  return account;
}

static int
tr_bench_compare_doubles (gconstpointer a,
                          gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Types each prefix of @query, then erases it again, one timing each;
 * @matches sums the rows shown after each keystroke. */
static GArray *
tr_bench_type (TrRequestFilter *filter,
               GListModel      *shown,
               const char      *query,
               guint64         *matches)
{
  GArray *times = g_array_new (FALSE, FALSE, sizeof (double));
  glong length = g_utf8_strlen (query, -1);

  for (glong step = 1; step <= 2 * length; step++)
    {
      glong chars = step <= length ? step : 2 * length - step;
      g_autofree char *prefix = g_utf8_substring (query, 0, chars);
      gint64 started = g_get_monotonic_time ();
      double ms;

      tr_request_filter_set_search_text (filter, prefix);
      *matches += g_list_model_get_n_items (shown);
      ms = (g_get_monotonic_time () - started) / 1000.0;
      g_array_append_val (times, ms);
    }
  return times;
}

int
main (int   argc,
      char *argv[])
{
  guint count = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 10000;
  const char *query = argc > 2 ? argv[2] : "workshop 42 münchen";
  g_autoptr(TrAccount) account = NULL;
  g_autoptr(TrRequestFilter) filter = NULL;
  g_autoptr(GtkSortListModel) sorted = NULL;
  g_autoptr(GtkFilterListModel) shown = NULL;
  g_autoptr(GArray) times = NULL;
  guint total;
  guint64 matches = 0;

  if (count == 0 || g_utf8_strlen (query, -1) == 0)
    {
      g_printerr (_("Usage: %s [COUNT] [QUERY] (COUNT > 0, QUERY not empty)\n"), argv[0]);
      return 2;
    }
  account = tr_bench_account (count);
  filter = tr_request_filter_new ();
  /* As the window chains them: sorted, then filtered. */
  sorted = gtk_sort_list_model_new (g_object_ref (tr_account_get_requests (account)),
                                    GTK_SORTER (tr_request_sorter_new ()));
  shown = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (sorted)),
                                     g_object_ref (GTK_FILTER (filter)));
  total = g_list_model_get_n_items (G_LIST_MODEL (shown));
  if (total != count)
    {
      g_printerr (_("bench-search: the list shows %u of %u requests\n"), total, count);
      return 1;
    }
  times = tr_bench_type (filter, G_LIST_MODEL (shown), query, &matches);
  g_array_sort (times, tr_bench_compare_doubles);
  g_print ("%.3f %.3f %u %" G_GUINT64_FORMAT "\n", g_array_index (times, double, times->len / 2),
           g_array_index (times, double, times->len - 1), times->len, matches);
  return 0;
}
