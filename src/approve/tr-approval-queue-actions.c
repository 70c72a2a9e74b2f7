/* tr-approval-queue-actions.c
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

#define G_LOG_DOMAIN "tr-approve"

#include <glib/gi18n.h>

#include "tr-api-error.h"
#include "tr-approval-queue-private.h"
#include "tr-batch-approve.h"
#include "tr-client-expenses.h"
#include "tr-client-extras.h"

/* Talking to the server for the queue: loading a request's details,
 * remembering the version the approver saw, sending decisions and batch
 * approvals, and refreshing the list. Results of a load that a newer one
 * replaced are dropped (load_generation). */

typedef struct
{
  TrApprovalQueue *self;
  guint            generation;
  char            *id;
  guint            pending;
  gboolean         failed;
  TrRequest       *request;
  GListModel      *expenses;
} Load;

static void
load_free (Load *load)
{
  g_object_unref (load->self);
  g_free (load->id);
  g_clear_object (&load->request);
  g_clear_object (&load->expenses);
  g_free (load);
}

static gboolean
load_is_current (Load *load)
{
  return tr_approval_queue_is_alive (load->self) && load->self->load_generation == load->generation;
}

static char *
describe (const GError *error)
{
  if (error->domain == TR_API_ERROR)
    return tr_api_error_describe (error);
  return g_strdup (error->message);
}

/* The approver has seen this version once the request and its expenses
 * are shown. */
static void
remember_seen (Load *load)
{
  TrApprovalQueue *self = load->self;
  g_autoptr(TrReviewSnapshot) snapshot = NULL;

  if (load->failed || load->request == NULL)
    return;
  snapshot = tr_review_snapshot_new (load->request, load->expenses);
  g_hash_table_insert (self->seen, g_strdup (load->id), g_object_ref (snapshot));
  if (self->store != NULL)
    tr_review_snapshot_save_async (snapshot, self->store, self->cancellable, NULL, NULL);
}

/* Every step of a load ends here, the last one frees it; after the queue
 * was disposed nothing is shown and nothing more is fetched. */
static void
load_step_done (Load *load)
{
  if (load->pending > 0 && --load->pending > 0)
    return;
  if (load_is_current (load))
    remember_seen (load);
  tr_approval_queue_busy_changed (load->self, -1);
  load_free (load);
}

static void
load_failed (Load         *load,
             const GError *error)
{
  g_autofree char *text = NULL;

  load->failed = TRUE;
  if (!load_is_current (load) || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  text = describe (error);
  tr_approval_queue_set_status (load->self, text);
}

static void
on_request_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Load *load = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TrRequest) request = tr_client_get_request_finish (TR_CLIENT (source), result, &error);

  if (request == NULL)
    load_failed (load, error);
  else if (load_is_current (load))
    {
      g_set_object (&load->request, request);
      tr_review_view_set_request (load->self->review_view, request);
    }
  load_step_done (load);
}

static void
on_expenses_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Load *load = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) expenses = tr_client_list_expenses_finish (TR_CLIENT (source), result, &error);

  if (expenses == NULL)
    load_failed (load, error);
  else if (load_is_current (load))
    {
      g_set_object (&load->expenses, G_LIST_MODEL (expenses));
      tr_review_view_set_expenses (load->self->review_view, G_LIST_MODEL (expenses));
    }
  load_step_done (load);
}

static void
on_comments_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Load *load = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) comments = tr_client_list_comments_finish (TR_CLIENT (source), result, &error);

  if (comments == NULL)
    load_failed (load, error);
  else if (load_is_current (load))
    tr_review_view_set_comments (load->self->review_view, G_LIST_MODEL (comments));
  load_step_done (load);
}

static void
on_exceptions_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  Load *load = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) exceptions = tr_client_list_exceptions_finish (TR_CLIENT (source), result, &error);

  if (exceptions == NULL)
    load_failed (load, error);
  else if (load_is_current (load))
    tr_review_view_set_exceptions (load->self->review_view, G_LIST_MODEL (exceptions));
  load_step_done (load);
}

static void
fetch_details (Load *load)
{
  TrApprovalQueue *self = load->self;

  load->pending = 4;
  tr_client_get_request_async (self->client, load->id, self->user_id, self->cancellable, on_request_cb, load);
  tr_client_list_expenses_async (self->client, load->id, self->user_id, self->cancellable, on_expenses_cb, load);
  tr_client_list_comments_async (self->client, load->id, self->user_id, self->cancellable, on_comments_cb, load);
  tr_client_list_exceptions_async (self->client, load->id, self->user_id, self->cancellable,
                                   on_exceptions_cb, load);
}

static void
on_seen_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  Load *load = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TrReviewSnapshot) seen = tr_review_snapshot_load_finish (result, &error);

  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("No seen version of %s: %s", load->id, error->message);
  /* Disposed, replaced by a newer load or signed out meanwhile. */
  if (!load_is_current (load) || load->self->client == NULL)
    return load_step_done (load);
  if (seen != NULL)
    tr_review_view_set_seen (load->self->review_view, seen);
  fetch_details (load);
}

void
tr_approval_queue_load_details (TrApprovalQueue *self,
                                TrRequest       *summary)
{
  TrReviewSnapshot *seen = g_hash_table_lookup (self->seen, tr_request_get_id (summary));
  Load *load;

  tr_approval_queue_ensure_review_view (self);
  self->load_generation++;
  tr_approval_queue_set_status (self, NULL);
  tr_review_view_set_seen (self->review_view, seen);
  tr_review_view_set_request (self->review_view, summary);
  tr_review_view_set_expenses (self->review_view, NULL);
  tr_review_view_set_comments (self->review_view, NULL);
  tr_review_view_set_exceptions (self->review_view, NULL);
  if (self->client == NULL || tr_request_get_id (summary) == NULL)
    return;
  load = g_new0 (Load, 1);
  load->self = g_object_ref (self);
  load->generation = self->load_generation;
  load->id = g_strdup (tr_request_get_id (summary));
  tr_approval_queue_busy_changed (self, 1);
  if (seen == NULL && self->store != NULL)
    tr_review_snapshot_load_async (self->store, load->id, self->cancellable, on_seen_loaded_cb, load);
  else
    fetch_details (load);
}
