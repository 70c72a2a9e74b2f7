/* tr-client-private.h
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

#pragma once

#include "tr-client.h"

G_BEGIN_DECLS

/* Shared by the endpoint files (tr-client-requests.c, tr-client-expenses.c,
 * tr-client-extras.c) only: one helper builds resource paths, one sends a
 * call and turns its JSON answer into model objects. */

/**
 * TrClientReply:
 * @TR_CLIENT_REPLY_OBJECT: one resource of the call's type
 * @TR_CLIENT_REPLY_LIST: a #GListStore of the call's type, from a bare
 *   array or an object wrapping it in `data` (gaps document, 7)
 * @TR_CLIENT_REPLY_TRUE: the JSON literal `true` of a DELETE
 *
 * What an endpoint answers on success.
 */
typedef enum
{
  TR_CLIENT_REPLY_OBJECT,
  TR_CLIENT_REPLY_LIST,
  TR_CLIENT_REPLY_TRUE,
} TrClientReply;

/**
 * TrClientEndpoint:
 * @method: the HTTP method
 * @collection: the first path segment (`requests`, `expenses`, …)
 * @suffix: (nullable): what follows the id (`""`, `/comments`, …); %NULL
 *   for a call on the collection itself, without an id
 * @reply: the shape of the answer
 * @get_type: the type of the answer's resources (%NULL for %TR_CLIENT_REPLY_TRUE)
 *
 * One endpoint: `{method} {collection}/{id}{suffix}`, or
 * `{method} {collection}` when @suffix is %NULL.
 */
typedef struct
{
  const char     *method;
  const char     *collection;
  const char     *suffix;
  TrClientReply   reply;
  GType         (*get_type) (void);
} TrClientEndpoint;

char     *_tr_client_build_path       (const char           *collection,
                                       const char           *id,
                                       const char           *suffix,
                                       const char           *user_id,
                                       GError              **error);
char     *_tr_client_add_user_id      (const char           *path,
                                       const char           *user_id);
void      _tr_client_call_async       (TrClient             *self,
                                       gpointer              source_tag,
                                       const char           *method,
                                       char                 *path,
                                       GError               *path_error,
                                       JsonNode             *body,
                                       TrClientReply         reply,
                                       GType                 type,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
void      _tr_client_endpoint_async   (TrClient               *self,
                                       gpointer                source_tag,
                                       const TrClientEndpoint *endpoint,
                                       const char             *id,
                                       const char             *user_id,
                                       JsonNode               *body,
                                       GCancellable           *cancellable,
                                       GAsyncReadyCallback     callback,
                                       gpointer                user_data);
gpointer  _tr_client_call_finish      (TrClient             *self,
                                       GAsyncResult         *result,
                                       gpointer              source_tag,
                                       GError              **error);
gboolean  _tr_client_call_finish_true (TrClient             *self,
                                       GAsyncResult         *result,
                                       gpointer              source_tag,
                                       GError              **error);

G_END_DECLS
