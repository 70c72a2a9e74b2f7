/* tr-request-editor.c
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

#include "tr-api-error.h"
#include "tr-editor-util.h"
#include "tr-request-editor-private.h"
#include "tr-request-format.h"
#include "tr-request-style.h"

/* The editor of a request's header: name, purpose, dates and times with
 * calendar popovers, main destination (searched through a pluggable
 * TrLocationProvider), policy, travel agency, custom fields and comment.
 * Validates as the user types; Ctrl+S saves, Escape asks before
 * discarding changes. */

G_DEFINE_FINAL_TYPE (TrRequestEditor, tr_request_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_REQUEST,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
guint tr_request_editor_signals[TR_REQUEST_EDITOR_N_SIGNALS];

void
tr_request_editor_set_modified (TrRequestEditor *self,
                                gboolean         modified)
{
  if (self->modified == modified)
    return;
  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static TrEditorField
field_of (TrRequestEditor *self,
          GtkWidget       *row)
{
  for (guint f = 0; f < TR_EDITOR_N_FIELDS; f++)
    if (self->rows[f] == row)
      return (TrEditorField) f;
  return TR_EDITOR_FIELD_CUSTOM;
}

static void
on_field_changed_cb (GtkWidget       *row,
                     TrRequestEditor *self)
{
  TrEditorField field;

  if (self->loading)
    return;
  field = field_of (self, row);
  self->touched |= 1u << field;
  g_clear_pointer (&self->server_messages[field], g_free);
  if (row == GTK_WIDGET (self->destination_row))
    {
      g_clear_object (&self->destination);
      tr_request_editor_search_changed (self);
    }
  tr_request_editor_set_modified (self, TRUE);
  tr_request_editor_check (self, FALSE);
}

static void
on_combo_changed_cb (GObject         *row,
                     GParamSpec      *pspec,
                     TrRequestEditor *self)
{
  on_field_changed_cb (GTK_WIDGET (row), self);
}

static char *
link_id (TrResourceLink *link)
{
  return g_strdup (link ? tr_resource_link_get_id (link) : NULL);
}

static void
select_by_id (AdwComboRow *row,
              GListModel  *items,
              const char  *id)
{
  guint n = items ? g_list_model_get_n_items (items) : 0;

  gtk_widget_set_visible (GTK_WIDGET (row), n > 0);
  adw_combo_row_set_model (row, items);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      g_autofree char *item_id = NULL;

      g_object_get (item, "id", &item_id, NULL);
      if (g_strcmp0 (item_id, id) == 0)
        {
          adw_combo_row_set_selected (row, i);
          return;
        }
    }
  adw_combo_row_set_selected (row, GTK_INVALID_LIST_POSITION);
}

static char *
dup_selected_id (AdwComboRow *row)
{
  GObject *item = adw_combo_row_get_selected_item (row);
  char *id = NULL;

  if (item != NULL)
    g_object_get (item, "id", &id, NULL);
  return id;
}

/* Fills one choice row. A choice the user already made survives a new
 * list (policies and agencies arrive after the editor opened); otherwise
 * the request's own value is selected. */
static void
load_choice (TrRequestEditor *self,
             TrEditorField    field,
             GListModel      *items,
             TrResourceLink  *saved)
{
  AdwComboRow *row = ADW_COMBO_ROW (self->rows[field]);
  g_autofree char *id = (self->touched & (1u << field)) ? dup_selected_id (row) : link_id (saved);
  gboolean loading = self->loading;

  self->loading = TRUE;
  select_by_id (row, items, id);
  self->loading = loading;
}

static void
load_choices (TrRequestEditor *self)
{
  load_choice (self, TR_EDITOR_FIELD_POLICY, self->policies, tr_request_get_policy (self->request));
  load_choice (self, TR_EDITOR_FIELD_AGENCY, self->agencies, tr_request_get_travel_agency (self->request));
}

static void
load_custom_fields (TrRequestEditor *self)
{
  for (guint i = 0; i < self->custom_rows->len; i++)
    adw_preferences_group_remove (self->custom_group, g_ptr_array_index (self->custom_rows, i));
  g_ptr_array_set_size (self->custom_rows, 0);

  for (guint n = 1; n <= 20; n++)
    {
      TrCustomField *field = tr_request_get_custom (self->request, n);
      g_autofree char *title = NULL;
      GtkWidget *row;

      if (field == NULL)
        continue;
      /* Translators: %u is the number of a custom field, from 1 to 20 */
      title = g_strdup_printf (_("Custom field %u"), n);
      row = adw_entry_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      /* List items are chosen by id on the web form: show their code and
       * keep them as they are. */
      tr_editor_set_text (ADW_ENTRY_ROW (row), tr_custom_field_get_code (field)
                                               ? tr_custom_field_get_code (field)
                                               : tr_custom_field_get_value (field));
      gtk_widget_set_sensitive (row, tr_custom_field_get_code (field) == NULL);
      g_object_set_data (G_OBJECT (row), "custom-index", GUINT_TO_POINTER (n));
      g_signal_connect (row, "changed", G_CALLBACK (on_field_changed_cb), self);
      adw_preferences_group_add (self->custom_group, row);
      g_ptr_array_add (self->custom_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->custom_group), self->custom_rows->len > 0);
}

static void
load_date (AdwEntryRow *date_row,
           AdwEntryRow *time_row,
           const GDate *date,
           int          minutes)
{
  g_autofree char *date_text = tr_validation_format_date (date);
  g_autofree char *time_text = tr_validation_format_time (minutes);

  tr_editor_set_text (date_row, date_text);
  tr_editor_set_text (time_row, time_text);
}

static void
load (TrRequestEditor *self)
{
  TrRequest *request = self->request;
  g_autofree char *destination = NULL;

  self->loading = TRUE;
  g_set_object (&self->destination, tr_request_get_main_destination (request));
  destination = tr_format_location (self->destination);
  tr_editor_set_text (self->name_row, tr_request_get_name (request));
  tr_editor_set_text (self->purpose_row, tr_request_get_business_purpose (request));
  load_date (self->start_date_row, self->start_time_row,
             tr_request_get_start_date (request), tr_request_get_start_time (request));
  load_date (self->end_date_row, self->end_time_row,
             tr_request_get_end_date (request), tr_request_get_end_time (request));
  tr_editor_set_text (self->destination_row, destination);
  tr_editor_set_text (self->comment_row, tr_request_get_comment (request));
  load_choices (self);
  load_custom_fields (self);
  self->loading = FALSE;

  self->touched = 0;
  for (guint f = 0; f < TR_EDITOR_N_FIELDS; f++)
    g_clear_pointer (&self->server_messages[f], g_free);
  gtk_widget_set_visible (GTK_WIDGET (self->general_message), FALSE);
  tr_request_editor_set_modified (self, FALSE);
  tr_request_editor_check (self, FALSE);
}

static char *
dup_nullable_text (AdwEntryRow *row)
{
  g_autofree char *text = tr_editor_dup_text (row);

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static TrResourceLink *
dup_selected_link (AdwComboRow *row)
{
  GObject *item = gtk_widget_get_visible (GTK_WIDGET (row))
                  ? adw_combo_row_get_selected_item (row) : NULL;
  g_autofree char *id = NULL;
  TrResourceLink *link;

  if (item == NULL)
    return NULL;
  g_object_get (item, "id", &id, NULL);
  link = tr_resource_link_new ();
  tr_resource_link_set_id (link, id);
  return link;
}

static void
apply_dates (TrRequestEditor *self,
             TrRequest       *request)
{
  GDate date;
  int minutes;

  tr_validation_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->start_date_row)), &date, NULL);
  tr_request_set_start_date (request, g_date_valid (&date) ? &date : NULL);
  tr_validation_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->end_date_row)), &date, NULL);
  tr_request_set_end_date (request, g_date_valid (&date) ? &date : NULL);
  tr_validation_parse_time (gtk_editable_get_text (GTK_EDITABLE (self->start_time_row)), &minutes, NULL);
  tr_request_set_start_time (request, minutes);
  tr_validation_parse_time (gtk_editable_get_text (GTK_EDITABLE (self->end_time_row)), &minutes, NULL);
  tr_request_set_end_time (request, minutes);
}

