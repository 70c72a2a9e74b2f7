/* tr-editor-util.c
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

#define G_LOG_DOMAIN "TrEditor"

#include <glib/gi18n.h>

#include "tr-editor-util.h"
#include "tr-request-validation.h"

/**
 * tr_editor_add_message:
 * @row: a row inside an #AdwPreferencesGroup
 *
 * Adds the (hidden) label that says what is wrong with @row, below the
 * row's group, and relates it to the row for assistive technologies.
 *
 * Returns: (transfer none): the label
 */
GtkLabel *
tr_editor_add_message (GtkWidget *row)
{
  GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);
  GtkWidget *label = gtk_label_new (NULL);

  g_return_val_if_fail (group != NULL, NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "field-message");
  gtk_widget_set_visible (label, FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), label);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, label, NULL, -1);
  return GTK_LABEL (label);
}

/**
 * tr_editor_mark:
 * @text: (nullable): what is wrong, or %NULL when the field is fine
 *
 * Marks @row with the `error` style class and shows @text below it.
 */
void
tr_editor_mark (GtkWidget  *row,
                GtkLabel   *message,
                const char *text)
{
  gboolean invalid = text != NULL && *text != '\0';

  if (invalid)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
  g_object_set_data_full (G_OBJECT (message), "message",
                          invalid ? g_strdup (text) : NULL, g_free);
  if (invalid && ADW_IS_PREFERENCES_ROW (row))
    {
      /* Several messages can sit below one group: say which field. */
      g_autofree char *full = g_strdup_printf (_("%s: %s"),
                                               adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                               text);
      gtk_label_set_label (message, full);
    }
  else
    gtk_label_set_label (message, invalid ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (message), invalid);
  gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID,
                               invalid ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

static void
on_day_selected_cb (GtkCalendar *calendar,
                    AdwEntryRow *row)
{
  g_autoptr(GDateTime) when = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (when, "%Y-%m-%d");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
on_calendar_show_cb (GtkWidget   *popover,
                     GtkCalendar *calendar)
{
  AdwEntryRow *row = g_object_get_data (G_OBJECT (calendar), "row");
  GDate date;
  g_autoptr(GDateTime) when = NULL;

  if (!tr_validation_parse_date (gtk_editable_get_text (GTK_EDITABLE (row)), &date, NULL)
      || !g_date_valid (&date))
    return;
  when = g_date_time_new_utc ((int) g_date_get_year (&date), g_date_get_month (&date),
                              g_date_get_day (&date), 0, 0, 0);
  g_signal_handlers_block_by_func (calendar, on_day_selected_cb, row);
  gtk_calendar_select_day (calendar, when);
  g_signal_handlers_unblock_by_func (calendar, on_day_selected_cb, row);
}

/**
 * tr_editor_get_message:
 *
 * Returns: (nullable): the message tr_editor_mark() shows in @message
 */
const char *
tr_editor_get_message (GtkLabel *message)
{
  return g_object_get_data (G_OBJECT (message), "message");
}

/**
 * tr_editor_add_calendar:
 * @row: an entry row holding a `yyyy-MM-dd` date
 *
 * Adds a button that opens a calendar popover to pick the date.
 */
void
tr_editor_add_calendar (AdwEntryRow *row)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *calendar = gtk_calendar_new ();
  /* Translators: tooltip of the button that opens a calendar beside a date
   * field; %s is the field's title, already translated, such as “Start date”. */
  g_autofree char *label = g_strdup_printf (_("Choose %s"),
                                            adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  g_object_set_data (G_OBJECT (calendar), "row", row);
  g_signal_connect (calendar, "day-selected", G_CALLBACK (on_day_selected_cb), row);
  g_signal_connect (popover, "show", G_CALLBACK (on_calendar_show_cb), calendar);
  adw_entry_row_add_suffix (row, button);
}

/**
 * tr_editor_dup_text:
 *
 * Returns: (transfer full): the row's text without surrounding blanks
 */
char *
tr_editor_dup_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

void
tr_editor_set_text (AdwEntryRow *row,
                    const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}
