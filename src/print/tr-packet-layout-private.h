/* tr-packet-layout-private.h
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

#include "tr-packet-layout.h"

G_BEGIN_DECLS

typedef enum
{
  BLOCK_TITLE,
  BLOCK_HEADING,
  BLOCK_FIELD,
  BLOCK_TEXT,
  BLOCK_NOTE,
  BLOCK_SIGNATURE,
  BLOCK_TABLE_HEADER,
  BLOCK_TABLE_ROW,
} BlockKind;

typedef struct
{
  guint    n_columns;
  double   widths[TR_PACKET_MAX_COLUMNS];   /* fractions of the page width */
  gboolean numeric[TR_PACKET_MAX_COLUMNS];  /* right-aligned */
  guint    header;                          /* index of its header block */
} Table;

typedef struct
{
  BlockKind         kind;
  TrPacketRowStyle  style;
  GStrv             texts;
  int               table;    /* index into tables, -1 when not a table block */
  gboolean          shaded;   /* zebra stripe of table rows */
  GPtrArray        *layouts;  /* PangoLayout, one per text, after pagination */
  double           *offsets;  /* x of each layout */
  double            height;   /* including padding */
} Block;

typedef struct
{
  guint first;
  guint end;            /* exclusive */
  int   repeat_header;  /* table header block repeated on top, or -1 */
} Page;

/* Geometry, in points. */
#define PAD_X          6.0
#define PAD_Y          4.0
#define HEADING_BEFORE 18.0
#define HEADING_AFTER  6.0
#define FOOTER_HEIGHT  28.0

struct _TrPacketLayout
{
  GObject    parent_instance;

  GPtrArray *blocks;   /* Block */
  GArray    *tables;   /* Table */
  GArray    *pages;    /* Page */
  char      *footer;
  double     width;
  double     height;
  int        open_table;
  guint      rows_in_table;
  PangoContext *context;
};

void   tr_packet_layout_measure_block (TrPacketLayout *self,
                                       Block          *block);
void   tr_packet_layout_draw_block    (TrPacketLayout *self,
                                       cairo_t        *cr,
                                       Block          *block,
                                       double          y);
void   tr_packet_layout_draw_footer   (TrPacketLayout *self,
                                       cairo_t        *cr,
                                       guint           page);

G_END_DECLS
