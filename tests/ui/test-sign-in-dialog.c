/* test-sign-in-dialog.c
 *
 * Copyright 2026 The Travel Requests authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <http://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The sign-in dialog: each message of the form, errors from the server
 * shown in the dialog with what was typed kept, and a real sign-in
 * against tr-sandbox. */

#include <string.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "tr-application.h"
#include "tr-demo.h"
#include "tr-sign-in-dialog.h"
#include "tr-ui-test-utils.h"

static GtkWidget *
find_entry_row (GtkWidget  *widget,
                const char *title)
{
  if (ADW_IS_ENTRY_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_entry_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
type_into (TrSignInDialog *dialog,
           const char     *title,
           const char     *text)
{
  GtkWidget *row = find_entry_row (GTK_WIDGET (dialog), title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static const char *
text_of (TrSignInDialog *dialog,
         const char     *title)
{
  return gtk_editable_get_text (GTK_EDITABLE (find_entry_row (GTK_WIDGET (dialog), title)));
}

static void
press_sign_in (TrSignInDialog *dialog)
{
  gtk_widget_activate_action (GTK_WIDGET (dialog), "sign-in.password", NULL);
}

static void
test_validation (void)
{
  TrSignInDialog *dialog = tr_sign_in_dialog_new (NULL);

  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_null (tr_sign_in_dialog_get_error (dialog));

  press_sign_in (dialog);
  g_assert_nonnull (strstr (tr_sign_in_dialog_get_error (dialog), "client id"));

  tr_sign_in_dialog_fill (dialog, TR_DATA_CENTER_CUSTOM, "not a url", "my-client", "secret", NULL);
  press_sign_in (dialog);
  g_assert_nonnull (strstr (tr_sign_in_dialog_get_error (dialog), "address of the server"));

  type_into (dialog, "Server _URL", "ftp://example.com");
  press_sign_in (dialog);
  g_assert_nonnull (strstr (tr_sign_in_dialog_get_error (dialog), "address of the server"));

  type_into (dialog, "Server _URL", "https://example.com");
  type_into (dialog, "User_name", "emma");
  press_sign_in (dialog);
  g_assert_nonnull (strstr (tr_sign_in_dialog_get_error (dialog), "username and password"));
  /* Nothing typed is lost. */
  g_assert_cmpstr (text_of (dialog, "User_name"), ==, "emma");
  g_assert_cmpstr (text_of (dialog, "Client _ID"), ==, "my-client");
  g_assert_false (tr_sign_in_dialog_get_busy (dialog));

  gtk_window_destroy (GTK_WINDOW (dialog));
}

typedef struct
{
  GAsyncResult *result;
  TrAuthorizer *signed_in;
  TrSignInDialog *dialog;
} State;

static void
on_done_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  ((State *) user_data)->result = g_object_ref (result);
}

static gboolean
has_result (gpointer data)
{
  return ((State *) data)->result != NULL;
}

static gboolean
is_idle (gpointer data)
{
  return !tr_sign_in_dialog_get_busy (((State *) data)->dialog);
}

static gboolean
is_signed_in (gpointer data)
{
  return ((State *) data)->signed_in != NULL;
}

static void
on_signed_in_cb (TrSignInDialog *dialog,
                 TrAuthorizer   *authorizer,
                 const char     *username,
                 State          *state)
{
  g_assert_cmpstr (username, ==, TR_DEMO_TRAVELER);
  state->signed_in = g_object_ref (authorizer);
}

static void
test_sandbox_sign_in (void)
{
  const char *sandbox = g_getenv ("TR_SANDBOX_PATH");
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  g_autoptr(TrDemo) demo = NULL;
  g_autoptr(GError) error = NULL;
  State state = { NULL };

  if (sandbox == NULL || !g_file_test (sandbox, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("tr-sandbox is not built (TR_SANDBOX_PATH)");
      return;
    }

  dir = g_dir_make_tmp ("tr-test-sign-in-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (dir, "sandbox.db", NULL);
  demo = tr_demo_new (sandbox, db);
  tr_demo_start_async (demo, NULL, on_done_cb, &state);
  g_assert_true (tr_ui_test_wait_for (has_result, &state, 30000));
  g_assert_true (tr_demo_start_finish (demo, state.result, &error));
  g_assert_no_error (error);

  state.dialog = tr_sign_in_dialog_new (NULL);
  g_object_ref (state.dialog);
  g_signal_connect (state.dialog, "signed-in", G_CALLBACK (on_signed_in_cb), &state);
  gtk_window_present (GTK_WINDOW (state.dialog));
  tr_sign_in_dialog_fill (state.dialog, TR_DATA_CENTER_CUSTOM, tr_demo_get_base_url (demo),
                          TR_DEMO_CLIENT_ID, TR_DEMO_CLIENT_SECRET, TR_DEMO_TRAVELER);

  type_into (state.dialog, "_Password", "wrong password");
  press_sign_in (state.dialog);
  g_assert_true (tr_sign_in_dialog_get_busy (state.dialog));
  g_assert_true (tr_ui_test_wait_for (is_idle, &state, 30000));
  g_assert_nonnull (tr_sign_in_dialog_get_error (state.dialog));
  g_assert_null (state.signed_in);
  g_assert_cmpstr (text_of (state.dialog, "User_name"), ==, TR_DEMO_TRAVELER);

  type_into (state.dialog, "_Password", TR_DEMO_PASSWORD);
  press_sign_in (state.dialog);
  g_assert_true (tr_ui_test_wait_for (is_signed_in, &state, 30000));
  g_assert_true (tr_authorizer_get_signed_in (state.signed_in));

  tr_demo_stop (demo);
  g_clear_object (&state.signed_in);
  g_clear_object (&state.result);
  g_object_unref (state.dialog);
  g_remove (db);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gtk_disable_setlocale ();

  if (!tr_ui_test_init_display ())
    {
      g_test_skip ("no display");
      return 77;
    }

  g_test_add_func ("/ui/sign-in-dialog/validation", test_validation);
  g_test_add_func ("/ui/sign-in-dialog/sandbox", test_sandbox_sign_in);

  return g_test_run ();
}
