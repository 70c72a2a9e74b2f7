/* tr-request-diff.c
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

#define G_LOG_DOMAIN "tr-review"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tr-json.h"
#include "tr-request-diff.h"

G_DEFINE_BOXED_TYPE (TrRequestChange, tr_request_change,
                     tr_request_change_copy, tr_request_change_free)

/* Header fields in the order a reader expects them; the PUT whitelist
 * (API notes §1.1) plus anything else the update view carries. */
static const char *const field_order[] = {
  "name", "businessPurpose", "startDate", "startTime", "endDate", "endTime",
  "mainDestination", "comment", "policy", "expensePolicy", "travelAgency",
};

/* Members of an expected expense an approver cares about. */
static const char *const expense_members[] = {
  "expenseType", "transactionDate", "transactionAmount", "businessPurpose",
  "location", "tripData", "vendor", "exchangeRate",
};

TrRequestChange *
tr_request_change_copy (const TrRequestChange *self)
{
  TrRequestChange *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (TrRequestChange, 1);
  copy->kind = self->kind;
  copy->key = g_strdup (self->key);
  copy->label = g_strdup (self->label);
  copy->old_value = g_strdup (self->old_value);
  copy->new_value = g_strdup (self->new_value);
  copy->old_amount = self->old_amount ? tr_amount_copy (self->old_amount) : NULL;
  copy->new_amount = self->new_amount ? tr_amount_copy (self->new_amount) : NULL;
  copy->details = g_strdupv (self->details);
  return copy;
}

void
tr_request_change_free (TrRequestChange *self)
{
  if (self == NULL)
    return;
  g_free (self->key);
  g_free (self->label);
  g_free (self->old_value);
  g_free (self->new_value);
  g_clear_pointer (&self->old_amount, tr_amount_free);
  g_clear_pointer (&self->new_amount, tr_amount_free);
  g_strfreev (self->details);
  g_free (self);
}

static TrRequestChange *
change_new (TrRequestChangeKind  kind,
            const char          *key,
            char                *label)
{
  TrRequestChange *change = g_new0 (TrRequestChange, 1);

  change->kind = kind;
  change->key = g_strdup (key);
  change->label = label;
  return change;
}

/**
 * tr_request_field_label:
 * @member: a member of a Request ("businessPurpose", "custom4", …)
 *
 * Returns: the translated label of a header field; unknown members are
 *   returned as they are
 */
const char *
tr_request_field_label (const char *member)
{
  static const struct { const char *member; const char *label; } labels[] = {
    { "name", N_("Name") },
    { "businessPurpose", N_("Business purpose") },
    { "startDate", N_("Start date") },
    { "startTime", N_("Start time") },
    { "endDate", N_("End date") },
    { "endTime", N_("End time") },
    { "mainDestination", N_("Main destination") },
    { "comment", N_("Comment") },
    { "policy", N_("Policy") },
    { "expensePolicy", N_("Expense policy") },
    { "travelAgency", N_("Travel agency") },
    { "totalPostedAmount", N_("Total") },
    { "expenseType", N_("Expense type") },
    { "transactionDate", N_("Date") },
    { "transactionAmount", N_("Amount") },
    { "location", N_("Location") },
    { "tripData", N_("Itinerary") },
    { "vendor", N_("Vendor") },
    { "exchangeRate", N_("Exchange rate") },
  };

  g_return_val_if_fail (member != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].member, member))
      return _(labels[i].label);
  return member;
}

static char *
custom_label (const char *member)
{
  guint64 n = 0;

  if (g_str_has_prefix (member, "custom")
      && g_ascii_string_to_unsigned (member + 6, 10, 1, 20, &n, NULL))
    /* Translators: %u is the number of a custom field, from 1 to 20 */
    return g_strdup_printf (_("Custom field %u"), (guint) n);
  return g_strdup (tr_request_field_label (member));
}

static char *
format_iso_date (const char *text)
{
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *midnight = NULL;

  if (strlen (text) != 10)
    return g_strdup (text);
  midnight = g_strconcat (text, "T00:00:00Z", NULL);
  when = g_date_time_new_from_iso8601 (midnight, NULL);
  if (when == NULL)
    return g_strdup (text);
  /* TRANSLATORS: a date in a list of changes, see g_date_time_format() */
  return g_date_time_format (when, _("%a %-d %b %Y"));
}

static char *
describe_object (JsonObject *object)
{
  static const char *const keys[] = { "name", "city", "value", "label", "code", "id" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      JsonNode *member = json_object_get_member (object, keys[i]);

      if (member != NULL && JSON_NODE_HOLDS_VALUE (member)
          && json_node_get_value_type (member) == G_TYPE_STRING)
        return g_strdup (json_node_get_string (member));
    }
  {
    g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);

    return tr_json_to_string (node);
  }
}

static char *
describe_node (const char *member,
               JsonNode   *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (JSON_NODE_HOLDS_OBJECT (node))
    return describe_object (json_node_get_object (node));
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *text = json_node_get_string (node);

      if (g_str_has_suffix (member, "Date"))
        return format_iso_date (text);
      return g_strdup (text);
    }
  return tr_json_to_string (node);
}

