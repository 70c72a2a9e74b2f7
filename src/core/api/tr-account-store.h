/* tr-account-store.h
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

#include "tr-account-record.h"

G_BEGIN_DECLS

#define TR_TYPE_ACCOUNT_STORE (tr_account_store_get_type ())

G_DECLARE_FINAL_TYPE (TrAccountStore, tr_account_store, TR, ACCOUNT_STORE, GObject)

TrAccountStore  *tr_account_store_new          (void);
void             tr_account_store_save_async   (TrAccountStore         *self,
                                                const TrAccountRecord  *record,
                                                GCancellable           *cancellable,
                                                GAsyncReadyCallback     callback,
                                                gpointer                user_data);
gboolean         tr_account_store_save_finish  (TrAccountStore         *self,
                                                GAsyncResult           *result,
                                                GError                **error);
void             tr_account_store_lookup_async (TrAccountStore         *self,
                                                const char             *user_id,
                                                const char             *base_url,
                                                GCancellable           *cancellable,
                                                GAsyncReadyCallback     callback,
                                                gpointer                user_data);
TrAccountRecord *tr_account_store_lookup_finish (TrAccountStore        *self,
                                                 GAsyncResult          *result,
                                                 GError               **error);
void             tr_account_store_list_async   (TrAccountStore         *self,
                                                GCancellable           *cancellable,
                                                GAsyncReadyCallback     callback,
                                                gpointer                user_data);
GPtrArray       *tr_account_store_list_finish  (TrAccountStore         *self,
                                                GAsyncResult           *result,
                                                GError                **error);
void             tr_account_store_delete_async (TrAccountStore         *self,
                                                const char             *user_id,
                                                const char             *base_url,
                                                GCancellable           *cancellable,
                                                GAsyncReadyCallback     callback,
                                                gpointer                user_data);
gboolean         tr_account_store_delete_finish (TrAccountStore        *self,
                                                 GAsyncResult          *result,
                                                 GError               **error);

G_END_DECLS
