/* tr-oauth-token.h
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

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/**
 * TrOAuthToken:
 * @access_token: the Bearer token
 * @refresh_token: (nullable): the refresh token, possibly rotated
 * @geolocation: (nullable): the base URL the user's data lives on
 * @user_id: (nullable): the `sub` claim of the `id_token`
 * @scope: (nullable): the granted scopes
 * @expires_in: lifetime of @access_token in seconds
 * @refresh_expires_at: expiry of @refresh_token, Unix seconds, or 0
 *
 * A parsed response of the Concur token endpoint (`/oauth2/v0/token`).
 */
typedef struct
{
  char   *access_token;
  char   *refresh_token;
  char   *geolocation;
  char   *user_id;
  char   *scope;
  gint64  expires_in;
  gint64  refresh_expires_at;
} TrOAuthToken;

TrOAuthToken *tr_oauth_token_new_from_json (JsonNode      *node,
                                            gint64         now,
                                            GError       **error);
void          tr_oauth_token_free          (TrOAuthToken  *token);
char         *tr_jwt_dup_subject           (const char    *jwt,
                                            GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrOAuthToken, tr_oauth_token_free)

G_END_DECLS
