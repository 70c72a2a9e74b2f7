/* tr-request-page.h
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

#pragma once

#include "tr-resource.h"
#include "tr-amount.h"
#include "tr-operation.h"
#include "tr-request.h"

G_BEGIN_DECLS

#define TR_TYPE_REQUEST_PAGE (tr_request_page_get_type ())

/**
 * TrRequestPage:
 *
 * One page of GET /requests: `{data, operations}`; a bare array is accepted as `data`.
 */
G_DECLARE_FINAL_TYPE (TrRequestPage, tr_request_page, TR, REQUEST_PAGE, TrResource)

TrRequestPage *tr_request_page_new             (void);
TrRequestPage *tr_request_page_new_from_json   (JsonNode  *node,
                                                GError   **error);
TrRequestPage *tr_request_page_new_from_string (const char  *json,
                                                GError     **error);
JsonNode      *tr_request_page_to_json         (TrRequestPage *self,
                                                TrJsonPurpose  purpose);
TrRequestPage *tr_request_page_copy            (TrRequestPage  *self,
                                                GError        **error);
GListModel    *tr_request_page_get_data        (TrRequestPage *self);
GListModel    *tr_request_page_get_operations  (TrRequestPage *self);

const char     *tr_request_page_get_operation_href (TrRequestPage *self,
                                                    const char    *rel);
const char     *tr_request_page_get_first_href     (TrRequestPage *self);
const char     *tr_request_page_get_prev_href      (TrRequestPage *self);
const char     *tr_request_page_get_next_href      (TrRequestPage *self);
const char     *tr_request_page_get_last_href      (TrRequestPage *self);

G_END_DECLS
