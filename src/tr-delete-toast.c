/* tr-delete-toast.c
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

#define G_LOG_DOMAIN "tr-delete-toast"

#include <glib/gi18n.h>

#include "tr-api-error.h"
#include "tr-delete-toast.h"

/* Deleting a request with Undo: the request leaves the list at once and a
 * toast offers to bring it back; the deletion is only made when the toast
 * goes away (dismissed or timed out) without Undo, so nothing is lost by
 * a wrong click. If the deletion fails the request comes back, with the
 * reason in a new toast. */

typedef struct
{
  TrAccount     *account;
  TrRequestItem *item;
  GWeakRef       overlay;
  gboolean       undone;
} DeleteData;

static void
delete_data_free (gpointer user_data)
{
  DeleteData *data = user_data;

  g_clear_object (&data->account);
  g_clear_object (&data->item);
  g_weak_ref_clear (&data->overlay);
  g_free (data);
}

static void
on_deleted_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  DeleteData *data = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToastOverlay) overlay = NULL;
  g_autofree char *message = NULL;

  if (tr_account_delete_request_finish (TR_ACCOUNT (source), result, &error))
    {
      delete_data_free (data);
      return;
    }

  g_debug ("Could not delete the request: %s", error->message);
  tr_account_set_hidden (data->account, data->item, FALSE);
  overlay = g_weak_ref_get (&data->overlay);
  message = error->domain == TR_API_ERROR ? tr_api_error_describe (error)
                                          /* Translators: %s is an error message */
                                          : g_strdup_printf (_("Could not delete the request: %s"), error->message);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (overlay, adw_toast_new (message));
  delete_data_free (data);
}

static void
on_undo_cb (AdwToast   *toast,
            DeleteData *data)
{
  data->undone = TRUE;
  tr_account_set_hidden (data->account, data->item, FALSE);
}

static void
on_dismissed_cb (AdwToast   *toast,
                 DeleteData *data)
{
  g_autoptr(GObject) overlay = NULL;
  DeleteData *copy;

  if (data->undone)
    return;
  overlay = g_weak_ref_get (&data->overlay);
  /* The toast and its data go away now; the deletion keeps its own. */
  copy = g_new0 (DeleteData, 1);
  copy->account = g_object_ref (data->account);
  copy->item = g_object_ref (data->item);
  g_weak_ref_init (&copy->overlay, NULL);
  g_weak_ref_set (&copy->overlay, overlay);
  tr_account_delete_request_async (data->account, data->item, NULL, on_deleted_cb, copy);
}

/**
 * tr_delete_toast_show:
 * @overlay: the window's toast overlay
 * @account: the account of the request
 * @item: the request to delete
 *
 * Hides @item from the list and shows a toast that deletes it when
 * dismissed or timed out, unless its Undo button was pressed.
 *
 * Returns: (transfer none): the toast
 */
AdwToast *
tr_delete_toast_show (AdwToastOverlay *overlay,
                      TrAccount       *account,
                      TrRequestItem   *item)
{
  TrRequest *request;
  const char *name;
  g_autofree char *title = NULL;
  DeleteData *data;
  AdwToast *toast;

  g_return_val_if_fail (ADW_IS_TOAST_OVERLAY (overlay), NULL);
  g_return_val_if_fail (TR_IS_ACCOUNT (account), NULL);
  g_return_val_if_fail (TR_IS_REQUEST_ITEM (item), NULL);

  request = tr_request_item_get_request (item);
  name = request != NULL ? tr_request_get_name (request) : NULL;
  /* Translators: %s is the name of a travel request */
  title = name != NULL && *name != '\0' ? g_strdup_printf (_("“%s” deleted"), name)
                                        : g_strdup (_("Request deleted"));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);

  data = g_new0 (DeleteData, 1);
  data->account = g_object_ref (account);
  data->item = g_object_ref (item);
  g_weak_ref_init (&data->overlay, overlay);
  g_object_set_data_full (G_OBJECT (toast), "tr-delete-data", data, delete_data_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (on_undo_cb), data);
  g_signal_connect (toast, "dismissed", G_CALLBACK (on_dismissed_cb), data);

  tr_account_set_hidden (account, item, TRUE);
  adw_toast_overlay_add_toast (overlay, toast);
  return toast;
}