static void
apply_destination (TrRequestEditor *self,
                   TrRequest       *request)
{
  g_autofree char *text = dup_nullable_text (self->destination_row);
  g_autoptr(TrLocation) typed = NULL;

  if (self->destination != NULL || text == NULL)
    {
      tr_request_set_main_destination (request, self->destination);
      return;
    }
  /* No provider to resolve it: send the city as typed, the server resolves. */
  typed = tr_location_new ();
  tr_location_set_city (typed, text);
  tr_location_set_name (typed, text);
  tr_request_set_main_destination (request, typed);
}

static void
apply (TrRequestEditor *self)
{
  TrRequest *request = self->request;
  g_autofree char *name = dup_nullable_text (self->name_row);
  g_autofree char *purpose = dup_nullable_text (self->purpose_row);
  g_autofree char *comment = dup_nullable_text (self->comment_row);
  g_autoptr(TrResourceLink) policy = dup_selected_link (self->policy_row);
  g_autoptr(TrResourceLink) agency = dup_selected_link (self->agency_row);

  tr_request_set_name (request, name);
  tr_request_set_business_purpose (request, purpose);
  tr_request_set_comment (request, comment);
  apply_dates (self, request);
  apply_destination (self, request);
  if (policy != NULL)
    tr_request_set_policy (request, policy);
  if (agency != NULL)
    tr_request_set_travel_agency (request, agency);
  for (guint i = 0; i < self->custom_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->custom_rows, i);
      guint n = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "custom-index"));
      g_autofree char *value = tr_editor_dup_text (ADW_ENTRY_ROW (row));

      if (gtk_widget_get_sensitive (row))
        tr_custom_field_set_value (tr_request_get_custom (request, n), value);
    }
}

