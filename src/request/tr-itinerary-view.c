/* tr-itinerary-view.c
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

#define G_LOG_DOMAIN "TrItineraryView"

#include <glib/gi18n.h>

#include "tr-itinerary-view.h"
#include "tr-request-format.h"
#include "tr-request-style.h"

/* The timeline of a request: its travel segments (expected expenses with
 * trip data) in date order, one TrSegmentRow each. */
struct _TrItineraryView
{
  GtkWidget           parent_instance;

  GtkListBox         *list;
  GtkWidget          *empty_label;

  GListModel         *expenses;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
};

G_DEFINE_FINAL_TYPE (TrItineraryView, tr_itinerary_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EXPENSES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_segment (gpointer item,
            gpointer user_data)
{
  return TR_IS_EXPENSE (item) && tr_expense_get_trip_data (TR_EXPENSE (item)) != NULL;
}

static int
compare_segments (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  GDate da, db;
  int ma, mb;

  tr_expense_get_sort_key (TR_EXPENSE ((gpointer) a), &da, &ma);
  tr_expense_get_sort_key (TR_EXPENSE ((gpointer) b), &db, &mb);
  if (!g_date_valid (&da) || !g_date_valid (&db))
    return (int) g_date_valid (&db) - (int) g_date_valid (&da);
  if (g_date_compare (&da, &db) != 0)
    return g_date_compare (&da, &db);
  /* Untimed segments (a hotel night) come after the day's timed ones. */
  ma = ma < 0 ? 24 * 60 : ma;
  mb = mb < 0 ? 24 * 60 : mb;
  return (ma > mb) - (ma < mb);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  return tr_segment_row_new (TR_EXPENSE (item));
}

static void
on_items_changed_cb (GListModel      *model,
                     guint            position,
                     guint            removed,
                     guint            added,
                     TrItineraryView *self)
{
  gboolean empty = g_list_model_get_n_items (model) == 0;

  gtk_widget_set_visible (GTK_WIDGET (self->list), !empty);
  gtk_widget_set_visible (self->empty_label, empty);
}

static void
tr_itinerary_view_dispose (GObject *object)
{
  TrItineraryView *self = TR_ITINERARY_VIEW (object);

  if (self->list != NULL)
    gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TR_TYPE_ITINERARY_VIEW);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_first_child (GTK_WIDGET (self)))
    gtk_widget_unparent (child);
  if (self->sorted != NULL)
    g_signal_handlers_disconnect_by_func (self->sorted, on_items_changed_cb, self);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->expenses);

  G_OBJECT_CLASS (tr_itinerary_view_parent_class)->dispose (object);
}

static void
tr_itinerary_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TrItineraryView *self = TR_ITINERARY_VIEW (object);

  switch (prop_id)
    {
    case PROP_EXPENSES:
      g_value_set_object (value, self->expenses);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_itinerary_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TrItineraryView *self = TR_ITINERARY_VIEW (object);

  switch (prop_id)
    {
    case PROP_EXPENSES:
      tr_itinerary_view_set_expenses (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_itinerary_view_class_init (TrItineraryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tr_itinerary_view_dispose;
  object_class->get_property = tr_itinerary_view_get_property;
  object_class->set_property = tr_itinerary_view_set_property;

  properties[PROP_EXPENSES] =
    g_param_spec_object ("expenses", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/travelrequests/TravelRequests/request/tr-itinerary-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TrItineraryView, list);
  gtk_widget_class_bind_template_child (widget_class, TrItineraryView, empty_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
tr_itinerary_view_init (TrItineraryView *self)
{
  GtkCustomFilter *filter;
  GtkCustomSorter *sorter;

  tr_request_style_ensure ();
  gtk_widget_init_template (GTK_WIDGET (self));

  filter = gtk_custom_filter_new (is_segment, NULL, NULL);
  sorter = gtk_custom_sorter_new (compare_segments, NULL, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (filter));
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                          GTK_SORTER (sorter));
  g_signal_connect (self->sorted, "items-changed", G_CALLBACK (on_items_changed_cb), self);
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->sorted), create_row, NULL, NULL);
  on_items_changed_cb (G_LIST_MODEL (self->sorted), 0, 0, 0, self);
}

GtkWidget *
tr_itinerary_view_new (void)
{
  return g_object_new (TR_TYPE_ITINERARY_VIEW, NULL);
}

GListModel *
tr_itinerary_view_get_expenses (TrItineraryView *self)
{
  g_return_val_if_fail (TR_IS_ITINERARY_VIEW (self), NULL);

  return self->expenses;
}

/**
 * tr_itinerary_view_set_expenses:
 * @expenses: (nullable): the request's expected expenses (#TrExpense);
 *   the ones without trip data are left out
 */
void
tr_itinerary_view_set_expenses (TrItineraryView *self,
                                GListModel      *expenses)
{
  g_return_if_fail (TR_IS_ITINERARY_VIEW (self));
  g_return_if_fail (expenses == NULL || G_IS_LIST_MODEL (expenses));

  if (!g_set_object (&self->expenses, expenses))
    return;
  gtk_filter_list_model_set_model (self->filtered, expenses);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPENSES]);
}

/**
 * tr_itinerary_view_get_segments:
 *
 * Returns: (transfer none): the segments shown, in timeline order
 */
GListModel *
tr_itinerary_view_get_segments (TrItineraryView *self)
{
  g_return_val_if_fail (TR_IS_ITINERARY_VIEW (self), NULL);

  return G_LIST_MODEL (self->sorted);
}

TrSegmentRow *
tr_itinerary_view_get_row (TrItineraryView *self,
                           guint            position)
{
  g_return_val_if_fail (TR_IS_ITINERARY_VIEW (self), NULL);

  return TR_SEGMENT_ROW (gtk_list_box_get_row_at_index (self->list, (int) position));
}
