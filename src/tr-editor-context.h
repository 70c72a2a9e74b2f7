/* tr-editor-context.h
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

G_BEGIN_DECLS

/* What the request editor offers besides the server's catalog: the
 * destinations and travel agencies of the account's requests. */

#define TR_EDITOR_CONTEXT_MAX_SCANNED 40

void        tr_editor_context_collect_async        (TrAccount            *account,
                                                    TrRequest            *edited,
                                                    GListStore           *locations,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
GStrv       tr_editor_context_collect_finish       (TrAccount            *account,
                                                    GAsyncResult         *result,
                                                    GError              **error);

G_END_DECLS
