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

#include <glib/gi18n.h>

#include "tr-locale.h"
#include "tr-request-row.h"

/* One line of the list of requests: name, request id, dates, destination,
 * a status pill, the total and a badge when the request is not in sync. */
struct _TrRequestRow
{
  GtkWidget      parent_instance;

  TrRequestItem *item;
  gulong         notify_id;

  GtkLabel      *name_label;
  GtkLabel      *details_label;
  GtkLabel      *status_label;
  GtkLabel      *total_label;
  GtkImage      *sync_image;
};

G_DEFINE_FINAL_TYPE (TrRequestRow, tr_request_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *status_classes[] = {
  "status-draft", "status-submitted", "status-sent-back", "status-approved",
  "status-canceled", "status-closed", NULL
};

static char *
format_date (const GDate *date)
{
  g_autoptr(GDateTime) time = NULL;

  if (date == NULL || !g_date_valid (date))
    return NULL;
  time = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                              g_date_get_day (date), 0, 0, 0);
  /* TRANSLATORS: a date in the list of requests; see strftime(3) */
  return time != NULL ? g_date_time_format (time, _("%-d %b %Y")) : NULL;
}

/**
 * tr_request_format_dates:
 * @request: a request
 *
 * Returns: (transfer full) (nullable): "15 Jul 2018 – 17 Jul 2018", or %NULL
 *   when the request has no start date
 */
char *
tr_request_format_dates (TrRequest *request)
{
  g_autofree char *start = format_date (tr_request_get_start_date (request));
  g_autofree char *end = format_date (tr_request_get_end_date (request));

  if (start == NULL)
    return NULL;
  if (end == NULL || g_strcmp0 (start, end) == 0)
    return g_steal_pointer (&start);
  /* TRANSLATORS: the first and last day of a trip */
  return g_strdup_printf (_("%s – %s"), start, end);
}

/* Digits after the decimal point of a currency (ISO 4217 minor unit). */
static guint
currency_digits (const char *currency)
{
  static const char *no_minor_unit[] = { "JPY", "KRW", "ISK", "CLP", "VND", "PYG", "UGX", "XAF", "XOF" };

  for (guint i = 0; currency != NULL && i < G_N_ELEMENTS (no_minor_unit); i++)
    if (g_str_equal (currency, no_minor_unit[i]))
      return 0;
  return 2;
}

/**
 * tr_request_format_total:
 * @request: a request
 *
 * Returns: (transfer full) (nullable): "494.56 USD" (in the user's locale), the posted total (the
 *   approved one when nothing is posted), or %NULL when there is none
 */
char *
tr_request_format_total (TrRequest *request)
{
  const TrAmount *total = tr_request_get_total_posted_amount (request);
  g_autoptr(TrAmount) shown = NULL;
  guint scale;

  if (total == NULL)
    total = tr_request_get_total_approved_amount (request);
  if (total == NULL)
    return NULL;

  scale = MAX (tr_amount_get_scale (total), currency_digits (tr_amount_get_currency (total)));
  shown = tr_amount_rescale (total, scale, NULL);
  /* Separators, grouping and the currency's place follow the locale. */
  return tr_locale_format_amount (shown != NULL ? shown : total);
}

/**
 * tr_request_status_label:
 * @request: a request
 *
 * Returns: the translated status ("Closed" for a closed request)
 */
const char *
tr_request_status_label (TrRequest *request)
{
  TrApprovalStatus *status = tr_request_get_approval_status (request);

  if (tr_request_get_closed (request))
    return C_("request status", "Closed");

  switch (tr_request_get_status_kind (request))
    {
    case TR_APPROVAL_STATUS_KIND_NOT_SUBMITTED:
      return C_("request status", "Not Submitted");
    case TR_APPROVAL_STATUS_KIND_SUBMITTED:
      return C_("request status", "Submitted");
    case TR_APPROVAL_STATUS_KIND_SENT_BACK:
      return C_("request status", "Sent Back");
    case TR_APPROVAL_STATUS_KIND_APPROVED:
      return C_("request status", "Approved");
    case TR_APPROVAL_STATUS_KIND_CANCELED:
      return C_("request status", "Canceled");
    case TR_APPROVAL_STATUS_KIND_PENDING_BOOKING:
      return C_("request status", "Pending Booking");
    case TR_APPROVAL_STATUS_KIND_UNKNOWN:
    default:
      break;
    }

  if (status != NULL && tr_approval_status_get_name (status) != NULL)
    return tr_approval_status_get_name (status);
  return C_("request status", "Draft");
}

