/* tr-sync-merge.c
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
 * along with this program.  If not, see <https://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "TrSync"

#include <glib/gi18n-lib.h>

#include "tr-sync-error.h"
#include "tr-sync-merge.h"

/* Three-way merge, field by field, of the version an edit was based on
 * (base), the edited version (local) and the server's current version
 * (remote):
 *
 * - a field the user did not change is never sent: the server's value
 *   stays, whatever it is;
 * - a field changed locally and not on the server is sent;
 * - a field changed on both sides to the same value is already merged;
 * - a field changed on both sides to different values is a conflict: both
 *   values are kept and nothing is sent until the user chooses.
 *
 * Requests merge the header fields PUT applies (§1.1 of the API notes);
 * expected expenses every member that is not computed by the server. */

static const char *const request_fields[] = {
  "name", "businessPurpose", "comment", "startDate", "startTime", "endDate", "endTime",
  "mainDestination", "expensePolicy", "travelAgency",
  "custom1", "custom2", "custom3", "custom4", "custom5", "custom6", "custom7",
  "custom8", "custom9", "custom10", "custom11", "custom12", "custom13", "custom14",
  "custom15", "custom16", "custom17", "custom18", "custom19", "custom20",
};

static const char *const expense_read_only[] = {
  "id", "href", "lastModifiedDate", "parentRequest", "comments", "postedAmount",
  "approvedAmount", "remainingAmount", "source",
};

static JsonNode *
member (JsonNode   *node,
        const char *name)
{
  JsonNode *value;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  value = json_object_get_member (json_node_get_object (node), name);
  return value != NULL && JSON_NODE_HOLDS_NULL (value) ? NULL : value;
}

/* Whether @remote already holds @local: equal values, or objects whose
 * members in @local all hold in @remote (the server echoes a location or
 * a list item with more members than were sent). */
static gboolean
covers (JsonNode *remote,
        JsonNode *local)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  if (local == NULL || remote == NULL)
    return local == remote;
  if (!JSON_NODE_HOLDS_OBJECT (local) || !JSON_NODE_HOLDS_OBJECT (remote))
    return json_node_equal (local, remote);
  json_object_iter_init (&iter, json_node_get_object (local));
  while (json_object_iter_next (&iter, &name, &value))
    if (!JSON_NODE_HOLDS_NULL (value) && !covers (member (remote, name), value))
      return FALSE;
  return TRUE;
}

static JsonObject *
copy_object (JsonObject *object)
{
  JsonObject *copy = json_object_new ();
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &value))
    json_object_set_member (copy, name, tr_sync_json_copy (value));
  return copy;
}

static JsonArray *
copy_array (JsonArray *array)
{
  guint length = json_array_get_length (array);
  JsonArray *copy = json_array_sized_new (length);

  for (guint i = 0; i < length; i++)
    json_array_add_element (copy, tr_sync_json_copy (json_array_get_element (array, i)));
  return copy;
}

/**
 * tr_sync_json_copy:
 * @node: a JSON node
 *
 * Unlike json_node_copy(), which shares objects and arrays, copies the
 * whole tree, so the copy can be edited.
 *
 * Returns: (transfer full): a deep copy of @node
 */
JsonNode *
tr_sync_json_copy (JsonNode *node)
{
  JsonNode *copy;

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      copy = json_node_new (JSON_NODE_OBJECT);
      json_node_take_object (copy, copy_object (json_node_get_object (node)));
      return copy;
    case JSON_NODE_ARRAY:
      copy = json_node_new (JSON_NODE_ARRAY);
      json_node_take_array (copy, copy_array (json_node_get_array (node)));
      return copy;
    case JSON_NODE_VALUE:
    case JSON_NODE_NULL:
    default:
      return json_node_copy (node);
    }
}

/**
 * tr_sync_merge_values_equal:
 * @a: (nullable): a value, %NULL for absent
 * @b: (nullable): a value, %NULL for absent
 *
 * Returns: whether the two values hold the same data (JSON null and an
 *   absent member are the same)
 */
