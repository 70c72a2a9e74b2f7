/* tr-request-editor-private.h
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

#include "tr-request-editor.h"

G_BEGIN_DECLS

#define TR_EDITOR_N_FIELDS (TR_EDITOR_FIELD_COMMENT + 1)

struct _TrRequestEditor
{
  AdwBin               parent_instance;

  AdwEntryRow         *name_row;
  AdwEntryRow         *purpose_row;
  AdwEntryRow         *start_date_row;
  AdwEntryRow         *start_time_row;
  AdwEntryRow         *end_date_row;
  AdwEntryRow         *end_time_row;
  AdwEntryRow         *destination_row;
  AdwComboRow         *policy_row;
  AdwComboRow         *agency_row;
  AdwPreferencesGroup *custom_group;
  AdwEntryRow         *comment_row;
  GtkLabel            *general_message;
  AdwPreferencesGroup *expenses_group;

  GtkWidget           *rows[TR_EDITOR_N_FIELDS];
  GtkLabel            *messages[TR_EDITOR_N_FIELDS];
  char                *server_messages[TR_EDITOR_N_FIELDS];
  guint                touched;
  GPtrArray           *custom_rows;

  GtkPopover          *suggestions_popover;
  GtkListBox          *suggestions_list;
  GListModel          *suggestions;
  TrLocationProvider  *provider;
  GCancellable        *search_cancellable;
  guint                search_id;

  GListStore          *expenses;
  GPtrArray           *expense_rows;
  GtkWindow           *dialog;
  char                *currency;

  TrRequest           *request;
  TrLocation          *destination;
  GListModel          *policies;
  GListModel          *agencies;
  gboolean             loading;
  gboolean             modified;
};

enum {
  TR_REQUEST_EDITOR_SAVE_REQUESTED,
  TR_REQUEST_EDITOR_CLOSED,
  TR_REQUEST_EDITOR_N_SIGNALS
};

extern guint tr_request_editor_signals[TR_REQUEST_EDITOR_N_SIGNALS];

void     tr_request_editor_setup_search   (TrRequestEditor *self);
void     tr_request_editor_search_changed (TrRequestEditor *self);
void     tr_request_editor_stop_search    (TrRequestEditor *self);
void     tr_request_editor_install_expense_actions (GtkWidgetClass *widget_class);
void     tr_request_editor_setup_expenses (TrRequestEditor *self);
void     tr_request_editor_clear_expenses (TrRequestEditor *self);
void     tr_request_editor_set_modified   (TrRequestEditor *self,
                                           gboolean         modified);
gboolean tr_request_editor_check          (TrRequestEditor *self,
                                           gboolean         all);

G_END_DECLS