static GtkWidget *
first_invalid (TrRequestEditor *self)
{
  for (guint f = 0; f < TR_EDITOR_N_FIELDS; f++)
    if (self->rows[f] != NULL && gtk_widget_has_css_class (self->rows[f], "error"))
      return self->rows[f];
  return NULL;
}

/**
 * tr_request_editor_save:
 *
 * Validates every field; when all are valid, writes them to the request
 * and emits #TrRequestEditor::save-requested. Otherwise the invalid
 * fields are marked and the first one is focused.
 *
 * Returns: %TRUE when the request was valid and handed over
 */
gboolean
tr_request_editor_save (TrRequestEditor *self)
{
  GtkWidget *invalid;

  g_return_val_if_fail (TR_IS_REQUEST_EDITOR (self), FALSE);

  if (!tr_request_editor_check (self, TRUE))
    {
      invalid = first_invalid (self);
      if (invalid != NULL)
        gtk_widget_grab_focus (invalid);
      return FALSE;
    }
  apply (self);
  g_signal_emit (self, tr_request_editor_signals[TR_REQUEST_EDITOR_SAVE_REQUESTED], 0, self->request);
  tr_request_editor_set_modified (self, FALSE);
  return TRUE;
}

static void
on_discard_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        TrRequestEditor  *self)
{
  if (g_strcmp0 (response, "discard") != 0)
    return;
  tr_request_editor_set_modified (self, FALSE);
  g_signal_emit (self, tr_request_editor_signals[TR_REQUEST_EDITOR_CLOSED], 0);
}

/**
 * tr_request_editor_request_close:
 *
 * What Escape does: closes at once when nothing changed, otherwise asks
 * whether to discard the changes. #TrRequestEditor::closed is emitted
 * when the editor may go.
 */
void
tr_request_editor_request_close (TrRequestEditor *self)
{
  GtkRoot *root;
  GtkWidget *dialog;

  g_return_if_fail (TR_IS_REQUEST_EDITOR (self));

  if (!self->modified)
    {
      g_signal_emit (self, tr_request_editor_signals[TR_REQUEST_EDITOR_CLOSED], 0);
      return;
    }
  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Discard Changes?"),
                                   _("The changes you made to this request will be lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Editing"), "discard", _("_Discard"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * tr_request_editor_show_server_error:
 * @error: the error of a save or a submit
 *
 * Shows the server's message on the field it concerns (or above the form
 * when it names none), the same way as inline validation. What the user
 * typed is kept.
 */
void
tr_request_editor_show_server_error (TrRequestEditor *self,
                                     const GError    *error)
{
  const char *code = NULL;
  const char *message;
  TrEditorField field;

  g_return_if_fail (TR_IS_REQUEST_EDITOR (self));
  g_return_if_fail (error != NULL);

  if (error->domain == TR_API_ERROR)
    code = tr_api_error_get_server_code (error);
  message = error->domain == TR_API_ERROR && tr_api_error_get_server_message (error)
            ? tr_api_error_get_server_message (error) : error->message;
  field = tr_validation_field_for_server_error (code, message);

  if (field == TR_EDITOR_FIELD_NONE || self->rows[field] == NULL)
    {
      gtk_label_set_label (self->general_message, message);
      gtk_widget_set_visible (GTK_WIDGET (self->general_message), TRUE);
      return;
    }
  g_free (self->server_messages[field]);
  self->server_messages[field] = g_strdup (message);
  tr_request_editor_check (self, FALSE);
}

static gboolean
save_binding_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  tr_request_editor_save (TR_REQUEST_EDITOR (widget));
  return TRUE;
}

