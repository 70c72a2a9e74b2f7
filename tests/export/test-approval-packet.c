/* test-approval-packet.c
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

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "tr-approval-packet.h"
#include "tr-packet-format.h"
#include "tr-export-test-utils.h"

typedef struct
{
  char *dir;
  char *pdf;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("tr-packet-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->pdf = g_build_filename (fixture->dir, "packet.pdf", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_free (fixture->dir);
  g_free (fixture->pdf);
}

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", pdf, "-", NULL };

  return run_tool (argv);
}

static guint
pdf_pages (const char *pdf)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = run_tool (argv);
  const char *line = strstr (info, "Pages:");

  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
}

static GListModel *
load_list (GType       type,
           const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  GListStore *store;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  store = tr_resource_list_new_from_json (type, json_parser_get_root (parser), NULL, &error);
  g_assert_no_error (error);
  return G_LIST_MODEL (store);
}

static GListModel *
sample_exceptions (void)
{
  return load_list (TR_TYPE_EXCEPTION,
    "[{\"code\": \"HOTEL_RATE\", \"level\": 5, \"isBlocking\": false,"
    "  \"message\": \"Hotel rate above the city ceiling\"},"
    " {\"code\": \"ADVANCE\", \"level\": 10, \"isBlocking\": true,"
    "  \"message\": \"Flight booked less than 7 days ahead\"},"
    " {\"code\": \"CLASS\", \"level\": 7, \"isBlocking\": false,"
    "  \"message\": \"Business class on a short flight\"}]");
}

static GListModel *
sample_comments (void)
{
  return load_list (TR_TYPE_COMMENT,
    "[{\"value\": \"Please use the corporate hotel.\", \"creationDateTime\": \"2018-05-26T09:00:00Z\","
    "  \"author\": {\"firstName\": \"Marc\", \"lastName\": \"Dupont\"}},"
    " {\"value\": \"Booked ahead of the kick-off.\", \"creationDateTime\": \"2018-05-25T08:00:00Z\","
    "  \"author\": {\"firstName\": \"Emma\", \"lastName\": \"Martin\"}}]");
}

static gssize
find (const char *text,
      const char *needle)
{
  const char *hit = strstr (text, needle);

  return hit != NULL ? hit - text : -1;
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (find (text, needle) < 0)
    g_error ("“%s” is not in the PDF text:\n%s", needle, text);
}

static void
test_fixture_packet (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(TrRequest) request = tr_export_test_load_request ("03-get-request.response.json");
  g_autoptr(GListModel) expenses = tr_export_test_load_expenses ("09-list-request-expenses.response.json");
  g_autoptr(GListModel) exceptions = sample_exceptions ();
  g_autoptr(GListModel) comments = sample_comments ();
  g_autoptr(TrApprovalPacket) packet = tr_approval_packet_new (request, expenses, exceptions, comments);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (tr_approval_packet_export_pdf (packet, fixture->pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (fixture->pdf, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (tr_approval_packet_get_n_pages (packet), ==, pdf_pages (fixture->pdf));

  text = pdf_text (fixture->pdf);
  assert_contains (text, "Client meeting in Berlin - JULY");
  assert_contains (text, "Client meeting for project KIWI");
  /* Each segment, with its from and to. */
  assert_contains (text, "Flight CDG → BER");
  assert_contains (text, "Flight BER → CDG");
  assert_contains (text, "Charles De Gaulle Intl, Paris (CDG)");
  assert_contains (text, "Berlin(Alls), Berlin (BER)");
  /* Expenses and their exact total: 324.56 + 90 + 80. */
  assert_contains (text, "324.56 USD");
  assert_contains (text, "90.00 USD");
  assert_contains (text, "Total");
  assert_contains (text, "494.56 USD");
  /* Blocking first, then by level. */
  g_assert_cmpint (find (text, "Flight booked less than 7 days ahead"), <,
                   find (text, "Business class on a short flight"));
  g_assert_cmpint (find (text, "Business class on a short flight"), <,
                   find (text, "Hotel rate above the city ceiling"));
  assert_contains (text, "Blocking");
  /* Comments in time order, with their authors. */
  g_assert_cmpint (find (text, "Booked ahead of the kick-off."), <,
                   find (text, "Please use the corporate hotel."));
  assert_contains (text, "Marc Dupont");
  assert_contains (text, "Not Submitted");
  assert_contains (text, "Approval history");
  assert_contains (text, "Page 1 of");
}

static GListModel *
many_expenses (guint n)
{
  GListStore *store = g_list_store_new (TR_TYPE_EXPENSE);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("E%03u", i);
      g_autofree char *legs = g_strdup_printf ("[{\"id\": \"L%03u\", \"startDate\": \"2026-04-%02u\","
                                               " \"startTime\": \"07:30\", \"startLocation\": {\"city\": \"Origin %u\","
                                               " \"countryCode\": \"FR\"}, \"endLocation\": {\"city\": \"Stop %u\","
                                               " \"countryCode\": \"DE\"}}]", i, 1 + i % 28, i, i);
      g_autoptr(TrExpense) expense = tr_export_test_segment (id, "RAILF", legs);

      g_list_store_append (store, expense);
    }
  return G_LIST_MODEL (store);
}

