/* tr-sandbox-expense-input.c
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

/* Validation and normalization of an expected expense body (API notes §2.2). */

#define G_LOG_DOMAIN "tr-sandbox"

#include "tr-sandbox-expense-input.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "tr-sandbox-place.h"
#include "tr-sandbox-util.h"

typedef struct
{
  const char *id;
  const char *name;
} ExpenseType;

static const ExpenseType expense_types[] = {
  { "AIRFR", N_("Airfare") }, { "TRAIN", N_("Train") }, { "RAILF", N_("Train") },
  { "HOTEL", N_("Hotel") }, { "LODNG", N_("Hotel") }, { "CARRT", N_("Car Rental") },
  { "TAXIX", N_("Taxi") }, { "TAXIF", N_("Taxi") }, { "LIMOF", N_("Limousine") },
  { "DINNR", N_("Dinner") }, { "LUNCH", N_("Lunch") }, { "BRKFT", N_("Breakfast") },
  { "DININ", N_("Meals") }, { "PARKG", N_("Parking") }, { "MISC", N_("Miscellaneous") },
  { "EVENT", N_("Event") }, { "REGFE", N_("Registration Fees") }, { "MILEG", N_("Mileage") },
};

static const char *const segment_codes[] = {
  "AIRFR", "CARRT", "HOTEL", "LIMOF", "RAILF", "TAXIF", "MISC", "PARKG", "DININ", "EVENT", NULL
};

const char *
tr_sandbox_expense_type_name (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (expense_types); i++)
    if (g_strcmp0 (expense_types[i].id, id) == 0)
      return _(expense_types[i].name);
  return NULL;
}

void
tr_sandbox_expense_input_free (TrSandboxExpenseInput *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->body, json_object_unref);
  g_free (self->currency);
  g_free (self);
}

static gboolean
fail (TrSandboxCall *call,
      const char    *code,
      const char    *message)
{
  tr_sandbox_call_error (call, 400, code, message);
  return FALSE;
}

static void
set_object (JsonObject *target,
            const char *member,
            JsonNode   *value)
{
  json_object_set_member (target, member, value);
}

static gboolean
copy_location (TrSandboxCall *call,
               JsonObject    *from,
               JsonObject    *to,
               const char    *member,
               gboolean       required)
{
  JsonObject *input = tr_sandbox_object_object (from, member);
  JsonNode *resolved;
  g_autofree char *message = NULL;

  if (input == NULL)
    {
      /* Translators: %s is a JSON member name, such as "startLocation"; do not translate it. */
      message = g_strdup_printf (_("The leg has no %s."), member);
      return !required || fail (call, "invalidLocation", message);
    }
  resolved = tr_sandbox_place_resolve (call, input);
  if (resolved == NULL)
    return FALSE;
  set_object (to, member, resolved);
  return TRUE;
}

static gboolean
copy_strings (TrSandboxCall      *call,
              JsonObject         *from,
              JsonObject         *to,
              const char * const *members,
              gboolean          (*check) (const char *))
{
  for (guint i = 0; members[i] != NULL; i++)
    {
      JsonNode *node = json_object_get_member (from, members[i]);
      const char *text = tr_sandbox_object_string (from, members[i]);

      if (node == NULL || JSON_NODE_HOLDS_NULL (node))
        continue;
      if (text == NULL || (check != NULL && !check (text)))
        {
          /* Translators: %s is a JSON member name, such as "startDate"; do not translate it. */
          g_autofree char *message = g_strdup_printf (_("%s has a wrong type or format."), members[i]);
          return fail (call, check == tr_sandbox_is_date ? "invalidDate" : "badParam", message);
        }
      json_object_set_string_member (to, members[i], text);
    }
  return TRUE;
}

static gboolean
copy_bools (JsonObject         *from,
            JsonObject         *to,
            const char * const *members)
{
  for (guint i = 0; members[i] != NULL; i++)
    {
      JsonNode *node = json_object_get_member (from, members[i]);

      if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN)
        json_object_set_boolean_member (to, members[i], json_node_get_boolean (node));
    }
  return TRUE;
}

