/* tr-sandbox-locations.c
 *
 * Copyright 2026 The Travel Requests authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tr-sandbox-locations"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tr-sandbox-locations.h"
#include "tr-sandbox-location-table.h"

#define ERROR_INVALID "invalidLocation"
#define ERROR_SEVERAL "severalLocationsMatch"
#define MAX_LISTED_MATCHES 5

typedef enum {
  KIND_AIRPORT,
  KIND_CITY,
  KIND_STATION,
} LocationKind;

/* The string members of a Location input object (borrowed). */
typedef struct {
  const char *id;
  const char *name;
  const char *city;
  const char *country_code;
  const char *subdivision_code;
  const char *iata_code;
  const char *location_code;
  const char *location_type;
} LocationQuery;

/* Local-language city names people type, normalized → table city. */
static const char * const city_aliases[][2] = {
  { "munchen", "munich" }, { "koln", "cologne" }, { "wien", "vienna" },
  { "geneve", "geneva" }, { "genf", "geneva" }, { "bruxelles", "brussels" },
  { "brussel", "brussels" }, { "lisboa", "lisbon" }, { "roma", "rome" },
  { "milano", "milan" }, { "frankfurt am main", "frankfurt" },
  { "hannover", "hanover" }, { "nurnberg", "nuremberg" },
  { "new york city", "new york" },
};

static LocationKind
location_kind (const TrSandboxLocation *location)
{
  if (location->iata_code != NULL)
    return KIND_AIRPORT;
  if (g_str_has_prefix (location->location_type, "RAIL_"))
    return KIND_STATION;
  return KIND_CITY;
}

/* Case-folded, accents stripped, punctuation turned into single spaces:
 * "Saint-Étienne (Gare)" → "saint etienne gare". */
static char *
normalize (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean pending_space = FALSE;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return g_strdup ("");
  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      if (!g_unichar_isalnum (c))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_utf8_casefold (out->str, -1);
}

/* "Lyon, FRANCE" → "lyon"; "München" → "munich". */
static char *
normalize_city (const char *text)
{
  g_autofree char *head = NULL;
  const char *comma;

  if (text == NULL)
    return g_strdup ("");
  comma = strchr (text, ',');
  head = comma != NULL ? g_strndup (text, comma - text) : g_strdup (text);

  {
    g_autofree char *normalized = normalize (head);

    for (guint i = 0; i < G_N_ELEMENTS (city_aliases); i++)
      if (g_str_equal (normalized, city_aliases[i][0]))
        return g_strdup (city_aliases[i][1]);
    return g_steal_pointer (&normalized);
  }
}

static const TrSandboxLocation *
table (guint *n_locations)
{
  return tr_sandbox_location_table_get (n_locations);
}

guint
tr_sandbox_locations_count (void)
{
  guint n;

  table (&n);
  return n;
}

const TrSandboxLocation *
tr_sandbox_locations_get_nth (guint index)
{
  guint n;
  const TrSandboxLocation *locations = table (&n);

  return index < n ? &locations[index] : NULL;
}

const TrSandboxLocation *
tr_sandbox_locations_lookup (const char *id)
{
  guint n;
  const TrSandboxLocation *locations = table (&n);

  if (id == NULL)
    return NULL;
  for (guint i = 0; i < n; i++)
    if (g_ascii_strcasecmp (locations[i].id, id) == 0)
      return &locations[i];
  return NULL;
}

JsonObject *
tr_sandbox_location_to_json (const TrSandboxLocation *location)
{
  JsonObject *object;

  g_return_val_if_fail (location != NULL, NULL);

  object = json_object_new ();
  json_object_set_string_member (object, "id", location->id);
  json_object_set_string_member (object, "name", location->name);
  json_object_set_string_member (object, "city", location->city);
  json_object_set_string_member (object, "countryCode", location->country_code);
  if (location->subdivision_code != NULL)
    json_object_set_string_member (object, "countrySubDivisionCode",
                                   location->subdivision_code);
  if (location->iata_code != NULL)
    json_object_set_string_member (object, "iataCode", location->iata_code);
  json_object_set_string_member (object, "locationCode", location->location_code);
  json_object_set_string_member (object, "locationType", location->location_type);
  json_object_set_double_member (object, "latitude", location->latitude);
  json_object_set_double_member (object, "longitude", location->longitude);
  return object;
}

