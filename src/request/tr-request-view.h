/* tr-request-view.h
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

#include <adwaita.h>

#include "tr-model.h"

G_BEGIN_DECLS

#define TR_TYPE_REQUEST_VIEW (tr_request_view_get_type ())

G_DECLARE_FINAL_TYPE (TrRequestView, tr_request_view, TR, REQUEST_VIEW, AdwBin)

GtkWidget  *tr_request_view_new              (void);
TrRequest  *tr_request_view_get_request      (TrRequestView *self);
void        tr_request_view_set_request      (TrRequestView *self,
                                              TrRequest     *request);
void        tr_request_view_set_expenses     (TrRequestView *self,
                                              GListModel    *expenses);
void        tr_request_view_set_comments     (TrRequestView *self,
                                              GListModel    *comments);
void        tr_request_view_set_exceptions   (TrRequestView *self,
                                              GListModel    *exceptions);
void        tr_request_view_set_policies     (TrRequestView *self,
                                              GListModel    *policies);
void        tr_request_view_set_travel_agencies (TrRequestView *self,
                                                 GListModel    *agencies);
char      **tr_request_view_dup_action_rels  (TrRequestView *self);
gboolean    tr_request_view_activate_action  (TrRequestView *self,
                                              const char    *rel);

G_END_DECLS
