/* tr-calendar-export.c
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

#define G_LOG_DOMAIN "tr-print"

#include "tr-calendar-export.h"

#include <glib/gi18n.h>

#include "tr-ics.h"

/*
 * "Add to calendar": writes the request's itinerary as an .ics file in the
 * cache and hands it to the desktop's calendar with
 * g_app_info_launch_default_for_uri_async() (the OpenURI portal when
 * sandboxed). Everything is asynchronous.
 */

typedef struct
{
  TrRequest         *request;
  GListModel        *expenses;
  GFile             *file;
  GAppLaunchContext *launch_context;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_object (&data->request);
  g_clear_object (&data->expenses);
  g_clear_object (&data->file);
  g_clear_object (&data->launch_context);
  g_free (data);
}

/**
 * tr_calendar_export_dup_file:
 * @request: a request
 * @directory: where the file goes
 *
 * Returns: (transfer full): "<directory>/<request id>.ics", with only safe
 *   characters in the name
 */
GFile *
tr_calendar_export_dup_file (TrRequest  *request,
                             const char *directory)
{
  const char *id = tr_request_get_id (request);
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  if (id == NULL || *id == '\0')
    id = tr_request_get_request_id (request);
  name = g_strdup (id != NULL && *id != '\0' ? id : "request");
  for (char *p = name; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_')
      *p = '_';
  path = g_strdup_printf ("%s%s%s.ics", directory, G_DIR_SEPARATOR_S, name);
  return g_file_new_for_path (path);
}

static void
on_launched_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ExportData *data = g_task_get_task_data (task);
  GError *error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_object_ref (data->file), g_object_unref);
}

static void
on_written_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ExportData *data = g_task_get_task_data (task);
  g_autofree char *uri = NULL;
  GCancellable *cancellable;
  GError *error = NULL;

  if (!tr_ics_write_finish (result, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  uri = g_file_get_uri (data->file);
  cancellable = g_task_get_cancellable (task);
  g_app_info_launch_default_for_uri_async (uri, data->launch_context, cancellable,
                                           on_launched_cb, g_steal_pointer (&task));
}

static void
write_into (GTask      *task,
            const char *directory)
{
  ExportData *data = g_task_get_task_data (task);

  data->file = tr_calendar_export_dup_file (data->request, directory);
  tr_ics_write_async (data->request, data->expenses, data->file,
                      g_task_get_cancellable (task), on_written_cb, task);
}

/* The cache folder may be missing its parents: the temporary folder,
 * which always exists, stands in. */
static void
on_directory_made_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  GTask *task = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (G_FILE (source));

  if (g_file_make_directory_finish (G_FILE (source), result, &error)
      || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    write_into (task, path);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
    }
  else
    write_into (task, g_get_tmp_dir ());
}

/**
 * tr_calendar_export_request_async:
 * @parent: (nullable): the window asking, for the launch context
 * @request: the request
 * @expenses: (nullable): its expected expenses
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the file was handed to the calendar
 * @user_data: data for @callback
 *
 * Writes the itinerary of @request to an .ics file and opens it with the
 * default calendar application.
 */
void
tr_calendar_export_request_async (GtkWindow           *parent,
                                  TrRequest           *request,
                                  GListModel          *expenses,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GFile) directory = NULL;
  ExportData *data;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_calendar_export_request_async);
  if (!TR_IS_REQUEST (request))
    {
      g_task_return_new_error (task, TR_ICS_ERROR, TR_ICS_ERROR_INVALID,
                               _("There is no travel request to export"));
      return;
    }
  data = g_new0 (ExportData, 1);
  data->request = g_object_ref (request);
  data->expenses = expenses != NULL ? g_object_ref (expenses) : NULL;
  if (parent != NULL)
    data->launch_context = G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (
                             gtk_widget_get_display (GTK_WIDGET (parent))));
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  directory = g_file_new_build_filename (g_get_user_cache_dir (), "travel-requests", NULL);
  g_file_make_directory_async (directory, G_PRIORITY_DEFAULT, cancellable,
                               on_directory_made_cb, g_steal_pointer (&task));
}

/**
 * tr_calendar_export_request_finish:
 * @result: the result passed to the callback
 * @error: return location for an error
 *
 * Returns: (transfer full): the .ics file handed to the calendar, or %NULL
 */
GFile *
tr_calendar_export_request_finish (GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_calendar_export_request_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
