/* tr-conflict-view.c
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

#define G_LOG_DOMAIN "TrConflictView"

#include <glib/gi18n.h>

#include "tr-conflict-view.h"
#include "tr-request-style.h"
#include "tr-request-validation.h"

/* The conflict page: the request was changed here and on the server.
 * For each field that differs it shows both values; the user chooses one
 * per field and applies the merged request. */
struct _TrConflictView
{
  AdwBin      parent_instance;

  GtkBox     *fields_box;
  GtkButton  *apply_button;

  JsonNode   *local;
  JsonNode   *server;
  char      **members;
  GHashTable *choices;
  GHashTable *checks;
};

G_DEFINE_FINAL_TYPE (TrConflictView, tr_conflict_view, ADW_TYPE_BIN)

enum {
  RESOLVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_apply (TrConflictView *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->apply_button),
                            self->members != NULL && tr_conflict_view_is_resolved (self));
}

static void
on_check_toggled_cb (GtkCheckButton *check,
                     TrConflictView *self)
{
  const char *member = g_object_get_data (G_OBJECT (check), "member");
  TrConflictSide side = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (check), "side"));

  if (!gtk_check_button_get_active (check))
    return;
  g_hash_table_insert (self->choices, g_strdup (member), GINT_TO_POINTER (side));
  update_apply (self);
}

static GtkWidget *
add_choice (TrConflictView *self,
            GtkWidget      *group,
            GtkCheckButton *radio_group,
            const char     *member,
            TrConflictSide  side)
{
  JsonNode *root = side == TR_CONFLICT_SIDE_LOCAL ? self->local : self->server;
  JsonObject *object = json_node_get_object (root);
  g_autofree char *value = tr_conflict_describe (json_object_has_member (object, member)
                                                 ? json_object_get_member (object, member) : NULL);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *key = g_strdup_printf ("%s/%d", member, side);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 side == TR_CONFLICT_SIDE_LOCAL ? _("Your version") : _("On the server"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_check_button_set_group (GTK_CHECK_BUTTON (check), radio_group);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  row, NULL, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data_full (G_OBJECT (check), "member", g_strdup (member), g_free);
  g_object_set_data (G_OBJECT (check), "side", GINT_TO_POINTER (side));
  g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled_cb), self);
  g_hash_table_insert (self->checks, g_steal_pointer (&key), check);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return check;
}

static void
rebuild (TrConflictView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->fields_box))) != NULL)
    gtk_box_remove (self->fields_box, child);
  g_hash_table_remove_all (self->choices);
  g_hash_table_remove_all (self->checks);

  for (guint i = 0; self->members != NULL && self->members[i] != NULL; i++)
    {
      GtkWidget *group = adw_preferences_group_new ();
      GtkWidget *first;

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group),
                                       tr_conflict_member_label (self->members[i]));
      first = add_choice (self, group, NULL, self->members[i], TR_CONFLICT_SIDE_LOCAL);
      add_choice (self, group, GTK_CHECK_BUTTON (first), self->members[i], TR_CONFLICT_SIDE_SERVER);
      gtk_box_append (self->fields_box, group);
    }
  update_apply (self);
}

static void
on_keep_mine_cb (TrConflictView *self)
{
  tr_conflict_view_choose_all (self, TR_CONFLICT_SIDE_LOCAL);
}

static void
on_take_server_cb (TrConflictView *self)
{
  tr_conflict_view_choose_all (self, TR_CONFLICT_SIDE_SERVER);
}

static void
tr_conflict_view_dispose (GObject *object)
{
  TrConflictView *self = TR_CONFLICT_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TR_TYPE_CONFLICT_VIEW);
  g_clear_pointer (&self->local, json_node_unref);
  g_clear_pointer (&self->server, json_node_unref);
  g_clear_pointer (&self->members, g_strfreev);
  g_clear_pointer (&self->choices, g_hash_table_unref);
  g_clear_pointer (&self->checks, g_hash_table_unref);

  G_OBJECT_CLASS (tr_conflict_view_parent_class)->dispose (object);
}

