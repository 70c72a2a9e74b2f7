/* tr-authorizer-private.h
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

#include <libsoup/soup.h>

#include "tr-authorizer.h"
#include "tr-oauth-token.h"

G_BEGIN_DECLS

/* Shared between tr-authorizer.c and tr-authorizer-sign-in.c only. */

const char   *_tr_authorizer_get_client_secret     (TrAuthorizer         *self);
SoupSession  *_tr_authorizer_get_session           (TrAuthorizer         *self);
gint64        _tr_authorizer_now                   (TrAuthorizer         *self);
char         *_tr_authorizer_dup_authorize_url     (TrAuthorizer         *self,
                                                    const char           *redirect_uri,
                                                    const char           *state);
gboolean      _tr_authorizer_emit_launch_uri       (TrAuthorizer         *self,
                                                    const char           *uri);
void          _tr_authorizer_apply_token           (TrAuthorizer         *self,
                                                    const TrOAuthToken   *token);
void          _tr_authorizer_token_request_async   (TrAuthorizer         *self,
                                                    const char           *base,
                                                    char                 *form,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
TrOAuthToken *_tr_authorizer_token_request_finish  (TrAuthorizer         *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);

G_END_DECLS
