/* tr-sandbox-list.c
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

/* GET /requests: views, sorting, date filters and offset paging
 * (API notes §0.2 and §1.1); part of tr-sandbox-requests.h. */

#define G_LOG_DOMAIN "tr-sandbox"

#include "tr-sandbox-requests.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tr-sandbox-util.h"

typedef struct
{
  const char *name;
  const char *clause;   /* ?1 = caller, ?6 = now minus 90 days */
} View;

static const View views[] = {
  { "ALL", "owner_id = ?1" },
  { "ACTIVE", "owner_id = ?1 AND status <> 'CANCELED' AND closed = 0"
              " AND NOT (status = 'APPROVED' AND approved < ?6)" },
  { "ACTIVEAPPROVED", "owner_id = ?1 AND status = 'APPROVED' AND closed = 0 AND approved >= ?6" },
  { "UNSUBMITTED", "owner_id = ?1 AND status IN ('NOT_SUBMITTED', 'SENTBACK')" },
  { "PENDING", "owner_id = ?1 AND status = 'SUBMITTED'" },
  { "SUBMITTED", "owner_id = ?1 AND status IN ('SUBMITTED', 'APPROVED', 'PENDING_BOOKING')" },
  { "VALIDATED", "owner_id = ?1 AND status = 'APPROVED'" },
  { "CANCELED", "owner_id = ?1 AND status = 'CANCELED'" },
  { "CLOSED", "owner_id = ?1 AND closed = 1" },
  { "APPROVED", "id IN (SELECT request_id FROM approvals WHERE approver_id = ?1)" },
  { "TOAPPROVE", "status = 'SUBMITTED' AND approver_id = ?1" },
  { "PENDINGEBOOKING", "owner_id = ?1 AND status = 'PENDING_BOOKING'" },
  /* TMC agent views: the sandbox has no agent users, so they are empty. */
  { "PENDINGPROPOSAL", "?1 IS NULL" },
  { "PROPOSALAPPROVED", "?1 IS NULL" },
  { "PROPOSALCANCELED", "?1 IS NULL" },
};

static const char *const kept_params[] = {
  "view", "userId", "sortField", "sortOrder", "modifiedAfter", "modifiedBefore",
  "approvedAfter", "approvedBefore", "includeDelegateApprovals", NULL
};

typedef struct
{
  const char *clause;
  const char *order_column;
  const char *order;
  gint64      start;
  gint64      limit;
  char       *dates[4];  /* modifiedAfter, modifiedBefore, approvedAfter, approvedBefore */
} ListQuery;

static void
list_query_clear (ListQuery *query)
{
  for (guint i = 0; i < G_N_ELEMENTS (query->dates); i++)
    g_clear_pointer (&query->dates[i], g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ListQuery, list_query_clear)

static gboolean
parse_count (TrSandboxCall *call,
             const char    *name,
             gint64         fallback,
             gint64        *out)
{
  const char *text = tr_sandbox_call_param (call, name);
  gboolean is_limit = g_str_equal (name, "limit");

  *out = fallback;
  if (text == NULL)
    return TRUE;
  if (*text == '\0' || strspn (text, "0123456789") != strlen (text) || strlen (text) > 9)
    tr_sandbox_call_error (call, 400, "badParam", is_limit ? _("Limit must contain only digits")
                                                           : _("Start must contain only digits"));
  else if (is_limit && (*out = g_ascii_strtoll (text, NULL, 10)) > 100)
    tr_sandbox_call_error (call, 400, "badParam", _("Limit must be less than or equal to 100"));
  else if (is_limit && *out < 1)
    tr_sandbox_call_error (call, 400, "badParam", _("Limit must be greater than or equal to 1"));
  else
    {
      *out = g_ascii_strtoll (text, NULL, 10);
      return TRUE;
    }
  return FALSE;
}

static gboolean
parse_view_and_sort (TrSandboxCall *call,
                     ListQuery     *query)
{
  const char *view = tr_sandbox_call_param (call, "view");
  const char *field = tr_sandbox_call_param (call, "sortField");
  const char *order = tr_sandbox_call_param (call, "sortOrder");

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    if (g_ascii_strcasecmp (views[i].name, view ? view : "ALL") == 0)
      query->clause = views[i].clause;
  if (query->clause == NULL)
    return tr_sandbox_call_error (call, 400, "badParam", _("Unknown view.")), FALSE;
  if (field == NULL || g_str_equal (field, "startDate"))
    query->order_column = "start_date";
  else if (g_str_equal (field, "approvalStatus"))
    query->order_column = "status";
  else if (g_str_equal (field, "requestId"))
    query->order_column = "request_key";
  else
    return tr_sandbox_call_error (call, 400, "badParam", _("Unknown sortField.")), FALSE;
  if (order == NULL || g_ascii_strcasecmp (order, "DESC") == 0)
    query->order = "DESC";
  else if (g_ascii_strcasecmp (order, "ASC") == 0)
    query->order = "ASC";
  else
    return tr_sandbox_call_error (call, 400, "badParam", _("sortOrder must be ASC or DESC.")), FALSE;
  return TRUE;
}

static gboolean
parse_dates (TrSandboxCall *call,
             ListQuery     *query)
{
  static const char *const names[] = { "modifiedAfter", "modifiedBefore", "approvedAfter", "approvedBefore" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const char *text = tr_sandbox_call_param (call, names[i]);

      if (text == NULL)
        continue;
      query->dates[i] = tr_sandbox_normalize_timestamp (text);
      if (query->dates[i] == NULL)
        {
          /* Translators: %s is a query parameter name, such as "modifiedAfter"; do not translate it. */
          g_autofree char *message = g_strdup_printf (_("%s is not a valid date."), names[i]);
          tr_sandbox_call_error (call, 400, "invalidDate", message);
          return FALSE;
        }
    }
  return TRUE;
}

static char *
page_link (TrSandboxCall *call,
           gint64         limit,
           gint64         start)
{
  g_autoptr(GString) url = g_string_new (NULL);
  g_autofree char *base = tr_sandbox_call_link (call, "requests");

  g_string_append (url, base);
  for (guint i = 0; kept_params[i] != NULL; i++)
    {
      const char *value = tr_sandbox_call_param (call, kept_params[i]);
      g_autofree char *escaped = value ? g_uri_escape_string (value, NULL, FALSE) : NULL;

      if (value != NULL)
        g_string_append_printf (url, "%c%s=%s", url->len == strlen (base) ? '?' : '&',
                                kept_params[i], escaped);
    }
  g_string_append_printf (url, "%climit=%" G_GINT64_FORMAT "&start=%" G_GINT64_FORMAT,
                          url->len == strlen (base) ? '?' : '&', limit, start);
  return g_string_free (g_steal_pointer (&url), FALSE);
}

static void
add_link (JsonBuilder *builder,
          const char  *rel,
          const char  *href)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "rel");
  json_builder_add_string_value (builder, rel);
  json_builder_set_member_name (builder, "href");
  json_builder_add_string_value (builder, href);
  json_builder_end_object (builder);
}

