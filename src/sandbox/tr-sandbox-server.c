/* tr-sandbox-server.c
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

#define G_LOG_DOMAIN "tr-sandbox"

#include "tr-sandbox-server.h"

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>

#include "tr-sandbox-call.h"
#include "tr-sandbox-catalog.h"
#include "tr-sandbox-expenses.h"
#include "tr-sandbox-location-search.h"
#include "tr-sandbox-oauth.h"
#include "tr-sandbox-policy.h"
#include "tr-sandbox-requests.h"
#include "tr-sandbox-util.h"
#include "tr-sandbox-workflow.h"

#define API_PREFIX "/travelrequest/v4/"

struct _TrSandboxServer
{
  GObject          parent_instance;

  SoupServer      *soup;
  TrSandboxDb     *db;
  TrSandboxFaults *faults;
  guint            token_ttl;
  guint            port;
  char            *base_url;
};

G_DEFINE_FINAL_TYPE (TrSandboxServer, tr_sandbox_server, G_TYPE_OBJECT)

G_DEFINE_QUARK (tr-sandbox-server-error-quark, tr_sandbox_server_error)

enum {
  PROP_0,
  PROP_PORT,
  PROP_BASE_URL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef void (*RouteHandler) (TrSandboxCall *call);

typedef struct
{
  const char   *pattern;   /* segments, "*" matches one id */
  const char   *method;
  RouteHandler  handler;
} Route;

static const Route routes[] = {
  { "requests", "GET", tr_sandbox_requests_list },
  { "requests", "POST", tr_sandbox_requests_create },
  { "requests/*", "GET", tr_sandbox_requests_get },
  { "requests/*", "PUT", tr_sandbox_requests_update },
  { "requests/*", "DELETE", tr_sandbox_requests_delete },
  { "requests/*/comments", "GET", tr_sandbox_requests_comments },
  { "requests/*/exceptions", "GET", tr_sandbox_policy_exceptions },
  { "requests/*/cashadvances", "GET", tr_sandbox_catalog_request_cash_advances },
  { "requests/*/expenses", "GET", tr_sandbox_expenses_list },
  { "requests/*/expenses", "POST", tr_sandbox_expenses_create },
  { "requests/*/reports", "POST", tr_sandbox_catalog_create_report },
  { "requests/*/submit", "POST", tr_sandbox_workflow_handle },
  { "requests/*/recall", "POST", tr_sandbox_workflow_handle },
  { "requests/*/cancel", "POST", tr_sandbox_workflow_handle },
  { "requests/*/close", "POST", tr_sandbox_workflow_handle },
  { "requests/*/reopen", "POST", tr_sandbox_workflow_handle },
  { "requests/*/approve", "POST", tr_sandbox_workflow_handle },
  { "requests/*/sendback", "POST", tr_sandbox_workflow_handle },
  { "expenses/*", "GET", tr_sandbox_expenses_get },
  { "expenses/*", "PUT", tr_sandbox_expenses_update },
  { "expenses/*", "DELETE", tr_sandbox_expenses_delete },
  { "expenses/*/comments", "GET", tr_sandbox_expenses_comments },
  { "userpolicies", "GET", tr_sandbox_catalog_user_policies },
  { "userpolicies/*", "GET", tr_sandbox_catalog_user_policy },
  { "travelagencies/*", "GET", tr_sandbox_catalog_travel_agency },
  { "cashadvances/*", "GET", tr_sandbox_catalog_cash_advance },
  /* Extension, not part of Concur (see README.md) */
  { "x-sandbox/locations", "GET", tr_sandbox_location_search },
};

static gboolean
pattern_matches (const char    *pattern,
                 TrSandboxCall *call)
{
  g_auto(GStrv) parts = g_strsplit (pattern, "/", -1);

  if (g_strv_length (parts) != call->n_segments)
    return FALSE;
  for (guint i = 0; i < call->n_segments; i++)
    if (!g_str_equal (parts[i], "*") && !g_str_equal (parts[i], call->segments[i]))
      return FALSE;
  return TRUE;
}

static void
dispatch (TrSandboxCall *call)
{
  g_autoptr(GString) allowed = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (routes); i++)
    {
      if (!pattern_matches (routes[i].pattern, call))
        continue;
      if (g_str_equal (routes[i].method, call->method))
        {
          routes[i].handler (call);
          return;
        }
      g_string_append_printf (allowed, "%s%s", allowed->len ? ", " : "", routes[i].method);
    }
  if (allowed->len == 0)
    {
      tr_sandbox_call_error (call, 404, "notFound", _("Resource not found"));
      return;
    }
  soup_message_headers_replace (soup_server_message_get_response_headers (call->msg),
                                "Allow", allowed->str);
  tr_sandbox_call_error (call, 405, "methodNotAllowed", _("This method is not allowed on this resource."));
}