static gboolean
close_binding_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  TrRequestEditor *self = TR_REQUEST_EDITOR (widget);

  if (gtk_widget_get_visible (GTK_WIDGET (self->suggestions_popover)))
    gtk_popover_popdown (self->suggestions_popover);
  else
    tr_request_editor_request_close (self);
  return TRUE;
}

static void
tr_request_editor_dispose (GObject *object)
{
  TrRequestEditor *self = TR_REQUEST_EDITOR (object);

  tr_request_editor_stop_search (self);
  tr_request_editor_clear_expenses (self);
  if (self->suggestions_popover != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->suggestions_popover));
  self->suggestions_popover = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), TR_TYPE_REQUEST_EDITOR);
  g_clear_object (&self->suggestions);
  g_clear_object (&self->provider);
  g_clear_object (&self->request);
  g_clear_object (&self->destination);
  g_clear_object (&self->policies);
  g_clear_object (&self->agencies);

  G_OBJECT_CLASS (tr_request_editor_parent_class)->dispose (object);
}

static void
tr_request_editor_finalize (GObject *object)
{
  TrRequestEditor *self = TR_REQUEST_EDITOR (object);

  for (guint f = 0; f < TR_EDITOR_N_FIELDS; f++)
    g_free (self->server_messages[f]);
  g_ptr_array_unref (self->custom_rows);
  g_free (self->currency);

  G_OBJECT_CLASS (tr_request_editor_parent_class)->finalize (object);
}

