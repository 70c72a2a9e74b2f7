/* test-sandbox-locations.c
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

#include <json-glib/json-glib.h>
#include <string.h>

#include "tr-sandbox-locations.h"

/* ---- helpers ------------------------------------------------------------ */

static JsonObject *
parse_object (const char *json)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;

  node = json_from_string (json, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return json_object_ref (json_node_get_object (node));
}

static const TrSandboxLocation *
resolve_ok (const char *json)
{
  g_autoptr(JsonObject) input = parse_object (json);
  g_autofree char *code = NULL;
  g_autofree char *message = NULL;
  const TrSandboxLocation *location;

  location = tr_sandbox_locations_resolve (input, &code, &message);
  g_test_message ("%s -> %s", json, location != NULL ? location->name : message);
  g_assert_nonnull (location);
  g_assert_null (code);
  g_assert_null (message);
  return location;
}

/* Returns the message; asserts the error code. */
static char *
resolve_fails (const char *json,
               const char *expected_code)
{
  g_autoptr(JsonObject) input = json != NULL ? parse_object (json) : NULL;
  g_autofree char *code = NULL;
  char *message = NULL;

  g_assert_null (tr_sandbox_locations_resolve (input, &code, &message));
  g_test_message ("%s -> %s: %s", json, code, message);
  g_assert_cmpstr (code, ==, expected_code);
  g_assert_nonnull (message);
  g_assert_cmpstr (message, !=, "");
  return message;
}

static gboolean
is_upper_hex (const char *text,
              gsize       length)
{
  if (strlen (text) != length)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isxdigit (text[i]) || g_ascii_islower (text[i]))
      return FALSE;
  return TRUE;
}

static gboolean
is_upper_alpha (const char *text,
                gsize       length)
{
  if (text == NULL || strlen (text) != length)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isupper (text[i]))
      return FALSE;
  return TRUE;
}

/* ---- table sanity --------------------------------------------------------- */

/* Ids are stable: MD5 of "tr-sandbox-location:KIND:code:type", except the
 * three whose Concur ids the fixtures carry. */
static void
check_id_derivation (const TrSandboxLocation *location)
{
  const char *kind = location->iata_code != NULL ? "AIRPORT"
                     : g_str_has_prefix (location->location_type, "RAIL_") ? "STATION" : "CITY";
  g_autofree char *key = g_strdup_printf ("tr-sandbox-location:%s:%s:%s", kind,
                                          location->location_code, location->location_type);
  g_autofree char *md5 = g_compute_checksum_for_string (G_CHECKSUM_MD5, key, -1);
  g_autofree char *expected = g_ascii_strup (md5, -1);

  if (g_strv_contains ((const char * const[]) { "A168CDBA58AE42868961BC00278A91B3",
                                                "CE4A6DCAC4A14D08803C28F6D5CB20F0",
                                                "4A33695120254EEC9261B24993DD413B", NULL },
                       location->id))
    return;
  g_assert_cmpstr (location->id, ==, expected);
}

static void
check_entry (const TrSandboxLocation *location,
             GHashTable              *ids,
             GHashTable              *iata_codes)
{
  g_assert_true (is_upper_hex (location->id, 32));
  g_assert_true (g_hash_table_add (ids, (gpointer) location->id));
  check_id_derivation (location);
  g_assert_true (tr_sandbox_locations_lookup (location->id) == location);
  g_assert_true (location->name != NULL && location->city != NULL && *location->name != '\0');
  g_assert_true (is_upper_alpha (location->country_code, 2));
  if (location->subdivision_code != NULL)
    {
      g_assert_true (g_str_has_prefix (location->subdivision_code, location->country_code));
      g_assert_cmpint (location->subdivision_code[2], ==, '-');
    }
  if (location->iata_code != NULL)
    {
      g_assert_true (is_upper_alpha (location->iata_code, 3));
      g_assert_true (g_hash_table_add (iata_codes, (gpointer) location->iata_code));
      g_assert_true (g_str_has_suffix (location->location_code, location->iata_code));
    }
  g_assert_cmpfloat (location->latitude, >=, -90.0);
  g_assert_cmpfloat (location->latitude, <=, 90.0);
  g_assert_cmpfloat (location->longitude, >=, -180.0);
  g_assert_cmpfloat (location->longitude, <=, 180.0);
  g_assert_true (location->latitude != 0.0 || location->longitude != 0.0);
  g_assert_true (location->location_code != NULL && location->location_type != NULL);
}

