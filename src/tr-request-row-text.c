/* tr-request-row-text.c
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

#define G_LOG_DOMAIN "tr-request-row"

#include <glib/gi18n.h>

#include "tr-locale.h"
#include "tr-request-row.h"

/* The texts of a row of the list of requests, shared with other pages:
 * dates, totals, status, the line of details, the sync badge and the
 * sentence a screen reader reads for the row. */

static char *
format_date (const GDate *date)
{
  g_autoptr(GDateTime) time = NULL;

  if (date == NULL || !g_date_valid (date))
    return NULL;
  time = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                              g_date_get_day (date), 0, 0, 0);
  /* TRANSLATORS: a date in the list of requests; see strftime(3) */
  return time != NULL ? g_date_time_format (time, _("%-d %b %Y")) : NULL;
}

/**
 * tr_request_summary_format_dates:
 * @summary: what a row shows of a request
 *
 * Returns: (transfer full) (nullable): "15 Jul 2018 – 17 Jul 2018", or %NULL
 *   when the request has no start date
 */
char *
tr_request_summary_format_dates (const TrRequestSummary *summary)
{
  g_autofree char *start = format_date (&summary->start);
  g_autofree char *end = format_date (&summary->end);

  if (start == NULL)
    return NULL;
  if (end == NULL || g_strcmp0 (start, end) == 0)
    return g_steal_pointer (&start);
  /* TRANSLATORS: the first and last day of a trip */
  return g_strdup_printf (_("%s – %s"), start, end);
}

/* Digits after the decimal point of a currency (ISO 4217 minor unit). */
static guint
currency_digits (const char *currency)
{
  static const char *no_minor_unit[] = { "JPY", "KRW", "ISK", "CLP", "VND", "PYG", "UGX", "XAF", "XOF" };

  for (guint i = 0; currency != NULL && i < G_N_ELEMENTS (no_minor_unit); i++)
    if (g_str_equal (currency, no_minor_unit[i]))
      return 0;
  return 2;
}

/**
 * tr_request_summary_format_total:
 * @summary: what a row shows of a request
 *
 * Returns: (transfer full) (nullable): "494.56 USD" (in the user's locale), the posted total (the
 *   approved one when nothing is posted), or %NULL when there is none
 */
char *
tr_request_summary_format_total (const TrRequestSummary *summary)
{
  g_autoptr(TrAmount) total = NULL;
  g_autoptr(TrAmount) shown = NULL;
  guint scale;

  if (summary->total_currency == NULL)
    return NULL;

  total = tr_amount_new (summary->total_units, summary->total_scale, summary->total_currency);
  scale = MAX (summary->total_scale, currency_digits (summary->total_currency));
  shown = tr_amount_rescale (total, scale, NULL);
  /* Separators, grouping and the currency's place follow the locale. */
  return tr_locale_format_amount (shown != NULL ? shown : total);
}

/**
 * tr_request_summary_status_label:
 * @summary: what a row shows of a request
 *
 * Returns: the translated status ("Closed" for a closed request)
 */
const char *
tr_request_summary_status_label (const TrRequestSummary *summary)
{
  if (summary->closed)
    return C_("request status", "Closed");

  switch (summary->status_kind)
    {
    case TR_APPROVAL_STATUS_KIND_NOT_SUBMITTED:
      return C_("request status", "Not Submitted");
    case TR_APPROVAL_STATUS_KIND_SUBMITTED:
      return C_("request status", "Submitted");
    case TR_APPROVAL_STATUS_KIND_SENT_BACK:
      return C_("request status", "Sent Back");
    case TR_APPROVAL_STATUS_KIND_APPROVED:
      return C_("request status", "Approved");
    case TR_APPROVAL_STATUS_KIND_CANCELED:
      return C_("request status", "Canceled");
    case TR_APPROVAL_STATUS_KIND_PENDING_BOOKING:
      return C_("request status", "Pending Booking");
    case TR_APPROVAL_STATUS_KIND_UNKNOWN:
    default:
      break;
    }

  if (summary->status_name != NULL)
    return summary->status_name;
  return C_("request status", "Draft");
}

/**
 * tr_request_summary_format_details:
 * @summary: what a row shows of a request
 * @dates: (nullable): its dates, as tr_request_summary_format_dates() words them
 *
 * Returns: (transfer full): "333T · 15 Jul 2018 – 17 Jul 2018 · Berlin", the
 *   parts the request has
 */
