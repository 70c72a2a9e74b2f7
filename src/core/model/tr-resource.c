/* tr-resource.c
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

#include "tr-resource-private.h"
#include "tr-custom-field.h"

typedef struct
{
  TrResourceData data;
} TrResourcePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (TrResource, tr_resource, G_TYPE_OBJECT)

static GType
field_value_type (const TrField *field)
{
  switch (field->kind)
    {
    case TR_FIELD_STRING:    return G_TYPE_STRING;
    case TR_FIELD_BOOLEAN:   return G_TYPE_BOOLEAN;
    case TR_FIELD_INT:       return G_TYPE_INT64;
    case TR_FIELD_DATE:      return G_TYPE_DATE;
    case TR_FIELD_TIME:      return G_TYPE_INT;
    case TR_FIELD_TIMESTAMP: return G_TYPE_DATE_TIME;
    case TR_FIELD_AMOUNT:
    case TR_FIELD_DECIMAL:   return TR_TYPE_AMOUNT;
    case TR_FIELD_OBJECT:    return field->get_type ();
    case TR_FIELD_LIST:      return G_TYPE_LIST_MODEL;
    case TR_FIELD_JSON:      return JSON_TYPE_NODE;
    default:
      g_assert_not_reached ();
    }
}

static GParamSpec *
field_pspec (const TrField *field)
{
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const char *name = field->prop_name;

  switch (field->kind)
    {
    case TR_FIELD_STRING:
      return g_param_spec_string (name, NULL, NULL, NULL, rw);
    case TR_FIELD_BOOLEAN:
      return g_param_spec_boolean (name, NULL, NULL, FALSE, rw);
    case TR_FIELD_INT:
      return g_param_spec_int64 (name, NULL, NULL, G_MININT64, G_MAXINT64, 0, rw);
    case TR_FIELD_TIME:
      return g_param_spec_int (name, NULL, NULL, -1, 24 * 60 - 1, -1, rw);
    case TR_FIELD_OBJECT:
      return g_param_spec_object (name, NULL, NULL, field->get_type (), rw);
    case TR_FIELD_LIST:
      return g_param_spec_object (name, NULL, NULL, G_TYPE_LIST_MODEL,
                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
    case TR_FIELD_DATE:
    case TR_FIELD_TIMESTAMP:
    case TR_FIELD_AMOUNT:
    case TR_FIELD_DECIMAL:
    case TR_FIELD_JSON:
    default:
      return g_param_spec_boxed (name, NULL, NULL, field_value_type (field), rw);
    }
}

static void
on_list_items_changed_cb (GListModel *list,
                          guint       position,
                          guint       removed,
                          guint       added,
                          TrResource *self)
{
  TrResourceData *data = tr_resource_get_data (self);

  for (guint i = 0; i < data->n_values; i++)
    if (G_VALUE_HOLDS (&data->values[i], G_TYPE_LIST_MODEL)
        && g_value_get_object (&data->values[i]) == (gpointer) list)
      data->state[i] |= TR_FIELD_STATE_PRESENT | TR_FIELD_STATE_DIRTY;
}

static void
init_value (TrResource    *self,
            GValue        *value,
            const TrField *field)
{
  g_value_init (value, field_value_type (field));
  if (field->kind == TR_FIELD_TIME)
    g_value_set_int (value, -1);
  else if (field->kind == TR_FIELD_LIST)
    {
      g_autoptr(GListStore) store = g_list_store_new (field->get_type ());

      g_signal_connect_object (store, "items-changed",
                               G_CALLBACK (on_list_items_changed_cb), self, 0);
      g_value_set_object (value, store);
    }
}

/**
 * tr_resource_get_data: (skip)
 *
 * Returns the per-instance values, creating them on first use (the most
 * derived class, and thus the field table, is only known after init).
 */
TrResourceData *
tr_resource_get_data (TrResource *self)
{
  TrResourcePrivate *priv = tr_resource_get_instance_private (self);
  TrResourceClass *klass = TR_RESOURCE_GET_CLASS (self);

  if (priv->data.values == NULL && klass->fields != NULL)
    {
      priv->data.n_values = klass->fields->len;
      priv->data.values = g_new0 (GValue, priv->data.n_values);
      priv->data.state = g_new0 (guint8, priv->data.n_values);
      for (guint i = 0; i < priv->data.n_values; i++)
        init_value (self, &priv->data.values[i],
                    &g_array_index (klass->fields, TrField, i));
    }

  return &priv->data;
}

