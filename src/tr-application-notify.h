/* tr-application-notify.h
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

#include "tr-application.h"
#include "tr-notifier.h"

G_BEGIN_DECLS

TrNotifier *tr_application_get_notifier   (TrApplication  *self,
                                           TrAccount      *account);
gboolean    tr_application_send_notice    (TrApplication  *self,
                                           TrAccount      *account,
                                           const TrNotice *notice);
void        tr_application_open_request   (TrApplication  *self,
                                           const char     *request_id);
gboolean    tr_application_get_held       (TrApplication  *self);

/* Hooks of TrApplication itself (tr-application.c). */
void        tr_application_notify_startup  (TrApplication  *self);
void        tr_application_notify_shutdown (TrApplication  *self);

G_END_DECLS
