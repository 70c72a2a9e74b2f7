/* test-a11y.c
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

/* Builds every page and dialog of the app, walks its widget tree and fails
 * on a visible interactive control that a screen reader could not name.
 *
 * A control is named when it has, through public API:
 *  - an accessible "label" property or a "labelled-by" relation (read with
 *    gtk_test_accessible_has_property/_has_relation from GTK_A11Y=test's
 *    context; a GtkLabel's mnemonic-widget sets the relation too),
 *  - a label of its own (button, check button, menu button) or a visible
 *    non-empty GtkLabel inside it (button content, list row content),
 *  - or it is the entry of a titled AdwEntryRow, the activatable widget of
 *    a titled AdwActionRow, or a titled AdwPreferencesRow itself.
 * Tooltips alone do not count: GTK 4.8 exposes them as the description. */

#include <string.h>

#include "tr-application.h"
#include "tr-conflict-view.h"
#include "tr-expense-editor.h"
#include "tr-itinerary-editor.h"
#include "tr-preferences-window.h"
#include "tr-request-editor.h"
#include "tr-request-view.h"
#include "tr-review-view.h"
#include "tr-send-back-dialog.h"
#include "tr-settings.h"
#include "tr-sign-in-dialog.h"
#include "tr-test-util.h"
#include "tr-ui-test-utils.h"
#include "tr-window.h"

static TrApplication *app;

static gboolean
has_visible_text (GtkWidget *widget)
{
  if (!gtk_widget_get_visible (widget))
    return FALSE;
  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_visible_text (child))
      return TRUE;
  return FALSE;
}

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/* GtkButton relates itself to its child whatever the child is: an icon
 * alone names nothing. */
static gboolean
labelled_by_textless_child (GtkWidget *widget)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);
  g_autofree char *mismatch = NULL;

  if (child == NULL || has_visible_text (child))
    return FALSE;
  mismatch = gtk_test_accessible_check_relation (GTK_ACCESSIBLE (widget),
                                                 GTK_ACCESSIBLE_RELATION_LABELLED_BY, child, NULL);
  return mismatch == NULL;
}

static gboolean
has_accessible_name (GtkWidget *widget)
{
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return TRUE;
  return gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY)
         && !labelled_by_textless_child (widget);
}

static gboolean
named_by_row (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);

  if (row == NULL || !is_set (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row))))
    return FALSE;
  if (row == widget || ADW_IS_ENTRY_ROW (row))
    return TRUE;
  return ADW_IS_ACTION_ROW (row)
         && adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)) == widget;
}

static gboolean
is_named (GtkWidget *widget)
{
  if (has_accessible_name (widget) || named_by_row (widget))
    return TRUE;
  if (GTK_IS_BUTTON (widget) && is_set (gtk_button_get_label (GTK_BUTTON (widget))))
    return TRUE;
  if (GTK_IS_CHECK_BUTTON (widget) && is_set (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget))))
    return TRUE;
  if (GTK_IS_MENU_BUTTON (widget) && is_set (gtk_menu_button_get_label (GTK_MENU_BUTTON (widget))))
    return TRUE;
  if (GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget)
      || GTK_IS_LIST_BOX_ROW (widget) || GTK_IS_DROP_DOWN (widget))
    return has_visible_text (widget);
  return FALSE;
}

/* Parts of a composite control are named through the composite. */
static gboolean
is_inner_part (GtkWidget *widget)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  return parent != NULL
         && (GTK_IS_MENU_BUTTON (parent) || GTK_IS_DROP_DOWN (parent) || GTK_IS_EDITABLE (parent)
             || GTK_IS_SPIN_BUTTON (parent) || ADW_IS_ENTRY_ROW (gtk_widget_get_ancestor (widget, ADW_TYPE_ENTRY_ROW))
             || GTK_IS_WINDOW_CONTROLS (gtk_widget_get_ancestor (widget, GTK_TYPE_WINDOW_CONTROLS)));
}

static gboolean
is_interactive (GtkWidget *widget)
{
  if (is_inner_part (widget) && !ADW_IS_ENTRY_ROW (widget))
    return FALSE;
  if (GTK_IS_LIST_BOX_ROW (widget))
    return gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (widget))
           && !ADW_IS_EXPANDER_ROW (gtk_widget_get_ancestor (widget, ADW_TYPE_EXPANDER_ROW));
  return GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget) || GTK_IS_SWITCH (widget)
         || GTK_IS_MENU_BUTTON (widget) || GTK_IS_EDITABLE (widget) || GTK_IS_TEXT_VIEW (widget)
         || GTK_IS_DROP_DOWN (widget) || GTK_IS_SCALE (widget) || GTK_IS_COMBO_BOX (widget);
}

