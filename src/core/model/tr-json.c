/* tr-json.c
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

#define G_LOG_DOMAIN "tr-json"

#include "tr-json.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

G_DEFINE_QUARK (tr-json-error-quark, tr_json_error)

G_DEFINE_ENUM_TYPE (TrJsonPurpose, tr_json_purpose,
  G_DEFINE_ENUM_VALUE (TR_JSON_PURPOSE_CREATE, "create"),
  G_DEFINE_ENUM_VALUE (TR_JSON_PURPOSE_UPDATE, "update"),
  G_DEFINE_ENUM_VALUE (TR_JSON_PURPOSE_FULL, "full"))

/* What tr_json_node_check() found: the path of the offending value
 * relative to the node checked (".name", "[2]…"), built on the way back
 * up, and what is wrong with it. */
typedef struct
{
  GString  *where;
  gboolean  bad_name;
  gboolean  bad_number;
} CheckState;

static gboolean check_node (JsonNode   *node,
                            CheckState *state);

/* Whether json-glib writes @value as JSON that reads back: not for an
 * infinity ("inf"), nor for a double whose "%.17g" form has an exponent
 * but no decimal point (1e40), to which json-glib 1.6 appends ".0"
 * ("1e+40.0"). */
static gboolean
double_is_writable (double value)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    return FALSE;
  g_ascii_formatd (text, sizeof text, "%.17g", value);
  return strchr (text, 'e') == NULL || strchr (text, '.') != NULL;
}

static gboolean
check_object (JsonObject *object,
              CheckState *state)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &member))
    {
      if (!g_utf8_validate (name, -1, NULL))
        {
          state->bad_name = TRUE;
          return FALSE;
        }
      if (!check_node (member, state))
        {
          g_string_prepend (state->where, name);
          g_string_prepend_c (state->where, '.');
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
check_array (JsonArray  *array,
             CheckState *state)
{
  guint length = json_array_get_length (array);

  for (guint i = 0; i < length; i++)
    if (!check_node (json_array_get_element (array, i), state))
      {
        g_autofree char *index = g_strdup_printf ("[%u]", i);

        g_string_prepend (state->where, index);
        return FALSE;
      }
  return TRUE;
}

static gboolean
check_node (JsonNode   *node,
            CheckState *state)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return check_object (json_node_get_object (node), state);
  if (JSON_NODE_HOLDS_ARRAY (node))
    return check_array (json_node_get_array (node), state);
  if (!JSON_NODE_HOLDS_VALUE (node))
    return TRUE;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return g_utf8_validate (json_node_get_string (node), -1, NULL);
    case G_TYPE_DOUBLE:
      state->bad_number = !double_is_writable (json_node_get_double (node));
      return !state->bad_number;
    default:
      return TRUE;
    }
}

static void
set_check_error (GError     **error,
                 CheckState  *state)
{
  const char *path = state->where->str;

  if (*path == '.')
    path++;
  if (*path == '\0')
    path = "$";

  if (state->bad_number)
    g_set_error (error, TR_JSON_ERROR, TR_JSON_ERROR_INVALID_VALUE,
                 /* Translators: %s is where in the JSON document, such as “tripData.legs[0]” */
                 _("%s: the number is out of the supported range"), path);
  else if (state->bad_name)
    g_set_error (error, TR_JSON_ERROR, TR_JSON_ERROR_SYNTAX,
                 /* Translators: %s is where in the JSON document, such as “tripData.legs[0]” */
                 _("%s: a member name is not valid Unicode text"), path);
  else
    g_set_error (error, TR_JSON_ERROR, TR_JSON_ERROR_SYNTAX,
                 /* Translators: %s is where in the JSON document, such as “tripData.legs[0]” */
                 _("%s: the string is not valid Unicode text"), path);
}

/**
 * tr_json_node_check:
 * @node: a node, e.g. as parsed by json-glib
 * @error: return location for a %TR_JSON_ERROR_SYNTAX or
 *   %TR_JSON_ERROR_INVALID_VALUE error
 *
 * json-glib accepts escapes of lone UTF-16 surrogates (`"\ud800"`), which
 * it decodes to bytes that are not UTF-8, and numbers beyond the range of
 * a double (`1e400`), which become infinities that cannot be written back
 * as JSON; json-glib 1.6 also writes some huge or tiny doubles (`1e40`) as
 * `1e+40.0`, which is not JSON. This walks @node and refuses them: strings
 * and member names must be valid UTF-8 (%TR_JSON_ERROR_SYNTAX), numbers
 * must be written back as JSON (%TR_JSON_ERROR_INVALID_VALUE). The message
 * names the member path.
 *
 * Returns: %TRUE if @node can be written out and read back unchanged
 */
