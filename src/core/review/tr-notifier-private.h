/* tr-notifier-private.h
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

#include "tr-notifier.h"

G_BEGIN_DECLS

#define OVERLAP_SECONDS 60
#define MAX_DELIVERED 1000

struct _TrNotifier
{
  GObject         parent_instance;

  char           *user_id;
  guint           interval;
  TrNotifierClockFunc     clock;
  gpointer        clock_data;
  GDestroyNotify  clock_destroy;

  GDateTime      *last_attempt;
  GDateTime      *pending_start;
  GDateTime      *modified_after;
  gboolean        primed;
  GHashTable     *delivered;
  GQueue          order;
  GHashTable     *kinds;
};

gboolean tr_notifier_deliver_once (TrNotifier *self,
                                   char       *key);

G_END_DECLS
