/* test-flatpak-manifest.c
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

/* Checks the Flatpak manifest beyond what flatpak-builder lints: the ids,
 * the runtime, finish-args limited to what the app needs, pinned sources and
 * the app itself built with meson from this tree. */

#define G_LOG_DOMAIN "test-flatpak-manifest"

#include <string.h>

#include <json-glib/json-glib.h>

static const char *
require_env (const char *name)
{
  const char *value = g_getenv (name);

  if (value == NULL || *value == '\0')
    g_error ("%s is not set; run this test through meson", name);
  return value;
}

static JsonObject *
load_manifest (JsonParser *parser)
{
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  json_parser_load_from_file (parser, require_env ("TR_FLATPAK_MANIFEST"), &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  return json_node_get_object (root);
}

static void
test_flatpak_identity (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *manifest = load_manifest (parser);

  g_assert_cmpstr (json_object_get_string_member_with_default (manifest, "id", ""), ==,
                   require_env ("TR_BASE_ID"));
  g_assert_cmpstr (json_object_get_string_member_with_default (manifest, "runtime", ""), ==,
                   "org.gnome.Platform");
  g_assert_cmpstr (json_object_get_string_member_with_default (manifest, "sdk", ""), ==,
                   "org.gnome.Sdk");
  g_assert_cmpstr (json_object_get_string_member_with_default (manifest, "runtime-version", ""),
                   ==, "44");
  g_assert_cmpstr (json_object_get_string_member_with_default (manifest, "command", ""), ==,
                   "travel-requests");
}

static void
test_flatpak_finish_args (void)
{
  static const char * const allowed[] = {
    "--share=network", "--share=ipc", "--socket=wayland", "--socket=fallback-x11",
    "--device=dri", NULL,
  };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *manifest = load_manifest (parser);
  JsonArray *args = json_object_get_array_member (manifest, "finish-args");

  g_assert_nonnull (args);
  g_assert_cmpuint (json_array_get_length (args), ==, g_strv_length ((char **) allowed));
  for (guint i = 0; i < json_array_get_length (args); i++)
    {
      const char *arg = json_array_get_string_element (args, i);

      g_assert_nonnull (arg);
      if (!g_strv_contains (allowed, arg))
        g_test_fail_printf ("finish-arg %s is not needed by the application", arg);
    }
}

static void
check_sources_pinned (JsonObject *module)
{
  JsonArray *sources = json_object_get_array_member (module, "sources");

  g_assert_nonnull (sources);
  for (guint i = 0; i < json_array_get_length (sources); i++)
    {
      JsonObject *source = json_array_get_object_element (sources, i);
      const char *type = json_object_get_string_member_with_default (source, "type", "");

      if (g_str_equal (type, "git"))
        {
          const char *commit = json_object_get_string_member_with_default (source, "commit", "");

          g_assert_cmpuint (strlen (commit), ==, 40);
          g_assert_true (json_object_has_member (source, "tag"));
        }
      else if (g_str_equal (type, "archive") || g_str_equal (type, "file"))
        g_assert_cmpuint (strlen (json_object_get_string_member_with_default (source, "sha256", "")),
                          ==, 64);
    }
}

static void
test_flatpak_modules (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *manifest = load_manifest (parser);
  JsonArray *modules = json_object_get_array_member (manifest, "modules");
  JsonObject *app;
  JsonObject *app_source;
  guint n_modules;

  g_assert_nonnull (modules);
  n_modules = json_array_get_length (modules);
  g_assert_cmpuint (n_modules, >, 0);
  for (guint i = 0; i + 1 < n_modules; i++)
    check_sources_pinned (json_array_get_object_element (modules, i));

  /* The application comes last, built with meson from this very tree. */
  app = json_array_get_object_element (modules, n_modules - 1);
  g_assert_cmpstr (json_object_get_string_member_with_default (app, "name", ""), ==,
                   "travel-requests");
  g_assert_cmpstr (json_object_get_string_member_with_default (app, "buildsystem", ""), ==,
                   "meson");
  app_source = json_array_get_object_element (json_object_get_array_member (app, "sources"), 0);
  g_assert_cmpstr (json_object_get_string_member_with_default (app_source, "type", ""), ==, "dir");
  g_assert_cmpstr (json_object_get_string_member_with_default (app_source, "path", ""), ==, "..");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/flatpak/identity", test_flatpak_identity);
  g_test_add_func ("/flatpak/finish-args", test_flatpak_finish_args);
  g_test_add_func ("/flatpak/modules", test_flatpak_modules);

  return g_test_run ();
}