static JsonObject *
parse_leg (TrSandboxCall *call,
           JsonObject    *input,
           const char    *segment_code)
{
  static const char *const dates[] = { "startDate", "endDate", NULL };
  static const char *const times[] = { "startTime", "endTime", NULL };
  static const char *const texts[] = { "startLocationDetail", "endLocationDetail", "classOfService",
                                       "comment", "vendorName", "flightNumber", "segmentLocator", NULL };
  static const char *const bools[] = { "returnLeg", NULL };
  g_autoptr(JsonObject) leg = json_object_new ();
  const char *id = tr_sandbox_object_string (input, "id");
  gboolean hotel = g_str_equal (segment_code, "HOTEL");
  gboolean travel = g_str_equal (segment_code, "AIRFR") || g_str_equal (segment_code, "RAILF");
  g_autofree char *new_id = NULL;

  if (tr_sandbox_object_string (input, "startDate") == NULL)
    return fail (call, "missingRequiredField", _("A leg needs a startDate.")), NULL;
  json_object_set_string_member (leg, "id", tr_sandbox_is_hex_id (id) ? id : (new_id = tr_sandbox_new_id ()));
  if (!copy_strings (call, input, leg, dates, tr_sandbox_is_date)
      || !copy_strings (call, input, leg, times, tr_sandbox_is_time)
      || !copy_strings (call, input, leg, texts, NULL) || !copy_bools (input, leg, bools)
      || (!hotel && !copy_location (call, input, leg, "startLocation", TRUE))
      || !copy_location (call, input, leg, "endLocation", travel || hotel))
    return NULL;
  if (!json_object_has_member (leg, "returnLeg"))
    json_object_set_boolean_member (leg, "returnLeg", FALSE);
  return g_steal_pointer (&leg);
}

static const char *
derive_trip_type (JsonArray *legs)
{
  guint n = json_array_get_length (legs);

  if (n == 1)
    return "ONE_WAY";
  for (guint i = 0; i < n && n == 2; i++)
    if (json_object_get_boolean_member_with_default (json_array_get_object_element (legs, i), "returnLeg", FALSE))
      return "ROUND_TRIP";
  return n == 2 ? "ROUND_TRIP" : "MULTI_STOPS";
}

static gboolean
parse_legs (TrSandboxCall *call,
            JsonObject    *trip_in,
            JsonObject    *trip,
            const char    *code)
{
  JsonNode *node = json_object_get_member (trip_in, "legs");
  g_autoptr(JsonArray) legs = json_array_new ();
  const char *trip_type = tr_sandbox_object_string (trip_in, "tripType");
  static const char *const trip_types[] = { "ONE_WAY", "ROUND_TRIP", "MULTI_STOPS", NULL };

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) == 0)
    return fail (call, "missingRequiredField", _("A segment needs at least one leg."));
  for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
    {
      JsonNode *element = json_array_get_element (json_node_get_array (node), i);
      JsonObject *leg = JSON_NODE_HOLDS_OBJECT (element)
                        ? parse_leg (call, json_node_get_object (element), code)
                        : (fail (call, "badParam", _("A leg must be an object.")), NULL);
      if (leg == NULL)
        return FALSE;
      json_array_add_object_element (legs, leg);
    }
  if (trip_type != NULL && !g_strv_contains (trip_types, trip_type))
    return fail (call, "badParam", _("tripType must be ONE_WAY, ROUND_TRIP or MULTI_STOPS."));
  if (g_strcmp0 (trip_type, "ONE_WAY") == 0 && json_array_get_length (legs) > 1)
    return fail (call, "multiLegNotAllowed", _("A one-way segment has a single leg."));
  json_object_set_string_member (trip, "tripType", trip_type ? trip_type : derive_trip_type (legs));
  json_object_set_array_member (trip, "legs", g_steal_pointer (&legs));
  return TRUE;
}

