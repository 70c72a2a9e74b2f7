/* tr-sandbox-request.h
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

#include "tr-sandbox-db.h"

G_BEGIN_DECLS

/* One stored Request: workflow columns plus the writable header (JSON). */
typedef struct
{
  char       *id;
  char       *request_key;
  char       *owner_id;
  char       *policy_id;
  char       *status;
  char       *approver_id;
  char       *created;
  char       *modified;
  char       *submitted;
  char       *approved;
  gboolean    closed;
  gboolean    ever_sent_back;
  gboolean    canceled_post_approval;
  gint64      step;
  JsonNode   *header_node;
  JsonObject *header;       /* borrowed from header_node */
} TrSandboxRequest;

TrSandboxRequest *tr_sandbox_request_new        (const char       *id,
                                                 const char       *owner_id);
TrSandboxRequest *tr_sandbox_request_load       (TrSandboxDb      *db,
                                                 const char       *id);
void              tr_sandbox_request_free       (TrSandboxRequest *self);
gboolean          tr_sandbox_request_save       (TrSandboxRequest *self,
                                                 TrSandboxDb      *db);
void              tr_sandbox_request_touch      (TrSandboxRequest *self);
void              tr_sandbox_request_set_status (TrSandboxRequest *self,
                                                 const char       *status);
gboolean          tr_sandbox_request_touch_id   (TrSandboxDb      *db,
                                                 const char       *id);
const char       *tr_sandbox_request_status_name (const char      *status);
char             *tr_sandbox_request_new_key    (TrSandboxDb      *db);
gint64            tr_sandbox_request_total      (TrSandboxDb      *db,
                                                 const char       *id);
char             *tr_sandbox_request_currency   (TrSandboxDb      *db,
                                                 const char       *owner_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrSandboxRequest, tr_sandbox_request_free)

G_END_DECLS
