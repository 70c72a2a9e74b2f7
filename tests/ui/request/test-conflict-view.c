/* test-conflict-view.c
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

#include "tr-conflict-view.h"
#include "tr-request-validation.h"
#include "tr-test-util.h"

static TrRequest *
request_with (const char *const *changes)
{
  g_autoptr(JsonNode) node = tr_test_load_fixture ("03-get-request.response.json");
  JsonObject *object = json_node_get_object (node);
  g_autoptr(GError) error = NULL;
  TrRequest *request;

  for (guint i = 0; changes[i] != NULL; i += 2)
    json_object_set_string_member (object, changes[i], changes[i + 1]);
  request = tr_request_new_from_json (node, &error);
  g_assert_no_error (error);
  return request;
}

static void
on_resolved_cb (TrConflictView  *view,
                TrRequest       *merged,
                TrRequest      **out)
{
  g_set_object (out, merged);
}

static void
test_describe (void)
{
  g_autoptr(JsonNode) location = json_from_string ("{\"city\":\"Berlin\",\"countryCode\":\"DE\"}", NULL);
  g_autoptr(JsonNode) custom = json_from_string ("{\"code\":\"CEN1\",\"value\":\"54F0\"}", NULL);
  g_autoptr(JsonNode) text = json_from_string ("\"Kiwi\"", NULL);
  g_autofree char *a = tr_conflict_describe (location);
  g_autofree char *b = tr_conflict_describe (custom);
  g_autofree char *c = tr_conflict_describe (text);
  g_autofree char *d = tr_conflict_describe (NULL);

  g_assert_cmpstr (a, ==, "Berlin");
  g_assert_cmpstr (b, ==, "CEN1");
  g_assert_cmpstr (c, ==, "Kiwi");
  g_assert_cmpstr (d, ==, "—");
}

static void
test_choose_sides (void)
{
  const char *local_changes[] = { "name", "Local name", "businessPurpose", "Local purpose", NULL };
  const char *server_changes[] = { "businessPurpose", "Server purpose",
                                   "comment", "Server comment", NULL };
  g_autoptr(TrRequest) local = request_with (local_changes);
  g_autoptr(TrRequest) server = request_with (server_changes);
  g_autoptr(TrRequest) merged = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) members = NULL;
  GtkWidget *view = tr_conflict_view_new ();
  GtkWidget *window = tr_test_show (view, 800, 800);

  g_signal_connect (view, "resolved", G_CALLBACK (on_resolved_cb), &merged);
  tr_conflict_view_set_versions (TR_CONFLICT_VIEW (view), local, server);
  members = tr_conflict_view_dup_members (TR_CONFLICT_VIEW (view));
  g_assert_cmpstrv (members, ((const char *[]) { "name", "businessPurpose", "comment", NULL }));

  /* Both values of each field are shown. */
  g_assert_true (tr_test_has_text (view, "Local purpose"));
  g_assert_true (tr_test_has_text (view, "Server purpose"));
  g_assert_true (tr_test_has_text (view, "Server comment"));
  g_assert_true (tr_test_has_text (view, "Need to arrive the day before for meeting in Company Office"));
  tr_test_screenshot (window, "conflict-page.png");

  g_assert_false (tr_conflict_view_apply (TR_CONFLICT_VIEW (view)));
  g_assert_null (tr_conflict_view_dup_merged (TR_CONFLICT_VIEW (view), &error));
  g_assert_error (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_REQUIRED);

  g_assert_true (tr_conflict_view_choose (TR_CONFLICT_VIEW (view), "name", TR_CONFLICT_SIDE_LOCAL));
  g_assert_true (tr_conflict_view_choose (TR_CONFLICT_VIEW (view), "businessPurpose", TR_CONFLICT_SIDE_SERVER));
  g_assert_false (tr_conflict_view_is_resolved (TR_CONFLICT_VIEW (view)));
  g_assert_true (tr_conflict_view_choose (TR_CONFLICT_VIEW (view), "comment", TR_CONFLICT_SIDE_LOCAL));
  g_assert_false (tr_conflict_view_choose (TR_CONFLICT_VIEW (view), "endDate", TR_CONFLICT_SIDE_LOCAL));
  g_assert_true (tr_conflict_view_apply (TR_CONFLICT_VIEW (view)));

  g_assert_nonnull (merged);
  g_assert_cmpstr (tr_request_get_name (merged), ==, "Local name");
  g_assert_cmpstr (tr_request_get_business_purpose (merged), ==, "Server purpose");
  g_assert_cmpstr (tr_request_get_comment (merged), ==,
                   "Need to arrive the day before for meeting in Company Office");
  g_assert_cmpstr (tr_request_get_request_id (merged), ==, "333T");
  /* The inputs are left alone. */
  g_assert_cmpstr (tr_request_get_comment (server), ==, "Server comment");
  tr_test_close_window (window);
}

static void
test_choose_all (void)
{
  const char *local_changes[] = { "businessPurpose", "Local purpose", "startTime", "07:00", NULL };
  const char *server_changes[] = { "businessPurpose", "Server purpose", NULL };
  g_autoptr(TrRequest) local = request_with (local_changes);
  g_autoptr(TrRequest) server = request_with (server_changes);
  g_autoptr(TrRequest) merged = NULL;
  GtkWidget *view = tr_conflict_view_new ();
  GtkWidget *window = tr_test_show (view, 800, 800);

  tr_conflict_view_set_versions (TR_CONFLICT_VIEW (view), local, server);
  tr_conflict_view_choose_all (TR_CONFLICT_VIEW (view), TR_CONFLICT_SIDE_SERVER);
  merged = tr_conflict_view_dup_merged (TR_CONFLICT_VIEW (view), NULL);
  g_assert_cmpstr (tr_request_get_business_purpose (merged), ==, "Server purpose");
  g_assert_cmpint (tr_request_get_start_time (merged), ==, 360);
  g_clear_object (&merged);

  tr_conflict_view_choose_all (TR_CONFLICT_VIEW (view), TR_CONFLICT_SIDE_LOCAL);
  merged = tr_conflict_view_dup_merged (TR_CONFLICT_VIEW (view), NULL);
  g_assert_cmpstr (tr_request_get_business_purpose (merged), ==, "Local purpose");
  g_assert_cmpint (tr_request_get_start_time (merged), ==, 420);
  tr_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status = tr_test_init (&argc, &argv);

  if (status >= 0)
    return status;

  g_test_add_func ("/request/conflict/describe", test_describe);
  g_test_add_func ("/request/conflict/choose-sides", test_choose_sides);
  g_test_add_func ("/request/conflict/choose-all", test_choose_all);

  return g_test_run ();
}
