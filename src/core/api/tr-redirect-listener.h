/* tr-redirect-listener.h
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
 * along with this program.  If not, see <https://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define TR_TYPE_REDIRECT_LISTENER (tr_redirect_listener_get_type ())

G_DECLARE_FINAL_TYPE (TrRedirectListener, tr_redirect_listener, TR, REDIRECT_LISTENER, GObject)

TrRedirectListener *tr_redirect_listener_new              (const char          *state,
                                                           GError             **error);
const char         *tr_redirect_listener_get_redirect_uri (TrRedirectListener  *self);
void                tr_redirect_listener_wait_async       (TrRedirectListener  *self,
                                                           GCancellable        *cancellable,
                                                           GAsyncReadyCallback  callback,
                                                           gpointer             user_data);
char               *tr_redirect_listener_wait_finish      (TrRedirectListener  *self,
                                                           GAsyncResult        *result,
                                                           GError             **error);

G_END_DECLS
