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
 *
 * What is kept in the keyring for one account. The access token never is.
 */
typedef struct
{
  char *user_id;
  char *base_url;
  char *refresh_token;
  char *geolocation;
  char *display_name;
} TrAccountRecord;

TrAccountRecord *tr_account_record_new         (const char             *user_id,
                                                const char             *base_url,
                                                const char             *refresh_token,
                                                const char             *geolocation,
                                                const char             *display_name);
TrAccountRecord *tr_account_record_copy        (const TrAccountRecord  *record);
void             tr_account_record_free        (TrAccountRecord        *record);
char            *tr_account_record_to_secret   (const TrAccountRecord  *record);
TrAccountRecord *tr_account_record_new_from_secret (const char         *secret,
                                                    const char         *base_url,
                                                    GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrAccountRecord, tr_account_record_free)

G_END_DECLS
