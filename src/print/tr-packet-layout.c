/* tr-packet-layout.c
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

#include "tr-packet-layout-private.h"

/*
 * TrPacketLayout: a printable document as a flat list of blocks (title,
 * headings, label/value fields, paragraphs, table rows) that it measures
 * with Pango, splits into pages (headings stay with what follows, table
 * headers repeat on continuation pages) and draws with cairo.
 */

G_DEFINE_FINAL_TYPE (TrPacketLayout, tr_packet_layout, G_TYPE_OBJECT)

static void
block_free (Block *block)
{
  g_strfreev (block->texts);
  g_clear_pointer (&block->layouts, g_ptr_array_unref);
  g_free (block->offsets);
  g_free (block);
}

static void
tr_packet_layout_finalize (GObject *object)
{
  TrPacketLayout *self = TR_PACKET_LAYOUT (object);

  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->tables, g_array_unref);
  g_clear_pointer (&self->pages, g_array_unref);
  g_clear_pointer (&self->footer, g_free);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (tr_packet_layout_parent_class)->finalize (object);
}

static void
tr_packet_layout_class_init (TrPacketLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tr_packet_layout_finalize;
}

static void
tr_packet_layout_init (TrPacketLayout *self)
{
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  self->tables = g_array_new (FALSE, TRUE, sizeof (Table));
  self->pages = g_array_new (FALSE, TRUE, sizeof (Page));
  self->open_table = -1;
}

TrPacketLayout *
tr_packet_layout_new (void)
{
  return g_object_new (TR_TYPE_PACKET_LAYOUT, NULL);
}

/* Texts are plain (never markup); NULL ones become "". */
static Block *
add_block (TrPacketLayout     *self,
           BlockKind           kind,
           guint               n_texts,
           const char * const *texts)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->table = -1;
  block->texts = g_new0 (char *, n_texts + 1);
  for (guint i = 0; i < n_texts; i++)
    block->texts[i] = g_strdup (texts[i] != NULL ? texts[i] : "");
  if (kind != BLOCK_TABLE_ROW && kind != BLOCK_TABLE_HEADER)
    self->open_table = -1;
  g_ptr_array_add (self->blocks, block);
  g_array_set_size (self->pages, 0);
  return block;
}

void
tr_packet_layout_add_title (TrPacketLayout *self,
                            const char     *overline,
                            const char     *title,
                            const char     *subtitle)
{
  const char *texts[] = { overline, title, subtitle };

  g_return_if_fail (TR_IS_PACKET_LAYOUT (self));
  add_block (self, BLOCK_TITLE, G_N_ELEMENTS (texts), texts);
}

void
tr_packet_layout_add_heading (TrPacketLayout *self,
                              const char     *text)
{
  g_return_if_fail (TR_IS_PACKET_LAYOUT (self));
  add_block (self, BLOCK_HEADING, 1, &text);
}

/* Fields without a value are left out. */
void
tr_packet_layout_add_field (TrPacketLayout *self,
                            const char     *label,
                            const char     *value)
{
  const char *texts[] = { label, value };

  g_return_if_fail (TR_IS_PACKET_LAYOUT (self));
  if (value == NULL || *value == '\0')
    return;
  add_block (self, BLOCK_FIELD, G_N_ELEMENTS (texts), texts);
}

void
tr_packet_layout_add_text (TrPacketLayout *self,
                           const char     *text)
{
  g_return_if_fail (TR_IS_PACKET_LAYOUT (self));
  add_block (self, BLOCK_TEXT, 1, &text);
}

void
tr_packet_layout_add_note (TrPacketLayout *self,
                           const char     *text)
{
  g_return_if_fail (TR_IS_PACKET_LAYOUT (self));
  add_block (self, BLOCK_NOTE, 1, &text);
}

/* Two signature lines with their captions under them. */
void
tr_packet_layout_add_signature (TrPacketLayout *self,
                                const char     *left,
                                const char     *right)
{
  const char *texts[] = { left, right };

  g_return_if_fail (TR_IS_PACKET_LAYOUT (self));
  add_block (self, BLOCK_SIGNATURE, G_N_ELEMENTS (texts), texts);
}

void
tr_packet_layout_begin_table (TrPacketLayout     *self,
                              guint               n_columns,
                              const double       *widths,
                              const gboolean     *numeric,
                              const char * const *titles)
{
  Table table = { 0, };
  Block *header;

  g_return_if_fail (TR_IS_PACKET_LAYOUT (self));
  g_return_if_fail (n_columns > 0 && n_columns <= TR_PACKET_MAX_COLUMNS);

  table.n_columns = n_columns;
  for (guint i = 0; i < n_columns; i++)
    {
      table.widths[i] = widths[i];
      table.numeric[i] = numeric != NULL && numeric[i];
    }
  header = add_block (self, BLOCK_TABLE_HEADER, n_columns, titles);
  table.header = self->blocks->len - 1;
  g_array_append_val (self->tables, table);
  header->table = self->tables->len - 1;
  self->open_table = header->table;
  self->rows_in_table = 0;
}

