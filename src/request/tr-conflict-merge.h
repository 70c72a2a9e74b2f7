/* tr-conflict-merge.h
 *
 * Copyright 2026 The Travel Requests authors
 *
 * This program is free software: you can redistribute it and/or modify it
 * under the terms of the GNU General Public License as published by the Free
 * Software Foundation, either version 3 of the License, or (at your option)
 * any later version. See <https://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Field-by-field comparison and merge of two versions of a request (the
 * local edit and the server's), on their JSON. GTK-free. */

/**
 * TrConflictSide:
 * @TR_CONFLICT_SIDE_NONE: not chosen yet
 * @TR_CONFLICT_SIDE_LOCAL: keep the value edited on this computer
 * @TR_CONFLICT_SIDE_SERVER: take the value on the server
 */
typedef enum
{
  TR_CONFLICT_SIDE_NONE,
  TR_CONFLICT_SIDE_LOCAL,
  TR_CONFLICT_SIDE_SERVER,
} TrConflictSide;

char      **tr_conflict_find_members (JsonObject  *local,
                                      JsonObject  *server);
const char *tr_conflict_member_label (const char  *member);
char       *tr_conflict_describe     (JsonNode    *value);
JsonNode   *tr_conflict_merge        (JsonObject  *local,
                                      JsonObject  *server,
                                      GHashTable  *choices);

G_END_DECLS
