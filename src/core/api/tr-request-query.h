/* tr-request-query.h
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

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * TrRequestQuery:
 * @view: (nullable): `ALL`, `ACTIVE`, `UNSUBMITTED`, `TOAPPROVE`… (server
 *   default `ALL`)
 * @user_id: (nullable): whose Requests (owner, approver or agent)
 * @start: index of the first Request
 * @limit: page size, 1 to 100, or 0 for the server default
 * @modified_before: (nullable): filter on the last modification
 * @modified_after: (nullable): filter on the last modification
 * @approved_before: (nullable): filter on the approval date
 * @approved_after: (nullable): filter on the approval date
 * @sort_field: (nullable): `startDate`, `approvalStatus` or `requestId`
 * @sort_order: (nullable): `ASC` or `DESC`
 * @include_delegate_approvals: also list Requests delegated to the user
 *
 * The query parameters of `GET /requests`.
 */
typedef struct
{
  char      *view;
  char      *user_id;
  guint      start;
  guint      limit;
  GDateTime *modified_before;
  GDateTime *modified_after;
  GDateTime *approved_before;
  GDateTime *approved_after;
  char      *sort_field;
  char      *sort_order;
  gboolean   include_delegate_approvals;
} TrRequestQuery;

TrRequestQuery *tr_request_query_new     (void);
void            tr_request_query_free    (TrRequestQuery        *query);
char           *tr_request_query_to_path (const TrRequestQuery  *query,
                                          GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrRequestQuery, tr_request_query_free)

G_END_DECLS
