/* tr-sign-in-dialog.c
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

#define G_LOG_DOMAIN "tr-sign-in-dialog"

#include <glib/gi18n.h>

#include "tr-api-error.h"
#include "tr-sign-in-dialog.h"

/* Asks where and how to sign in: data center (or a custom URL), the
 * company's client id and secret, then a username and password or the
 * browser. Errors are shown in the dialog, and what was typed is kept.
 * ::signed-in is emitted with the signed-in authorizer. */
struct _TrSignInDialog
{
  AdwWindow         parent_instance;

  AdwComboRow      *data_center_row;
  AdwEntryRow      *url_row;
  AdwEntryRow      *client_id_row;
  AdwEntryRow      *client_secret_row;
  AdwEntryRow      *username_row;
  AdwEntryRow      *password_row;
  GtkLabel         *error_label;
  GtkSpinner       *spinner;
  GtkWidget        *form;

  GCancellable     *cancellable;
  char             *error;
};

G_DEFINE_FINAL_TYPE (TrSignInDialog, tr_sign_in_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNED_IN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (TrSignInDialog *self,
            const char     *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
set_busy (TrSignInDialog *self,
          gboolean        busy)
{
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_widget_set_sensitive (self->form, !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sign-in.password", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sign-in.browser", !busy);
}

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gboolean
is_blank (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (text_of (row)));

  return *text == '\0';
}

static TrDataCenter
selected_data_center (TrSignInDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->data_center_row);

  return selected <= TR_DATA_CENTER_CUSTOM ? (TrDataCenter) selected : TR_DATA_CENTER_US;
}

static gboolean
is_valid_url (const char *text)
{
  g_autoptr(GUri) uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);

  return uri != NULL && g_uri_get_host (uri) != NULL && *g_uri_get_host (uri) != '\0' &&
         (g_strcmp0 (g_uri_get_scheme (uri), "https") == 0 ||
          g_strcmp0 (g_uri_get_scheme (uri), "http") == 0);
}

/* Returns the first problem of the form, or %NULL. */
static const char *
check_form (TrSignInDialog *self,
            gboolean        with_password)
{
  if (selected_data_center (self) == TR_DATA_CENTER_CUSTOM && !is_valid_url (text_of (self->url_row)))
    return _("Enter the address of the server, such as https://us.api.concursolutions.com.");
  if (is_blank (self->client_id_row))
    return _("Enter the client id of your company’s app. Your SAP Concur administrator has it.");
  if (with_password && (is_blank (self->username_row) || is_blank (self->password_row)))
    return _("Enter your username and password, or sign in with the browser.");
  return NULL;
}

/**
 * tr_sign_in_dialog_get_client_secret:
 * @self: a #TrSignInDialog
 *
 * Returns: (nullable): the client secret typed in, %NULL when empty
 */
const char *
tr_sign_in_dialog_get_client_secret (TrSignInDialog *self)
{
  const char *secret;

  g_return_val_if_fail (TR_IS_SIGN_IN_DIALOG (self), NULL);

  secret = text_of (self->client_secret_row);
  return secret != NULL && *secret != '\0' ? secret : NULL;
}

static TrAuthorizer *
build_authorizer (TrSignInDialog *self)
{
  TrDataCenter data_center = selected_data_center (self);
  g_autofree char *url = g_strstrip (g_strdup (text_of (self->url_row)));
  g_autofree char *client_id = g_strstrip (g_strdup (text_of (self->client_id_row)));
  const char *secret = text_of (self->client_secret_row);

  return tr_authorizer_new (data_center,
                            data_center == TR_DATA_CENTER_CUSTOM ? url : NULL,
                            client_id,
                            *secret != '\0' ? secret : NULL);
}

static void
sign_in_done (TrSignInDialog *self,
              TrAuthorizer   *authorizer,
              GError         *error)
{
  g_autofree char *message = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);
  if (error != NULL)
    {
      if (g_error_matches (error, TR_API_ERROR, TR_API_ERROR_UNAUTHORIZED))
        message = g_strdup (_("The username, password, client id or secret was refused. Check them and try again."));
      else
        message = error->domain == TR_API_ERROR ? tr_api_error_describe (error) : g_strdup (error->message);
      show_error (self, message);
      return;
    }

  g_signal_emit (self, signals[SIGNED_IN], 0, authorizer, text_of (self->username_row));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_password_done_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(TrSignInDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  tr_authorizer_sign_in_password_finish (TR_AUTHORIZER (source), result, &error);
  sign_in_done (self, TR_AUTHORIZER (source), error);
}

static void
on_browser_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(TrSignInDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  tr_authorizer_sign_in_browser_finish (TR_AUTHORIZER (source), result, &error);
  sign_in_done (self, TR_AUTHORIZER (source), error);
}

