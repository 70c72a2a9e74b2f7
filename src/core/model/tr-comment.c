/* tr-comment.c
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

#include "tr-comment.h"
#include "tr-resource-private.h"

struct _TrComment
{
  TrResource parent_instance;
};

G_DEFINE_FINAL_TYPE (TrComment, tr_comment, TR_TYPE_RESOURCE)

enum {
  PROP_0,
  PROP_AUTHOR,
  PROP_CREATION_DATE_TIME,
  PROP_CREATION_DATE,
  PROP_IS_LATEST,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const TrField fields[N_PROPS] = {
  [PROP_AUTHOR] = { "author", "author", TR_FIELD_OBJECT, TR_FIELD_RO, tr_employee_get_type },
  [PROP_CREATION_DATE_TIME] = { "creationDateTime", "creation-date-time", TR_FIELD_TIMESTAMP, TR_FIELD_RO, NULL },
  [PROP_CREATION_DATE] = { "creationDate", "creation-date", TR_FIELD_TIMESTAMP, TR_FIELD_RO, NULL },
  [PROP_IS_LATEST] = { "isLatest", "is-latest", TR_FIELD_BOOLEAN, TR_FIELD_RO, NULL },
  [PROP_VALUE] = { "value", "value", TR_FIELD_STRING, TR_FIELD_W, NULL },
};

static void
tr_comment_class_init (TrCommentClass *klass)
{
  TrResourceClass *resource_class = TR_RESOURCE_CLASS (klass);

  tr_resource_class_install_fields (resource_class, fields, N_PROPS, properties);
}

static void
tr_comment_init (TrComment *self)
{
}

/**
 * tr_comment_new:
 *
 * Returns: (transfer full): a new, empty #TrComment
 */
TrComment *
tr_comment_new (void)
{
  return g_object_new (TR_TYPE_COMMENT, NULL);
}

/**
 * tr_comment_new_from_json:
 * @node: a JSON object node
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrComment
 */
TrComment *
tr_comment_new_from_json (JsonNode  *node,
                          GError   **error)
{
  return tr_resource_new_from_json (TR_TYPE_COMMENT, node, error);
}

/**
 * tr_comment_new_from_string:
 * @json: JSON text
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrComment
 */
TrComment *
tr_comment_new_from_string (const char  *json,
                            GError     **error)
{
  return tr_resource_new_from_string (TR_TYPE_COMMENT, json, error);
}

/**
 * tr_comment_to_json:
 * @self: a #TrComment
 * @purpose: what the JSON is for
 *
 * Returns: (transfer full): see tr_resource_to_json()
 */
JsonNode *
tr_comment_to_json (TrComment     *self,
                    TrJsonPurpose  purpose)
{
  g_return_val_if_fail (TR_IS_COMMENT (self), NULL);

  return tr_resource_to_json (TR_RESOURCE (self), purpose);
}

/**
 * tr_comment_copy:
 * @self: a #TrComment
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): a copy, see tr_resource_copy()
 */
TrComment *
tr_comment_copy (TrComment  *self,
                 GError    **error)
{
  g_return_val_if_fail (TR_IS_COMMENT (self), NULL);

  return tr_resource_copy (TR_RESOURCE (self), error);
}

TrEmployee *
tr_comment_get_author (TrComment *self)
{
  g_return_val_if_fail (TR_IS_COMMENT (self), NULL);

  return tr_resource_get_object (TR_RESOURCE (self), PROP_AUTHOR);
}

GDateTime *
tr_comment_get_creation_date_time (TrComment *self)
{
  g_return_val_if_fail (TR_IS_COMMENT (self), NULL);

  return tr_resource_get_timestamp (TR_RESOURCE (self), PROP_CREATION_DATE_TIME);
}

GDateTime *
tr_comment_get_creation_date (TrComment *self)
{
  g_return_val_if_fail (TR_IS_COMMENT (self), NULL);

  return tr_resource_get_timestamp (TR_RESOURCE (self), PROP_CREATION_DATE);
}

gboolean
tr_comment_get_is_latest (TrComment *self)
{
  g_return_val_if_fail (TR_IS_COMMENT (self), FALSE);

  return tr_resource_get_boolean (TR_RESOURCE (self), PROP_IS_LATEST);
}

const char *
tr_comment_get_value (TrComment *self)
{
  g_return_val_if_fail (TR_IS_COMMENT (self), NULL);

  return tr_resource_get_string (TR_RESOURCE (self), PROP_VALUE);
}

void
tr_comment_set_value (TrComment  *self,
                      const char *value)
{
  g_return_if_fail (TR_IS_COMMENT (self));

  tr_resource_set_string (TR_RESOURCE (self), PROP_VALUE, value);
}


/**
 * tr_comment_get_timestamp:
 * @self: a #TrComment
 *
 * Returns: (transfer none) (nullable): `creationDateTime`, or the
 *   `creationDate` spelling of the schema text when that is all there is
 */
GDateTime *
tr_comment_get_timestamp (TrComment *self)
{
  GDateTime *timestamp;

  g_return_val_if_fail (TR_IS_COMMENT (self), NULL);

  timestamp = tr_comment_get_creation_date_time (self);
  return timestamp ? timestamp : tr_comment_get_creation_date (self);
}
