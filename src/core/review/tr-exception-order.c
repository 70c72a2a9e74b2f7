/* tr-exception-order.c
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

#include <glib/gi18n-lib.h>

#include "tr-exception-order.h"

/**
 * tr_exception_order_compare:
 * @a: a policy exception
 * @b: another one
 *
 * The order an approver reads exceptions in: blocking ones first, then
 * by level, highest first, then by code so that the order is stable.
 *
 * Returns: < 0 when @a comes first, > 0 when @b does, 0 when equal
 */
int
tr_exception_order_compare (TrException *a,
                            TrException *b)
{
  gboolean a_blocking = tr_exception_get_is_blocking (a);
  gboolean b_blocking = tr_exception_get_is_blocking (b);
  gint64 a_level = tr_exception_get_level (a);
  gint64 b_level = tr_exception_get_level (b);

  if (a_blocking != b_blocking)
    return a_blocking ? -1 : 1;
  if (a_level != b_level)
    return a_level > b_level ? -1 : 1;
  return g_strcmp0 (tr_exception_get_code (a), tr_exception_get_code (b));
}

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      user_data)
{
  return tr_exception_order_compare ((TrException *) a, (TrException *) b);
}

/**
 * tr_exception_order_sort:
 * @exceptions: (nullable): a list of #TrException
 * @error: return location for a %TR_REVIEW_ERROR_INVALID error
 *
 * Returns: (transfer full): a new list in reading order (see
 *   tr_exception_order_compare()), or %NULL when @exceptions holds
 *   something else than exceptions
 */
GListStore *
tr_exception_order_sort (GListModel  *exceptions,
                         GError     **error)
{
  g_autoptr(GListStore) sorted = g_list_store_new (TR_TYPE_EXCEPTION);
  guint n = exceptions ? g_list_model_get_n_items (exceptions) : 0;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (exceptions, i);

      if (!TR_IS_EXCEPTION (item))
        {
          g_set_error (error, TR_REVIEW_ERROR, TR_REVIEW_ERROR_INVALID,
                       /* Translators: %u is a position in a list */
                       _("Item %u of the exception list is not a policy exception"), i);
          return NULL;
        }
      g_list_store_insert_sorted (sorted, item, compare_cb, NULL);
    }
  return g_steal_pointer (&sorted);
}
