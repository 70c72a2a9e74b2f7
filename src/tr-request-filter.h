/* tr-request-filter.h
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

#pragma once

#include <gtk/gtk.h>

#include "tr-request-item.h"

G_BEGIN_DECLS

/**
 * TrRequestFolder:
 * @TR_REQUEST_FOLDER_ALL: every request of the user
 * @TR_REQUEST_FOLDER_ACTIVE: neither canceled nor closed
 * @TR_REQUEST_FOLDER_DRAFTS: not submitted yet, sent back, or local only
 * @TR_REQUEST_FOLDER_PENDING: submitted, waiting for approval
 * @TR_REQUEST_FOLDER_APPROVED: approved (or waiting for booking), not closed
 * @TR_REQUEST_FOLDER_CLOSED: canceled, or closed
 * @TR_REQUEST_FOLDER_TO_APPROVE: other people's requests waiting for the
 *   user's approval
 *
 * The views of the sidebar. The values and nicks are those of the
 * `last-view` GSettings key.
 */
typedef enum
{
  TR_REQUEST_FOLDER_ALL,
  TR_REQUEST_FOLDER_ACTIVE,
  TR_REQUEST_FOLDER_DRAFTS,
  TR_REQUEST_FOLDER_PENDING,
  TR_REQUEST_FOLDER_APPROVED,
  TR_REQUEST_FOLDER_CLOSED,
  TR_REQUEST_FOLDER_TO_APPROVE,
} TrRequestFolder;

#define TR_TYPE_REQUEST_FOLDER (tr_request_folder_get_type ())
GType tr_request_folder_get_type (void);

#define TR_TYPE_REQUEST_FILTER (tr_request_filter_get_type ())

G_DECLARE_FINAL_TYPE (TrRequestFilter, tr_request_filter, TR, REQUEST_FILTER, GtkFilter)

TrRequestFilter *tr_request_filter_new             (void);
TrRequestFolder  tr_request_filter_get_folder      (TrRequestFilter *self);
void             tr_request_filter_set_folder      (TrRequestFilter *self,
                                                    TrRequestFolder  folder);
const char      *tr_request_filter_get_search_text (TrRequestFilter *self);
void             tr_request_filter_set_search_text (TrRequestFilter *self,
                                                    const char      *text);

gboolean         tr_request_folder_contains        (TrRequestFolder  folder,
                                                    TrRequestItem   *item);

G_END_DECLS
