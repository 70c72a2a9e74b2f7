/* tr-status-pill.c
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

#define G_LOG_DOMAIN "TrStatusPill"

#include <glib/gi18n.h>

#include "tr-request-style.h"
#include "tr-status-pill.h"

struct _TrStatusPill
{
  GtkWidget         parent_instance;

  GtkLabel         *label;
  TrApprovalStatus *status;
};

G_DEFINE_FINAL_TYPE (TrStatusPill, tr_status_pill, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *kind_classes[] = { "pending", "approved", "sent-back", "canceled" };

static const char *
kind_class (TrApprovalStatusKind kind)
{
  switch (kind)
    {
    case TR_APPROVAL_STATUS_KIND_SUBMITTED:
    case TR_APPROVAL_STATUS_KIND_PENDING_BOOKING:
      return "pending";
    case TR_APPROVAL_STATUS_KIND_APPROVED:
      return "approved";
    case TR_APPROVAL_STATUS_KIND_SENT_BACK:
      return "sent-back";
    case TR_APPROVAL_STATUS_KIND_CANCELED:
      return "canceled";
    case TR_APPROVAL_STATUS_KIND_NOT_SUBMITTED:
    case TR_APPROVAL_STATUS_KIND_UNKNOWN:
    default:
      return NULL;
    }
}

static void
update (TrStatusPill *self)
{
  const char *name = self->status ? tr_approval_status_get_name (self->status) : NULL;
  const char *code = self->status ? tr_approval_status_get_code (self->status) : NULL;
  const char *css;

  /* The server's name is localised and may name the workflow step. */
  if (name == NULL || *name == '\0')
    name = code ? code : _("Not saved");
  gtk_label_set_label (self->label, name);

  for (guint i = 0; i < G_N_ELEMENTS (kind_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self), kind_classes[i]);
  css = self->status ? kind_class (tr_approval_status_get_kind (self->status)) : NULL;
  if (css != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), css);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
tr_status_pill_dispose (GObject *object)
{
  TrStatusPill *self = TR_STATUS_PILL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TR_TYPE_STATUS_PILL);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_first_child (GTK_WIDGET (self)))
    gtk_widget_unparent (child);
  g_clear_object (&self->status);

  G_OBJECT_CLASS (tr_status_pill_parent_class)->dispose (object);
}

static void
tr_status_pill_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TrStatusPill *self = TR_STATUS_PILL (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      g_value_set_object (value, self->status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_status_pill_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TrStatusPill *self = TR_STATUS_PILL (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      tr_status_pill_set_status (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_status_pill_class_init (TrStatusPillClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tr_status_pill_dispose;
  object_class->get_property = tr_status_pill_get_property;
  object_class->set_property = tr_status_pill_set_property;

  properties[PROP_STATUS] =
    g_param_spec_object ("status", NULL, NULL, TR_TYPE_APPROVAL_STATUS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/travelrequests/TravelRequests/request/tr-status-pill.ui");
  gtk_widget_class_bind_template_child (widget_class, TrStatusPill, label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "statuspill");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_STATUS);
}

static void
tr_status_pill_init (TrStatusPill *self)
{
  tr_request_style_ensure ();
  gtk_widget_init_template (GTK_WIDGET (self));
  update (self);
}

GtkWidget *
tr_status_pill_new (void)
{
  return g_object_new (TR_TYPE_STATUS_PILL, NULL);
}

TrApprovalStatus *
tr_status_pill_get_status (TrStatusPill *self)
{
  g_return_val_if_fail (TR_IS_STATUS_PILL (self), NULL);

  return self->status;
}

/**
 * tr_status_pill_set_status:
 * @status: (nullable): the approval status; %NULL for a request never sent
 */
void
tr_status_pill_set_status (TrStatusPill     *self,
                           TrApprovalStatus *status)
{
  g_return_if_fail (TR_IS_STATUS_PILL (self));
  g_return_if_fail (status == NULL || TR_IS_APPROVAL_STATUS (status));

  if (!g_set_object (&self->status, status))
    return;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
tr_status_pill_get_text (TrStatusPill *self)
{
  g_return_val_if_fail (TR_IS_STATUS_PILL (self), NULL);

  return gtk_label_get_label (self->label);
}
