/* tr-resource-access.c
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

#define G_LOG_DOMAIN "tr-resource"

/* Typed accessors used by the getters and setters of TrResource subclasses. */

#include "tr-resource-private.h"

#define PEEK(self, prop_id, fallback)                                   \
  const GValue *v = tr_resource_peek_value ((self), (prop_id));         \
  if (v == NULL)                                                        \
    return fallback

const char *
tr_resource_get_string (TrResource *self,
                        guint       prop_id)
{
  PEEK (self, prop_id, NULL);
  return g_value_get_string (v);
}

void
tr_resource_set_string (TrResource *self,
                        guint       prop_id,
                        const char *value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, value);
  tr_resource_set_value (self, prop_id, &v);
}

gboolean
tr_resource_get_boolean (TrResource *self,
                         guint       prop_id)
{
  PEEK (self, prop_id, FALSE);
  return g_value_get_boolean (v);
}

void
tr_resource_set_boolean (TrResource *self,
                         guint       prop_id,
                         gboolean    value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_BOOLEAN);
  g_value_set_boolean (&v, !!value);
  tr_resource_set_value (self, prop_id, &v);
}

gint64
tr_resource_get_int (TrResource *self,
                     guint       prop_id)
{
  PEEK (self, prop_id, 0);
  return g_value_get_int64 (v);
}

void
tr_resource_set_int (TrResource *self,
                     guint       prop_id,
                     gint64      value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_INT64);
  g_value_set_int64 (&v, value);
  tr_resource_set_value (self, prop_id, &v);
}

const GDate *
tr_resource_get_date (TrResource *self,
                      guint       prop_id)
{
  PEEK (self, prop_id, NULL);
  return g_value_get_boxed (v);
}

void
tr_resource_set_date (TrResource  *self,
                      guint        prop_id,
                      const GDate *value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_if_fail (value == NULL || g_date_valid (value));

  g_value_init (&v, G_TYPE_DATE);
  g_value_set_boxed (&v, value);
  tr_resource_set_value (self, prop_id, &v);
}

int
tr_resource_get_time (TrResource *self,
                      guint       prop_id)
{
  PEEK (self, prop_id, -1);
  return g_value_get_int (v);
}

void
tr_resource_set_time (TrResource *self,
                      guint       prop_id,
                      int         minutes)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_if_fail (minutes >= -1 && minutes < 24 * 60);

  g_value_init (&v, G_TYPE_INT);
  g_value_set_int (&v, minutes);
  tr_resource_set_value (self, prop_id, &v);
}

GDateTime *
tr_resource_get_timestamp (TrResource *self,
                           guint       prop_id)
{
  PEEK (self, prop_id, NULL);
  return g_value_get_boxed (v);
}

void
tr_resource_set_timestamp (TrResource *self,
                           guint       prop_id,
                           GDateTime  *value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_DATE_TIME);
  g_value_set_boxed (&v, value);
  tr_resource_set_value (self, prop_id, &v);
}

const TrAmount *
tr_resource_get_amount (TrResource *self,
                        guint       prop_id)
{
  PEEK (self, prop_id, NULL);
  return g_value_get_boxed (v);
}

void
tr_resource_set_amount (TrResource     *self,
                        guint           prop_id,
                        const TrAmount *value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, TR_TYPE_AMOUNT);
  g_value_set_boxed (&v, value);
  tr_resource_set_value (self, prop_id, &v);
}

gpointer
tr_resource_get_object (TrResource *self,
                        guint       prop_id)
{
  PEEK (self, prop_id, NULL);
  return g_value_get_object (v);
}

void
tr_resource_set_object (TrResource *self,
                        guint       prop_id,
                        gpointer    value)
{
  g_auto(GValue) v = G_VALUE_INIT;
  const GValue *current = tr_resource_peek_value (self, prop_id);

  g_return_if_fail (current != NULL);
  g_return_if_fail (value == NULL || G_TYPE_CHECK_INSTANCE_TYPE (value, G_VALUE_TYPE (current)));

  g_value_init (&v, G_VALUE_TYPE (current));
  g_value_set_object (&v, value);
  tr_resource_set_value (self, prop_id, &v);
}

GListModel *
tr_resource_get_list (TrResource *self,
                      guint       prop_id)
{
  PEEK (self, prop_id, NULL);
  return g_value_get_object (v);
}

JsonNode *
tr_resource_get_json (TrResource *self,
                      guint       prop_id)
{
  PEEK (self, prop_id, NULL);
  return g_value_get_boxed (v);
}

void
tr_resource_set_json (TrResource *self,
                      guint       prop_id,
                      JsonNode   *value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, JSON_TYPE_NODE);
  g_value_set_boxed (&v, value);
  tr_resource_set_value (self, prop_id, &v);
}