gboolean
tr_json_node_check (JsonNode  *node,
                    GError   **error)
{
  g_autoptr(GString) where = g_string_new (NULL);
  CheckState state = { where, FALSE, FALSE };

  g_return_val_if_fail (node != NULL, FALSE);

  if (check_node (node, &state))
    return TRUE;
  set_check_error (error, &state);
  return FALSE;
}

/**
 * tr_json_from_string:
 * @json: UTF-8 JSON text
 * @error: return location for a %TR_JSON_ERROR_SYNTAX error (or
 *   %TR_JSON_ERROR_INVALID_VALUE, see tr_json_node_check())
 *
 * Returns: (transfer full) (nullable): the root node (immutable)
 */
/* json-glib 1.6 accepts a scalar document followed by more values ("1{}")
 * and leaks what follows; a scalar document is therefore parsed as the only
 * element of an array, where anything after it is a syntax error. */
static gboolean
is_scalar_document (const char *json)
{
  while (g_ascii_isspace (*json))
    json++;
  return *json != '{' && *json != '[';
}

static JsonNode *
scalar_root (JsonNode  *array,
             GError   **error)
{
  JsonArray *values = JSON_NODE_HOLDS_ARRAY (array) ? json_node_get_array (array) : NULL;

  if (values != NULL && json_array_get_length (values) == 1)
    return json_array_get_element (values, 0);
  if (values != NULL && json_array_get_length (values) > 1)
    g_set_error_literal (error, TR_JSON_ERROR, TR_JSON_ERROR_SYNTAX,
                         _("Invalid JSON: the document holds more than one value"));
  else
    g_set_error_literal (error, TR_JSON_ERROR, TR_JSON_ERROR_SYNTAX,
                         _("Invalid JSON: the document is empty"));
  return NULL;
}

JsonNode *
tr_json_from_string (const char  *json,
                     GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *wrapped = NULL;
  gboolean scalar = json != NULL && is_scalar_document (json);
  JsonNode *root;

  if (scalar)
    json = wrapped = g_strconcat ("[", json, "\n]", NULL);
  if (json == NULL || !json_parser_load_from_data (parser, json, -1, &local_error))
    {
      g_set_error (error, TR_JSON_ERROR, TR_JSON_ERROR_SYNTAX,
                   /* Translators: %s is the JSON parser’s error message, or the words “no text” */
                   _("Invalid JSON: %s"),
                   local_error ? local_error->message : _("no text"));
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root != NULL && scalar)
    root = scalar_root (root, error);
  else if (root == NULL)
    g_set_error_literal (error, TR_JSON_ERROR, TR_JSON_ERROR_SYNTAX,
                         _("Invalid JSON: the document is empty"));
  if (root == NULL || !tr_json_node_check (root, error))
    return NULL;

  return json_node_ref (root);
}

char *
tr_json_to_string (JsonNode *node)
{
  g_return_val_if_fail (node != NULL, NULL);

  return json_to_string (node, FALSE);
}

static JsonNode *
deep_copy_object (JsonObject *object)
{
  JsonObject *copy = json_object_new ();
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;
  JsonNode *node;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &member))
    json_object_set_member (copy, name, tr_json_node_deep_copy (member));

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, copy);
  return node;
}

static JsonNode *
deep_copy_array (JsonArray *array)
{
  JsonArray *copy = json_array_sized_new (json_array_get_length (array));
  JsonNode *node;

  for (guint i = 0; i < json_array_get_length (array); i++)
    json_array_add_element (copy, tr_json_node_deep_copy (json_array_get_element (array, i)));

  node = json_node_new (JSON_NODE_ARRAY);
  json_node_take_array (node, copy);
  return node;
}

static JsonNode *
copy_value (JsonNode *node)
{
  JsonNode *copy = json_node_new (JSON_NODE_TYPE (node));

  if (JSON_NODE_HOLDS_VALUE (node))
    {
      GValue value = G_VALUE_INIT;

      json_node_get_value (node, &value);
      json_node_set_value (copy, &value);
      g_value_unset (&value);
    }
  return copy;
}

/**
 * tr_json_node_deep_copy:
 * @node: a node
 *
 * Unlike json_node_copy(), objects and arrays are copied too, so the copy
 * is mutable and can be modified without touching @node.
 *
 * Returns: (transfer full): a mutable copy of @node
 */
JsonNode *
tr_json_node_deep_copy (JsonNode *node)
{
  g_return_val_if_fail (node != NULL, NULL);

  if (JSON_NODE_HOLDS_OBJECT (node))
    return deep_copy_object (json_node_get_object (node));
  if (JSON_NODE_HOLDS_ARRAY (node))
    return deep_copy_array (json_node_get_array (node));
  return copy_value (node);
}

