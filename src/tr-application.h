/* tr-application.h
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

#include <adwaita.h>

#include "tr-account.h"

G_BEGIN_DECLS

#define TR_TYPE_APPLICATION (tr_application_get_type ())

G_DECLARE_FINAL_TYPE (TrApplication, tr_application, TR, APPLICATION, AdwApplication)

TrApplication *tr_application_new               (void);
GMenuModel    *tr_application_get_accounts_menu (TrApplication *self);
GListModel    *tr_application_get_accounts      (TrApplication *self);
TrAccount     *tr_application_get_account       (TrApplication *self);
void           tr_application_add_account       (TrApplication *self,
                                                 TrAccount     *account);
void           tr_application_sign_out          (TrApplication *self);
void           tr_application_start_demo        (TrApplication *self,
                                                 const char    *login);

G_END_DECLS
