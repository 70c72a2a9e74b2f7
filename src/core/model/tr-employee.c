/* tr-employee.c
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

#define G_LOG_DOMAIN "tr-model"

#include "tr-employee.h"
#include "tr-resource-private.h"

struct _TrEmployee
{
  TrResource parent_instance;
};

G_DEFINE_FINAL_TYPE (TrEmployee, tr_employee, TR_TYPE_RESOURCE)

enum {
  PROP_0,
  PROP_ID,
  PROP_FIRST_NAME,
  PROP_LAST_NAME,
  PROP_MIDDLE_INITIAL,
  PROP_HREF,
  PROP_TEMPLATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const TrField fields[N_PROPS] = {
  [PROP_ID] = { "id", "id", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_FIRST_NAME] = { "firstName", "first-name", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_LAST_NAME] = { "lastName", "last-name", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_MIDDLE_INITIAL] = { "middleInitial", "middle-initial", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_HREF] = { "href", "href", TR_FIELD_STRING, TR_FIELD_RO, NULL },
  [PROP_TEMPLATE] = { "template", "template", TR_FIELD_STRING, TR_FIELD_RO, NULL },
};

static void
tr_employee_class_init (TrEmployeeClass *klass)
{
  TrResourceClass *resource_class = TR_RESOURCE_CLASS (klass);

  tr_resource_class_install_fields (resource_class, fields, N_PROPS, properties);
}

static void
tr_employee_init (TrEmployee *self)
{
}

/**
 * tr_employee_new:
 *
 * Returns: (transfer full): a new, empty #TrEmployee
 */
TrEmployee *
tr_employee_new (void)
{
  return g_object_new (TR_TYPE_EMPLOYEE, NULL);
}

/**
 * tr_employee_new_from_json:
 * @node: a JSON object node
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrEmployee
 */
TrEmployee *
tr_employee_new_from_json (JsonNode  *node,
                           GError   **error)
{
  return tr_resource_new_from_json (TR_TYPE_EMPLOYEE, node, error);
}

/**
 * tr_employee_new_from_string:
 * @json: JSON text
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrEmployee
 */
TrEmployee *
tr_employee_new_from_string (const char  *json,
                             GError     **error)
{
  return tr_resource_new_from_string (TR_TYPE_EMPLOYEE, json, error);
}

/**
 * tr_employee_to_json:
 * @self: a #TrEmployee
 * @purpose: what the JSON is for
 *
 * Returns: (transfer full): see tr_resource_to_json()
 */
JsonNode *
tr_employee_to_json (TrEmployee    *self,
                     TrJsonPurpose  purpose)
{
  g_return_val_if_fail (TR_IS_EMPLOYEE (self), NULL);

  return tr_resource_to_json (TR_RESOURCE (self), purpose);
}

/**
 * tr_employee_copy:
 * @self: a #TrEmployee
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): a copy, see tr_resource_copy()
 */
TrEmployee *
tr_employee_copy (TrEmployee  *self,
                  GError     **error)
{
  g_return_val_if_fail (TR_IS_EMPLOYEE (self), NULL);

  return tr_resource_copy (TR_RESOURCE (self), error);
}

const char *
tr_employee_get_id (TrEmployee *self)
{
  g_return_val_if_fail (TR_IS_EMPLOYEE (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_ID);
}

const char *
tr_employee_get_first_name (TrEmployee *self)
{
  g_return_val_if_fail (TR_IS_EMPLOYEE (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_FIRST_NAME);
}

const char *
tr_employee_get_last_name (TrEmployee *self)
{
  g_return_val_if_fail (TR_IS_EMPLOYEE (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_LAST_NAME);
}

const char *
tr_employee_get_middle_initial (TrEmployee *self)
{
  g_return_val_if_fail (TR_IS_EMPLOYEE (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_MIDDLE_INITIAL);
}

const char *
tr_employee_get_href (TrEmployee *self)
{
  g_return_val_if_fail (TR_IS_EMPLOYEE (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_HREF);
}

const char *
tr_employee_get_template (TrEmployee *self)
{
  g_return_val_if_fail (TR_IS_EMPLOYEE (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_TEMPLATE);
}


/**
 * tr_employee_dup_display_name:
 * @self: a #TrEmployee
 *
 * Returns: (transfer full) (nullable): "First M. Last" from the parts
 *   present, %NULL when the employee has no name parts at all
 */
char *
tr_employee_dup_display_name (TrEmployee *self)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *initial = NULL;
  const char *middle;

  g_return_val_if_fail (TR_IS_EMPLOYEE (self), NULL);

  builder = g_strv_builder_new ();
  middle = tr_employee_get_middle_initial (self);
  if (tr_employee_get_first_name (self) != NULL)
    g_strv_builder_add (builder, tr_employee_get_first_name (self));
  if (middle != NULL && *middle != '\0')
    {
      initial = g_str_has_suffix (middle, ".") ? g_strdup (middle) : g_strconcat (middle, ".", NULL);
      g_strv_builder_add (builder, initial);
    }
  if (tr_employee_get_last_name (self) != NULL)
    g_strv_builder_add (builder, tr_employee_get_last_name (self));

  parts = g_strv_builder_end (builder);
  return parts[0] != NULL ? g_strjoinv (" ", parts) : NULL;
}
