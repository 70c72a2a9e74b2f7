/* tr-request-filter.c
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

#define G_LOG_DOMAIN "tr-request-filter"

#include <string.h>

#include "tr-request-filter.h"

/* Keeps the requests of one sidebar folder whose name, purpose, destination
 * or request id contain every word of the search text. */
struct _TrRequestFilter
{
  GtkFilter         parent_instance;

  TrRequestFolder   folder;
  char             *search_text;
  char            **words;
};

G_DEFINE_FINAL_TYPE (TrRequestFilter, tr_request_filter, GTK_TYPE_FILTER)

G_DEFINE_ENUM_TYPE (TrRequestFolder, tr_request_folder,
  G_DEFINE_ENUM_VALUE (TR_REQUEST_FOLDER_ALL, "all"),
  G_DEFINE_ENUM_VALUE (TR_REQUEST_FOLDER_ACTIVE, "active"),
  G_DEFINE_ENUM_VALUE (TR_REQUEST_FOLDER_DRAFTS, "drafts"),
  G_DEFINE_ENUM_VALUE (TR_REQUEST_FOLDER_PENDING, "pending"),
  G_DEFINE_ENUM_VALUE (TR_REQUEST_FOLDER_APPROVED, "approved"),
  G_DEFINE_ENUM_VALUE (TR_REQUEST_FOLDER_CLOSED, "closed"),
  G_DEFINE_ENUM_VALUE (TR_REQUEST_FOLDER_TO_APPROVE, "to-approve"))

enum {
  PROP_0,
  PROP_FOLDER,
  PROP_SEARCH_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_draft (TrRequestItem        *item,
          TrApprovalStatusKind  kind)
{
  return kind == TR_APPROVAL_STATUS_KIND_NOT_SUBMITTED ||
         kind == TR_APPROVAL_STATUS_KIND_SENT_BACK ||
         tr_request_item_get_sync (item) == TR_REQUEST_SYNC_LOCAL_ONLY;
}

static gboolean
is_canceled_or_closed (TrRequestItem        *item,
                       TrApprovalStatusKind  kind)
{
  return kind == TR_APPROVAL_STATUS_KIND_CANCELED || tr_request_item_get_closed (item);
}

/**
 * tr_request_folder_contains:
 * @folder: a folder of the sidebar
 * @item: a request
 *
 * Reads the item's light fields only: a cached item's request is not
 * built to filter the list.
 *
 * Returns: whether @folder lists @item
 */
gboolean
tr_request_folder_contains (TrRequestFolder  folder,
                            TrRequestItem   *item)
{
  TrApprovalStatusKind kind;

  if (!tr_request_item_get_shown (item))
    return FALSE;
  if (folder == TR_REQUEST_FOLDER_TO_APPROVE)
    return tr_request_item_get_to_approve (item);
  if (tr_request_item_get_to_approve (item))
    return FALSE;

  kind = tr_request_item_get_status_kind (item);
  switch (folder)
    {
    case TR_REQUEST_FOLDER_ALL:
      return TRUE;
    case TR_REQUEST_FOLDER_ACTIVE:
      return !is_canceled_or_closed (item, kind);
    case TR_REQUEST_FOLDER_DRAFTS:
      return is_draft (item, kind) && !is_canceled_or_closed (item, kind);
    case TR_REQUEST_FOLDER_PENDING:
      return kind == TR_APPROVAL_STATUS_KIND_SUBMITTED && !tr_request_item_get_closed (item);
    case TR_REQUEST_FOLDER_APPROVED:
      return (kind == TR_APPROVAL_STATUS_KIND_APPROVED ||
              kind == TR_APPROVAL_STATUS_KIND_PENDING_BOOKING) &&
             !tr_request_item_get_closed (item);
    case TR_REQUEST_FOLDER_CLOSED:
      return is_canceled_or_closed (item, kind);
    case TR_REQUEST_FOLDER_TO_APPROVE:
    default:
      return FALSE;
    }
}

static gboolean
tr_request_filter_match (GtkFilter *filter,
                         gpointer   object)
{
  TrRequestFilter *self = TR_REQUEST_FILTER (filter);
  TrRequestItem *item = object;
  const char *key;

  if (!TR_IS_REQUEST_ITEM (item) || !tr_request_folder_contains (self->folder, item))
    return FALSE;

  key = tr_request_item_get_search_key (item);
  for (guint i = 0; self->words != NULL && self->words[i] != NULL; i++)
    if (strstr (key, self->words[i]) == NULL)
      return FALSE;

  return TRUE;
}

static GtkFilterMatch
tr_request_filter_get_strictness (GtkFilter *filter)
{
  return GTK_FILTER_MATCH_SOME;
}

static void
tr_request_filter_finalize (GObject *object)
{
  TrRequestFilter *self = TR_REQUEST_FILTER (object);

  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->words, g_strfreev);