static gboolean
nodes_equal (JsonNode *a,
             JsonNode *b)
{
  gboolean a_null = a == NULL || JSON_NODE_HOLDS_NULL (a);
  gboolean b_null = b == NULL || JSON_NODE_HOLDS_NULL (b);

  if (a_null || b_null)
    return a_null && b_null;
  return json_node_equal (a, b);
}

static void
add_member_once (GPtrArray  *members,
                 const char *member)
{
  if (g_str_equal (member, "id"))
    return;
  if (!g_ptr_array_find_with_equal_func (members, member, g_str_equal, NULL))
    g_ptr_array_add (members, (gpointer) member);
}

/* The fields of field_order first, then custom1…20, then anything else. */
static GPtrArray *
collect_members (JsonObject *seen,
                 JsonObject *current)
{
  GPtrArray *members = g_ptr_array_new ();
  static char customs[20][12];
  g_autoptr(GList) seen_names = json_object_get_members (seen);
  g_autoptr(GList) current_names = json_object_get_members (current);

  for (guint i = 0; i < G_N_ELEMENTS (field_order); i++)
    add_member_once (members, field_order[i]);
  for (guint n = 1; n <= 20; n++)
    {
      g_snprintf (customs[n - 1], sizeof customs[n - 1], "custom%u", n);
      add_member_once (members, customs[n - 1]);
    }
  for (GList *l = seen_names; l != NULL; l = l->next)
    add_member_once (members, l->data);
  for (GList *l = current_names; l != NULL; l = l->next)
    add_member_once (members, l->data);
  return members;
}

static void
diff_fields (TrRequest *seen,
             TrRequest *current,
             GPtrArray *changes)
{
  g_autoptr(JsonNode) seen_node = tr_request_to_json (seen, TR_JSON_PURPOSE_UPDATE);
  g_autoptr(JsonNode) current_node = tr_request_to_json (current, TR_JSON_PURPOSE_UPDATE);
  JsonObject *a = json_node_get_object (seen_node);
  JsonObject *b = json_node_get_object (current_node);
  g_autoptr(GPtrArray) members = collect_members (a, b);

  for (guint i = 0; i < members->len; i++)
    {
      const char *member = members->pdata[i];
      JsonNode *old_node = json_object_get_member (a, member);
      JsonNode *new_node = json_object_get_member (b, member);
      TrRequestChange *change;

      if (nodes_equal (old_node, new_node))
        continue;
      change = change_new (TR_REQUEST_CHANGE_FIELD, member, custom_label (member));
      change->old_value = describe_node (member, old_node);
      change->new_value = describe_node (member, new_node);
      g_ptr_array_add (changes, change);
    }
}

static void
diff_total (TrRequest *seen,
            TrRequest *current,
            GPtrArray *changes)
{
  const TrAmount *a = tr_request_get_total_posted_amount (seen);
  const TrAmount *b = tr_request_get_total_posted_amount (current);
  TrRequestChange *change;

  if ((a == NULL && b == NULL) || (a != NULL && b != NULL && tr_amount_equal (a, b)))
    return;
  change = change_new (TR_REQUEST_CHANGE_FIELD, "totalPostedAmount",
                       g_strdup (tr_request_field_label ("totalPostedAmount")));
  change->old_amount = a ? tr_amount_copy (a) : NULL;
  change->new_amount = b ? tr_amount_copy (b) : NULL;
  change->old_value = a ? tr_amount_to_string (a) : NULL;
  change->new_value = b ? tr_amount_to_string (b) : NULL;
  g_ptr_array_add (changes, change);
}

static char *
expense_label (TrExpense *expense)
{
  TrExpenseType *type = tr_expense_get_expense_type (expense);
  GDateTime *date = tr_expense_get_transaction_date (expense);
  const char *name = type ? tr_expense_type_get_name (type) : NULL;
  g_autofree char *day = NULL;

  if (name == NULL || *name == '\0')
    name = _("Expense");
  if (date == NULL)
    return g_strdup (name);
  /* TRANSLATORS: the date of an expected expense, see g_date_time_format() */
  day = g_date_time_format (date, _("%a %-d %b %Y"));
  /* TRANSLATORS: an expected expense: its type, then its date */
  return g_strdup_printf (_("%s, %s"), name, day);
}

static TrRequestChange *
expense_change_new (TrRequestChangeKind  kind,
                    TrExpense           *before,
                    TrExpense           *after)
{
  TrExpense *shown = after ? after : before;
  const TrAmount *old_amount = before ? tr_expense_get_transaction_amount (before) : NULL;
  const TrAmount *new_amount = after ? tr_expense_get_transaction_amount (after) : NULL;
  TrRequestChange *change = change_new (kind, tr_expense_get_id (shown), expense_label (shown));

  change->old_amount = old_amount ? tr_amount_copy (old_amount) : NULL;
  change->new_amount = new_amount ? tr_amount_copy (new_amount) : NULL;
  change->old_value = old_amount ? tr_amount_to_string (old_amount) : NULL;
  change->new_value = new_amount ? tr_amount_to_string (new_amount) : NULL;
  return change;
}

