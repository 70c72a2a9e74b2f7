/* test-review-view.c
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

#include <string.h>

#include "tr-review-view.h"
#include "tr-send-back-dialog.h"
#include "tr-test-util.h"

typedef struct
{
  char  *rel;
  char  *comment;
  guint  count;
} Decided;

static void
on_decided_cb (TrReviewView *view,
               const char   *rel,
               const char   *comment,
               Decided      *decided)
{
  g_free (decided->rel);
  g_free (decided->comment);
  decided->rel = g_strdup (rel);
  decided->comment = g_strdup (comment);
  decided->count++;
}

static JsonNode *
parse (const char *json)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (json, &error);

  g_assert_no_error (error);
  return node;
}

/* The fixture request, as an approver sees it: pending, with approve and
 * send back offered, and @member set to @value when given. */
static TrRequest *
pending_request (const char *member,
                 JsonNode   *value)
{
  g_autoptr(JsonNode) node = tr_test_load_fixture ("03-get-request.response.json");
  JsonObject *object = json_node_get_object (node);
  g_autoptr(GError) error = NULL;
  TrRequest *request;

  json_object_set_member (object, "approvalStatus",
                          parse ("{\"code\": \"SUBMITTED\", \"name\": \"Submitted\"}"));
  json_object_set_member (object, "owner", parse ("{\"id\": \"emma\", \"firstName\": \"Emma\","
                                                  " \"lastName\": \"Employee\"}"));
  json_object_set_member (object, "operations",
                          parse ("[{\"rel\": \"approve\", \"href\": \"https://example.com/a\"},"
                                 " {\"rel\": \"sendback\", \"href\": \"https://example.com/s\"}]"));
  if (member != NULL)
    json_object_set_member (object, member, value);
  request = tr_request_new_from_json (node, &error);
  g_assert_no_error (error);
  return request;
}

static GListModel *
list_from (GType       type,
           const char *json)
{
  g_autoptr(JsonNode) node = parse (json);
  g_autoptr(GError) error = NULL;
  GListStore *store = tr_resource_list_new_from_json (type, node, "test", &error);

  g_assert_no_error (error);
  return G_LIST_MODEL (store);
}

static GListModel *
resubmitted_expenses (void)
{
  g_autoptr(GListModel) seen = tr_test_load_expenses ("09-list-request-expenses.response.json");
  g_autoptr(JsonNode) train = tr_test_load_fixture ("08-create-expense.response.json");
  g_autoptr(TrExpense) airfare = g_list_model_get_item (seen, 0);
  g_autoptr(TrExpense) added = tr_expense_new_from_json (train, NULL);
  GListStore *store = g_list_store_new (TR_TYPE_EXPENSE);

  g_list_store_append (store, airfare);
  g_list_store_append (store, added);
  return G_LIST_MODEL (store);
}

static void
assert_shown (GtkWidget  *view,
              const char *text)
{
  if (!tr_test_has_text (view, text))
    g_error ("“%s” is not shown:\n%s", text, tr_test_collect_text (view));
}

static void
show_review (TrReviewView *view)
{
  g_autoptr(TrRequest) seen_request = pending_request (NULL, NULL);
  g_autoptr(GListModel) seen_expenses = tr_test_load_expenses ("09-list-request-expenses.response.json");
  g_autoptr(TrReviewSnapshot) seen = tr_review_snapshot_new (seen_request, seen_expenses);
  g_autoptr(TrRequest) current = pending_request ("businessPurpose",
                                                  json_node_init_string (json_node_alloc (),
                                                                         "Client workshop for project KIWI"));
  g_autoptr(GListModel) expenses = resubmitted_expenses ();
  g_autoptr(GListModel) comments = list_from (TR_TYPE_COMMENT,
    "[{\"author\": {\"firstName\": \"Marc\", \"lastName\": \"Manager\"},"
    "  \"creationDateTime\": \"2026-03-01T10:00:00Z\", \"value\": \"Please book the train instead of flying.\"}]");
  g_autoptr(GListModel) exceptions = list_from (TR_TYPE_EXCEPTION,
    "[{\"code\": \"AIRMAX\", \"level\": 10, \"isBlocking\": false, \"message\": \"Fare above the limit\"},"
    " {\"code\": \"NOHOTEL\", \"level\": 5, \"isBlocking\": true, \"message\": \"No hotel for a night away\"},"
    " {\"code\": \"LATE\", \"level\": 99, \"isBlocking\": false, \"message\": \"Submitted less than 7 days ahead\"}]");

  tr_review_view_set_seen (view, seen);
  tr_review_view_set_request (view, current);
  tr_review_view_set_expenses (view, expenses);
  tr_review_view_set_comments (view, comments);
  tr_review_view_set_exceptions (view, exceptions);
}

