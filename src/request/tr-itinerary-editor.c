/* tr-itinerary-editor.c
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

#define G_LOG_DOMAIN "TrItineraryEditor"

#include <glib/gi18n.h>

#include "tr-editor-util.h"
#include "tr-itinerary-editor-private.h"
#include "tr-locale-number.h"
#include "tr-request-style.h"
#include "tr-request-validation.h"

/* The editor of one trip segment: choose its type (flight, train, hotel,
 * car, taxi); air and rail legs have from/to, date, time and class, and a
 * round trip adds the return leg; a hotel has check-in and check-out, a
 * car pick-up and drop-off. Validates as the user types. */

G_DEFINE_FINAL_TYPE (TrItineraryEditor, tr_itinerary_editor, ADW_TYPE_BIN)

enum {
  SAVE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const TrSegmentKind offered_kinds[] = {
  TR_SEGMENT_KIND_AIR, TR_SEGMENT_KIND_RAIL, TR_SEGMENT_KIND_HOTEL,
  TR_SEGMENT_KIND_CAR, TR_SEGMENT_KIND_TAXI,
};

/* Row titles per kind; NULL hides the row. */
static const struct
{
  TrSegmentKind  kind;
  const char    *titles[TR_ITINERARY_FIELD_RETURN_DATE];
  gboolean       has_class;
  gboolean       has_return;
} layouts[] = {
  { TR_SEGMENT_KIND_AIR, { N_("From airport"), N_("To airport"), N_("Departure date"),
                           N_("Departure time"), NULL, NULL }, TRUE, TRUE },
  { TR_SEGMENT_KIND_RAIL, { N_("From station"), N_("To station"), N_("Departure date"),
                            N_("Departure time"), NULL, NULL }, TRUE, TRUE },
  { TR_SEGMENT_KIND_HOTEL, { NULL, N_("Hotel or city"), N_("Check-in date"), NULL,
                             N_("Check-out date"), NULL }, FALSE, FALSE },
  { TR_SEGMENT_KIND_CAR, { N_("Pick-up location"), NULL, N_("Pick-up date"), N_("Pick-up time"),
                           N_("Drop-off date"), N_("Drop-off time") }, FALSE, FALSE },
  { TR_SEGMENT_KIND_TAXI, { N_("From"), N_("To"), N_("Date"), N_("Time"), NULL, NULL },
    FALSE, FALSE },
};

static guint
layout_index (TrSegmentKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
    if (layouts[i].kind == kind)
      return i;
  return 0;
}

static void
apply_layout (TrItineraryEditor *self)
{
  guint l = layout_index (self->kind);
  gboolean round_trip = layouts[l].has_return && gtk_switch_get_active (self->round_trip_switch);

  for (guint f = 0; f < TR_ITINERARY_FIELD_RETURN_DATE; f++)
    {
      const char *title = layouts[l].titles[f];

      gtk_widget_set_visible (self->rows[f], title != NULL);
      if (title != NULL)
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rows[f]), _(title));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->class_row), layouts[l].has_class);
  gtk_widget_set_visible (GTK_WIDGET (self->round_trip_row), layouts[l].has_return);
  gtk_widget_set_visible (GTK_WIDGET (self->return_date_row), round_trip);
  gtk_widget_set_visible (GTK_WIDGET (self->return_time_row), round_trip);
  for (guint i = 0; i < G_N_ELEMENTS (offered_kinds); i++)
    gtk_toggle_button_set_active (self->kind_buttons[offered_kinds[i]],
                                  offered_kinds[i] == self->kind);
  tr_itinerary_editor_check (self, FALSE);
}

static void
on_field_changed_cb (GtkWidget         *row,
                     TrItineraryEditor *self)
{
  if (self->loading)
    return;
  for (guint f = 0; f < TR_ITINERARY_N_FIELDS; f++)
    if (self->rows[f] == row)
      self->touched |= 1u << f;
  tr_itinerary_editor_check (self, FALSE);
}

static void
on_round_trip_cb (TrItineraryEditor *self)
{
  apply_layout (self);
}

