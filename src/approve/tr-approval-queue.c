/* tr-approval-queue.c
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

#include "tr-approval-queue-private.h"
#include "tr-request-format.h"

/* TrApprovalQueue: the "To approve" list and the review page, for
 * keyboard-first review. Up/Down or J/K move through the queue (the
 * request opens at once), Ctrl+Return approves, Ctrl+B sends back, and
 * after a decision the next request opens. Several requests can be
 * selected and approved at once; each gets its result in its row, and
 * those that were not approved stay selected with the reason. */

G_DEFINE_FINAL_TYPE (TrApprovalQueue, tr_approval_queue, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_N_REQUESTS,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
guint tr_approval_queue_signals[TR_APPROVAL_QUEUE_N_SIGNALS];

static void
update_count (TrApprovalQueue *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->requests));
  g_autofree char *text = NULL;

  if (n == 0)
    text = g_strdup (_("Nothing to approve"));
  else
    /* Translators: %u is how many requests wait for your approval */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u request to approve", "%u requests to approve", n), n);
  gtk_label_set_label (self->count_label, text);
}

static void
on_items_changed_cb (GListModel      *model,
                     guint            position,
                     guint            removed,
                     guint            added,
                     TrApprovalQueue *self)
{
  update_count (self);
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_REQUESTS]);
}

static void
on_selection_changed_cb (GtkSelectionModel *model,
                         guint              position,
                         guint              n_items,
                         TrApprovalQueue   *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (model);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "queue.approve-selected",
                                 !gtk_bitset_is_empty (selected) && self->client != NULL);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *message = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_label_set_xalign (GTK_LABEL (message), 0);
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_widget_add_css_class (message, "caption");
  gtk_widget_add_css_class (message, "error");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_box_append (GTK_BOX (box), message);
  gtk_list_item_set_child (item, box);
}

static char *
row_subtitle (TrRequest *request)
{
  g_autofree char *who = tr_format_employee (tr_request_get_owner (request));
  g_autofree char *when = tr_request_get_start_date (request) ? tr_format_date (tr_request_get_start_date (request)) : NULL;

  if (who && *who && when)
    return g_strdup_printf (_("%s · %s"), who, when);
  return g_strdup (who && *who ? who : (when ? when : ""));
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             TrApprovalQueue          *self)
{
  TrRequest *request = gtk_list_item_get_item (item);
  GtkWidget *title = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  GtkWidget *message = gtk_widget_get_next_sibling (subtitle);
  const char *name = tr_request_get_name (request);
  const char *text = tr_approval_queue_get_message (self, tr_request_get_id (request));
  gboolean waiting = text == NULL && tr_approval_queue_is_waiting (self, tr_request_get_id (request));
  g_autofree char *sub = row_subtitle (request);

  if (waiting)
    text = _("Waiting to be sent");
  gtk_label_set_label (GTK_LABEL (title), name && *name ? name : _("Untitled request"));
  gtk_label_set_label (GTK_LABEL (subtitle), sub);
  gtk_label_set_label (GTK_LABEL (message), text ? text : "");
  gtk_widget_set_visible (message, text != NULL);
  if (waiting)
    gtk_widget_remove_css_class (message, "error");
  else
    gtk_widget_add_css_class (message, "error");
  gtk_widget_set_opacity (message, waiting ? 0.7 : 1.0);
}