static void
send_json (SoupServerMessage *msg,
           guint              status,
           JsonNode          *node)
{
  g_autofree char *text = json_to_string (node, FALSE);
  gsize length = strlen (text);

  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_TAKE,
                                    g_steal_pointer (&text), length);
}

/* Resolves the caller from the bearer token and the userId parameter. */
static gboolean
authenticate (TrSandboxCall *call)
{
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (call->msg);
  const char *authorization = soup_message_headers_get_one (headers, "Authorization");
  const char *user_id = tr_sandbox_call_param (call, "userId");
  g_autofree char *token_user = NULL;

  if (!tr_sandbox_oauth_authenticate (call->db, authorization, &token_user, &call->company_token))
    {
      tr_sandbox_call_error (call, 401, "invalidUser", _("The access token is missing, invalid or expired."));
      return FALSE;
    }
  call->caller_id = g_steal_pointer (&token_user);
  if (user_id == NULL)
    return TRUE;
  if (!tr_sandbox_is_user_uuid (user_id))
    tr_sandbox_call_error (call, 400, "invalidUuid", _("The userId parameter is not a valid UUID."));
  else if (tr_sandbox_db_count (call->db, "SELECT COUNT(*) FROM users WHERE id = ?", "s", user_id) == 0)
    tr_sandbox_call_error (call, 400, "userNotFound", _("User is not found"));
  else if (!call->company_token && g_strcmp0 (call->caller_id, user_id) != 0)
    tr_sandbox_call_error (call, 403, "permissionDenied", _("Permission denied"));
  else
    {
      g_free (call->caller_id);
      call->caller_id = g_strdup (user_id);
      return TRUE;
    }
  return FALSE;
}

static gboolean
check_correlation_id (TrSandboxCall *call)
{
  SoupMessageHeaders *in = soup_server_message_get_request_headers (call->msg);
  const char *correlation = soup_message_headers_get_one (in, "concur-correlationid");
  g_autofree char *generated = NULL;

  if (correlation != NULL && !g_uuid_string_is_valid (correlation))
    {
      tr_sandbox_call_error (call, 400, "invalidUuid",
                             _("The concur-correlationid header is not a valid UUID."));
      return FALSE;
    }
  if (correlation == NULL)
    correlation = generated = g_uuid_string_random ();
  soup_message_headers_replace (soup_server_message_get_response_headers (call->msg),
                                "correlationid", correlation);
  return TRUE;
}

/* Runs the call in one transaction: committed only when it succeeded. */
static void
run_call (TrSandboxServer *self,
          TrSandboxCall   *call)
{
  if (!check_correlation_id (call) || !authenticate (call))
    return;
  if (call->raw_body && g_bytes_get_size (call->raw_body) > TR_SANDBOX_MAX_BODY)
    {
      tr_sandbox_call_error (call, 413, "payloadTooLarge", _("The body is larger than 1 MiB."));
      return;
    }
  if (!tr_sandbox_db_begin (self->db))
    {
      tr_sandbox_call_error (call, 503, "entityOffline", _("Entity is offline, please try again later."));
      return;
    }
  dispatch (call);
  if (call->response == NULL)
    tr_sandbox_call_error (call, 500, "internalServerError",
                           _("An unexpected error has prevented the operation"));
  if (call->status >= 400)
    tr_sandbox_db_rollback (self->db);
  else if (!tr_sandbox_db_commit (self->db))
    {
      tr_sandbox_db_rollback (self->db);
      tr_sandbox_call_error (call, 500, "internalServerError",
                             _("An unexpected error has prevented the operation"));
    }
}

static TrSandboxCall *
call_new (TrSandboxServer   *self,
          SoupServerMessage *msg,
          const char        *path,
          GHashTable        *query)
{
  TrSandboxCall *call = g_new0 (TrSandboxCall, 1);
  SoupMessageBody *body = soup_server_message_get_request_body (msg);
  g_autofree char *trimmed = g_strndup (path + strlen (API_PREFIX),
                                        strlen (path) - strlen (API_PREFIX));

  while (g_str_has_suffix (trimmed, "/"))
    trimmed[strlen (trimmed) - 1] = '\0';
  call->msg = msg;
  call->db = self->db;
  call->base = self->base_url;
  call->method = soup_server_message_get_method (msg);
  call->query = query ? g_hash_table_ref (query) : g_hash_table_new (g_str_hash, g_str_equal);
  call->segments = g_strsplit (trimmed, "/", -1);
  call->n_segments = *trimmed == '\0' ? 0 : g_strv_length (call->segments);
  if (body != NULL && body->length > 0)
    call->raw_body = soup_message_body_flatten (body);
  return call;
}