static void
on_kind_toggled_cb (GtkToggleButton   *button,
                    TrItineraryEditor *self)
{
  if (gtk_toggle_button_get_active (button))
    tr_itinerary_editor_set_kind (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "kind")));
}

static void
add_kind_buttons (TrItineraryEditor *self)
{
  GtkToggleButton *group = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (offered_kinds); i++)
    {
      TrSegmentKind kind = offered_kinds[i];
      GtkWidget *button = gtk_toggle_button_new ();
      GtkWidget *content = adw_button_content_new ();

      adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), tr_segment_kind_icon_name (kind));
      adw_button_content_set_label (ADW_BUTTON_CONTENT (content), tr_segment_kind_label (kind));
      gtk_button_set_child (GTK_BUTTON (button), content);
      gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
      group = GTK_TOGGLE_BUTTON (button);
      g_object_set_data (G_OBJECT (button), "kind", GINT_TO_POINTER (kind));
      g_signal_connect (button, "toggled", G_CALLBACK (on_kind_toggled_cb), self);
      gtk_box_append (self->kind_box, button);
      self->kind_buttons[kind] = GTK_TOGGLE_BUTTON (button);
    }
}

static void
tr_itinerary_editor_dispose (GObject *object)
{
  TrItineraryEditor *self = TR_ITINERARY_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TR_TYPE_ITINERARY_EDITOR);
  g_clear_object (&self->expense);

  G_OBJECT_CLASS (tr_itinerary_editor_parent_class)->dispose (object);
}

static void
tr_itinerary_editor_class_init (TrItineraryEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tr_itinerary_editor_dispose;

  /**
   * TrItineraryEditor::save-requested:
   * @expense: the valid segment, an expected expense with trip data
   */
  signals[SAVE_REQUESTED] =
    g_signal_new ("save-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TR_TYPE_EXPENSE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/travelrequests/TravelRequests/request/tr-itinerary-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TrItineraryEditor, kind_box);
  gtk_widget_class_bind_template_child (widget_class, TrItineraryEditor, from_row);
  gtk_widget_class_bind_template_child (widget_class, TrItineraryEditor, to_row);
  gtk_widget_class_bind_template_child (widget_class, TrItineraryEditor, start_date_row);
  gtk_widget_class_bind_template_child (widget_class, TrItineraryEditor, start_time_row);
  gtk_widget_class_bind_template_child (widget_class, TrItineraryEditor, end_date_row);
  gtk_widget_class_bind_template_child (widget_class, TrItineraryEditor, end_time_row);
  gtk_widget_class_bind_template_child (widget_class, TrItineraryEditor, class_row);
  gtk_widget_class_bind_template_child (widget_class, TrItineraryEditor, round_trip_row);
  gtk_widget_class_bind_template_child (widget_class, TrItineraryEditor, round_trip_switch);
  gtk_widget_class_bind_template_child (widget_class, TrItineraryEditor, return_date_row);
  gtk_widget_class_bind_template_child (widget_class, TrItineraryEditor, return_time_row);
  gtk_widget_class_bind_template_child (widget_class, TrItineraryEditor, amount_row);
  gtk_widget_class_bind_template_child (widget_class, TrItineraryEditor, currency_row);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_round_trip_cb);
  gtk_widget_class_bind_template_callback (widget_class, tr_itinerary_editor_save);
}

static void
register_rows (TrItineraryEditor *self)
{
  GtkWidget *rows[TR_ITINERARY_N_FIELDS] = {
    GTK_WIDGET (self->from_row), GTK_WIDGET (self->to_row),
    GTK_WIDGET (self->start_date_row), GTK_WIDGET (self->start_time_row),
    GTK_WIDGET (self->end_date_row), GTK_WIDGET (self->end_time_row),
    GTK_WIDGET (self->return_date_row), GTK_WIDGET (self->return_time_row),
    GTK_WIDGET (self->amount_row), GTK_WIDGET (self->currency_row),
  };

  for (guint f = 0; f < TR_ITINERARY_N_FIELDS; f++)
    {
      self->rows[f] = rows[f];
      self->messages[f] = tr_editor_add_message (rows[f]);
    }
}