static void
check_time_zone (const char *identifier)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (identifier);

  g_test_message ("time zone %s", identifier);
  g_assert_nonnull (zone);
  g_assert_cmpstr (g_time_zone_get_identifier (zone), ==, identifier);
}

static void
test_table (void)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) iata_codes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) zones = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) rail_types = g_hash_table_new (g_str_hash, g_str_equal);
  guint airports = 0, stations = 0, cities = 0;
  guint n = tr_sandbox_locations_count ();

  for (guint i = 0; i < n; i++)
    {
      const TrSandboxLocation *location = tr_sandbox_locations_get_nth (i);

      check_entry (location, ids, iata_codes);
      if (g_hash_table_add (zones, (gpointer) location->time_zone))
        check_time_zone (location->time_zone);
      if (location->iata_code != NULL)
        airports++;
      else if (g_str_has_prefix (location->location_type, "RAIL_"))
        {
          stations++;
          g_hash_table_add (rail_types, (gpointer) location->location_type);
        }
      else
        {
          g_assert_cmpstr (location->location_type, ==, "STD");
          cities++;
        }
    }
  g_test_message ("%u airports, %u cities, %u stations", airports, cities, stations);
  g_assert_null (tr_sandbox_locations_get_nth (n));
  g_assert_cmpuint (airports, >=, 200);
  g_assert_cmpuint (cities, >=, 30);
  g_assert_cmpuint (stations, >=, 30);
  g_assert_cmpuint (airports + cities + stations, ==, n);
  g_assert_cmpuint (g_hash_table_size (ids), ==, n);
  g_assert_true (g_hash_table_contains (rail_types, "RAIL_2C"));
  g_assert_true (g_hash_table_contains (rail_types, "RAIL_2A"));
  g_assert_true (g_hash_table_contains (rail_types, "RAIL_9F"));
  g_assert_true (g_hash_table_contains (rail_types, "RAIL_0Z"));
}

/* ---- fixtures ------------------------------------------------------------- */

static void
assert_same_member (JsonObject *expected,
                    JsonObject *echo,
                    const char *member)
{
  if (!json_object_has_member (expected, member))
    return;
  g_assert_cmpstr (json_object_get_string_member (echo, member), ==,
                   json_object_get_string_member (expected, member));
}

/* The fixture "Lyon, FRANCE" is Concur's display form of the city Lyon. */
static void
assert_same_city (JsonObject *expected,
                  JsonObject *echo)
{
  const char *city;
  g_autofree char *head = NULL;

  if (!json_object_has_member (expected, "city"))
    return;
  city = json_object_get_string_member (expected, "city");
  head = g_strndup (city, strcspn (city, ","));
  g_assert_cmpint (g_ascii_strcasecmp (head, json_object_get_string_member (echo, "city")), ==, 0);
}

static void
check_fixture_location (JsonObject *fixture)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), fixture);
  g_autofree char *text = json_to_string (node, FALSE);
  g_autoptr(JsonObject) without_id = parse_object (text);
  g_autofree char *text_without_id = NULL;
  const TrSandboxLocation *location = resolve_ok (text);
  const TrSandboxLocation *by_fields;
  g_autoptr(JsonObject) echo = tr_sandbox_location_to_json (location);
  g_autoptr(JsonObject) echo_by_fields = NULL;

  assert_same_member (fixture, echo, "id");
  assert_same_member (fixture, echo, "countryCode");
  assert_same_member (fixture, echo, "countrySubDivisionCode");
  assert_same_member (fixture, echo, "iataCode");
  assert_same_member (fixture, echo, "locationCode");
  assert_same_member (fixture, echo, "locationType");
  assert_same_city (fixture, echo);

  /* Without the Concur id the fields alone must still resolve, to the same
   * place (to the same airport when the IATA code is given). */
  json_object_remove_member (without_id, "id");
  g_clear_pointer (&node, json_node_unref);
  node = json_node_init_object (json_node_alloc (), without_id);
  text_without_id = json_to_string (node, FALSE);
  by_fields = resolve_ok (text_without_id);
  echo_by_fields = tr_sandbox_location_to_json (by_fields);
  assert_same_member (fixture, echo_by_fields, "countryCode");
  assert_same_member (fixture, echo_by_fields, "countrySubDivisionCode");
  assert_same_city (fixture, echo_by_fields);
  if (json_object_has_member (fixture, "iataCode"))
    g_assert_true (by_fields == location);
}

