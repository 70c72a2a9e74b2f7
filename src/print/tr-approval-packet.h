/* tr-approval-packet.h
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

#pragma once

#include <gtk/gtk.h>

#include "tr-model.h"

G_BEGIN_DECLS

#define TR_PRINT_ERROR (tr_print_error_quark ())

/**
 * TrPrintError:
 * @TR_PRINT_ERROR_INVALID: the packet has no request, or a list holds the
 *   wrong kind of items
 * @TR_PRINT_ERROR_FAILED: printing or writing the PDF failed
 * @TR_PRINT_ERROR_CANCELLED: the user cancelled the print dialog
 */
typedef enum
{
  TR_PRINT_ERROR_INVALID,
  TR_PRINT_ERROR_FAILED,
  TR_PRINT_ERROR_CANCELLED,
} TrPrintError;

#define TR_TYPE_APPROVAL_PACKET (tr_approval_packet_get_type ())

G_DECLARE_FINAL_TYPE (TrApprovalPacket, tr_approval_packet, TR, APPROVAL_PACKET, GObject)

GQuark             tr_print_error_quark                (void);

TrApprovalPacket  *tr_approval_packet_new              (TrRequest            *request,
                                                        GListModel           *expenses,
                                                        GListModel           *exceptions,
                                                        GListModel           *comments);
TrRequest         *tr_approval_packet_get_request      (TrApprovalPacket     *self);
void               tr_approval_packet_set_request      (TrApprovalPacket     *self,
                                                        TrRequest            *request);
GListModel        *tr_approval_packet_get_expenses     (TrApprovalPacket     *self);
void               tr_approval_packet_set_expenses     (TrApprovalPacket     *self,
                                                        GListModel           *expenses);
GListModel        *tr_approval_packet_get_exceptions   (TrApprovalPacket     *self);
void               tr_approval_packet_set_exceptions   (TrApprovalPacket     *self,
                                                        GListModel           *exceptions);
GListModel        *tr_approval_packet_get_comments     (TrApprovalPacket     *self);
void               tr_approval_packet_set_comments     (TrApprovalPacket     *self,
                                                        GListModel           *comments);
guint              tr_approval_packet_get_n_pages      (TrApprovalPacket     *self);

GtkPrintOperation *tr_approval_packet_create_operation (TrApprovalPacket     *self,
                                                        GError              **error);
gboolean           tr_approval_packet_export_pdf       (TrApprovalPacket     *self,
                                                        const char           *path,
                                                        GError              **error);
void               tr_approval_packet_print_async      (TrApprovalPacket     *self,
                                                        GtkWindow            *parent,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
gboolean           tr_approval_packet_print_finish     (TrApprovalPacket     *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);

G_END_DECLS
