/* tr-approval-poller.h
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

#include <gio/gio.h>

#include "tr-client.h"
#include "tr-notifier.h"

G_BEGIN_DECLS

#define TR_TYPE_APPROVAL_POLLER (tr_approval_poller_get_type ())

G_DECLARE_FINAL_TYPE (TrApprovalPoller, tr_approval_poller, TR, APPROVAL_POLLER, GObject)

TrApprovalPoller *tr_approval_poller_new         (TrClient          *client,
                                                  TrNotifier        *notifier,
                                                  const char        *user_id);
TrNotifier       *tr_approval_poller_get_notifier (TrApprovalPoller *self);
gboolean          tr_approval_poller_get_running (TrApprovalPoller  *self);
void              tr_approval_poller_start       (TrApprovalPoller  *self);
void              tr_approval_poller_stop        (TrApprovalPoller  *self);
void              tr_approval_poller_poll_async  (TrApprovalPoller  *self,
                                                  GCancellable      *cancellable,
                                                  GAsyncReadyCallback callback,
                                                  gpointer           user_data);
gboolean          tr_approval_poller_poll_finish (TrApprovalPoller  *self,
                                                  GAsyncResult      *result,
                                                  GError           **error);

G_END_DECLS
