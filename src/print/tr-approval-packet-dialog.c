/* tr-approval-packet-dialog.c
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

#define G_LOG_DOMAIN "tr-print"

#include <glib/gi18n.h>

#include "tr-approval-packet-private.h"

/* The print dialog of the approval packet, asynchronous. */

typedef struct
{
  GtkPrintOperation *operation;
  GCancellable      *cancellable;
  gulong             done_id;
  gulong             cancelled_id;
  gboolean           returned;
} PrintData;

static void
print_data_free (PrintData *data)
{
  g_clear_object (&data->operation);
  g_clear_object (&data->cancellable);
  g_free (data);
}

/* "done" may come during gtk_print_operation_run() or later, and run()
 * may fail first: whichever comes first returns the task. Disconnecting
 * drops the handlers' references to the task. */
static void
return_once (GTask                   *task,
             GtkPrintOperationResult  result,
             const GError            *run_error)
{
  PrintData *data = g_task_get_task_data (task);

  if (data->returned)
    return;
  data->returned = TRUE;
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    /* Translators: %s is an error message, or the words “unknown error” */
    g_task_return_new_error (task, TR_PRINT_ERROR, TR_PRINT_ERROR_FAILED, _("Printing failed: %s"),
                             run_error != NULL ? run_error->message : _("unknown error"));
  else if (result == GTK_PRINT_OPERATION_RESULT_CANCEL)
    g_task_return_new_error (task, TR_PRINT_ERROR, TR_PRINT_ERROR_CANCELLED, _("Printing was cancelled"));
  else
    g_task_return_boolean (task, TRUE);
  g_cancellable_disconnect (data->cancellable, data->cancelled_id);
  data->cancelled_id = 0;
  g_clear_signal_handler (&data->done_id, data->operation);
}

static void
on_done_cb (GtkPrintOperation       *operation,
            GtkPrintOperationResult  result,
            gpointer                 user_data)
{
  g_autoptr(GTask) task = g_object_ref (user_data);
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    gtk_print_operation_get_error (operation, &error);
  return_once (task, result, error);
}

static void
on_cancelled_cb (GCancellable *cancellable,
                 gpointer      user_data)
{
  gtk_print_operation_cancel (GTK_PRINT_OPERATION (user_data));
}

static void
start_print (GTask     *task,
             GtkWindow *parent)
{
  PrintData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  gtk_print_operation_set_allow_async (data->operation, TRUE);
  data->done_id = g_signal_connect_data (data->operation, "done", G_CALLBACK (on_done_cb),
                                         g_object_ref (task),
                                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  if (data->cancellable != NULL)
    data->cancelled_id = g_cancellable_connect (data->cancellable, G_CALLBACK (on_cancelled_cb),
                                                data->operation, NULL);
  result = gtk_print_operation_run (data->operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent, &error);
  if (result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    return_once (task, result, error);
}

/**
 * tr_approval_packet_print_async:
 * @self: a packet
 * @parent: (nullable): the window the print dialog belongs to
 * @cancellable: (nullable): cancels the print operation
 * @callback: called when printing is done, cancelled or failed
 * @user_data: data for @callback
 *
 * Shows the print dialog for the packet ("Print to File" gives a PDF).
 */
void
tr_approval_packet_print_async (TrApprovalPacket    *self,
                                GtkWindow           *parent,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  PrintData *data;

  g_return_if_fail (TR_IS_APPROVAL_PACKET (self));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_approval_packet_print_async);
  data = g_new0 (PrintData, 1);
  data->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  g_task_set_task_data (task, data, (GDestroyNotify) print_data_free);
  data->operation = tr_approval_packet_create_operation (self, &error);
  if (data->operation == NULL)
    {
      data->returned = TRUE;
      g_task_return_error (task, error);
      return;
    }
  start_print (task, parent);
}

/**
 * tr_approval_packet_print_finish:
 * @self: a packet
 * @result: the result passed to the callback
 * @error: return location for an error (%TR_PRINT_ERROR_CANCELLED when the
 *   user closed the dialog)
 *
 * Returns: %TRUE when the packet was sent to the printer or file
 */
gboolean
tr_approval_packet_print_finish (TrApprovalPacket  *self,
                                 GAsyncResult      *result,
                                 GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_approval_packet_print_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