static void
close_connection (SoupServerMessage *msg)
{
  g_autoptr(GIOStream) stream = soup_server_message_steal_connection (msg);

  if (stream != NULL)
    g_io_stream_close (stream, NULL, NULL);
}

static void
answer_api (TrSandboxServer   *self,
            SoupServerMessage *msg,
            const char        *path,
            GHashTable        *query,
            TrSandboxFault     fault)
{
  g_autoptr(TrSandboxCall) call = call_new (self, msg, path, query);

  run_call (self, call);
  if (fault == TR_SANDBOX_FAULT_LOST)
    {
      /* Processed and committed, but the answer never arrives. */
      close_connection (msg);
      return;
    }
  if (call->status == 405 || call->status == 413)
    soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                  "Connection", "close");
  send_json (msg, call->status, call->response);
}

typedef struct
{
  TrSandboxServer   *self;
  SoupServerMessage *msg;
  char              *path;
  GHashTable        *query;
  TrSandboxFault     fault;
} Delayed;

static gboolean
on_delay_elapsed_cb (gpointer user_data)
{
  Delayed *delayed = user_data;

  soup_server_message_unpause (delayed->msg);
  answer_api (delayed->self, delayed->msg, delayed->path, delayed->query, delayed->fault);
  g_object_unref (delayed->msg);
  g_object_unref (delayed->self);
  g_clear_pointer (&delayed->query, g_hash_table_unref);
  g_free (delayed->path);
  g_free (delayed);
  return G_SOURCE_REMOVE;
}

/* Returns TRUE when the fault already answered (or dropped) the message. */
static gboolean
apply_fault (TrSandboxServer   *self,
             SoupServerMessage *msg,
             TrSandboxFault     fault)
{
  g_autoptr(TrSandboxCall) call = g_new0 (TrSandboxCall, 1);
  g_autofree char *retry_after = NULL;

  switch (fault)
    {
    case TR_SANDBOX_FAULT_RESET:
      close_connection (msg);
      return TRUE;
    case TR_SANDBOX_FAULT_500:
      tr_sandbox_call_error (call, 500, "internalServerError",
                             _("An unexpected error has prevented the operation"));
      break;
    case TR_SANDBOX_FAULT_503:
      tr_sandbox_call_error (call, 503, "circuitBreaker", _("The service is temporarily unavailable, retry later."));
      break;
    case TR_SANDBOX_FAULT_429:
      tr_sandbox_call_error (call, 429, "tooManyRequests", _("Too many requests, slow down."));
      break;
    case TR_SANDBOX_FAULT_NONE:
    case TR_SANDBOX_FAULT_LOST:
    default:
      return FALSE;
    }
  if (fault != TR_SANDBOX_FAULT_500)
    {
      retry_after = g_strdup_printf ("%u", tr_sandbox_faults_retry_after (self->faults));
      soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                    "Retry-After", retry_after);
    }
  send_json (msg, call->status, call->response);
  return TRUE;
}

static void
handle_api (TrSandboxServer   *self,
            SoupServerMessage *msg,
            const char        *path,
            GHashTable        *query)
{
  TrSandboxFault fault = TR_SANDBOX_FAULT_NONE;
  guint delay_ms = 0;
  Delayed *delayed;

  if (self->faults != NULL)
    fault = tr_sandbox_faults_draw (self->faults, &delay_ms);
  if (apply_fault (self, msg, fault))
    return;
  if (delay_ms == 0)
    {
      answer_api (self, msg, path, query, fault);
      return;
    }
  delayed = g_new0 (Delayed, 1);
  delayed->self = g_object_ref (self);
  delayed->msg = g_object_ref (msg);
  delayed->path = g_strdup (path);
  delayed->query = query ? g_hash_table_ref (query) : NULL;
  delayed->fault = fault;
  soup_server_message_pause (msg);
  g_timeout_add (delay_ms, on_delay_elapsed_cb, delayed);
}