static void
test_changes_since_seen (void)
{
  GtkWidget *view = tr_review_view_new ();
  GtkWidget *window = tr_test_show (view, 1280, 800);
  const char *expected[] = {
    "Client meeting in Berlin - JULY", "Emma Employee", "Client workshop for project KIWI",
    "Berlin, GERMANY", "Changes Since You Last Saw It", "Business purpose",
    "Client meeting for project KIWI → Client workshop for project KIWI",
    "Added: Train, Wed 18 Jul 2018", "Removed: Taxi, Tue 17 Jul 2018", "Removed: Dinner, Tue 17 Jul 2018",
    "446.94 USD", "Please book the train instead of flying.", "Marc Manager · ",
  };
  GPtrArray *changes;

  show_review (TR_REVIEW_VIEW (view));
  tr_test_iterate ();
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    assert_shown (view, expected[i]);
  changes = tr_review_view_get_changes (TR_REVIEW_VIEW (view));
  g_assert_nonnull (changes);
  /* purpose, total is unchanged in the fixture, train added, taxi and dinner removed */
  g_assert_cmpuint (changes->len, ==, 4);
  tr_test_screenshot (window, "review-1280");
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 800);
  for (int i = 0; i < 50; i++)
    tr_test_iterate ();
  tr_test_screenshot (window, "review-360");
  tr_test_close_window (window);
}

static void
test_exceptions_order (void)
{
  GtkWidget *view = tr_review_view_new ();
  GtkWidget *window = tr_test_show (view, 1280, 800);
  g_autofree char *text = NULL;
  const char *blocking, *late, *fare;

  show_review (TR_REVIEW_VIEW (view));
  tr_test_iterate ();
  text = tr_test_collect_text (view);
  blocking = strstr (text, "No hotel for a night away");
  late = strstr (text, "Submitted less than 7 days ahead");
  fare = strstr (text, "Fare above the limit");
  g_assert_nonnull (blocking);
  g_assert_nonnull (late);
  g_assert_nonnull (fare);
  g_assert_true (blocking < late);
  g_assert_true (late < fare);
  assert_shown (view, "Blocking · level 5 · NOHOTEL");
  tr_test_close_window (window);
}

static void
test_nothing_changed_and_never_seen (void)
{
  GtkWidget *view = tr_review_view_new ();
  GtkWidget *window = tr_test_show (view, 1280, 800);
  g_autoptr(TrRequest) request = pending_request (NULL, NULL);
  g_autoptr(TrReviewSnapshot) seen = tr_review_snapshot_new (request, NULL);

  tr_review_view_set_request (TR_REVIEW_VIEW (view), request);
  tr_test_iterate ();
  g_assert_null (tr_review_view_get_changes (TR_REVIEW_VIEW (view)));
  g_assert_false (tr_test_has_text (view, "Changes Since You Last Saw It"));
  tr_review_view_set_seen (TR_REVIEW_VIEW (view), seen);
  tr_test_iterate ();
  assert_shown (view, "Nothing changed since you last saw this request");
  tr_test_close_window (window);
}

