/* tr-request-row.c
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

#define G_LOG_DOMAIN "tr-request-row"

#include <string.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "tr-request-row.h"

/* One line of the list of requests: name and total above; request id,
 * dates and destination, the sync badge and a status pill below.
 *
 * The list builds a few hundred rows for its first frame, so a row is one
 * widget without children: its height is constant (font metrics, no text
 * layout), its texts are laid out only when it is drawn, once per item. */

#define SPACING 6       /* between the columns, and after the texts */
#define ROW_SPACING 3   /* between the two lines */
#define BADGE_SIZE 16
#define PILL_PAD_X 10   /* request/tr-request.css .status-pill padding */
#define PILL_PAD_Y 2
#define DIM_OPACITY 0.55 /* libadwaita .dim-label */

typedef enum {
  TEXT_NAME,
  TEXT_DETAILS,
  TEXT_TOTAL,
  TEXT_STATUS,
  N_TEXTS
} Text;

/* The status pill's colours, as style.css draws them on a label, the same
 * as the request page's pill (request/tr-request.css):
 * background alpha(BG, bg_alpha), text FG (NULL: currentColor) at fg_alpha. */
typedef enum {
  PILL_DRAFT,
  PILL_SUBMITTED,
  PILL_SENT_BACK,
  PILL_APPROVED,
  PILL_CANCELED,
  PILL_CLOSED,
} Pill;

static const struct {
  const char *bg;
  double      bg_alpha;
  const char *fg;
  double      fg_alpha;
} pills[] = {
  [PILL_DRAFT] = { NULL, 0.1, NULL, 1 },
  [PILL_SUBMITTED] = { "accent_bg_color", 0.2, "accent_color", 1 },
  [PILL_SENT_BACK] = { "warning_bg_color", 0.25, "warning_color", 1 },
  [PILL_APPROVED] = { "success_bg_color", 0.2, "success_color", 1 },
  [PILL_CANCELED] = { "error_bg_color", 0.15, "error_color", 1 },
  [PILL_CLOSED] = { NULL, 0.06, NULL, 0.6 },
};

typedef struct {
  graphene_rect_t texts[N_TEXTS];
  graphene_rect_t pill;
  graphene_rect_t badge;
} Geometry;

struct _TrRequestRow
{
  GtkWidget      parent_instance;

  TrRequestItem *item;
  gulong         notify_id;

  char          *texts[N_TEXTS];
  Pill           pill;
  const char    *badge_icon;
  const char    *badge_text;

  PangoLayout   *layouts[N_TEXTS];  /* made when first drawn */
  int            line_heights[N_TEXTS];
  int            char_width;         /* 0 until measured */
};

G_DEFINE_FINAL_TYPE (TrRequestRow, tr_request_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Icons of the sync badges, looked up once per name and theme. */
static GHashTable *badge_icons;

static Pill
pill_of (const TrRequestSummary *summary)
{
  if (summary->closed)
    return PILL_CLOSED;

  switch (summary->status_kind)
    {
    case TR_APPROVAL_STATUS_KIND_SUBMITTED:
      return PILL_SUBMITTED;
    case TR_APPROVAL_STATUS_KIND_SENT_BACK:
      return PILL_SENT_BACK;
    case TR_APPROVAL_STATUS_KIND_APPROVED:
    case TR_APPROVAL_STATUS_KIND_PENDING_BOOKING:
      return PILL_APPROVED;
    case TR_APPROVAL_STATUS_KIND_CANCELED:
      return PILL_CANCELED;
    case TR_APPROVAL_STATUS_KIND_NOT_SUBMITTED:
    case TR_APPROVAL_STATUS_KIND_UNKNOWN:
    default:
      return PILL_DRAFT;
    }
}

/* The fonts of libadwaita's classes the row's labels had: .heading for the
 * name, .caption (.dim-label) for the details, the pill's .status-pill
 * (bold, smaller than .caption), the widget's font for the total
 * (.numeric: tabular figures). */
static PangoFontDescription *
dup_font (TrRequestRow *self,
          Text          text)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  PangoFontDescription *font = pango_font_description_copy (pango_context_get_font_description (context));

  if (text == TEXT_NAME || text == TEXT_STATUS)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  if (text == TEXT_NAME)
    pango_font_description_set_size (font, 11 * PANGO_SCALE);
  else if (text == TEXT_DETAILS)
    pango_font_description_set_size (font, 9 * PANGO_SCALE);
  else if (text == TEXT_STATUS && pango_font_description_get_size_is_absolute (font))
    pango_font_description_set_absolute_size (font, pango_font_description_get_size (font) / 1.2);
  else if (text == TEXT_STATUS) /* CSS "smaller": 1/1.2 of the row's font */
    pango_font_description_set_size (font, pango_font_description_get_size (font) / 1.2);
  return font;
}

