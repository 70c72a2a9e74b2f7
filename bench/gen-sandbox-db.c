/* gen-sandbox-db.c
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

/* Fills a new tr-sandbox database with N Requests of Emma (default 10,000),
 * each with legs and expected expenses, for the benchmarks:
 *
 *   gen-sandbox-db [--count N] DB_PATH
 *
 * The data goes through the sandbox's own seed functions (the same
 * validation as its API), in one transaction. The content is deterministic:
 * the same N always gives the same Requests. */

#define G_LOG_DOMAIN "tr-bench"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "tr-sandbox-db.h"
#include "tr-sandbox-seed.h"
#include "tr-sandbox-seed-data.h"

typedef struct
{
  const char *city;
  const char *airport;   /* location ids of support/tr-sandbox-location-table.c */
  const char *place;
} Destination;

#define CDG "A168CDBA58AE42868961BC00278A91B3"

static const Destination destinations[] = {
  { "Munich", "EDD077238401F59268963F5D9C49F7E1", "02FB632C395DF52AAE11E6D171D512BA" },
  { "Amsterdam", "100F132564B7DF7A61B1D254B39EF8DC", "67A3CE8A3E09DFEE8753F3CAD4115E0D" },
  { "London", "550E6A69E6A92535A5A36DCA6B7797B6", "95106B866D7558EE8E202AD13DE4ADE4" },
  { "Zurich", "1D89DA29862B2E393A8A85A4C23C642D", "E4269168930FD2A984F8281EF72BDFD0" },
  { "Madrid", "C3606270321DB393FA4FF7EAF8A27928", NULL },
  { "Vienna", "F29A428A008E65D8C6FCD998BDF71280", NULL },
  { "Lisbon", "64489F48D1D701C8A03706464DB135E4", NULL },
  { "Berlin", "4A33695120254EEC9261B24993DD413B", NULL },
};

static const char *const statuses[] = {
  "NOT_SUBMITTED", "NOT_SUBMITTED", "NOT_SUBMITTED", "SUBMITTED", "APPROVED", "APPROVED", "SENTBACK", "CANCELED",
};

static const char *const policies[] = {
  TR_SANDBOX_POLICY_DOMESTIC, TR_SANDBOX_POLICY_CLIENTS, TR_SANDBOX_POLICY_INTERNATIONAL,
};

/* A stable 32-hex id, like the sandbox's own. */
static char *
make_id (const char *kind,
         guint       index)
{
  g_autofree char *seed = g_strdup_printf ("tr-bench-%s-%u", kind, index);
  g_autofree char *md5 = g_compute_checksum_for_string (G_CHECKSUM_MD5, seed, -1);

  return g_ascii_strup (md5, -1);
}

/* Day @offset after 2024-01-01 as yyyy-MM-dd. */
static char *
make_date (guint offset)
{
  g_autoptr(GDate) date = g_date_new_dmy (1, G_DATE_JANUARY, 2024);

  g_date_add_days (date, offset);
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), (guint) g_date_get_month (date),
                          g_date_get_day (date));
}

static char *
make_header (guint              index,
             const Destination *to,
             const char        *start,
             const char        *end)
{
  g_autofree char *place = to->place ? g_strdup_printf (",\"mainDestination\":{\"id\":\"%s\"}", to->place)
                                     : g_strdup ("");

  return g_strdup_printf ("{\"name\":\"Trip %u to %s\",\"businessPurpose\":\"Benchmark trip %u\","
                          "\"comment\":\"Generated for the benchmarks\",\"startDate\":\"%s\","
                          "\"startTime\":\"%02u:%02u\",\"endDate\":\"%s\",\"endTime\":\"18:30\"%s}",
                          index, to->city, index, start, 6 + index % 4, (index % 4) * 15, end, place);
}

static gboolean
store_request (TrSandboxCall *call,
               guint          index,
               const char    *id)
{
  const Destination *to = &destinations[index % G_N_ELEMENTS (destinations)];
  const char *status = statuses[index % G_N_ELEMENTS (statuses)];
  guint day = (index * 7) % 1400;
  g_autofree char *start = make_date (day);
  g_autofree char *end = make_date (day + 1 + index % 3);
  g_autofree char *header = make_header (index, to, start, end);
  /* Asked for well before the trip, and never in the future: the sync's
   * high-water mark follows these server timestamps. */
  g_autofree char *asked = make_date (day * 3 / 5);
  g_autofree char *created = g_strdup_printf ("%sT08:00:00.000Z", asked);
  g_autofree char *submitted = g_strdup_printf ("%sT09:00:00.000Z", asked);
  gboolean sent = !g_str_equal (status, "NOT_SUBMITTED");
  TrSandboxSeedRequest seed = {
    .id = id, .owner = TR_SANDBOX_EMMA_ID, .policy = policies[index % G_N_ELEMENTS (policies)],
    .status = status, .flags = g_str_equal (status, "SENTBACK") ? TR_SANDBOX_SEED_SENT_BACK : 0,
    .step = g_str_equal (status, "SUBMITTED") ? 1 : 0,
    .approver = g_str_equal (status, "SUBMITTED") ? TR_SANDBOX_MARC_ID : NULL,
    .created = created, .submitted = sent ? submitted : NULL,
    .approved = g_str_equal (status, "APPROVED") ? submitted : NULL, .header = header,
  };

  return tr_sandbox_seed_store_request (call, &seed);
}

