/* tr-window-private.h
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

#include "tr-sidebar-row.h"
#include "tr-window.h"

G_BEGIN_DECLS

struct _TrWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwStatusPage        *welcome_page;
  AdwStatusPage        *progress_page;
  GtkSpinner           *progress_spinner;
  AdwLeaflet           *leaflet;
  GtkWidget            *content_box;
  AdwWindowTitle       *sidebar_title;
  AdwWindowTitle       *content_title;
  GtkListBox           *sidebar_list;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkRevealer          *offline_revealer;
  GtkSpinner           *sync_spinner;
  GtkStack             *content_stack;
  GtkListView          *request_list;
  AdwStatusPage        *empty_page;
  GtkSpinner           *loading_spinner;
  GtkProgressBar       *loading_progress;
  GMenu                *primary_menu;
  GtkMenuButton        *welcome_menu_button;
  GtkMenuButton        *sort_button;
  GMenuModel           *sort_menu;
  GMenu                *sort_section;       /* "Sort By" in the primary menu when folded */
  GtkMenuButton        *primary_menu_button;

  /* State */
  TrAccount            *account;
  GSettings            *settings;
  GCancellable         *cancellable;
  TrRequestFilter      *filter;
  TrRequestSorter      *sorter;
  GtkFilterListModel   *filter_model;
  GtkSortListModel     *sort_model;
  TrSidebarRow         *to_approve_row;
  GtkWidget            *request_pane;
  GtkWidget            *editor_pane;
  GBinding             *online_binding;
  GBinding             *syncing_binding;
  GBinding             *spinner_binding;
  GBinding             *count_binding;
  gulong                progress_id;
  gulong                loaded_id;
  gulong                authorizer_id;
  gulong                cached_id;
  guint                 sync_timeout_id;

  /* The "To approve" view (tr-window-approve.c) */
  struct _TrApprovalQueue *approval_queue;
  GCancellable         *approve_cancellable;
  char                 *pending_request_id;
};

void tr_window_class_init_template (GtkWidgetClass *widget_class);
void tr_window_init_list           (TrWindow       *self);
void tr_window_init_actions        (TrWindow       *self);
void tr_window_update_content      (TrWindow       *self);
void tr_window_close_request_pane  (TrWindow       *self);

G_END_DECLS