static void
test_buttons_from_operations (void)
{
  GtkWidget *view = tr_review_view_new ();
  GtkWidget *window = tr_test_show (view, 1280, 800);
  g_autoptr(TrRequest) pending = pending_request (NULL, NULL);
  g_autoptr(TrRequest) approve_only = pending_request ("operations",
    parse ("[{\"rel\": \"approve\", \"href\": \"https://example.com/a\"}]"));
  g_autoptr(TrRequest) own = tr_test_load_request ("03-get-request.response.json");
  Decided decided = { 0 };

  g_signal_connect (view, "decided", G_CALLBACK (on_decided_cb), &decided);
  tr_review_view_set_request (TR_REVIEW_VIEW (view), own);
  tr_test_iterate ();
  g_assert_false (tr_review_view_can_approve (TR_REVIEW_VIEW (view)));
  g_assert_false (tr_review_view_approve (TR_REVIEW_VIEW (view)));
  g_assert_null (tr_review_view_send_back (TR_REVIEW_VIEW (view)));
  g_assert_false (tr_test_has_text (view, "Approve"));
  g_assert_cmpuint (decided.count, ==, 0);

  tr_review_view_set_request (TR_REVIEW_VIEW (view), approve_only);
  tr_test_iterate ();
  assert_shown (view, "Approve");
  g_assert_false (tr_test_has_text (view, "Send Back…"));
  g_assert_true (gtk_widget_activate_action (view, "review.approve", NULL));
  g_assert_cmpuint (decided.count, ==, 1);
  g_assert_cmpstr (decided.rel, ==, "approve");
  g_assert_null (decided.comment);

  tr_review_view_set_request (TR_REVIEW_VIEW (view), pending);
  tr_test_iterate ();
  assert_shown (view, "Send Back…");
  g_free (decided.rel);
  g_free (decided.comment);
  tr_test_close_window (window);
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_send_back_needs_comment (void)
{
  GtkWidget *view = tr_review_view_new ();
  GtkWidget *window = tr_test_show (view, 1280, 800);
  g_autoptr(TrRequest) pending = pending_request (NULL, NULL);
  Decided decided = { 0 };
  TrSendBackDialog *dialog;
  GtkWidget *button;

  g_signal_connect (view, "decided", G_CALLBACK (on_decided_cb), &decided);
  tr_review_view_set_request (TR_REVIEW_VIEW (view), pending);
  dialog = TR_SEND_BACK_DIALOG (tr_review_view_send_back (TR_REVIEW_VIEW (view)));
  g_assert_nonnull (dialog);
  tr_test_iterate ();
  g_assert_true (tr_test_find_dialog () == GTK_WIDGET (dialog));
  g_assert_false (tr_send_back_dialog_get_can_send (dialog));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "send-back"));
  button = find_button (GTK_WIDGET (dialog), "Send _Back");
  g_assert_nonnull (button);
  g_assert_false (gtk_widget_get_sensitive (button));
  g_assert_nonnull (strstr (tr_send_back_dialog_get_hint (dialog), "A comment is required"));
  g_assert_true (tr_test_has_text (GTK_WIDGET (dialog), tr_send_back_dialog_get_hint (dialog)));

  /* White space is no comment; a disabled response sends nothing. */
  tr_send_back_dialog_set_comment (dialog, "  \n ");
  g_assert_false (tr_send_back_dialog_get_can_send (dialog));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "send-back");
  g_assert_cmpuint (decided.count, ==, 0);

  tr_send_back_dialog_set_comment (dialog, "  Please take the train: the fare is over the limit. ");
  g_assert_true (tr_send_back_dialog_get_can_send (dialog));
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "send-back"));
  g_assert_null (strstr (tr_send_back_dialog_get_hint (dialog), "required"));
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  tr_test_iterate ();
  g_assert_cmpuint (decided.count, ==, 1);
  g_assert_cmpstr (decided.rel, ==, "sendback");
  g_assert_cmpstr (decided.comment, ==, "Please take the train: the fare is over the limit.");
  g_assert_null (tr_test_find_dialog ());
  g_free (decided.rel);
  g_free (decided.comment);
  tr_test_close_window (window);
}

static void
on_send_back_count_cb (TrSendBackDialog *dialog,
                       const char       *comment,
                       guint            *count)
{
  (*count)++;
}

static void
test_send_back_cancel (void)
{
  GtkWidget *dialog = tr_send_back_dialog_new (NULL, "Trip to Lyon");
  guint sent = 0;

  g_signal_connect (dialog, "send-back", G_CALLBACK (on_send_back_count_cb), &sent);
  gtk_window_present (GTK_WINDOW (dialog));
  tr_test_iterate ();
  g_assert_true (tr_test_has_text (dialog, "“Trip to Lyon” goes back to the traveler, who can change it and submit it again."));
  tr_send_back_dialog_set_comment (TR_SEND_BACK_DIALOG (dialog), "Too expensive");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  tr_test_iterate ();
  g_assert_cmpuint (sent, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status = tr_test_init (&argc, &argv);

  if (status >= 0)
    return status;

  g_test_add_func ("/approve/review-view/changes-since-seen", test_changes_since_seen);
  g_test_add_func ("/approve/review-view/exceptions-order", test_exceptions_order);
  g_test_add_func ("/approve/review-view/nothing-changed-and-never-seen", test_nothing_changed_and_never_seen);
  g_test_add_func ("/approve/review-view/buttons-from-operations", test_buttons_from_operations);
  g_test_add_func ("/approve/send-back-dialog/needs-comment", test_send_back_needs_comment);
  g_test_add_func ("/approve/send-back-dialog/cancel", test_send_back_cancel);

  return g_test_run ();
}