static void
on_activate_cb (GtkListView     *list_view,
                guint            position,
                TrApprovalQueue *self)
{
  tr_approval_queue_open (self, position);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_decided_cb (TrReviewView    *view,
               const char      *rel,
               const char      *comment,
               TrApprovalQueue *self)
{
  tr_approval_queue_decide (self, rel, comment);
}

static void
move_cb (GtkWidget  *widget,
         const char *action,
         GVariant   *parameter)
{
  tr_approval_queue_move (TR_APPROVAL_QUEUE (widget), g_variant_get_int32 (parameter));
}

static void
approve_cb (GtkWidget  *widget,
            const char *action,
            GVariant   *parameter)
{
  TrReviewView *view = TR_APPROVAL_QUEUE (widget)->review_view;

  if (view != NULL)
    tr_review_view_approve (view);
}

static void
send_back_cb (GtkWidget  *widget,
              const char *action,
              GVariant   *parameter)
{
  TrReviewView *view = TR_APPROVAL_QUEUE (widget)->review_view;

  if (view != NULL)
    tr_review_view_send_back (view);
}

static void
approve_selected_cb (GtkWidget  *widget,
                     const char *action,
                     GVariant   *parameter)
{
  tr_approval_queue_approve_selected (TR_APPROVAL_QUEUE (widget));
}

static void
add_shortcut (GtkShortcutController *controller,
              const char            *trigger,
              const char            *action,
              GVariant              *args)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_shortcut_trigger_parse_string (trigger),
                                            gtk_named_action_new (action));

  if (args != NULL)
    gtk_shortcut_set_arguments (shortcut, args);
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

/* Capture phase: the list view would otherwise take Up/Down for itself. */
static void
add_shortcuts (TrApprovalQueue *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  add_shortcut (shortcuts, "Down", "queue.move", g_variant_new_int32 (1));
  add_shortcut (shortcuts, "j", "queue.move", g_variant_new_int32 (1));
  add_shortcut (shortcuts, "Up", "queue.move", g_variant_new_int32 (-1));
  add_shortcut (shortcuts, "k", "queue.move", g_variant_new_int32 (-1));
  add_shortcut (shortcuts, "<Control>Return", "queue.approve", NULL);
  add_shortcut (shortcuts, "<Control>KP_Enter", "queue.approve", NULL);
  add_shortcut (shortcuts, "<Control>b", "queue.send-back", NULL);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
tr_approval_queue_dispose (GObject *object)
{
  TrApprovalQueue *self = TR_APPROVAL_QUEUE (object);

  g_cancellable_cancel (self->cancellable);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, tr_approval_queue_check_outbox, self);
  tr_approval_queue_outbox_clear (self);
  /* The bin's child is a bound template child: unparent it through the
   * bin, so that both do not unparent it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TR_TYPE_APPROVAL_QUEUE);
  g_clear_object (&self->selection);
  g_clear_object (&self->requests);
  g_clear_object (&self->client);
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->user_id, g_free);
  g_clear_pointer (&self->seen, g_hash_table_unref);
  g_clear_pointer (&self->messages, g_hash_table_unref);

  G_OBJECT_CLASS (tr_approval_queue_parent_class)->dispose (object);
}

static void
tr_approval_queue_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TrApprovalQueue *self = TR_APPROVAL_QUEUE (object);

  switch (prop_id)
    {
    case PROP_N_REQUESTS:
      g_value_set_uint (value, tr_approval_queue_get_n_requests (self));
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy > 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "queue.move", "i", move_cb);
  gtk_widget_class_install_action (widget_class, "queue.approve", NULL, approve_cb);
  gtk_widget_class_install_action (widget_class, "queue.send-back", NULL, send_back_cb);
  gtk_widget_class_install_action (widget_class, "queue.approve-selected", NULL, approve_selected_cb);
}

static void
tr_approval_queue_class_init (TrApprovalQueueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tr_approval_queue_dispose;
  object_class->get_property = tr_approval_queue_get_property;

  properties[PROP_N_REQUESTS] =
    g_param_spec_uint ("n-requests", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TrApprovalQueue::request-opened:
   * @self: the queue
   * @request: the request now shown
   */
  tr_approval_queue_signals[TR_APPROVAL_QUEUE_SIGNAL_REQUEST_OPENED] =
    g_signal_new ("request-opened", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, TR_TYPE_REQUEST);
  /**
   * TrApprovalQueue::decision-finished:
   * @self: the queue
   * @request_id: the request
   * @rel: "approve" or "sendback"
   * @success: whether the server took the decision
   * @message: (nullable): the result, the server's message on failure
   */
  tr_approval_queue_signals[TR_APPROVAL_QUEUE_SIGNAL_DECISION_FINISHED] =
    g_signal_new ("decision-finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 4, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_BOOLEAN, G_TYPE_STRING);

  install_actions (widget_class);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/travelrequests/TravelRequests/approve/tr-approval-queue.ui");
  gtk_widget_class_bind_template_child (widget_class, TrApprovalQueue, leaflet);
  gtk_widget_class_bind_template_child (widget_class, TrApprovalQueue, count_label);
  gtk_widget_class_bind_template_child (widget_class, TrApprovalQueue, status_label);
  gtk_widget_class_bind_template_child (widget_class, TrApprovalQueue, list_view);
  gtk_widget_class_bind_template_child (widget_class, TrApprovalQueue, review_bin);
}

static void
tr_approval_queue_init (TrApprovalQueue *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->current = GTK_INVALID_LIST_POSITION;
  self->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->messages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->requests = g_list_store_new (TR_TYPE_REQUEST);
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (g_object_ref (self->requests)));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->requests, "items-changed", G_CALLBACK (on_items_changed_cb), self, 0);
  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (on_selection_changed_cb), self, 0);
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (on_activate_cb), self, 0);
  add_shortcuts (self);
  update_count (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "queue.approve-selected", FALSE);
}

