/* tr-send-back-dialog.c
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

#define G_LOG_DOMAIN "tr-approve"

#include <glib/gi18n.h>

#include "tr-send-back-dialog.h"

/* TrSendBackDialog: asks the approver why the request goes back. A send
 * back needs a comment: the Send Back response stays disabled, with a
 * sentence saying so, until the comment holds more than white space.
 * ::send-back carries the comment (trimmed). */

struct _TrSendBackDialog
{
  AdwMessageDialog  parent_instance;

  GtkTextView      *text_view;
  GtkLabel         *hint_label;
  gboolean          can_send;
};

G_DEFINE_FINAL_TYPE (TrSendBackDialog, tr_send_back_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_CAN_SEND,
  N_PROPS
};

enum {
  SEND_BACK,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

char *
tr_send_back_dialog_dup_comment (TrSendBackDialog *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  g_return_val_if_fail (TR_IS_SEND_BACK_DIALOG (self), NULL);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  return g_strdup (g_strstrip (text));
}

void
tr_send_back_dialog_set_comment (TrSendBackDialog *self,
                                 const char       *comment)
{
  g_return_if_fail (TR_IS_SEND_BACK_DIALOG (self));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), comment ? comment : "", -1);
}

gboolean
tr_send_back_dialog_get_can_send (TrSendBackDialog *self)
{
  g_return_val_if_fail (TR_IS_SEND_BACK_DIALOG (self), FALSE);

  return self->can_send;
}

/**
 * tr_send_back_dialog_get_hint:
 * @self: a dialog
 *
 * Returns: the sentence shown under the comment
 */
const char *
tr_send_back_dialog_get_hint (TrSendBackDialog *self)
{
  g_return_val_if_fail (TR_IS_SEND_BACK_DIALOG (self), NULL);

  return gtk_label_get_label (self->hint_label);
}

static void
on_changed_cb (GtkTextBuffer    *buffer,
               TrSendBackDialog *self)
{
  g_autofree char *comment = tr_send_back_dialog_dup_comment (self);
  gboolean can_send = *comment != '\0';

  gtk_label_set_label (self->hint_label,
                       can_send ? _("The traveler sees this comment with the request.")
                                : _("A comment is required: tell the traveler what to change before submitting again."));
  if (can_send)
    gtk_widget_remove_css_class (GTK_WIDGET (self->hint_label), "warning");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->hint_label), "warning");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "send-back", can_send);
  if (self->can_send == can_send)
    return;
  self->can_send = can_send;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_SEND]);
}

static void
tr_send_back_dialog_response (AdwMessageDialog *dialog,
                              const char       *response)
{
  TrSendBackDialog *self = TR_SEND_BACK_DIALOG (dialog);
  g_autofree char *comment = tr_send_back_dialog_dup_comment (self);

  /* A disabled response cannot be chosen from the UI; refuse it from code too. */
  if (g_strcmp0 (response, "send-back") == 0 && *comment != '\0')
    g_signal_emit (self, signals[SEND_BACK], 0, comment);
}

static void
tr_send_back_dialog_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TrSendBackDialog *self = TR_SEND_BACK_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CAN_SEND:
      g_value_set_boolean (value, self->can_send);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_send_back_dialog_class_init (TrSendBackDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = tr_send_back_dialog_get_property;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = tr_send_back_dialog_response;

  properties[PROP_CAN_SEND] =
    g_param_spec_boolean ("can-send", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TrSendBackDialog::send-back:
   * @self: the dialog
   * @comment: the approver's comment, never empty
   */
  signals[SEND_BACK] = g_signal_new ("send-back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static GtkWidget *
build_extra_child (TrSendBackDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *label = gtk_label_new_with_mnemonic (_("_Comment for the traveler"));

  self->text_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->text_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (self->text_view, FALSE);
  gtk_text_view_set_top_margin (self->text_view, 6);
  gtk_text_view_set_bottom_margin (self->text_view, 6);
  gtk_text_view_set_left_margin (self->text_view, 6);
  gtk_text_view_set_right_margin (self->text_view, 6);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->text_view));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->text_view));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 96);
  gtk_widget_add_css_class (scrolled, "card");
  self->hint_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->hint_label, TRUE);
  gtk_label_set_xalign (self->hint_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->hint_label), "caption");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->hint_label));
  return box;
}

static void
tr_send_back_dialog_init (TrSendBackDialog *self)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);

  adw_message_dialog_set_heading (dialog, _("Send Back to the Traveler?"));
  adw_message_dialog_set_extra_child (dialog, build_extra_child (self));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "send-back", _("Send _Back"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "send-back", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (on_changed_cb), self, 0);
  on_changed_cb (NULL, self);
}

/**
 * tr_send_back_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @request_name: (nullable): the request's name, for the body
 *
 * Returns: (transfer floating): a modal dialog
 */
GtkWidget *
tr_send_back_dialog_new (GtkWindow  *parent,
                         const char *request_name)
{
  TrSendBackDialog *self = g_object_new (TR_TYPE_SEND_BACK_DIALOG,
                                         "transient-for", parent,
                                         "modal", TRUE,
                                         NULL);
  g_autofree char *body = NULL;

  if (request_name != NULL && *request_name != '\0')
    /* Translators: %s is the name of a travel request */
    body = g_strdup_printf (_("“%s” goes back to the traveler, who can change it and submit it again."),
                            request_name);
  else
    body = g_strdup (_("The request goes back to the traveler, who can change it and submit it again."));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  return GTK_WIDGET (self);
}
