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

/* One request as the list shows it: the request itself, whether it waits for
 * the user's approval, and its synchronisation badge. */
struct _TrRequestItem
{
  GObject        parent_instance;

  TrRequest     *request;
  TrRequestSync  sync;
  gboolean       to_approve;
  gint64         local_id;
  char          *search_key;
  char          *pending_action;
};

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
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *out;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return g_strdup ("");

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  folded = g_utf8_casefold (decomposed, -1);
  out = g_string_sized_new (strlen (folded));
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
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

static void
tr_request_item_finalize (GObject *object)
{
  TrRequestItem *self = TR_REQUEST_ITEM (object);

  g_clear_object (&self->request);
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
      g_value_set_object (value, self->request);
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

TrRequest *
tr_request_item_get_request (TrRequestItem *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_ITEM (self), NULL);

  return self->request;
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

  if (!g_set_object (&self->request, request))
    return;

  g_free (self->search_key);
  self->search_key = request != NULL ? build_search_key (request) : g_strdup ("");
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

  return self->search_key;
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
  g_return_val_if_fail (TR_IS_REQUEST_ITEM (self), NULL);

  if (self->local_id > 0)
    return g_strdup_printf ("local:%" G_GINT64_FORMAT, self->local_id);
  if (self->request != NULL && tr_request_get_id (self->request) != NULL)
    return g_strdup (tr_request_get_id (self->request));
  return NULL;
}

/**
 * tr_request_item_dup_signature:
 * @self: a #TrRequestItem
 *
 * Returns: (transfer full): what the list filters and sorts on (search
 *   text, status, dates, id, sync state, to approve): two items with the
 *   same signature are at the same place in any view
 */
char *
tr_request_item_dup_signature (TrRequestItem *self)
{
  TrRequest *request;
  const GDate *start;
  const char *code = NULL;

  g_return_val_if_fail (TR_IS_REQUEST_ITEM (self), NULL);

  request = self->request;
  if (request == NULL)
    return g_strdup ("");
  start = tr_request_get_start_date (request);
  if (tr_request_get_approval_status (request) != NULL)
    code = tr_approval_status_get_code (tr_request_get_approval_status (request));
  return g_strdup_printf ("%s|%s|%d|%u|%d|%d|%s", self->search_key, code ?: "",
                          tr_request_get_closed (request),
                          start != NULL && g_date_valid (start) ? g_date_get_julian (start) : 0,
                          self->sync, self->to_approve,
                          tr_request_get_request_id (request) ?: "");
}