static guint
walk_fixture (JsonNode *node)
{
  guint found = 0;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        found += walk_fixture (json_array_get_element (array, i));
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      if (json_object_has_member (object, "countryCode"))
        {
          check_fixture_location (object);
          found++;
        }
      for (GList *l = members; l != NULL; l = l->next)
        found += walk_fixture (json_object_get_member (object, l->data));
    }
  return found;
}

static void
test_fixtures (void)
{
  g_autofree char *dir_path = g_build_filename (TR_TEST_FIXTURES_DIR, "v4", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  guint found = 0;
  const char *file;

  g_assert_nonnull (dir);
  while ((file = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, file, NULL);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;

      if (!g_str_has_suffix (file, ".json") || g_str_equal (file, "index.json"))
        continue;
      json_parser_load_from_file (parser, path, &error);
      g_assert_no_error (error);
      found += walk_fixture (json_parser_get_root (parser));
    }
  /* 27 location objects in the seed examples. */
  g_assert_cmpuint (found, ==, 27);
}

/* gaps item 19: the Nice input with locationCode "FRNCE" comes back as the
 * canonical STD location "Nice", locationCode "IATA_NCE". */
static void
test_gaps_nice (void)
{
  const TrSandboxLocation *nice = resolve_ok ("{\"countryCode\":\"FR\",\"countrySubDivisionCode\":\"FR-06\","
                                              "\"city\":\"Nice\",\"name\":\"Cote D Azur\",\"locationCode\":\"FRNCE\"}");
  g_autoptr(JsonObject) echo = tr_sandbox_location_to_json (nice);

  g_assert_cmpstr (json_object_get_string_member (echo, "name"), ==, "Nice");
  g_assert_cmpstr (json_object_get_string_member (echo, "locationCode"), ==, "IATA_NCE");
  g_assert_cmpstr (json_object_get_string_member (echo, "locationType"), ==, "STD");
  g_assert_cmpstr (json_object_get_string_member (echo, "countrySubDivisionCode"), ==, "FR-06");
  g_assert_false (json_object_has_member (echo, "iataCode"));
  g_assert_true (resolve_ok ("{\"countryCode\":\"FR\",\"locationCode\":\"IATA_NCE\",\"locationType\":\"STD\"}") == nice);
}

/* ---- input forms ---------------------------------------------------------- */

static void
test_airport_form (void)
{
  const TrSandboxLocation *nce = resolve_ok ("{\"iataCode\":\"NCE\",\"countryCode\":\"FR\"}");
  g_autoptr(JsonObject) echo = tr_sandbox_location_to_json (nce);

  g_assert_cmpstr (nce->iata_code, ==, "NCE");
  g_assert_cmpstr (nce->name, ==, "Nice Côte d'Azur Airport");
  g_assert_cmpstr (nce->time_zone, ==, "Europe/Paris");
  g_assert_true (resolve_ok ("{\"iataCode\":\"nce\",\"countryCode\":\"fr\",\"city\":\"Nice\"}") == nce);
  g_assert_true (resolve_ok ("{\"iataCode\":\"NCE\"}") == nce);
  g_assert_cmpstr (json_object_get_string_member (echo, "id"), ==, nce->id);
  g_assert_cmpstr (json_object_get_string_member (echo, "name"), ==, nce->name);
  g_assert_cmpstr (json_object_get_string_member (echo, "city"), ==, "Nice");
  g_assert_cmpstr (json_object_get_string_member (echo, "countryCode"), ==, "FR");
  g_assert_cmpstr (json_object_get_string_member (echo, "countrySubDivisionCode"), ==, "FR-06");
  g_assert_cmpstr (json_object_get_string_member (echo, "iataCode"), ==, "NCE");
  g_assert_cmpstr (json_object_get_string_member (echo, "locationCode"), ==, "IATA_NCE");
  g_assert_cmpstr (json_object_get_string_member (echo, "locationType"), ==, "STD");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (echo, "latitude"), 43.66, 0.05);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (echo, "longitude"), 7.22, 0.05);
  g_assert_cmpuint (json_object_get_size (echo), ==, 10);
}

