/* tr-segment-row.c
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

#define G_LOG_DOMAIN "TrSegmentRow"

#include <glib/gi18n.h>

#include "tr-request-format.h"
#include "tr-request-style.h"
#include "tr-segment-row.h"

struct _TrSegmentRow
{
  GtkListBoxRow  parent_instance;

  GtkImage      *icon;
  GtkLabel      *title;
  GtkBox        *legs_box;
  GtkLabel      *amount;

  TrExpense     *expense;
};

G_DEFINE_FINAL_TYPE (TrSegmentRow, tr_segment_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_EXPENSE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_legs (TrSegmentRow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->legs_box))) != NULL)
    gtk_box_remove (self->legs_box, child);
}

static void
add_leg_label (TrSegmentRow *self,
               const char   *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_box_append (self->legs_box, label);
}

static char *
segment_title (TrExpense     *expense,
               TrSegmentKind  kind)
{
  TrTripData *trip = tr_expense_get_trip_data (expense);
  const char *trip_type = trip ? tr_trip_data_get_trip_type (trip) : NULL;
  const char *label;

  if (trip_type == NULL && (kind == TR_SEGMENT_KIND_AIR || kind == TR_SEGMENT_KIND_RAIL))
    trip_type = tr_trip_type_for_legs (tr_expense_get_legs (expense));
  label = tr_trip_type_label (trip_type);
  if (label == NULL || (kind != TR_SEGMENT_KIND_AIR && kind != TR_SEGMENT_KIND_RAIL))
    return g_strdup (tr_segment_kind_label (kind));
  /* TRANSLATORS: a segment and its trip type, "Flight · Round trip" */
  return g_strdup_printf (_("%s · %s"), tr_segment_kind_label (kind), label);
}

static void
fill_legs (TrSegmentRow *self)
{
  GListModel *legs = tr_expense_get_legs (self->expense);
  guint n = legs ? g_list_model_get_n_items (legs) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrLeg) leg = g_list_model_get_item (legs, i);
      g_autofree char *text = tr_format_leg (leg);

      if (tr_leg_get_return_leg (leg))
        {
          /* Translators: %s is the date, time and places of the return leg of a trip segment */
          g_autofree char *with_return = g_strdup_printf (_("Return: %s"), text);
          add_leg_label (self, with_return);
        }
      else
        add_leg_label (self, text);
    }
  if (n == 0 && tr_expense_get_business_purpose (self->expense) != NULL)
    add_leg_label (self, tr_expense_get_business_purpose (self->expense));
}

static void
update (TrSegmentRow *self)
{
  TrSegmentKind kind;
  g_autofree char *title = NULL;
  g_autofree char *amount = NULL;

  clear_legs (self);
  if (self->expense == NULL)
    return;

  kind = tr_segment_kind_from_expense (self->expense);
  title = segment_title (self->expense, kind);
  amount = tr_format_amount (tr_expense_get_transaction_amount (self->expense));

  gtk_image_set_from_icon_name (self->icon, tr_segment_kind_icon_name (kind));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tr_segment_kind_label (kind), -1);
  gtk_label_set_label (self->title, title);
  gtk_label_set_label (self->amount, amount);
  fill_legs (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
}

static void
tr_segment_row_dispose (GObject *object)
{
  TrSegmentRow *self = TR_SEGMENT_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TR_TYPE_SEGMENT_ROW);
  g_clear_object (&self->expense);

  G_OBJECT_CLASS (tr_segment_row_parent_class)->dispose (object);
}

static void
tr_segment_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TrSegmentRow *self = TR_SEGMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_EXPENSE:
      g_value_set_object (value, self->expense);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_segment_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TrSegmentRow *self = TR_SEGMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_EXPENSE:
      if (g_set_object (&self->expense, g_value_get_object (value)))
        {
          update (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_segment_row_class_init (TrSegmentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tr_segment_row_dispose;
  object_class->get_property = tr_segment_row_get_property;
  object_class->set_property = tr_segment_row_set_property;

  properties[PROP_EXPENSE] =
    g_param_spec_object ("expense", NULL, NULL, TR_TYPE_EXPENSE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/travelrequests/TravelRequests/request/tr-segment-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TrSegmentRow, icon);
  gtk_widget_class_bind_template_child (widget_class, TrSegmentRow, title);
  gtk_widget_class_bind_template_child (widget_class, TrSegmentRow, legs_box);
  gtk_widget_class_bind_template_child (widget_class, TrSegmentRow, amount);
}

static void
tr_segment_row_init (TrSegmentRow *self)
{
  tr_request_style_ensure ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
tr_segment_row_new (TrExpense *expense)
{
  g_return_val_if_fail (TR_IS_EXPENSE (expense), NULL);

  return g_object_new (TR_TYPE_SEGMENT_ROW, "expense", expense, NULL);
}

TrExpense *
tr_segment_row_get_expense (TrSegmentRow *self)
{
  g_return_val_if_fail (TR_IS_SEGMENT_ROW (self), NULL);

  return self->expense;
}

const char *
tr_segment_row_get_icon_name (TrSegmentRow *self)
{
  g_return_val_if_fail (TR_IS_SEGMENT_ROW (self), NULL);

  return gtk_image_get_icon_name (self->icon);
}

const char *
tr_segment_row_get_title (TrSegmentRow *self)
{
  g_return_val_if_fail (TR_IS_SEGMENT_ROW (self), NULL);

  return gtk_label_get_label (self->title);
}

/**
 * tr_segment_row_dup_legs_text:
 *
 * Returns: (transfer full): the legs as shown, one per line
 */
char *
tr_segment_row_dup_legs_text (TrSegmentRow *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (TR_IS_SEGMENT_ROW (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->legs_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    g_string_append_printf (text, "%s\n", gtk_label_get_label (GTK_LABEL (child)));
  return g_string_free (g_steal_pointer (&text), FALSE);
}
