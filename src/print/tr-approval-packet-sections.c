/* tr-approval-packet-sections.c
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

#define G_LOG_DOMAIN "tr-print"

#include <glib/gi18n.h>

#include "tr-approval-packet-private.h"
#include "tr-itinerary.h"
#include "tr-packet-format.h"

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

static char *
date_range (TrRequest *request)
{
  g_autofree char *start = tr_packet_format_date_time (tr_request_get_start_date (request),
                                                       tr_request_get_start_time (request));
  g_autofree char *end = tr_packet_format_date_time (tr_request_get_end_date (request),
                                                     tr_request_get_end_time (request));

  if (*start == '\0' || *end == '\0')
    return g_strconcat (start, end, NULL);
  /* TRANSLATORS: a range of dates, "Sun 15 Jul 2018 06:00 – Tue 17 Jul 2018 19:30" */
  return g_strdup_printf (_("%s – %s"), start, end);
}

void
tr_approval_packet_add_summary (TrPacketLayout *layout,
                                TrRequest      *request)
{
  g_autofree char *traveler = tr_packet_format_employee (tr_request_get_owner (request));
  g_autofree char *dates = date_range (request);
  g_autofree char *destination = tr_packet_format_location (tr_request_get_main_destination (request), NULL);
  g_autofree char *approver = tr_packet_format_employee (tr_request_get_approver (request));
  g_autofree char *total = tr_packet_format_amount (tr_request_get_total_posted_amount (request));
  TrRequestType *type = tr_request_get_request_type (request);

  tr_packet_layout_add_heading (layout, _("Summary"));
  tr_packet_layout_add_field (layout, _("Traveler"), traveler);
  tr_packet_layout_add_field (layout, _("Business purpose"), tr_request_get_business_purpose (request));
  tr_packet_layout_add_field (layout, _("Travel dates"), dates);
  tr_packet_layout_add_field (layout, _("Main destination"), destination);
  tr_packet_layout_add_field (layout, _("Request type"), type != NULL ? tr_request_type_get_label (type) : NULL);
  tr_packet_layout_add_field (layout, _("Current approver"), approver);
  tr_packet_layout_add_field (layout, _("Traveler’s comment"), tr_request_get_comment (request));
  tr_packet_layout_add_field (layout, _("Request total"), total);
}

static gboolean
same_day (const GDate *a,
          const GDate *b)
{
  return a == NULL || b == NULL || !g_date_valid (a) || !g_date_valid (b) || g_date_compare (a, b) == 0;
}

/* "Wed 8 Apr 2026" over "07:30 → 11:05"; an arrival on another day gets
 * its own line with its date. */
static char *
leg_when (TrLeg *leg)
{
  const GDate *start_date = tr_leg_get_start_date (leg);
  const GDate *end_date = tr_leg_get_end_date (leg);
  g_autofree char *day = tr_packet_format_date (start_date != NULL && g_date_valid (start_date)
                                                ? start_date : end_date);
  g_autofree char *start = tr_packet_format_time (tr_leg_get_start_time (leg));
  g_autofree char *end = tr_packet_format_time (tr_leg_get_end_time (leg));
  g_autofree char *arrival = NULL;

  if (!same_day (start_date, end_date))
    {
      arrival = tr_packet_format_date_time (end_date, tr_leg_get_end_time (leg));
      return g_strdup_printf ("%s%s%s\n→ %s", day, *start != '\0' ? "\n" : "", start, arrival);
    }
  if (*end != '\0')
    return g_strdup_printf ("%s\n%s → %s", day, *start != '\0' ? start : "…", end);
  return g_strdup_printf ("%s%s%s", day, *start != '\0' ? "\n" : "", start);
}

static void
append_detail (GString    *text,
               const char *label,
               const char *value)
{
  if (!is_set (value))
    return;
  if (text->len > 0)
    g_string_append_c (text, '\n');
  /* TRANSLATORS: "label: value" in the itinerary of the printed packet */
  g_string_append_printf (text, _("%s: %s"), label, value);
}

static char *
leg_details (TrLeg *leg)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *from = tr_packet_format_location (tr_leg_get_start_location (leg),
                                                     tr_leg_get_start_location_detail (leg));
  g_autofree char *to = tr_packet_format_location (tr_leg_get_end_location (leg),
                                                   tr_leg_get_end_location_detail (leg));

  append_detail (text, _("From"), from);
  append_detail (text, _("To"), to);
  append_detail (text, _("Flight"), tr_leg_get_flight_number (leg));
  append_detail (text, _("Service"), tr_leg_get_service_name (leg));
  append_detail (text, _("Class"), tr_leg_get_class_of_service (leg));
  append_detail (text, _("Vendor"), tr_leg_get_vendor_name (leg));
  append_detail (text, _("Comment"), tr_leg_get_comment (leg));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

void
tr_approval_packet_add_itinerary (TrPacketLayout *layout,
                                  GPtrArray      *segments)
{
  static const double widths[] = { 0.24, 0.28, 0.48 };
  const char *titles[] = { _("When"), _("Segment"), _("Details") };

  tr_packet_layout_add_heading (layout, _("Itinerary"));
  if (segments->len == 0)
    {
      tr_packet_layout_add_note (layout, _("This request has no travel segments."));
      return;
    }
  tr_packet_layout_begin_table (layout, G_N_ELEMENTS (widths), widths, NULL, titles);
  for (guint i = 0; i < segments->len; i++)
    {
      TrItinerarySegment *segment = g_ptr_array_index (segments, i);
      g_autofree char *when = leg_when (segment->leg);
      g_autofree char *title = tr_itinerary_segment_dup_title (segment);
      g_autofree char *details = leg_details (segment->leg);
      const char *cells[] = { when, title, details };

      tr_packet_layout_add_row (layout, TR_PACKET_ROW_NORMAL, cells);
    }
}

