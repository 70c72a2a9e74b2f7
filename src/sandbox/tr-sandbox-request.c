/* tr-sandbox-request.c
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

#define G_LOG_DOMAIN "tr-sandbox"

#include "tr-sandbox-request.h"

#include <glib/gi18n-lib.h>

#include "tr-sandbox-util.h"

#define COLUMNS "id, request_key, owner_id, policy_id, status, approver_id, created, modified," \
                " submitted, approved, closed, ever_sent_back, canceled_post_approval, step, header"

TrSandboxRequest *
tr_sandbox_request_new (const char *id,
                        const char *owner_id)
{
  TrSandboxRequest *self = g_new0 (TrSandboxRequest, 1);

  self->id = g_strdup (id);
  self->owner_id = g_strdup (owner_id);
  self->status = g_strdup ("NOT_SUBMITTED");
  self->created = tr_sandbox_now_timestamp ();
  self->modified = g_strdup (self->created);
  self->header_node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (self->header_node, json_object_new ());
  self->header = json_node_get_object (self->header_node);
  return self;
}

void
tr_sandbox_request_free (TrSandboxRequest *self)
{
  if (self == NULL)
    return;
  g_free (self->id);
  g_free (self->request_key);
  g_free (self->owner_id);
  g_free (self->policy_id);
  g_free (self->status);
  g_free (self->approver_id);
  g_free (self->created);
  g_free (self->modified);
  g_free (self->submitted);
  g_free (self->approved);
  g_clear_pointer (&self->header_node, json_node_unref);
  g_free (self);
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup (tr_sandbox_db_text (stmt, column));
}

TrSandboxRequest *
tr_sandbox_request_load (TrSandboxDb *db,
                         const char  *id)
{
  g_autoptr(sqlite3_stmt) stmt =
    tr_sandbox_db_query (db, "SELECT " COLUMNS " FROM requests WHERE id = ?", "s", id);
  g_autoptr(TrSandboxRequest) self = NULL;
  g_autoptr(JsonNode) header = NULL;

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  header = json_from_string (tr_sandbox_db_text (stmt, 14), NULL);
  if (header == NULL || !JSON_NODE_HOLDS_OBJECT (header))
    return NULL;
  self = g_new0 (TrSandboxRequest, 1);
  self->id = dup_column (stmt, 0);
  self->request_key = dup_column (stmt, 1);
  self->owner_id = dup_column (stmt, 2);
  self->policy_id = dup_column (stmt, 3);
  self->status = dup_column (stmt, 4);
  self->approver_id = dup_column (stmt, 5);
  self->created = dup_column (stmt, 6);
  self->modified = dup_column (stmt, 7);
  self->submitted = dup_column (stmt, 8);
  self->approved = dup_column (stmt, 9);
  self->closed = sqlite3_column_int (stmt, 10) != 0;
  self->ever_sent_back = sqlite3_column_int (stmt, 11) != 0;
  self->canceled_post_approval = sqlite3_column_int (stmt, 12) != 0;
  self->step = sqlite3_column_int64 (stmt, 13);
  self->header_node = g_steal_pointer (&header);
  self->header = json_node_get_object (self->header_node);
  return g_steal_pointer (&self);
}

gboolean
tr_sandbox_request_save (TrSandboxRequest *self,
                         TrSandboxDb      *db)
{
  g_autofree char *header = json_to_string (self->header_node, FALSE);
  const char *start_date = tr_sandbox_object_string (self->header, "startDate");

  return tr_sandbox_db_run (db,
    "INSERT OR REPLACE INTO requests (" COLUMNS ", start_date)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "ssssssssssiiiiss",
    self->id, self->request_key, self->owner_id, self->policy_id, self->status,
    self->approver_id, self->created, self->modified, self->submitted, self->approved,
    (gint64) self->closed, (gint64) self->ever_sent_back,
    (gint64) self->canceled_post_approval, self->step, header, start_date);
}

void
tr_sandbox_request_touch (TrSandboxRequest *self)
{
  g_free (self->modified);
  self->modified = tr_sandbox_now_timestamp ();
}

void
tr_sandbox_request_set_status (TrSandboxRequest *self,
                               const char       *status)
{
  g_free (self->status);
  self->status = g_strdup (status);
  tr_sandbox_request_touch (self);
}

/* Sub-resources (expenses, comments) count as a change of the Request. */
gboolean
tr_sandbox_request_touch_id (TrSandboxDb *db,
                             const char  *id)
{
  g_autofree char *now = tr_sandbox_now_timestamp ();

  return tr_sandbox_db_run (db, "UPDATE requests SET modified = ? WHERE id = ?", "ss", now, id);
}

const char *
tr_sandbox_request_status_name (const char *status)
{
  if (g_strcmp0 (status, "NOT_SUBMITTED") == 0)
    return C_("request status", "Not Submitted");
  if (g_strcmp0 (status, "SUBMITTED") == 0)
    return C_("request status", "Submitted & Pending Approval");
  if (g_strcmp0 (status, "SENTBACK") == 0)
    return C_("request status", "Sent Back to Employee");
  if (g_strcmp0 (status, "APPROVED") == 0)
    return C_("request status", "Approved");
  if (g_strcmp0 (status, "CANCELED") == 0)
    return C_("request status", "Canceled");
  return C_("request status", "Pending Booking");
}

/* The public key: 4 to 6 base-36 characters, unique per company. */
char *
tr_sandbox_request_new_key (TrSandboxDb *db)
{
  static const char digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  g_autofree char *stored = tr_sandbox_db_get_meta (db, "next_request_key");
  gint64 next = stored ? g_ascii_strtoll (stored, NULL, 10) : 4 * 36 * 36 * 36;
  char key[8];

  for (;; next++)
    {
      gint64 n = next;
      int i = 7;

      key[i] = '\0';
      do
        key[--i] = digits[n % 36];
      while ((n /= 36) > 0 && i > 0);
      if (tr_sandbox_db_count (db, "SELECT COUNT(*) FROM requests WHERE request_key = ?",
                               "s", key + i) == 0)
        {
          g_autofree char *after = g_strdup_printf ("%" G_GINT64_FORMAT, next + 1);
          tr_sandbox_db_set_meta (db, "next_request_key", after);
          return g_strdup (key + i);
        }
    }
}

/* Sum of the expected expenses, in minor units of the Request currency. */
gint64
tr_sandbox_request_total (TrSandboxDb *db,
                          const char  *id)
{
  return tr_sandbox_db_count (db, "SELECT COALESCE(SUM(posted_minor), 0) FROM expenses"
                                  " WHERE request_id = ?", "s", id);
}

char *
tr_sandbox_request_currency (TrSandboxDb *db,
                             const char  *owner_id)
{
  g_autoptr(sqlite3_stmt) stmt =
    tr_sandbox_db_query (db, "SELECT currency FROM users WHERE id = ?", "s", owner_id);

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return g_strdup ("USD");
  return g_strdup (tr_sandbox_db_text (stmt, 0));
}
