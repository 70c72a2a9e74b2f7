/* tr-request-editor.h
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

#include "tr-location-provider.h"
#include "tr-model.h"
#include "tr-request-format.h"
#include "tr-request-validation.h"

G_BEGIN_DECLS

#define TR_TYPE_REQUEST_EDITOR (tr_request_editor_get_type ())

G_DECLARE_FINAL_TYPE (TrRequestEditor, tr_request_editor, TR, REQUEST_EDITOR, AdwBin)

GtkWidget  *tr_request_editor_new                   (void);
TrRequest  *tr_request_editor_get_request           (TrRequestEditor    *self);
void        tr_request_editor_set_request           (TrRequestEditor    *self,
                                                     TrRequest          *request);
void        tr_request_editor_set_location_provider (TrRequestEditor    *self,
                                                     TrLocationProvider *provider);
void        tr_request_editor_set_policies          (TrRequestEditor    *self,
                                                     GListModel         *policies);
void        tr_request_editor_set_travel_agencies   (TrRequestEditor    *self,
                                                     GListModel         *agencies);
GListModel *tr_request_editor_get_suggestions       (TrRequestEditor    *self);
void        tr_request_editor_choose_destination    (TrRequestEditor    *self,
                                                     TrLocation         *location);
void        tr_request_editor_set_expenses          (TrRequestEditor    *self,
                                                     GListModel         *expenses);
GListModel *tr_request_editor_get_expenses          (TrRequestEditor    *self);
void        tr_request_editor_set_currency          (TrRequestEditor    *self,
                                                     const char         *currency);
GtkWidget  *tr_request_editor_add_segment           (TrRequestEditor    *self,
                                                     TrSegmentKind       kind);
GtkWidget  *tr_request_editor_add_expense           (TrRequestEditor    *self);
gboolean    tr_request_editor_is_modified           (TrRequestEditor    *self);
gboolean    tr_request_editor_validate              (TrRequestEditor    *self);
gboolean    tr_request_editor_save                  (TrRequestEditor    *self);
void        tr_request_editor_request_close         (TrRequestEditor    *self);
void        tr_request_editor_show_server_error     (TrRequestEditor    *self,
                                                     const GError       *error);
GtkWidget  *tr_request_editor_get_field_widget      (TrRequestEditor    *self,
                                                     TrEditorField       field);
const char *tr_request_editor_get_field_message     (TrRequestEditor    *self,
                                                     TrEditorField       field);

G_END_DECLS