static void
tr_resource_finalize (GObject *object)
{
  TrResourcePrivate *priv = tr_resource_get_instance_private (TR_RESOURCE (object));

  for (guint i = 0; i < priv->data.n_values; i++)
    g_value_unset (&priv->data.values[i]);
  g_clear_pointer (&priv->data.values, g_free);
  g_clear_pointer (&priv->data.state, g_free);
  g_clear_pointer (&priv->data.source, json_object_unref);

  G_OBJECT_CLASS (tr_resource_parent_class)->finalize (object);
}

static gboolean
valid_prop_id (GObject    *object,
               guint       prop_id,
               GParamSpec *pspec)
{
  TrResourceClass *owner = g_type_class_peek (pspec->owner_type);
  TrResourceData *data = tr_resource_get_data (TR_RESOURCE (object));

  return owner != NULL && owner->fields != NULL && prop_id >= 1 && prop_id <= data->n_values;
}

static void
tr_resource_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  if (!valid_prop_id (object, prop_id, pspec))
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  g_value_copy (tr_resource_peek_value (TR_RESOURCE (object), prop_id), value);
}

static void
tr_resource_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  if (!valid_prop_id (object, prop_id, pspec))
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  tr_resource_set_value (TR_RESOURCE (object), prop_id, value);
}

static void
tr_resource_class_init (TrResourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tr_resource_finalize;
  object_class->get_property = tr_resource_get_property;
  object_class->set_property = tr_resource_set_property;
}

static void
tr_resource_init (TrResource *self)
{
}

/**
 * tr_resource_class_install_fields: (skip)
 * @klass: the subclass being initialised
 * @fields: table indexed by property id; row 0 unused
 * @n_props: N_PROPS of the subclass (rows in @fields)
 * @pspecs: the subclass's `properties[N_PROPS]`, filled in
 */
void
tr_resource_class_install_fields (TrResourceClass  *klass,
                                  const TrField    *fields,
                                  guint             n_props,
                                  GParamSpec      **pspecs)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  /* GObject does not inherit these two */
  object_class->get_property = tr_resource_get_property;
  object_class->set_property = tr_resource_set_property;

  klass->fields = g_array_new (FALSE, TRUE, sizeof (TrField));
  klass->pspecs = g_ptr_array_new ();
  pspecs[0] = NULL;

  for (guint id = 1; id < n_props; id++)
    {
      g_array_append_val (klass->fields, fields[id]);
      pspecs[id] = field_pspec (&fields[id]);
      g_ptr_array_add (klass->pspecs, pspecs[id]);
    }

  g_object_class_install_properties (object_class, n_props, pspecs);
}

/**
 * tr_resource_class_add_numbered: (skip)
 *
 * Appends @count custom-field properties (#TrCustomField objects) named
 * @json_prefix1…N in JSON and @prop_prefix1…N as properties, with ids
 * following the installed table.
 */
void
tr_resource_class_add_numbered (TrResourceClass *klass,
                                const char      *json_prefix,
                                const char      *prop_prefix,
                                guint            count,
                                TrFieldFlags     flags)
{
  g_return_if_fail (klass->fields != NULL);

  for (guint n = 1; n <= count; n++)
    {
      g_autofree char *json_name = g_strdup_printf ("%s%u", json_prefix, n);
      g_autofree char *prop_name = g_strdup_printf ("%s%u", prop_prefix, n);
      TrField field = {
        g_intern_string (json_name), g_intern_string (prop_name),
        TR_FIELD_OBJECT, flags, tr_custom_field_get_type,
      };
      GParamSpec *pspec = field_pspec (&field);

      g_array_append_val (klass->fields, field);
      g_ptr_array_add (klass->pspecs, pspec);
      g_object_class_install_property (G_OBJECT_CLASS (klass), klass->fields->len, pspec);
    }
}

/**
 * tr_resource_class_find_field: (skip)
 *
 * Returns: the property id of the field named @json_name in JSON, or 0
 */
guint
tr_resource_class_find_field (TrResourceClass *klass,
                              const char      *json_name)
{
  for (guint i = 0; klass->fields && i < klass->fields->len; i++)
    if (g_str_equal (g_array_index (klass->fields, TrField, i).json_name, json_name))
      return i + 1;
  return 0;
}