/**
 * tr_json_node_type_name:
 * @node: (nullable): a node
 *
 * Returns: the translated JSON type name used in error messages ("object",
 *   "array", "string", "number", "boolean", "null" in English)
 */
const char *
tr_json_node_type_name (JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    /* Translators: the kinds of JSON value, as in “name: expected a string, got
     * number”; translate them as the value that was found. */
    return C_("JSON value found", "null");
  if (JSON_NODE_HOLDS_OBJECT (node))
    return C_("JSON value found", "object");
  if (JSON_NODE_HOLDS_ARRAY (node))
    return C_("JSON value found", "array");

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return C_("JSON value found", "string");
    case G_TYPE_BOOLEAN:
      return C_("JSON value found", "boolean");
    default:
      return C_("JSON value found", "number");
    }
}

/**
 * tr_json_path_member:
 * @path: (nullable): path of the parent, %NULL or "" for the top level
 * @member: member name
 *
 * Returns: (transfer full): e.g. "tripData.legs" or "name"
 */
char *
tr_json_path_member (const char *path,
                     const char *member)
{
  if (path == NULL || *path == '\0')
    return g_strdup (member);

  return g_strconcat (path, ".", member, NULL);
}

/**
 * tr_json_path_index:
 * @path: (nullable): path of the array
 * @index: element index
 *
 * Returns: (transfer full): e.g. "legs[0]"
 */
char *
tr_json_path_index (const char *path,
                    guint       index)
{
  return g_strdup_printf ("%s[%u]", path ? path : "", index);
}

/**
 * tr_json_get_int_lenient:
 * @node: (nullable): a node
 * @out_value: (out): the integer
 *
 * Reads an integer that may arrive as a JSON integer, as an integral
 * double, or as a string of decimal digits (OAuth `expires_in`).
 *
 * Returns: %TRUE if @node held such an integer
 */
gboolean
tr_json_get_int_lenient (JsonNode *node,
                         gint64   *out_value)
{
  g_return_val_if_fail (out_value != NULL, FALSE);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      *out_value = json_node_get_int (node);
      return TRUE;
    case G_TYPE_DOUBLE:
      {
        double d = json_node_get_double (node);

        if (!(d >= -9.2e18 && d <= 9.2e18) || d != (double) (gint64) d)
          return FALSE;
        *out_value = (gint64) d;
        return TRUE;
      }
    case G_TYPE_STRING:
      return g_ascii_string_to_signed (json_node_get_string (node), 10,
                                       G_MININT64, G_MAXINT64,
                                       out_value, NULL);
    default:
      return FALSE;
    }
}

/**
 * tr_json_boolean_from_json:
 * @node: a node, e.g. the `true` body of a DELETE response
 * @out_value: (out): the boolean
 * @error: return location for a %TR_JSON_ERROR_TYPE error
 */
gboolean
tr_json_boolean_from_json (JsonNode  *node,
                           gboolean  *out_value,
                           GError   **error)
{
  g_return_val_if_fail (out_value != NULL, FALSE);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      g_set_error (error, TR_JSON_ERROR, TR_JSON_ERROR_TYPE,
                   /* Translators: the first %s is where in the JSON document, such as
                    * “tripData.legs[0]”; the second the expected value, translated, such
                    * as “a string”; the third the value found, translated, such as “number”. */
                   _("%s: expected %s, got %s"),
                   "$", _("a boolean"), tr_json_node_type_name (node));
      return FALSE;
    }

  *out_value = json_node_get_boolean (node);
  return TRUE;
}

/* Reads exactly @n_digits ASCII digits from @text into @out. */
static gboolean
read_digits (const char *text,
             guint       n_digits,
             int        *out)
{
  int value = 0;

  for (guint i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      value = value * 10 + g_ascii_digit_value (text[i]);
    }

  *out = value;
  return TRUE;
}

static gboolean
read_ymd (const char *text,
          int        *year,
          int        *month,
          int        *day)
{
  return read_digits (text, 4, year) && text[4] == '-'
         && read_digits (text + 5, 2, month) && text[7] == '-'
         && read_digits (text + 8, 2, day)
         && *year >= 1 && g_date_valid_dmy (*day, *month, *year);
}

/**
 * tr_date_parse:
 * @text: (nullable): a `yyyy-MM-dd` date
 *
 * Returns: (transfer full) (nullable): the date, or %NULL if @text is not
 *   exactly a valid calendar date
 */
GDate *
tr_date_parse (const char *text)
{
  int year, month, day;

  if (text == NULL || strlen (text) != 10 || !read_ymd (text, &year, &month, &day))
    return NULL;

  return g_date_new_dmy (day, month, year);
}