static GStrv
expense_details (TrExpense *before,
                 TrExpense *after)
{
  g_autoptr(JsonNode) a_node = tr_expense_to_json (before, TR_JSON_PURPOSE_FULL);
  g_autoptr(JsonNode) b_node = tr_expense_to_json (after, TR_JSON_PURPOSE_FULL);
  JsonObject *a = json_node_get_object (a_node);
  JsonObject *b = json_node_get_object (b_node);
  g_autoptr(GStrvBuilder) details = g_strv_builder_new ();

  for (guint i = 0; i < G_N_ELEMENTS (expense_members); i++)
    if (!nodes_equal (json_object_get_member (a, expense_members[i]),
                      json_object_get_member (b, expense_members[i])))
      g_strv_builder_add (details, tr_request_field_label (expense_members[i]));
  return g_strv_builder_end (details);
}

static gboolean
index_expenses (GListModel  *expenses,
                GHashTable  *by_id,
                GError     **error)
{
  guint n = expenses ? g_list_model_get_n_items (expenses) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (expenses, i);

      if (!TR_IS_EXPENSE (item) || tr_expense_get_id (TR_EXPENSE (item)) == NULL)
        {
          g_set_error (error, TR_REVIEW_ERROR, TR_REVIEW_ERROR_INVALID,
                       /* Translators: %u is a position in a list */
                       _("Item %u of the expense list is not an expected expense with an id"), i);
          return FALSE;
        }
      g_hash_table_insert (by_id, (gpointer) tr_expense_get_id (TR_EXPENSE (item)), item);
    }
  return TRUE;
}

static void
diff_expense_pair (TrExpense *before,
                   TrExpense *after,
                   GPtrArray *changes)
{
  g_auto(GStrv) details = expense_details (before, after);
  TrRequestChange *change;

  if (details[0] == NULL)
    return;
  change = expense_change_new (TR_REQUEST_CHANGE_EXPENSE_CHANGED, before, after);
  change->details = g_steal_pointer (&details);
  g_ptr_array_add (changes, change);
}

static gboolean
diff_expenses (GListModel  *seen,
               GListModel  *current,
               GPtrArray   *changes,
               GError     **error)
{
  g_autoptr(GHashTable) before = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) after = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_current = current ? g_list_model_get_n_items (current) : 0;
  guint n_seen = seen ? g_list_model_get_n_items (seen) : 0;

  if (!index_expenses (seen, before, error) || !index_expenses (current, after, error))
    return FALSE;
  for (guint i = 0; i < n_current; i++)
    {
      g_autoptr(TrExpense) expense = g_list_model_get_item (current, i);
      TrExpense *old = g_hash_table_lookup (before, tr_expense_get_id (expense));

      if (old == NULL)
        g_ptr_array_add (changes, expense_change_new (TR_REQUEST_CHANGE_EXPENSE_ADDED, NULL, expense));
      else
        diff_expense_pair (old, expense, changes);
    }
  for (guint i = 0; i < n_seen; i++)
    {
      g_autoptr(TrExpense) expense = g_list_model_get_item (seen, i);

      if (!g_hash_table_contains (after, tr_expense_get_id (expense)))
        g_ptr_array_add (changes, expense_change_new (TR_REQUEST_CHANGE_EXPENSE_REMOVED, expense, NULL));
    }
  return TRUE;
}

/**
 * tr_request_diff:
 * @seen: the version of the request the approver saw
 * @seen_expenses: (nullable): its expected expenses (#TrExpense)
 * @current: the current version
 * @current_expenses: (nullable): the current expected expenses
 * @error: return location for a %TR_REVIEW_ERROR_INVALID error
 *
 * Lists what changed: the header fields of the PUT whitelist (name,
 * purpose, dates and times, destination, comment, policies, agency,
 * custom fields), the total, then the expected expenses added, changed
 * (with the labels of what changed) and removed, matched by id.
 *
 * Returns: (transfer container) (element-type TrRequestChange): the
 *   changes, empty when nothing changed, or %NULL on error
 */
GPtrArray *
tr_request_diff (TrRequest   *seen,
                 GListModel  *seen_expenses,
                 TrRequest   *current,
                 GListModel  *current_expenses,
                 GError     **error)
{
  g_autoptr(GPtrArray) changes = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!TR_IS_REQUEST (seen) || !TR_IS_REQUEST (current))
    {
      g_set_error_literal (error, TR_REVIEW_ERROR, TR_REVIEW_ERROR_INVALID,
                           _("Both versions of the request are needed to compare them"));
      return NULL;
    }
  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) tr_request_change_free);
  diff_fields (seen, current, changes);
  diff_total (seen, current, changes);
  if (!diff_expenses (seen_expenses, current_expenses, changes, error))
    return NULL;
  return g_steal_pointer (&changes);
}
