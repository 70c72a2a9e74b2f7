/* tr-preferences-window.c
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

#define G_LOG_DOMAIN "tr-preferences"

#include <glib/gi18n.h>

#include "tr-preferences-window.h"

/* The Preferences window: how often the server is checked, whether it
 * still is once the window is closed, and whether to notify. Every row is
 * bound to its GSettings key, so a change applies at once. */

struct _TrPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  GtkSpinButton        *interval_button;
  GtkSwitch            *background_switch;
  GtkSwitch            *notifications_switch;
};

G_DEFINE_FINAL_TYPE (TrPreferencesWindow, tr_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* sync-interval is in seconds, the spin button in minutes. */
static gboolean
seconds_to_minutes (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  g_value_set_double (value, (g_variant_get_uint32 (variant) + 30) / 60);
  return TRUE;
}

static GVariant *
minutes_to_seconds (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  double minutes = CLAMP (g_value_get_double (value), 1.0, 60.0);

  return g_variant_new_uint32 ((guint32) (minutes + 0.5) * 60);
}

static void
bind_settings (TrPreferencesWindow *self)
{
  if (self->settings == NULL)
    {
      /* An uninstalled build without its schema keeps nothing. */
      gtk_widget_set_sensitive (GTK_WIDGET (self->interval_button), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->background_switch), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->notifications_switch), FALSE);
      return;
    }

  g_settings_bind_with_mapping (self->settings, "sync-interval", self->interval_button, "value",
                                G_SETTINGS_BIND_DEFAULT, seconds_to_minutes, minutes_to_seconds,
                                NULL, NULL);
  g_settings_bind (self->settings, "background-sync", self->background_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "notifications", self->notifications_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
}

static void
tr_preferences_window_constructed (GObject *object)
{
  G_OBJECT_CLASS (tr_preferences_window_parent_class)->constructed (object);

  bind_settings (TR_PREFERENCES_WINDOW (object));
}

static void
tr_preferences_window_dispose (GObject *object)
{
  TrPreferencesWindow *self = TR_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TR_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (tr_preferences_window_parent_class)->dispose (object);
}

static void
tr_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TrPreferencesWindow *self = TR_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  TrPreferencesWindow *self = TR_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_preferences_window_class_init (TrPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tr_preferences_window_constructed;
  object_class->dispose = tr_preferences_window_dispose;
  object_class->get_property = tr_preferences_window_get_property;
  object_class->set_property = tr_preferences_window_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/travelrequests/TravelRequests/tr-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TrPreferencesWindow, interval_button);
  gtk_widget_class_bind_template_child (widget_class, TrPreferencesWindow, background_switch);
  gtk_widget_class_bind_template_child (widget_class, TrPreferencesWindow, notifications_switch);
}

static void
tr_preferences_window_init (TrPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * tr_preferences_window_new:
 * @parent: (nullable): the window it is transient for
 * @settings: (nullable): the application's settings; without them (no
 *   schema installed) the rows are insensitive
 *
 * Returns: (transfer none): a new, not yet presented, preferences window
 */
TrPreferencesWindow *
tr_preferences_window_new (GtkWindow *parent,
                           GSettings *settings)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (TR_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "settings", settings,
                       NULL);
}

GSettings *
tr_preferences_window_get_settings (TrPreferencesWindow *self)
{
  g_return_val_if_fail (TR_IS_PREFERENCES_WINDOW (self), NULL);

  return self->settings;
}

GtkSpinButton *
tr_preferences_window_get_interval_button (TrPreferencesWindow *self)
{
  g_return_val_if_fail (TR_IS_PREFERENCES_WINDOW (self), NULL);

  return self->interval_button;
}

GtkSwitch *
tr_preferences_window_get_background_switch (TrPreferencesWindow *self)
{
  g_return_val_if_fail (TR_IS_PREFERENCES_WINDOW (self), NULL);

  return self->background_switch;
}

GtkSwitch *
tr_preferences_window_get_notifications_switch (TrPreferencesWindow *self)
{
  g_return_val_if_fail (TR_IS_PREFERENCES_WINDOW (self), NULL);

  return self->notifications_switch;
}