static const char *
status_class (TrRequest *request)
{
  if (tr_request_get_closed (request))
    return "status-closed";

  switch (tr_request_get_status_kind (request))
    {
    case TR_APPROVAL_STATUS_KIND_SUBMITTED:
      return "status-submitted";
    case TR_APPROVAL_STATUS_KIND_SENT_BACK:
      return "status-sent-back";
    case TR_APPROVAL_STATUS_KIND_APPROVED:
    case TR_APPROVAL_STATUS_KIND_PENDING_BOOKING:
      return "status-approved";
    case TR_APPROVAL_STATUS_KIND_CANCELED:
      return "status-canceled";
    case TR_APPROVAL_STATUS_KIND_NOT_SUBMITTED:
    case TR_APPROVAL_STATUS_KIND_UNKNOWN:
    default:
      return "status-draft";
    }
}

static char *
format_details (TrRequest *request)
{
  TrLocation *destination = tr_request_get_main_destination (request);
  g_autofree char *dates = tr_request_format_dates (request);
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  const char *id = tr_request_get_request_id (request);

  if (id != NULL && *id != '\0')
    g_strv_builder_add (parts, id);
  if (dates != NULL)
    g_strv_builder_add (parts, dates);
  if (destination != NULL && (tr_location_get_name (destination) ?: tr_location_get_city (destination)) != NULL)
    g_strv_builder_add (parts, tr_location_get_name (destination) ?: tr_location_get_city (destination));
  strv = g_strv_builder_end (parts);

  return g_strjoinv (" · ", strv);
}

static void
update_sync (TrRequestRow  *self,
             TrRequestSync  sync)
{
  const char *pending = tr_request_item_describe_pending (self->item);
  static const struct { const char *icon; const char *text; } badges[] = {
    [TR_REQUEST_SYNC_SYNCED] = { NULL, NULL },
    [TR_REQUEST_SYNC_LOCAL_ONLY] = { "computer-symbolic", N_("Only on this computer") },
    [TR_REQUEST_SYNC_WAITING] = { "emblem-synchronizing-symbolic", N_("Waiting to be sent") },
    [TR_REQUEST_SYNC_CONFLICT] = { "dialog-warning-symbolic", N_("Changed here and on the server") },
    [TR_REQUEST_SYNC_FAILED] = { "dialog-error-symbolic", N_("The server refused the changes") },
  };

  gtk_widget_set_visible (GTK_WIDGET (self->sync_image), badges[sync].icon != NULL);
  if (badges[sync].icon == NULL)
    return;

  /* A queued workflow action says what it will do ("Will be submitted"). */
  if (sync != TR_REQUEST_SYNC_WAITING || pending == NULL)
    pending = _(badges[sync].text);
  gtk_image_set_from_icon_name (self->sync_image, badges[sync].icon);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->sync_image), pending);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sync_image),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, pending, -1);
}

static void
update (TrRequestRow *self)
{
  TrRequest *request = self->item != NULL ? tr_request_item_get_request (self->item) : NULL;
  g_autofree char *details = NULL;
  g_autofree char *total = NULL;
  const char *name;

  if (request == NULL)
    return;

  name = tr_request_get_name (request);
  details = format_details (request);
  total = tr_request_format_total (request);
  gtk_label_set_label (self->name_label, name != NULL && *name != '\0' ? name : _("Untitled Request"));
  gtk_label_set_label (self->details_label, details);
  gtk_label_set_label (self->total_label, total);
  gtk_widget_set_visible (GTK_WIDGET (self->total_label), total != NULL);
  gtk_label_set_label (self->status_label, tr_request_status_label (request));
  for (guint i = 0; status_classes[i] != NULL; i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), status_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), status_class (request));
  update_sync (self, tr_request_item_get_sync (self->item));
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

  GtkWidget *child;

  tr_request_row_set_item (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TR_TYPE_REQUEST_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (tr_request_row_parent_class)->dispose (object);
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
  object_class->get_property = tr_request_row_get_property;
  object_class->set_property = tr_request_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, TR_TYPE_REQUEST_ITEM,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/travelrequests/TravelRequests/tr-request-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TrRequestRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, TrRequestRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, TrRequestRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, TrRequestRow, total_label);
  gtk_widget_class_bind_template_child (widget_class, TrRequestRow, sync_image);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_GRID_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "requestrow");
}

static void
tr_request_row_init (TrRequestRow *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_grid_layout_set_column_spacing (GTK_GRID_LAYOUT (layout), 6);
  gtk_grid_layout_set_row_spacing (GTK_GRID_LAYOUT (layout), 3);
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
