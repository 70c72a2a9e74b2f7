/* tr-locale-iso.c
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

#define G_LOG_DOMAIN "TrLocale"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "tr-locale.h"

/* iso-codes ships the names as JSON and their translations as gettext
 * domains named after the standard. Each table is read once, on first
 * use: iso_3166-1.json is 43 kB, iso_3166-2.json 500 kB. */

typedef struct
{
  const char *domain;   /* the gettext domain and the JSON file's stem */
  const char *member;   /* the array member of the JSON root */
  const char *key;      /* the code member of each entry */
  gsize       loaded;
  GHashTable *names;    /* upper-case code → untranslated name */
} IsoTable;

static IsoTable countries = { "iso_3166-1", "3166-1", "alpha_2", 0, NULL };
static IsoTable subdivisions = { "iso_3166-2", "3166-2", "code", 0, NULL };

static JsonParser *
load_iso_json (const char *domain)
{
  const char * const *dirs = g_get_system_data_dirs ();
  g_autofree char *file = g_strconcat (domain, ".json", NULL);

  for (guint i = 0; dirs[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (dirs[i], "iso-codes", "json", file, NULL);
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();
      g_autoptr(GError) error = NULL;

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        continue;
      if (json_parser_load_from_file (parser, path, &error))
        return g_steal_pointer (&parser);
      g_debug ("Cannot read %s: %s", path, error->message);
    }
  g_debug ("iso-codes’ %s not found", file);
  return NULL;
}

static void
fill_table (IsoTable   *table,
            JsonParser *parser)
{
  JsonNode *root = parser ? json_parser_get_root (parser) : NULL;
  JsonArray *entries = NULL;

  if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonNode *node = json_object_get_member (json_node_get_object (root), table->member);

      if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
        entries = json_node_get_array (node);
    }
  for (guint i = 0; entries != NULL && i < json_array_get_length (entries); i++)
    {
      JsonNode *node = json_array_get_element (entries, i);
      JsonObject *entry = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *code = entry ? json_object_get_string_member_with_default (entry, table->key, NULL) : NULL;
      const char *name = entry ? json_object_get_string_member_with_default (entry, "common_name", NULL) : NULL;

      if (name == NULL && entry != NULL)
        name = json_object_get_string_member_with_default (entry, "name", NULL);
      if (code != NULL && name != NULL)
        g_hash_table_insert (table->names, g_ascii_strup (code, -1), g_strdup (name));
    }
}

static GHashTable *
get_names (IsoTable *table)
{
  if (g_once_init_enter (&table->loaded))
    {
      g_autoptr(JsonParser) parser = load_iso_json (table->domain);

      table->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      fill_table (table, parser);
      bind_textdomain_codeset (table->domain, "UTF-8");
      g_once_init_leave (&table->loaded, 1);
    }
  return table->names;
}

static const char *
lookup (IsoTable   *table,
        const char *code)
{
  g_autofree char *key = NULL;
  const char *name;

  if (code == NULL || *code == '\0' || !g_utf8_validate (code, -1, NULL))
    return NULL;
  key = g_ascii_strup (code, -1);
  name = g_hash_table_lookup (get_names (table), key);
  return name != NULL ? g_dgettext (table->domain, name) : NULL;
}

/**
 * tr_locale_country_name:
 * @alpha2: (nullable): an ISO 3166-1 alpha-2 code, any case
 *
 * Returns: (nullable): the country's name in the user's language
 *   ("Allemagne", "Deutschland" for `DE`), or %NULL for an unknown code
 */
const char *
tr_locale_country_name (const char *alpha2)
{
  return lookup (&countries, alpha2);
}

/**
 * tr_locale_subdivision_name:
 * @code: (nullable): an ISO 3166-2 code such as `FR-75` or `DE-BY`
 *
 * Returns: (nullable): the subdivision's name in the user's language, or
 *   %NULL for an unknown code
 */
const char *
tr_locale_subdivision_name (const char *code)
{
  return lookup (&subdivisions, code);
}