GtkWidget *
tr_approval_queue_new (void)
{
  return g_object_new (TR_TYPE_APPROVAL_QUEUE, NULL);
}

TrClient *
tr_approval_queue_get_client (TrApprovalQueue *self)
{
  g_return_val_if_fail (TR_IS_APPROVAL_QUEUE (self), NULL);

  return self->client;
}

/**
 * tr_approval_queue_set_client:
 * @self: a queue
 * @client: (nullable): the approver's client; without one, the queue
 *   shows what it is given and cannot send decisions
 * @user_id: (nullable): the approver's id, for company tokens
 */
void
tr_approval_queue_set_client (TrApprovalQueue *self,
                              TrClient        *client,
                              const char      *user_id)
{
  g_return_if_fail (TR_IS_APPROVAL_QUEUE (self));
  g_return_if_fail (client == NULL || TR_IS_CLIENT (client));

  g_set_object (&self->client, client);
  g_free (self->user_id);
  self->user_id = g_strdup (user_id);
  on_selection_changed_cb (GTK_SELECTION_MODEL (self->selection), 0, 0, self);
}

TrStore *
tr_approval_queue_get_store (TrApprovalQueue *self)
{
  g_return_val_if_fail (TR_IS_APPROVAL_QUEUE (self), NULL);

  return self->store;
}

/**
 * tr_approval_queue_set_store:
 * @self: a queue
 * @store: (nullable): where the versions the approver saw are kept
 */
void
tr_approval_queue_set_store (TrApprovalQueue *self,
                             TrStore         *store)
{
  g_return_if_fail (TR_IS_APPROVAL_QUEUE (self));
  g_return_if_fail (store == NULL || TR_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, tr_approval_queue_check_outbox, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (tr_approval_queue_check_outbox), self,
                             G_CONNECT_SWAPPED);
}

GListModel *
tr_approval_queue_get_model (TrApprovalQueue *self)
{
  g_return_val_if_fail (TR_IS_APPROVAL_QUEUE (self), NULL);

  return G_LIST_MODEL (self->requests);
}

GtkSelectionModel *
tr_approval_queue_get_selection (TrApprovalQueue *self)
{
  g_return_val_if_fail (TR_IS_APPROVAL_QUEUE (self), NULL);

  return GTK_SELECTION_MODEL (self->selection);
}

/* The review page is built when a request is first opened: a window
 * whose user approves nothing never builds it (startup, issue 9). */