static gboolean
parse_trip (TrSandboxCall *call,
            JsonObject    *input,
            JsonObject    *body,
            const char   **code_out)
{
  static const char *const bools[] = { "agencyBooked", "selfBooked", NULL };
  JsonObject *trip_in = tr_sandbox_object_object (input, "tripData");
  JsonObject *segment = tr_sandbox_object_object (trip_in, "segmentType");
  const char *code = tr_sandbox_object_string (segment, "code");
  const char *category = tr_sandbox_object_string (segment, "category");
  g_autofree char *expected = g_strconcat ("REQ_SEG_", code ? code : "", NULL);
  g_autoptr(JsonObject) trip = json_object_new ();
  JsonObject *segment_out = json_object_new ();

  json_object_set_object_member (trip, "segmentType", segment_out);
  if (code == NULL)
    return fail (call, "missingRequiredField", _("tripData.segmentType.code is required."));
  if (!g_strv_contains (segment_codes, code) || (category && !g_str_equal (category, expected)))
    return fail (call, "segmentTypeNotMappedToPolicy", _("This segment type is not mapped to the policy."));
  json_object_set_string_member (segment_out, "category", expected);
  json_object_set_string_member (segment_out, "code", code);
  json_object_set_boolean_member (trip, "agencyBooked", FALSE);
  json_object_set_boolean_member (trip, "selfBooked", FALSE);
  copy_bools (trip_in, trip, bools);
  if (!parse_legs (call, trip_in, trip, code))
    return FALSE;
  json_object_set_object_member (body, "tripData", g_steal_pointer (&trip));
  *code_out = code;
  return TRUE;
}

static gboolean
parse_type (TrSandboxCall *call,
            JsonObject    *input,
            JsonObject    *body,
            const char    *segment_code)
{
  JsonObject *type = tr_sandbox_object_object (input, "expenseType");
  const char *id = tr_sandbox_object_string (type, "id");
  JsonObject *out;

  if (id == NULL)
    id = segment_code;
  if (id == NULL)
    return fail (call, "missingRequiredField", _("expenseType.id is required."));
  if (tr_sandbox_expense_type_name (id) == NULL)
    return fail (call, "expenseTypeNotMappedToPolicy", _("This expense type is not mapped to the policy."));
  out = json_object_new ();
  json_object_set_string_member (out, "id", id);
  json_object_set_string_member (out, "name", tr_sandbox_expense_type_name (id));
  json_object_set_object_member (body, "expenseType", out);
  return TRUE;
}

static gint64
power_of_ten (int exponent)
{
  gint64 result = 1;

  while (exponent-- > 0)
    result *= 10;
  return result;
}

/* @amount_minor in @from → minor units of @to, with integer arithmetic
 * only (the rate is in millionths) and a single rounding, half up. */
static gint64
convert (gint64      amount_minor,
         const char *from,
         const char *to,
         gint64      rate_micro,
         gboolean    multiply)
{
  int shift = (int) tr_sandbox_currency_digits (to) - (int) tr_sandbox_currency_digits (from);
  __int128 numerator = (__int128) amount_minor * power_of_ten (MAX (shift, 0));
  __int128 denominator = power_of_ten (MAX (-shift, 0));

  if (g_str_equal (from, to))
    return amount_minor;
  if (multiply)
    {
      numerator *= rate_micro;
      denominator *= 1000000;
    }
  else
    {
      numerator *= 1000000;
      denominator *= rate_micro;
    }
  return (gint64) ((numerator * 2 + denominator) / (denominator * 2));
}