/**
 * tr_date_julian_of_text:
 * @text: (nullable): a `yyyy-MM-dd` date
 *
 * The same as tr_date_parse() without allocating: every cached request
 * goes through here at startup.
 *
 * Returns: the Julian day of @text, 0 if it is not exactly a valid
 *   calendar date
 */
guint
tr_date_julian_of_text (const char *text)
{
  int year, month, day;
  GDate date;

  if (text == NULL || strlen (text) != 10 || !read_ymd (text, &year, &month, &day))
    return 0;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

/**
 * tr_date_format:
 * @date: a valid date
 *
 * Returns: (transfer full): `yyyy-MM-dd`
 */
char *
tr_date_format (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          (guint) g_date_get_month (date), g_date_get_day (date));
}

/**
 * tr_time_parse:
 * @text: (nullable): a `HH:mm` time (a legacy `HH:mm:ss` is accepted,
 *   seconds are dropped)
 * @out_minutes: (out): minutes since midnight, 0…1439
 */
gboolean
tr_time_parse (const char *text,
               int        *out_minutes)
{
  int hours, minutes, seconds = 0;
  gsize len = text ? strlen (text) : 0;

  if ((len != 5 && len != 8)
      || !read_digits (text, 2, &hours) || text[2] != ':'
      || !read_digits (text + 3, 2, &minutes)
      || (len == 8 && (text[5] != ':' || !read_digits (text + 6, 2, &seconds))))
    return FALSE;
  if (hours > 23 || minutes > 59 || seconds > 59)
    return FALSE;

  *out_minutes = hours * 60 + minutes;
  return TRUE;
}

/**
 * tr_time_format:
 * @minutes: minutes since midnight, or -1 for "no time"
 *
 * Returns: (transfer full) (nullable): `HH:mm`, %NULL for -1
 */
char *
tr_time_format (int minutes)
{
  if (minutes < 0 || minutes >= 24 * 60)
    return NULL;

  return g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);
}

/* Parses ".SSS…" (1 to 9 digits) into microseconds. */
static gboolean
read_fraction (const char **text,
               int         *out_usec)
{
  const char *p = *text;
  int usec = 0;
  guint n = 0;

  *out_usec = 0;
  if (*p != '.')
    return TRUE;

  for (p++; g_ascii_isdigit (*p); p++, n++)
    if (n < 6)
      usec = usec * 10 + g_ascii_digit_value (*p);
  for (guint i = n; i < 6; i++)
    usec *= 10;

  *text = p;
  *out_usec = usec;
  return n >= 1 && n <= 9;
}

/**
 * tr_timestamp_parse:
 * @text: (nullable): `yyyy-MM-ddTHH:mm:ss[.SSS][Z]`; without `Z` the time
 *   is UTC as well
 *
 * Returns: (transfer full) (nullable): a UTC date-time, or %NULL if invalid
 */
GDateTime *
tr_timestamp_parse (const char *text)
{
  g_autoptr(GDateTime) whole = NULL;
  int year, month, day, hours, minutes, seconds, usec;
  const char *rest;

  if (text == NULL || strlen (text) < 19
      || !read_ymd (text, &year, &month, &day) || text[10] != 'T'
      || !read_digits (text + 11, 2, &hours) || text[13] != ':'
      || !read_digits (text + 14, 2, &minutes) || text[16] != ':'
      || !read_digits (text + 17, 2, &seconds)
      || hours > 23 || minutes > 59 || seconds > 59)
    return NULL;

  rest = text + 19;
  if (!read_fraction (&rest, &usec))
    return NULL;
  if (*rest == 'Z')
    rest++;
  if (*rest != '\0')
    return NULL;

  whole = g_date_time_new_utc (year, month, day, hours, minutes, seconds);
  if (whole == NULL)
    return NULL;

  return g_date_time_add (whole, usec);
}

/**
 * tr_timestamp_format:
 * @timestamp: a date-time
 *
 * Returns: (transfer full): the API form `yyyy-MM-ddTHH:mm:ss.SSSZ`, in UTC
 */
char *
tr_timestamp_format (GDateTime *timestamp)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *hms = NULL;

  g_return_val_if_fail (timestamp != NULL, NULL);

  /* Not g_date_time_format(): its %Y does not pad years before 1000. */
  utc = g_date_time_to_utc (timestamp);
  hms = g_date_time_format (utc, "%H:%M:%S");

  return g_strdup_printf ("%04d-%02d-%02dT%s.%03dZ", g_date_time_get_year (utc),
                          g_date_time_get_month (utc), g_date_time_get_day_of_month (utc),
                          hms, g_date_time_get_microsecond (utc) / 1000);
}