static void
clear_layouts (TrRequestRow *self)
{
  for (guint i = 0; i < N_TEXTS; i++)
    g_clear_object (&self->layouts[i]);
}

/* Line heights and an average character width from the metrics of the
 * fonts, shared by the rows that have the same font. */
static void
compute_metrics (TrRequestRow *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));

  for (Text text = TEXT_NAME; text < N_TEXTS; text++)
    {
      g_autoptr(PangoFontDescription) description = dup_font (self, text);
      /* The primary font only: the metrics of the context would load
       * every fallback font of the fontset. */
      g_autoptr(PangoFont) font = pango_context_load_font (context, description);
      PangoFontMetrics *metrics = pango_font_get_metrics (font, pango_context_get_language (context));

      self->line_heights[text] = PANGO_PIXELS_CEIL (pango_font_metrics_get_ascent (metrics)
                                                    + pango_font_metrics_get_descent (metrics));
      if (text == TEXT_DETAILS)
        self->char_width = MAX (1, PANGO_PIXELS_CEIL (pango_font_metrics_get_approximate_char_width (metrics)));
      pango_font_metrics_unref (metrics);
    }
}

static void
ensure_metrics (TrRequestRow *self)
{
  static char *cached_font;
  static int cached_heights[N_TEXTS], cached_char_width;
  PangoContext *context;
  g_autofree char *description = NULL;
  g_autofree char *font = NULL;

  if (self->char_width > 0)
    return;
  context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  description = pango_font_description_to_string (pango_context_get_font_description (context));
  font = g_strdup_printf ("%s@%g", description, pango_cairo_context_get_resolution (context));
  if (g_strcmp0 (font, cached_font) == 0)
    {
      memcpy (self->line_heights, cached_heights, sizeof cached_heights);
      self->char_width = cached_char_width;
      return;
    }
  compute_metrics (self);
  g_free (cached_font);
  cached_font = g_steal_pointer (&font);
  memcpy (cached_heights, self->line_heights, sizeof cached_heights);
  cached_char_width = self->char_width;
}

static int
first_line_height (TrRequestRow *self)
{
  return MAX (self->line_heights[TEXT_NAME], self->line_heights[TEXT_TOTAL]);
}

static int
second_line_height (TrRequestRow *self)
{
  int pill = self->line_heights[TEXT_STATUS] + 2 * PILL_PAD_Y;

  return MAX (MAX (self->line_heights[TEXT_DETAILS], pill), BADGE_SIZE);
}

static void
tr_request_row_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  TrRequestRow *self = TR_REQUEST_ROW (widget);

  ensure_metrics (self);
  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      *minimum = *natural = first_line_height (self) + ROW_SPACING + second_line_height (self);
      return;
    }
  /* The name and details ellipsize; the total and the pill need about
   * 16 characters. */
  *minimum = 24 * self->char_width;
  *natural = 48 * self->char_width;
}

static PangoLayout *
ensure_layout (TrRequestRow *self,
               Text          text)
{
  g_autoptr(PangoFontDescription) font = NULL;
  g_autoptr(PangoAttrList) attrs = NULL;

  if (self->layouts[text] != NULL || self->texts[text] == NULL)
    return self->layouts[text];

  font = dup_font (self, text);
  self->layouts[text] = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->texts[text]);
  pango_layout_set_font_description (self->layouts[text], font);
  if (text == TEXT_TOTAL)
    {
      attrs = pango_attr_list_new ();
      pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum 1"));
      pango_layout_set_attributes (self->layouts[text], attrs);
    }
  if (text == TEXT_NAME || text == TEXT_DETAILS)
    pango_layout_set_ellipsize (self->layouts[text], PANGO_ELLIPSIZE_END);
  return self->layouts[text];
}

