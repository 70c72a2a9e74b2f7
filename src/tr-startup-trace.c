/* tr-startup-trace.c
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

#include "tr-startup-trace.h"

/**
 * tr_startup_trace:
 * @step: what just happened
 *
 * With `TR_STARTUP_TRACE=1`, prints `startup-trace STEP TIME` on stderr,
 * TIME being the wall-clock time in µs since the epoch, to subtract from
 * the time the launch began (bench/README.md). Costs one getenv the first
 * time, nothing after when tracing is off.
 */
void
tr_startup_trace (const char *step)
{
  static int enabled = -1;

  if (enabled < 0)
    enabled = g_strcmp0 (g_getenv ("TR_STARTUP_TRACE"), "1") == 0;
  if (enabled)
    g_printerr ("startup-trace %s %" G_GINT64_FORMAT "\n", step, g_get_real_time ());
}
