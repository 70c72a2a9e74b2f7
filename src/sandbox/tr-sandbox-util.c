/* tr-sandbox-util.c
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

#include "tr-sandbox-util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Resource ids: 32 upper-case hex characters, no dashes (API notes §0). */
char *
tr_sandbox_new_id (void)
{
  g_autofree char *uuid = g_uuid_string_random ();
  GString *out = g_string_sized_new (32);

  for (const char *p = uuid; *p != '\0'; p++)
    if (*p != '-')
      g_string_append_c (out, g_ascii_toupper (*p));

  return g_string_free (out, FALSE);
}

char *
tr_sandbox_timestamp_from_unix (gint64 unix_seconds)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (unix_seconds);

  return g_date_time_format (dt, "%Y-%m-%dT%H:%M:%S.000Z");
}

char *
tr_sandbox_now_timestamp (void)
{
  return tr_sandbox_timestamp_from_unix (g_get_real_time () / G_USEC_PER_SEC);
}

gboolean
tr_sandbox_is_date (const char *text)
{
  int y, m, d;
  char tail;

  if (text == NULL || strlen (text) != 10)
    return FALSE;
  if (sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
    return FALSE;
  return g_date_valid_dmy (d, m, y) && text[4] == '-' && text[7] == '-';
}

gboolean
tr_sandbox_is_time (const char *text)
{
  return text != NULL && strlen (text) == 5 && g_ascii_isdigit (text[0])
         && g_ascii_isdigit (text[1]) && text[2] == ':'
         && g_ascii_isdigit (text[3]) && g_ascii_isdigit (text[4])
         && atoi (text) < 24 && atoi (text + 3) < 60;
}

/* Accepts a date (midnight), or a date-time with or without millis and
 * with or without a trailing Z (gaps item 36); returns the canonical
 * "yyyy-MM-ddTHH:mm:ss.000Z" form, or NULL when the text is no date. */
char *
tr_sandbox_normalize_timestamp (const char *text)
{
  g_autofree char *with_zone = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) dt = NULL;

  if (text == NULL)
    return NULL;
  if (tr_sandbox_is_date (text))
    with_zone = g_strconcat (text, "T00:00:00Z", NULL);
  else if (strlen (text) >= 19 && text[10] == 'T' && tr_sandbox_is_date ((with_zone = g_strndup (text, 10))))
    {
      g_free (with_zone);
      with_zone = g_str_has_suffix (text, "Z") ? g_strdup (text) : g_strconcat (text, "Z", NULL);
    }
  else
    return NULL;

  dt = g_date_time_new_from_iso8601 (with_zone, utc);
  if (dt == NULL)
    return NULL;
  return g_date_time_format (dt, "%Y-%m-%dT%H:%M:%S.000Z");
}

gboolean
tr_sandbox_is_hex_id (const char *text)
{
  if (text == NULL || strlen (text) != 32)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isxdigit (*p) || g_ascii_islower (*p))
      return FALSE;
  return TRUE;
}

gboolean
tr_sandbox_is_user_uuid (const char *text)
{
  return text != NULL && g_uuid_string_is_valid (text);
}

guint
tr_sandbox_currency_digits (const char *currency)
{
  static const char *const zero_digit[] = { "JPY", "KRW", "CLP", "ISK", "VND", "HUF", NULL };

  if (currency != NULL && g_strv_contains (zero_digit, currency))
    return 0;
  return 2;
}

static gint64
power_of_ten (guint digits)
{
  gint64 result = 1;

  while (digits-- > 0)
    result *= 10;
  return result;
}

/* The wire format carries JSON numbers; they become integer minor units
 * here and never go back through floating point arithmetic. */
gboolean
tr_sandbox_amount_parse (JsonObject  *amount,
                         gint64      *minor_out,
                         char       **currency_out)
{
  JsonNode *value;
  const char *currency;
  double number;
  gint64 scale;

  if (amount == NULL)
    return FALSE;
  value = json_object_get_member (amount, "value");
  currency = tr_sandbox_object_string (amount, "currency");
  if (value == NULL || !JSON_NODE_HOLDS_VALUE (value) || currency == NULL
      || strlen (currency) != 3 || json_node_get_value_type (value) == G_TYPE_STRING
      || json_node_get_value_type (value) == G_TYPE_BOOLEAN)
    return FALSE;
  number = json_node_get_double (value);
  scale = power_of_ten (tr_sandbox_currency_digits (currency));
  if (!isfinite (number) || number < 0 || number > 1e12)
    return FALSE;
  *minor_out = llround (number * (double) scale);
  *currency_out = g_ascii_strup (currency, -1);
  return TRUE;
}

JsonNode *
tr_sandbox_amount_to_json (gint64      minor,
                           const char *currency)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  gint64 scale = power_of_ten (tr_sandbox_currency_digits (currency));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "value");
  if (minor % scale == 0)
    json_builder_add_int_value (builder, minor / scale);
  else
    json_builder_add_double_value (builder, (double) minor / (double) scale);
  json_builder_set_member_name (builder, "currency");
  json_builder_add_string_value (builder, currency);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* NULL unless the member exists and holds a string. */
const char *
tr_sandbox_object_string (JsonObject *object,
                          const char *member)
{
  JsonNode *node;

  if (object == NULL)
    return NULL;
  node = json_object_get_member (object, member);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

JsonObject *
tr_sandbox_object_object (JsonObject *object,
                          const char *member)
{
  JsonNode *node;

  if (object == NULL)
    return NULL;
  node = json_object_get_member (object, member);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return json_node_get_object (node);
}