static int
text_width (TrRequestRow *self,
            Text          text)
{
  PangoLayout *layout = ensure_layout (self, text);
  PangoRectangle logical;

  if (layout == NULL)
    return 0;
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  return logical.width;
}

static void
place (graphene_rect_t *rect,
       int              x,
       int              band_y,
       int              band_height,
       int              width,
       int              height)
{
  graphene_rect_init (rect, x, band_y + (band_height - height) / 2, width, height);
}

/* Where everything goes, left to right; mirrored for right-to-left. */
static void
compute_geometry (TrRequestRow *self,
                  Geometry     *geometry)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int line1 = first_line_height (self), line2 = second_line_height (self);
  int y2 = line1 + ROW_SPACING;
  int total = text_width (self, TEXT_TOTAL);
  int pill = text_width (self, TEXT_STATUS) + 2 * PILL_PAD_X;
  /* The badge's column keeps its spacing when empty, as the grid did. */
  int badge = (self->badge_icon != NULL ? BADGE_SIZE : 0) + SPACING;
  int texts = MAX (0, width - MAX (total, pill + badge) - 2 * SPACING);
  int pill_height = self->line_heights[TEXT_STATUS] + 2 * PILL_PAD_Y;

  place (&geometry->texts[TEXT_NAME], 0, 0, line1, texts, self->line_heights[TEXT_NAME]);
  place (&geometry->texts[TEXT_TOTAL], width - total, 0, line1, total, self->line_heights[TEXT_TOTAL]);
  place (&geometry->texts[TEXT_DETAILS], 0, y2, line2, texts, self->line_heights[TEXT_DETAILS]);
  place (&geometry->pill, width - pill, y2, line2, pill, pill_height);
  place (&geometry->badge, width - pill - badge, y2, line2, BADGE_SIZE, BADGE_SIZE);
  geometry->texts[TEXT_STATUS] = geometry->pill;
  graphene_rect_inset (&geometry->texts[TEXT_STATUS], PILL_PAD_X, PILL_PAD_Y);
  if (gtk_widget_get_direction (GTK_WIDGET (self)) != GTK_TEXT_DIR_RTL)
    return;
  for (graphene_rect_t *r = (graphene_rect_t *) geometry; r < (graphene_rect_t *) (geometry + 1); r++)
    r->origin.x = width - r->origin.x - r->size.width;
}

static GdkRGBA
with_alpha (const GdkRGBA *color,
            double         alpha)
{
  GdkRGBA result = *color;

  result.alpha *= alpha;
  return result;
}

static void
draw_text (TrRequestRow          *self,
           GtkSnapshot           *snapshot,
           Text                   text,
           const graphene_rect_t *rect,
           const GdkRGBA         *color)
{
  PangoLayout *layout = ensure_layout (self, text);
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  PangoRectangle logical;

  if (layout == NULL)
    return;
  if (text == TEXT_NAME || text == TEXT_DETAILS)
    pango_layout_set_width (layout, (int) rect->size.width * PANGO_SCALE);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  gtk_snapshot_save (snapshot);
  /* Start-aligned like the labels were (xalign 0), whatever pango's own
   * alignment of the paragraph. */
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (
    (rtl ? rect->origin.x + rect->size.width - logical.width : rect->origin.x) - logical.x,
    rect->origin.y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static GdkRGBA
lookup_color (GtkWidget     *widget,
              const char    *name,
              const GdkRGBA *current)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA color;

  if (name == NULL || !gtk_style_context_lookup_color (context, name, &color))
    color = *current;
  G_GNUC_END_IGNORE_DEPRECATIONS
  return color;
}

static void
draw_pill (TrRequestRow          *self,
           GtkSnapshot           *snapshot,
           const Geometry        *geometry,
           const GdkRGBA         *current)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GdkRGBA bg = lookup_color (widget, pills[self->pill].bg, current);
  GdkRGBA fg = lookup_color (widget, pills[self->pill].fg, current);
  GskRoundedRect outline;

  bg = with_alpha (&bg, pills[self->pill].bg_alpha);
  fg = with_alpha (&fg, pills[self->pill].fg_alpha);
  gsk_rounded_rect_init_from_rect (&outline, &geometry->pill, geometry->pill.size.height / 2);
  gtk_snapshot_push_rounded_clip (snapshot, &outline);
  gtk_snapshot_append_color (snapshot, &bg, &geometry->pill);
  gtk_snapshot_pop (snapshot);
  draw_text (self, snapshot, TEXT_STATUS, &geometry->texts[TEXT_STATUS], &fg);
}