gboolean
tr_sync_merge_values_equal (JsonNode *a,
                            JsonNode *b)
{
  if (a != NULL && JSON_NODE_HOLDS_NULL (a))
    a = NULL;
  if (b != NULL && JSON_NODE_HOLDS_NULL (b))
    b = NULL;
  if (a == NULL || b == NULL)
    return a == b;
  return json_node_equal (a, b);
}

static gboolean
is_read_only_expense_member (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (expense_read_only); i++)
    if (g_str_equal (name, expense_read_only[i]))
      return TRUE;
  return FALSE;
}

static void
add_names (GPtrArray  *names,
           GHashTable *seen,
           JsonNode   *node)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return;
  json_object_iter_init (&iter, json_node_get_object (node));
  while (json_object_iter_next (&iter, &name, &value))
    if (!is_read_only_expense_member (name) && g_hash_table_add (seen, (gpointer) name))
      g_ptr_array_add (names, (gpointer) name);
}

/* The names to merge; borrowed from the nodes or static. */
static GPtrArray *
field_names (TrStoreEntityKind  kind,
             JsonNode          *base,
             JsonNode          *local,
             JsonNode          *remote)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *names = g_ptr_array_new ();

  if (kind == TR_STORE_ENTITY_REQUEST)
    {
      for (guint i = 0; i < G_N_ELEMENTS (request_fields); i++)
        g_ptr_array_add (names, (gpointer) request_fields[i]);
      return names;
    }
  add_names (names, seen, local);
  add_names (names, seen, base);
  add_names (names, seen, remote);
  return names;
}

static void
set_or_null (JsonObject *object,
             const char *name,
             JsonNode   *value)
{
  json_object_set_member (object, name, value != NULL ? tr_sync_json_copy (value) : json_node_new (JSON_NODE_NULL));
}

static JsonObject *
describe_conflict (JsonNode *base,
                   JsonNode *local,
                   JsonNode *remote)
{
  JsonObject *conflict = json_object_new ();

  set_or_null (conflict, "base", base);
  set_or_null (conflict, "local", local);
  set_or_null (conflict, "remote", remote);
  return conflict;
}

static void
merge_field (const char *name,
             JsonNode   *base,
             JsonNode   *local,
             JsonNode   *remote,
             JsonObject *changes,
             JsonObject *conflicts)
{
  JsonNode *b = member (base, name);
  JsonNode *l = member (local, name);
  JsonNode *r = member (remote, name);

  if (tr_sync_merge_values_equal (l, b) || covers (r, l))
    return;
  if (tr_sync_merge_values_equal (r, b) || (base == NULL && r == NULL))
    set_or_null (changes, name, l);
  else
    json_object_set_object_member (conflicts, name, describe_conflict (b, l, r));
}

/**
 * tr_sync_merge:
 * @kind: request or expected expense
 * @base: (nullable): the server version the local edit started from
 * @local: the edited version
 * @remote: the server's current version
 * @changes: (out) (transfer full): the fields to send (JSON null clears)
 * @conflicts: (out) (transfer full) (nullable): for each field changed on
 *   both sides, `{"base", "local", "remote"}`; %NULL when there is none
 *
 * Merges the local edit into the server's version; see the rules at the
 * top of tr-sync-merge.c.
 *
 * Returns: %TRUE if the merge has no conflict
 */
gboolean
tr_sync_merge (TrStoreEntityKind   kind,
               JsonNode           *base,
               JsonNode           *local,
               JsonNode           *remote,
               JsonObject        **changes,
               JsonObject        **conflicts)
{
  g_autoptr(GPtrArray) names = field_names (kind, base, local, remote);
  g_autoptr(JsonObject) found = json_object_new ();

  *changes = json_object_new ();
  for (guint i = 0; i < names->len; i++)
    merge_field (g_ptr_array_index (names, i), base, local, remote, *changes, found);
  *conflicts = json_object_get_size (found) > 0 ? g_steal_pointer (&found) : NULL;
  return *conflicts == NULL;
}

static void
apply_changes (JsonObject *object,
               JsonObject *changes)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  json_object_iter_init (&iter, changes);
  while (json_object_iter_next (&iter, &name, &value))
    if (JSON_NODE_HOLDS_NULL (value))
      json_object_remove_member (object, name);
    else
      json_object_set_member (object, name, tr_sync_json_copy (value));
}