static void
test_city_form (void)
{
  const TrSandboxLocation *lyon = resolve_ok ("{\"city\":\"Lyon\",\"countryCode\":\"FR\"}");
  const TrSandboxLocation *munich = resolve_ok ("{\"city\":\"München\",\"countryCode\":\"DE\"}");
  g_autoptr(JsonObject) echo = tr_sandbox_location_to_json (lyon);

  g_assert_cmpstr (lyon->name, ==, "Lyon");
  g_assert_cmpstr (lyon->subdivision_code, ==, "FR-69");
  g_assert_null (lyon->iata_code);
  g_assert_false (json_object_has_member (echo, "iataCode"));
  g_assert_cmpuint (json_object_get_size (echo), ==, 9);
  g_assert_true (resolve_ok ("{\"city\":\"LYON, FRANCE\",\"countryCode\":\"FR\"}") == lyon);
  g_assert_true (resolve_ok ("{\"city\":\"lyon\",\"countryCode\":\"FR\",\"locationCode\":\"IATA_LYS\"}") == lyon);
  g_assert_true (resolve_ok ("{\"name\":\"Lyon, FRANCE\",\"countryCode\":\"FR\"}") == lyon);
  g_assert_cmpstr (munich->name, ==, "Munich");
  g_assert_true (resolve_ok ("{\"city\":\"MUNICH\",\"countryCode\":\"DE\"}") == munich);
  g_assert_cmpstr (resolve_ok ("{\"city\":\"Dusseldorf\",\"countryCode\":\"DE\"}")->name, ==, "Düsseldorf");
  g_assert_cmpstr (resolve_ok ("{\"city\":\"Bellevue\",\"countryCode\":\"US\"}")->subdivision_code, ==, "US-WA");
  g_assert_cmpstr (resolve_ok ("{\"city\":\"Seattle\",\"countryCode\":\"US\"}")->location_code, ==, "IATA_SEA");
  /* a city known only through its airport */
  g_assert_cmpstr (resolve_ok ("{\"city\":\"Everett\",\"countryCode\":\"US\"}")->iata_code, ==, "PAE");
}

static void
test_rail_form (void)
{
  const TrSandboxLocation *gare_de_lyon =
    resolve_ok ("{\"name\":\"Paris Gare de Lyon\",\"countryCode\":\"FR\","
                "\"locationCode\":\"FRPLY\",\"locationType\":\"RAIL_2C\"}");
  const TrSandboxLocation *nord_sncf =
    resolve_ok ("{\"countryCode\":\"FR\",\"locationCode\":\"FRPNO\",\"locationType\":\"RAIL_2C\"}");
  const TrSandboxLocation *nord_eurostar =
    resolve_ok ("{\"countryCode\":\"FR\",\"locationCode\":\"frpno\",\"locationType\":\"rail_9f\"}");

  g_assert_cmpstr (gare_de_lyon->city, ==, "Paris");
  g_assert_cmpstr (gare_de_lyon->location_type, ==, "RAIL_2C");
  g_assert_true (resolve_ok ("{\"name\":\"paris gare de lyon\",\"countryCode\":\"FR\","
                             "\"locationType\":\"RAIL_2C\"}") == gare_de_lyon);
  g_assert_true (nord_sncf != nord_eurostar);
  g_assert_cmpstr (nord_eurostar->location_type, ==, "RAIL_9F");
  g_assert_cmpstr (resolve_ok ("{\"name\":\"Muenchen\",\"countryCode\":\"DE\",\"locationCode\":\"8000261\","
                               "\"locationType\":\"RAIL_2A\"}")->name, ==, "München Hbf");
  g_assert_cmpstr (resolve_ok ("{\"name\":\"Zurich HB\",\"countryCode\":\"CH\","
                               "\"locationType\":\"RAIL_0Z\"}")->location_code, ==, "8503000");
  /* an exact name wins over names that merely contain it */
  g_assert_cmpstr (resolve_ok ("{\"name\":\"Geneve\",\"countryCode\":\"CH\","
                               "\"locationType\":\"RAIL_0Z\"}")->location_code, ==, "8501008");
  g_assert_cmpstr (resolve_ok ("{\"name\":\"St Pancras\",\"countryCode\":\"GB\","
                               "\"locationType\":\"RAIL_9F\"}")->location_code, ==, "GBSPX");
  g_assert_cmpstr (resolve_ok ("{\"name\":\"Berlin Hbf\",\"countryCode\":\"DE\"}")->location_type, ==, "RAIL_2A");
}

