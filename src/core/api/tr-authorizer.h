/* tr-authorizer.h
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

/**
 * TrDataCenter:
 * @TR_DATA_CENTER_US: `https://us.api.concursolutions.com`
 * @TR_DATA_CENTER_EMEA: `https://emea.api.concursolutions.com`
 * @TR_DATA_CENTER_CHINA: `https://cn.api.concurcdc.cn`
 * @TR_DATA_CENTER_CUSTOM: a base URL given by the user (e.g. tr-sandbox)
 */
typedef enum
{
  TR_DATA_CENTER_US,
  TR_DATA_CENTER_EMEA,
  TR_DATA_CENTER_CHINA,
  TR_DATA_CENTER_CUSTOM,
} TrDataCenter;

#define TR_TYPE_DATA_CENTER (tr_data_center_get_type ())
GType tr_data_center_get_type (void);

/**
 * TrClockFunc:
 * @user_data: data given to tr_authorizer_set_clock()
 *
 * Returns: the wall-clock time in microseconds, like g_get_real_time()
 */
typedef gint64 (*TrClockFunc) (gpointer user_data);

#define TR_TYPE_AUTHORIZER (tr_authorizer_get_type ())

G_DECLARE_FINAL_TYPE (TrAuthorizer, tr_authorizer, TR, AUTHORIZER, GObject)

TrAuthorizer *tr_authorizer_new                      (TrDataCenter          data_center,
                                                      const char           *base_url,
                                                      const char           *client_id,
                                                      const char           *client_secret);
TrDataCenter  tr_authorizer_get_data_center          (TrAuthorizer         *self);
const char   *tr_authorizer_get_base_url             (TrAuthorizer         *self);
const char   *tr_authorizer_get_client_id            (TrAuthorizer         *self);
const char   *tr_authorizer_get_scope                (TrAuthorizer         *self);
void          tr_authorizer_set_scope                (TrAuthorizer         *self,
                                                      const char           *scope);
const char   *tr_authorizer_get_geolocation          (TrAuthorizer         *self);
const char   *tr_authorizer_get_user_id              (TrAuthorizer         *self);
gboolean      tr_authorizer_get_signed_in            (TrAuthorizer         *self);
char         *tr_authorizer_dup_refresh_token        (TrAuthorizer         *self);
gint64        tr_authorizer_get_refresh_expires_at   (TrAuthorizer         *self);
void          tr_authorizer_restore                  (TrAuthorizer         *self,
                                                      const char           *refresh_token,
                                                      const char           *geolocation,
                                                      const char           *user_id);
void          tr_authorizer_sign_out                 (TrAuthorizer         *self);
void          tr_authorizer_set_clock                (TrAuthorizer         *self,
                                                      TrClockFunc           clock,
                                                      gpointer              user_data);
void          tr_authorizer_invalidate_access_token  (TrAuthorizer         *self,
                                                      const char           *access_token);

void          tr_authorizer_ensure_token_async       (TrAuthorizer         *self,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
char         *tr_authorizer_ensure_token_finish      (TrAuthorizer         *self,
                                                      GAsyncResult         *result,
                                                      GError              **error);
void          tr_authorizer_sign_in_password_async   (TrAuthorizer         *self,
                                                      const char           *username,
                                                      const char           *password,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
gboolean      tr_authorizer_sign_in_password_finish  (TrAuthorizer         *self,
                                                      GAsyncResult         *result,
                                                      GError              **error);
void          tr_authorizer_sign_in_browser_async    (TrAuthorizer         *self,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
gboolean      tr_authorizer_sign_in_browser_finish   (TrAuthorizer         *self,
                                                      GAsyncResult         *result,
                                                      GError              **error);

G_END_DECLS
