/* tr-send-back-dialog.h
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

G_BEGIN_DECLS

#define TR_TYPE_SEND_BACK_DIALOG (tr_send_back_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TrSendBackDialog, tr_send_back_dialog, TR, SEND_BACK_DIALOG, AdwMessageDialog)

GtkWidget  *tr_send_back_dialog_new          (GtkWindow        *parent,
                                              const char       *request_name);
char       *tr_send_back_dialog_dup_comment  (TrSendBackDialog *self);
void        tr_send_back_dialog_set_comment  (TrSendBackDialog *self,
                                              const char       *comment);
gboolean    tr_send_back_dialog_get_can_send (TrSendBackDialog *self);
const char *tr_send_back_dialog_get_hint     (TrSendBackDialog *self);

G_END_DECLS