/* ---- search ------------------------------------------------------------ */

static gboolean
has_word_prefix (const char *haystack,
                 const char *needle)
{
  const char *found = strstr (haystack, needle);

  for (; found != NULL; found = strstr (found + 1, needle))
    if (found == haystack || found[-1] == ' ')
      return TRUE;
  return FALSE;
}

/* 0: exact IATA code, 1: a word of name/city starts with the query,
 * 2: substring, -1: no match. */
static int
search_rank (const TrSandboxLocation *location,
             const char              *query)
{
  g_autofree char *name = normalize (location->name);
  g_autofree char *city = normalize (location->city);

  if (location->iata_code != NULL
      && g_ascii_strcasecmp (location->iata_code, query) == 0)
    return 0;
  if (has_word_prefix (name, query) || has_word_prefix (city, query))
    return 1;
  if (strstr (name, query) != NULL || strstr (city, query) != NULL)
    return 2;
  return -1;
}

GPtrArray *
tr_sandbox_locations_search (const char *query,
                             guint       max_results)
{
  g_autofree char *needle = normalize (query);
  GPtrArray *buckets[3];
  GPtrArray *results = g_ptr_array_new ();
  guint n;
  const TrSandboxLocation *locations = table (&n);

  if (*needle == '\0')
    return results;
  for (guint b = 0; b < G_N_ELEMENTS (buckets); b++)
    buckets[b] = g_ptr_array_new ();
  for (guint i = 0; i < n; i++)
    {
      int rank = search_rank (&locations[i], needle);

      if (rank >= 0)
        g_ptr_array_add (buckets[rank], (gpointer) &locations[i]);
    }
  for (guint b = 0; b < G_N_ELEMENTS (buckets); b++)
    for (guint i = 0; i < buckets[b]->len; i++)
      if (max_results == 0 || results->len < max_results)
        g_ptr_array_add (results, buckets[b]->pdata[i]);
  for (guint b = 0; b < G_N_ELEMENTS (buckets); b++)
    g_ptr_array_unref (buckets[b]);
  return results;
}

/* ---- resolve ------------------------------------------------------------ */

typedef gboolean (*LocationFilter) (const TrSandboxLocation *location,
                                    const LocationQuery     *query,
                                    const char              *key);

static const struct {
  const char *member;
  gsize       offset;
} query_members[] = {
  { "id", G_STRUCT_OFFSET (LocationQuery, id) },
  { "name", G_STRUCT_OFFSET (LocationQuery, name) },
  { "city", G_STRUCT_OFFSET (LocationQuery, city) },
  { "countryCode", G_STRUCT_OFFSET (LocationQuery, country_code) },
  { "countrySubDivisionCode", G_STRUCT_OFFSET (LocationQuery, subdivision_code) },
  { "iataCode", G_STRUCT_OFFSET (LocationQuery, iata_code) },
  { "locationCode", G_STRUCT_OFFSET (LocationQuery, location_code) },
  { "locationType", G_STRUCT_OFFSET (LocationQuery, location_type) },
};

/* Empty strings and JSON null count as absent; other types are an error. */
static char *
read_query (JsonObject    *input,
            LocationQuery *query)
{
  memset (query, 0, sizeof *query);
  for (guint i = 0; i < G_N_ELEMENTS (query_members); i++)
    {
      const char *member = query_members[i].member;
      JsonNode *node = json_object_get_member (input, member);
      const char **slot = G_STRUCT_MEMBER_P (query, query_members[i].offset);

      if (node == NULL || JSON_NODE_HOLDS_NULL (node))
        continue;
      if (!JSON_NODE_HOLDS_VALUE (node)
          || json_node_get_value_type (node) != G_TYPE_STRING)
        /* Translators: %s is a JSON member name, such as "city"; do not translate it. */
        return g_strdup_printf (_("Invalid location: “%s” must be a string."), member);
      if (*json_node_get_string (node) != '\0')
        *slot = json_node_get_string (node);
    }
  return NULL;
}

