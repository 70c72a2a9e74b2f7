/* tr-approval-packet.c
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

#include "tr-approval-packet.h"

#include <glib/gi18n.h>

#include "tr-approval-packet-private.h"

/*
 * TrApprovalPacket: the printable approval packet of a request (header,
 * itinerary, expected expenses with exact totals, policy exceptions,
 * comments, approval history) through GtkPrintOperation. "Print to File"
 * in the dialog, or tr_approval_packet_export_pdf(), gives a PDF.
 */

struct _TrApprovalPacket
{
  GObject         parent_instance;

  TrRequest      *request;
  GListModel     *expenses;
  GListModel     *exceptions;
  GListModel     *comments;
  TrPacketLayout *layout;   /* of the last operation */
};

G_DEFINE_FINAL_TYPE (TrApprovalPacket, tr_approval_packet, G_TYPE_OBJECT)

G_DEFINE_QUARK (tr-print-error-quark, tr_print_error)

enum {
  PROP_0,
  PROP_REQUEST,
  PROP_EXPENSES,
  PROP_EXCEPTIONS,
  PROP_COMMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tr_approval_packet_dispose (GObject *object)
{
  TrApprovalPacket *self = TR_APPROVAL_PACKET (object);

  g_clear_object (&self->request);
  g_clear_object (&self->expenses);
  g_clear_object (&self->exceptions);
  g_clear_object (&self->comments);
  g_clear_object (&self->layout);

  G_OBJECT_CLASS (tr_approval_packet_parent_class)->dispose (object);
}

static void
tr_approval_packet_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TrApprovalPacket *self = TR_APPROVAL_PACKET (object);

  switch (prop_id)
    {
    case PROP_REQUEST:
      g_value_set_object (value, self->request);
      break;
    case PROP_EXPENSES:
      g_value_set_object (value, self->expenses);
      break;
    case PROP_EXCEPTIONS:
      g_value_set_object (value, self->exceptions);
      break;
    case PROP_COMMENTS:
      g_value_set_object (value, self->comments);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_approval_packet_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TrApprovalPacket *self = TR_APPROVAL_PACKET (object);

  switch (prop_id)
    {
    case PROP_REQUEST:
      tr_approval_packet_set_request (self, g_value_get_object (value));
      break;
    case PROP_EXPENSES:
      tr_approval_packet_set_expenses (self, g_value_get_object (value));
      break;
    case PROP_EXCEPTIONS:
      tr_approval_packet_set_exceptions (self, g_value_get_object (value));
      break;
    case PROP_COMMENTS:
      tr_approval_packet_set_comments (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
model_property (const char *name)
{
  return g_param_spec_object (name, NULL, NULL, G_TYPE_LIST_MODEL,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
tr_approval_packet_class_init (TrApprovalPacketClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tr_approval_packet_dispose;
  object_class->get_property = tr_approval_packet_get_property;
  object_class->set_property = tr_approval_packet_set_property;

  properties[PROP_REQUEST] =
    g_param_spec_object ("request", NULL, NULL, TR_TYPE_REQUEST,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXPENSES] = model_property ("expenses");
  properties[PROP_EXCEPTIONS] = model_property ("exceptions");
  properties[PROP_COMMENTS] = model_property ("comments");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tr_approval_packet_init (TrApprovalPacket *self)
{
}

/**
 * tr_approval_packet_new:
 * @request: the request
 * @expenses: (nullable): its expected expenses (#TrExpense)
 * @exceptions: (nullable): its policy exceptions (#TrException)
 * @comments: (nullable): its comments (#TrComment)
 *
 * Returns: (transfer full): a new packet
 */
TrApprovalPacket *
tr_approval_packet_new (TrRequest  *request,
                        GListModel *expenses,
                        GListModel *exceptions,
                        GListModel *comments)
{
  return g_object_new (TR_TYPE_APPROVAL_PACKET,
                       "request", request,
                       "expenses", expenses,
                       "exceptions", exceptions,
                       "comments", comments,
                       NULL);
}

TrRequest *
tr_approval_packet_get_request (TrApprovalPacket *self)
{
  g_return_val_if_fail (TR_IS_APPROVAL_PACKET (self), NULL);
  return self->request;
}

void
tr_approval_packet_set_request (TrApprovalPacket *self,
                                TrRequest        *request)
{
  g_return_if_fail (TR_IS_APPROVAL_PACKET (self));
  g_return_if_fail (request == NULL || TR_IS_REQUEST (request));

  if (g_set_object (&self->request, request))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REQUEST]);
}

GListModel *
tr_approval_packet_get_expenses (TrApprovalPacket *self)
{
  g_return_val_if_fail (TR_IS_APPROVAL_PACKET (self), NULL);
  return self->expenses;
}

void
tr_approval_packet_set_expenses (TrApprovalPacket *self,
                                 GListModel       *expenses)
{
  g_return_if_fail (TR_IS_APPROVAL_PACKET (self));
  if (g_set_object (&self->expenses, expenses))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPENSES]);
}

GListModel *
tr_approval_packet_get_exceptions (TrApprovalPacket *self)
{
  g_return_val_if_fail (TR_IS_APPROVAL_PACKET (self), NULL);
  return self->exceptions;
}

void
tr_approval_packet_set_exceptions (TrApprovalPacket *self,
                                   GListModel       *exceptions)
{
  g_return_if_fail (TR_IS_APPROVAL_PACKET (self));
  if (g_set_object (&self->exceptions, exceptions))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXCEPTIONS]);
}

GListModel *
tr_approval_packet_get_comments (TrApprovalPacket *self)
{
  g_return_val_if_fail (TR_IS_APPROVAL_PACKET (self), NULL);
  return self->comments;
}

void
tr_approval_packet_set_comments (TrApprovalPacket *self,
                                 GListModel       *comments)
{
  g_return_if_fail (TR_IS_APPROVAL_PACKET (self));
  if (g_set_object (&self->comments, comments))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMENTS]);
}

/**
 * tr_approval_packet_get_n_pages:
 * @self: a packet
 *
 * Returns: the number of pages of the last print or export, 0 before
 */
guint
tr_approval_packet_get_n_pages (TrApprovalPacket *self)
{
  g_return_val_if_fail (TR_IS_APPROVAL_PACKET (self), 0);
  return self->layout != NULL ? tr_packet_layout_get_n_pages (self->layout) : 0;
}

void
tr_approval_packet_take_layout (TrApprovalPacket *self,
                                TrPacketLayout   *layout)
{
  g_clear_object (&self->layout);
  self->layout = layout;
}