static void
tr_request_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TrRequestEditor *self = TR_REQUEST_EDITOR (object);

  switch (prop_id)
    {
    case PROP_REQUEST:
      g_value_set_object (value, self->request);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_request_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TrRequestEditor *self = TR_REQUEST_EDITOR (object);

  switch (prop_id)
    {
    case PROP_REQUEST:
      tr_request_editor_set_request (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_signals (GObjectClass *object_class)
{
  /**
   * TrRequestEditor::save-requested:
   * @request: the edited copy of the request, valid
   *
   * The user saved (Save button or Ctrl+S): write @request to the store.
   */
  tr_request_editor_signals[TR_REQUEST_EDITOR_SAVE_REQUESTED] =
    g_signal_new ("save-requested", G_TYPE_FROM_CLASS (object_class), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TR_TYPE_REQUEST);
  /**
   * TrRequestEditor::closed:
   *
   * The editor may go: nothing was changed, or the user chose to discard.
   */
  tr_request_editor_signals[TR_REQUEST_EDITOR_CLOSED] =
    g_signal_new ("closed", G_TYPE_FROM_CLASS (object_class), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
tr_request_editor_class_init (TrRequestEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tr_request_editor_dispose;
  object_class->finalize = tr_request_editor_finalize;
  object_class->get_property = tr_request_editor_get_property;
  object_class->set_property = tr_request_editor_set_property;

  properties[PROP_REQUEST] =
    g_param_spec_object ("request", NULL, NULL, TR_TYPE_REQUEST,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  install_signals (object_class);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/travelrequests/TravelRequests/request/tr-request-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TrRequestEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, TrRequestEditor, purpose_row);
  gtk_widget_class_bind_template_child (widget_class, TrRequestEditor, start_date_row);
  gtk_widget_class_bind_template_child (widget_class, TrRequestEditor, start_time_row);
  gtk_widget_class_bind_template_child (widget_class, TrRequestEditor, end_date_row);
  gtk_widget_class_bind_template_child (widget_class, TrRequestEditor, end_time_row);
  gtk_widget_class_bind_template_child (widget_class, TrRequestEditor, destination_row);
  gtk_widget_class_bind_template_child (widget_class, TrRequestEditor, policy_row);
  gtk_widget_class_bind_template_child (widget_class, TrRequestEditor, agency_row);
  gtk_widget_class_bind_template_child (widget_class, TrRequestEditor, custom_group);
  gtk_widget_class_bind_template_child (widget_class, TrRequestEditor, comment_row);
  gtk_widget_class_bind_template_child (widget_class, TrRequestEditor, general_message);
  gtk_widget_class_bind_template_child (widget_class, TrRequestEditor, expenses_group);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_combo_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, tr_request_editor_save);

  tr_request_editor_install_expense_actions (widget_class);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, save_binding_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, close_binding_cb, NULL);
}

static void
register_rows (TrRequestEditor *self)
{
  GtkWidget *rows[TR_EDITOR_N_FIELDS] = {
    [TR_EDITOR_FIELD_NAME] = GTK_WIDGET (self->name_row),
    [TR_EDITOR_FIELD_PURPOSE] = GTK_WIDGET (self->purpose_row),
    [TR_EDITOR_FIELD_START_DATE] = GTK_WIDGET (self->start_date_row),
    [TR_EDITOR_FIELD_START_TIME] = GTK_WIDGET (self->start_time_row),
    [TR_EDITOR_FIELD_END_DATE] = GTK_WIDGET (self->end_date_row),
    [TR_EDITOR_FIELD_END_TIME] = GTK_WIDGET (self->end_time_row),
    [TR_EDITOR_FIELD_DESTINATION] = GTK_WIDGET (self->destination_row),
    [TR_EDITOR_FIELD_POLICY] = GTK_WIDGET (self->policy_row),
    [TR_EDITOR_FIELD_AGENCY] = GTK_WIDGET (self->agency_row),
    [TR_EDITOR_FIELD_CUSTOM] = GTK_WIDGET (self->custom_group),
    [TR_EDITOR_FIELD_COMMENT] = GTK_WIDGET (self->comment_row),
  };

  for (guint f = TR_EDITOR_FIELD_NAME; f < TR_EDITOR_N_FIELDS; f++)
    {
      self->rows[f] = rows[f];
      self->messages[f] = f == TR_EDITOR_FIELD_CUSTOM
                          ? GTK_LABEL (gtk_label_new (NULL)) : tr_editor_add_message (rows[f]);
    }
  /* The custom fields' message goes below their own group. */
  gtk_label_set_wrap (self->messages[TR_EDITOR_FIELD_CUSTOM], TRUE);
  gtk_label_set_xalign (self->messages[TR_EDITOR_FIELD_CUSTOM], 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->messages[TR_EDITOR_FIELD_CUSTOM]), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->messages[TR_EDITOR_FIELD_CUSTOM]), FALSE);
  adw_preferences_group_add (self->custom_group, GTK_WIDGET (self->messages[TR_EDITOR_FIELD_CUSTOM]));
}

static void
tr_request_editor_init (TrRequestEditor *self)
{
  g_autoptr(GtkExpression) policy_name =
    gtk_property_expression_new (TR_TYPE_POLICY, NULL, "name");
  g_autoptr(GtkExpression) agency_name =
    gtk_property_expression_new (TR_TYPE_TRAVEL_AGENCY, NULL, "name");

  tr_request_style_ensure ();
  gtk_widget_init_template (GTK_WIDGET (self));

  self->custom_rows = g_ptr_array_new ();
  adw_combo_row_set_expression (self->policy_row, policy_name);
  adw_combo_row_set_expression (self->agency_row, agency_name);
  tr_editor_add_calendar (self->start_date_row);
  tr_editor_add_calendar (self->end_date_row);
  register_rows (self);
  tr_request_editor_setup_search (self);
  tr_request_editor_setup_expenses (self);
  tr_request_editor_set_request (self, NULL);
}

GtkWidget *
tr_request_editor_new (void)
{
  return g_object_new (TR_TYPE_REQUEST_EDITOR, NULL);
}

/**
 * tr_request_editor_get_request:
 *
 * Returns: (transfer none): the copy being edited; it holds the user's
 *   values after tr_request_editor_save()
 */
TrRequest *
tr_request_editor_get_request (TrRequestEditor *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_EDITOR (self), NULL);

  return self->request;
}

/**
 * tr_request_editor_set_request:
 * @request: (nullable): the request to edit, or %NULL for a new one
 *
 * Edits a copy of @request; @request itself is never changed. The list
 * of expected expenses is emptied: set it with
 * tr_request_editor_set_expenses().
 */
void
tr_request_editor_set_request (TrRequestEditor *self,
                               TrRequest       *request)
{
  g_autoptr(GError) error = NULL;
  TrRequest *copy;

  g_return_if_fail (TR_IS_REQUEST_EDITOR (self));
  g_return_if_fail (request == NULL || TR_IS_REQUEST (request));

  copy = request ? tr_request_copy (request, &error) : tr_request_new ();
  if (copy == NULL)
    {
      g_warning ("Cannot edit request: %s", error->message);
      copy = tr_request_new ();
    }
  g_clear_object (&self->request);
  self->request = copy;
  g_list_store_remove_all (self->expenses);
  load (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REQUEST]);
}

