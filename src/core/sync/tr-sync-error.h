/* tr-sync-error.h
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

#define TR_SYNC_ERROR (tr_sync_error_quark ())

/**
 * TrSyncError:
 * @TR_SYNC_ERROR_OFFLINE: the server cannot be reached; the outbox waits
 * @TR_SYNC_ERROR_INVALID: an argument or a stored object is not usable
 *   (e.g. no conflict to resolve, an unknown field)
 * @TR_SYNC_ERROR_NOT_SIGNED_IN: the account has no user; sign in first
 * @TR_SYNC_ERROR_MOVED: a queued workflow action was not sent: the request
 *   moved meanwhile (recalled, approved, sent back or canceled by someone
 *   else) or changed since the approver saw it (see tr-sync-moved.h)
 *
 * Errors of the sync engine. Errors of the client (%TR_API_ERROR) and of
 * the store (%TR_STORE_ERROR) are passed through unchanged.
 */
typedef enum
{
  TR_SYNC_ERROR_OFFLINE,
  TR_SYNC_ERROR_INVALID,
  TR_SYNC_ERROR_NOT_SIGNED_IN,
  TR_SYNC_ERROR_MOVED,
} TrSyncError;

GQuark tr_sync_error_quark (void);

G_END_DECLS
