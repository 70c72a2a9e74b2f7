/* tr-packet-layout-draw.c
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
#include <pango/pangocairo.h>

#include "tr-packet-layout-private.h"

typedef struct
{
  double r, g, b;
} Color;

static const Color accent = { 0.106, 0.247, 0.416 };
static const Color ink = { 0.129, 0.145, 0.165 };
static const Color muted = { 0.392, 0.427, 0.471 };
static const Color rule = { 0.820, 0.847, 0.882 };
static const Color header_fill = { 0.910, 0.929, 0.957 };
static const Color zebra_fill = { 0.965, 0.973, 0.980 };
static const Color alert = { 0.702, 0.149, 0.118 };

#define FIELD_LABEL_SHARE 0.26
#define TITLE_GAP         3.0
#define TITLE_AFTER       16.0
#define SIGNATURE_SPACE   42.0

static PangoLayout *
new_layout (TrPacketLayout *self,
            const char     *font,
            const char     *text,
            double          width,
            gboolean        right)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_width (layout, (int) (MAX (width, 1.0) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static void
place (Block       *block,
       guint        index,
       PangoLayout *layout,
       double       x)
{
  g_ptr_array_add (block->layouts, layout);
  block->offsets[index] = x;
}

static double
measure_title (TrPacketLayout *self,
               Block          *block)
{
  static const char * const fonts[] = { "Sans Bold 8", "Sans Bold 20", "Sans 10.5" };
  double height = 0;

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *text = i == 0 ? g_utf8_strup (block->texts[i], -1) : g_strdup (block->texts[i]);
      PangoLayout *layout = new_layout (self, fonts[i], text, self->width, FALSE);

      place (block, i, layout, 0);
      height += layout_height (layout) + TITLE_GAP;
    }
  return height + TITLE_AFTER;
}

static double
measure_table (TrPacketLayout *self,
               Block          *block)
{
  Table *table = &g_array_index (self->tables, Table, block->table);
  gboolean header = block->kind == BLOCK_TABLE_HEADER;
  const char *font = header ? "Sans Bold 7.5"
                     : block->style == TR_PACKET_ROW_TOTAL ? "Sans Bold 9.5" : "Sans 9.5";
  double x = 0, height = 0;

  for (guint i = 0; i < table->n_columns; i++)
    {
      double width = table->widths[i] * self->width;
      g_autofree char *text = header ? g_utf8_strup (block->texts[i], -1) : g_strdup (block->texts[i]);
      PangoLayout *layout = new_layout (self, font, text, width - 2 * PAD_X, table->numeric[i]);

      place (block, i, layout, x + PAD_X);
      height = MAX (height, layout_height (layout));
      x += width;
    }
  return height + 2 * PAD_Y + (header ? 1.0 : 0.0);
}

static double
measure_pair (TrPacketLayout *self,
              Block          *block,
              const char     *label_font,
              const char     *value_font,
              double          share)
{
  double label_width = self->width * share;
  PangoLayout *label = new_layout (self, label_font, block->texts[0], label_width - PAD_X, FALSE);
  PangoLayout *value = new_layout (self, value_font, block->texts[1], self->width - label_width, FALSE);

  place (block, 0, label, 0);
  place (block, 1, value, label_width);
  return MAX (layout_height (label), layout_height (value));
}

static double
measure_single (TrPacketLayout *self,
                Block          *block,
                const char     *font)
{
  PangoLayout *layout = new_layout (self, font, block->texts[0], self->width, FALSE);

  place (block, 0, layout, 0);
  return layout_height (layout);
}

void
tr_packet_layout_measure_block (TrPacketLayout *self,
                                Block          *block)
{
  g_clear_pointer (&block->layouts, g_ptr_array_unref);
  g_free (block->offsets);
  block->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  block->offsets = g_new0 (double, g_strv_length (block->texts));

  switch (block->kind)
    {
    case BLOCK_TITLE:
      block->height = measure_title (self, block);
      break;
    case BLOCK_HEADING:
      block->height = HEADING_BEFORE + measure_single (self, block, "Sans Bold 12.5") + HEADING_AFTER;
      break;
    case BLOCK_FIELD:
      block->height = measure_pair (self, block, "Sans 9", "Sans 10", FIELD_LABEL_SHARE) + 5.0;
      break;
    case BLOCK_TEXT:
      block->height = measure_single (self, block, "Sans 10") + 6.0;
      break;
    case BLOCK_NOTE:
      block->height = measure_single (self, block, "Sans Italic 9.5") + 6.0;
      break;
    case BLOCK_SIGNATURE:
      block->height = SIGNATURE_SPACE + measure_pair (self, block, "Sans 9", "Sans 9", 0.55) + 6.0;
      break;
    case BLOCK_TABLE_HEADER:
    case BLOCK_TABLE_ROW:
    default:
      block->height = measure_table (self, block);
      break;
    }
}

static void
set_color (cairo_t     *cr,
           const Color *color)
{
  cairo_set_source_rgb (cr, color->r, color->g, color->b);
}

static void
show (cairo_t     *cr,
      Block       *block,
      guint        index,
      double       y,
      const Color *color)
{
  set_color (cr, color);
  cairo_move_to (cr, block->offsets[index], y);
  pango_cairo_show_layout (cr, g_ptr_array_index (block->layouts, index));
}

static void
hline (cairo_t     *cr,
       double       x0,
       double       x1,
       double       y,
       double       thickness,
       const Color *color)
{
  set_color (cr, color);
  cairo_rectangle (cr, x0, y, x1 - x0, thickness);
  cairo_fill (cr);
}

static void
draw_title (TrPacketLayout *self,
            cairo_t        *cr,
            Block          *block,
            double          y)
{
  const Color *colors[] = { &accent, &ink, &muted };

  for (guint i = 0; i < 3; i++)
    {
      show (cr, block, i, y, colors[i]);
      y += layout_height (g_ptr_array_index (block->layouts, i)) + TITLE_GAP;
    }
  hline (cr, 0, self->width, y + 4.0, 2.0, &accent);
}

static void
draw_table_block (TrPacketLayout *self,
                  cairo_t        *cr,
                  Block          *block,
                  double          y)
{
  gboolean header = block->kind == BLOCK_TABLE_HEADER;

  if (header || block->shaded)
    {
      set_color (cr, header ? &header_fill : &zebra_fill);
      cairo_rectangle (cr, 0, y, self->width, block->height);
      cairo_fill (cr);
    }
  if (block->style == TR_PACKET_ROW_TOTAL)
    hline (cr, 0, self->width, y, 1.0, &ink);
  for (guint i = 0; i < block->layouts->len; i++)
    show (cr, block, i, y + PAD_Y,
          header ? &muted : (i == 0 && block->style == TR_PACKET_ROW_ALERT) ? &alert : &ink);
  if (!header && block->style != TR_PACKET_ROW_TOTAL)
    hline (cr, 0, self->width, y + block->height - 0.5, 0.5, &rule);
}

static void
draw_signature (TrPacketLayout *self,
                cairo_t        *cr,
                Block          *block,
                double          y)
{
  double split = self->width * 0.55;

  hline (cr, 0, split - 4 * PAD_X, y + SIGNATURE_SPACE - 3.0, 0.75, &ink);
  hline (cr, split, self->width, y + SIGNATURE_SPACE - 3.0, 0.75, &ink);
  show (cr, block, 0, y + SIGNATURE_SPACE, &muted);
  show (cr, block, 1, y + SIGNATURE_SPACE, &muted);
}

void
tr_packet_layout_draw_block (TrPacketLayout *self,
                             cairo_t        *cr,
                             Block          *block,
                             double          y)
{
  switch (block->kind)
    {
    case BLOCK_TITLE:
      draw_title (self, cr, block, y);
      break;
    case BLOCK_HEADING:
      show (cr, block, 0, y + HEADING_BEFORE, &accent);
      hline (cr, 0, self->width, y + block->height - HEADING_AFTER + 1.5, 0.75, &rule);
      break;
    case BLOCK_FIELD:
      show (cr, block, 0, y + 2.5 + 1.0, &muted);
      show (cr, block, 1, y + 2.5, &ink);
      break;
    case BLOCK_TEXT:
      show (cr, block, 0, y + 3.0, &ink);
      break;
    case BLOCK_NOTE:
      show (cr, block, 0, y + 3.0, &muted);
      break;
    case BLOCK_SIGNATURE:
      draw_signature (self, cr, block, y);
      break;
    case BLOCK_TABLE_HEADER:
    case BLOCK_TABLE_ROW:
    default:
      draw_table_block (self, cr, block, y);
      break;
    }
}

void
tr_packet_layout_draw_footer (TrPacketLayout *self,
                              cairo_t        *cr,
                              guint           page)
{
  g_autofree char *number = NULL;
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) right = NULL;
  double y = self->height - FOOTER_HEIGHT + 12.0;

  /* TRANSLATORS: page footer, "Page 2 of 5" */
  number = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  left = new_layout (self, "Sans 8", self->footer != NULL ? self->footer : "", self->width * 0.75, FALSE);
  right = new_layout (self, "Sans 8", number, self->width * 0.25, TRUE);
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (left, -1);
  hline (cr, 0, self->width, y - 5.0, 0.5, &rule);
  set_color (cr, &muted);
  cairo_move_to (cr, 0, y);
  pango_cairo_show_layout (cr, left);
  cairo_move_to (cr, self->width * 0.75, y);
  pango_cairo_show_layout (cr, right);
}
