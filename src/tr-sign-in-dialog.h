/* tr-sign-in-dialog.h
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

#include "tr-authorizer.h"

G_BEGIN_DECLS

#define TR_TYPE_SIGN_IN_DIALOG (tr_sign_in_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TrSignInDialog, tr_sign_in_dialog, TR, SIGN_IN_DIALOG, AdwWindow)

TrSignInDialog *tr_sign_in_dialog_new         (GtkWindow      *parent);
void            tr_sign_in_dialog_fill        (TrSignInDialog *self,
                                               TrDataCenter    data_center,
                                               const char     *custom_url,
                                               const char     *client_id,
                                               const char     *client_secret,
                                               const char     *username);
const char     *tr_sign_in_dialog_get_error   (TrSignInDialog *self);
gboolean        tr_sign_in_dialog_get_busy    (TrSignInDialog *self);
const char     *tr_sign_in_dialog_get_client_secret (TrSignInDialog *self);

G_END_DECLS