static void
on_icon_theme_changed_cb (GtkIconTheme *theme)
{
  g_hash_table_remove_all (badge_icons);
}

static GdkPaintable *
lookup_badge (TrRequestRow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (widget));
  g_autofree char *key = g_strdup_printf ("%s@%d", self->badge_icon, gtk_widget_get_scale_factor (widget));
  GtkIconPaintable *icon = g_hash_table_lookup (badge_icons, key);

  if (icon != NULL)
    return GDK_PAINTABLE (icon);
  if (g_object_get_data (G_OBJECT (theme), "tr-request-row-watched") == NULL)
    {
      g_object_set_data (G_OBJECT (theme), "tr-request-row-watched", GINT_TO_POINTER (TRUE));
      g_signal_connect (theme, "changed", G_CALLBACK (on_icon_theme_changed_cb), NULL);
    }
  icon = gtk_icon_theme_lookup_icon (theme, self->badge_icon, NULL, BADGE_SIZE,
                                     gtk_widget_get_scale_factor (widget), gtk_widget_get_direction (widget), 0);
  g_hash_table_insert (badge_icons, g_steal_pointer (&key), icon);
  return GDK_PAINTABLE (icon);
}

static void
draw_badge (TrRequestRow          *self,
            GtkSnapshot           *snapshot,
            const graphene_rect_t *rect,
            const GdkRGBA         *current)
{
  GdkPaintable *icon;

  if (self->badge_icon == NULL)
    return;
  icon = lookup_badge (self);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &rect->origin);
  gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (icon), snapshot,
                                            rect->size.width, rect->size.height, current, 1);
  gtk_snapshot_restore (snapshot);
}

static void
tr_request_row_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  TrRequestRow *self = TR_REQUEST_ROW (widget);
  GdkRGBA color, dim;
  Geometry geometry;

  if (self->item == NULL)
    return;
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  dim = with_alpha (&color, DIM_OPACITY);
  ensure_metrics (self);
  compute_geometry (self, &geometry);
  draw_text (self, snapshot, TEXT_NAME, &geometry.texts[TEXT_NAME], &color);
  draw_text (self, snapshot, TEXT_TOTAL, &geometry.texts[TEXT_TOTAL], &color);
  draw_text (self, snapshot, TEXT_DETAILS, &geometry.texts[TEXT_DETAILS], &dim);
  draw_badge (self, snapshot, &geometry.badge, &color);
  draw_pill (self, snapshot, &geometry, &color);
}

/* The badge's tooltip says why the request is not in sync. */
static gboolean
tr_request_row_query_tooltip (GtkWidget  *widget,
                              int         x,
                              int         y,
                              gboolean    keyboard_tooltip,
                              GtkTooltip *tooltip)
{
  TrRequestRow *self = TR_REQUEST_ROW (widget);
  Geometry geometry;

  if (self->badge_text == NULL)
    return FALSE;
  ensure_metrics (self);
  compute_geometry (self, &geometry);
  if (!keyboard_tooltip && !graphene_rect_contains_point (&geometry.badge, &GRAPHENE_POINT_INIT (x, y)))
    return FALSE;
  gtk_tooltip_set_text (tooltip, self->badge_text);
  return TRUE;
}

/* Fonts, colours or direction changed: measure and lay out again. */
static void
tr_request_row_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  TrRequestRow *self = TR_REQUEST_ROW (widget);

  GTK_WIDGET_CLASS (tr_request_row_parent_class)->css_changed (widget, change);
  clear_layouts (self);
  self->char_width = 0;
  gtk_widget_queue_resize (widget);
}

static void
tr_request_row_direction_changed (GtkWidget        *widget,
                                  GtkTextDirection  previous)
{
  clear_layouts (TR_REQUEST_ROW (widget));
  gtk_widget_queue_draw (widget);
}

