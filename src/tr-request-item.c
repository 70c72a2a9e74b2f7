/* tr-request-item.c
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

#define G_LOG_DOMAIN "tr-request-item"

#include <string.h>

#include <glib/gi18n.h>

#include "tr-request-item.h"
#include "tr-store-fold.h"

/* One request as the list shows it: the request itself, whether it waits for
 * the user's approval, and its synchronisation badge.
 *
 * An item of the offline cache is light: it keeps the listed columns of its
 * row (read on the store's worker thread, with the folded search text) and
 * builds its TrRequest only when something asks for it, such as a row
 * widget being bound. The sorter and the filter use the light fields. */
struct _TrRequestItem
{
  GObject               parent_instance;

  TrStoreRequestRow    *row;
  TrRequest            *request;
  TrRequestSync         sync;
  gboolean              to_approve;
  gint64                local_id;
  char                 *search_key;
  char                 *pending_action;

  /* Light fields, from the row or the request. */
  guint                 start_julian;
  TrApprovalStatusKind  status_kind;
  gboolean              closed;

  /* Changes whenever a field of LightFields does (see get_serial()). */
  guint                 serial;
};

/* What the list filters and sorts on, borrowed from the item. */
typedef struct
{
  const char           *search_key;
  const char           *request_key;
  const char           *name;
  guint                 start_julian;
  TrApprovalStatusKind  status_kind;
  gboolean              closed;
} LightFields;