  G_OBJECT_CLASS (tr_request_filter_parent_class)->finalize (object);
}

static void
tr_request_filter_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TrRequestFilter *self = TR_REQUEST_FILTER (object);

  switch (prop_id)
    {
    case PROP_FOLDER:
      g_value_set_enum (value, self->folder);
      break;
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_request_filter_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TrRequestFilter *self = TR_REQUEST_FILTER (object);

  switch (prop_id)
    {
    case PROP_FOLDER:
      tr_request_filter_set_folder (self, g_value_get_enum (value));
      break;
    case PROP_SEARCH_TEXT:
      tr_request_filter_set_search_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_request_filter_class_init (TrRequestFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->finalize = tr_request_filter_finalize;
  object_class->get_property = tr_request_filter_get_property;
  object_class->set_property = tr_request_filter_set_property;
  filter_class->match = tr_request_filter_match;
  filter_class->get_strictness = tr_request_filter_get_strictness;

  properties[PROP_FOLDER] =
    g_param_spec_enum ("folder", NULL, NULL, TR_TYPE_REQUEST_FOLDER, TR_REQUEST_FOLDER_ALL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tr_request_filter_init (TrRequestFilter *self)
{
  self->folder = TR_REQUEST_FOLDER_ALL;
}

TrRequestFilter *
tr_request_filter_new (void)
{
  return g_object_new (TR_TYPE_REQUEST_FILTER, NULL);
}

TrRequestFolder
tr_request_filter_get_folder (TrRequestFilter *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_FILTER (self), TR_REQUEST_FOLDER_ALL);

  return self->folder;
}

void
tr_request_filter_set_folder (TrRequestFilter *self,
                              TrRequestFolder  folder)
{
  g_return_if_fail (TR_IS_REQUEST_FILTER (self));
  g_return_if_fail (folder <= TR_REQUEST_FOLDER_TO_APPROVE);

  if (self->folder == folder)
    return;

  self->folder = folder;
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDER]);
}

const char *
tr_request_filter_get_search_text (TrRequestFilter *self)
{
  g_return_val_if_fail (TR_IS_REQUEST_FILTER (self), NULL);

  return self->search_text;
}

static char **
split_words (const char *text)
{
  g_autofree char *folded = tr_request_item_fold_text (text);
  g_auto(GStrv) parts = g_strsplit_set (folded, " \t\n", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_strv_builder_add (builder, parts[i]);

  return g_strv_builder_end (builder);
}

/**
 * tr_request_filter_set_search_text:
 * @self: a #TrRequestFilter
 * @text: (nullable): words that must all appear (case and accents ignored)
 *   in the name, business purpose, destination or request id
 */
void
tr_request_filter_set_search_text (TrRequestFilter *self,
                                   const char      *text)
{
  g_auto(GStrv) words = NULL;
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  g_return_if_fail (TR_IS_REQUEST_FILTER (self));

  if (text != NULL && *text == '\0')
    text = NULL;
  if (g_strcmp0 (self->search_text, text) == 0)
    return;

  if (self->search_text != NULL && text != NULL && g_str_has_prefix (text, self->search_text) &&
      strpbrk (text + strlen (self->search_text), " \t\n") == NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (text == NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  words = text != NULL ? split_words (text) : NULL;
  g_free (self->search_text);
  self->search_text = g_strdup (text);
  g_strfreev (self->words);
  self->words = g_steal_pointer (&words);
  gtk_filter_changed (GTK_FILTER (self), change);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
}