static void
test_long_packet_paginates (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(TrRequest) request = tr_export_test_request ("LONG", "Rail tour of Europe");
  g_autoptr(GListModel) expenses = many_expenses (60);
  g_autoptr(TrApprovalPacket) packet = tr_approval_packet_new (request, expenses, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *total = NULL;
  guint pages;

  g_assert_true (tr_approval_packet_export_pdf (packet, fixture->pdf, &error));
  g_assert_no_error (error);
  pages = pdf_pages (fixture->pdf);
  g_assert_cmpuint (pages, >, 1);
  g_assert_cmpuint (tr_approval_packet_get_n_pages (packet), ==, pages);

  text = pdf_text (fixture->pdf);
  /* 60 × 100.00 EUR, summed exactly. */
  assert_contains (text, "6000.00 EUR");
  assert_contains (text, "Origin 0");
  assert_contains (text, "Stop 59");
  total = g_strdup_printf ("Page %u of %u", pages, pages);
  assert_contains (text, total);
  assert_contains (text, "No policy exceptions.");
  assert_contains (text, "No comments.");
}

static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(TrRequest) request = tr_export_test_request ("E1", "Broken");
  g_autoptr(GListModel) wrong = sample_comments ();
  g_autoptr(TrApprovalPacket) empty = tr_approval_packet_new (NULL, NULL, NULL, NULL);
  g_autoptr(TrApprovalPacket) mixed = tr_approval_packet_new (request, NULL, wrong, NULL);
  g_autoptr(TrApprovalPacket) fine = tr_approval_packet_new (request, NULL, NULL, NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "no", "such", "packet.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (tr_approval_packet_export_pdf (empty, fixture->pdf, &error));
  g_assert_error (error, TR_PRINT_ERROR, TR_PRINT_ERROR_INVALID);
  g_clear_error (&error);

  /* Comments where exceptions belong. */
  g_assert_false (tr_approval_packet_export_pdf (mixed, fixture->pdf, &error));
  g_assert_error (error, TR_PRINT_ERROR, TR_PRINT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (tr_approval_packet_export_pdf (fine, missing, &error));
  g_assert_error (error, TR_PRINT_ERROR, TR_PRINT_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (g_file_test (fixture->pdf, G_FILE_TEST_EXISTS));

  /* A request with nothing but a name still prints. */
  g_assert_true (tr_approval_packet_export_pdf (fine, fixture->pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (tr_approval_packet_get_n_pages (fine), ==, 1);
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_properties (void)
{
  g_autoptr(TrRequest) request = tr_export_test_request ("P1", "Props");
  g_autoptr(GListModel) comments = sample_comments ();
  TrApprovalPacket *packet = tr_approval_packet_new (NULL, NULL, NULL, NULL);
  guint notified = 0;

  g_signal_connect (packet, "notify", G_CALLBACK (on_notify_cb), &notified);
  tr_approval_packet_set_request (packet, request);
  tr_approval_packet_set_request (packet, request);
  g_object_set (packet, "comments", comments, NULL);
  g_object_set (packet, "comments", comments, NULL);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_true (tr_approval_packet_get_request (packet) == request);
  g_assert_true (tr_approval_packet_get_comments (packet) == comments);
  g_assert_null (tr_approval_packet_get_expenses (packet));
  g_assert_cmpuint (tr_approval_packet_get_n_pages (packet), ==, 0);
  g_assert_finalize_object (packet);
}

static void
test_format_amount (void)
{
  g_autoptr(TrAmount) euros = tr_amount_new (12345, 1, "EUR");
  g_autoptr(TrAmount) yen = tr_amount_new (5000, 0, "JPY");
  g_autoptr(TrAmount) dinar = tr_amount_new (-15, 1, "KWD");
  g_autoptr(TrAmount) precise = tr_amount_new (123456, 4, "USD");
  g_autofree char *a = tr_packet_format_amount (euros);
  g_autofree char *b = tr_packet_format_amount (yen);
  g_autofree char *c = tr_packet_format_amount (dinar);
  g_autofree char *d = tr_packet_format_amount (precise);
  g_autofree char *e = tr_packet_format_amount (NULL);

  /* C.UTF-8 has no thousands separator. */
  g_assert_cmpstr (a, ==, "1234.50 EUR");
  g_assert_cmpstr (b, ==, "5000 JPY");
  g_assert_cmpstr (c, ==, "-1.500 KWD");
  g_assert_cmpstr (d, ==, "12.3456 USD");
  g_assert_cmpstr (e, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gtk_disable_setlocale ();

  if (!gtk_init_check ())
    {
      if (g_strcmp0 (g_getenv ("TR_REQUIRE_DISPLAY"), "1") == 0)
        g_error ("cannot open display");
      /* meson's TAP protocol reads a non-zero exit (77 too) as an
       * error: a skipped TAP program says so in its plan and exits 0. */
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  g_test_add ("/print/packet/fixture", Fixture, NULL, fixture_set_up, test_fixture_packet, fixture_tear_down);
  g_test_add ("/print/packet/paginates", Fixture, NULL, fixture_set_up, test_long_packet_paginates,
              fixture_tear_down);
  g_test_add ("/print/packet/errors", Fixture, NULL, fixture_set_up, test_errors, fixture_tear_down);
  g_test_add_func ("/print/packet/properties", test_properties);
  g_test_add_func ("/print/format/amount", test_format_amount);

  return g_test_run ();
}
