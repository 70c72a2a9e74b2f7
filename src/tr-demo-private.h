/* tr-demo-private.h
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

#include "tr-demo.h"

G_BEGIN_DECLS

struct _TrDemo
{
  GObject       parent_instance;

  char         *sandbox_path;
  char         *database_path;
  char         *base_url;
  GSubprocess  *process;
  GCancellable *cancellable;
  guint         timeout_seconds;
};

void tr_demo_notify_started (TrDemo *self);

G_END_DECLS
