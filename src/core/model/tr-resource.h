/* tr-resource.h
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

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "tr-json.h"

G_BEGIN_DECLS

#define TR_TYPE_RESOURCE (tr_resource_get_type ())

G_DECLARE_DERIVABLE_TYPE (TrResource, tr_resource, TR, RESOURCE, GObject)

/**
 * TrResourceClass:
 *
 * Base of every model object parsed from the Request v4 API. A subclass
 * describes its JSON members with a field table (see tr-resource-private.h);
 * the base class turns the table into GObject properties, parses and
 * serializes, and remembers the JSON object it was parsed from so that
 * %TR_JSON_PURPOSE_FULL output is lossless: unknown members, `null`s and
 * the original text of unchanged values are written back as they came.
 *
 * Value representation of the properties:
 * - dates (`yyyy-MM-dd`): #GDate boxed (%G_TYPE_DATE), %NULL when unset;
 * - times (`HH:mm`): `int` minutes since midnight, -1 when unset;
 * - timestamps: #GDateTime boxed (UTC), %NULL when unset;
 * - amounts and other decimals: #TrAmount boxed (exact);
 * - nested objects: object properties; arrays: read-only #GListModel
 *   (a #GListStore, edited in place).
 */
struct _TrResourceClass
{
  GObjectClass parent_class;

  /*< private >*/
  GArray     *fields;
  GPtrArray  *pspecs;
  gpointer    padding[6];
};

gpointer     tr_resource_new_from_json        (GType          type,
                                               JsonNode      *node,
                                               GError       **error);
gpointer     tr_resource_new_from_string      (GType          type,
                                               const char    *json,
                                               GError       **error);
JsonNode    *tr_resource_to_json              (TrResource    *self,
                                               TrJsonPurpose  purpose);
gpointer     tr_resource_copy                 (TrResource    *self,
                                               GError       **error);
JsonObject  *tr_resource_get_source           (TrResource    *self);
gboolean     tr_resource_is_modified          (TrResource    *self);

GListStore  *tr_resource_list_new_from_json   (GType          item_type,
                                               JsonNode      *node,
                                               const char    *path,
                                               GError       **error);
JsonNode    *tr_resource_list_to_json         (GListModel    *list,
                                               TrJsonPurpose  purpose);

G_END_DECLS