G_DEFINE_FINAL_TYPE (TrRequestItem, tr_request_item, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (TrRequestSync, tr_request_sync,
  G_DEFINE_ENUM_VALUE (TR_REQUEST_SYNC_SYNCED, "synced"),
  G_DEFINE_ENUM_VALUE (TR_REQUEST_SYNC_LOCAL_ONLY, "local-only"),
  G_DEFINE_ENUM_VALUE (TR_REQUEST_SYNC_WAITING, "waiting"),
  G_DEFINE_ENUM_VALUE (TR_REQUEST_SYNC_CONFLICT, "conflict"),
  G_DEFINE_ENUM_VALUE (TR_REQUEST_SYNC_FAILED, "failed"))

enum {
  PROP_0,
  PROP_REQUEST,
  PROP_SYNC,
  PROP_TO_APPROVE,
  PROP_PENDING_ACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * tr_request_item_fold_text:
 * @text: (nullable): some text
 *
 * Folds @text for searching: case-folded, and without accents, so that
 * "münchen" finds "Munchen".
 *
 * Returns: (transfer full): the folded text ("" for %NULL)
 */
char *
tr_request_item_fold_text (const char *text)
{
  /* The store folds its search text the same way: the words typed match
   * cached and server items alike. */
  return tr_store_fold_text (text);
}

static char *
build_search_key (TrRequest *request)
{
  TrLocation *destination = tr_request_get_main_destination (request);
  g_autofree char *joined = NULL;

  joined = g_strjoin ("\n",
                      tr_request_get_name (request) ?: "",
                      tr_request_get_business_purpose (request) ?: "",
                      destination ? (tr_location_get_name (destination) ?: "") : "",
                      destination ? (tr_location_get_city (destination) ?: "") : "",
                      tr_request_get_request_id (request) ?: "",
                      NULL);
  return tr_request_item_fold_text (joined);
}

/* The search text of a row that was not listed with one. */
static char *
build_row_search_key (const TrStoreRequestRow *row)
{
  g_autofree char *joined = g_strjoin ("\n", row->name ?: "", row->business_purpose ?: "",
                                       row->destination ?: "", row->request_key ?: "", NULL);

  return tr_request_item_fold_text (joined);
}

static void
set_string (JsonObject *object,
            const char *name,
            const char *value)
{
  if (value != NULL)
    json_object_set_string_member (object, name, value);
}

static void
set_named_object (JsonObject *object,
                  const char *member,
                  const char *first_name,
                  const char *first_value,
                  const char *second_name,
                  const char *second_value)
{
  JsonObject *named = json_object_new ();

  set_string (named, first_name, first_value);
  if (second_name != NULL)
    set_string (named, second_name, second_value);
  json_object_set_object_member (object, member, named);
}

static void
set_total (JsonObject          *object,
           const TrStoreAmount *total)
{
  g_autoptr(TrAmount) amount = NULL;
  g_autofree char *value = NULL;

  if (total->currency == NULL || total->scale < 0)
    return;
  amount = tr_amount_new (total->units, total->scale, total->currency);
  value = tr_amount_to_string (amount);
  set_named_object (object, "totalPostedAmount", "value", value, "currency", total->currency);
}

/* The listed columns of a cached request, as a (partial) TrRequest; the
 * object is built directly (a row binds one per shown row). */
static TrRequest *
request_from_row (const TrStoreRequestRow  *row,
                  GError                  **error)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  JsonObject *object = json_object_new ();

  json_node_take_object (node, object);
  set_string (object, "id", row->server_id);
  set_string (object, "requestId", row->request_key);
  set_string (object, "name", row->name);
  set_string (object, "businessPurpose", row->business_purpose);
  set_string (object, "startDate", row->start_date);
  set_string (object, "endDate", row->end_date);
  json_object_set_boolean_member (object, "closed", row->closed);
  if (row->destination != NULL)
    set_named_object (object, "mainDestination", "name", row->destination, NULL, NULL);
  if (row->status_code != NULL)
    set_named_object (object, "approvalStatus", "code", row->status_code, "name", row->status_name);
  set_total (object, &row->total);
  return tr_request_new_from_json (node, error);
}

static void
tr_request_item_finalize (GObject *object)
{
  TrRequestItem *self = TR_REQUEST_ITEM (object);

  g_clear_object (&self->request);
  g_clear_pointer (&self->row, tr_store_request_row_unref);
  g_clear_pointer (&self->search_key, g_free);
  g_clear_pointer (&self->pending_action, g_free);

  G_OBJECT_CLASS (tr_request_item_parent_class)->finalize (object);
}

static void
tr_request_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TrRequestItem *self = TR_REQUEST_ITEM (object);

  switch (prop_id)
    {
    case PROP_REQUEST:
      g_value_set_object (value, tr_request_item_get_request (self));
      break;
    case PROP_SYNC:
      g_value_set_enum (value, self->sync);
      break;
    case PROP_TO_APPROVE:
      g_value_set_boolean (value, self->to_approve);
      break;
    case PROP_PENDING_ACTION:
      g_value_set_string (value, self->pending_action);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_request_item_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TrRequestItem *self = TR_REQUEST_ITEM (object);

  switch (prop_id)
    {
    case PROP_REQUEST:
      tr_request_item_set_request (self, g_value_get_object (value));
      break;
    case PROP_SYNC:
      tr_request_item_set_sync (self, g_value_get_enum (value));
      break;
    case PROP_TO_APPROVE:
      tr_request_item_set_to_approve (self, g_value_get_boolean (value));
      break;
    case PROP_PENDING_ACTION:
      tr_request_item_set_pending_action (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_request_item_class_init (TrRequestItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tr_request_item_finalize;
  object_class->get_property = tr_request_item_get_property;
  object_class->set_property = tr_request_item_set_property;

  properties[PROP_REQUEST] =
    g_param_spec_object ("request", NULL, NULL, TR_TYPE_REQUEST,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SYNC] =
    g_param_spec_enum ("sync", NULL, NULL, TR_TYPE_REQUEST_SYNC, TR_REQUEST_SYNC_SYNCED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TO_APPROVE] =
    g_param_spec_boolean ("to-approve", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PENDING_ACTION] =
    g_param_spec_string ("pending-action", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tr_request_item_init (TrRequestItem *self)
{
  self->search_key = g_strdup ("");
}

/**
 * tr_request_item_new:
 * @request: the request
 *
 * Returns: (transfer full): a new item showing @request
 */
TrRequestItem *
tr_request_item_new (TrRequest *request)
{
  g_return_val_if_fail (TR_IS_REQUEST (request), NULL);

  return g_object_new (TR_TYPE_REQUEST_ITEM, "request", request, NULL);
}

static guint
julian_of (const GDate *date)
{
  return date != NULL && g_date_valid (date) ? g_date_get_julian (date) : 0;
}

static void
set_light_fields_of_request (TrRequestItem *self)
{
  TrRequest *request = self->request;

  self->start_julian = julian_of (tr_request_get_start_date (request));
  self->status_kind = tr_request_get_status_kind (request);
  self->closed = tr_request_get_closed (request);
}

static void
set_light_fields_of_row (TrRequestItem *self)
{
  const TrStoreRequestRow *row = self->row;

  self->start_julian = tr_date_julian_of_text (row->start_date);
  self->status_kind = tr_approval_status_kind_from_code (row->status_code);
  self->closed = row->closed;
}

static void
light_fields_of (TrRequestItem *self,
                 LightFields   *fields)
{
  fields->search_key = tr_request_item_get_search_key (self);
  fields->request_key = tr_request_item_get_request_key (self);
  fields->name = tr_request_item_get_name (self);
  fields->start_julian = self->start_julian;
  fields->status_kind = self->status_kind;
  fields->closed = self->closed;
}

static gboolean
light_fields_equal (const LightFields *a,
                    const LightFields *b)
{
  return a->start_julian == b->start_julian && a->status_kind == b->status_kind &&
         a->closed == b->closed && g_strcmp0 (a->search_key, b->search_key) == 0 &&
         g_strcmp0 (a->request_key, b->request_key) == 0 && g_strcmp0 (a->name, b->name) == 0;
}

/* Bumps the serial when the light fields differ from @before, which
 * borrows from what the item held before the change (still alive). */
static void
compare_light_fields (TrRequestItem     *self,
                      const LightFields *before)
{
  LightFields after;

  light_fields_of (self, &after);
  if (!light_fields_equal (before, &after))
    self->serial++;
}

/**
 * tr_request_item_new_from_row:
 * @row: a cached request, as tr_store_list_requests_async() lists it
 *
 * Returns: (transfer full): a light item showing @row; its #TrRequest is
 *   built from the listed columns when first asked for
 */
TrRequestItem *
tr_request_item_new_from_row (TrStoreRequestRow *row)
{
  TrRequestItem *self;

  g_return_val_if_fail (row != NULL, NULL);

  self = g_object_new (TR_TYPE_REQUEST_ITEM, NULL);
  tr_request_item_set_row (self, row);
  return self;
}

/**
 * tr_request_item_set_row:
 * @self: a #TrRequestItem
 * @row: a newer listing of the cached request
 *
 * Replaces what the item shows with @row (its request is built again
 * when asked for), and takes its cache id.
 */
void
tr_request_item_set_row (TrRequestItem     *self,
                         TrStoreRequestRow *row)
{
  g_autoptr(TrRequest) old_request = NULL;
  g_autofree char *old_search_key = NULL;
  TrStoreRequestRow *old_row;
  LightFields before;

  g_return_if_fail (TR_IS_REQUEST_ITEM (self));
  g_return_if_fail (row != NULL);

  light_fields_of (self, &before);
  old_row = g_steal_pointer (&self->row);
  old_request = g_steal_pointer (&self->request);
  old_search_key = g_steal_pointer (&self->search_key);
  self->row = tr_store_request_row_ref (row);
  /* The row's own search text is used as is (see get_search_key()). */
  if (row->search_text == NULL)
    self->search_key = build_row_search_key (row);
  if (row->local_id > 0)
    self->local_id = row->local_id;
  set_light_fields_of_row (self);
  compare_light_fields (self, &before);
  g_clear_pointer (&old_row, tr_store_request_row_unref);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REQUEST]);
}

/**
 * tr_request_item_get_request:
 * @self: a #TrRequestItem
 *
 * Returns: (transfer none) (nullable): the request; for a light item,
 *   built from its listed columns at the first call
 */
TrRequest *
tr_request_item_get_request (TrRequestItem *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (TR_IS_REQUEST_ITEM (self), NULL);

  if (self->request == NULL && self->row != NULL)
    {
      self->request = request_from_row (self->row, &error);
      if (self->request == NULL)
        g_debug ("Cannot show cached request %" G_GINT64_FORMAT ": %s", self->row->local_id, error->message);
    }
  return self->request;
}

/**
 * tr_request_item_peek_row:
 * @self: a #TrRequestItem
 *
 * Returns: (transfer none) (nullable): the cached row a light item shows,
 *   %NULL once its #TrRequest is built or set
 */
const TrStoreRequestRow *
tr_request_item_peek_row (TrRequestItem *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_ITEM (self), NULL);

  return self->request == NULL ? self->row : NULL;
}

/**
 * tr_request_item_set_request:
 * @self: a #TrRequestItem
 * @request: the new version of the request
 *
 * Replaces the request, e.g. with a newer version from the server.
 */
void
tr_request_item_set_request (TrRequestItem *self,
                             TrRequest     *request)
{
  g_return_if_fail (TR_IS_REQUEST_ITEM (self));
  g_return_if_fail (request == NULL || TR_IS_REQUEST (request));

  g_autoptr(TrRequest) old_request = NULL;
  g_autofree char *old_search_key = NULL;
  TrStoreRequestRow *old_row;
  LightFields before;

  if (self->request == request)
    return;

  light_fields_of (self, &before);
  old_row = g_steal_pointer (&self->row);
  old_request = g_steal_pointer (&self->request);
  old_search_key = g_steal_pointer (&self->search_key);
  self->request = request != NULL ? g_object_ref (request) : NULL;
  self->search_key = request != NULL ? build_search_key (request) : g_strdup ("");
  if (request != NULL)
    set_light_fields_of_request (self);
  compare_light_fields (self, &before);
  g_clear_pointer (&old_row, tr_store_request_row_unref);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REQUEST]);
}

TrRequestSync
tr_request_item_get_sync (TrRequestItem *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_ITEM (self), TR_REQUEST_SYNC_SYNCED);

  return self->sync;
}

