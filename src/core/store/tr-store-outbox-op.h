/* tr-store-outbox-op.h
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

#include <json-glib/json-glib.h>

#include "tr-store-types.h"

G_BEGIN_DECLS

/**
 * TrStoreOutboxOp:
 * @seq: the operation's place in the outbox (replay order)
 * @kind: create, update, delete or workflow action
 * @action: (nullable): the workflow action (`submit`, `recall`…)
 * @comment: (nullable): the action's comment (sendback)
 * @entity_kind: request or expected expense
 * @entity_local_id: the store's id of the object
 * @entity_server_id: (nullable): the object's server id, for the URL;
 *   %NULL for a create, filled in when the create is done
 * @parent_local_id: for an expense, its request's local id, else 0
 * @parent_server_id: (nullable): for an expense, its request's server id
 *   (rewritten when the request's create is done)
 * @payload: (nullable): the JSON body to send
 * @depends_on: the operation this one waits for, 0 for none
 * @attempts: how many times sending was started
 * @attempt_started_at: wall-clock time (µs since the epoch, UTC) the last
 *   attempt started, 0 if never; an attempt without an outcome may have
 *   reached the server, see TrSync's reconciliation rule
 * @state: queued or failed
 * @last_error: (nullable): the server's message of the last failure
 *
 * One pending operation of the outbox.
 */
typedef struct
{
  gint64             seq;
  TrStoreOpKind      kind;
  char              *action;
  char              *comment;
  TrStoreEntityKind  entity_kind;
  gint64             entity_local_id;
  char              *entity_server_id;
  gint64             parent_local_id;
  char              *parent_server_id;
  JsonNode          *payload;
  gint64             depends_on;
  guint              attempts;
  gint64             attempt_started_at;
  TrStoreOpState     state;
  char              *last_error;
} TrStoreOutboxOp;

#define TR_TYPE_STORE_OUTBOX_OP (tr_store_outbox_op_get_type ())

GType            tr_store_outbox_op_get_type (void) G_GNUC_CONST;
TrStoreOutboxOp *tr_store_outbox_op_new      (void);
TrStoreOutboxOp *tr_store_outbox_op_ref      (TrStoreOutboxOp *op);
void             tr_store_outbox_op_unref    (TrStoreOutboxOp *op);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrStoreOutboxOp, tr_store_outbox_op_unref)

G_END_DECLS