const TrField *
tr_resource_class_get_field (TrResourceClass *klass,
                             guint            index)
{
  g_return_val_if_fail (klass->fields != NULL && index < klass->fields->len, NULL);

  return &g_array_index (klass->fields, TrField, index);
}

static gboolean
boxed_equal (gconstpointer a,
             gconstpointer b,
             GEqualFunc    equal)
{
  if (a == NULL || b == NULL)
    return a == b;
  return equal (a, b);
}

static gboolean
date_equal (gconstpointer a,
            gconstpointer b)
{
  return g_date_compare (a, b) == 0;
}

static gboolean
amount_equal (gconstpointer a,
              gconstpointer b)
{
  return tr_amount_equal (a, b) && tr_amount_get_scale (a) == tr_amount_get_scale (b);
}

static gboolean
values_equal (TrFieldKind   kind,
              const GValue *a,
              const GValue *b)
{
  switch (kind)
    {
    case TR_FIELD_STRING:
      return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
    case TR_FIELD_BOOLEAN:
      return g_value_get_boolean (a) == g_value_get_boolean (b);
    case TR_FIELD_INT:
      return g_value_get_int64 (a) == g_value_get_int64 (b);
    case TR_FIELD_TIME:
      return g_value_get_int (a) == g_value_get_int (b);
    case TR_FIELD_DATE:
      return boxed_equal (g_value_get_boxed (a), g_value_get_boxed (b), date_equal);
    case TR_FIELD_TIMESTAMP:
      return boxed_equal (g_value_get_boxed (a), g_value_get_boxed (b), g_date_time_equal);
    case TR_FIELD_AMOUNT:
    case TR_FIELD_DECIMAL:
      return boxed_equal (g_value_get_boxed (a), g_value_get_boxed (b), amount_equal);
    case TR_FIELD_JSON:
      return boxed_equal (g_value_get_boxed (a), g_value_get_boxed (b), json_node_equal);
    case TR_FIELD_OBJECT:
    case TR_FIELD_LIST:
    default:
      return g_value_get_object (a) == g_value_get_object (b);
    }
}

/**
 * tr_resource_set_value: (skip)
 *
 * Stores @value if it differs from the current one, marks the member as
 * present and changed, and notifies exactly once.
 */
void
tr_resource_set_value (TrResource   *self,
                       guint         prop_id,
                       const GValue *value)
{
  TrResourceClass *klass = TR_RESOURCE_GET_CLASS (self);
  TrResourceData *data = tr_resource_get_data (self);
  const TrField *field;

  g_return_if_fail (prop_id >= 1 && prop_id <= data->n_values);

  field = tr_resource_class_get_field (klass, prop_id - 1);
  g_return_if_fail (field->kind != TR_FIELD_LIST);

  if (values_equal (field->kind, &data->values[prop_id - 1], value))
    return;

  g_value_copy (value, &data->values[prop_id - 1]);
  data->state[prop_id - 1] |= TR_FIELD_STATE_PRESENT | TR_FIELD_STATE_DIRTY;
  g_object_notify_by_pspec (G_OBJECT (self), g_ptr_array_index (klass->pspecs, prop_id - 1));
}

const GValue *
tr_resource_peek_value (TrResource *self,
                        guint       prop_id)
{
  TrResourceData *data;

  g_return_val_if_fail (TR_IS_RESOURCE (self), NULL);
  data = tr_resource_get_data (self);
  g_return_val_if_fail (prop_id >= 1 && prop_id <= data->n_values, NULL);

  return &data->values[prop_id - 1];
}

void
tr_resource_take_source (TrResource *self,
                         JsonObject *source)
{
  TrResourcePrivate *priv = tr_resource_get_instance_private (self);

  g_clear_pointer (&priv->data.source, json_object_unref);
  priv->data.source = source;
}

/**
 * tr_resource_get_source:
 * @self: a resource
 *
 * Returns: (transfer none) (nullable): the JSON object @self was parsed
 *   from, %NULL if it was created locally
 */
JsonObject *
tr_resource_get_source (TrResource *self)
{
  g_return_val_if_fail (TR_IS_RESOURCE (self), NULL);

  return tr_resource_get_data (self)->source;
}
