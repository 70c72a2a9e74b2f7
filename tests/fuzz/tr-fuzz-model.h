/* tr-fuzz-model.h
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

#include <glib-object.h>
#include <stddef.h>
#include <stdint.h>

G_BEGIN_DECLS

void tr_fuzz_model_parse (GType          type,
                          const uint8_t *data,
                          size_t         size);

G_END_DECLS