static void
tr_itinerary_editor_init (TrItineraryEditor *self)
{
  tr_request_style_ensure ();
  gtk_widget_init_template (GTK_WIDGET (self));

  g_date_clear (&self->trip_start, 1);
  g_date_clear (&self->trip_end, 1);
  register_rows (self);
  add_kind_buttons (self);
  tr_editor_add_calendar (self->start_date_row);
  tr_editor_add_calendar (self->end_date_row);
  tr_editor_add_calendar (self->return_date_row);
  self->kind = TR_SEGMENT_KIND_AIR;
  apply_layout (self);
}

GtkWidget *
tr_itinerary_editor_new (void)
{
  return g_object_new (TR_TYPE_ITINERARY_EDITOR, NULL);
}

TrSegmentKind
tr_itinerary_editor_get_kind (TrItineraryEditor *self)
{
  g_return_val_if_fail (TR_IS_ITINERARY_EDITOR (self), TR_SEGMENT_KIND_OTHER);

  return self->kind;
}

/**
 * tr_itinerary_editor_set_kind:
 * @kind: a flight, train, hotel, car or taxi
 *
 * Switches the form to the fields of @kind (what the type buttons do).
 * Other kinds are not edited here and fall back to a flight.
 */
void
tr_itinerary_editor_set_kind (TrItineraryEditor *self,
                              TrSegmentKind      kind)
{
  g_return_if_fail (TR_IS_ITINERARY_EDITOR (self));

  kind = layouts[layout_index (kind)].kind;
  if (self->kind == kind)
    return;
  self->kind = kind;
  apply_layout (self);
}

gboolean
tr_itinerary_editor_get_round_trip (TrItineraryEditor *self)
{
  g_return_val_if_fail (TR_IS_ITINERARY_EDITOR (self), FALSE);

  return gtk_widget_get_visible (GTK_WIDGET (self->round_trip_row))
         && gtk_switch_get_active (self->round_trip_switch);
}

/**
 * tr_itinerary_editor_set_round_trip:
 *
 * A round trip adds the return leg (back from the destination).
 */
void
tr_itinerary_editor_set_round_trip (TrItineraryEditor *self,
                                    gboolean           round_trip)
{
  g_return_if_fail (TR_IS_ITINERARY_EDITOR (self));

  gtk_switch_set_active (self->round_trip_switch, round_trip);
  apply_layout (self);
}

/**
 * tr_itinerary_editor_set_expense:
 * @expense: (nullable): a segment to edit (a copy is edited), or %NULL
 *   for a new one
 */
void
tr_itinerary_editor_set_expense (TrItineraryEditor *self,
                                 TrExpense         *expense)
{
  g_return_if_fail (TR_IS_ITINERARY_EDITOR (self));
  g_return_if_fail (expense == NULL || TR_IS_EXPENSE (expense));

  g_set_object (&self->expense, expense);
  tr_itinerary_editor_load (self);
}

/**
 * tr_itinerary_editor_set_trip_dates:
 * @start: (nullable): the request's first day
 * @end: (nullable): the request's last day
 *
 * Every leg must lie within them.
 */
void
tr_itinerary_editor_set_trip_dates (TrItineraryEditor *self,
                                    const GDate       *start,
                                    const GDate       *end)
{
  g_return_if_fail (TR_IS_ITINERARY_EDITOR (self));

  g_date_clear (&self->trip_start, 1);
  g_date_clear (&self->trip_end, 1);
  if (start != NULL && g_date_valid (start))
    self->trip_start = *start;
  if (end != NULL && g_date_valid (end))
    self->trip_end = *end;
  tr_itinerary_editor_check (self, FALSE);
}

void
tr_itinerary_editor_set_currency (TrItineraryEditor *self,
                                  const char        *currency)
{
  g_return_if_fail (TR_IS_ITINERARY_EDITOR (self));

  self->loading = TRUE;
  tr_editor_set_text (self->currency_row, currency);
  self->loading = FALSE;
}