static gboolean
same (const char *a,
      const char *b)
{
  return a != NULL && b != NULL && g_ascii_strcasecmp (a, b) == 0;
}

static gboolean
city_equals (const TrSandboxLocation *location,
             const char              *normalized_city)
{
  g_autofree char *city = normalize_city (location->city);

  return g_str_equal (city, normalized_city);
}

static gboolean
name_equals (const TrSandboxLocation *location,
             const char              *normalized_name)
{
  g_autofree char *name = normalize (location->name);

  return g_str_equal (name, normalized_name);
}

static gboolean
name_contains (const TrSandboxLocation *location,
               const char              *normalized_name)
{
  g_autofree char *name = normalize (location->name);

  return strstr (name, normalized_name) != NULL;
}

/* "IATA_NCE" also answers to "NCE" and to the UN/LOCODE-style "FRNCE". */
static gboolean
code_matches (const TrSandboxLocation *location,
              const char              *code)
{
  const char *suffix;

  if (same (location->location_code, code))
    return TRUE;
  if (!g_str_has_prefix (location->location_code, "IATA_"))
    return FALSE;
  suffix = location->location_code + strlen ("IATA_");
  if (same (suffix, code))
    return TRUE;
  return strlen (code) == 5
         && g_ascii_strncasecmp (code, location->country_code, 2) == 0
         && same (suffix, code + 2);
}

static gboolean
filter_airport (const TrSandboxLocation *location,
                const LocationQuery     *query,
                const char              *key)
{
  return location_kind (location) == KIND_AIRPORT && same (location->iata_code, key);
}

static gboolean
filter_station_code (const TrSandboxLocation *location,
                     const LocationQuery     *query,
                     const char              *key)
{
  return location_kind (location) == KIND_STATION
         && same (location->location_type, query->location_type)
         && same (location->location_code, key);
}

static gboolean
filter_station_name (const TrSandboxLocation *location,
                     const LocationQuery     *query,
                     const char              *key)
{
  return location_kind (location) == KIND_STATION
         && same (location->location_type, query->location_type)
         && name_equals (location, key);
}

static gboolean
filter_station_name_part (const TrSandboxLocation *location,
                          const LocationQuery     *query,
                          const char              *key)
{
  return location_kind (location) == KIND_STATION
         && same (location->location_type, query->location_type)
         && name_contains (location, key);
}

static gboolean
filter_code (const TrSandboxLocation *location,
             const LocationQuery     *query,
             const char              *key)
{
  if (location_kind (location) == KIND_STATION)
    return FALSE;
  if (query->location_type != NULL && !same (location->location_type, query->location_type))
    return FALSE;
  return code_matches (location, key);
}

static gboolean
filter_city (const TrSandboxLocation *location,
             const LocationQuery     *query,
             const char              *key)
{
  return location_kind (location) == KIND_CITY && city_equals (location, key);
}

static gboolean
filter_airport_city (const TrSandboxLocation *location,
                     const LocationQuery     *query,
                     const char              *key)
{
  return location_kind (location) == KIND_AIRPORT && city_equals (location, key);
}

static gboolean
filter_name (const TrSandboxLocation *location,
             const LocationQuery     *query,
             const char              *key)
{
  return name_equals (location, key);
}

static gboolean
filter_name_part (const TrSandboxLocation *location,
                  const LocationQuery     *query,
                  const char              *key)
{
  return name_contains (location, key);
}

static GPtrArray *
collect (const LocationQuery *query,
         LocationFilter       filter,
         const char          *key)
{
  GPtrArray *matches = g_ptr_array_new ();
  guint n;
  const TrSandboxLocation *locations = table (&n);

  for (guint i = 0; i < n; i++)
    {
      if (query->country_code != NULL
          && !same (locations[i].country_code, query->country_code))
        continue;
      if (filter (&locations[i], query, key))
        g_ptr_array_add (matches, (gpointer) &locations[i]);
    }
  return matches;
}

