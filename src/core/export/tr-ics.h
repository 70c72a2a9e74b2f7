/* tr-ics.h
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

#pragma once

#include <gio/gio.h>

#include "tr-request.h"

G_BEGIN_DECLS

#define TR_ICS_ERROR (tr_ics_error_quark ())

/**
 * TrIcsError:
 * @TR_ICS_ERROR_INVALID: the request or its expense list is not usable
 * @TR_ICS_ERROR_EMPTY: the request has no dated travel segment
 */
typedef enum
{
  TR_ICS_ERROR_INVALID,
  TR_ICS_ERROR_EMPTY,
} TrIcsError;

/**
 * TR_ICS_UID_DOMAIN:
 *
 * The right-hand side of every event UID ("<request>-<leg>@domain").
 */
#define TR_ICS_UID_DOMAIN "travelrequests.github.io"

GQuark    tr_ics_error_quark   (void);

char     *tr_ics_from_request  (TrRequest            *request,
                                GListModel           *expenses,
                                GError              **error);

void      tr_ics_write_async   (TrRequest            *request,
                                GListModel           *expenses,
                                GFile                *file,
                                GCancellable         *cancellable,
                                GAsyncReadyCallback   callback,
                                gpointer              user_data);
gboolean  tr_ics_write_finish  (GAsyncResult         *result,
                                GError              **error);

G_END_DECLS
