/* tr-request-query.c
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

#define G_LOG_DOMAIN "Tr"

#include <gio/gio.h>

#include "tr-api-error.h"
#include "tr-request-query.h"

static const char * const views[] = {
  "ALL", "ACTIVE", "ACTIVEAPPROVED", "UNSUBMITTED", "PENDING", "SUBMITTED", "VALIDATED",
  "CANCELED", "CLOSED", "APPROVED", "TOAPPROVE", "PENDINGEBOOKING", "PENDINGPROPOSAL",
  "PROPOSALAPPROVED", "PROPOSALCANCELED", NULL
};
static const char * const sort_fields[] = { "startDate", "approvalStatus", "requestId", NULL };
static const char * const sort_orders[] = { "ASC", "DESC", NULL };

/**
 * tr_request_query_new:
 *
 * Returns: (transfer full): an empty query (every server default)
 */
TrRequestQuery *
tr_request_query_new (void)
{
  return g_new0 (TrRequestQuery, 1);
}

/**
 * tr_request_query_free:
 * @query: (transfer full) (nullable): a #TrRequestQuery
 */
void
tr_request_query_free (TrRequestQuery *query)
{
  if (query == NULL)
    return;
  g_free (query->view);
  g_free (query->user_id);
  g_clear_pointer (&query->modified_before, g_date_time_unref);
  g_clear_pointer (&query->modified_after, g_date_time_unref);
  g_clear_pointer (&query->approved_before, g_date_time_unref);
  g_clear_pointer (&query->approved_after, g_date_time_unref);
  g_free (query->sort_field);
  g_free (query->sort_order);
  g_free (query);
}

static gboolean
check_choice (const char          *value,
              const char * const  *choices,
              const char          *name,
              GError             **error)
{
  if (value == NULL || g_strv_contains (choices, value))
    return TRUE;
  g_propagate_error (error, tr_api_error_new_full (TR_API_ERROR_VALIDATION, 0, NULL, NULL, name));
  return FALSE;
}

static void
add_param (GString    *path,
           const char *name,
           const char *value)
{
  g_autofree char *escaped = NULL;

  if (value == NULL)
    return;
  escaped = g_uri_escape_string (value, NULL, FALSE);
  g_string_append_printf (path, "%c%s=%s", strchr (path->str, '?') ? '&' : '?', name, escaped);
}

static void
add_date (GString    *path,
          const char *name,
          GDateTime  *value)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *text = NULL;

  if (value == NULL)
    return;
  utc = g_date_time_to_utc (value);
  text = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
  add_param (path, name, text);
}

static gboolean
validate (const TrRequestQuery  *query,
          GError               **error)
{
  if (query->limit > 100)
    {
      g_propagate_error (error, tr_api_error_new_full (TR_API_ERROR_VALIDATION, 0, NULL, NULL,
                                                       "Limit must be less than or equal to 100"));
      return FALSE;
    }
  return check_choice (query->view, views, "Unknown view", error)
    && check_choice (query->sort_field, sort_fields, "Unknown sort field", error)
    && check_choice (query->sort_order, sort_orders, "Unknown sort order", error);
}

/**
 * tr_request_query_to_path:
 * @query: (nullable): a #TrRequestQuery, %NULL for the defaults
 * @error: return location for a %TR_API_ERROR_VALIDATION error
 *
 * Returns: (transfer full) (nullable): `requests?…`, relative to the API base
 */
char *
tr_request_query_to_path (const TrRequestQuery  *query,
                          GError               **error)
{
  g_autoptr(GString) path = g_string_new ("requests");
  char number[32];

  if (query == NULL)
    return g_string_free (g_steal_pointer (&path), FALSE);
  if (!validate (query, error))
    return NULL;

  add_param (path, "view", query->view);
  add_param (path, "userId", query->user_id);
  g_snprintf (number, sizeof number, "%u", query->start);
  add_param (path, "start", query->start ? number : NULL);
  g_snprintf (number, sizeof number, "%u", query->limit);
  add_param (path, "limit", query->limit ? number : NULL);
  add_date (path, "modifiedBefore", query->modified_before);
  add_date (path, "modifiedAfter", query->modified_after);
  add_date (path, "approvedBefore", query->approved_before);
  add_date (path, "approvedAfter", query->approved_after);
  add_param (path, "sortField", query->sort_field);
  add_param (path, "sortOrder", query->sort_order);
  add_param (path, "includeDelegateApprovals", query->include_delegate_approvals ? "true" : NULL);
  return g_string_free (g_steal_pointer (&path), FALSE);
}
