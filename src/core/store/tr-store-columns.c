/* tr-store-columns.c
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

#define G_LOG_DOMAIN "TrStore"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tr-store-columns.h"
#include "tr-store-error.h"

static gboolean
wrong_type (const char  *member,
            GError     **error)
{
  g_set_error (error, TR_STORE_ERROR, TR_STORE_ERROR_INVALID,
               /* Translators: %s is a JSON member name, such as "startDate"; do not translate it. */
               _("The member “%s” has the wrong type"), member);
  return FALSE;
}

/* Copies an optional string member; absent and null give NULL. */
static gboolean
get_string (JsonObject  *object,
            const char  *member,
            char       **out,
            GError     **error)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return wrong_type (member, error);
  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

/* Returns the optional object member @member, or NULL. */
static gboolean
get_object (JsonObject  *object,
            const char  *member,
            JsonObject **out,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return wrong_type (member, error);
  *out = json_node_get_object (node);
  return TRUE;
}

static gboolean
get_root (JsonNode    *node,
          JsonObject **out,
          GError     **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error_literal (error, TR_STORE_ERROR, TR_STORE_ERROR_INVALID,
                           _("The JSON document is not an object"));
      return FALSE;
    }
  *out = json_node_get_object (node);
  return TRUE;
}

static gboolean
request_destination (TrStoreColumns  *columns,
                     JsonObject      *root,
                     GError         **error)
{
  JsonObject *dest;

  if (!get_object (root, "mainDestination", &dest, error))
    return FALSE;
  if (dest == NULL)
    return TRUE;
  if (!get_string (dest, "name", &columns->destination, error))
    return FALSE;
  if (columns->destination == NULL)
    return get_string (dest, "city", &columns->destination, error);
  return TRUE;
}

static gboolean
request_people_and_status (TrStoreColumns  *columns,
                           JsonObject      *root,
                           GError         **error)
{
  JsonObject *status, *owner, *approver;
  JsonNode *closed;

  if (!get_object (root, "approvalStatus", &status, error) ||
      !get_object (root, "owner", &owner, error) ||
      !get_object (root, "approver", &approver, error))
    return FALSE;
  if (!get_string (status, "code", &columns->status_code, error) ||
      !get_string (status, "name", &columns->status_name, error) ||
      !get_string (owner, "id", &columns->owner_id, error) ||
      !get_string (approver, "id", &columns->approver_id, error))
    return FALSE;

  closed = json_object_get_member (root, "closed");
  if (closed != NULL && !JSON_NODE_HOLDS_NULL (closed) &&
      (!JSON_NODE_HOLDS_VALUE (closed) || json_node_get_value_type (closed) != G_TYPE_BOOLEAN))
    return wrong_type ("closed", error);
  columns->closed = closed != NULL && JSON_NODE_HOLDS_VALUE (closed) && json_node_get_boolean (closed);
  return TRUE;
}

/**
 * tr_store_columns_from_request:
 * @columns: (out caller-allocates): zero-initialised columns
 * @request: a Request object (RequestDetails, list item or local draft)
 * @error: return location for a #TR_STORE_ERROR_INVALID error
 *
 * Extracts the indexed columns. Every member is optional (a draft may be
 * nearly empty) but a member of the wrong type is an error. The total is
 * `totalPostedAmount`, the sum of the expected expenses.
 */
gboolean
tr_store_columns_from_request (TrStoreColumns  *columns,
                               JsonNode        *request,
                               GError         **error)
{
  JsonObject *root;

  memset (columns, 0, sizeof *columns);
  if (!get_root (request, &root, error))
    return FALSE;

  if (!get_string (root, "id", &columns->server_id, error) ||
      !get_string (root, "requestId", &columns->request_key, error) ||
      !get_string (root, "name", &columns->name, error) ||
      !get_string (root, "businessPurpose", &columns->business_purpose, error) ||
      !get_string (root, "startDate", &columns->start_date, error) ||
      !get_string (root, "endDate", &columns->end_date, error) ||
      !get_string (root, "lastModified", &columns->last_modified, error) ||
      !request_destination (columns, root, error) ||
      !request_people_and_status (columns, root, error) ||
      !tr_store_amount_parse (root, "totalPostedAmount", &columns->amount, error))
    {
      tr_store_columns_clear (columns);
      return FALSE;
    }
  return TRUE;
}

/**
 * tr_store_columns_from_expense:
 * @columns: (out caller-allocates): zero-initialised columns
 * @expense: an Expected Expense object
 * @error: return location for a #TR_STORE_ERROR_INVALID error
 *
 * Extracts the indexed columns of an expected expense; the amount is the
 * `transactionAmount`.
 */
gboolean
tr_store_columns_from_expense (TrStoreColumns  *columns,
                               JsonNode        *expense,
                               GError         **error)
{
  JsonObject *root, *type = NULL;

  memset (columns, 0, sizeof *columns);
  if (!get_root (expense, &root, error))
    return FALSE;

  if (!get_string (root, "id", &columns->server_id, error) ||
      !get_string (root, "lastModifiedDate", &columns->last_modified, error) ||
      !get_string (root, "transactionDate", &columns->transaction_date, error) ||
      !get_object (root, "expenseType", &type, error) ||
      !get_string (type, "id", &columns->type_code, error) ||
      !get_string (type, "name", &columns->type_name, error) ||
      !tr_store_amount_parse (root, "transactionAmount", &columns->amount, error))
    {
      tr_store_columns_clear (columns);
      return FALSE;
    }
  return TRUE;
}

void
tr_store_columns_clear (TrStoreColumns *columns)
{
  char **strings[] = {
    &columns->server_id, &columns->last_modified, &columns->request_key,
    &columns->name, &columns->business_purpose, &columns->start_date,
    &columns->end_date, &columns->destination, &columns->status_code,
    &columns->status_name, &columns->owner_id, &columns->approver_id,
    &columns->type_code, &columns->type_name, &columns->transaction_date,
  };

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    g_clear_pointer (strings[i], g_free);
  tr_store_amount_clear (&columns->amount);
  columns->closed = FALSE;
}