void
tr_request_item_set_sync (TrRequestItem *self,
                          TrRequestSync  sync)
{
  g_return_if_fail (TR_IS_REQUEST_ITEM (self));

  if (self->sync == sync)
    return;

  self->sync = sync;
  self->serial++;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SYNC]);
}

/**
 * tr_request_item_get_pending_action:
 * @self: a #TrRequestItem
 *
 * Returns: (nullable): the workflow action (`submit`, `recall`, …) queued
 *   in the offline cache and not sent yet
 */
const char *
tr_request_item_get_pending_action (TrRequestItem *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_ITEM (self), NULL);

  return self->pending_action;
}

/**
 * tr_request_item_describe_pending:
 * @self: a #TrRequestItem
 *
 * Returns: (nullable): what will happen when the queued action is sent,
 *   e.g. "Will be submitted", or %NULL when no action waits
 */
const char *
tr_request_item_describe_pending (TrRequestItem *self)
{
  static const struct { const char *action; const char *text; } texts[] = {
    { "submit", N_("Will be submitted") }, { "recall", N_("Will be recalled") },
    { "cancel", N_("Will be canceled") }, { "close", N_("Will be closed") },
    { "reopen", N_("Will be reopened") }, { "approve", N_("Will be approved") },
    { "sendback", N_("Will be sent back") },
  };

  g_return_val_if_fail (TR_IS_REQUEST_ITEM (self), NULL);

  if (self->pending_action == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (g_strcmp0 (texts[i].action, self->pending_action) == 0)
      return _(texts[i].text);
  return _("Waiting to be sent");
}

void
tr_request_item_set_pending_action (TrRequestItem *self,
                                    const char    *action)
{
  g_return_if_fail (TR_IS_REQUEST_ITEM (self));

  if (action != NULL && *action == '\0')
    action = NULL;
  if (g_strcmp0 (self->pending_action, action) == 0)
    return;

  g_free (self->pending_action);
  self->pending_action = g_strdup (action);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING_ACTION]);
}

