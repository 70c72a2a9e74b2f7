/* tr-request-editor-expenses.c
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

#define G_LOG_DOMAIN "TrRequestEditor"

#include <glib/gi18n.h>

#include "tr-editor-util.h"
#include "tr-expense-editor.h"
#include "tr-itinerary-editor.h"
#include "tr-request-editor-private.h"
#include "tr-request-format.h"

/* The itinerary and expected expenses of the request being edited: a
 * list with an "Add" menu; each segment or expense opens its editor in a
 * small dialog. Kept in the editor until the window saves them. */

static void
close_dialog (TrRequestEditor *self)
{
  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
}

static void
on_dialog_destroy_cb (GtkWindow       *dialog,
                      TrRequestEditor *self)
{
  if (self->dialog == dialog)
    self->dialog = NULL;
}

static void
trip_dates (TrRequestEditor *self,
            GDate           *start,
            GDate           *end)
{
  if (!tr_validation_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->start_date_row)), start, NULL))
    g_date_clear (start, 1);
  if (!tr_validation_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->end_date_row)), end, NULL))
    g_date_clear (end, 1);
}

static gboolean
destroy_idle_cb (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
on_discard_response_cb (AdwMessageDialog *message,
                        const char       *response,
                        GtkWindow        *dialog)
{
  /* Not now: the message dialog, transient for @dialog, is still
   * delivering its response. */
  if (g_strcmp0 (response, "discard") == 0)
    g_idle_add_full (G_PRIORITY_DEFAULT, destroy_idle_cb, g_object_ref (dialog), g_object_unref);
}

static gboolean
sub_editor_modified (GtkWidget *editor)
{
  if (TR_IS_ITINERARY_EDITOR (editor))
    return tr_itinerary_editor_is_modified (TR_ITINERARY_EDITOR (editor));
  return tr_expense_editor_is_modified (TR_EXPENSE_EDITOR (editor));
}

/* Escape in a segment or expense dialog ("dialog.close"): ask before
 * losing what was typed. */
static void
on_close_activate_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      GtkWidget     *dialog)
{
  GtkWidget *editor = g_object_get_data (G_OBJECT (dialog), "editor");
  GtkWidget *message;

  if (!sub_editor_modified (editor))
    {
      gtk_window_destroy (GTK_WINDOW (dialog));
      return;
    }
  message = adw_message_dialog_new (GTK_WINDOW (dialog), _("Discard Changes?"),
                                    _("What you typed here will be lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (message),
                                    "keep", _("_Keep Editing"), "discard", _("_Discard"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (message), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (message), "keep");
  g_signal_connect_object (message, "response", G_CALLBACK (on_discard_response_cb), dialog, 0);
  gtk_window_present (GTK_WINDOW (message));
}

static void
add_escape (GtkWidget *dialog)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) close = g_simple_action_new ("close", NULL);
  GtkEventController *controller = gtk_shortcut_controller_new ();

  g_signal_connect_object (close, "activate", G_CALLBACK (on_close_activate_cb), dialog, 0);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (close));
  gtk_widget_insert_action_group (dialog, "dialog", G_ACTION_GROUP (group));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("dialog.close")));
  gtk_widget_add_controller (dialog, controller);
}

