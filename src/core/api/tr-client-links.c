/* tr-client-links.c
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

#define G_LOG_DOMAIN "Tr"

#include <glib/gi18n-lib.h>

#include "tr-api-error.h"
#include "tr-client.h"
#include "tr-http.h"

/* The link policy of TrClient (gaps document, items 1 and 2): server links
 * are opaque, but a link that lacks /travelrequest/ or has a malformed host
 * is rebuilt on the configured base from the part after /v4/, and a link
 * to another host, or one that downgrades to plain http, is refused. */

static char *
refuse (GError     **error,
        const char  *text)
{
  g_propagate_error (error, tr_api_error_new_full (TR_API_ERROR_INSECURE, 0, NULL, NULL, text));
  return NULL;
}

static char *
rebuild_on_base (const char  *api_base,
                 const char  *href,
                 GError     **error)
{
  const char *tail = strstr (href, "/v4/");

  if (tail == NULL)
    return refuse (error, "The link does not point into the Request v4 API");
  return g_strconcat (api_base, "/", tail + strlen ("/v4/"), NULL);
}

static int
effective_port (GUri *uri)
{
  int port = g_uri_get_port (uri);

  if (port != -1)
    return port;
  return g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") == 0 ? 443 : 80;
}

static gboolean
same_origin (GUri *a,
             GUri *b)
{
  return g_ascii_strcasecmp (g_uri_get_scheme (a), g_uri_get_scheme (b)) == 0
    && g_ascii_strcasecmp (g_uri_get_host (a), g_uri_get_host (b)) == 0
    && effective_port (a) == effective_port (b);
}

static gboolean
is_web_uri (GUri *uri)
{
  const char *scheme = g_uri_get_scheme (uri);
  const char *host = g_uri_get_host (uri);

  return (g_ascii_strcasecmp (scheme, "https") == 0 || g_ascii_strcasecmp (scheme, "http") == 0)
    && host != NULL && *host != '\0' && strchr (host, '.') != NULL
    && g_uri_get_userinfo (uri) == NULL;
}

static char *
resolve_absolute (const char  *api_base,
                  const char  *href,
                  GError     **error)
{
  g_autoptr(GUri) base = g_uri_parse (api_base, G_URI_FLAGS_NONE, NULL);
  g_autoptr(GUri) link = g_uri_parse (href, G_URI_FLAGS_ENCODED, NULL);

  if (base == NULL)
    return refuse (error, "The configured base URL is malformed");

  /* Typos such as https://https://host or hhttps:// are not real hosts. */
  if (link == NULL || !is_web_uri (link) || strstr (href, "/travelrequest/") == NULL)
    return rebuild_on_base (api_base, href, error);

  if (g_ascii_strcasecmp (g_uri_get_scheme (link), "http") == 0
      && g_ascii_strcasecmp (g_uri_get_scheme (base), "http") != 0)
    return refuse (error, "The link uses plain HTTP");
  if (!same_origin (base, link))
    return refuse (error, "The link points to another host");
  return g_strdup (href);
}

/**
 * tr_client_resolve_href:
 * @self: a #TrClient
 * @href: a path below the API base, or an absolute link from the server
 * @error: return location for a %TR_API_ERROR_INSECURE error
 *
 * Turns @href into the URL to request: a relative path is joined to the
 * API base; an absolute link is used as is when it points to the API base
 * host, rebuilt on the base when it lacks `/travelrequest/` or its host
 * is malformed, and refused when it points to another host or uses plain
 * `http://` (unless the base itself is a loopback `http://` URL).
 *
 * Returns: (transfer full) (nullable): the URL, or %NULL if refused
 */
char *
tr_client_resolve_href (TrClient    *self,
                        const char  *href,
                        GError     **error)
{
  g_autofree char *api_base = NULL;

  g_return_val_if_fail (TR_IS_CLIENT (self), NULL);

  if (href == NULL || *href == '\0')
    return refuse (error, "Empty link");
  api_base = tr_client_dup_api_base (self);
  if (!tr_http_check_secure (api_base, error))
    return NULL;

  if (strstr (href, "..") != NULL || strpbrk (href, " \t\r\n\\") != NULL)
    return refuse (error, "The link contains forbidden characters");
  if (g_uri_peek_scheme (href) == NULL)
    return g_strconcat (api_base, "/", href + strspn (href, "/"), NULL);
  return resolve_absolute (api_base, href, error);
}