static void
sign_in (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  TrSignInDialog *self = TR_SIGN_IN_DIALOG (widget);
  gboolean with_password = g_str_equal (action_name, "sign-in.password");
  const char *problem = check_form (self, with_password);
  g_autoptr(TrAuthorizer) authorizer = NULL;

  show_error (self, problem);
  if (problem != NULL)
    return;

  authorizer = build_authorizer (self);
  set_busy (self, TRUE);
  if (with_password)
    tr_authorizer_sign_in_password_async (authorizer, text_of (self->username_row),
                                          text_of (self->password_row), self->cancellable,
                                          on_password_done_cb, g_object_ref (self));
  else
    tr_authorizer_sign_in_browser_async (authorizer, self->cancellable,
                                         on_browser_done_cb, g_object_ref (self));
}

static void
on_data_center_changed_cb (TrSignInDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->url_row),
                          selected_data_center (self) == TR_DATA_CENTER_CUSTOM);
}

static void
on_password_activated_cb (TrSignInDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "sign-in.password", NULL);
}

static void
tr_sign_in_dialog_dispose (GObject *object)
{
  TrSignInDialog *self = TR_SIGN_IN_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), TR_TYPE_SIGN_IN_DIALOG);

  G_OBJECT_CLASS (tr_sign_in_dialog_parent_class)->dispose (object);
}

static void
tr_sign_in_dialog_finalize (GObject *object)
{
  TrSignInDialog *self = TR_SIGN_IN_DIALOG (object);

  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (tr_sign_in_dialog_parent_class)->finalize (object);
}

static void
tr_sign_in_dialog_class_init (TrSignInDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tr_sign_in_dialog_dispose;
  object_class->finalize = tr_sign_in_dialog_finalize;

  /**
   * TrSignInDialog::signed-in:
   * @self: the dialog
   * @authorizer: the signed-in #TrAuthorizer
   * @username: what the user typed as username ("" for the browser)
   */
  signals[SIGNED_IN] =
    g_signal_new ("signed-in", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, TR_TYPE_AUTHORIZER, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/travelrequests/TravelRequests/tr-sign-in-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TrSignInDialog, data_center_row);
  gtk_widget_class_bind_template_child (widget_class, TrSignInDialog, url_row);
  gtk_widget_class_bind_template_child (widget_class, TrSignInDialog, client_id_row);
  gtk_widget_class_bind_template_child (widget_class, TrSignInDialog, client_secret_row);
  gtk_widget_class_bind_template_child (widget_class, TrSignInDialog, username_row);
  gtk_widget_class_bind_template_child (widget_class, TrSignInDialog, password_row);
  gtk_widget_class_bind_template_child (widget_class, TrSignInDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, TrSignInDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, TrSignInDialog, form);
  gtk_widget_class_bind_template_callback (widget_class, on_data_center_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_password_activated_cb);
  gtk_widget_class_install_action (widget_class, "sign-in.password", NULL, sign_in);
  gtk_widget_class_install_action (widget_class, "sign-in.browser", NULL, sign_in);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tr_sign_in_dialog_init (TrSignInDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  on_data_center_changed_cb (self);
}

/**
 * tr_sign_in_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 *
 * Returns: (transfer floating): a new sign-in dialog
 */
TrSignInDialog *
tr_sign_in_dialog_new (GtkWindow *parent)
{
  return g_object_new (TR_TYPE_SIGN_IN_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
}

/**
 * tr_sign_in_dialog_fill:
 * @self: a #TrSignInDialog
 * @data_center: the data center to select
 * @custom_url: (nullable): the server URL for %TR_DATA_CENTER_CUSTOM
 * @client_id: (nullable): the company's client id
 * @client_secret: (nullable): its secret
 * @username: (nullable): the username
 *
 * Fills the form, e.g. with what was used last time.
 */
void
tr_sign_in_dialog_fill (TrSignInDialog *self,
                        TrDataCenter    data_center,
                        const char     *custom_url,
                        const char     *client_id,
                        const char     *client_secret,
                        const char     *username)
{
  g_return_if_fail (TR_IS_SIGN_IN_DIALOG (self));
  g_return_if_fail (data_center <= TR_DATA_CENTER_CUSTOM);

  adw_combo_row_set_selected (self->data_center_row, data_center);
  gtk_editable_set_text (GTK_EDITABLE (self->url_row), custom_url ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->client_id_row), client_id ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->client_secret_row), client_secret ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->username_row), username ?: "");
}

/**
 * tr_sign_in_dialog_get_error:
 * @self: a #TrSignInDialog
 *
 * Returns: (nullable): the error shown in the dialog
 */
const char *
tr_sign_in_dialog_get_error (TrSignInDialog *self)
{
  g_return_val_if_fail (TR_IS_SIGN_IN_DIALOG (self), NULL);

  return self->error;
}

gboolean
tr_sign_in_dialog_get_busy (TrSignInDialog *self)
{
  g_return_val_if_fail (TR_IS_SIGN_IN_DIALOG (self), FALSE);

  return gtk_spinner_get_spinning (self->spinner);
}