static void
open_dialog (TrRequestEditor *self,
             GtkWidget       *editor,
             const char      *title)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  close_dialog (self);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (title, NULL));
  gtk_box_append (GTK_BOX (box), header);
  gtk_widget_set_vexpand (editor, TRUE);
  gtk_box_append (GTK_BOX (box), editor);
  adw_window_set_content (ADW_WINDOW (dialog), box);
  gtk_window_set_title (GTK_WINDOW (dialog), title);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 480, 640);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_object_set_data (G_OBJECT (dialog), "editor", editor);
  add_escape (dialog);
  self->dialog = GTK_WINDOW (dialog);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (on_dialog_destroy_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
store_expense (TrRequestEditor *self,
               GObject         *editor,
               TrExpense       *expense)
{
  gpointer position = g_object_get_data (editor, "position");

  if (position != NULL)
    g_list_store_splice (self->expenses, GPOINTER_TO_UINT (position) - 1, 1,
                         (gpointer *) &expense, 1);
  else
    g_list_store_append (self->expenses, expense);
  if (tr_expense_get_transaction_amount (expense) != NULL)
    tr_request_editor_set_currency (self, tr_amount_get_currency (tr_expense_get_transaction_amount (expense)));
  tr_request_editor_set_modified (self, TRUE);
  close_dialog (self);
}

static void
on_expense_saved_cb (GObject         *editor,
                     TrExpense       *expense,
                     TrRequestEditor *self)
{
  store_expense (self, editor, expense);
}

static GtkWidget *
open_editor (TrRequestEditor *self,
             TrExpense       *expense,
             TrSegmentKind    kind,
             guint            position)
{
  gboolean segment = expense ? tr_expense_get_trip_data (expense) != NULL
                             : kind != TR_SEGMENT_KIND_OTHER;
  GtkWidget *editor = segment ? tr_itinerary_editor_new () : tr_expense_editor_new ();
  GDate start, end;

  trip_dates (self, &start, &end);
  if (segment)
    {
      tr_itinerary_editor_set_trip_dates (TR_ITINERARY_EDITOR (editor), &start, &end);
      tr_itinerary_editor_set_currency (TR_ITINERARY_EDITOR (editor), self->currency);
      tr_itinerary_editor_set_kind (TR_ITINERARY_EDITOR (editor), kind);
      tr_itinerary_editor_set_expense (TR_ITINERARY_EDITOR (editor), expense);
    }
  else
    {
      tr_expense_editor_set_trip_dates (TR_EXPENSE_EDITOR (editor), &start, &end);
      tr_expense_editor_set_currency (TR_EXPENSE_EDITOR (editor), self->currency);
      tr_expense_editor_set_expense (TR_EXPENSE_EDITOR (editor), expense);
    }
  /* Position + 1, so that 0 means "a new one". */
  g_object_set_data (G_OBJECT (editor), "position", GUINT_TO_POINTER (position));
  g_signal_connect_object (editor, "save-requested", G_CALLBACK (on_expense_saved_cb), self, 0);
  open_dialog (self, editor, expense ? _("Edit") : segment ? tr_segment_kind_label (kind)
                                                           : _("Expected Expense"));
  return editor;
}

static void
on_row_activated_cb (AdwActionRow    *row,
                     TrRequestEditor *self)
{
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "position"));
  g_autoptr(TrExpense) expense = g_list_model_get_item (G_LIST_MODEL (self->expenses), position);

  if (expense != NULL)
    open_editor (self, expense, tr_segment_kind_from_expense (expense), position + 1);
}

static void
on_remove_clicked_cb (GtkButton       *button,
                      TrRequestEditor *self)
{
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "position"));

  if (position < g_list_model_get_n_items (G_LIST_MODEL (self->expenses)))
    g_list_store_remove (self->expenses, position);
  tr_request_editor_set_modified (self, TRUE);
}

static char *
expense_subtitle (TrExpense *expense)
{
  GListModel *legs = tr_expense_get_legs (expense);
  g_autofree char *amount = tr_format_amount (tr_expense_get_transaction_amount (expense));
  g_autofree char *what = NULL;

  if (legs != NULL && g_list_model_get_n_items (legs) > 0)
    {
      g_autoptr(TrLeg) leg = g_list_model_get_item (legs, 0);
      what = tr_format_leg (leg);
    }
  else
    what = tr_format_timestamp (tr_expense_get_transaction_date (expense));
  return g_strdup_printf ("%s · %s", what, amount);
}

static void
add_expense_row (TrRequestEditor *self,
                 TrExpense       *expense,
                 guint            position)
{
  TrSegmentKind kind = tr_segment_kind_from_expense (expense);
  TrExpenseType *type = tr_expense_get_expense_type (expense);
  g_autofree char *subtitle = expense_subtitle (expense);
  g_autofree char *remove_label = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (tr_segment_kind_icon_name (kind));
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  const char *title = type && tr_expense_type_get_name (type) ? tr_expense_type_get_name (type)
                                                              : tr_segment_kind_label (kind);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  /* Translators: tooltip and accessible name of the button that removes an
   * expected expense; %s is the expense's type, a noun phrase such as
   * “Airfare” or “Hotel” (named by the server or already translated). */
  remove_label = g_strdup_printf (_("Remove %s"), title);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_label, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  g_object_set_data (G_OBJECT (row), "position", GUINT_TO_POINTER (position));
  g_object_set_data (G_OBJECT (remove), "position", GUINT_TO_POINTER (position));
  g_signal_connect (row, "activated", G_CALLBACK (on_row_activated_cb), self);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
  adw_preferences_group_add (self->expenses_group, row);
  g_ptr_array_add (self->expense_rows, row);
}