/* Reads the amount and the exchange rate; the rate is kept to 6 decimals. */
static gboolean
parse_amounts (TrSandboxCall         *call,
               JsonObject            *input,
               TrSandboxExpenseInput *self,
               const char            *request_currency)
{
  JsonObject *rate = tr_sandbox_object_object (input, "exchangeRate");
  JsonNode *rate_value = rate ? json_object_get_member (rate, "value") : NULL;
  const char *operation = rate ? tr_sandbox_object_string (rate, "operation") : "MULTIPLY";
  gint64 rate_micro = 1000000;
  JsonObject *rate_out;

  if (!tr_sandbox_amount_parse (tr_sandbox_object_object (input, "transactionAmount"),
                                &self->amount_minor, &self->currency))
    return fail (call, "missingRequiredField", _("transactionAmount needs a non-negative value and a currency."));
  if (rate != NULL)
    {
      if (rate_value == NULL || !JSON_NODE_HOLDS_VALUE (rate_value)
          || json_node_get_value_type (rate_value) == G_TYPE_STRING
          || json_node_get_value_type (rate_value) == G_TYPE_BOOLEAN
          || json_node_get_double (rate_value) <= 0 || json_node_get_double (rate_value) > 1e6
          || (g_strcmp0 (operation, "MULTIPLY") != 0 && g_strcmp0 (operation, "DIVIDE") != 0))
        return fail (call, "badParam", _("exchangeRate needs a positive value and MULTIPLY or DIVIDE."));
      rate_micro = llround (json_node_get_double (rate_value) * 1e6);
      if (rate_micro < 1)
        return fail (call, "badParam", _("exchangeRate is too small."));
    }
  else if (!g_str_equal (self->currency, request_currency))
    return fail (call, "badParam", _("exchangeRate is required when the currency differs from the Request."));
  if (g_str_equal (self->currency, request_currency))
    {
      rate_micro = 1000000;
      operation = "MULTIPLY";
    }
  self->posted_minor = convert (self->amount_minor, self->currency, request_currency,
                                rate_micro, g_str_equal (operation, "MULTIPLY"));
  rate_out = json_object_new ();
  if (rate_micro % 1000000 == 0)
    json_object_set_int_member (rate_out, "value", rate_micro / 1000000);
  else
    json_object_set_double_member (rate_out, "value", (double) rate_micro / 1e6);
  json_object_set_string_member (rate_out, "operation", operation);
  json_object_set_object_member (self->body, "exchangeRate", rate_out);
  return TRUE;
}

static gboolean
copy_extras (TrSandboxCall *call,
             JsonObject    *input,
             JsonObject    *body)
{
  static const char *const texts[] = { "businessPurpose", "lastComment", NULL };
  static const char *const dates[] = { "budgetAccrualDate", NULL };
  g_autoptr(GList) members = json_object_get_members (input);

  if (!copy_strings (call, input, body, texts, NULL))
    return FALSE;
  for (guint i = 0; dates[i] != NULL; i++)
    if (tr_sandbox_object_string (input, dates[i]) != NULL)
      {
        g_autofree char *date = tr_sandbox_normalize_timestamp (tr_sandbox_object_string (input, dates[i]));
        if (date == NULL)
          return fail (call, "invalidDate", _("budgetAccrualDate is not a valid date."));
        json_object_set_string_member (body, dates[i], date);
      }
  for (GList *l = members; l != NULL; l = l->next)
    if ((g_str_has_prefix (l->data, "custom") || g_str_has_prefix (l->data, "orgUnit")
         || g_str_equal (l->data, "vendor"))
        && tr_sandbox_object_object (input, l->data) != NULL)
      json_object_set_member (body, l->data, json_node_copy (json_object_get_member (input, l->data)));
  return TRUE;
}

TrSandboxExpenseInput *
tr_sandbox_expense_input_parse (TrSandboxCall *call,
                                JsonObject    *input,
                                const char    *request_currency)
{
  g_autoptr(TrSandboxExpenseInput) self = g_new0 (TrSandboxExpenseInput, 1);
  g_autofree char *date = tr_sandbox_normalize_timestamp (tr_sandbox_object_string (input, "transactionDate"));
  const char *segment_code = NULL;
  JsonObject *location = tr_sandbox_object_object (input, "location");
  JsonNode *resolved;

  self->body = json_object_new ();
  if (tr_sandbox_object_object (input, "tripData") != NULL
      && !parse_trip (call, input, self->body, &segment_code))
    return NULL;
  if (!parse_type (call, input, self->body, segment_code))
    return NULL;
  if (date == NULL)
    return fail (call, json_object_has_member (input, "transactionDate") ? "invalidDate" : "missingRequiredField",
                 _("transactionDate must be a date or a timestamp.")), NULL;
  json_object_set_string_member (self->body, "transactionDate", date);
  if (!parse_amounts (call, input, self, request_currency) || !copy_extras (call, input, self->body))
    return NULL;
  if (location != NULL)
    {
      if ((resolved = tr_sandbox_place_resolve (call, location)) == NULL)
        return NULL;
      json_object_set_member (self->body, "location", resolved);
    }
  return g_steal_pointer (&self);
}
