/* tr-approval-packet-print.c
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
#include "tr-itinerary.h"
#include "tr-packet-format.h"

#define MARGIN_MM 18.0

static gboolean
check_items (GListModel  *model,
             GType        type,
             GError     **error)
{
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (!G_TYPE_CHECK_INSTANCE_TYPE (item, type))
        {
          g_set_error (error, TR_PRINT_ERROR, TR_PRINT_ERROR_INVALID,
                       /* Translators: %u is a position in a list */
                       _("The approval packet cannot show item %u of a list"), i + 1);
          return FALSE;
        }
    }
  return TRUE;
}

static void
add_title (TrPacketLayout *layout,
           TrRequest      *request)
{
  const char *name = tr_request_get_name (request);
  const char *number = tr_request_get_request_id (request);
  TrApprovalStatus *status = tr_request_get_approval_status (request);
  const char *status_name = status != NULL ? tr_approval_status_get_name (status) : NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *printed = tr_packet_format_timestamp (now);
  g_autofree char *subtitle = NULL;
  g_autofree char *footer = NULL;

  if (name == NULL || *name == '\0')
    name = _("Untitled request");
  /* TRANSLATORS: under the title: request number, status, print date */
  subtitle = g_strdup_printf (_("Request %s · %s · Printed %s"), number != NULL ? number : "—",
                              status_name != NULL ? status_name : _("Unknown status"), printed);
  tr_packet_layout_add_title (layout, _("Travel request · Approval packet"), name, subtitle);
  /* TRANSLATORS: page footer: request name and number */
  footer = g_strdup_printf (_("%s · Request %s"), name, number != NULL ? number : "—");
  tr_packet_layout_set_footer (layout, footer);
}

/**
 * tr_approval_packet_build_layout:
 *
 * Returns: (transfer full): the packet's document, or %NULL with @error set
 */
TrPacketLayout *
tr_approval_packet_build_layout (TrRequest   *request,
                                 GListModel  *expenses,
                                 GListModel  *exceptions,
                                 GListModel  *comments,
                                 GError     **error)
{
  g_autoptr(TrPacketLayout) layout = NULL;
  g_autoptr(GPtrArray) segments = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!TR_IS_REQUEST (request))
    {
      g_set_error_literal (error, TR_PRINT_ERROR, TR_PRINT_ERROR_INVALID,
                           _("There is no travel request to print"));
      return NULL;
    }
  if (!check_items (exceptions, TR_TYPE_EXCEPTION, error) || !check_items (comments, TR_TYPE_COMMENT, error))
    return NULL;
  segments = tr_itinerary_collect (expenses, &local_error);
  if (segments == NULL)
    {
      g_set_error_literal (error, TR_PRINT_ERROR, TR_PRINT_ERROR_INVALID, local_error->message);
      return NULL;
    }
  layout = tr_packet_layout_new ();
  add_title (layout, request);
  tr_approval_packet_add_summary (layout, request);
  tr_approval_packet_add_itinerary (layout, segments);
  tr_approval_packet_add_expenses (layout, expenses);
  tr_approval_packet_add_exceptions (layout, exceptions);
  tr_approval_packet_add_comments (layout, comments);
  tr_approval_packet_add_history (layout, request);
  return g_steal_pointer (&layout);
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   gpointer           user_data)
{
  TrPacketLayout *layout = user_data;
  PangoContext *pango = gtk_print_context_create_pango_context (context);
  guint n_pages;

  n_pages = tr_packet_layout_paginate (layout, pango,
                                       gtk_print_context_get_width (context),
                                       gtk_print_context_get_height (context));
  g_object_unref (pango);
  gtk_print_operation_set_n_pages (operation, (int) n_pages);
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page_nr,
                 gpointer           user_data)
{
  TrPacketLayout *layout = user_data;

  if (page_nr >= 0 && (guint) page_nr < tr_packet_layout_get_n_pages (layout))
    tr_packet_layout_draw_page (layout, gtk_print_context_get_cairo_context (context), page_nr);
}

static GtkPageSetup *
page_setup_new (void)
{
  GtkPageSetup *setup = gtk_page_setup_new ();

  gtk_page_setup_set_top_margin (setup, MARGIN_MM, GTK_UNIT_MM);
  gtk_page_setup_set_bottom_margin (setup, MARGIN_MM - 6.0, GTK_UNIT_MM);
  gtk_page_setup_set_left_margin (setup, MARGIN_MM, GTK_UNIT_MM);
  gtk_page_setup_set_right_margin (setup, MARGIN_MM, GTK_UNIT_MM);
  return setup;
}

static const char *
job_name (TrRequest *request)
{
  const char *name = tr_request_get_name (request);

  return name != NULL && *name != '\0' ? name : _("Approval packet");
}

/**
 * tr_approval_packet_create_operation:
 * @self: a packet
 * @error: return location for a %TR_PRINT_ERROR
 *
 * Builds the document and a print operation that paginates and draws it.
 *
 * Returns: (transfer full): the operation, or %NULL with @error set
 */
GtkPrintOperation *
tr_approval_packet_create_operation (TrApprovalPacket  *self,
                                     GError           **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = page_setup_new ();
  TrPacketLayout *layout;

  g_return_val_if_fail (TR_IS_APPROVAL_PACKET (self), NULL);

  layout = tr_approval_packet_build_layout (tr_approval_packet_get_request (self),
                                            tr_approval_packet_get_expenses (self),
                                            tr_approval_packet_get_exceptions (self),
                                            tr_approval_packet_get_comments (self), error);
  if (layout == NULL)
    return NULL;
  tr_approval_packet_take_layout (self, layout);
  operation = gtk_print_operation_new ();
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_job_name (operation, job_name (tr_approval_packet_get_request (self)));
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (on_begin_print_cb),
                         g_object_ref (layout), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (on_draw_page_cb),
                         g_object_ref (layout), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  return g_steal_pointer (&operation);
}

static gboolean
check_export_path (const char  *path,
                   GError     **error)
{
  g_autofree char *dir = NULL;

  if (path == NULL || *path == '\0')
    {
      g_set_error_literal (error, TR_PRINT_ERROR, TR_PRINT_ERROR_FAILED,
                           _("No file name was given for the PDF"));
      return FALSE;
    }
  dir = g_path_get_dirname (path);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, TR_PRINT_ERROR, TR_PRINT_ERROR_FAILED,
                   /* Translators: %s is the path of a folder */
                   _("Cannot write the PDF: the folder “%s” does not exist"), dir);
      return FALSE;
    }
  return TRUE;
}

/**
 * tr_approval_packet_export_pdf:
 * @self: a packet
 * @path: the PDF file to write
 * @error: return location for an error
 *
 * Renders the packet to @path without any dialog (works headless).
 *
 * Returns: %TRUE when the PDF was written
 */
gboolean
tr_approval_packet_export_pdf (TrApprovalPacket  *self,
                               const char        *path,
                               GError           **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) local_error = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (TR_IS_APPROVAL_PACKET (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_export_path (path, error))
    return FALSE;
  operation = tr_approval_packet_create_operation (self, error);
  if (operation == NULL)
    return FALSE;
  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &local_error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      /* Translators: %s is an error message, or the words “unknown error” */
      g_set_error (error, TR_PRINT_ERROR, TR_PRINT_ERROR_FAILED, _("Cannot write the PDF: %s"),
                   local_error != NULL ? local_error->message : _("unknown error"));
      return FALSE;
    }
  return TRUE;
}
