/* test-data.c
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
 * along with this program.  If not, see <http://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Checks what the validators cannot know: that the desktop file, the
 * metainfo, the schema and the icons agree with the application id and with
 * the settings the app relies on. */

#define G_LOG_DOMAIN "test-data"

#include <string.h>

#include <gio/gio.h>

static const char *
require_env (const char *name)
{
  const char *value = g_getenv (name);

  if (value == NULL || *value == '\0')
    g_error ("%s is not set; run this test through meson", name);
  return value;
}

/* GSettings schema */

static GSettingsSchema *
lookup_schema (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  GSettingsSchema *schema;

  g_assert_nonnull (source);
  schema = g_settings_schema_source_lookup (source, require_env ("TR_BASE_ID"), FALSE);
  g_assert_nonnull (schema);
  return schema;
}

static void
test_schema_keys (void)
{
  static const char * const expected[][2] = {
    { "background-sync", "b" }, { "last-account-id", "s" },
    { "last-view", "s" }, { "notifications", "b" },
    { "sync-interval", "u" }, { "window-height", "i" },
    { "window-maximized", "b" }, { "window-width", "i" },
  };
  g_autoptr(GSettingsSchema) schema = lookup_schema ();
  g_auto(GStrv) keys = g_settings_schema_list_keys (schema);
  g_autofree char *path = g_strdup_printf ("/%s/", require_env ("TR_BASE_ID"));

  g_strdelimit (path, ".", '/');
  g_assert_cmpstr (g_settings_schema_get_path (schema), ==, path);
  g_assert_cmpuint (g_strv_length (keys), ==, G_N_ELEMENTS (expected));

  for (gsize i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(GSettingsSchemaKey) key = NULL;

      g_assert_true (g_settings_schema_has_key (schema, expected[i][0]));
      key = g_settings_schema_get_key (schema, expected[i][0]);
      g_assert_cmpstr (g_variant_type_peek_string (g_settings_schema_key_get_value_type (key)),
                       ==, expected[i][1]);
    }
}

static gboolean
key_accepts_uint (GSettingsSchemaKey *key,
                  guint32             value)
{
  g_autoptr(GVariant) variant = g_variant_ref_sink (g_variant_new_uint32 (value));

  return g_settings_schema_key_range_check (key, variant);
}

static void
test_schema_sync_interval (void)
{
  g_autoptr(GSettingsSchema) schema = lookup_schema ();
  g_autoptr(GSettingsSchemaKey) key = g_settings_schema_get_key (schema, "sync-interval");
  g_autoptr(GVariant) fallback = g_settings_schema_key_get_default_value (key);

  g_assert_cmpuint (g_variant_get_uint32 (fallback), ==, 300);
  g_assert_false (key_accepts_uint (key, 0));
  g_assert_false (key_accepts_uint (key, 59));
  g_assert_true (key_accepts_uint (key, 60));
  g_assert_true (key_accepts_uint (key, 3600));
  g_assert_false (key_accepts_uint (key, 3601));
}

static void
test_schema_last_view (void)
{
  static const char * const views[] = {
    "all", "active", "drafts", "pending", "approved", "closed", "to-approve",
  };
  g_autoptr(GSettings) settings = g_settings_new (require_env ("TR_BASE_ID"));
  g_autoptr(GSettingsSchema) schema = lookup_schema ();
  g_autoptr(GSettingsSchemaKey) key = g_settings_schema_get_key (schema, "last-view");
  g_autoptr(GVariant) bogus = g_variant_ref_sink (g_variant_new_string ("everything"));

  g_assert_cmpint (g_settings_get_enum (settings, "last-view"), ==, 0);
  g_assert_false (g_settings_schema_key_range_check (key, bogus));

  for (gsize i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *read_back = NULL;

      g_assert_true (g_settings_set_string (settings, "last-view", views[i]));
      read_back = g_settings_get_string (settings, "last-view");
      g_assert_cmpstr (read_back, ==, views[i]);
      g_assert_cmpint (g_settings_get_enum (settings, "last-view"), ==, (int) i);
    }
}

