/* tr-request-rows.c
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

#define G_LOG_DOMAIN "TrRequestRows"

#include <glib/gi18n.h>

#include "tr-request-rows.h"

/**
 * tr_rows_add_value:
 * @title: the field's label
 * @value: (nullable): its value as text; an empty value shows "—"
 *
 * Returns: (transfer none): the new #AdwActionRow
 */
GtkWidget *
tr_rows_add_value (AdwPreferencesGroup *group,
                   GPtrArray           *rows,
                   const char          *title,
                   const char          *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               value != NULL && *value != '\0' ? value : "—");
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "property");
  adw_preferences_group_add (group, row);
  g_ptr_array_add (rows, row);
  return row;
}

/**
 * tr_rows_add_exception:
 * @exception: a policy exception
 *
 * Adds the exception's message with a warning icon, or an error icon
 * when it blocks submission.
 *
 * Returns: (transfer none): the new #AdwActionRow
 */
GtkWidget *
tr_rows_add_exception (AdwPreferencesGroup *group,
                       GPtrArray           *rows,
                       TrException         *exception)
{
  gboolean blocking = tr_exception_get_is_blocking (exception);
  const char *message = tr_exception_get_message (exception);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (blocking ? "dialog-error-symbolic"
                                                           : "dialog-warning-symbolic");

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  blocking ? _("Blocking exception") : _("Warning"), -1);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 message ? message : tr_exception_get_code (exception));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               blocking ? _("Blocks submission until fixed")
                                        : _("Policy warning"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_widget_add_css_class (row, blocking ? "exception-error" : "exception-warning");
  adw_preferences_group_add (group, row);
  g_ptr_array_add (rows, row);
  return row;
}

void
tr_rows_clear (AdwPreferencesGroup *group,
               GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}