static void
tr_conflict_view_class_init (TrConflictViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tr_conflict_view_dispose;

  /**
   * TrConflictView::resolved:
   * @merged: the request with the chosen value of every field
   */
  signals[RESOLVED] =
    g_signal_new ("resolved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TR_TYPE_REQUEST);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/travelrequests/TravelRequests/request/tr-conflict-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TrConflictView, fields_box);
  gtk_widget_class_bind_template_child (widget_class, TrConflictView, apply_button);
  gtk_widget_class_bind_template_callback (widget_class, on_keep_mine_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_take_server_cb);
  gtk_widget_class_bind_template_callback (widget_class, tr_conflict_view_apply);
}

static void
tr_conflict_view_init (TrConflictView *self)
{
  tr_request_style_ensure ();
  gtk_widget_init_template (GTK_WIDGET (self));
  self->choices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->checks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  update_apply (self);
}

GtkWidget *
tr_conflict_view_new (void)
{
  return g_object_new (TR_TYPE_CONFLICT_VIEW, NULL);
}

/**
 * tr_conflict_view_set_versions:
 * @local: the request as edited on this computer
 * @server: the request as it now is on the server
 */
void
tr_conflict_view_set_versions (TrConflictView *self,
                               TrRequest      *local,
                               TrRequest      *server)
{
  g_return_if_fail (TR_IS_CONFLICT_VIEW (self));
  g_return_if_fail (TR_IS_REQUEST (local));
  g_return_if_fail (TR_IS_REQUEST (server));

  g_clear_pointer (&self->local, json_node_unref);
  g_clear_pointer (&self->server, json_node_unref);
  g_clear_pointer (&self->members, g_strfreev);
  self->local = tr_request_to_json (local, TR_JSON_PURPOSE_FULL);
  self->server = tr_request_to_json (server, TR_JSON_PURPOSE_FULL);
  self->members = tr_conflict_find_members (json_node_get_object (self->local),
                                            json_node_get_object (self->server));
  rebuild (self);
}

/**
 * tr_conflict_view_dup_members:
 *
 * Returns: (transfer full): the JSON members in conflict
 */
char **
tr_conflict_view_dup_members (TrConflictView *self)
{
  g_return_val_if_fail (TR_IS_CONFLICT_VIEW (self), NULL);

  return self->members ? g_strdupv (self->members) : g_new0 (char *, 1);
}

/**
 * tr_conflict_view_choose:
 * @member: a member in conflict, e.g. `businessPurpose`
 * @side: which version to keep
 *
 * Returns: %FALSE when @member is not in conflict
 */
gboolean
tr_conflict_view_choose (TrConflictView *self,
                         const char     *member,
                         TrConflictSide  side)
{
  g_autofree char *key = NULL;
  GtkCheckButton *check;

  g_return_val_if_fail (TR_IS_CONFLICT_VIEW (self), FALSE);
  g_return_val_if_fail (member != NULL, FALSE);
  g_return_val_if_fail (side == TR_CONFLICT_SIDE_LOCAL || side == TR_CONFLICT_SIDE_SERVER, FALSE);

  key = g_strdup_printf ("%s/%d", member, side);
  check = g_hash_table_lookup (self->checks, key);
  if (check == NULL)
    return FALSE;
  gtk_check_button_set_active (check, TRUE);
  return TRUE;
}

void
tr_conflict_view_choose_all (TrConflictView *self,
                             TrConflictSide  side)
{
  g_return_if_fail (TR_IS_CONFLICT_VIEW (self));

  for (guint i = 0; self->members != NULL && self->members[i] != NULL; i++)
    tr_conflict_view_choose (self, self->members[i], side);
}

gboolean
tr_conflict_view_is_resolved (TrConflictView *self)
{
  g_return_val_if_fail (TR_IS_CONFLICT_VIEW (self), FALSE);

  return self->members != NULL
         && g_hash_table_size (self->choices) == g_strv_length (self->members);
}

/**
 * tr_conflict_view_dup_merged:
 *
 * Returns: (transfer full) (nullable): the merged request, or %NULL with
 *   %TR_VALIDATION_ERROR_REQUIRED while a field has no choice
 */
TrRequest *
tr_conflict_view_dup_merged (TrConflictView  *self,
                             GError         **error)
{
  g_autoptr(JsonNode) merged = NULL;

  g_return_val_if_fail (TR_IS_CONFLICT_VIEW (self), NULL);

  if (!tr_conflict_view_is_resolved (self))
    {
      g_set_error_literal (error, TR_VALIDATION_ERROR, TR_VALIDATION_ERROR_REQUIRED,
                           _("Choose which version of each field to keep."));
      return NULL;
    }
  merged = tr_conflict_merge (json_node_get_object (self->local),
                              json_node_get_object (self->server), self->choices);
  return tr_request_new_from_json (merged, error);
}

/**
 * tr_conflict_view_apply:
 *
 * Emits #TrConflictView::resolved with the merged request.
 *
 * Returns: %FALSE while a field has no choice
 */
gboolean
tr_conflict_view_apply (TrConflictView *self)
{
  g_autoptr(TrRequest) merged = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (TR_IS_CONFLICT_VIEW (self), FALSE);

  merged = tr_conflict_view_dup_merged (self, &error);
  if (merged == NULL)
    {
      g_debug ("Conflict not resolved: %s", error->message);
      return FALSE;
    }
  g_signal_emit (self, signals[RESOLVED], 0, merged);
  return TRUE;
}
