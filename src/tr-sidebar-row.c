/* tr-sidebar-row.c
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

#define G_LOG_DOMAIN "tr-sidebar-row"

#include <glib/gi18n.h>

#include "tr-sidebar-row.h"

/* A view in the sidebar: icon, title and, for "To Approve", a count. */
struct _TrSidebarRow
{
  GtkListBoxRow    parent_instance;

  TrRequestFolder  folder;
  guint            count;
  GtkLabel        *count_label;
};

G_DEFINE_FINAL_TYPE (TrSidebarRow, tr_sidebar_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct
{
  const char *icon;
  const char *title;
} folders[] = {
  [TR_REQUEST_FOLDER_ALL] = { "view-list-symbolic", NC_("sidebar folder", "All Requests") },
  [TR_REQUEST_FOLDER_ACTIVE] = { "emblem-default-symbolic", NC_("sidebar folder", "Active") },
  [TR_REQUEST_FOLDER_DRAFTS] = { "document-edit-symbolic", NC_("sidebar folder", "Drafts") },
  [TR_REQUEST_FOLDER_PENDING] = { "content-loading-symbolic", NC_("sidebar folder", "Pending Approval") },
  [TR_REQUEST_FOLDER_APPROVED] = { "object-select-symbolic", NC_("sidebar folder", "Approved") },
  [TR_REQUEST_FOLDER_CLOSED] = { "action-unavailable-symbolic", NC_("sidebar folder", "Canceled and Closed") },
  [TR_REQUEST_FOLDER_TO_APPROVE] = { "mail-unread-symbolic", NC_("sidebar folder", "To Approve") },
};

#define folder_title(folder) g_dpgettext2 (GETTEXT_PACKAGE, "sidebar folder", folders[folder].title)

/**
 * tr_request_folder_get_title:
 * @folder: a folder
 *
 * Returns: the translated title of @folder, as the sidebar shows it
 */
const char *
tr_request_folder_get_title (TrRequestFolder folder)
{
  g_return_val_if_fail (folder <= TR_REQUEST_FOLDER_TO_APPROVE, NULL);

  return folder_title (folder);
}

static void
tr_sidebar_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TrSidebarRow *self = TR_SIDEBAR_ROW (object);

  switch (prop_id)
    {
    case PROP_COUNT:
      g_value_set_uint (value, self->count);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_sidebar_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TrSidebarRow *self = TR_SIDEBAR_ROW (object);

  switch (prop_id)
    {
    case PROP_COUNT:
      tr_sidebar_row_set_count (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_sidebar_row_class_init (TrSidebarRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = tr_sidebar_row_get_property;
  object_class->set_property = tr_sidebar_row_set_property;

  properties[PROP_COUNT] =
    g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tr_sidebar_row_init (TrSidebarRow *self)
{
}

static void
build (TrSidebarRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = gtk_label_new (folder_title (self->folder));

  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (folders[self->folder].icon));
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (box), title);
  self->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "sidebar-count");
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->count_label));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  folder_title (self->folder), -1);
}

/**
 * tr_sidebar_row_new:
 * @folder: the view the row selects
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
tr_sidebar_row_new (TrRequestFolder folder)
{
  TrSidebarRow *self;

  g_return_val_if_fail (folder <= TR_REQUEST_FOLDER_TO_APPROVE, NULL);

  self = g_object_new (TR_TYPE_SIDEBAR_ROW, NULL);
  self->folder = folder;
  build (self);
  return GTK_WIDGET (self);
}

TrRequestFolder
tr_sidebar_row_get_folder (TrSidebarRow *self)
{
  g_return_val_if_fail (TR_IS_SIDEBAR_ROW (self), TR_REQUEST_FOLDER_ALL);

  return self->folder;
}

const char *
tr_sidebar_row_get_title (TrSidebarRow *self)
{
  g_return_val_if_fail (TR_IS_SIDEBAR_ROW (self), NULL);

  return folder_title (self->folder);
}

guint
tr_sidebar_row_get_count (TrSidebarRow *self)
{
  g_return_val_if_fail (TR_IS_SIDEBAR_ROW (self), 0);

  return self->count;
}

/**
 * tr_sidebar_row_set_count:
 * @self: a #TrSidebarRow
 * @count: how many requests wait in the view (0 hides the count)
 */
void
tr_sidebar_row_set_count (TrSidebarRow *self,
                          guint         count)
{
  g_autofree char *text = NULL;
  g_autofree char *label = NULL;

  g_return_if_fail (TR_IS_SIDEBAR_ROW (self));

  if (self->count == count)
    return;

  self->count = count;
  text = g_strdup_printf ("%u", count);
  gtk_label_set_label (self->count_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), count > 0);
  /* TRANSLATORS: accessible name of a view of the sidebar: %s is the view's
   * title, such as “Drafts”, %u how many requests wait in it */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u waiting", "%s, %u waiting", count),
                           folder_title (self->folder), count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  count > 0 ? label : folder_title (self->folder), -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT]);
}
