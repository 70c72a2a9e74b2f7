/* test-notifier.c
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

#include "tr-notifier.h"
#include "tr-review-test-util.h"

typedef struct
{
  GDateTime *now;
  GPtrArray *notices;
} Fixture;

static GDateTime *
fake_clock (gpointer user_data)
{
  Fixture *fixture = user_data;

  return g_date_time_ref (fixture->now);
}

static void
advance (Fixture *fixture,
         int      seconds)
{
  GDateTime *later = g_date_time_add_seconds (fixture->now, seconds);

  g_date_time_unref (fixture->now);
  fixture->now = later;
}

static void
on_notice_cb (TrNotifier     *notifier,
              const TrNotice *notice,
              Fixture        *fixture)
{
  g_autoptr(GNotification) notification = tr_notice_to_notification (notice);

  g_assert_true (G_IS_NOTIFICATION (notification));
  g_ptr_array_add (fixture->notices, tr_notice_copy (notice));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->now = g_date_time_new_utc (2026, 3, 2, 8, 0, 0);
  fixture->notices = g_ptr_array_new_with_free_func ((GDestroyNotify) tr_notice_free);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_date_time_unref (fixture->now);
  g_ptr_array_unref (fixture->notices);
}

static TrNotifier *
notifier_new (Fixture *fixture)
{
  TrNotifier *notifier = tr_notifier_new ("emma");

  tr_notifier_set_clock (notifier, fake_clock, fixture, NULL);
  g_signal_connect (notifier, "notice", G_CALLBACK (on_notice_cb), fixture);
  return notifier;
}

static TrRequest *
make_request (const char *id,
              const char *owner,
              const char *status,
              gboolean    ever_sent_back,
              const char *modified)
{
  g_autofree char *json = g_strdup_printf (
    "{\"id\": \"%s\", \"name\": \"Trip %s\", \"approvalStatus\": {\"code\": \"%s\", \"name\": \"%s\"},"
    " \"everSentBack\": %s, \"lastModified\": \"%s\", \"submitDate\": \"%s\","
    " \"owner\": {\"id\": \"%s\", \"firstName\": \"Emma\", \"lastName\": \"Employee\"}}",
    id, id, status, status, ever_sent_back ? "true" : "false", modified, modified, owner);
  g_autoptr(GError) error = NULL;
  TrRequest *request = tr_request_new_from_string (json, &error);

  g_assert_no_error (error);
  return request;
}

static GListModel *
list_of (TrRequest *first,
         ...)
{
  GListStore *store = g_list_store_new (TR_TYPE_REQUEST);
  va_list args;

  va_start (args, first);
  for (TrRequest *r = first; r != NULL; r = va_arg (args, TrRequest *))
    {
      g_list_store_append (store, r);
      g_object_unref (r);
    }
  va_end (args);
  return G_LIST_MODEL (store);
}

static void
test_poll_schedule (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(TrNotifier) notifier = notifier_new (fixture);
  g_autofree char *after = NULL;

  tr_notifier_set_interval (notifier, 120);
  g_assert_true (tr_notifier_poll_due (notifier));
  g_assert_null (tr_notifier_begin_poll (notifier));
  g_assert_false (tr_notifier_poll_due (notifier));
  advance (fixture, 30);
  tr_notifier_end_poll (notifier, TRUE);
  after = g_date_time_format_iso8601 (tr_notifier_get_modified_after (notifier));
  g_assert_cmpstr (after, ==, "2026-03-02T07:59:00Z");
  advance (fixture, 89);
  g_assert_false (tr_notifier_poll_due (notifier));
  advance (fixture, 1);
  g_assert_true (tr_notifier_poll_due (notifier));
  /* A failed poll keeps the watermark: nothing is skipped. */
  g_assert_nonnull (tr_notifier_begin_poll (notifier));
  tr_notifier_end_poll (notifier, FALSE);
  g_clear_pointer (&after, g_free);
  after = g_date_time_format_iso8601 (tr_notifier_get_modified_after (notifier));
  g_assert_cmpstr (after, ==, "2026-03-02T07:59:00Z");
  g_assert_false (tr_notifier_poll_due (notifier));
  tr_notifier_set_interval (notifier, 1);
  g_assert_cmpuint (tr_notifier_get_interval (notifier), ==, 10);
}