/**
 * tr_request_editor_set_location_provider:
 * @provider: (nullable): where destination suggestions come from
 */
void
tr_request_editor_set_location_provider (TrRequestEditor    *self,
                                         TrLocationProvider *provider)
{
  g_return_if_fail (TR_IS_REQUEST_EDITOR (self));
  g_return_if_fail (provider == NULL || TR_IS_LOCATION_PROVIDER (provider));

  tr_request_editor_stop_search (self);
  g_set_object (&self->provider, provider);
}

/**
 * tr_request_editor_set_policies:
 * @policies: (nullable): the user's request policies (#TrPolicy), from
 *   `/userpolicies`
 */
void
tr_request_editor_set_policies (TrRequestEditor *self,
                                GListModel      *policies)
{
  g_return_if_fail (TR_IS_REQUEST_EDITOR (self));

  g_set_object (&self->policies, policies);
  load_choice (self, TR_EDITOR_FIELD_POLICY, policies,
               self->request ? tr_request_get_policy (self->request) : NULL);
}

/**
 * tr_request_editor_set_travel_agencies:
 * @agencies: (nullable): the travel agencies (#TrTravelAgency) to choose from
 */
void
tr_request_editor_set_travel_agencies (TrRequestEditor *self,
                                       GListModel      *agencies)
{
  g_return_if_fail (TR_IS_REQUEST_EDITOR (self));

  g_set_object (&self->agencies, agencies);
  load_choice (self, TR_EDITOR_FIELD_AGENCY, agencies,
               self->request ? tr_request_get_travel_agency (self->request) : NULL);
}

/**
 * tr_request_editor_get_suggestions:
 *
 * Returns: (transfer none) (nullable): the destination suggestions shown
 */
GListModel *
tr_request_editor_get_suggestions (TrRequestEditor *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_EDITOR (self), NULL);

  return self->suggestions;
}

/**
 * tr_request_editor_choose_destination:
 * @location: the main destination
 *
 * What activating a suggestion does.
 */
void
tr_request_editor_choose_destination (TrRequestEditor *self,
                                      TrLocation      *location)
{
  g_autofree char *text = NULL;

  g_return_if_fail (TR_IS_REQUEST_EDITOR (self));
  g_return_if_fail (TR_IS_LOCATION (location));

  tr_request_editor_stop_search (self);
  text = tr_format_location (location);
  self->loading = TRUE;
  tr_editor_set_text (self->destination_row, text);
  self->loading = FALSE;
  g_set_object (&self->destination, location);
  g_clear_pointer (&self->server_messages[TR_EDITOR_FIELD_DESTINATION], g_free);
  gtk_popover_popdown (self->suggestions_popover);
  tr_request_editor_set_modified (self, TRUE);
  tr_request_editor_check (self, FALSE);
}

gboolean
tr_request_editor_is_modified (TrRequestEditor *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_EDITOR (self), FALSE);

  return self->modified;
}

/**
 * tr_request_editor_validate:
 *
 * Shows the message of every invalid field, touched or not.
 *
 * Returns: %TRUE when every field is valid
 */
gboolean
tr_request_editor_validate (TrRequestEditor *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_EDITOR (self), FALSE);

  return tr_request_editor_check (self, TRUE);
}

GtkWidget *
tr_request_editor_get_field_widget (TrRequestEditor *self,
                                    TrEditorField    field)
{
  g_return_val_if_fail (TR_IS_REQUEST_EDITOR (self), NULL);
  g_return_val_if_fail (field < TR_EDITOR_N_FIELDS, NULL);

  return self->rows[field];
}

/**
 * tr_request_editor_get_field_message:
 *
 * Returns: (nullable): the message shown for @field, or %NULL
 */
const char *
tr_request_editor_get_field_message (TrRequestEditor *self,
                                     TrEditorField    field)
{
  g_return_val_if_fail (TR_IS_REQUEST_EDITOR (self), NULL);
  g_return_val_if_fail (field < TR_EDITOR_N_FIELDS, NULL);

  if (field == TR_EDITOR_FIELD_NONE)
    return gtk_widget_get_visible (GTK_WIDGET (self->general_message))
           ? gtk_label_get_label (self->general_message) : NULL;
  return tr_editor_get_message (self->messages[field]);
}
