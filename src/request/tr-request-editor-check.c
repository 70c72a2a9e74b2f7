/* tr-request-editor-check.c
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
#include "tr-request-editor-private.h"
#include "tr-request-format.h"
#include "tr-store-fold.h"

/* Inline validation and the destination search of the request editor. */

static void
set_message (char          **messages,
             TrEditorField   field,
             GError         *error)
{
  if (error != NULL && messages[field] == NULL)
    messages[field] = g_strdup (error->message);
}

static void
check_dates (TrRequestEditor  *self,
             char            **messages)
{
  g_autoptr(GError) e1 = NULL, e2 = NULL, e3 = NULL, e4 = NULL, e5 = NULL;
  g_autofree char *start_text = tr_editor_dup_text (self->start_date_row);
  g_autofree char *end_text = tr_editor_dup_text (self->end_date_row);
  GDate start, end;
  int start_time, end_time;
  gboolean ok;

  ok = tr_validation_parse_date (start_text, &start, &e1);
  ok &= tr_validation_parse_date (end_text, &end, &e2);
  ok &= tr_validation_parse_time (gtk_editable_get_text (GTK_EDITABLE (self->start_time_row)),
                                  &start_time, &e3);
  ok &= tr_validation_parse_time (gtk_editable_get_text (GTK_EDITABLE (self->end_time_row)),
                                  &end_time, &e4);
  set_message (messages, TR_EDITOR_FIELD_START_DATE, e1);
  set_message (messages, TR_EDITOR_FIELD_END_DATE, e2);
  set_message (messages, TR_EDITOR_FIELD_START_TIME, e3);
  set_message (messages, TR_EDITOR_FIELD_END_TIME, e4);

  if (ok && !tr_validation_check_range (&start, start_time, &end, end_time, &e5))
    set_message (messages, g_date_compare (&start, &end) == 0 ? TR_EDITOR_FIELD_END_TIME
                                                              : TR_EDITOR_FIELD_END_DATE, e5);
}

static void
check_fields (TrRequestEditor  *self,
              char            **messages)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *destination = tr_editor_dup_text (self->destination_row);

  if (!tr_validation_check_required (gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                                     /* Translators: the subject of “%s is required.” */
                                     _("A name"), &error))
    set_message (messages, TR_EDITOR_FIELD_NAME, error);
  check_dates (self, messages);
  /* Typed text is sent as is only when the search, done, found nothing. */
  if (*destination != '\0' && self->destination == NULL && self->provider != NULL
      && (self->search_id != 0 || self->search_cancellable != NULL
          || (self->suggestions != NULL && g_list_model_get_n_items (self->suggestions) > 0)))
    messages[TR_EDITOR_FIELD_DESTINATION] =
      g_strdup (_("Choose the destination from the suggestions, so the server can find it."));
}

/**
 * tr_request_editor_check:
 * @all: show the messages of every field, not only of those the user
 *   touched
 *
 * Returns: %TRUE when no field is invalid
 */
gboolean
tr_request_editor_check (TrRequestEditor *self,
                         gboolean         all)
{
  char *messages[TR_EDITOR_N_FIELDS] = { NULL, };
  gboolean valid = TRUE;

  check_fields (self, messages);
  for (guint f = TR_EDITOR_FIELD_NAME; f < TR_EDITOR_N_FIELDS; f++)
    {
      gboolean shown = all || (self->touched & (1u << f)) != 0;
      const char *text = messages[f] && shown ? messages[f] : self->server_messages[f];

      valid &= messages[f] == NULL;
      if (self->rows[f] != NULL)
        tr_editor_mark (self->rows[f], self->messages[f], text);
      g_free (messages[f]);
    }
  return valid;
}

static GtkWidget *
create_suggestion_row (gpointer item,
                       gpointer user_data)
{
  g_autofree char *text = tr_format_location (TR_LOCATION (item));
  const char *country = tr_location_get_country_code (TR_LOCATION (item));
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), country ? country : "");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