static void
add_page_links (TrSandboxCall *call,
                JsonBuilder   *builder,
                ListQuery     *query,
                gint64         total)
{
  gint64 last = total == 0 ? 0 : ((total - 1) / query->limit) * query->limit;
  g_autofree char *first = page_link (call, query->limit, 0);
  g_autofree char *final = page_link (call, query->limit, last);

  json_builder_set_member_name (builder, "operations");
  json_builder_begin_array (builder);
  add_link (builder, "first", first);
  if (query->start > 0)
    {
      g_autofree char *prev = page_link (call, query->limit, MAX (0, MIN (query->start, total) - query->limit));
      add_link (builder, "prev", prev);
    }
  if (query->start + query->limit < total)
    {
      g_autofree char *next = page_link (call, query->limit, query->start + query->limit);
      add_link (builder, "next", next);
    }
  add_link (builder, "last", final);
  json_builder_end_array (builder);
}

/* The view's predicate and the date filters that were given. Only fixed
 * SQL fragments are spliced in; every value is bound (?1 caller, ?2…?5
 * dates, ?6 cutoff of the ACTIVE views, ?7 limit, ?8 start). Leaving out
 * the filters that were not given keeps the query on the index alone. */
static char *
build_filters (ListQuery *query)
{
  static const char *const date_clauses[] = {
    " AND modified > ?2", " AND modified < ?3", " AND approved > ?4", " AND approved < ?5",
  };
  GString *filters = g_string_new (NULL);

  g_string_append_printf (filters, "(%s)", query->clause);
  for (guint i = 0; i < G_N_ELEMENTS (date_clauses); i++)
    if (query->dates[i] != NULL)
      g_string_append (filters, date_clauses[i]);
  return g_string_free (filters, FALSE);
}

static sqlite3_stmt *
run_query (TrSandboxCall *call,
           ListQuery     *query,
           gboolean       count)
{
  g_autofree char *cutoff = tr_sandbox_timestamp_from_unix (g_get_real_time () / G_USEC_PER_SEC - 90 * 86400);
  g_autofree char *filters = build_filters (query);
  g_autofree char *sql = NULL;

  if (count)
    sql = g_strdup_printf ("SELECT COUNT(*) FROM requests WHERE %s", filters);
  else
    sql = g_strdup_printf ("SELECT id FROM requests WHERE %s ORDER BY %s %s, id %s LIMIT ?7 OFFSET ?8",
                           filters, query->order_column, query->order, query->order);
  return tr_sandbox_db_query (call->db, sql, count ? "ssssss" : "ssssssii", call->caller_id,
                              query->dates[0], query->dates[1], query->dates[2], query->dates[3],
                              cutoff, query->limit, query->start);
}

void
tr_sandbox_requests_list (TrSandboxCall *call)
{
  g_auto(ListQuery) query = { 0 };
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(sqlite3_stmt) counter = NULL;
  g_autoptr(sqlite3_stmt) rows = NULL;
  gint64 total;

  if (!tr_sandbox_call_require_user (call) || !parse_view_and_sort (call, &query)
      || !parse_count (call, "limit", 10, &query.limit) || !parse_count (call, "start", 0, &query.start)
      || !parse_dates (call, &query))
    return;
  counter = run_query (call, &query, TRUE);
  total = counter != NULL && sqlite3_step (counter) == SQLITE_ROW ? sqlite3_column_int64 (counter, 0) : 0;
  rows = run_query (call, &query, FALSE);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "data");
  json_builder_begin_array (builder);
  while (rows != NULL && sqlite3_step (rows) == SQLITE_ROW)
    {
      g_autoptr(TrSandboxRequest) request = tr_sandbox_request_load (call->db, tr_sandbox_db_text (rows, 0));

      if (request != NULL)
        json_builder_add_value (builder, tr_sandbox_requests_render (call, request, FALSE));
    }
  json_builder_end_array (builder);
  add_page_links (call, builder, &query, total);
  json_builder_end_object (builder);
  tr_sandbox_call_reply (call, 200, json_builder_get_root (builder));
}