static char *
expense_date (TrExpense *expense)
{
  GDateTime *when = tr_expense_get_transaction_date (expense);
  GDate date;

  if (when == NULL)
    return g_strdup ("");
  /* A calendar date sent as midnight UTC: read it in UTC. */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (when),
                  g_date_time_get_month (when), g_date_time_get_year (when));
  return tr_packet_format_date (&date);
}

static char *
expense_description (TrExpense *expense)
{
  const char *purpose = tr_expense_get_business_purpose (expense);
  g_autoptr(GString) text = g_string_new (is_set (purpose) ? purpose : NULL);
  TrTripData *trip = tr_expense_get_trip_data (expense);
  GListModel *legs = trip != NULL ? tr_trip_data_get_legs (trip) : NULL;

  for (guint i = 0; legs != NULL && i < g_list_model_get_n_items (legs); i++)
    {
      TrItinerarySegment segment = { tr_itinerary_kind_from_expense (expense), expense, NULL, i };
      g_autoptr(TrLeg) leg = g_list_model_get_item (legs, i);
      g_autofree char *title = NULL;

      segment.leg = leg;
      title = tr_itinerary_segment_dup_title (&segment);
      g_string_append_printf (text, text->len > 0 ? "\n%s" : "%s", title);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The posted amount, with the transaction amount under it when the
 * expense was entered in another currency. */
static char *
expense_amount (TrExpense *expense)
{
  const TrAmount *posted = tr_expense_get_posted_amount (expense);
  const TrAmount *spent = tr_expense_get_transaction_amount (expense);
  g_autofree char *main_text = tr_packet_format_amount (posted != NULL ? posted : spent);
  g_autofree char *original = NULL;

  if (posted == NULL || spent == NULL
      || g_strcmp0 (tr_amount_get_currency (posted), tr_amount_get_currency (spent)) == 0)
    return g_steal_pointer (&main_text);
  original = tr_packet_format_amount (spent);
  return g_strdup_printf ("%s\n(%s)", main_text, original);
}

/* Exact per-currency totals; FALSE when a sum overflows. */
static gboolean
add_to_totals (GPtrArray      *totals,
               const TrAmount *amount)
{
  for (guint i = 0; i < totals->len; i++)
    {
      TrAmount *total = g_ptr_array_index (totals, i);

      if (g_strcmp0 (tr_amount_get_currency (total), tr_amount_get_currency (amount)) == 0)
        {
          TrAmount *sum = tr_amount_add (total, amount, NULL);

          if (sum == NULL)
            return FALSE;
          tr_amount_free (g_ptr_array_index (totals, i));
          g_ptr_array_index (totals, i) = sum;
          return TRUE;
        }
    }
  g_ptr_array_add (totals, tr_amount_copy (amount));
  return TRUE;
}

static void
add_total_rows (TrPacketLayout *layout,
                GPtrArray      *totals)
{
  for (guint i = 0; i < totals->len; i++)
    {
      TrAmount *total = g_ptr_array_index (totals, i);
      g_autofree char *text = tr_packet_format_amount (total);
      g_autofree char *label = totals->len == 1 ? g_strdup (_("Total"))
                               /* TRANSLATORS: total of one currency, "Total USD" */
                               : g_strdup_printf (_("Total %s"), tr_amount_get_currency (total));
      const char *cells[] = { label, "", "", text };

      tr_packet_layout_add_row (layout, TR_PACKET_ROW_TOTAL, cells);
    }
}

static void
add_expense_row (TrPacketLayout *layout,
                 TrExpense      *expense)
{
  TrExpenseType *type = tr_expense_get_expense_type (expense);
  g_autofree char *date = expense_date (expense);
  g_autofree char *description = expense_description (expense);
  g_autofree char *amount = expense_amount (expense);
  const char *cells[] = { date, type != NULL ? tr_expense_type_get_name (type) : "", description, amount };

  tr_packet_layout_add_row (layout, TR_PACKET_ROW_NORMAL, cells);
}

void
tr_approval_packet_add_expenses (TrPacketLayout *layout,
                                 GListModel     *expenses)
{
  static const double widths[] = { 0.18, 0.18, 0.42, 0.22 };
  static const gboolean numeric[] = { FALSE, FALSE, FALSE, TRUE };
  const char *titles[] = { _("Date"), _("Type"), _("Description"), _("Amount") };
  g_autoptr(GPtrArray) totals = g_ptr_array_new_with_free_func ((GDestroyNotify) tr_amount_free);
  guint n = expenses != NULL ? g_list_model_get_n_items (expenses) : 0;
  gboolean exact = TRUE;

  tr_packet_layout_add_heading (layout, _("Expected expenses"));
  if (n == 0)
    {
      tr_packet_layout_add_note (layout, _("This request has no expected expenses."));
      return;
    }
  tr_packet_layout_begin_table (layout, G_N_ELEMENTS (widths), widths, numeric, titles);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrExpense) expense = g_list_model_get_item (expenses, i);
      const TrAmount *amount = tr_expense_get_posted_amount (expense);

      add_expense_row (layout, expense);
      if (amount == NULL)
        amount = tr_expense_get_transaction_amount (expense);
      if (amount != NULL)
        exact = add_to_totals (totals, amount) && exact;
    }
  add_total_rows (layout, totals);
  if (!exact)
    tr_packet_layout_add_note (layout, _("Some amounts are too large to be added up."));
}