static void
update (TrRequestRow *self)
{
  TrRequestSummary summary;
  g_autofree char *label = NULL;
  g_autofree char *dates = NULL;

  clear_layouts (self);
  for (guint i = 0; i < N_TEXTS; i++)
    g_clear_pointer (&self->texts[i], g_free);
  self->badge_text = self->badge_icon = NULL;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (self->item == NULL || (tr_request_item_peek_row (self->item) == NULL &&
                             tr_request_item_get_request (self->item) == NULL))
    return;

  /* A cached row is shown as listed: its TrRequest is not built. */
  tr_request_summary_init_from_item (&summary, self->item);
  self->texts[TEXT_NAME] = g_strdup (summary.name != NULL && *summary.name != '\0'
                                     ? summary.name : _("Untitled Request"));
  dates = tr_request_summary_format_dates (&summary);
  self->texts[TEXT_DETAILS] = tr_request_summary_format_details (&summary, dates);
  self->texts[TEXT_TOTAL] = tr_request_summary_format_total (&summary);
  self->texts[TEXT_STATUS] = g_strdup (tr_request_summary_status_label (&summary));
  self->pill = pill_of (&summary);
  self->badge_text = tr_request_item_describe_sync (self->item, &self->badge_icon);
  label = tr_request_item_describe (self->item, &summary, dates, self->texts[TEXT_TOTAL]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
on_item_notify_cb (TrRequestRow *self)
{
  update (self);
}

static void
tr_request_row_dispose (GObject *object)
{
  TrRequestRow *self = TR_REQUEST_ROW (object);

  tr_request_row_set_item (self, NULL);
  clear_layouts (self);

  G_OBJECT_CLASS (tr_request_row_parent_class)->dispose (object);
}

static void
tr_request_row_finalize (GObject *object)
{
  TrRequestRow *self = TR_REQUEST_ROW (object);

  for (guint i = 0; i < N_TEXTS; i++)
    g_free (self->texts[i]);

  G_OBJECT_CLASS (tr_request_row_parent_class)->finalize (object);
}

static void
tr_request_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TrRequestRow *self = TR_REQUEST_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_request_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TrRequestRow *self = TR_REQUEST_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      tr_request_row_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_request_row_class_init (TrRequestRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tr_request_row_dispose;
  object_class->finalize = tr_request_row_finalize;
  object_class->get_property = tr_request_row_get_property;
  object_class->set_property = tr_request_row_set_property;
  widget_class->measure = tr_request_row_measure;
  widget_class->snapshot = tr_request_row_snapshot;
  widget_class->query_tooltip = tr_request_row_query_tooltip;
  widget_class->css_changed = tr_request_row_css_changed;
  widget_class->direction_changed = tr_request_row_direction_changed;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, TR_TYPE_REQUEST_ITEM,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "requestrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
  badge_icons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

static void
tr_request_row_init (TrRequestRow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_set_margin_top (widget, 9);
  gtk_widget_set_margin_bottom (widget, 9);
  gtk_widget_set_margin_start (widget, 6);
  gtk_widget_set_margin_end (widget, 6);
  gtk_widget_set_has_tooltip (widget, TRUE);
}

GtkWidget *
tr_request_row_new (void)
{
  return g_object_new (TR_TYPE_REQUEST_ROW, NULL);
}

TrRequestItem *
tr_request_row_get_item (TrRequestRow *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_ROW (self), NULL);

  return self->item;
}

/**
 * tr_request_row_set_item:
 * @self: a #TrRequestRow
 * @item: (nullable): the request to show
 *
 * Shows @item, and follows its changes until another item is set.
 */
void
tr_request_row_set_item (TrRequestRow  *self,
                         TrRequestItem *item)
{
  g_return_if_fail (TR_IS_REQUEST_ROW (self));
  g_return_if_fail (item == NULL || TR_IS_REQUEST_ITEM (item));

  if (self->item == item)
    return;

  if (self->item != NULL)
    g_clear_signal_handler (&self->notify_id, self->item);
  g_set_object (&self->item, item);
  if (item != NULL)
    self->notify_id = g_signal_connect_object (item, "notify", G_CALLBACK (on_item_notify_cb),
                                               self, G_CONNECT_SWAPPED);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}
