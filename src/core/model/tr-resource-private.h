/* tr-resource-private.h
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

#include "tr-amount.h"
#include "tr-resource.h"

G_BEGIN_DECLS

/* For implementations of TrResource subclasses only. */

typedef enum
{
  TR_FIELD_STRING,
  TR_FIELD_BOOLEAN,
  TR_FIELD_INT,
  TR_FIELD_DATE,
  TR_FIELD_TIME,
  TR_FIELD_TIMESTAMP,
  TR_FIELD_AMOUNT,
  TR_FIELD_DECIMAL,
  TR_FIELD_OBJECT,
  TR_FIELD_LIST,
  TR_FIELD_JSON,
} TrFieldKind;

typedef enum
{
  TR_FIELD_RO       = 0,
  TR_FIELD_CREATE   = 1 << 0,
  TR_FIELD_UPDATE   = 1 << 1,
  TR_FIELD_REQUIRED = 1 << 2,
  TR_FIELD_W        = TR_FIELD_CREATE | TR_FIELD_UPDATE,
} TrFieldFlags;

/*
 * TrField: one row of a field table. Row N describes property id N (row 0,
 * PROP_0, is unused). @get_type gives the object class of OBJECT fields and
 * the item type of LIST fields.
 */
typedef struct
{
  const char   *json_name;
  const char   *prop_name;
  TrFieldKind   kind;
  TrFieldFlags  flags;
  GType       (*get_type) (void);
} TrField;

typedef struct
{
  JsonObject *source;
  GValue     *values;
  guint8     *state;
  guint       n_values;
} TrResourceData;

enum
{
  TR_FIELD_STATE_PRESENT = 1 << 0,
  TR_FIELD_STATE_DIRTY   = 1 << 1,
};

void              tr_resource_class_install_fields (TrResourceClass   *klass,
                                                    const TrField     *fields,
                                                    guint              n_props,
                                                    GParamSpec       **pspecs);
void              tr_resource_class_add_numbered   (TrResourceClass   *klass,
                                                    const char        *json_prefix,
                                                    const char        *prop_prefix,
                                                    guint              count,
                                                    TrFieldFlags       flags);
guint             tr_resource_class_find_field     (TrResourceClass   *klass,
                                                    const char        *json_name);
const TrField    *tr_resource_class_get_field      (TrResourceClass   *klass,
                                                    guint              index);

TrResourceData   *tr_resource_get_data             (TrResource        *self);
void              tr_resource_set_value            (TrResource        *self,
                                                    guint              prop_id,
                                                    const GValue      *value);
const GValue     *tr_resource_peek_value           (TrResource        *self,
                                                    guint              prop_id);
void              tr_resource_take_source          (TrResource        *self,
                                                    JsonObject        *source);

const char       *tr_resource_get_string           (TrResource        *self,
                                                    guint              prop_id);
void              tr_resource_set_string           (TrResource        *self,
                                                    guint              prop_id,
                                                    const char        *value);
gboolean          tr_resource_get_boolean          (TrResource        *self,
                                                    guint              prop_id);
void              tr_resource_set_boolean          (TrResource        *self,
                                                    guint              prop_id,
                                                    gboolean           value);
gint64            tr_resource_get_int              (TrResource        *self,
                                                    guint              prop_id);
void              tr_resource_set_int              (TrResource        *self,
                                                    guint              prop_id,
                                                    gint64             value);
const GDate      *tr_resource_get_date             (TrResource        *self,
                                                    guint              prop_id);
void              tr_resource_set_date             (TrResource        *self,
                                                    guint              prop_id,
                                                    const GDate       *value);
int               tr_resource_get_time             (TrResource        *self,
                                                    guint              prop_id);
void              tr_resource_set_time             (TrResource        *self,
                                                    guint              prop_id,
                                                    int                minutes);
GDateTime        *tr_resource_get_timestamp        (TrResource        *self,
                                                    guint              prop_id);
void              tr_resource_set_timestamp        (TrResource        *self,
                                                    guint              prop_id,
                                                    GDateTime         *value);
const TrAmount   *tr_resource_get_amount           (TrResource        *self,
                                                    guint              prop_id);
void              tr_resource_set_amount           (TrResource        *self,
                                                    guint              prop_id,
                                                    const TrAmount    *value);
gpointer          tr_resource_get_object           (TrResource        *self,
                                                    guint              prop_id);
void              tr_resource_set_object           (TrResource        *self,
                                                    guint              prop_id,
                                                    gpointer           value);
GListModel       *tr_resource_get_list             (TrResource        *self,
                                                    guint              prop_id);
JsonNode         *tr_resource_get_json             (TrResource        *self,
                                                    guint              prop_id);
void              tr_resource_set_json             (TrResource        *self,
                                                    guint              prop_id,
                                                    JsonNode          *value);

/* JSON engine, tr-resource-json.c */
gpointer          tr_resource_parse                (GType              type,
                                                    JsonNode          *node,
                                                    const char        *path,
                                                    GError           **error);

G_END_DECLS