TrReviewView *
tr_approval_queue_ensure_review_view (TrApprovalQueue *self)
{
  if (self->review_view == NULL)
    {
      self->review_view = TR_REVIEW_VIEW (tr_review_view_new ());
      g_signal_connect_object (self->review_view, "decided", G_CALLBACK (on_decided_cb), self, 0);
      adw_bin_set_child (self->review_bin, GTK_WIDGET (self->review_view));
    }
  return self->review_view;
}

TrReviewView *
tr_approval_queue_get_review_view (TrApprovalQueue *self)
{
  g_return_val_if_fail (TR_IS_APPROVAL_QUEUE (self), NULL);

  return tr_approval_queue_ensure_review_view (self);
}

guint
tr_approval_queue_get_n_requests (TrApprovalQueue *self)
{
  g_return_val_if_fail (TR_IS_APPROVAL_QUEUE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->requests));
}

gboolean
tr_approval_queue_get_busy (TrApprovalQueue *self)
{
  g_return_val_if_fail (TR_IS_APPROVAL_QUEUE (self), FALSE);

  return self->busy > 0;
}

/* Whether results may still be shown: not disposed, nor being disposed. */
gboolean
tr_approval_queue_is_alive (TrApprovalQueue *self)
{
  return self->cancellable != NULL && !g_cancellable_is_cancelled (self->cancellable);
}