/* Tries the filters in order; the first that matches anything wins. */
static GPtrArray *
collect_first (const LocationQuery *query,
               const LocationFilter filters[],
               const char          *keys[],
               guint                n_filters)
{
  GPtrArray *matches = NULL;

  for (guint i = 0; i < n_filters; i++)
    {
      g_clear_pointer (&matches, g_ptr_array_unref);
      matches = collect (query, filters[i], keys[i]);
      if (matches->len > 0)
        break;
    }
  return matches;
}

/* What the error message names when nothing matches. */
typedef struct {
  const char *field;   /* "iataCode", "locationCode", "cityName", "name" */
  const char *value;
} FailedKey;

static GPtrArray *
find_station (const LocationQuery *query,
              FailedKey           *failed)
{
  g_autofree char *name = NULL;
  const LocationFilter filters[] = { filter_station_name, filter_station_name_part };
  const char *keys[2];

  if (query->location_code != NULL)
    {
      *failed = (FailedKey) { "locationCode", query->location_code };
      return collect (query, filter_station_code, query->location_code);
    }
  if (query->name == NULL)
    return NULL;

  *failed = (FailedKey) { "name", query->name };
  name = normalize (query->name);
  if (*name == '\0')
    return g_ptr_array_new ();
  keys[0] = keys[1] = name;
  return collect_first (query, filters, keys, G_N_ELEMENTS (filters));
}

static GPtrArray *
find_by_city (const LocationQuery *query,
              FailedKey           *failed)
{
  g_autofree char *city = normalize_city (query->city);
  const LocationFilter filters[] = { filter_city, filter_airport_city };
  const char *keys[] = { city, city };

  *failed = (FailedKey) { "cityName", query->city };
  return collect_first (query, filters, keys, G_N_ELEMENTS (filters));
}

static GPtrArray *
find_by_name (const LocationQuery *query,
              FailedKey           *failed)
{
  g_autofree char *name = normalize (query->name);
  g_autofree char *city = normalize_city (query->name);
  const LocationFilter filters[] = { filter_name, filter_city, filter_name_part };
  const char *keys[] = { name, city, name };

  *failed = (FailedKey) { "name", query->name };
  if (*name == '\0')
    return g_ptr_array_new ();
  return collect_first (query, filters, keys, G_N_ELEMENTS (filters));
}

/* NULL when the query holds nothing to resolve by. */
static GPtrArray *
find_candidates (const LocationQuery *query,
                 FailedKey           *failed)
{
  if (query->iata_code != NULL)
    {
      *failed = (FailedKey) { "iataCode", query->iata_code };
      return collect (query, filter_airport, query->iata_code);
    }
  if (query->location_type != NULL
      && g_ascii_strncasecmp (query->location_type, "RAIL_", 5) == 0)
    return find_station (query, failed);
  if (query->location_code != NULL)
    {
      *failed = (FailedKey) { "locationCode", query->location_code };
      return collect (query, filter_code, query->location_code);
    }
  if (query->city != NULL)
    return find_by_city (query, failed);
  if (query->name != NULL)
    return find_by_name (query, failed);
  return NULL;
}

typedef gboolean (*KeepFunc) (const TrSandboxLocation *location,
                              const char              *key);

static gboolean
keep_subdivision (const TrSandboxLocation *location,
                  const char              *key)
{
  return same (location->subdivision_code, key);
}

static gboolean
keep_city_kind (const TrSandboxLocation *location,
                const char              *key)
{
  return location_kind (location) == KIND_CITY;
}

/* Keeps only the matches @keep accepts, unless that would leave none. */
static void
narrow (GPtrArray   *matches,
        KeepFunc     keep,
        const char  *key)
{
  g_autoptr(GPtrArray) kept = NULL;

  if (matches->len < 2 || key == NULL)
    return;
  kept = g_ptr_array_new ();
  for (guint i = 0; i < matches->len; i++)
    if (keep (matches->pdata[i], key))
      g_ptr_array_add (kept, matches->pdata[i]);
  if (kept->len == 0)
    return;
  g_ptr_array_set_size (matches, 0);
  g_ptr_array_extend (matches, kept, NULL, NULL);
}

