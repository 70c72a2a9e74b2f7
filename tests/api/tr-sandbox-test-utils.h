/* tr-sandbox-test-utils.h
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
 * along with this program.  If not, see <https://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tr-client.h"

G_BEGIN_DECLS

/* A real tr-sandbox process on a free port, with a signed-in client, for
 * the tests that run against it. The secrets the client receives are
 * remembered so that the tests can check that none of them lands on disk
 * or in the logs. */

typedef struct
{
  GSubprocess  *process;
  char         *base_url;
  TrAuthorizer *authorizer;
  TrClient     *client;
  guint         rotations;
} TrTestSandbox;

void           tr_test_sandbox_init_env     (const char     *sandbox_path);
void           tr_test_sandbox_cleanup_env  (void);
const char    *tr_test_sandbox_get_root     (void);
char          *tr_test_sandbox_db_path      (const char     *name);
TrTestSandbox *tr_test_sandbox_start        (const char     *db_name,
                                             const char     *seed,
                                             const char     *extra_args);
void           tr_test_sandbox_stop         (TrTestSandbox  *sandbox);
void           tr_test_sandbox_sign_in      (TrTestSandbox  *sandbox,
                                             const char     *user);
void           tr_test_sandbox_note_token   (TrTestSandbox  *sandbox);
void           tr_test_sandbox_fast_retries (TrTestSandbox  *sandbox);
GPtrArray     *tr_test_sandbox_get_secrets  (void);
void           tr_test_assert_no_secrets    (const char     *dir);
gint64         tr_test_http_log_mark        (void);
guint          tr_test_http_log_count       (gint64          mark,
                                             const char     *prefix);
TrRequest     *tr_test_sandbox_get_request  (TrTestSandbox  *sandbox,
                                             const char     *id,
                                             GError        **error);
TrRequest     *tr_test_sandbox_create_request (TrTestSandbox *sandbox,
                                               const char    *name,
                                               GError       **error);
void           tr_test_wait_ms              (guint           ms);

G_END_DECLS