/* Expense @kind of Request @index: 0 a round-trip flight, 1 a hotel stay,
 * 2 a taxi (every third Request only; NULL otherwise). */
static char *
expense_body (guint kind,
              guint index)
{
  const Destination *to = &destinations[index % G_N_ELEMENTS (destinations)];
  guint day = (index * 7) % 1400;
  g_autofree char *start = make_date (day);
  g_autofree char *back = make_date (day + 1 + index % 3);

  if (kind == 0)
    return g_strdup_printf ("{\"expenseType\":{\"id\":\"AIRFR\"},\"transactionAmount\":{\"value\":%u.%02u,"
                            "\"currency\":\"USD\"},\"transactionDate\":\"%s\",\"tripData\":{\"segmentType\":"
                            "{\"code\":\"AIRFR\"},\"legs\":[{\"startDate\":\"%s\",\"startTime\":\"07:30\","
                            "\"startLocation\":{\"id\":\"" CDG "\"},\"endLocation\":{\"id\":\"%s\"}},"
                            "{\"startDate\":\"%s\",\"startTime\":\"19:00\",\"startLocation\":{\"id\":\"%s\"},"
                            "\"endLocation\":{\"id\":\"" CDG "\"},\"returnLeg\":true}]}}",
                            150 + index % 400, index % 100, start, start, to->airport, back, to->airport);
  if (kind == 1)
    return g_strdup_printf ("{\"expenseType\":{\"id\":\"HOTEL\"},\"transactionAmount\":{\"value\":%u,"
                            "\"currency\":\"USD\"},\"transactionDate\":\"%s\",\"tripData\":{\"segmentType\":"
                            "{\"code\":\"HOTEL\"},\"legs\":[{\"startDate\":\"%s\",\"endDate\":\"%s\","
                            "\"endLocation\":{\"id\":\"%s\"}}]}}",
                            90 + index % 200, start, start, back, to->place ? to->place : to->airport);
  if (index % 3 == 0)
    return g_strdup_printf ("{\"expenseType\":{\"id\":\"TAXIX\"},\"transactionAmount\":"
                            "{\"value\":%u.50,\"currency\":\"USD\"},\"transactionDate\":\"%s\"}",
                            20 + index % 40, start);
  return NULL;
}

static gboolean
store_expenses (TrSandboxCall *call,
                guint          index,
                const char    *request_id)
{
  static const char *const kinds[] = { "air", "hotel", "taxi" };

  for (guint kind = 0; kind < G_N_ELEMENTS (kinds); kind++)
    {
      g_autofree char *body = expense_body (kind, index);
      g_autofree char *id = make_id (kinds[kind], index);
      TrSandboxSeedExpense seed = { .request_id = request_id, .id = id, .body = body };

      if (body != NULL && !tr_sandbox_seed_store_expense (call, &seed))
        return FALSE;
    }
  return TRUE;
}

static gboolean
fill (TrSandboxDb  *db,
      guint         count,
      GError      **error)
{
  g_autoptr(TrSandboxCall) call = g_new0 (TrSandboxCall, 1);

  call->db = db;
  call->base = "";
  if (!tr_sandbox_db_begin (db))
    return g_set_error (error, TR_SANDBOX_DB_ERROR, TR_SANDBOX_DB_ERROR_STATEMENT,
                        _("The database is busy.")), FALSE;
  for (guint i = 0; i < count; i++)
    {
      g_autofree char *id = make_id ("request", i);

      if (!store_request (call, i, id) || !store_expenses (call, i, id))
        {
          g_autofree char *answer = call->response ? json_to_string (call->response, FALSE) : g_strdup ("");

          tr_sandbox_db_rollback (db);
          return g_set_error (error, TR_SANDBOX_DB_ERROR, TR_SANDBOX_DB_ERROR_STATEMENT,
                              _("Request %u was refused: %s"), i, answer), FALSE;
        }
    }
  if (!tr_sandbox_db_commit (db))
    return g_set_error (error, TR_SANDBOX_DB_ERROR, TR_SANDBOX_DB_ERROR_STATEMENT,
                        _("The transaction could not be committed.")), FALSE;
  return TRUE;
}

static gboolean
generate (const char  *path,
          guint        count,
          GError     **error)
{
  g_autoptr(TrSandboxDb) db = NULL;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_EXIST,
                        _("%s already exists; remove it first"), path), FALSE;
  db = tr_sandbox_db_open (path, error);
  return db != NULL && tr_sandbox_seed_apply (db, "empty", error) && fill (db, count, error);
}

int
main (int   argc,
      char *argv[])
{
  int count = 10000;
  GOptionEntry entries[] = {
    { "count", 'n', 0, G_OPTION_ARG_INT, &count, N_("Number of Requests (default 10000)"), "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("DB_PATH — fill a new sandbox database"));
  g_autoptr(GError) error = NULL;
  gint64 started = g_get_monotonic_time ();

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (g_option_context_parse (context, &argc, &argv, &error)
      && (argc != 2 || count < 1))
    g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                 _("Give one DB_PATH and a --count of at least 1"));
  if (error == NULL && generate (argv[1], (guint) count, &error))
    {
      g_print (_("gen-sandbox-db: %d Requests in %s (%.1f s)\n"), count, argv[1],
               (g_get_monotonic_time () - started) / 1e6);
      return 0;
    }
  g_printerr ("gen-sandbox-db: %s\n", error->message);
  return 1;
}