/**
 * tr_sync_merge_build:
 * @remote: the server's current version
 * @changes: the merged local changes
 * @conflicts: (nullable): the conflicts; their local values are kept
 *
 * Returns: (transfer full): the merged version to store as the local one:
 *   the server's version with every local edit on top (a conflicting
 *   field shows the local value until the user chooses)
 */
JsonNode *
tr_sync_merge_build (JsonNode   *remote,
                     JsonObject *changes,
                     JsonObject *conflicts)
{
  JsonNode *merged = tr_sync_json_copy (remote);
  JsonObject *object = json_node_get_object (merged);
  JsonObjectIter iter;
  const char *name;
  JsonNode *conflict;

  apply_changes (object, changes);
  if (conflicts == NULL)
    return merged;
  json_object_iter_init (&iter, conflicts);
  while (json_object_iter_next (&iter, &name, &conflict))
    {
      JsonNode *local = json_object_get_member (json_node_get_object (conflict), "local");

      if (local == NULL || JSON_NODE_HOLDS_NULL (local))
        json_object_remove_member (object, name);
      else
        json_object_set_member (object, name, tr_sync_json_copy (local));
    }
  return merged;
}

/**
 * tr_sync_merge_expense_body:
 * @remote: the server's current expected expense
 * @changes: the merged local changes
 *
 * Expected expenses are replaced whole by PUT: the body is the server's
 * version with the local changes applied, without the computed members.
 *
 * Returns: (transfer full): the PUT body
 */
JsonNode *
tr_sync_merge_expense_body (JsonNode   *remote,
                            JsonObject *changes)
{
  JsonNode *body = tr_sync_json_copy (remote);
  JsonObject *object = json_node_get_object (body);

  for (guint i = 0; i < G_N_ELEMENTS (expense_read_only); i++)
    if (json_object_has_member (object, expense_read_only[i]))
      json_object_remove_member (object, expense_read_only[i]);
  apply_changes (object, changes);
  return body;
}

static gboolean
apply_choice (JsonObject  *target,
              const char  *name,
              JsonObject  *conflict,
              GHashTable  *choices,
              GError     **error)
{
  gpointer choice;
  JsonNode *remote;

  if (!g_hash_table_lookup_extended (choices, name, NULL, &choice))
    {
      g_set_error (error, TR_SYNC_ERROR, TR_SYNC_ERROR_INVALID,
                   /* Translators: %s is the name of a field of the request, such as “Start date” */
                   _("No choice was made for the conflicting field “%s”"), name);
      return FALSE;
    }
  if (GPOINTER_TO_INT (choice) != TR_SYNC_CHOICE_REMOTE)
    return TRUE;
  remote = json_object_get_member (conflict, "remote");
  if (remote == NULL || JSON_NODE_HOLDS_NULL (remote))
    json_object_remove_member (target, name);
  else
    json_object_set_member (target, name, tr_sync_json_copy (remote));
  return TRUE;
}

/**
 * tr_sync_merge_resolve:
 * @local: the local version
 * @conflicts: the conflicts, as tr_sync_merge() gave them
 * @choices: (element-type utf8 TrSyncChoice): a choice for every field
 *   of @conflicts (values stored with GINT_TO_POINTER())
 * @error: return location for an error
 *
 * Returns: (transfer full): the local version with the remote values the
 *   user chose, or %NULL with @error set
 */
JsonNode *
tr_sync_merge_resolve (JsonNode    *local,
                       JsonObject  *conflicts,
                       GHashTable  *choices,
                       GError     **error)
{
  g_autoptr(JsonNode) result = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *conflict;

  if (local == NULL || !JSON_NODE_HOLDS_OBJECT (local))
    {
      g_set_error_literal (error, TR_SYNC_ERROR, TR_SYNC_ERROR_INVALID,
                           _("The local version is not an object"));
      return NULL;
    }
  result = tr_sync_json_copy (local);
  json_object_iter_init (&iter, conflicts);
  while (json_object_iter_next (&iter, &name, &conflict))
    if (!JSON_NODE_HOLDS_OBJECT (conflict) ||
        !apply_choice (json_node_get_object (result), name, json_node_get_object (conflict),
                       choices, error))
      return NULL;
  return g_steal_pointer (&result);
}
