/* tr-sandbox-authorize.c
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

/* The three-legged half of tr-sandbox-oauth.h: a small HTML login form at
 * /oauth2/v0/authorize that redirects back with code, state and geolocation. */

#define G_LOG_DOMAIN "tr-sandbox-oauth"

#include "tr-sandbox-oauth.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#define CODE_TTL 600

static void
send_html (SoupServerMessage *msg,
           guint              status,
           const char        *body)
{
  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "text/html; charset=utf-8", SOUP_MEMORY_COPY,
                                    body, strlen (body));
}

static void
append_hidden (GString    *page,
               GHashTable *params,
               const char *name)
{
  const char *value = g_hash_table_lookup (params, name);
  g_autofree char *escaped = g_markup_escape_text (value ? value : "", -1);

  g_string_append_printf (page, "<input type=\"hidden\" name=\"%s\" value=\"%s\">\n", name, escaped);
}

static void
send_form (SoupServerMessage *msg,
           guint              status,
           GHashTable        *params,
           const char        *problem)
{
  g_autoptr(GString) page = g_string_new ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>");
  g_autofree char *title = g_markup_escape_text (_("Sign in to tr-sandbox"), -1);

  g_string_append_printf (page, "%s</title></head><body>\n<h1>%s</h1>\n", title, title);
  if (problem != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (problem, -1);
      g_string_append_printf (page, "<p role=\"alert\">%s</p>\n", escaped);
    }
  g_string_append (page, "<form method=\"post\" action=\"/oauth2/v0/authorize\">\n");
  append_hidden (page, params, "client_id");
  append_hidden (page, params, "redirect_uri");
  append_hidden (page, params, "scope");
  append_hidden (page, params, "state");
  append_hidden (page, params, "response_type");
  g_string_append_printf (page, "<label>%s <input name=\"username\" type=\"email\"></label>\n"
                                "<label>%s <input name=\"password\" type=\"password\"></label>\n"
                                "<button type=\"submit\">%s</button>\n</form></body></html>\n",
                          _("Email"), _("Password"), _("Sign in"));
  send_html (msg, status, page->str);
}

static gboolean
valid_redirect (const char *uri)
{
  g_autoptr(GUri) parsed = uri ? g_uri_parse (uri, G_URI_FLAGS_NONE, NULL) : NULL;

  return parsed != NULL && (g_str_equal (g_uri_get_scheme (parsed), "http")
                            || g_str_equal (g_uri_get_scheme (parsed), "https"));
}

static const char *
check_params (TrSandboxDb *db,
              GHashTable  *params)
{
  const char *client_id = g_hash_table_lookup (params, "client_id");

  if (client_id == NULL
      || tr_sandbox_db_count (db, "SELECT COUNT(*) FROM clients WHERE id = ?", "s", client_id) == 0)
    return _("Unknown client_id.");
  if (!valid_redirect (g_hash_table_lookup (params, "redirect_uri")))
    return _("The redirect_uri is missing or not an absolute http(s) URI.");
  if (g_strcmp0 (g_hash_table_lookup (params, "response_type"), "code") != 0)
    return _("The response_type must be “code”.");
  return NULL;
}

static void
redirect_with_code (SoupServerMessage *msg,
                    TrSandboxDb       *db,
                    const char        *base,
                    GHashTable        *params,
                    const char        *user_id)
{
  const char *redirect_uri = g_hash_table_lookup (params, "redirect_uri");
  const char *state = g_hash_table_lookup (params, "state");
  g_autofree char *code = g_uuid_string_random ();
  g_autofree char *escaped_code = g_uri_escape_string (code, NULL, FALSE);
  g_autofree char *escaped_state = g_uri_escape_string (state ? state : "", NULL, FALSE);
  g_autofree char *escaped_geo = g_uri_escape_string (base, NULL, FALSE);
  g_autofree char *location = NULL;

  tr_sandbox_db_run (db, "INSERT INTO tokens (token, kind, user_id, client_id, expires, redirect_uri)"
                         " VALUES (?, 'code', ?, ?, ?, ?)", "sssis",
                     code, user_id, g_hash_table_lookup (params, "client_id"),
                     g_get_real_time () / G_USEC_PER_SEC + CODE_TTL, redirect_uri);
  location = g_strdup_printf ("%s%ccode=%s&state=%s&geolocation=%s", redirect_uri,
                              strchr (redirect_uri, '?') ? '&' : '?',
                              escaped_code, escaped_state, escaped_geo);
  soup_server_message_set_redirect (msg, 302, location);
}

static void
handle_login (SoupServerMessage *msg,
              TrSandboxDb       *db,
              const char        *base,
              GHashTable        *form)
{
  g_autoptr(sqlite3_stmt) stmt =
    tr_sandbox_db_query (db, "SELECT id FROM users WHERE login = ? AND password = ?", "ss",
                         g_hash_table_lookup (form, "username"),
                         g_hash_table_lookup (form, "password"));

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    {
      send_form (msg, 401, form, _("Incorrect Credentials. Please Retry"));
      return;
    }
  redirect_with_code (msg, db, base, form, tr_sandbox_db_text (stmt, 0));
}

static GHashTable *
read_form (SoupServerMessage *msg)
{
  SoupMessageBody *body = soup_server_message_get_request_body (msg);
  g_autoptr(GBytes) bytes = body ? soup_message_body_flatten (body) : NULL;
  g_autofree char *text = NULL;
  gsize size = 0;
  const char *data = bytes ? g_bytes_get_data (bytes, &size) : NULL;

  if (data == NULL || size > 64 * 1024 || memchr (data, '\0', size) != NULL)
    return g_hash_table_new (g_str_hash, g_str_equal);
  text = g_strndup (data, size);
  return soup_form_decode (text);
}

void
tr_sandbox_oauth_handle_authorize (SoupServerMessage *msg,
                                   TrSandboxDb       *db,
                                   const char        *base,
                                   GHashTable        *query)
{
  const char *method = soup_server_message_get_method (msg);
  g_autoptr(GHashTable) params = NULL;
  const char *problem;

  if (g_str_equal (method, "GET"))
    params = query ? g_hash_table_ref (query) : g_hash_table_new (g_str_hash, g_str_equal);
  else if (g_str_equal (method, "POST"))
    params = read_form (msg);
  else
    {
      send_html (msg, 405, "<!DOCTYPE html><p>Method not allowed</p>");
      return;
    }
  problem = check_params (db, params);
  if (problem != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (problem, -1);
      g_autofree char *page = g_strdup_printf ("<!DOCTYPE html>\n<p role=\"alert\">%s</p>\n", escaped);
      send_html (msg, 400, page);
    }
  else if (g_str_equal (method, "GET"))
    send_form (msg, 200, params, NULL);
  else
    handle_login (msg, db, base, params);
}
