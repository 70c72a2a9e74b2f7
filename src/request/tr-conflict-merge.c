/* tr-conflict-merge.c
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

#define G_LOG_DOMAIN "TrConflictMerge"

#include <glib/gi18n.h>

#include "tr-conflict-merge.h"

static const struct
{
  const char *member;
  const char *label;
} editable_members[] = {
  { "name", N_("Name") },
  { "businessPurpose", N_("Business purpose") },
  { "startDate", N_("Start date") },
  { "startTime", N_("Start time") },
  { "endDate", N_("End date") },
  { "endTime", N_("End time") },
  { "mainDestination", N_("Main destination") },
  { "policy", N_("Policy") },
  { "travelAgency", N_("Travel agency") },
  { "comment", N_("Comment") },
};

#define N_CUSTOM 20

static JsonNode *
member_of (JsonObject *object,
           const char *member)
{
  return object && json_object_has_member (object, member)
         ? json_object_get_member (object, member) : NULL;
}

/**
 * tr_conflict_describe:
 * @value: (nullable): a member's value
 *
 * Returns: (transfer full): the value as the user knows it ("—" if unset)
 */
char *
tr_conflict_describe (JsonNode *value)
{
  static const char *keys[] = { "name", "city", "code", "value", "id" };

  if (value == NULL || JSON_NODE_HOLDS_NULL (value))
    return g_strdup ("—");
  if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_STRING)
    return g_strdup (*json_node_get_string (value) ? json_node_get_string (value) : "—");
  if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_BOOLEAN)
    return g_strdup (json_node_get_boolean (value) ? _("Yes") : _("No"));
  if (JSON_NODE_HOLDS_OBJECT (value))
    {
      JsonObject *object = json_node_get_object (value);

      for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
        {
          JsonNode *node = member_of (object, keys[i]);

          if (node != NULL && JSON_NODE_HOLDS_VALUE (node)
              && json_node_get_value_type (node) == G_TYPE_STRING)
            return g_strdup (json_node_get_string (node));
        }
    }
  return json_to_string (value, FALSE);
}

static gboolean
same_value (JsonNode *a,
            JsonNode *b)
{
  g_autofree char *da = NULL;
  g_autofree char *db = NULL;

  if ((a == NULL || JSON_NODE_HOLDS_NULL (a)) && (b == NULL || JSON_NODE_HOLDS_NULL (b)))
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;
  /* The server echoes resolved objects with more members: compare what
   * the user sees. */
  if (JSON_NODE_HOLDS_OBJECT (a) && JSON_NODE_HOLDS_OBJECT (b))
    {
      da = tr_conflict_describe (a);
      db = tr_conflict_describe (b);
      return g_strcmp0 (da, db) == 0;
    }
  return json_node_equal (a, b);
}

static void
check_member (GStrvBuilder *builder,
              JsonObject   *local,
              JsonObject   *server,
              const char   *member)
{
  if (!same_value (member_of (local, member), member_of (server, member)))
    g_strv_builder_add (builder, member);
}

/**
 * tr_conflict_find_members:
 * @local: the request as edited here
 * @server: the request as it now is on the server
 *
 * Returns: (transfer full): the editable members whose values differ, in
 *   the order of the form
 */
char **
tr_conflict_find_members (JsonObject *local,
                          JsonObject *server)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < G_N_ELEMENTS (editable_members); i++)
    check_member (builder, local, server, editable_members[i].member);
  for (guint n = 1; n <= N_CUSTOM; n++)
    {
      g_autofree char *member = g_strdup_printf ("custom%u", n);

      check_member (builder, local, server, member);
    }
  return g_strv_builder_end (builder);
}

/**
 * tr_conflict_member_label:
 * @member: a member returned by tr_conflict_find_members()
 *
 * Returns: (transfer none): its label; custom fields keep their name
 */
const char *
tr_conflict_member_label (const char *member)
{
  for (guint i = 0; i < G_N_ELEMENTS (editable_members); i++)
    if (g_strcmp0 (member, editable_members[i].member) == 0)
      return _(editable_members[i].label);
  return member;
}

/**
 * tr_conflict_merge:
 * @choices: member name → #TrConflictSide (as a pointer)
 *
 * Starts from the server's version (its status, operations and totals
 * are current) and puts back the local value of every member for which
 * %TR_CONFLICT_SIDE_LOCAL was chosen.
 *
 * Returns: (transfer full): the merged request object
 */
JsonNode *
tr_conflict_merge (JsonObject *local,
                   JsonObject *server,
                   GHashTable *choices)
{
  g_autoptr(JsonNode) server_node = json_node_init_object (json_node_alloc (), server);
  g_autofree char *text = json_to_string (server_node, FALSE);
  /* A deep copy: json_node_copy() would share the server's object. */
  JsonNode *merged = json_from_string (text, NULL);
  JsonObject *object = json_node_get_object (merged);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, choices);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      JsonNode *mine = member_of (local, key);

      if (GPOINTER_TO_INT (value) != TR_CONFLICT_SIDE_LOCAL)
        continue;
      if (mine == NULL)
        json_object_remove_member (object, key);
      else
        {
          g_autofree char *mine_text = json_to_string (mine, FALSE);

          json_object_set_member (object, key, json_from_string (mine_text, NULL));
        }
    }
  return merged;
}
