/* tr-application-private.h
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

#include "tr-account-store.h"
#include "tr-application.h"
#include "tr-demo.h"
#include "tr-window.h"

G_BEGIN_DECLS

struct _TrApplication
{
  AdwApplication  parent_instance;

  GListStore     *accounts;
  TrAccount      *account;
  GMenu          *accounts_menu;
  TrAccountStore *account_store;
  TrDemo         *demo;
  GHashTable     *demo_accounts;  /* login → TrAccount, shown before signed in */
  GCancellable   *cancellable;
  GSettings      *settings;
  struct _TrApplicationNotify *notify;  /* tr-application-notify.c */
};

TrWindow  *tr_application_get_window           (TrApplication *self);
void       tr_application_show_error           (TrApplication *self,
                                                const char    *message);
TrAccount *tr_application_find_account         (TrApplication *self,
                                                const char    *key);
void       tr_application_update_accounts_menu (TrApplication *self);
void       tr_application_set_current          (TrApplication *self,
                                                TrAccount     *account);
void       tr_application_add_signed_in        (TrApplication *self,
                                                TrAccount     *account);
void       tr_application_restore_accounts     (TrApplication *self);
void       tr_application_prepare_demo         (TrApplication *self);

G_END_DECLS
