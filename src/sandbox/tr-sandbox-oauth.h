/* tr-sandbox-oauth.h
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

#include <libsoup/soup.h>

#include "tr-sandbox-db.h"

G_BEGIN_DECLS

/* Refresh tokens live 180 days (API notes §5.3). */
#define TR_SANDBOX_REFRESH_TTL (180 * 24 * 3600)

void     tr_sandbox_oauth_handle_token     (SoupServerMessage *msg,
                                            TrSandboxDb       *db,
                                            const char        *base,
                                            guint              token_ttl);
void     tr_sandbox_oauth_handle_authorize (SoupServerMessage *msg,
                                            TrSandboxDb       *db,
                                            const char        *base,
                                            GHashTable        *query);
gboolean tr_sandbox_oauth_authenticate     (TrSandboxDb       *db,
                                            const char        *authorization,
                                            char             **user_id_out,
                                            gboolean          *company_out);

G_END_DECLS
