/* tr-sync-moved.h
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
 * TrSyncMove:
 * @TR_SYNC_MOVE_NONE: the request still waits for the action: send it
 * @TR_SYNC_MOVE_DONE: the request is already where the action leads and
 *   an earlier attempt of ours was sent: that attempt took effect
 * @TR_SYNC_MOVE_RECALLED: the traveler recalled the request
 * @TR_SYNC_MOVE_APPROVED: someone else approved it (or it went on to the
 *   next approval step)
 * @TR_SYNC_MOVE_SENT_BACK: someone else sent it back to the traveler
 * @TR_SYNC_MOVE_RETURNED: it is back with the traveler, sent back or
 *   recalled (the server does not tell which)
 * @TR_SYNC_MOVE_CANCELED: it was canceled
 * @TR_SYNC_MOVE_CHANGED: it still waits for the approval, but its version
 *   is not the one the approver saw
 * @TR_SYNC_MOVE_OTHER: it no longer allows the action for another reason
 *
 * What became of a request between the moment a workflow action was
 * decided and the moment it is replayed.
 */
typedef enum
{
  TR_SYNC_MOVE_NONE,
  TR_SYNC_MOVE_DONE,
  TR_SYNC_MOVE_RECALLED,
  TR_SYNC_MOVE_APPROVED,
  TR_SYNC_MOVE_SENT_BACK,
  TR_SYNC_MOVE_RETURNED,
  TR_SYNC_MOVE_CANCELED,
  TR_SYNC_MOVE_CHANGED,
  TR_SYNC_MOVE_OTHER,
} TrSyncMove;

TrSyncMove  tr_sync_judge_action     (const char  *action,
                                      JsonNode    *seen,
                                      JsonNode    *current,
                                      const char  *user_id,
                                      gboolean     attempted);
char       *tr_sync_move_describe    (TrSyncMove   move,
                                      const char  *action,
                                      JsonNode    *current);
gboolean    tr_sync_move_set_error   (TrSyncMove   move,
                                      const char  *action,
                                      JsonNode    *current,
                                      GError     **error);
JsonNode   *tr_sync_seen_version_new (const char  *last_modified,
                                      gboolean     ever_sent_back,
                                      gboolean     sent);

G_END_DECLS
