/* tr-request-sorter.c
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
 * along with this program.  If not, see <http://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tr-request-sorter"

#include <string.h>

#include "tr-request-sorter.h"

/* Sorts TrRequestItems the ways the server's `sortField` can: start date,
 * approval status or request id. Ties fall back to the request id, then the
 * name, so the order is stable whatever order the items came in. */
struct _TrRequestSorter
{
  GtkSorter         parent_instance;

  TrRequestSortKey  key;
  gboolean          descending;
};

G_DEFINE_FINAL_TYPE (TrRequestSorter, tr_request_sorter, GTK_TYPE_SORTER)

G_DEFINE_ENUM_TYPE (TrRequestSortKey, tr_request_sort_key,
  G_DEFINE_ENUM_VALUE (TR_REQUEST_SORT_START_DATE, "start-date"),
  G_DEFINE_ENUM_VALUE (TR_REQUEST_SORT_STATUS, "status"),
  G_DEFINE_ENUM_VALUE (TR_REQUEST_SORT_REQUEST_ID, "request-id"))

enum {
  PROP_0,
  PROP_KEY,
  PROP_DESCENDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
status_rank (TrRequestItem *item)
{
  switch (tr_request_item_get_status_kind (item))
    {
    case TR_APPROVAL_STATUS_KIND_NOT_SUBMITTED:
      return 0;
    case TR_APPROVAL_STATUS_KIND_SENT_BACK:
      return 1;
    case TR_APPROVAL_STATUS_KIND_SUBMITTED:
      return 2;
    case TR_APPROVAL_STATUS_KIND_PENDING_BOOKING:
      return 3;
    case TR_APPROVAL_STATUS_KIND_APPROVED:
      return 4;
    case TR_APPROVAL_STATUS_KIND_CANCELED:
      return 5;
    case TR_APPROVAL_STATUS_KIND_UNKNOWN:
    default:
      return 6;
    }
}

/* Undated requests go last whatever the direction: they carry no date to
 * compare, and a person looks for them at the end. */
static int
compare_dates (TrRequestItem *a,
               TrRequestItem *b)
{
  guint da = tr_request_item_get_start_julian (a);
  guint db = tr_request_item_get_start_julian (b);

  if (da == 0 || db == 0)
    return (da == 0) - (db == 0);
  return (da > db) - (da < db);
}

static int
compare_request_ids (TrRequestItem *a,
                     TrRequestItem *b)
{
  const char *ia = tr_request_item_get_request_key (a);
  const char *ib = tr_request_item_get_request_key (b);
  gsize la = ia != NULL ? strlen (ia) : 0;
  gsize lb = ib != NULL ? strlen (ib) : 0;

  if (la == 0 || lb == 0)
    return (la == 0) - (lb == 0);
  if (la != lb)
    return la < lb ? -1 : 1;
  return g_strcmp0 (ia, ib);
}

static int
compare_keyed (TrRequestSortKey  key,
               TrRequestItem    *a,
               TrRequestItem    *b)
{
  switch (key)
    {
    case TR_REQUEST_SORT_STATUS:
      return status_rank (a) - status_rank (b);
    case TR_REQUEST_SORT_REQUEST_ID:
      return compare_request_ids (a, b);
    case TR_REQUEST_SORT_START_DATE:
    default:
      return compare_dates (a, b);
    }
}

static int
compare_ties (TrRequestItem *a,
              TrRequestItem *b)
{
  int result = compare_dates (a, b);

  if (result == 0)
    result = compare_request_ids (a, b);
  if (result == 0)
    result = g_strcmp0 (tr_request_item_get_name (a), tr_request_item_get_name (b));
  return result;
}

static gboolean
is_missing (TrRequestSortKey  key,
            TrRequestItem    *item)
{
  const char *id = tr_request_item_get_request_key (item);

  if (key == TR_REQUEST_SORT_START_DATE)
    return tr_request_item_get_start_julian (item) == 0;
  if (key == TR_REQUEST_SORT_REQUEST_ID)
    return id == NULL || *id == '\0';
  return FALSE;
}

/* Light items of the cache are compared on their listed columns: no
 * request is built to sort the list. */
static GtkOrdering
tr_request_sorter_compare (GtkSorter *sorter,
                           gpointer   item1,
                           gpointer   item2)
{
  TrRequestSorter *self = TR_REQUEST_SORTER (sorter);
  TrRequestItem *a = item1;
  TrRequestItem *b = item2;
  gboolean shown_a = tr_request_item_get_shown (a);
  gboolean shown_b = tr_request_item_get_shown (b);
  int result;

  if (!shown_a || !shown_b)
    return gtk_ordering_from_cmpfunc (!shown_a - !shown_b);

  result = compare_keyed (self->key, a, b);
  if (self->descending && !is_missing (self->key, a) && !is_missing (self->key, b))
    result = -result;
  if (result == 0)
    result = compare_ties (a, b);

  return gtk_ordering_from_cmpfunc (result);
}

static GtkSorterOrder
tr_request_sorter_get_order (GtkSorter *sorter)
{
  return GTK_SORTER_ORDER_PARTIAL;
}

static void
tr_request_sorter_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TrRequestSorter *self = TR_REQUEST_SORTER (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_enum (value, self->key);
      break;
    case PROP_DESCENDING:
      g_value_set_boolean (value, self->descending);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_request_sorter_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TrRequestSorter *self = TR_REQUEST_SORTER (object);

  switch (prop_id)
    {
    case PROP_KEY:
      tr_request_sorter_set_key (self, g_value_get_enum (value));
      break;
    case PROP_DESCENDING:
      tr_request_sorter_set_descending (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_request_sorter_class_init (TrRequestSorterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkSorterClass *sorter_class = GTK_SORTER_CLASS (klass);

  object_class->get_property = tr_request_sorter_get_property;
  object_class->set_property = tr_request_sorter_set_property;
  sorter_class->compare = tr_request_sorter_compare;
  sorter_class->get_order = tr_request_sorter_get_order;

  properties[PROP_KEY] =
    g_param_spec_enum ("key", NULL, NULL, TR_TYPE_REQUEST_SORT_KEY, TR_REQUEST_SORT_START_DATE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCENDING] =
    g_param_spec_boolean ("descending", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tr_request_sorter_init (TrRequestSorter *self)
{
  /* Like the API: the most recent start date first. */
  self->descending = TRUE;
}

TrRequestSorter *
tr_request_sorter_new (void)
{
  return g_object_new (TR_TYPE_REQUEST_SORTER, NULL);
}

TrRequestSortKey
tr_request_sorter_get_key (TrRequestSorter *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_SORTER (self), TR_REQUEST_SORT_START_DATE);

  return self->key;
}

void
tr_request_sorter_set_key (TrRequestSorter  *self,
                           TrRequestSortKey  key)
{
  g_return_if_fail (TR_IS_REQUEST_SORTER (self));
  g_return_if_fail (key <= TR_REQUEST_SORT_REQUEST_ID);

  if (self->key == key)
    return;

  self->key = key;
  gtk_sorter_changed (GTK_SORTER (self), GTK_SORTER_CHANGE_DIFFERENT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY]);
}

gboolean
tr_request_sorter_get_descending (TrRequestSorter *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_SORTER (self), FALSE);

  return self->descending;
}

void
tr_request_sorter_set_descending (TrRequestSorter *self,
                                  gboolean         descending)
{
  g_return_if_fail (TR_IS_REQUEST_SORTER (self));

  descending = !!descending;
  if (self->descending == descending)
    return;

  self->descending = descending;
  gtk_sorter_changed (GTK_SORTER (self), GTK_SORTER_CHANGE_DIFFERENT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCENDING]);
}