static gboolean
fill_expense (TrItineraryEditor  *self,
              TrExpense          *expense,
              GError            **error)
{
  g_autoptr(JsonNode) node = tr_itinerary_editor_trip_json (self);
  g_autoptr(TrTripData) trip = tr_trip_data_new_from_json (node, error);
  g_autoptr(TrExpenseType) type = tr_expense_type_new ();
  g_autoptr(TrAmount) amount = NULL;
  g_autoptr(GDateTime) when = NULL;
  GDate date;

  if (trip == NULL)
    return FALSE;
  amount = tr_locale_parse_amount (gtk_editable_get_text (GTK_EDITABLE (self->amount_row)),
                                   gtk_editable_get_text (GTK_EDITABLE (self->currency_row)), error);
  if (amount == NULL)
    return FALSE;
  tr_validation_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->start_date_row)), &date, NULL);
  when = g_date_time_new_utc ((int) g_date_get_year (&date), g_date_get_month (&date),
                              g_date_get_day (&date), 0, 0, 0);
  tr_expense_type_set_id (type, tr_segment_kind_to_code (self->kind));
  tr_expense_type_set_name (type, tr_segment_kind_label (self->kind));
  tr_expense_set_expense_type (expense, type);
  tr_expense_set_trip_data (expense, trip);
  tr_expense_set_transaction_amount (expense, amount);
  tr_expense_set_transaction_date (expense, when);
  return TRUE;
}

/**
 * tr_itinerary_editor_dup_expense:
 *
 * Returns: (transfer full) (nullable): the segment as an expected expense,
 *   or %NULL with a #TrValidationError (every message is then shown)
 */
TrExpense *
tr_itinerary_editor_dup_expense (TrItineraryEditor  *self,
                                 GError            **error)
{
  g_autoptr(TrExpense) expense = NULL;

  g_return_val_if_fail (TR_IS_ITINERARY_EDITOR (self), NULL);

  if (!tr_itinerary_editor_check (self, TRUE))
    {
      for (guint f = 0; f < TR_ITINERARY_N_FIELDS; f++)
        if (tr_editor_get_message (self->messages[f]) != NULL)
          {
            g_set_error_literal (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_REQUIRED,
                                 tr_editor_get_message (self->messages[f]));
            break;
          }
      return NULL;
    }
  expense = self->expense ? tr_expense_copy (self->expense, error) : tr_expense_new ();
  if (expense == NULL || !fill_expense (self, expense, error))
    return NULL;
  return g_steal_pointer (&expense);
}

/**
 * tr_itinerary_editor_save:
 *
 * Emits #TrItineraryEditor::save-requested when the segment is valid.
 */
gboolean
tr_itinerary_editor_save (TrItineraryEditor *self)
{
  g_autoptr(TrExpense) expense = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (TR_IS_ITINERARY_EDITOR (self), FALSE);

  expense = tr_itinerary_editor_dup_expense (self, &error);
  if (expense == NULL)
    {
      g_debug ("Segment not saved: %s", error ? error->message : "invalid");
      return FALSE;
    }
  g_signal_emit (self, signals[SAVE_REQUESTED], 0, expense);
  return TRUE;
}

GtkWidget *
tr_itinerary_editor_get_field_widget (TrItineraryEditor *self,
                                      TrItineraryField   field)
{
  g_return_val_if_fail (TR_IS_ITINERARY_EDITOR (self), NULL);
  g_return_val_if_fail (field < TR_ITINERARY_N_FIELDS, NULL);

  return self->rows[field];
}

const char *
tr_itinerary_editor_get_field_message (TrItineraryEditor *self,
                                       TrItineraryField   field)
{
  g_return_val_if_fail (TR_IS_ITINERARY_EDITOR (self), NULL);
  g_return_val_if_fail (field < TR_ITINERARY_N_FIELDS, NULL);

  return tr_editor_get_message (self->messages[field]);
}

/**
 * tr_itinerary_editor_is_modified:
 *
 * Returns: %TRUE when the user changed a field since it was loaded
 */
gboolean
tr_itinerary_editor_is_modified (TrItineraryEditor *self)
{
  g_return_val_if_fail (TR_IS_ITINERARY_EDITOR (self), FALSE);

  return self->touched != 0;
}
