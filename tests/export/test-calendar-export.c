/* test-calendar-export.c
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

#include <glib/gstdio.h>

#include "tr-calendar-export.h"
#include "tr-ics.h"
#include "tr-export-test-utils.h"

/*
 * "Add to calendar" end to end without a desktop: a private XDG tree makes
 * a fake calendar (a .desktop file running cp) the default handler of
 * text/calendar, so the test sees exactly what the calendar would get.
 */

static char *root;
static char *received;

static void
write_file (const char *path,
            const char *contents)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
set_up_fake_desktop (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *desktop = NULL;
  g_autofree char *data = NULL;
  g_autofree char *config = NULL;
  g_autofree char *cache = NULL;
  g_autofree char *entry_path = NULL;
  g_autofree char *mimeapps_path = NULL;

  root = g_dir_make_tmp ("tr-calendar-XXXXXX", &error);
  g_assert_no_error (error);
  received = g_build_filename (root, "received.ics", NULL);
  data = g_build_filename (root, "data", NULL);
  config = g_build_filename (root, "config", NULL);
  cache = g_build_filename (root, "cache", NULL);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_setenv ("XDG_CURRENT_DESKTOP", "", TRUE);
  g_unsetenv ("GIO_USE_PORTALS");

  desktop = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=Fake Calendar\n"
                             "Exec=cp %%f %s\nMimeType=text/calendar;\n", received);
  entry_path = g_build_filename (data, "applications", "tr-fake-calendar.desktop", NULL);
  write_file (entry_path, desktop);
  mimeapps_path = g_build_filename (config, "mimeapps.list", NULL);
  write_file (mimeapps_path, "[Default Applications]\ntext/calendar=tr-fake-calendar.desktop\n");
}

static void
on_exported_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GFile *
export_and_wait (TrRequest   *request,
                 GListModel  *expenses,
                 GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tr_calendar_export_request_async (NULL, request, expenses, NULL, on_exported_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return tr_calendar_export_request_finish (result, error);
}

typedef struct
{
  const char *expected;
  guint       ticks;
  gboolean    done;
} Wait;

/* The fake calendar is another process: poll (on the main loop) until the
 * whole file arrived, for at most 10 s. */
static gboolean
poll_received_cb (gpointer user_data)
{
  Wait *wait = user_data;
  g_autofree char *contents = NULL;

  if (g_file_get_contents (received, &contents, NULL, NULL)
      && g_strcmp0 (contents, wait->expected) == 0)
    {
      wait->done = TRUE;
      return G_SOURCE_REMOVE;
    }
  if (++wait->ticks >= 500)
    {
      wait->done = TRUE;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static char *
wait_for_received (const char *expected)
{
  Wait wait = { expected, 0, FALSE };
  char *contents = NULL;

  g_timeout_add (20, poll_received_cb, &wait);
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);
  g_file_get_contents (received, &contents, NULL, NULL);
  return contents;
}

static void
test_add_to_calendar (void)
{
  g_autoptr(TrRequest) request = tr_export_test_load_request ("03-get-request.response.json");
  g_autoptr(GListModel) expenses = tr_export_test_load_expenses ("09-list-request-expenses.response.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = tr_ics_from_request (request, expenses, &error);
  g_autoptr(GFile) file = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *written = NULL;
  g_autofree char *got = NULL;

  g_assert_no_error (error);
  file = export_and_wait (request, expenses, &error);
  g_assert_no_error (error);
  g_assert_nonnull (file);
  basename = g_file_get_basename (file);
  g_assert_cmpstr (basename, ==, "224AF3CDCC2A5244A37C72FA5770C6F2.ics");
  g_file_load_contents (file, NULL, &written, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (written, ==, expected);
  /* What the calendar application was given. */
  got = wait_for_received (expected);
  g_assert_cmpstr (got, ==, expected);
  g_assert_cmpint (g_remove (received), ==, 0);
}

static void
test_nothing_to_add (void)
{
  g_autoptr(TrRequest) request = tr_export_test_request ("EMPTY", "No segments");
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;

  file = export_and_wait (request, NULL, &error);
  g_assert_error (error, TR_ICS_ERROR, TR_ICS_ERROR_EMPTY);
  g_assert_null (file);
  g_clear_error (&error);

  file = export_and_wait (NULL, NULL, &error);
  g_assert_error (error, TR_ICS_ERROR, TR_ICS_ERROR_INVALID);
  g_assert_null (file);
  g_assert_false (g_file_test (received, G_FILE_TEST_EXISTS));
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  set_up_fake_desktop ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/calendar/add-to-calendar", test_add_to_calendar);
  g_test_add_func ("/export/calendar/nothing-to-add", test_nothing_to_add);

  status = g_test_run ();
  remove_tree (root);
  g_free (received);
  g_free (root);
  return status;
}
