/* tr-account-record.h
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

#include <glib.h>

G_BEGIN_DECLS

/**
 * TrAccountRecord:
 * @user_id: the Concur user id (the `sub` of the id_token)
 * @base_url: the configured base URL (data center or custom)
 * @refresh_token: the current refresh token
 * @geolocation: (nullable): the base URL the account's data lives on
 * @display_name: (nullable): the name shown for the account
 * @client_id: (nullable): the OAuth client (application) id the account
 *   signed in with; needed to refresh its tokens after a restart
 * @client_secret: (nullable): the OAuth client secret, if any
 *
 * What is kept in the keyring for one account, as one item: the base URL
 * and user id are its attributes, everything else is in its secret (never
 * on disk in clear). The access token is never kept.
 */
typedef struct
{
  char *user_id;
  char *base_url;
  char *refresh_token;
  char *geolocation;
  char *display_name;
  char *client_id;
  char *client_secret;
} TrAccountRecord;

TrAccountRecord *tr_account_record_new         (const char             *user_id,
                                                const char             *base_url,
                                                const char             *refresh_token,
                                                const char             *geolocation,
                                                const char             *display_name);
void             tr_account_record_set_client  (TrAccountRecord        *record,
                                                const char             *client_id,
                                                const char             *client_secret);
gboolean         tr_account_record_can_restore (const TrAccountRecord  *record);
TrAccountRecord *tr_account_record_copy        (const TrAccountRecord  *record);
void             tr_account_record_free        (TrAccountRecord        *record);
char            *tr_account_record_to_secret   (const TrAccountRecord  *record);
TrAccountRecord *tr_account_record_new_from_secret (const char         *secret,
                                                    const char         *base_url,
                                                    GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrAccountRecord, tr_account_record_free)

G_END_DECLS