static void
on_expenses_changed_cb (GListModel      *model,
                        guint            position,
                        guint            removed,
                        guint            added,
                        TrRequestEditor *self)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < self->expense_rows->len; i++)
    adw_preferences_group_remove (self->expenses_group, g_ptr_array_index (self->expense_rows, i));
  g_ptr_array_set_size (self->expense_rows, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrExpense) expense = g_list_model_get_item (model, i);

      add_expense_row (self, expense, i);
    }
  adw_preferences_group_set_description (self->expenses_group,
                                          n == 0 ? _("Add the flights, trains, hotels, cars and other costs you expect.")
                                                 : NULL);
}

static void
add_segment_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  tr_request_editor_add_segment (TR_REQUEST_EDITOR (widget), g_variant_get_int32 (parameter));
}

static void
add_expense_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  tr_request_editor_add_expense (TR_REQUEST_EDITOR (widget));
}

void
tr_request_editor_install_expense_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "editor.add-segment", "i", add_segment_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.add-expense", NULL, add_expense_action_cb);
}

void
tr_request_editor_setup_expenses (TrRequestEditor *self)
{
  self->expenses = g_list_store_new (TR_TYPE_EXPENSE);
  self->expense_rows = g_ptr_array_new ();
  g_signal_connect (self->expenses, "items-changed", G_CALLBACK (on_expenses_changed_cb), self);
  on_expenses_changed_cb (G_LIST_MODEL (self->expenses), 0, 0, 0, self);
}

void
tr_request_editor_clear_expenses (TrRequestEditor *self)
{
  close_dialog (self);
  if (self->expenses != NULL)
    g_signal_handlers_disconnect_by_func (self->expenses, on_expenses_changed_cb, self);
  g_clear_object (&self->expenses);
  g_clear_pointer (&self->expense_rows, g_ptr_array_unref);
}

/**
 * tr_request_editor_set_expenses:
 * @expenses: (nullable): the request's expected expenses (#TrExpense)
 *
 * The editor works on its own list; read it back with
 * tr_request_editor_get_expenses() when saving.
 */
void
tr_request_editor_set_expenses (TrRequestEditor *self,
                                GListModel      *expenses)
{
  guint n;

  g_return_if_fail (TR_IS_REQUEST_EDITOR (self));
  g_return_if_fail (expenses == NULL || G_IS_LIST_MODEL (expenses));

  g_list_store_remove_all (self->expenses);
  n = expenses ? g_list_model_get_n_items (expenses) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrExpense) expense = g_list_model_get_item (expenses, i);

      g_list_store_append (self->expenses, expense);
    }
}

/**
 * tr_request_editor_get_expenses:
 *
 * Returns: (transfer none): the expected expenses as edited (#TrExpense):
 *   new ones have no id
 */
GListModel *
tr_request_editor_get_expenses (TrRequestEditor *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_EDITOR (self), NULL);

  return G_LIST_MODEL (self->expenses);
}

/**
 * tr_request_editor_set_currency:
 * @currency: (nullable): the currency new segments and expenses start with
 */
void
tr_request_editor_set_currency (TrRequestEditor *self,
                                const char      *currency)
{
  g_return_if_fail (TR_IS_REQUEST_EDITOR (self));

  g_free (self->currency);
  self->currency = g_strdup (currency);
}

/**
 * tr_request_editor_add_segment:
 * @kind: a flight, train, hotel, car or taxi
 *
 * Opens the itinerary editor for a new segment of @kind (the "Add" menu).
 *
 * Returns: (transfer none): the #TrItineraryEditor in its dialog
 */
GtkWidget *
tr_request_editor_add_segment (TrRequestEditor *self,
                               TrSegmentKind    kind)
{
  g_return_val_if_fail (TR_IS_REQUEST_EDITOR (self), NULL);

  if (kind == TR_SEGMENT_KIND_OTHER)
    kind = TR_SEGMENT_KIND_AIR;
  return open_editor (self, NULL, kind, 0);
}

/**
 * tr_request_editor_add_expense:
 *
 * Opens the expense editor for a new expected expense.
 *
 * Returns: (transfer none): the #TrExpenseEditor in its dialog
 */
GtkWidget *
tr_request_editor_add_expense (TrRequestEditor *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_EDITOR (self), NULL);

  return open_editor (self, NULL, TR_SEGMENT_KIND_OTHER, 0);
}