static void
assert_notice (Fixture    *fixture,
               guint       i,
               const char *id,
               const char *request_id,
               const char *title,
               const char *body)
{
  TrNotice *notice;

  g_assert_cmpuint (i, <, fixture->notices->len);
  notice = fixture->notices->pdata[i];
  g_assert_cmpstr (notice->id, ==, id);
  g_assert_cmpstr (notice->request_id, ==, request_id);
  g_assert_cmpstr (notice->title, ==, title);
  g_assert_cmpstr (notice->body, ==, body);
  g_assert_cmpstr (notice->action, ==, "app.open-request");
}

static void
poll_to_approve (TrNotifier *notifier,
                 GListModel *requests)
{
  tr_notifier_begin_poll (notifier);
  tr_notifier_feed_to_approve (notifier, requests);
  tr_notifier_end_poll (notifier, TRUE);
}

static void
test_new_to_approve (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(TrNotifier) notifier = tr_notifier_new ("marc");
  g_autoptr(GListModel) baseline = list_of (make_request ("R1", "emma", "SUBMITTED", FALSE, "2026-03-01T09:00:00Z"),
                                            make_request ("R2", "emma", "SUBMITTED", FALSE, "2026-03-01T10:00:00Z"),
                                            NULL);
  g_autoptr(GListModel) later = list_of (make_request ("R2", "emma", "SUBMITTED", FALSE, "2026-03-01T10:00:00Z"),
                                         make_request ("R3", "emma", "SUBMITTED", FALSE, "2026-03-02T08:01:00Z"),
                                         NULL);
  g_autoptr(GListModel) resubmitted = list_of (make_request ("R1", "emma", "SUBMITTED", TRUE, "2026-03-02T09:00:00Z"),
                                               NULL);

  tr_notifier_set_clock (notifier, fake_clock, fixture, NULL);
  g_signal_connect (notifier, "notice", G_CALLBACK (on_notice_cb), fixture);
  /* What waits when the app starts is not news. */
  poll_to_approve (notifier, baseline);
  g_assert_cmpuint (fixture->notices->len, ==, 0);
  advance (fixture, 300);
  poll_to_approve (notifier, later);
  g_assert_cmpuint (fixture->notices->len, ==, 1);
  assert_notice (fixture, 0, "to-approve-R3", "R3", "New request to approve", "“Trip R3” from Emma Employee");
  /* The same listing again: nothing twice. */
  advance (fixture, 300);
  poll_to_approve (notifier, later);
  g_assert_cmpuint (fixture->notices->len, ==, 1);
  /* Sent back and submitted again: a new submission is news. */
  poll_to_approve (notifier, resubmitted);
  g_assert_cmpuint (fixture->notices->len, ==, 2);
  assert_notice (fixture, 1, "to-approve-R1", "R1", "New request to approve", "“Trip R1” from Emma Employee");
}

