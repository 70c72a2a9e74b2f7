/* tr-account-private.h
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

#pragma once

#include "tr-account.h"
#include "tr-request-item.h"
#include "tr-store.h"
#include "tr-sync.h"

G_BEGIN_DECLS

#define OWN_REQUESTS_PATH "requests?view=ALL&limit=100"
#define TO_APPROVE_PATH   "requests?view=TOAPPROVE&limit=100"

struct _TrAccount
{
  GObject       parent_instance;

  TrAuthorizer *authorizer;
  TrClient     *client;
  char         *display_name;
  char         *client_secret;
  GListStore   *requests;
  guint         to_approve_count;
  gboolean      online;
  gboolean      syncing;
  gboolean      loaded;
  double        progress;

  /* The offline cache, once tr_account_open_cache_async() opened it. */
  TrStore      *store;
  TrSync       *sync;
  JsonArray    *to_approve;
  guint         reload_id;

  /* The serial of each listed item when it was last spliced in. */
  GHashTable   *listed;

  /* The keys of requests hidden while their deletion can be undone. */
  GHashTable   *hidden;

  /* A fixed key (the demo's), instead of user-id@base-url. */
  char         *key;
  /* Waiting for tr_account_attach(): the cache is listed, nothing more. */
  gboolean      detached;
  /* The cache was listed once, before the first sync of this session. */
  gboolean      cache_listed;
  /* The listing read ahead while the cache opens, and a refresh waiting
   * for it (tr-account-cache.c). */
  GPtrArray    *read_ahead;
  gboolean      reading_ahead;
  GTask        *waiting_refresh;
};

GHashTable    *tr_account_index_items     (TrAccount   *self);
TrRequestItem *tr_account_reuse_item      (GHashTable  *old_items,
                                           const char  *key,
                                           TrRequest   *request);
TrRequestItem *tr_account_reuse_row_item  (GHashTable  *old_items,
                                           const char  *key,
                                           TrStoreRequestRow *row);
void           tr_account_add_json_items  (GHashTable  *old_items,
                                           GPtrArray   *items,
                                           JsonArray   *array,
                                           gboolean     to_approve);
void           tr_account_splice          (TrAccount   *self,
                                           GPtrArray   *items,
                                           guint        n_to_approve);
void           tr_account_set_progress    (TrAccount   *self,
                                           double       progress);
void           tr_account_listed          (TrAccount   *self,
                                           guint        n_to_approve);
void           tr_account_finish_refresh  (GTask       *task,
                                           GError      *error);
void           tr_account_set_syncing     (TrAccount   *self,
                                           gboolean     syncing);
void           tr_account_cache_refresh   (TrAccount   *self,
                                           GTask       *task);
void           tr_account_cache_dispose   (TrAccount   *self);
void           tr_account_cache_attach    (TrAccount   *self);
void           tr_account_notify_cached   (TrAccount   *self);
gboolean       tr_account_is_hidden       (TrAccount   *self,
                                           gpointer     item);

G_END_DECLS
