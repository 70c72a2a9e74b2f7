/* tr-store-amount.c
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

#define G_LOG_DOMAIN "TrStore"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tr-store-amount.h"
#include "tr-store-error.h"

#define MAX_SCALE 18

/* json-glib hands out non-integral JSON numbers as doubles. The amount is
 * recovered exactly by printing the shortest decimal that reads back as
 * the same double: that is the literal the server wrote for any amount of
 * 15 significant digits or fewer. From there on, only integers are used. */
static void
shortest_decimal (double  value,
                  char   *buffer,
                  gsize   size)
{
  for (int precision = 15; precision <= 17; precision++)
    {
      g_ascii_formatd (buffer, size, precision == 15 ? "%.15g" : precision == 16 ? "%.16g" : "%.17g", value);
      if (g_ascii_strtod (buffer, NULL) == value)
        return;
    }
}

static gboolean
invalid_amount (const char  *text,
                GError     **error)
{
  g_set_error (error, TR_STORE_ERROR, TR_STORE_ERROR_INVALID,
               /* Translators: %s is the text that was read */
               _("“%s” is not a valid amount"), text);
  return FALSE;
}

static gboolean
append_digit (gint64 *units,
              char    digit)
{
  if (*units > (G_MAXINT64 - (digit - '0')) / 10)
    return FALSE;
  *units = *units * 10 + (digit - '0');
  return TRUE;
}

static gboolean
parse_mantissa (const char **p,
                gint64      *units,
                int         *scale)
{
  gboolean any = FALSE, frac = FALSE;

  for (; **p != '\0'; (*p)++)
    {
      if (**p == '.' && !frac)
        frac = TRUE;
      else if (g_ascii_isdigit (**p))
        {
          if (!append_digit (units, **p))
            return FALSE;
          any = TRUE;
          *scale += frac ? 1 : 0;
        }
      else
        break;
    }

  return any;
}

static gboolean
apply_exponent (const char *exp_text,
                gint64     *units,
                int        *scale)
{
  char *end = NULL;
  gint64 exponent = g_ascii_strtoll (exp_text, &end, 10);

  if (end == exp_text || *end != '\0' || exponent > MAX_SCALE || exponent < -MAX_SCALE)
    return FALSE;
  *scale -= (int) exponent;
  for (; *scale < 0; (*scale)++)
    if (!append_digit (units, '0'))
      return FALSE;
  return TRUE;
}

/**
 * tr_store_amount_parse_decimal:
 * @text: a decimal number such as `494.56`, `-3`, `1.5e2`
 * @amount: (out caller-allocates): where to store units and scale
 * @error: return location for a #TR_STORE_ERROR_INVALID error
 *
 * Parses a decimal into integer minor units, trailing zeros removed.
 */
gboolean
tr_store_amount_parse_decimal (const char     *text,
                               TrStoreAmount  *amount,
                               GError        **error)
{
  const char *p = text;
  gboolean negative = FALSE;
  gint64 units = 0;
  int scale = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (amount != NULL, FALSE);

  if (*p == '-' || *p == '+')
    negative = *p++ == '-';
  if (!parse_mantissa (&p, &units, &scale))
    return invalid_amount (text, error);
  if ((*p == 'e' || *p == 'E') && !apply_exponent (p + 1, &units, &scale))
    return invalid_amount (text, error);
  else if (*p != '\0' && *p != 'e' && *p != 'E')
    return invalid_amount (text, error);
  for (; scale > 0 && units % 10 == 0; scale--)
    units /= 10;
  if (scale > MAX_SCALE)
    return invalid_amount (text, error);

  amount->units = negative ? -units : units;
  amount->scale = scale;
  return TRUE;
}

/**
 * tr_store_amount_parse_value:
 * @value: a JSON number (or a string holding a decimal)
 * @amount: (out caller-allocates): units and scale; currency untouched
 * @error: return location for an error
 *
 * Converts the `value` member of a Concur Amount without floating-point
 * arithmetic on the result.
 */
gboolean
tr_store_amount_parse_value (JsonNode       *value,
                             TrStoreAmount  *amount,
                             GError        **error)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (value == NULL || !JSON_NODE_HOLDS_VALUE (value))
    return invalid_amount ("?", error);

  switch (json_node_get_value_type (value))
    {
    case G_TYPE_INT64:
      amount->units = json_node_get_int (value);
      amount->scale = 0;
      return TRUE;
    case G_TYPE_DOUBLE:
      shortest_decimal (json_node_get_double (value), buffer, sizeof buffer);
      return tr_store_amount_parse_decimal (buffer, amount, error);
    case G_TYPE_STRING:
      return tr_store_amount_parse_decimal (json_node_get_string (value), amount, error);
    default:
      return invalid_amount ("?", error);
    }
}

/**
 * tr_store_amount_parse:
 * @object: a Request or Expected Expense object
 * @member: the member holding an Amount (`{"value":…, "currency":…}`)
 * @amount: (out caller-allocates): the result; zeroed when absent
 * @error: return location for an error
 *
 * Reads an optional Amount member. Absent or null is not an error.
 */
gboolean
tr_store_amount_parse (JsonObject     *object,
                       const char     *member,
                       TrStoreAmount  *amount,
                       GError        **error)
{
  JsonNode *node = json_object_get_member (object, member);
  JsonObject *obj;
  JsonNode *currency;

  memset (amount, 0, sizeof *amount);
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return invalid_amount (member, error);

  obj = json_node_get_object (node);
  if (!tr_store_amount_parse_value (json_object_get_member (obj, "value"), amount, error))
    return FALSE;
  currency = json_object_get_member (obj, "currency");
  if (currency != NULL && JSON_NODE_HOLDS_VALUE (currency) &&
      json_node_get_value_type (currency) == G_TYPE_STRING)
    amount->currency = g_strdup (json_node_get_string (currency));
  return TRUE;
}

void
tr_store_amount_clear (TrStoreAmount *amount)
{
  g_clear_pointer (&amount->currency, g_free);
  amount->units = 0;
  amount->scale = 0;
}
