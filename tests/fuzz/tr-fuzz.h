/* tr-fuzz.h
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

#include <glib.h>
#include <stddef.h>
#include <stdint.h>

G_BEGIN_DECLS

/* The libFuzzer entry points. Every target defines the first one; the
 * standalone driver (standalone-main.c) or libFuzzer calls them. */
int    LLVMFuzzerTestOneInput  (const uint8_t  *data,
                                size_t          size);
int    LLVMFuzzerInitialize    (int            *argc,
                                char         ***argv);

void   tr_fuzz_init            (void);
char  *tr_fuzz_text_new        (const uint8_t  *data,
                                size_t          size);
GBytes *tr_fuzz_bytes_new      (const uint8_t  *data,
                                size_t          size);

G_END_DECLS
