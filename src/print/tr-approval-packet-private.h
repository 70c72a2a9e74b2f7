/* tr-approval-packet-private.h
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

#include "tr-approval-packet.h"
#include "tr-packet-layout.h"

G_BEGIN_DECLS

TrPacketLayout *tr_approval_packet_build_layout (TrRequest   *request,
                                                 GListModel  *expenses,
                                                 GListModel  *exceptions,
                                                 GListModel  *comments,
                                                 GError     **error);

void tr_approval_packet_take_layout (TrApprovalPacket *self,
                                    TrPacketLayout   *layout);

/* Sections, in tr-approval-packet-sections.c and -review.c. */
void tr_approval_packet_add_summary    (TrPacketLayout *layout,
                                        TrRequest      *request);
void tr_approval_packet_add_itinerary  (TrPacketLayout *layout,
                                        GPtrArray      *segments);
void tr_approval_packet_add_expenses   (TrPacketLayout *layout,
                                        GListModel     *expenses);
void tr_approval_packet_add_exceptions (TrPacketLayout *layout,
                                        GListModel     *exceptions);
void tr_approval_packet_add_comments   (TrPacketLayout *layout,
                                        GListModel     *comments);
void tr_approval_packet_add_history    (TrPacketLayout *layout,
                                        TrRequest      *request);

G_END_DECLS