static void
on_request_cb (SoupServer        *server,
               SoupServerMessage *msg,
               const char        *path,
               GHashTable        *query,
               gpointer           user_data)
{
  TrSandboxServer *self = user_data;
  g_autoptr(TrSandboxCall) call = g_new0 (TrSandboxCall, 1);

  if (g_str_equal (path, "/oauth2/v0/token"))
    tr_sandbox_oauth_handle_token (msg, self->db, self->base_url, self->token_ttl);
  else if (g_str_equal (path, "/oauth2/v0/authorize"))
    tr_sandbox_oauth_handle_authorize (msg, self->db, self->base_url, query);
  else if (g_str_has_prefix (path, API_PREFIX))
    handle_api (self, msg, path, query);
  else
    {
      tr_sandbox_call_error (call, 404, "notFound", _("Resource not found"));
      send_json (msg, call->status, call->response);
    }
}

/* Refuses a declared body over 1 MiB before reading it. */
static void
on_early_request_cb (SoupServer        *server,
                     SoupServerMessage *msg,
                     const char        *path,
                     GHashTable        *query,
                     gpointer           user_data)
{
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  g_autoptr(TrSandboxCall) call = NULL;

  if (soup_message_headers_get_encoding (headers) != SOUP_ENCODING_CONTENT_LENGTH
      || soup_message_headers_get_content_length (headers) <= TR_SANDBOX_MAX_BODY)
    return;
  call = g_new0 (TrSandboxCall, 1);
  tr_sandbox_call_error (call, 413, "payloadTooLarge", _("The body is larger than 1 MiB."));
  soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                "Connection", "close");
  send_json (msg, call->status, call->response);
}

static void
tr_sandbox_server_finalize (GObject *object)
{
  TrSandboxServer *self = (TrSandboxServer *) object;

  if (self->soup != NULL)
    soup_server_disconnect (self->soup);
  g_clear_object (&self->soup);
  g_clear_pointer (&self->faults, tr_sandbox_faults_free);
  g_clear_pointer (&self->db, tr_sandbox_db_free);
  g_free (self->base_url);

  G_OBJECT_CLASS (tr_sandbox_server_parent_class)->finalize (object);
}

static void
tr_sandbox_server_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TrSandboxServer *self = TR_SANDBOX_SERVER (object);

  switch (prop_id)
    {
    case PROP_PORT:
      g_value_set_uint (value, self->port);
      break;
    case PROP_BASE_URL:
      g_value_set_string (value, self->base_url);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_sandbox_server_class_init (TrSandboxServerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tr_sandbox_server_finalize;
  object_class->get_property = tr_sandbox_server_get_property;

  properties[PROP_PORT] =
    g_param_spec_uint ("port", NULL, NULL, 0, G_MAXUINT16, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BASE_URL] =
    g_param_spec_string ("base-url", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tr_sandbox_server_init (TrSandboxServer *self)
{
  self->soup = soup_server_new ("server-header", "tr-sandbox", NULL);
  soup_server_add_early_handler (self->soup, NULL, on_early_request_cb, self, NULL);
  soup_server_add_handler (self->soup, NULL, on_request_cb, self, NULL);
}

/**
 * tr_sandbox_server_new:
 * @db: (transfer full): the opened database
 * @token_ttl: access token lifetime in seconds
 * @faults: (transfer full) (nullable): fault injection, or %NULL
 */
TrSandboxServer *
tr_sandbox_server_new (TrSandboxDb     *db,
                       guint            token_ttl,
                       TrSandboxFaults *faults)
{
  TrSandboxServer *self = g_object_new (TR_TYPE_SANDBOX_SERVER, NULL);

  self->db = db;
  self->token_ttl = token_ttl;
  self->faults = faults;
  return self;
}

/* Listens on 127.0.0.1 only; @port 0 picks any free port. */
gboolean
tr_sandbox_server_listen (TrSandboxServer  *self,
                          guint             port,
                          GError          **error)
{
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, port);
  GSList *uris;

  g_return_val_if_fail (TR_IS_SANDBOX_SERVER (self), FALSE);

  if (!soup_server_listen (self->soup, address, 0, error))
    return FALSE;
  uris = soup_server_get_uris (self->soup);
  if (uris == NULL)
    {
      g_set_error (error, TR_SANDBOX_SERVER_ERROR, TR_SANDBOX_SERVER_ERROR_LISTEN,
                   _("The server has no listening address"));
      return FALSE;
    }
  self->port = g_uri_get_port (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  g_free (self->base_url);
  self->base_url = g_strdup_printf ("http://127.0.0.1:%u", self->port);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PORT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASE_URL]);
  return TRUE;
}

guint
tr_sandbox_server_get_port (TrSandboxServer *self)
{
  g_return_val_if_fail (TR_IS_SANDBOX_SERVER (self), 0);
  return self->port;
}

const char *
tr_sandbox_server_get_base_url (TrSandboxServer *self)
{
  g_return_val_if_fail (TR_IS_SANDBOX_SERVER (self), NULL);
  return self->base_url;
}