static void
test_schema_defaults (void)
{
  g_autoptr(GSettings) settings = g_settings_new (require_env ("TR_BASE_ID"));
  g_autofree char *account = g_settings_get_string (settings, "last-account-id");

  g_assert_false (g_settings_get_boolean (settings, "background-sync"));
  g_assert_true (g_settings_get_boolean (settings, "notifications"));
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  g_assert_cmpstr (account, ==, "");
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), >=, 360);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), >=, 294);
}

/* Desktop file */

static void
test_desktop_file (void)
{
  const char *path = require_env ("TR_DESKTOP_FILE");
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *expected_name = g_strconcat (APP_ID, ".desktop", NULL);
  g_autofree char *exec = NULL;
  g_autofree char *icon = NULL;
  g_auto(GStrv) categories = NULL;
  g_auto(GStrv) keywords = NULL;

  g_key_file_load_from_file (keyfile, path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (basename, ==, expected_name);

  exec = g_key_file_get_string (keyfile, G_KEY_FILE_DESKTOP_GROUP, "Exec", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (exec, ==, "travel-requests");
  icon = g_key_file_get_string (keyfile, G_KEY_FILE_DESKTOP_GROUP, "Icon", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (icon, ==, APP_ID);

  categories = g_key_file_get_string_list (keyfile, G_KEY_FILE_DESKTOP_GROUP,
                                           "Categories", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_strv_contains ((const char * const *) categories, "Office"));
  g_assert_true (g_strv_contains ((const char * const *) categories, "Finance"));
  keywords = g_key_file_get_string_list (keyfile, G_KEY_FILE_DESKTOP_GROUP,
                                         "Keywords", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_strv_contains ((const char * const *) keywords, "travel"));
  g_assert_true (g_key_file_get_boolean (keyfile, G_KEY_FILE_DESKTOP_GROUP, "DBusActivatable", &error));
  g_assert_no_error (error);
}

/* D-Bus activation: the service file the desktop file's DBusActivatable needs */

static void
test_dbus_service (void)
{
  const char *path = require_env ("TR_DBUS_SERVICE_FILE");
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *expected_name = g_strconcat (APP_ID, ".service", NULL);
  g_autofree char *name = NULL;
  g_autofree char *exec = NULL;

  g_key_file_load_from_file (keyfile, path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (basename, ==, expected_name);
  name = g_key_file_get_string (keyfile, "D-BUS Service", "Name", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (name, ==, APP_ID);
  exec = g_key_file_get_string (keyfile, "D-BUS Service", "Exec", &error);
  g_assert_no_error (error);
  g_assert_true (g_path_is_absolute (exec));
  g_assert_true (g_str_has_suffix (exec, "/travel-requests --gapplication-service"));
}

/* AppStream metainfo */

typedef struct
{
  char      *component_type;
  char      *id;
  char      *launchable;
  char      *rating_type;
  GPtrArray *url_types;
  GPtrArray *releases;
} Metainfo;

static void
metainfo_clear (Metainfo *info)
{
  g_free (info->component_type);
  g_free (info->id);
  g_free (info->launchable);
  g_free (info->rating_type);
  g_clear_pointer (&info->url_types, g_ptr_array_unref);
  g_clear_pointer (&info->releases, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Metainfo, metainfo_clear)

static const char *
find_attribute (const char  *wanted,
                const char **names,
                const char **values)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], wanted))
      return values[i];
  return NULL;
}

static void
metainfo_start_element (GMarkupParseContext  *context,
                        const char           *element,
                        const char          **names,
                        const char          **values,
                        gpointer              user_data,
                        GError              **error)
{
  Metainfo *info = user_data;
  const char *type = find_attribute ("type", names, values);

  if (g_str_equal (element, "component"))
    info->component_type = g_strdup (type);
  else if (g_str_equal (element, "url") && type != NULL)
    g_ptr_array_add (info->url_types, g_strdup (type));
  else if (g_str_equal (element, "content_rating"))
    info->rating_type = g_strdup (type);
  else if (g_str_equal (element, "release"))
    g_ptr_array_add (info->releases, g_strdup (find_attribute ("version", names, values)));
}

static void
metainfo_text (GMarkupParseContext *context,
               const char          *text,
               gsize                len,
               gpointer             user_data,
               GError             **error)
{
  Metainfo *info = user_data;
  const char *element = g_markup_parse_context_get_element (context);
  const GSList *stack = g_markup_parse_context_get_element_stack (context);
  gboolean top_level = stack->next != NULL && g_str_equal (stack->next->data, "component");

  if (top_level && g_str_equal (element, "id"))
    info->id = g_strndup (text, len);
  else if (top_level && g_str_equal (element, "launchable"))
    info->launchable = g_strndup (text, len);
}

static void
parse_markup_file (const char          *path,
                   const GMarkupParser *parser,
                   gpointer             user_data)
{
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  context = g_markup_parse_context_new (parser, G_MARKUP_IGNORE_QUALIFIED, user_data, NULL);
  g_markup_parse_context_parse (context, contents, length, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
}

static gboolean
array_has_string (GPtrArray  *array,
                  const char *wanted)
{
  return g_ptr_array_find_with_equal_func (array, wanted, g_str_equal, NULL);
}

static void
test_metainfo (void)
{
  static const GMarkupParser parser = { metainfo_start_element, NULL, metainfo_text, NULL, NULL };
  g_auto(Metainfo) info = { NULL, };
  g_autofree char *desktop_id = g_strconcat (APP_ID, ".desktop", NULL);

  info.url_types = g_ptr_array_new_with_free_func (g_free);
  info.releases = g_ptr_array_new_with_free_func (g_free);
  parse_markup_file (require_env ("TR_METAINFO_FILE"), &parser, &info);

  g_assert_cmpstr (info.component_type, ==, "desktop-application");
  g_assert_cmpstr (info.id, ==, APP_ID);
  g_assert_cmpstr (info.launchable, ==, desktop_id);
  g_assert_cmpstr (info.rating_type, ==, "oars-1.1");
  g_assert_true (array_has_string (info.url_types, "homepage"));
  g_assert_true (array_has_string (info.url_types, "bugtracker"));
  g_assert_true (array_has_string (info.url_types, "vcs-browser"));
  g_assert_true (array_has_string (info.releases, PACKAGE_VERSION));
}

/* Schema documentation: summaries and descriptions live only in the XML,
 * not in the compiled schema, so they are counted there. */

typedef struct
{
  char  *domain;
  guint  keys;
  guint  summaries;
  guint  descriptions;
} SchemaDocs;

static void
schema_docs_start_element (GMarkupParseContext  *context,
                           const char           *element,
                           const char          **names,
                           const char          **values,
                           gpointer              user_data,
                           GError              **error)
{
  SchemaDocs *docs = user_data;

  if (g_str_equal (element, "schemalist"))
    docs->domain = g_strdup (find_attribute ("gettext-domain", names, values));
  else if (g_str_equal (element, "key"))
    docs->keys++;
}

static void
schema_docs_text (GMarkupParseContext *context,
                  const char          *text,
                  gsize                len,
                  gpointer             user_data,
                  GError             **error)
{
  SchemaDocs *docs = user_data;
  const char *element = g_markup_parse_context_get_element (context);
  g_autofree char *stripped = g_strstrip (g_strndup (text, len));

  if (*stripped == '\0')
    return;
  if (g_str_equal (element, "summary"))
    docs->summaries++;
  else if (g_str_equal (element, "description"))
    docs->descriptions++;
}

static void
test_schema_docs (void)
{
  static const GMarkupParser parser = {
    schema_docs_start_element, NULL, schema_docs_text, NULL, NULL
  };
  SchemaDocs docs = { NULL, 0, 0, 0 };
  g_autofree char *name = g_strconcat (require_env ("TR_BASE_ID"), ".gschema.xml", NULL);
  g_autofree char *path = g_build_filename (require_env ("TR_DATA_SRCDIR"), name, NULL);

  parse_markup_file (path, &parser, &docs);
  g_assert_cmpstr (docs.domain, ==, GETTEXT_PACKAGE);
  g_assert_cmpuint (docs.keys, ==, 8);
  g_assert_cmpuint (docs.summaries, ==, docs.keys);
  g_assert_cmpuint (docs.descriptions, ==, docs.keys);
  g_free (docs.domain);
}

/* Icons */

typedef struct
{
  char      *view_box;
  GPtrArray *colours;
} Svg;

static void
svg_clear (Svg *svg)
{
  g_free (svg->view_box);
  g_clear_pointer (&svg->colours, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Svg, svg_clear)

static void
collect_colours (GPtrArray  *colours,
                 const char *value)
{
  for (const char *p = strchr (value, '#'); p != NULL; p = strchr (p + 1, '#'))
    {
      gsize len = 1;

      while (g_ascii_isxdigit (p[len]))
        len++;
      g_ptr_array_add (colours, g_ascii_strdown (p, len));
    }
}

static void
svg_start_element (GMarkupParseContext  *context,
                   const char           *element,
                   const char          **names,
                   const char          **values,
                   gpointer              user_data,
                   GError              **error)
{
  Svg *svg = user_data;

  if (g_str_equal (element, "svg") && svg->view_box == NULL)
    svg->view_box = g_strdup (find_attribute ("viewBox", names, values));

  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], "fill") || g_str_equal (names[i], "stroke") ||
        g_str_equal (names[i], "style") || g_str_equal (names[i], "stop-color") ||
        g_str_equal (names[i], "color"))
      collect_colours (svg->colours, values[i]);
}

static void
load_icon (const char *relative_path,
           Svg        *svg)
{
  static const GMarkupParser parser = { svg_start_element, NULL, NULL, NULL, NULL };
  g_autofree char *path = g_build_filename (require_env ("TR_ICONS_DIR"), relative_path, NULL);

  svg->colours = g_ptr_array_new_with_free_func (g_free);
  parse_markup_file (path, &parser, svg);
}

static void
test_app_icon (void)
{
  g_auto(Svg) svg = { NULL, };
  g_autofree char *name = g_strconcat (require_env ("TR_BASE_ID"), ".svg", NULL);
  g_autofree char *relative_path = g_build_filename ("scalable", "apps", name, NULL);

  load_icon (relative_path, &svg);
  g_assert_cmpstr (svg.view_box, ==, "0 0 128 128");
  g_assert_cmpuint (svg.colours->len, >, 3);
}

static void
test_symbolic_icon (void)
{
  g_auto(Svg) svg = { NULL, };
  g_autofree char *name = g_strconcat (require_env ("TR_BASE_ID"), "-symbolic.svg", NULL);
  g_autofree char *relative_path = g_build_filename ("symbolic", "apps", name, NULL);

  load_icon (relative_path, &svg);
  g_assert_cmpstr (svg.view_box, ==, "0 0 16 16");
  g_assert_cmpuint (svg.colours->len, >, 0);
  for (guint i = 0; i < svg.colours->len; i++)
    g_assert_cmpstr (g_ptr_array_index (svg.colours, i), ==, "#2e3436");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/data/schema/keys", test_schema_keys);
  g_test_add_func ("/data/schema/sync-interval", test_schema_sync_interval);
  g_test_add_func ("/data/schema/last-view", test_schema_last_view);
  g_test_add_func ("/data/schema/defaults", test_schema_defaults);
  g_test_add_func ("/data/schema/docs", test_schema_docs);
  g_test_add_func ("/data/desktop-file", test_desktop_file);
  g_test_add_func ("/data/dbus-service", test_dbus_service);
  g_test_add_func ("/data/metainfo", test_metainfo);
  g_test_add_func ("/data/icons/app", test_app_icon);
  g_test_add_func ("/data/icons/symbolic", test_symbolic_icon);

  return g_test_run ();
}