void
tr_packet_layout_add_row (TrPacketLayout     *self,
                          TrPacketRowStyle    style,
                          const char * const *cells)
{
  Table *table;
  Block *row;
  int open;

  g_return_if_fail (TR_IS_PACKET_LAYOUT (self));
  g_return_if_fail (self->open_table >= 0);

  open = self->open_table;
  table = &g_array_index (self->tables, Table, open);
  row = add_block (self, BLOCK_TABLE_ROW, table->n_columns, cells);
  row->table = open;
  row->style = style;
  row->shaded = style != TR_PACKET_ROW_TOTAL && (self->rows_in_table++ % 2) == 1;
}

void
tr_packet_layout_set_footer (TrPacketLayout *self,
                             const char     *text)
{
  g_return_if_fail (TR_IS_PACKET_LAYOUT (self));
  g_free (self->footer);
  self->footer = g_strdup (text);
}

static gboolean
keeps_with_next (Block *block)
{
  return block->kind == BLOCK_TITLE || block->kind == BLOCK_HEADING
         || block->kind == BLOCK_TABLE_HEADER;
}

/* Height a block needs at the bottom of a page: a heading needs room for
 * itself and the start of what it introduces. */
static double
needed_height (TrPacketLayout *self,
               guint           index)
{
  Block *block = g_ptr_array_index (self->blocks, index);

  if (keeps_with_next (block) && index + 1 < self->blocks->len)
    return block->height + needed_height (self, index + 1);
  return block->height;
}

static Page *
new_page (TrPacketLayout *self,
          guint           first)
{
  Page page = { first, first, -1 };

  g_array_append_val (self->pages, page);
  return &g_array_index (self->pages, Page, self->pages->len - 1);
}

/* A row that opens a page gets its table's header repeated above it. */
static double
start_page_at (TrPacketLayout  *self,
               Page           **page,
               guint            index)
{
  Block *block = g_ptr_array_index (self->blocks, index);
  Table *table;

  *page = new_page (self, index);
  if (block->kind != BLOCK_TABLE_ROW)
    return 0;
  table = &g_array_index (self->tables, Table, block->table);
  (*page)->repeat_header = table->header;
  return ((Block *) g_ptr_array_index (self->blocks, table->header))->height;
}

static void
split_pages (TrPacketLayout *self)
{
  double room = self->height - FOOTER_HEIGHT;
  Page *page = new_page (self, 0);
  double y = 0;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      /* An empty page takes any block, even one taller than the page. */
      if (i > page->first && y + needed_height (self, i) > room)
        y = start_page_at (self, &page, i);
      y += block->height;
      page->end = i + 1;
    }
}

/**
 * tr_packet_layout_paginate:
 * @self: a layout
 * @context: the #PangoContext of the print context
 * @width: printable width, in the units of the cairo context (points)
 * @height: printable height
 *
 * Measures every block and splits them into pages.
 *
 * Returns: the number of pages (at least 1)
 */
guint
tr_packet_layout_paginate (TrPacketLayout *self,
                           PangoContext   *context,
                           double          width,
                           double          height)
{
  g_return_val_if_fail (TR_IS_PACKET_LAYOUT (self), 0);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0);

  g_set_object (&self->context, context);
  self->width = width;
  self->height = height;
  g_array_set_size (self->pages, 0);
  for (guint i = 0; i < self->blocks->len; i++)
    tr_packet_layout_measure_block (self, g_ptr_array_index (self->blocks, i));
  split_pages (self);
  return self->pages->len;
}

guint
tr_packet_layout_get_n_pages (TrPacketLayout *self)
{
  g_return_val_if_fail (TR_IS_PACKET_LAYOUT (self), 0);
  return self->pages->len;
}

guint
tr_packet_layout_get_n_blocks (TrPacketLayout *self)
{
  g_return_val_if_fail (TR_IS_PACKET_LAYOUT (self), 0);
  return self->blocks->len;
}

void
tr_packet_layout_draw_page (TrPacketLayout *self,
                            cairo_t        *cr,
                            guint           page_nr)
{
  const Page *page;
  double y = 0;

  g_return_if_fail (TR_IS_PACKET_LAYOUT (self));
  g_return_if_fail (page_nr < self->pages->len);

  page = &g_array_index (self->pages, Page, page_nr);
  if (page->repeat_header >= 0)
    {
      Block *header = g_ptr_array_index (self->blocks, page->repeat_header);

      tr_packet_layout_draw_block (self, cr, header, y);
      y += header->height;
    }
  for (guint i = page->first; i < page->end; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      tr_packet_layout_draw_block (self, cr, block, y);
      y += block->height;
    }
  tr_packet_layout_draw_footer (self, cr, page_nr);
}
