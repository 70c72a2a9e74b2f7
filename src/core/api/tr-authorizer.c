/* tr-authorizer.c
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
#include "tr-authorizer-private.h"
#include "tr-http.h"

/* Refresh when less than this remains, or less than half the token's
 * lifetime for short-lived tokens (the sandbox's --token-ttl). */
#define REFRESH_MARGIN_SECONDS 600
#define DEFAULT_SCOPE "openid travelrequest.write"

struct _TrAuthorizer
{
  GObject       parent_instance;

  SoupSession  *session;
  TrDataCenter  data_center;
  char         *base_url;
  char         *client_id;
  char         *client_secret;
  char         *scope;

  /* Access token: in memory only, never stored. */
  char         *access_token;
  gint64        expires_at;
  gint64        lifetime;
  char         *refresh_token;
  gint64        refresh_expires_at;
  char         *geolocation;
  char         *user_id;

  TrClockFunc   clock;
  gpointer      clock_data;

  /* Tasks waiting for the one refresh in flight. */
  GPtrArray    *waiting;
};

G_DEFINE_FINAL_TYPE (TrAuthorizer, tr_authorizer, G_TYPE_OBJECT)
G_DEFINE_ENUM_TYPE (TrDataCenter, tr_data_center,
                    G_DEFINE_ENUM_VALUE (TR_DATA_CENTER_US, "us"),
                    G_DEFINE_ENUM_VALUE (TR_DATA_CENTER_EMEA, "emea"),
                    G_DEFINE_ENUM_VALUE (TR_DATA_CENTER_CHINA, "china"),
                    G_DEFINE_ENUM_VALUE (TR_DATA_CENTER_CUSTOM, "custom"))

enum {
  PROP_0,
  PROP_DATA_CENTER,
  PROP_BASE_URL,
  PROP_CLIENT_ID,
  PROP_CLIENT_SECRET,
  PROP_SCOPE,
  PROP_GEOLOCATION,
  PROP_USER_ID,
  PROP_SIGNED_IN,
  N_PROPS
};

enum {
  REFRESH_TOKEN_CHANGED,
  LAUNCH_URI,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const struct {
  const char *api;
  const char *www;
} data_center_hosts[] = {
  [TR_DATA_CENTER_US] = { "https://us.api.concursolutions.com", "https://www-us.api.concursolutions.com" },
  [TR_DATA_CENTER_EMEA] = { "https://emea.api.concursolutions.com", "https://www-emea.api.concursolutions.com" },
  [TR_DATA_CENTER_CHINA] = { "https://cn.api.concurcdc.cn", "https://www-cn.api.concurcdc.cn" },
};

static gint64
now_seconds (TrAuthorizer *self)
{
  return self->clock (self->clock_data) / G_USEC_PER_SEC;
}

static gint64
default_clock (gpointer user_data)
{
  return g_get_real_time ();
}

static void
tr_authorizer_constructed (GObject *object)
{
  TrAuthorizer *self = TR_AUTHORIZER (object);

  G_OBJECT_CLASS (tr_authorizer_parent_class)->constructed (object);

  if (self->data_center != TR_DATA_CENTER_CUSTOM)
    {
      g_free (self->base_url);
      self->base_url = g_strdup (data_center_hosts[self->data_center].api);
    }
  else if (self->base_url != NULL && g_str_has_suffix (self->base_url, "/"))
    self->base_url[strlen (self->base_url) - 1] = '\0';
}

static void
tr_authorizer_dispose (GObject *object)
{
  TrAuthorizer *self = TR_AUTHORIZER (object);

  if (self->session != NULL)
    soup_session_abort (self->session);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (tr_authorizer_parent_class)->dispose (object);
}

static void
tr_authorizer_finalize (GObject *object)
{
  TrAuthorizer *self = TR_AUTHORIZER (object);

  g_free (self->base_url);
  g_free (self->client_id);
  g_free (self->client_secret);
  g_free (self->scope);
  g_free (self->access_token);
  g_free (self->refresh_token);
  g_free (self->geolocation);
  g_free (self->user_id);
  g_ptr_array_unref (self->waiting);

  G_OBJECT_CLASS (tr_authorizer_parent_class)->finalize (object);
}

static void
tr_authorizer_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TrAuthorizer *self = TR_AUTHORIZER (object);