gboolean
tr_request_item_get_to_approve (TrRequestItem *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_ITEM (self), FALSE);

  return self->to_approve;
}

void
tr_request_item_set_to_approve (TrRequestItem *self,
                                gboolean       to_approve)
{
  g_return_if_fail (TR_IS_REQUEST_ITEM (self));

  to_approve = !!to_approve;
  if (self->to_approve == to_approve)
    return;

  self->to_approve = to_approve;
  self->serial++;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TO_APPROVE]);
}

/**
 * tr_request_item_get_search_key:
 * @self: a #TrRequestItem
 *
 * Returns: the folded name, purpose, destination and request id, one per
 *   line, for tr_request_filter_match() (see tr_request_item_fold_text())
 */
const char *
tr_request_item_get_search_key (TrRequestItem *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_ITEM (self), "");

  if (self->search_key != NULL)
    return self->search_key;
  return self->row != NULL && self->row->search_text != NULL ? self->row->search_text : "";
}

/**
 * tr_request_item_get_local_id:
 * @self: a #TrRequestItem
 *
 * Returns: the request's id in the offline cache, 0 when not cached
 */
gint64
tr_request_item_get_local_id (TrRequestItem *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_ITEM (self), 0);

  return self->local_id;
}

void
tr_request_item_set_local_id (TrRequestItem *self,
                              gint64         local_id)
{
  g_return_if_fail (TR_IS_REQUEST_ITEM (self));
  g_return_if_fail (local_id >= 0);

  self->local_id = local_id;
}