char *
tr_request_summary_format_details (const TrRequestSummary *summary,
                                   const char             *dates)
{
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  if (summary->request_key != NULL && *summary->request_key != '\0')
    g_strv_builder_add (parts, summary->request_key);
  if (dates != NULL)
    g_strv_builder_add (parts, dates);
  if (summary->destination != NULL)
    g_strv_builder_add (parts, summary->destination);
  strv = g_strv_builder_end (parts);

  return g_strjoinv (" · ", strv);
}


/**
 * tr_request_item_describe_sync:
 * @item: a request of the list
 * @icon_name: (out) (optional) (nullable): the badge's icon, %NULL when in sync
 *
 * Returns: why the request is not in sync ("Will be submitted", "Only on
 *   this computer"…), or %NULL when it is
 */
const char *
tr_request_item_describe_sync (TrRequestItem  *item,
                               const char    **icon_name)
{
  static const struct { const char *icon; const char *text; } badges[] = {
    [TR_REQUEST_SYNC_SYNCED] = { NULL, NULL },
    [TR_REQUEST_SYNC_LOCAL_ONLY] = { "computer-symbolic", N_("Only on this computer") },
    [TR_REQUEST_SYNC_WAITING] = { "emblem-synchronizing-symbolic", N_("Waiting to be sent") },
    [TR_REQUEST_SYNC_CONFLICT] = { "dialog-warning-symbolic", N_("Changed here and on the server") },
    [TR_REQUEST_SYNC_FAILED] = { "dialog-error-symbolic", N_("The server refused the changes") },
  };
  TrRequestSync sync = tr_request_item_get_sync (item);
  const char *pending = tr_request_item_describe_pending (item);

  if (icon_name != NULL)
    *icon_name = badges[sync].icon;
  if (badges[sync].text == NULL)
    return NULL;
  /* A queued workflow action says what it will do ("Will be submitted"). */
  if (sync == TR_REQUEST_SYNC_WAITING && pending != NULL)
    return pending;
  return _(badges[sync].text);
}

static const char *
or_else (const char *text,
         const char *fallback)
{
  return text != NULL && *text != '\0' ? text : fallback;
}

/**
 * tr_request_item_describe:
 * @item: a request of the list
 * @summary: what its row shows
 * @dates: (nullable): its dates, from tr_request_summary_format_dates()
 * @total: (nullable): its total, from tr_request_summary_format_total()
 *
 * The row formats the dates and the total once for what it shows and for
 * this sentence.
 *
 * Returns: (transfer full): the sentence a screen reader reads for the row
 *   of @item: name, request id, dates, destination, status, total and
 *   whether it is in sync with the server
 */
char *
tr_request_item_describe (TrRequestItem          *item,
                          const TrRequestSummary *summary,
                          const char             *dates,
                          const char             *total)
{
  const char *sync = tr_request_item_describe_sync (item, NULL);

  /* Translators: what a screen reader says for a request of the list:
   * %1$s its name, %2$s its request id, %3$s its dates, %4$s its
   * destination, %5$s its status, %6$s its total, %7$s whether it is in
   * sync with the server (e.g. "In sync with the server", "Will be
   * submitted"). */
  return g_strdup_printf (_("%1$s, request %2$s, %3$s, %4$s, status %5$s, total %6$s, %7$s"),
                          or_else (summary->name, _("Untitled Request")),
                          /* Translators: the request id of a request not sent yet */
                          or_else (summary->request_key, C_("request id", "not assigned yet")),
                          or_else (dates, _("no dates")),
                          or_else (summary->destination, _("no destination")),
                          tr_request_summary_status_label (summary),
                          /* Translators: the total of a request without expenses */
                          or_else (total, C_("request total", "none")),
                          or_else (sync, _("In sync with the server")));
}

/**
 * tr_request_format_dates:
 * @request: a request
 *
 * Returns: (transfer full) (nullable): its dates, as
 *   tr_request_summary_format_dates() words them
 */
char *
tr_request_format_dates (TrRequest *request)
{
  TrRequestSummary summary;

  tr_request_summary_init (&summary, request);
  return tr_request_summary_format_dates (&summary);
}

/**
 * tr_request_format_total:
 * @request: a request
 *
 * Returns: (transfer full) (nullable): its total, as
 *   tr_request_summary_format_total() words it
 */
char *
tr_request_format_total (TrRequest *request)
{
  TrRequestSummary summary;

  tr_request_summary_init (&summary, request);
  return tr_request_summary_format_total (&summary);
}
