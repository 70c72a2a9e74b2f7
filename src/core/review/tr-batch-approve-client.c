/* tr-batch-approve-client.c
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

#include "tr-batch-approve.h"

/* The steps of a batch against the Request v4 API: GET the request, then
 * POST …/approve. */

typedef struct
{
  TrClient *client;
  char     *user_id;
} ClientSteps;

static void
client_steps_free (gpointer data)
{
  ClientSteps *steps = data;

  g_clear_object (&steps->client);
  g_free (steps->user_id);
  g_free (steps);
}

static void
on_fetched_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) step = user_data;
  g_autoptr(GError) error = NULL;
  TrRequest *request = tr_client_get_request_finish (TR_CLIENT (source), result, &error);

  if (request == NULL)
    g_task_return_error (step, g_steal_pointer (&error));
  else
    g_task_return_pointer (step, request, g_object_unref);
}

static void
fetch_step (TrRequest    *request,
            GCancellable *cancellable,
            GTask        *task,
            gpointer      user_data)
{
  ClientSteps *steps = user_data;

  tr_client_get_request_async (steps->client, tr_request_get_id (request), steps->user_id,
                               cancellable, on_fetched_cb, g_object_ref (task));
}

static void
on_action_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) step = user_data;
  g_autoptr(GError) error = NULL;
  TrRequest *request = tr_client_run_workflow_action_finish (TR_CLIENT (source), result, &error);

  if (request == NULL)
    g_task_return_error (step, g_steal_pointer (&error));
  else
    g_task_return_pointer (step, request, g_object_unref);
}

static void
approve_step (TrRequest    *request,
              GCancellable *cancellable,
              GTask        *task,
              gpointer      user_data)
{
  ClientSteps *steps = user_data;

  tr_client_run_workflow_action_async (steps->client, tr_request_get_id (request),
                                       TR_WORKFLOW_ACTION_APPROVE, NULL, steps->user_id,
                                       cancellable, on_action_cb, g_object_ref (task));
}

/**
 * tr_batch_approve_new_for_client:
 * @client: a signed-in client of the approver
 * @user_id: (nullable): the approver's id, for company tokens
 *
 * A batch that re-reads each request from the server and approves it
 * there (without a comment).
 *
 * Returns: (transfer full): an empty batch
 */
TrBatchApprove *
tr_batch_approve_new_for_client (TrClient   *client,
                                 const char *user_id)
{
  ClientSteps *steps;

  g_return_val_if_fail (TR_IS_CLIENT (client), NULL);

  steps = g_new0 (ClientSteps, 1);
  steps->client = g_object_ref (client);
  steps->user_id = g_strdup (user_id);
  return tr_batch_approve_new (fetch_step, approve_step, steps, client_steps_free);
}