static char *
describe (GtkWidget *widget)
{
  g_autoptr(GString) path = g_string_new (NULL);

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      const char *id = GTK_IS_BUILDABLE (w) ? gtk_buildable_get_buildable_id (GTK_BUILDABLE (w)) : NULL;

      /* GtkBuilder names objects without an id "___object_N___". */
      if (id != NULL && g_str_has_prefix (id, "___"))
        id = NULL;
      g_autofree char *step = g_strdup_printf ("%s%s%s", G_OBJECT_TYPE_NAME (w), id ? "#" : "", id ? id : "");

      g_string_prepend (path, path->len > 0 ? " > " : "");
      g_string_prepend (path, step);
    }
  return g_string_free (g_steal_pointer (&path), FALSE);
}

/* Known unnamed controls ("Type#id" of the control), each with where it
 * comes from. Anything else unnamed fails. */
static const char * const known_unnamed[] = {
  /* libadwaita 1.2 adw-preferences-window.ui: the search entry of every
   * AdwPreferencesWindow has a placeholder but no accessible label. */
  "GtkSearchEntry#search_entry",
  NULL,
};

static gboolean
is_known (GtkWidget *widget)
{
  const char *id = gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget));
  g_autofree char *key = g_strdup_printf ("%s#%s", G_OBJECT_TYPE_NAME (widget), id ? id : "");

  return g_strv_contains ((const char * const *) known_unnamed, key);
}

static void
collect_unnamed (GtkWidget *widget,
                 GPtrArray *report,
                 guint     *n_checked)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (is_interactive (widget))
    {
      (*n_checked)++;
      if (!is_named (widget) && !is_known (widget))
        {
          g_autofree char *where = describe (widget);
          g_ptr_array_add (report, g_strdup_printf ("unnamed %s: %s", G_OBJECT_TYPE_NAME (widget), where));
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_unnamed (child, report, n_checked);
}

static void
assert_all_named (GtkWidget  *root,
                  const char *page)
{
  g_autoptr(GPtrArray) report = g_ptr_array_new_with_free_func (g_free);
  guint n_checked = 0;

  for (int i = 0; i < 20; i++)
    tr_test_iterate ();
  collect_unnamed (root, report, &n_checked);
  g_test_message ("%s: %u interactive controls checked", page, n_checked);
  g_assert_cmpuint (n_checked, >, 0);
  for (guint i = 0; i < report->len; i++)
    g_test_message ("%s", (const char *) report->pdata[i]);
  if (report->len > 0)
    g_test_fail_printf ("%s has %u controls without an accessible name", page, report->len);
}

/* The checker itself: it must catch an icon-only button and accept the
 * ways of naming a control. */
static void
test_checker (void)
{
  GtkWidget *box = g_object_ref_sink (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));
  GtkWidget *icon_only = gtk_button_new_from_icon_name ("list-add-symbolic");
  GtkWidget *labelled = gtk_button_new_from_icon_name ("list-remove-symbolic");
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *label = gtk_label_new_with_mnemonic ("_Name");
  g_autoptr(GPtrArray) report = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = NULL;
  guint n_checked = 0;

  gtk_widget_set_tooltip_text (icon_only, "Add");
  gtk_accessible_update_property (GTK_ACCESSIBLE (labelled), GTK_ACCESSIBLE_PROPERTY_LABEL, "Remove", -1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
  gtk_box_append (GTK_BOX (box), icon_only);
  gtk_box_append (GTK_BOX (box), labelled);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), gtk_button_new_with_label ("Save"));
  gtk_box_append (GTK_BOX (box), gtk_entry_new ());

  collect_unnamed (box, report, &n_checked);
  g_assert_cmpuint (n_checked, ==, 5);
  g_ptr_array_add (report, NULL);
  text = g_strjoinv ("\n", (char **) report->pdata);
  g_assert_cmpstr (text, ==, "unnamed GtkButton: GtkBox > GtkButton\nunnamed GtkEntry: GtkBox > GtkEntry");
  g_assert_finalize_object (box);
}

static void
check_in_window (GtkWidget  *page,
                 const char *name)
{
  GtkWidget *window = tr_test_show (page, 1280, 800);

  assert_all_named (window, name);
  tr_test_close_window (window);
}

static void
test_request_view (void)
{
  g_autoptr(TrRequest) request = tr_test_load_request ("03-get-request.response.json");
  g_autoptr(GListModel) expenses = tr_test_load_expenses ("09-list-request-expenses.response.json");
  GtkWidget *view = tr_request_view_new ();

  tr_request_view_set_request (TR_REQUEST_VIEW (view), request);
  tr_request_view_set_expenses (TR_REQUEST_VIEW (view), expenses);
  check_in_window (view, "TrRequestView");
}

static void
test_request_editor (void)
{
  g_autoptr(TrRequest) request = tr_test_load_request ("03-get-request.response.json");
  g_autoptr(GListModel) expenses = tr_test_load_expenses ("09-list-request-expenses.response.json");
  GtkWidget *editor = tr_request_editor_new ();

  tr_request_editor_set_request (TR_REQUEST_EDITOR (editor), request);
  tr_request_editor_set_expenses (TR_REQUEST_EDITOR (editor), expenses);
  check_in_window (editor, "TrRequestEditor");
}

