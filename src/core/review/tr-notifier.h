/* tr-notifier.h
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

#include "tr-request.h"
#include "tr-review-error.h"

G_BEGIN_DECLS

/**
 * TrNotifierClockFunc:
 * @user_data: the data given with the function
 *
 * Returns: (transfer full): the current time
 */
typedef GDateTime *(*TrNotifierClockFunc) (gpointer user_data);

/**
 * TrNotice:
 * @id: the notification's id, for g_application_send_notification():
 *   one per request and kind, so a newer notice replaces an older one
 * @request_id: the request it is about
 * @title: translated title
 * @body: translated body (the approver's comment for a request sent back)
 * @action: the default action, `app.open-request`, whose target is
 *   @request_id
 * @priority: the priority
 *
 * A notification decided by #TrNotifier, as data (GNotification has no
 * getters); tr_notice_to_notification() builds the #GNotification.
 */
typedef struct
{
  char                  *id;
  char                  *request_id;
  char                  *title;
  char                  *body;
  char                  *action;
  GNotificationPriority  priority;
} TrNotice;

#define TR_TYPE_NOTICE (tr_notice_get_type ())

GType          tr_notice_get_type         (void) G_GNUC_CONST;
TrNotice      *tr_notice_copy             (const TrNotice *self);
void           tr_notice_free             (TrNotice       *self);
GNotification *tr_notice_to_notification  (const TrNotice *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrNotice, tr_notice_free)

#define TR_TYPE_NOTIFIER (tr_notifier_get_type ())

G_DECLARE_FINAL_TYPE (TrNotifier, tr_notifier, TR, NOTIFIER, GObject)

TrNotifier *tr_notifier_new                (const char     *user_id);
const char *tr_notifier_get_user_id        (TrNotifier     *self);
guint       tr_notifier_get_interval       (TrNotifier     *self);
void        tr_notifier_set_interval       (TrNotifier     *self,
                                            guint           seconds);
void        tr_notifier_set_clock          (TrNotifier     *self,
                                            TrNotifierClockFunc     clock,
                                            gpointer        user_data,
                                            GDestroyNotify  destroy);
GDateTime  *tr_notifier_dup_now            (TrNotifier     *self);
gboolean    tr_notifier_poll_due           (TrNotifier     *self);
GDateTime  *tr_notifier_begin_poll         (TrNotifier     *self);
void        tr_notifier_end_poll           (TrNotifier     *self,
                                            gboolean        success);
GDateTime  *tr_notifier_get_modified_after (TrNotifier     *self);
guint       tr_notifier_feed_to_approve    (TrNotifier     *self,
                                            GListModel     *requests);
gboolean    tr_notifier_wants_comment      (TrNotifier     *self,
                                            TrRequest      *request);
gboolean    tr_notifier_feed_own           (TrNotifier     *self,
                                            TrRequest      *request,
                                            const char     *comment);
char       *tr_notifier_dup_state          (TrNotifier     *self);
gboolean    tr_notifier_load_state         (TrNotifier     *self,
                                            const char     *state,
                                            GError        **error);

G_END_DECLS
