/* tr-request-sorter.h
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
 * TrRequestSortKey:
 * @TR_REQUEST_SORT_START_DATE: by start date (requests without one last)
 * @TR_REQUEST_SORT_STATUS: by approval status (drafts first), then start date
 * @TR_REQUEST_SORT_REQUEST_ID: by request id (`333T`), shorter ids first
 *
 * How the list of requests is sorted.
 */
typedef enum
{
  TR_REQUEST_SORT_START_DATE,
  TR_REQUEST_SORT_STATUS,
  TR_REQUEST_SORT_REQUEST_ID,
} TrRequestSortKey;

#define TR_TYPE_REQUEST_SORT_KEY (tr_request_sort_key_get_type ())
GType tr_request_sort_key_get_type (void);

#define TR_TYPE_REQUEST_SORTER (tr_request_sorter_get_type ())

G_DECLARE_FINAL_TYPE (TrRequestSorter, tr_request_sorter, TR, REQUEST_SORTER, GtkSorter)

TrRequestSorter  *tr_request_sorter_new            (void);
TrRequestSortKey  tr_request_sorter_get_key        (TrRequestSorter  *self);
void              tr_request_sorter_set_key        (TrRequestSorter  *self,
                                                    TrRequestSortKey  key);
gboolean          tr_request_sorter_get_descending (TrRequestSorter  *self);
void              tr_request_sorter_set_descending (TrRequestSorter  *self,
                                                    gboolean          descending);

G_END_DECLS