static void
test_id (void)
{
  const TrSandboxLocation *cdg = tr_sandbox_locations_lookup ("A168CDBA58AE42868961BC00278A91B3");

  g_assert_nonnull (cdg);
  g_assert_cmpstr (cdg->iata_code, ==, "CDG");
  g_assert_true (tr_sandbox_locations_lookup ("a168cdba58ae42868961bc00278a91b3") == cdg);
  g_assert_cmpstr (tr_sandbox_locations_lookup ("CE4A6DCAC4A14D08803C28F6D5CB20F0")->iata_code, ==, "NCE");
  g_assert_cmpstr (tr_sandbox_locations_lookup ("4A33695120254EEC9261B24993DD413B")->iata_code, ==, "BER");
  g_assert_null (tr_sandbox_locations_lookup ("00000000000000000000000000000000"));
  g_assert_null (tr_sandbox_locations_lookup (""));
  g_assert_null (tr_sandbox_locations_lookup (NULL));
  /* a known id wins over the other fields; an unknown one is ignored */
  g_assert_true (resolve_ok ("{\"id\":\"A168CDBA58AE42868961BC00278A91B3\",\"city\":\"Lyon\"}") == cdg);
  g_assert_cmpstr (resolve_ok ("{\"id\":\"0123456789ABCDEF0123456789ABCDEF\",\"city\":\"Lyon\","
                               "\"countryCode\":\"FR\"}")->name, ==, "Lyon");
}

/* ---- errors --------------------------------------------------------------- */

static void
assert_message_has (const char *message,
                    const char *part)
{
  g_assert_nonnull (strstr (message, part));
}

static void
test_invalid (void)
{
  g_autofree char *missing = resolve_fails (NULL, "invalidLocation");
  g_autofree char *empty = resolve_fails ("{}", "invalidLocation");
  g_autofree char *typed = resolve_fails ("{\"city\":\"Lyon\",\"countryCode\":33}", "invalidLocation");
  g_autofree char *country = resolve_fails ("{\"city\":\"Lyon\",\"countryCode\":\"ZZ\"}", "invalidLocation");
  g_autofree char *city = resolve_fails ("{\"city\":\"Atlantis\",\"countryCode\":\"FR\"}", "invalidLocation");
  g_autofree char *code = resolve_fails ("{\"name\":\"Nowhere\",\"countryCode\":\"FR\",\"locationCode\":\"FRXXX\","
                                         "\"locationType\":\"RAIL_2C\"}", "invalidLocation");
  g_autofree char *iata = resolve_fails ("{\"iataCode\":\"NCE\",\"countryCode\":\"DE\"}", "invalidLocation");
  g_autofree char *punctuation = resolve_fails ("{\"name\":\"--\",\"countryCode\":\"FR\"}", "invalidLocation");

  assert_message_has (typed, "countryCode");
  assert_message_has (country, "countryCode “ZZ”");
  assert_message_has (city, "cityName “Atlantis”");
  assert_message_has (city, "countryCode “FR”");
  assert_message_has (code, "locationCode “FRXXX”");
  assert_message_has (iata, "iataCode “NCE”");
  assert_message_has (iata, "countryCode “DE”");
  g_assert_cmpstr (missing, !=, empty);
  g_assert_nonnull (punctuation);
  /* a rail type with neither code nor name */
  g_free (resolve_fails ("{\"countryCode\":\"FR\",\"locationType\":\"RAIL_2C\"}", "invalidLocation"));
  /* the error pointers are optional */
  {
    g_autoptr(JsonObject) input = parse_object ("{\"city\":\"Atlantis\"}");

    g_assert_null (tr_sandbox_locations_resolve (input, NULL, NULL));
  }
}

