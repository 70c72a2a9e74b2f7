/* tr-packet-layout.h
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

#include <cairo.h>
#include <glib-object.h>
#include <pango/pango.h>

G_BEGIN_DECLS

#define TR_TYPE_PACKET_LAYOUT (tr_packet_layout_get_type ())

G_DECLARE_FINAL_TYPE (TrPacketLayout, tr_packet_layout, TR, PACKET_LAYOUT, GObject)

/**
 * TrPacketRowStyle:
 * @TR_PACKET_ROW_NORMAL: a plain table row
 * @TR_PACKET_ROW_TOTAL: a total, bold under a rule
 * @TR_PACKET_ROW_ALERT: the first cell is shown as a warning
 */
typedef enum
{
  TR_PACKET_ROW_NORMAL,
  TR_PACKET_ROW_TOTAL,
  TR_PACKET_ROW_ALERT,
} TrPacketRowStyle;

#define TR_PACKET_MAX_COLUMNS 6

TrPacketLayout *tr_packet_layout_new           (void);
void            tr_packet_layout_add_title     (TrPacketLayout     *self,
                                                const char         *overline,
                                                const char         *title,
                                                const char         *subtitle);
void            tr_packet_layout_add_heading   (TrPacketLayout     *self,
                                                const char         *text);
void            tr_packet_layout_add_field     (TrPacketLayout     *self,
                                                const char         *label,
                                                const char         *value);
void            tr_packet_layout_add_text      (TrPacketLayout     *self,
                                                const char         *text);
void            tr_packet_layout_add_note      (TrPacketLayout     *self,
                                                const char         *text);
void            tr_packet_layout_add_signature (TrPacketLayout     *self,
                                                const char         *left,
                                                const char         *right);
void            tr_packet_layout_begin_table   (TrPacketLayout     *self,
                                                guint               n_columns,
                                                const double       *widths,
                                                const gboolean     *numeric,
                                                const char * const *titles);
void            tr_packet_layout_add_row       (TrPacketLayout     *self,
                                                TrPacketRowStyle    style,
                                                const char * const *cells);
void            tr_packet_layout_set_footer    (TrPacketLayout     *self,
                                                const char         *text);

guint           tr_packet_layout_paginate      (TrPacketLayout     *self,
                                                PangoContext       *context,
                                                double              width,
                                                double              height);
guint           tr_packet_layout_get_n_pages   (TrPacketLayout     *self);
guint           tr_packet_layout_get_n_blocks  (TrPacketLayout     *self);
void            tr_packet_layout_draw_page     (TrPacketLayout     *self,
                                                cairo_t            *cr,
                                                guint               page);

G_END_DECLS