/**
 * tr_request_item_dup_key:
 * @self: a #TrRequestItem
 *
 * Returns: (transfer full) (nullable): what identifies the request across
 *   reloads: its cache id when cached, else its server id
 */
char *
tr_request_item_dup_key (TrRequestItem *self)
{
  const char *id;

  g_return_val_if_fail (TR_IS_REQUEST_ITEM (self), NULL);

  if (self->local_id > 0)
    return g_strdup_printf ("local:%" G_GINT64_FORMAT, self->local_id);
  id = tr_request_item_get_server_id (self);
  return id != NULL ? g_strdup (id) : NULL;
}

/**
 * tr_request_item_get_serial:
 * @self: a #TrRequestItem
 *
 * Returns: a number that changes whenever what the list filters and sorts
 *   on does (search text, status, dates, id, name, sync state, to
 *   approve): an item whose serial did not change since it was listed is
 *   still at the same place in any view
 */
guint
tr_request_item_get_serial (TrRequestItem *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_ITEM (self), 0);

  return self->serial;
}

/* Light fields: what the sorter and the filter read, without building the
 * request of a cached item. */

/**
 * tr_request_item_get_name:
 * @self: a #TrRequestItem
 *
 * Returns: (nullable): the request's name
 */
const char *
tr_request_item_get_name (TrRequestItem *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_ITEM (self), NULL);

  if (self->row != NULL)
    return self->row->name;
  return self->request != NULL ? tr_request_get_name (self->request) : NULL;
}

/**
 * tr_request_item_get_request_key:
 * @self: a #TrRequestItem
 *
 * Returns: (nullable): the public `requestId`, such as `333T`
 */
const char *
tr_request_item_get_request_key (TrRequestItem *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_ITEM (self), NULL);

  if (self->row != NULL)
    return self->row->request_key;
  return self->request != NULL ? tr_request_get_request_id (self->request) : NULL;
}

/**
 * tr_request_item_get_server_id:
 * @self: a #TrRequestItem
 *
 * Returns: (nullable): Concur's `id`, %NULL for a request never uploaded
 */
const char *
tr_request_item_get_server_id (TrRequestItem *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_ITEM (self), NULL);

  if (self->row != NULL)
    return self->row->server_id;
  return self->request != NULL ? tr_request_get_id (self->request) : NULL;
}

/**
 * tr_request_item_get_start_julian:
 * @self: a #TrRequestItem
 *
 * Returns: the start date as a Julian day, 0 when the request has none
 */
guint
tr_request_item_get_start_julian (TrRequestItem *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_ITEM (self), 0);

  return self->start_julian;
}

TrApprovalStatusKind
tr_request_item_get_status_kind (TrRequestItem *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_ITEM (self), TR_APPROVAL_STATUS_KIND_UNKNOWN);

  return self->status_kind;
}

gboolean
tr_request_item_get_closed (TrRequestItem *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_ITEM (self), FALSE);

  return self->closed;
}

/**
 * tr_request_item_get_shown:
 * @self: a #TrRequestItem
 *
 * Returns: whether the item holds a request or a cached row to show
 */
gboolean
tr_request_item_get_shown (TrRequestItem *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_ITEM (self), FALSE);

  return self->request != NULL || self->row != NULL;
}