  switch (prop_id)
    {
    case PROP_DATA_CENTER:
      g_value_set_enum (value, self->data_center);
      break;
    case PROP_BASE_URL:
      g_value_set_string (value, self->base_url);
      break;
    case PROP_CLIENT_ID:
      g_value_set_string (value, self->client_id);
      break;
    case PROP_SCOPE:
      g_value_set_string (value, self->scope);
      break;
    case PROP_GEOLOCATION:
      g_value_set_string (value, tr_authorizer_get_geolocation (self));
      break;
    case PROP_USER_ID:
      g_value_set_string (value, self->user_id);
      break;
    case PROP_SIGNED_IN:
      g_value_set_boolean (value, tr_authorizer_get_signed_in (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tr_authorizer_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TrAuthorizer *self = TR_AUTHORIZER (object);

  switch (prop_id)
    {
    case PROP_DATA_CENTER:
      self->data_center = g_value_get_enum (value);
      break;
    case PROP_BASE_URL:
      self->base_url = g_value_dup_string (value);
      break;
    case PROP_CLIENT_ID:
      self->client_id = g_value_dup_string (value);
      break;
    case PROP_CLIENT_SECRET:
      self->client_secret = g_value_dup_string (value);
      break;
    case PROP_SCOPE:
      tr_authorizer_set_scope (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_properties (GObjectClass *object_class)
{
  GParamFlags construct = G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;
  GParamFlags read_only = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  properties[PROP_DATA_CENTER] =
    g_param_spec_enum ("data-center", NULL, NULL, TR_TYPE_DATA_CENTER, TR_DATA_CENTER_US,
                       G_PARAM_READWRITE | construct);
  properties[PROP_BASE_URL] =
    g_param_spec_string ("base-url", NULL, NULL, NULL, G_PARAM_READWRITE | construct);
  properties[PROP_CLIENT_ID] =
    g_param_spec_string ("client-id", NULL, NULL, NULL, G_PARAM_READWRITE | construct);
  properties[PROP_CLIENT_SECRET] =
    g_param_spec_string ("client-secret", NULL, NULL, NULL, G_PARAM_WRITABLE | construct);
  properties[PROP_SCOPE] =
    g_param_spec_string ("scope", NULL, NULL, DEFAULT_SCOPE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GEOLOCATION] = g_param_spec_string ("geolocation", NULL, NULL, NULL, read_only);
  properties[PROP_USER_ID] = g_param_spec_string ("user-id", NULL, NULL, NULL, read_only);
  properties[PROP_SIGNED_IN] = g_param_spec_boolean ("signed-in", NULL, NULL, FALSE, read_only);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tr_authorizer_class_init (TrAuthorizerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = tr_authorizer_constructed;
  object_class->dispose = tr_authorizer_dispose;
  object_class->finalize = tr_authorizer_finalize;
  object_class->get_property = tr_authorizer_get_property;
  object_class->set_property = tr_authorizer_set_property;
  install_properties (object_class);

  /**
   * TrAuthorizer::refresh-token-changed:
   *
   * Emitted when a sign-in or a refresh produced a new refresh token (or
   * moved the account to another geolocation), so it can be stored.
   */
  signals[REFRESH_TOKEN_CHANGED] =
    g_signal_new ("refresh-token-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * TrAuthorizer::launch-uri:
   * @uri: the authorization URL to open
   *
   * Emitted by the browser sign-in. A handler that returns %TRUE opens
   * @uri itself; otherwise the default browser is launched.
   */
  signals[LAUNCH_URI] =
    g_signal_new ("launch-uri", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, g_signal_accumulator_true_handled, NULL, NULL,
                  G_TYPE_BOOLEAN, 1, G_TYPE_STRING);
}

static void
tr_authorizer_init (TrAuthorizer *self)
{
  self->clock = default_clock;
  self->scope = g_strdup (DEFAULT_SCOPE);
  self->waiting = g_ptr_array_new_with_free_func (g_object_unref);
  self->session = soup_session_new_with_options ("timeout", 60,
                                                 "user-agent", "TravelRequests/" PACKAGE_VERSION,
                                                 NULL);
}

/**
 * tr_authorizer_new:
 * @data_center: the data center to sign in to
 * @base_url: (nullable): the base URL for %TR_DATA_CENTER_CUSTOM
 * @client_id: the OAuth client id
 * @client_secret: the OAuth client secret
 *
 * Returns: (transfer full): a new #TrAuthorizer
 */
TrAuthorizer *
tr_authorizer_new (TrDataCenter  data_center,
                   const char   *base_url,
                   const char   *client_id,
                   const char   *client_secret)
{
  g_return_val_if_fail (data_center <= TR_DATA_CENTER_CUSTOM, NULL);
  g_return_val_if_fail (data_center != TR_DATA_CENTER_CUSTOM || base_url != NULL, NULL);

  return g_object_new (TR_TYPE_AUTHORIZER,
                       "data-center", data_center,
                       "base-url", base_url,
                       "client-id", client_id,
                       "client-secret", client_secret,
                       NULL);
}

/**
 * tr_authorizer_get_data_center:
 * @self: a #TrAuthorizer
 *
 * Returns: the configured data center
 */
TrDataCenter
tr_authorizer_get_data_center (TrAuthorizer *self)
{
  g_return_val_if_fail (TR_IS_AUTHORIZER (self), TR_DATA_CENTER_US);

  return self->data_center;
}

/**
 * tr_authorizer_get_base_url:
 * @self: a #TrAuthorizer
 *
 * Returns: the base URL of the configured data center
 */
const char *
tr_authorizer_get_base_url (TrAuthorizer *self)
{
  g_return_val_if_fail (TR_IS_AUTHORIZER (self), NULL);

  return self->base_url;
}

/**
 * tr_authorizer_get_client_id:
 * @self: a #TrAuthorizer
 *
 * Returns: (nullable): the OAuth client id
 */
const char *
tr_authorizer_get_client_id (TrAuthorizer *self)
{
  g_return_val_if_fail (TR_IS_AUTHORIZER (self), NULL);

  return self->client_id;
}

const char *
_tr_authorizer_get_client_secret (TrAuthorizer *self)
{
  return self->client_secret;
}

SoupSession *
_tr_authorizer_get_session (TrAuthorizer *self)
{
  return self->session;
}

gint64
_tr_authorizer_now (TrAuthorizer *self)
{
  return now_seconds (self);
}

/**
 * tr_authorizer_get_scope:
 * @self: a #TrAuthorizer
 *
 * Returns: the scopes asked for by the browser sign-in
 */
const char *
tr_authorizer_get_scope (TrAuthorizer *self)
{
  g_return_val_if_fail (TR_IS_AUTHORIZER (self), NULL);

  return self->scope;
}

/**
 * tr_authorizer_set_scope:
 * @self: a #TrAuthorizer
 * @scope: (nullable): space-separated scopes, %NULL for the default
 */
void
tr_authorizer_set_scope (TrAuthorizer *self,
                         const char   *scope)
{
  g_return_if_fail (TR_IS_AUTHORIZER (self));

  if (scope == NULL)
    scope = DEFAULT_SCOPE;
  if (g_strcmp0 (self->scope, scope) == 0)
    return;
  g_free (self->scope);
  self->scope = g_strdup (scope);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCOPE]);
}

/**
 * tr_authorizer_get_geolocation:
 * @self: a #TrAuthorizer
 *
 * Returns: the base URL the account's data lives on: the token's
 *   `geolocation` once known, else the configured base URL
 */
const char *
tr_authorizer_get_geolocation (TrAuthorizer *self)
{
  g_return_val_if_fail (TR_IS_AUTHORIZER (self), NULL);

  return self->geolocation ? self->geolocation : self->base_url;
}

/**
 * tr_authorizer_get_user_id:
 * @self: a #TrAuthorizer
 *
 * Returns: (nullable): the signed-in user's id (the `sub` of the id_token)
 */
const char *
tr_authorizer_get_user_id (TrAuthorizer *self)
{
  g_return_val_if_fail (TR_IS_AUTHORIZER (self), NULL);

  return self->user_id;
}

/**
 * tr_authorizer_get_signed_in:
 * @self: a #TrAuthorizer
 *
 * Returns: %TRUE if a refresh token or an access token is held
 */
gboolean
tr_authorizer_get_signed_in (TrAuthorizer *self)
{
  g_return_val_if_fail (TR_IS_AUTHORIZER (self), FALSE);

  return self->refresh_token != NULL || self->access_token != NULL;
}

/**
 * tr_authorizer_dup_refresh_token:
 * @self: a #TrAuthorizer
 *
 * Returns: (transfer full) (nullable): the current refresh token, to be
 *   stored in the keyring and nowhere else
 */
char *
tr_authorizer_dup_refresh_token (TrAuthorizer *self)
{
  g_return_val_if_fail (TR_IS_AUTHORIZER (self), NULL);

  return g_strdup (self->refresh_token);
}

/**
 * tr_authorizer_get_refresh_expires_at:
 * @self: a #TrAuthorizer
 *
 * Returns: when the refresh token expires (Unix seconds), or 0 if unknown
 */
gint64
tr_authorizer_get_refresh_expires_at (TrAuthorizer *self)
{
  g_return_val_if_fail (TR_IS_AUTHORIZER (self), 0);

  return self->refresh_expires_at;
}

static gboolean
replace_string (char       **field,
                const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
set_account (TrAuthorizer *self,
             const char   *refresh_token,
             const char   *geolocation,
             const char   *user_id)
{
  gboolean was_signed_in = tr_authorizer_get_signed_in (self);

  g_object_freeze_notify (G_OBJECT (self));
  replace_string (&self->refresh_token, refresh_token);
  if (replace_string (&self->geolocation, geolocation))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GEOLOCATION]);
  if (replace_string (&self->user_id, user_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USER_ID]);
  if (was_signed_in != tr_authorizer_get_signed_in (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIGNED_IN]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * tr_authorizer_restore:
 * @self: a #TrAuthorizer
 * @refresh_token: a refresh token read from the keyring
 * @geolocation: (nullable): the stored geolocation
 * @user_id: (nullable): the stored user id
 *
 * Restores a stored account; the first call then refreshes the token.
 * A @geolocation that breaks the transport policy is ignored.
 */
void
tr_authorizer_restore (TrAuthorizer *self,
                       const char   *refresh_token,
                       const char   *geolocation,
                       const char   *user_id)
{
  g_return_if_fail (TR_IS_AUTHORIZER (self));
  g_return_if_fail (refresh_token != NULL);

  if (geolocation != NULL && !tr_http_check_secure (geolocation, NULL))
    geolocation = NULL;
  g_clear_pointer (&self->access_token, g_free);
  set_account (self, refresh_token, geolocation, user_id);
}

/**
 * tr_authorizer_sign_out:
 * @self: a #TrAuthorizer
 *
 * Forgets every token held in memory.
 */
void
tr_authorizer_sign_out (TrAuthorizer *self)
{
  g_return_if_fail (TR_IS_AUTHORIZER (self));

  g_clear_pointer (&self->access_token, g_free);
  self->refresh_expires_at = 0;
  set_account (self, NULL, NULL, NULL);
}

/**
 * tr_authorizer_set_clock:
 * @self: a #TrAuthorizer
 * @clock: (nullable): the clock, %NULL for g_get_real_time()
 * @user_data: data for @clock
 *
 * Replaces the clock used for token expiry (for tests).
 */
void
tr_authorizer_set_clock (TrAuthorizer *self,
                         TrClockFunc   clock,
                         gpointer      user_data)
{
  g_return_if_fail (TR_IS_AUTHORIZER (self));

  self->clock = clock ? clock : default_clock;
  self->clock_data = clock ? user_data : NULL;
}

/**
 * tr_authorizer_invalidate_access_token:
 * @self: a #TrAuthorizer
 * @access_token: the token the server refused
 *
 * Called after a 401: forgets @access_token if it is still the current
 * one, so that the next tr_authorizer_ensure_token_async() refreshes.
 * Concurrent callers that saw the same 401 cause a single refresh.
 */
void
tr_authorizer_invalidate_access_token (TrAuthorizer *self,
                                       const char   *access_token)
{
  g_return_if_fail (TR_IS_AUTHORIZER (self));

  if (access_token != NULL && g_strcmp0 (access_token, self->access_token) == 0)
    g_clear_pointer (&self->access_token, g_free);
}

void
_tr_authorizer_apply_token (TrAuthorizer       *self,
                            const TrOAuthToken *token)
{
  gboolean rotated;
  const char *geolocation = token->geolocation ? token->geolocation : self->geolocation;
  const char *refresh = token->refresh_token ? token->refresh_token : self->refresh_token;
  const char *user_id = token->user_id ? token->user_id : self->user_id;

  replace_string (&self->access_token, token->access_token);
  self->lifetime = token->expires_in;
  self->expires_at = now_seconds (self) + token->expires_in;
  if (token->refresh_expires_at != 0)
    self->refresh_expires_at = token->refresh_expires_at;

  rotated = g_strcmp0 (refresh, self->refresh_token) != 0
    || g_strcmp0 (geolocation, self->geolocation) != 0;
  set_account (self, refresh, geolocation, user_id);
  if (rotated)
    g_signal_emit (self, signals[REFRESH_TOKEN_CHANGED], 0);
}

char *
_tr_authorizer_dup_authorize_url (TrAuthorizer *self,
                                  const char   *redirect_uri,
                                  const char   *state)
{
  const char *base = self->data_center == TR_DATA_CENTER_CUSTOM
    ? self->base_url : data_center_hosts[self->data_center].www;
  g_autofree char *query = soup_form_encode ("client_id", self->client_id ? self->client_id : "",
                                             "redirect_uri", redirect_uri,
                                             "scope", self->scope,
                                             "response_type", "code",
                                             "state", state,
                                             NULL);

  return g_strconcat (base, "/oauth2/v0/authorize?", query, NULL);
}

gboolean
_tr_authorizer_emit_launch_uri (TrAuthorizer *self,
                                const char   *uri)
{
  gboolean handled = FALSE;

  g_signal_emit (self, signals[LAUNCH_URI], 0, uri, &handled);
  return handled;
}

/* --- Ensuring a fresh access token ----------------------------------------- */

static gboolean
access_token_is_fresh (TrAuthorizer *self)
{
  gint64 margin = MIN (REFRESH_MARGIN_SECONDS, self->lifetime / 2);

  return self->access_token != NULL && now_seconds (self) + margin < self->expires_at;
}

static void
refresh_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  TrAuthorizer *self = TR_AUTHORIZER (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrOAuthToken) token = _tr_authorizer_token_request_finish (self, result, &error);
  g_autoptr(GPtrArray) waiting = g_steal_pointer (&self->waiting);

  self->waiting = g_ptr_array_new_with_free_func (g_object_unref);
  if (token != NULL)
    _tr_authorizer_apply_token (self, token);
  else if (g_error_matches (error, TR_API_ERROR, TR_API_ERROR_UNAUTHORIZED))
    g_clear_pointer (&self->access_token, g_free);

  for (guint i = 0; i < waiting->len; i++)
    {
      GTask *task = g_ptr_array_index (waiting, i);

      if (token != NULL)
        g_task_return_pointer (task, g_strdup (token->access_token), g_free);
      else
        g_task_return_error (task, g_error_copy (error));
    }
  g_object_unref (self);
}

static void
start_refresh (TrAuthorizer *self)
{
  char *form = soup_form_encode ("grant_type", "refresh_token",
                                 "client_id", self->client_id ? self->client_id : "",
                                 "client_secret", self->client_secret ? self->client_secret : "",
                                 "refresh_token", self->refresh_token,
                                 NULL);

  /* Not cancellable: it is shared by every waiting caller. */
  _tr_authorizer_token_request_async (self, tr_authorizer_get_geolocation (self), form, NULL,
                                      refresh_done, g_object_ref (self));
}

/**
 * tr_authorizer_ensure_token_async:
 * @self: a #TrAuthorizer
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with a usable access token
 * @user_data: data for @callback
 *
 * Hands out the current access token, refreshing it first when less than
 * ten minutes (or half its lifetime) remain. Concurrent callers share a
 * single refresh.
 */
void
tr_authorizer_ensure_token_async (TrAuthorizer        *self,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TR_IS_AUTHORIZER (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tr_authorizer_ensure_token_async);

  if (access_token_is_fresh (self))
    {
      g_task_return_pointer (task, g_strdup (self->access_token), g_free);
      return;
    }
  if (self->refresh_token == NULL)
    {
      g_task_return_error (task, tr_api_error_new_full (TR_API_ERROR_UNAUTHORIZED, 0, NULL, NULL,
                                                        "Not signed in"));
      return;
    }

  g_ptr_array_add (self->waiting, g_steal_pointer (&task));
  if (self->waiting->len == 1)
    start_refresh (self);
}

/**
 * tr_authorizer_ensure_token_finish:
 * @self: a #TrAuthorizer
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the access token
 */
char *
tr_authorizer_ensure_token_finish (TrAuthorizer  *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tr_authorizer_ensure_token_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