void
tr_approval_queue_busy_changed (TrApprovalQueue *self,
                                int              delta)
{
  gboolean was_busy = self->busy > 0;

  self->busy = (guint) MAX (0, (int) self->busy + delta);
  if (was_busy != (self->busy > 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/**
 * tr_approval_queue_set_requests:
 * @self: a queue
 * @requests: (nullable): the requests waiting for the approver (#TrRequest)
 *
 * Replaces the list; the open request stays open when it is still there.
 */
void
tr_approval_queue_set_requests (TrApprovalQueue *self,
                                GListModel      *requests)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  TrRequest *current;
  g_autofree char *current_id = NULL;
  guint n = requests ? g_list_model_get_n_items (requests) : 0;

  g_return_if_fail (TR_IS_APPROVAL_QUEUE (self));

  current = tr_approval_queue_get_current (self);
  current_id = current ? g_strdup (tr_request_get_id (current)) : NULL;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (requests, i);

      if (TR_IS_REQUEST (item))
        g_ptr_array_add (items, g_steal_pointer (&item));
    }
  g_list_store_splice (self->requests, 0, g_list_model_get_n_items (G_LIST_MODEL (self->requests)),
                       items->pdata, items->len);
  self->current = current_id ? tr_approval_queue_find (self, current_id) : GTK_INVALID_LIST_POSITION;
  if (self->current == GTK_INVALID_LIST_POSITION && items->len > 0)
    tr_approval_queue_open (self, 0);
}

guint
tr_approval_queue_find (TrApprovalQueue *self,
                        const char      *request_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->requests));

  for (guint i = 0; request_id != NULL && i < n; i++)
    {
      g_autoptr(TrRequest) request = g_list_model_get_item (G_LIST_MODEL (self->requests), i);

      if (g_strcmp0 (tr_request_get_id (request), request_id) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/**
 * tr_approval_queue_get_current:
 * @self: a queue
 *
 * Returns: (transfer none) (nullable): the open request
 */
TrRequest *
tr_approval_queue_get_current (TrApprovalQueue *self)
{
  g_autoptr(TrRequest) request = NULL;

  g_return_val_if_fail (TR_IS_APPROVAL_QUEUE (self), NULL);

  if (self->current == GTK_INVALID_LIST_POSITION)
    return NULL;
  request = g_list_model_get_item (G_LIST_MODEL (self->requests), self->current);
  return request;   /* the store keeps it alive */
}

/**
 * tr_approval_queue_open:
 * @self: a queue
 * @position: a position in the list
 *
 * Opens the request at @position on the review page, selects only it and
 * loads its details, comments, exceptions and the version last seen.
 *
 * Returns: whether there was a request at @position
 */
gboolean
tr_approval_queue_open (TrApprovalQueue *self,
                        guint            position)
{
  g_autoptr(TrRequest) request = NULL;

  g_return_val_if_fail (TR_IS_APPROVAL_QUEUE (self), FALSE);

  request = g_list_model_get_item (G_LIST_MODEL (self->requests), position);
  if (request == NULL)
    return FALSE;
  self->current = position;
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  tr_approval_queue_load_details (self, request);
  g_signal_emit (self, tr_approval_queue_signals[TR_APPROVAL_QUEUE_SIGNAL_REQUEST_OPENED], 0, request);
  return TRUE;
}

gboolean
tr_approval_queue_open_id (TrApprovalQueue *self,
                           const char      *request_id)
{
  g_return_val_if_fail (TR_IS_APPROVAL_QUEUE (self), FALSE);

  return tr_approval_queue_open (self, tr_approval_queue_find (self, request_id));
}

/**
 * tr_approval_queue_move:
 * @self: a queue
 * @delta: +1 for the next request, -1 for the previous one
 *
 * Returns: whether another request opened
 */
gboolean
tr_approval_queue_move (TrApprovalQueue *self,
                        int              delta)
{
  guint n;
  gint64 target;

  g_return_val_if_fail (TR_IS_APPROVAL_QUEUE (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->requests));
  if (n == 0)
    return FALSE;
  if (self->current == GTK_INVALID_LIST_POSITION)
    return tr_approval_queue_open (self, delta >= 0 ? 0 : n - 1);
  target = (gint64) self->current + delta;
  if (target < 0 || target >= n)
    return FALSE;
  return tr_approval_queue_open (self, (guint) target);
}

gboolean
tr_approval_queue_has_seen (TrApprovalQueue *self,
                            const char      *request_id)
{
  g_return_val_if_fail (TR_IS_APPROVAL_QUEUE (self), FALSE);

  return request_id != NULL && g_hash_table_contains (self->seen, request_id);
}

/**
 * tr_approval_queue_get_message:
 * @self: a queue
 * @request_id: a request
 *
 * Returns: (nullable): the message shown in the request's row (why the
 *   last decision on it failed)
 */
const char *
tr_approval_queue_get_message (TrApprovalQueue *self,
                               const char      *request_id)
{
  g_return_val_if_fail (TR_IS_APPROVAL_QUEUE (self), NULL);

  return request_id ? g_hash_table_lookup (self->messages, request_id) : NULL;
}

void
tr_approval_queue_set_message (TrApprovalQueue *self,
                               const char      *request_id,
                               const char      *message)
{
  guint position = tr_approval_queue_find (self, request_id);
  gboolean selected;

  if (message != NULL)
    g_hash_table_insert (self->messages, g_strdup (request_id), g_strdup (message));
  else
    g_hash_table_remove (self->messages, request_id);
  if (position == GTK_INVALID_LIST_POSITION)
    return;
  /* Rebind the row, keeping the selection. */
  selected = gtk_selection_model_is_selected (GTK_SELECTION_MODEL (self->selection), position);
  g_list_model_items_changed (G_LIST_MODEL (self->requests), position, 1, 1);
  if (selected)
    gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, FALSE);
}

void
tr_approval_queue_set_status (TrApprovalQueue *self,
                              const char      *text)
{
  gtk_label_set_label (self->status_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), text != NULL && *text != '\0');
}

void
tr_approval_queue_remove (TrApprovalQueue *self,
                          const char      *request_id)
{
  guint position = tr_approval_queue_find (self, request_id);

  if (position == GTK_INVALID_LIST_POSITION)
    return;
  g_hash_table_remove (self->messages, request_id);
  g_list_store_remove (self->requests, position);
  if (self->current == position)
    self->current = GTK_INVALID_LIST_POSITION;
  else if (self->current != GTK_INVALID_LIST_POSITION && self->current > position)
    self->current--;
}