static void
test_itinerary_editor (void)
{
  g_autoptr(GListModel) expenses = tr_test_load_expenses ("09-list-request-expenses.response.json");
  g_autoptr(TrExpense) airfare = g_list_model_get_item (expenses, 0);
  GtkWidget *editor = tr_itinerary_editor_new ();

  tr_itinerary_editor_set_expense (TR_ITINERARY_EDITOR (editor), airfare);
  check_in_window (editor, "TrItineraryEditor");
}

static void
test_expense_editor (void)
{
  g_autoptr(GListModel) expenses = tr_test_load_expenses ("09-list-request-expenses.response.json");
  g_autoptr(TrExpense) dinner = g_list_model_get_item (expenses, 2);
  GtkWidget *editor = tr_expense_editor_new ();

  tr_expense_editor_set_expense (TR_EXPENSE_EDITOR (editor), dinner);
  check_in_window (editor, "TrExpenseEditor");
}

static void
test_conflict_view (void)
{
  g_autoptr(TrRequest) local = tr_test_load_request ("03-get-request.response.json");
  g_autoptr(TrRequest) server = tr_test_load_request ("04-update-request.response.json");
  GtkWidget *view = tr_conflict_view_new ();

  tr_conflict_view_set_versions (TR_CONFLICT_VIEW (view), local, server);
  check_in_window (view, "TrConflictView");
}

static void
test_review_view (void)
{
  g_autoptr(TrRequest) request = tr_test_load_request ("03-get-request.response.json");
  g_autoptr(GListModel) expenses = tr_test_load_expenses ("09-list-request-expenses.response.json");
  GtkWidget *view = tr_review_view_new ();

  tr_review_view_set_request (TR_REVIEW_VIEW (view), request);
  tr_review_view_set_expenses (TR_REVIEW_VIEW (view), expenses);
  check_in_window (view, "TrReviewView");
}

static void
check_toplevel (GtkWidget  *window,
                const char *name)
{
  gtk_window_present (GTK_WINDOW (window));
  assert_all_named (window, name);
  tr_test_close_window (window);
}

static void
test_send_back_dialog (void)
{
  GtkWidget *parent = gtk_window_new ();

  gtk_window_present (GTK_WINDOW (parent));
  check_toplevel (tr_send_back_dialog_new (GTK_WINDOW (parent), "Client meeting in Berlin"),
                  "TrSendBackDialog");
  tr_test_close_window (parent);
}

static void
test_sign_in_dialog (void)
{
  check_toplevel (GTK_WIDGET (tr_sign_in_dialog_new (NULL)), "TrSignInDialog");
}

static void
test_preferences (void)
{
  g_autoptr(GSettings) settings = tr_settings_new ();

  check_toplevel (GTK_WIDGET (tr_preferences_window_new (NULL, settings)), "TrPreferencesWindow");
}

static void
test_window_welcome (void)
{
  check_toplevel (GTK_WIDGET (tr_window_new (ADW_APPLICATION (app))), "TrWindow (welcome)");
}

static void
test_window_list (void)
{
  g_autoptr(TrAuthorizer) authorizer = tr_authorizer_new (TR_DATA_CENTER_CUSTOM, "http://127.0.0.1:9",
                                                          "test-client", NULL);
  g_autoptr(JsonArray) own = tr_ui_test_requests (0, 12);
  g_autoptr(JsonArray) to_approve = tr_ui_test_requests (12, 3);
  g_autoptr(TrAccount) account = tr_account_new (authorizer, "Test Account");
  TrWindow *window = tr_window_new (ADW_APPLICATION (app));

  tr_account_merge_listing (account, own, to_approve);
  tr_window_set_account (window, account);
  check_toplevel (GTK_WIDGET (window), "TrWindow (list)");
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  /* GTK_A11Y=none keeps no accessible state at all; the "test" context
   * stores it without talking to AT-SPI, which is what the walk reads. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  ret = tr_test_init (&argc, &argv);

  if (ret >= 0)
    return ret;
  g_test_add_func ("/a11y/checker", test_checker);
  g_test_add_func ("/a11y/window/welcome", test_window_welcome);
  g_test_add_func ("/a11y/window/list", test_window_list);
  g_test_add_func ("/a11y/request-view", test_request_view);
  g_test_add_func ("/a11y/request-editor", test_request_editor);
  g_test_add_func ("/a11y/itinerary-editor", test_itinerary_editor);
  g_test_add_func ("/a11y/expense-editor", test_expense_editor);
  g_test_add_func ("/a11y/conflict-view", test_conflict_view);
  g_test_add_func ("/a11y/review-view", test_review_view);
  g_test_add_func ("/a11y/send-back-dialog", test_send_back_dialog);
  g_test_add_func ("/a11y/sign-in-dialog", test_sign_in_dialog);
  g_test_add_func ("/a11y/preferences", test_preferences);

  app = tr_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  ret = g_test_run ();
  g_clear_object (&app);
  return ret;
}