static void
narrow_all (GPtrArray           *matches,
            const LocationQuery *query)
{
  g_autofree char *name = query->name != NULL ? normalize (query->name) : NULL;
  g_autofree char *city = query->city != NULL ? normalize_city (query->city) : NULL;

  narrow (matches, keep_subdivision, query->subdivision_code);
  narrow (matches, name_equals, name);
  narrow (matches, city_equals, city);
  /* The canonical STD location of a code is the city, as in Concur. */
  narrow (matches, keep_city_kind, "");
}

static gboolean
country_known (const char *country_code)
{
  guint n;
  const TrSandboxLocation *locations = table (&n);

  for (guint i = 0; i < n; i++)
    if (same (locations[i].country_code, country_code))
      return TRUE;
  return FALSE;
}

static char *
invalid_message (const FailedKey     *failed,
                 const LocationQuery *query)
{
  if (query->country_code != NULL)
    /* Translators: the first %s is a JSON member name, such as "city" (do not translate it), the second its value, the third a country code */
    return g_strdup_printf (_("Invalid location: no location found for %s “%s” and countryCode “%s”."),
                            failed->field, failed->value, query->country_code);
  /* Translators: the first %s is a JSON member name, such as "city" (do not translate it), the second its value */
  return g_strdup_printf (_("Invalid location: no location found for %s “%s”."),
                          failed->field, failed->value);
}

static char *
several_message (GPtrArray *matches)
{
  GString *message = g_string_new (_("Several locations match:"));

  for (guint i = 0; i < matches->len && i < MAX_LISTED_MATCHES; i++)
    {
      const TrSandboxLocation *location = matches->pdata[i];

      g_string_append_printf (message, "%s %s (%s, %s)", i > 0 ? "," : "",
                              location->name,
                              location->subdivision_code != NULL
                              ? location->subdivision_code : location->country_code,
                              location->location_code);
    }
  if (matches->len > MAX_LISTED_MATCHES)
    g_string_append (message, ", …");
  g_string_append (message, ". ");
  g_string_append (message, _("Add a countryCode, a locationCode or an iataCode to choose one."));
  return g_string_free (message, FALSE);
}

static const TrSandboxLocation *
fail (char       **error_code,
      char       **error_message,
      const char  *code,
      char        *message)
{
  if (error_code != NULL)
    *error_code = g_strdup (code);
  if (error_message != NULL)
    *error_message = message;
  else
    g_free (message);
  return NULL;
}

const TrSandboxLocation *
tr_sandbox_locations_resolve (JsonObject  *input,
                              char       **error_code,
                              char       **error_message)
{
  LocationQuery query;
  FailedKey failed = { NULL, NULL };
  g_autoptr(GPtrArray) matches = NULL;
  char *problem;

  if (error_code != NULL)
    *error_code = NULL;
  if (error_message != NULL)
    *error_message = NULL;
  if (input == NULL)
    return fail (error_code, error_message, ERROR_INVALID,
                 g_strdup (_("Invalid location: the location object is missing.")));
  if ((problem = read_query (input, &query)) != NULL)
    return fail (error_code, error_message, ERROR_INVALID, problem);

  if (query.id != NULL && tr_sandbox_locations_lookup (query.id) != NULL)
    return tr_sandbox_locations_lookup (query.id);
  if (query.country_code != NULL && !country_known (query.country_code))
    return fail (error_code, error_message, ERROR_INVALID,
                 /* Translators: %s is a country code, such as “FR” */
                 g_strdup_printf (_("Invalid location: no location found for countryCode “%s”."),
                                  query.country_code));

  matches = find_candidates (&query, &failed);
  if (matches == NULL)
    return fail (error_code, error_message, ERROR_INVALID,
                 g_strdup (_("Invalid location: give an iataCode, a city, a name or a locationCode.")));
  narrow_all (matches, &query);
  if (matches->len == 0)
    return fail (error_code, error_message, ERROR_INVALID, invalid_message (&failed, &query));
  if (matches->len > 1)
    return fail (error_code, error_message, ERROR_SEVERAL, several_message (matches));
  return matches->pdata[0];
}
