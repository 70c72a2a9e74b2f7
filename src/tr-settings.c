/* tr-settings.c
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

#define G_LOG_DOMAIN "tr-settings"

#include "tr-settings.h"

/**
 * tr_settings_new:
 *
 * Opens the application's settings. An uninstalled build run without
 * `GSETTINGS_SCHEMA_DIR` has no schema: it then runs with the defaults
 * and remembers nothing, instead of aborting as g_settings_new() would.
 *
 * Returns: (transfer full) (nullable): the settings, or %NULL
 */
GSettings *
tr_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, TR_SETTINGS_SCHEMA_ID, TRUE);
  if (schema == NULL)
    {
      g_debug ("No GSettings schema %s: settings are not kept", TR_SETTINGS_SCHEMA_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}