static void
test_own_changes (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(TrNotifier) notifier = notifier_new (fixture);
  g_autoptr(TrRequest) submitted = make_request ("E1", "emma", "SUBMITTED", FALSE, "2026-03-01T09:00:00Z");
  g_autoptr(TrRequest) submitted2 = make_request ("E2", "emma", "SUBMITTED", FALSE, "2026-03-01T09:00:00Z");
  g_autoptr(TrRequest) sent_back = make_request ("E1", "emma", "SENTBACK", TRUE, "2026-03-02T08:03:00Z");
  g_autoptr(TrRequest) approved = make_request ("E2", "emma", "APPROVED", FALSE, "2026-03-02T08:04:00Z");
  g_autoptr(TrRequest) recalled = make_request ("E3", "emma", "SENTBACK", FALSE, "2026-03-02T08:05:00Z");
  g_autoptr(TrRequest) someone_else = make_request ("X1", "paul", "APPROVED", FALSE, "2026-03-02T08:05:00Z");

  tr_notifier_begin_poll (notifier);
  g_assert_false (tr_notifier_feed_own (notifier, submitted, NULL));
  g_assert_false (tr_notifier_feed_own (notifier, submitted2, NULL));
  tr_notifier_end_poll (notifier, TRUE);

  advance (fixture, 300);
  tr_notifier_begin_poll (notifier);
  g_assert_true (tr_notifier_wants_comment (notifier, sent_back));
  g_assert_false (tr_notifier_wants_comment (notifier, approved));
  g_assert_true (tr_notifier_feed_own (notifier, sent_back, "Please take the train instead."));
  g_assert_true (tr_notifier_feed_own (notifier, approved, NULL));
  g_assert_false (tr_notifier_feed_own (notifier, recalled, NULL));
  g_assert_false (tr_notifier_feed_own (notifier, someone_else, NULL));
  tr_notifier_end_poll (notifier, TRUE);
  g_assert_cmpuint (fixture->notices->len, ==, 2);
  assert_notice (fixture, 0, "own-E1", "E1", "Request sent back", "“Trip E1”: Please take the train instead.");
  g_assert_cmpint (((TrNotice *) fixture->notices->pdata[0])->priority, ==, G_NOTIFICATION_PRIORITY_HIGH);
  assert_notice (fixture, 1, "own-E2", "E2", "Request approved", "“Trip E2” was approved.");

  /* Seen again (the modifiedAfter overlap): never twice. */
  g_assert_false (tr_notifier_wants_comment (notifier, sent_back));
  g_assert_false (tr_notifier_feed_own (notifier, sent_back, "Please take the train instead."));
  g_assert_false (tr_notifier_feed_own (notifier, approved, NULL));
  g_assert_cmpuint (fixture->notices->len, ==, 2);
}

static void
test_state_survives_restart (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(TrNotifier) first = notifier_new (fixture);
  g_autoptr(TrNotifier) second = notifier_new (fixture);
  g_autoptr(TrNotifier) third = notifier_new (fixture);
  g_autoptr(TrRequest) submitted = make_request ("E1", "emma", "SUBMITTED", FALSE, "2026-03-01T09:00:00Z");
  g_autoptr(TrRequest) approved = make_request ("E1", "emma", "APPROVED", FALSE, "2026-03-02T08:04:00Z");
  g_autoptr(GError) error = NULL;
  g_autofree char *state = NULL;
  g_autofree char *after = NULL;

  tr_notifier_begin_poll (first);
  tr_notifier_feed_own (first, submitted, NULL);
  tr_notifier_end_poll (first, TRUE);
  tr_notifier_begin_poll (first);
  g_assert_true (tr_notifier_feed_own (first, approved, NULL));
  tr_notifier_end_poll (first, TRUE);
  state = tr_notifier_dup_state (first);

  g_assert_true (tr_notifier_load_state (second, state, &error));
  g_assert_no_error (error);
  after = g_date_time_format_iso8601 (tr_notifier_get_modified_after (second));
  g_assert_cmpstr (after, ==, "2026-03-02T07:59:00Z");
  tr_notifier_begin_poll (second);
  g_assert_false (tr_notifier_feed_own (second, approved, NULL));
  tr_notifier_end_poll (second, TRUE);
  g_assert_cmpuint (fixture->notices->len, ==, 1);

  g_assert_false (tr_notifier_load_state (third, "{\"primed\": true, \"delivered\": 3}", &error));
  g_assert_error (error, TR_REVIEW_ERROR, TR_REVIEW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tr_notifier_load_state (third, "not json", &error));
  g_assert_error (error, TR_REVIEW_ERROR, TR_REVIEW_ERROR_INVALID);
  g_assert_null (tr_notifier_get_modified_after (third));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/review/notifier/poll-schedule", Fixture, NULL, fixture_set_up, test_poll_schedule, fixture_tear_down);
  g_test_add ("/review/notifier/new-to-approve", Fixture, NULL, fixture_set_up, test_new_to_approve, fixture_tear_down);
  g_test_add ("/review/notifier/own-changes", Fixture, NULL, fixture_set_up, test_own_changes, fixture_tear_down);
  g_test_add ("/review/notifier/state-survives-restart", Fixture, NULL, fixture_set_up,
              test_state_survives_restart, fixture_tear_down);

  return g_test_run ();
}