static void
test_several (void)
{
  g_autofree char *paris = resolve_fails ("{\"city\":\"Paris\"}", "severalLocationsMatch");
  g_autofree char *london = resolve_fails ("{\"city\":\"London\"}", "severalLocationsMatch");
  g_autofree char *stations = resolve_fails ("{\"name\":\"Paris\",\"countryCode\":\"FR\","
                                             "\"locationType\":\"RAIL_2C\"}", "severalLocationsMatch");
  g_autofree char *lille = resolve_fails ("{\"name\":\"Lille\",\"countryCode\":\"FR\","
                                          "\"locationType\":\"RAIL_2C\"}", "severalLocationsMatch");

  assert_message_has (paris, "FR-75");
  assert_message_has (paris, "US-TX");
  assert_message_has (london, "GB-LND");
  assert_message_has (london, "CA-ON");
  assert_message_has (stations, "Paris Gare de Lyon");
  assert_message_has (stations, "Paris Montparnasse");
  assert_message_has (lille, "Lille Europe");
  assert_message_has (lille, "Lille Flandres");
  /* what disambiguates */
  g_assert_cmpstr (resolve_ok ("{\"city\":\"Paris\",\"countryCode\":\"FR\"}")->subdivision_code, ==, "FR-75");
  g_assert_cmpstr (resolve_ok ("{\"city\":\"Paris\",\"countryCode\":\"US\"}")->subdivision_code, ==, "US-TX");
  g_assert_cmpstr (resolve_ok ("{\"city\":\"Paris\",\"countrySubDivisionCode\":\"US-TX\"}")->country_code, ==, "US");
  g_assert_cmpstr (resolve_ok ("{\"city\":\"Paris\",\"locationCode\":\"IATA_PAR\"}")->country_code, ==, "FR");
}

/* ---- search --------------------------------------------------------------- */

static gboolean
results_contain (GPtrArray  *results,
                 const char *name)
{
  for (guint i = 0; i < results->len; i++)
    if (g_str_equal (((const TrSandboxLocation *) results->pdata[i])->name, name))
      return TRUE;
  return FALSE;
}

static void
test_search (void)
{
  g_autoptr(GPtrArray) cdg = tr_sandbox_locations_search ("cdg", 10);
  g_autoptr(GPtrArray) lys = tr_sandbox_locations_search ("LYS", 0);
  g_autoptr(GPtrArray) azur = tr_sandbox_locations_search ("cote d'azur", 10);
  g_autoptr(GPtrArray) munchen = tr_sandbox_locations_search ("MUNCHEN", 10);
  g_autoptr(GPtrArray) nice = tr_sandbox_locations_search ("Nice", 0);
  g_autoptr(GPtrArray) limited = tr_sandbox_locations_search ("paris", 2);
  g_autoptr(GPtrArray) gaulle = tr_sandbox_locations_search ("gaulle", 0);
  g_autoptr(GPtrArray) empty = tr_sandbox_locations_search ("", 10);
  g_autoptr(GPtrArray) blank = tr_sandbox_locations_search (" - ", 10);
  g_autoptr(GPtrArray) none = tr_sandbox_locations_search ("xyzzy", 10);

  g_assert_cmpuint (cdg->len, >=, 1);
  g_assert_cmpstr (((const TrSandboxLocation *) cdg->pdata[0])->iata_code, ==, "CDG");
  g_assert_cmpstr (((const TrSandboxLocation *) lys->pdata[0])->iata_code, ==, "LYS");
  g_assert_true (results_contain (azur, "Nice Côte d'Azur Airport"));
  g_assert_true (results_contain (munchen, "München Hbf"));
  g_assert_true (results_contain (nice, "Nice"));
  g_assert_true (results_contain (nice, "Nice Ville"));
  g_assert_true (results_contain (nice, "Nice Côte d'Azur Airport"));
  g_assert_cmpuint (limited->len, ==, 2);
  g_assert_cmpuint (gaulle->len, ==, 1);
  g_assert_cmpuint (empty->len, ==, 0);
  g_assert_cmpuint (blank->len, ==, 0);
  g_assert_cmpuint (none->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sandbox/locations/table", test_table);
  g_test_add_func ("/sandbox/locations/fixtures", test_fixtures);
  g_test_add_func ("/sandbox/locations/gaps-nice", test_gaps_nice);
  g_test_add_func ("/sandbox/locations/airport-form", test_airport_form);
  g_test_add_func ("/sandbox/locations/city-form", test_city_form);
  g_test_add_func ("/sandbox/locations/rail-form", test_rail_form);
  g_test_add_func ("/sandbox/locations/id", test_id);
  g_test_add_func ("/sandbox/locations/invalid", test_invalid);
  g_test_add_func ("/sandbox/locations/several", test_several);
  g_test_add_func ("/sandbox/locations/search", test_search);

  return g_test_run ();
}
