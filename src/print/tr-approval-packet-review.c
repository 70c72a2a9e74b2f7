/* tr-approval-packet-review.c
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
#include "tr-packet-format.h"

/* The reviewer's sections: policy exceptions, comments, approval history. */

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/* Blocking exceptions first, then the highest level. */
static int
compare_exceptions (gconstpointer a,
                    gconstpointer b)
{
  TrException *ea = *(TrException * const *) a;
  TrException *eb = *(TrException * const *) b;
  gint64 la = tr_exception_get_level (ea);
  gint64 lb = tr_exception_get_level (eb);

  if (tr_exception_get_is_blocking (ea) != tr_exception_get_is_blocking (eb))
    return tr_exception_get_is_blocking (ea) ? -1 : 1;
  return la < lb ? 1 : la > lb ? -1 : 0;
}

static GPtrArray *
sorted_items (GListModel       *model,
              GCompareFunc      compare)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
  g_ptr_array_sort (items, compare);
  return items;
}

static void
add_exception_row (TrPacketLayout *layout,
                   TrException    *exception)
{
  gboolean blocking = tr_exception_get_is_blocking (exception);
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, tr_exception_get_level (exception));
  /* TRANSLATORS: severity of a policy exception; %s is its level (a number), "Level 10" */
  g_autofree char *level = g_strdup_printf (_("Level %s"), number);
  /* TRANSLATORS: a blocking policy exception; %s is its level (a number), "Blocking · level 10" */
  g_autofree char *severity = blocking ? g_strdup_printf (_("Blocking · level %s"), number)
                                       : g_strdup (level);
  const char *cells[] = { severity, tr_exception_get_code (exception), tr_exception_get_message (exception) };

  tr_packet_layout_add_row (layout, blocking ? TR_PACKET_ROW_ALERT : TR_PACKET_ROW_NORMAL, cells);
}

void
tr_approval_packet_add_exceptions (TrPacketLayout *layout,
                                   GListModel     *exceptions)
{
  static const double widths[] = { 0.22, 0.20, 0.58 };
  const char *titles[] = { _("Severity"), _("Code"), _("Message") };
  g_autoptr(GPtrArray) items = sorted_items (exceptions, compare_exceptions);

  tr_packet_layout_add_heading (layout, _("Policy exceptions"));
  if (items->len == 0)
    {
      tr_packet_layout_add_note (layout, _("No policy exceptions."));
      return;
    }
  tr_packet_layout_begin_table (layout, G_N_ELEMENTS (widths), widths, NULL, titles);
  for (guint i = 0; i < items->len; i++)
    add_exception_row (layout, g_ptr_array_index (items, i));
}

static int
compare_comments (gconstpointer a,
                  gconstpointer b)
{
  GDateTime *ta = tr_comment_get_timestamp (*(TrComment * const *) a);
  GDateTime *tb = tr_comment_get_timestamp (*(TrComment * const *) b);

  if (ta == NULL || tb == NULL)
    return (ta == NULL) - (tb == NULL);
  return g_date_time_compare (ta, tb);
}

void
tr_approval_packet_add_comments (TrPacketLayout *layout,
                                 GListModel     *comments)
{
  static const double widths[] = { 0.22, 0.22, 0.56 };
  const char *titles[] = { _("Date"), _("Author"), _("Comment") };
  g_autoptr(GPtrArray) items = sorted_items (comments, compare_comments);

  tr_packet_layout_add_heading (layout, _("Comments"));
  if (items->len == 0)
    {
      tr_packet_layout_add_note (layout, _("No comments."));
      return;
    }
  tr_packet_layout_begin_table (layout, G_N_ELEMENTS (widths), widths, NULL, titles);
  for (guint i = 0; i < items->len; i++)
    {
      TrComment *comment = g_ptr_array_index (items, i);
      g_autofree char *when = tr_packet_format_timestamp (tr_comment_get_timestamp (comment));
      g_autofree char *author = tr_packet_format_employee (tr_comment_get_author (comment));
      const char *cells[] = { when, author, tr_comment_get_value (comment) };

      tr_packet_layout_add_row (layout, TR_PACKET_ROW_NORMAL, cells);
    }
}

static void
add_history_row (TrPacketLayout *layout,
                 const char     *event,
                 GDateTime      *when,
                 const char     *who)
{
  g_autofree char *date = tr_packet_format_timestamp (when);
  const char *cells[] = { event, date, who };

  tr_packet_layout_add_row (layout, TR_PACKET_ROW_NORMAL, cells);
}

static char *
status_text (TrRequest *request)
{
  TrApprovalStatus *status = tr_request_get_approval_status (request);
  const char *name = status != NULL ? tr_approval_status_get_name (status) : NULL;

  if (!is_set (name) && status != NULL)
    name = tr_approval_status_get_code (status);
  return g_strdup (is_set (name) ? name : C_("request status", "Unknown"));
}

void
tr_approval_packet_add_history (TrPacketLayout *layout,
                                TrRequest      *request)
{
  static const double widths[] = { 0.34, 0.33, 0.33 };
  const char *titles[] = { _("Step"), _("Date"), _("By") };
  g_autofree char *owner = tr_packet_format_employee (tr_request_get_owner (request));
  g_autofree char *approver = tr_packet_format_employee (tr_request_get_approver (request));
  g_autofree char *status = status_text (request);
  /* Translators: a step of the approval history; %s is the request's status, such as “Approved” */
  g_autofree char *current = g_strdup_printf (_("Current status: %s"), status);

  tr_packet_layout_add_heading (layout, _("Approval history"));
  tr_packet_layout_begin_table (layout, G_N_ELEMENTS (widths), widths, NULL, titles);
  add_history_row (layout, C_("request history", "Created"), tr_request_get_creation_date (request), owner);
  if (tr_request_get_submit_date (request) != NULL)
    add_history_row (layout, C_("request history", "Submitted"), tr_request_get_submit_date (request), owner);
  if (tr_request_get_ever_sent_back (request))
    add_history_row (layout, _("Sent back to the traveler at least once"), NULL, "");
  if (tr_request_get_authorized_date (request) != NULL)
    add_history_row (layout, C_("request history", "Approved"), tr_request_get_authorized_date (request), "");
  add_history_row (layout, current, tr_request_get_last_modified (request), approver);
  if (tr_request_get_approval_limit_date (request) != NULL)
    add_history_row (layout, _("Approval due by"), tr_request_get_approval_limit_date (request), "");
  tr_packet_layout_add_signature (layout, _("Approver’s signature"), _("Date"));
}