/* The one suggestion named exactly as typed (case and accents aside) is
 * taken without being picked: "munich" is the city of Munich. Typing
 * again forgets it. */
static void
take_exact_match (TrRequestEditor *self,
                  GListModel      *found)
{
  g_autofree char *typed = tr_editor_dup_text (self->destination_row);
  g_autofree char *needle = tr_store_fold_text (typed);
  g_autoptr(TrLocation) match = NULL;

  for (guint i = 0; *needle != '\0' && i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(TrLocation) location = g_list_model_get_item (found, i);
      g_autofree char *name = tr_store_fold_text (tr_location_get_name (location));

      if (!g_str_equal (name, needle))
        continue;
      if (match != NULL)
        return;
      match = g_steal_pointer (&location);
    }
  if (match != NULL && self->destination == NULL)
    g_set_object (&self->destination, match);
}

static void
on_search_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  TrRequestEditor *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) found = NULL;

  found = tr_location_provider_search_finish (TR_LOCATION_PROVIDER (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->search_cancellable);
  g_clear_object (&self->suggestions);
  if (found == NULL)
    {
      g_debug ("Location search failed: %s", error->message);
      gtk_popover_popdown (self->suggestions_popover);
      tr_request_editor_check (self, FALSE);
      return;
    }
  self->suggestions = g_object_ref (found);
  take_exact_match (self, found);
  tr_request_editor_check (self, FALSE);
  gtk_list_box_bind_model (self->suggestions_list, found, create_suggestion_row, NULL, NULL);
  if (g_list_model_get_n_items (found) > 0)
    gtk_popover_popup (self->suggestions_popover);
  else
    gtk_popover_popdown (self->suggestions_popover);
}

static gboolean
start_search_cb (gpointer user_data)
{
  TrRequestEditor *self = user_data;
  g_autofree char *text = tr_editor_dup_text (self->destination_row);

  self->search_id = 0;
  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  if (*text == '\0' || self->provider == NULL)
    return G_SOURCE_REMOVE;

  self->search_cancellable = g_cancellable_new ();
  /* The editor outlives the search: dispose cancels it before going. */
  tr_location_provider_search_async (self->provider, text, self->search_cancellable,
                                     on_search_done_cb, self);
  return G_SOURCE_REMOVE;
}

void
tr_request_editor_search_changed (TrRequestEditor *self)
{
  g_clear_handle_id (&self->search_id, g_source_remove);
  self->search_id = g_timeout_add (150, start_search_cb, self);
}

void
tr_request_editor_stop_search (TrRequestEditor *self)
{
  g_clear_handle_id (&self->search_id, g_source_remove);
  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
}

static void
on_suggestion_activated_cb (GtkListBox      *list,
                            GtkListBoxRow   *row,
                            TrRequestEditor *self)
{
  g_autoptr(TrLocation) location = NULL;

  if (self->suggestions == NULL)
    return;
  location = g_list_model_get_item (self->suggestions, (guint) gtk_list_box_row_get_index (row));
  if (location != NULL)
    tr_request_editor_choose_destination (self, location);
}

void
tr_request_editor_setup_search (TrRequestEditor *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->suggestions_popover = GTK_POPOVER (gtk_popover_new ());
  self->suggestions_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_popover_set_autohide (self->suggestions_popover, FALSE);
  gtk_popover_set_has_arrow (self->suggestions_popover, FALSE);
  gtk_popover_set_position (self->suggestions_popover, GTK_POS_BOTTOM);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 280);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->suggestions_list));
  gtk_popover_set_child (self->suggestions_popover, scrolled);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->suggestions_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Destination suggestions"), -1);
  gtk_widget_set_parent (GTK_WIDGET (self->suggestions_popover), GTK_WIDGET (self->destination_row));
  g_signal_connect (self->suggestions_list, "row-activated",
                    G_CALLBACK (on_suggestion_activated_cb), self);
}
