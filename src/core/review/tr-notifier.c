/* tr-notifier.c
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

#define G_LOG_DOMAIN "tr-review"

#include <glib/gi18n-lib.h>

#include "tr-json.h"
#include "tr-notifier-private.h"

/* TrNotifier: decides which desktop notifications a poll's results call
 * for. It sends (through ::notification) one for a request newly waiting
 * for the user's approval and one when one of the user's own requests is
 * approved or sent back (with the approver's comment), never the same
 * event twice. The first complete poll is a baseline: what was already
 * there when the app started is not news. The clock can be replaced, so
 * that tests control time. The state can be saved and loaded, so that a
 * restart does not repeat notifications. */

G_DEFINE_BOXED_TYPE (TrNotice, tr_notice, tr_notice_copy, tr_notice_free)

G_DEFINE_FINAL_TYPE (TrNotifier, tr_notifier, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_USER_ID,
  PROP_INTERVAL,
  N_PROPS
};

enum {
  NOTICE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

TrNotice *
tr_notice_copy (const TrNotice *self)
{
  TrNotice *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (TrNotice, 1);
  copy->id = g_strdup (self->id);
  copy->request_id = g_strdup (self->request_id);
  copy->title = g_strdup (self->title);
  copy->body = g_strdup (self->body);
  copy->action = g_strdup (self->action);
  copy->priority = self->priority;
  return copy;
}

void
tr_notice_free (TrNotice *self)
{
  if (self == NULL)
    return;
  g_free (self->id);
  g_free (self->request_id);
  g_free (self->title);
  g_free (self->body);
  g_free (self->action);
  g_free (self);
}

/**
 * tr_notice_to_notification:
 * @self: a notice
 *
 * Returns: (transfer full): the desktop notification, whose default
 *   action opens the request
 */
GNotification *
tr_notice_to_notification (const TrNotice *self)
{
  GNotification *notification;

  g_return_val_if_fail (self != NULL, NULL);

  notification = g_notification_new (self->title);
  g_notification_set_body (notification, self->body);
  g_notification_set_priority (notification, self->priority);
  g_notification_set_default_action_and_target (notification, self->action, "s", self->request_id);
  return notification;
}

static void
tr_notifier_finalize (GObject *object)
{
  TrNotifier *self = TR_NOTIFIER (object);

  if (self->clock_destroy != NULL)
    self->clock_destroy (self->clock_data);
  g_clear_pointer (&self->user_id, g_free);
  g_clear_pointer (&self->last_attempt, g_date_time_unref);
  g_clear_pointer (&self->pending_start, g_date_time_unref);
  g_clear_pointer (&self->modified_after, g_date_time_unref);
  g_queue_clear (&self->order);
  g_clear_pointer (&self->delivered, g_hash_table_unref);
  g_clear_pointer (&self->kinds, g_hash_table_unref);

  G_OBJECT_CLASS (tr_notifier_parent_class)->finalize (object);
}

static void
tr_notifier_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TrNotifier *self = TR_NOTIFIER (object);

