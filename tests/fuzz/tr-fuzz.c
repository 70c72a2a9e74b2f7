/* tr-fuzz.c
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

/* Helpers shared by every fuzz target. */

#define G_LOG_DOMAIN "tr-fuzz"

#include "tr-fuzz.h"

#include <locale.h>
#include <string.h>

/* Bad input must give an error, never a warning or a critical: both abort
 * the run, under libFuzzer as under the test driver. */
void
tr_fuzz_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      setlocale (LC_ALL, "C.UTF-8");
      g_setenv ("TZ", "UTC", TRUE);
      g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      g_once_init_leave (&initialized, 1);
    }
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  tr_fuzz_init ();
  return 0;
}

/* A NUL-terminated copy; an embedded NUL ends the text there, as it would
 * for any C string the code under test receives. */
char *
tr_fuzz_text_new (const uint8_t *data,
                  size_t         size)
{
  char *text = g_malloc (size + 1);

  if (size > 0)
    memcpy (text, data, size);
  text[size] = '\0';
  return text;
}

GBytes *
tr_fuzz_bytes_new (const uint8_t *data,
                   size_t         size)
{
  return g_bytes_new (data, size);
}
