/* tr-request-page.c
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

#include "tr-request-page.h"
#include "tr-resource-private.h"

struct _TrRequestPage
{
  TrResource parent_instance;
};

G_DEFINE_FINAL_TYPE (TrRequestPage, tr_request_page, TR_TYPE_RESOURCE)

enum {
  PROP_0,
  PROP_DATA,
  PROP_OPERATIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const TrField fields[N_PROPS] = {
  [PROP_DATA] = { "data", "data", TR_FIELD_LIST, TR_FIELD_RO, tr_request_get_type },
  [PROP_OPERATIONS] = { "operations", "operations", TR_FIELD_LIST, TR_FIELD_RO, tr_operation_get_type },
};

static void
tr_request_page_class_init (TrRequestPageClass *klass)
{
  TrResourceClass *resource_class = TR_RESOURCE_CLASS (klass);

  tr_resource_class_install_fields (resource_class, fields, N_PROPS, properties);
}

static void
tr_request_page_init (TrRequestPage *self)
{
}

/**
 * tr_request_page_new:
 *
 * Returns: (transfer full): a new, empty #TrRequestPage
 */
TrRequestPage *
tr_request_page_new (void)
{
  return g_object_new (TR_TYPE_REQUEST_PAGE, NULL);
}

/**
 * tr_request_page_new_from_json:
 * @node: a JSON object node
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrRequestPage
 */
TrRequestPage *
tr_request_page_new_from_json (JsonNode  *node,
                               GError   **error)
{
  return tr_resource_new_from_json (TR_TYPE_REQUEST_PAGE, node, error);
}

/**
 * tr_request_page_new_from_string:
 * @json: JSON text
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): the parsed #TrRequestPage
 */
TrRequestPage *
tr_request_page_new_from_string (const char  *json,
                                 GError     **error)
{
  return tr_resource_new_from_string (TR_TYPE_REQUEST_PAGE, json, error);
}

/**
 * tr_request_page_to_json:
 * @self: a #TrRequestPage
 * @purpose: what the JSON is for
 *
 * Returns: (transfer full): see tr_resource_to_json()
 */
JsonNode *
tr_request_page_to_json (TrRequestPage *self,
                         TrJsonPurpose  purpose)
{
  g_return_val_if_fail (TR_IS_REQUEST_PAGE (self), NULL);

  return tr_resource_to_json (TR_RESOURCE (self), purpose);
}

/**
 * tr_request_page_copy:
 * @self: a #TrRequestPage
 * @error: return location for a #TrJsonError
 *
 * Returns: (transfer full) (nullable): a copy, see tr_resource_copy()
 */
TrRequestPage *
tr_request_page_copy (TrRequestPage  *self,
                      GError        **error)
{
  g_return_val_if_fail (TR_IS_REQUEST_PAGE (self), NULL);

  return tr_resource_copy (TR_RESOURCE (self), error);
}

GListModel *
tr_request_page_get_data (TrRequestPage *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_PAGE (self), NULL);

  return tr_resource_get_list (TR_RESOURCE (self), PROP_DATA);
}

GListModel *
tr_request_page_get_operations (TrRequestPage *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_PAGE (self), NULL);

  return tr_resource_get_list (TR_RESOURCE (self), PROP_OPERATIONS);
}


/* The href of the first operation whose rel is @rel, or NULL. */
static const char *
find_operation_href (GListModel *operations,
                     const char *rel)
{
  for (guint i = 0; i < g_list_model_get_n_items (operations); i++)
    {
      g_autoptr(TrOperation) op = g_list_model_get_item (operations, i);

      if (g_strcmp0 (tr_operation_get_rel (op), rel) == 0)
        return tr_operation_get_href (op);
    }
  return NULL;
}

/**
 * tr_request_page_get_operation_href:
 * @self: a #TrRequestPage
 * @rel: `first`, `prev`, `next` or `last`
 *
 * Returns: (nullable): the link, verbatim, or %NULL if the page has none
 */
const char *
tr_request_page_get_operation_href (TrRequestPage *self,
                                    const char    *rel)
{
  g_return_val_if_fail (TR_IS_REQUEST_PAGE (self), NULL);
  g_return_val_if_fail (rel != NULL, NULL);

  return find_operation_href (tr_request_page_get_operations (self), rel);
}

const char *
tr_request_page_get_first_href (TrRequestPage *self)
{
  return tr_request_page_get_operation_href (self, "first");
}

const char *
tr_request_page_get_prev_href (TrRequestPage *self)
{
  return tr_request_page_get_operation_href (self, "prev");
}

/**
 * tr_request_page_get_next_href:
 * @self: a #TrRequestPage
 *
 * Returns: (nullable): the next page's link; %NULL on the last page
 */
const char *
tr_request_page_get_next_href (TrRequestPage *self)
{
  return tr_request_page_get_operation_href (self, "next");
}

const char *
tr_request_page_get_last_href (TrRequestPage *self)
{
  return tr_request_page_get_operation_href (self, "last");
}