  switch (prop_id)
    {
    case PROP_USER_ID:
      g_value_set_string (value, self->user_id);
      break;
    case PROP_INTERVAL:
      g_value_set_uint (value, self->interval);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_notifier_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  TrNotifier *self = TR_NOTIFIER (object);

  switch (prop_id)
    {
    case PROP_USER_ID:
      self->user_id = g_value_dup_string (value);
      break;
    case PROP_INTERVAL:
      tr_notifier_set_interval (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_notifier_class_init (TrNotifierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tr_notifier_finalize;
  object_class->get_property = tr_notifier_get_property;
  object_class->set_property = tr_notifier_set_property;

  properties[PROP_USER_ID] =
    g_param_spec_string ("user-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INTERVAL] =
    g_param_spec_uint ("interval", NULL, NULL, 10, 24 * 3600, 300,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TrNotifier::notice:
   * @self: the notifier
   * @notice: what to send; tr_notice_to_notification() makes the
   *   #GNotification
   */
  signals[NOTICE] = g_signal_new ("notice", G_TYPE_FROM_CLASS (klass),
                                  G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 1, TR_TYPE_NOTICE | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
tr_notifier_init (TrNotifier *self)
{
  self->interval = 300;
  self->delivered = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_queue_init (&self->order);
}

/**
 * tr_notifier_new:
 * @user_id: (nullable): the signed-in user's id; own requests of others
 *   are then ignored
 *
 * Returns: (transfer full): a notifier using the system clock
 */
TrNotifier *
tr_notifier_new (const char *user_id)
{
  return g_object_new (TR_TYPE_NOTIFIER, "user-id", user_id, NULL);
}

const char *
tr_notifier_get_user_id (TrNotifier *self)
{
  g_return_val_if_fail (TR_IS_NOTIFIER (self), NULL);

  return self->user_id;
}

guint
tr_notifier_get_interval (TrNotifier *self)
{
  g_return_val_if_fail (TR_IS_NOTIFIER (self), 0);

  return self->interval;
}

/**
 * tr_notifier_set_interval:
 * @self: a notifier
 * @seconds: the time between two polls (the GSettings interval), clamped
 *   to 10 s … 24 h
 */
void
tr_notifier_set_interval (TrNotifier *self,
                          guint       seconds)
{
  g_return_if_fail (TR_IS_NOTIFIER (self));

  seconds = CLAMP (seconds, 10, 24 * 3600);
  if (self->interval == seconds)
    return;
  self->interval = seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERVAL]);
}

/**
 * tr_notifier_set_clock:
 * @self: a notifier
 * @clock: (nullable): the clock, %NULL for the system's
 * @user_data: data for @clock
 * @destroy: (nullable): frees @user_data
 */
void
tr_notifier_set_clock (TrNotifier     *self,
                       TrNotifierClockFunc     clock,
                       gpointer        user_data,
                       GDestroyNotify  destroy)
{
  g_return_if_fail (TR_IS_NOTIFIER (self));

  if (self->clock_destroy != NULL)
    self->clock_destroy (self->clock_data);
  self->clock = clock;
  self->clock_data = user_data;
  self->clock_destroy = destroy;
}

/**
 * tr_notifier_dup_now:
 * @self: a notifier
 *
 * Returns: (transfer full): the time of the notifier's clock, in UTC
 */
GDateTime *
tr_notifier_dup_now (TrNotifier *self)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (TR_IS_NOTIFIER (self), NULL);

  now = self->clock ? self->clock (self->clock_data) : NULL;
  if (now == NULL)
    now = g_date_time_new_now_utc ();
  return g_date_time_to_utc (now);
}

/**
 * tr_notifier_poll_due:
 * @self: a notifier
 *
 * Returns: whether a poll is due: none was started yet, or the interval
 *   has passed since the last one started
 */
gboolean
tr_notifier_poll_due (TrNotifier *self)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (TR_IS_NOTIFIER (self), FALSE);

  if (self->last_attempt == NULL)
    return TRUE;
  now = tr_notifier_dup_now (self);
  return g_date_time_difference (now, self->last_attempt) >= (GTimeSpan) self->interval * G_TIME_SPAN_SECOND;
}

/**
 * tr_notifier_begin_poll:
 * @self: a notifier
 *
 * Notes the start of a poll.
 *
 * Returns: (transfer none) (nullable): the `modifiedAfter` to ask for,
 *   %NULL when everything must be listed (the first poll)
 */
GDateTime *
tr_notifier_begin_poll (TrNotifier *self)
{
  g_return_val_if_fail (TR_IS_NOTIFIER (self), NULL);

  g_clear_pointer (&self->pending_start, g_date_time_unref);
  self->pending_start = tr_notifier_dup_now (self);
  g_clear_pointer (&self->last_attempt, g_date_time_unref);
  self->last_attempt = g_date_time_ref (self->pending_start);
  return self->modified_after;
}

/**
 * tr_notifier_end_poll:
 * @self: a notifier
 * @success: whether every list of the poll was read
 *
 * After a complete poll, the next one asks only for what changed since
 * this one started (less a minute, for clock skew); the first complete
 * poll also ends the baseline.
 */
void
tr_notifier_end_poll (TrNotifier *self,
                      gboolean    success)
{
  g_return_if_fail (TR_IS_NOTIFIER (self));

  if (success && self->pending_start != NULL)
    {
      g_clear_pointer (&self->modified_after, g_date_time_unref);
      self->modified_after = g_date_time_add_seconds (self->pending_start, -OVERLAP_SECONDS);
      self->primed = TRUE;
    }
  g_clear_pointer (&self->pending_start, g_date_time_unref);
}

/**
 * tr_notifier_get_modified_after:
 * @self: a notifier
 *
 * Returns: (transfer none) (nullable): the `modifiedAfter` of the next poll
 */
GDateTime *
tr_notifier_get_modified_after (TrNotifier *self)
{
  g_return_val_if_fail (TR_IS_NOTIFIER (self), NULL);

  return self->modified_after;
}

gboolean
tr_notifier_deliver_once (TrNotifier *self,
              char       *key)
{
  if (g_hash_table_contains (self->delivered, key))
    {
      g_free (key);
      return FALSE;
    }
  g_hash_table_add (self->delivered, key);
  g_queue_push_tail (&self->order, key);
  while (self->order.length > MAX_DELIVERED)
    g_hash_table_remove (self->delivered, g_queue_pop_head (&self->order));
  return TRUE;
}

static char *
event_key (const char *prefix,
           TrRequest  *request,
           GDateTime  *when)
{
  g_autofree char *stamp = when ? g_date_time_format_iso8601 (when) : NULL;

  return g_strdup_printf ("%s:%s:%s", prefix, tr_request_get_id (request), stamp ? stamp : "");
}

static void
emit (TrNotifier            *self,
      const char            *kind,
      TrRequest             *request,
      const char            *title,
      char                  *body,
      GNotificationPriority  priority)
{
  TrNotice notice = {
    .id = g_strdup_printf ("%s-%s", kind, tr_request_get_id (request)),
    .request_id = (char *) tr_request_get_id (request),
    .title = (char *) title,
    .body = body,
    .action = (char *) "app.open-request",
    .priority = priority,
  };

  g_signal_emit (self, signals[NOTICE], 0, &notice);
  g_free (notice.id);
  g_free (body);
}

static const char *
request_title (TrRequest *request)
{
  const char *name = tr_request_get_name (request);

  return name && *name ? name : _("Untitled request");
}

static void
notify_to_approve (TrNotifier *self,
                   TrRequest  *request)
{
  TrEmployee *owner = tr_request_get_owner (request);
  g_autofree char *who = owner ? tr_employee_dup_display_name (owner) : NULL;
  g_autofree char *body = NULL;

  if (who != NULL && *who != '\0')
    /* TRANSLATORS: the request's name, then its traveler */
    body = g_strdup_printf (_("“%s” from %s"), request_title (request), who);
  else
    /* Translators: the body of a notification: %s is the name of a travel request */
    body = g_strdup_printf (_("“%s”"), request_title (request));
  emit (self, "to-approve", request, _("New request to approve"), g_steal_pointer (&body),
        G_NOTIFICATION_PRIORITY_NORMAL);
}

/**
 * tr_notifier_feed_to_approve:
 * @self: a notifier
 * @requests: requests waiting for the user's approval (#TrRequest; other
 *   items are skipped), all of them or those changed since the last poll
 *
 * Returns: how many notifications were sent
 */
guint
tr_notifier_feed_to_approve (TrNotifier *self,
                             GListModel *requests)
{
  guint n = requests ? g_list_model_get_n_items (requests) : 0;
  guint sent = 0;

  g_return_val_if_fail (TR_IS_NOTIFIER (self), 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (requests, i);
      TrRequest *request = TR_IS_REQUEST (item) ? TR_REQUEST (item) : NULL;
      GDateTime *when;

      if (request == NULL || tr_request_get_id (request) == NULL)
        continue;
      when = tr_request_get_submit_date (request);
      if (when == NULL)
        when = tr_request_get_last_modified (request);
      if (!tr_notifier_deliver_once (self, event_key ("approve", request, when)) || !self->primed)
        continue;
      notify_to_approve (self, request);
      sent++;
    }
  return sent;
}

static gboolean
is_own (TrNotifier *self,
        TrRequest  *request)
{
  TrEmployee *owner = tr_request_get_owner (request);

  if (self->user_id == NULL || owner == NULL || tr_employee_get_id (owner) == NULL)
    return TRUE;
  return g_str_equal (self->user_id, tr_employee_get_id (owner));
}

/* The status of @request that calls for a notification, or UNKNOWN. */
static TrApprovalStatusKind
newsworthy_kind (TrNotifier *self,
                 TrRequest  *request)
{
  TrApprovalStatusKind kind = tr_request_get_status_kind (request);
  gpointer previous = NULL;

  if (tr_request_get_id (request) == NULL || !is_own (self, request))
    return TR_APPROVAL_STATUS_KIND_UNKNOWN;
  if (kind != TR_APPROVAL_STATUS_KIND_APPROVED
      && !(kind == TR_APPROVAL_STATUS_KIND_SENT_BACK && tr_request_get_ever_sent_back (request)))
    return TR_APPROVAL_STATUS_KIND_UNKNOWN;
  if (g_hash_table_lookup_extended (self->kinds, tr_request_get_id (request), NULL, &previous)
      && GPOINTER_TO_INT (previous) == (int) kind)
    return TR_APPROVAL_STATUS_KIND_UNKNOWN;
  return kind;
}

static char *
own_event_key (TrRequest *request)
{
  TrApprovalStatus *status = tr_request_get_approval_status (request);
  g_autofree char *prefix = g_strconcat ("own-", status ? tr_approval_status_get_code (status) : "", NULL);

  return event_key (prefix, request, tr_request_get_last_modified (request));
}

/**
 * tr_notifier_wants_comment:
 * @self: a notifier
 * @request: one of the user's own requests, as just pulled
 *
 * Returns: whether tr_notifier_feed_own() would announce that @request
 *   was sent back, so that the caller should fetch the approver's comment
 */
gboolean
tr_notifier_wants_comment (TrNotifier *self,
                           TrRequest  *request)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (TR_IS_NOTIFIER (self), FALSE);
  g_return_val_if_fail (TR_IS_REQUEST (request), FALSE);

  if (!self->primed || newsworthy_kind (self, request) != TR_APPROVAL_STATUS_KIND_SENT_BACK)
    return FALSE;
  key = own_event_key (request);
  return !g_hash_table_contains (self->delivered, key);
}

static void
notify_own (TrNotifier           *self,
            TrRequest            *request,
            TrApprovalStatusKind  kind,
            const char           *comment)
{
  if (kind == TR_APPROVAL_STATUS_KIND_APPROVED)
    {
      emit (self, "own", request, _("Request approved"),
            g_strdup_printf (_("“%s” was approved."), request_title (request)),
            G_NOTIFICATION_PRIORITY_NORMAL);
      return;
    }
  if (comment != NULL && *comment != '\0')
    /* TRANSLATORS: the request's name, then the approver's comment */
    emit (self, "own", request, _("Request sent back"),
          /* Translators: the body of a notification: the first %s is the name of a travel request, the second the approver’s comment */
          g_strdup_printf (_("“%s”: %s"), request_title (request), comment),
          G_NOTIFICATION_PRIORITY_HIGH);
  else
    emit (self, "own", request, _("Request sent back"),
          /* Translators: %s is the name of a travel request */
          g_strdup_printf (_("“%s” was sent back to you."), request_title (request)),
          G_NOTIFICATION_PRIORITY_HIGH);
}

/**
 * tr_notifier_feed_own:
 * @self: a notifier
 * @request: one of the user's own requests, as just pulled
 * @comment: (nullable): the latest comment, for a request sent back
 *
 * Returns: whether a notification was sent
 */
gboolean
tr_notifier_feed_own (TrNotifier *self,
                      TrRequest  *request,
                      const char *comment)
{
  TrApprovalStatusKind kind;
  gboolean fresh;

  g_return_val_if_fail (TR_IS_NOTIFIER (self), FALSE);
  g_return_val_if_fail (TR_IS_REQUEST (request), FALSE);

  kind = newsworthy_kind (self, request);
  if (tr_request_get_id (request) != NULL && is_own (self, request))
    g_hash_table_insert (self->kinds, g_strdup (tr_request_get_id (request)),
                         GINT_TO_POINTER (tr_request_get_status_kind (request)));
  if (kind == TR_APPROVAL_STATUS_KIND_UNKNOWN)
    return FALSE;
  fresh = tr_notifier_deliver_once (self, own_event_key (request));
  if (!fresh || !self->primed)
    return FALSE;
  notify_own (self, request, kind, comment);
  return TRUE;
}
