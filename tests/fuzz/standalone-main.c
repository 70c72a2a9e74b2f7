/* standalone-main.c
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

/* Replays a fuzz target's inputs without libFuzzer: every file of
 * corpus/<target>/ and regressions/<target>/ is one GTest case, so the
 * normal test suite runs them all on each build. */

#define G_LOG_DOMAIN "tr-fuzz"

#include "tr-fuzz.h"

#ifndef TR_FUZZ_TARGET
#error "TR_FUZZ_TARGET (the target's name) must be defined"
#endif
#ifndef TR_FUZZ_SRCDIR
#error "TR_FUZZ_SRCDIR (the absolute path of tests/fuzz) must be defined"
#endif

static void
test_input (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpint (LLVMFuzzerTestOneInput ((const uint8_t *) contents, length), ==, 0);
}

/* The file names of @dir, sorted; none if @dir does not exist. */
static GPtrArray *
list_inputs (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    if (name[0] != '.' && !g_str_has_prefix (name, "README"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  return names;
}

static void
test_corpus_present (gconstpointer data)
{
  g_autoptr(GPtrArray) names = list_inputs (data);

  g_assert_cmpuint (names->len, >, 0);
}

static guint
add_inputs (const char *kind)
{
  g_autofree char *dir = g_build_filename (TR_FUZZ_SRCDIR, kind, TR_FUZZ_TARGET, NULL);
  g_autoptr(GPtrArray) names = list_inputs (dir);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/fuzz/%s/%s/%s", TR_FUZZ_TARGET, kind,
                                                    (const char *) names->pdata[i]);

      g_test_add_data_func_full (test_path, g_build_filename (dir, names->pdata[i], NULL),
                                 test_input, g_free);
    }
  return names->len;
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  tr_fuzz_init ();
  g_test_add_data_func_full ("/fuzz/" TR_FUZZ_TARGET "/corpus-present",
                             g_build_filename (TR_FUZZ_SRCDIR, "corpus", TR_FUZZ_TARGET, NULL),
                             test_corpus_present, g_free);
  add_inputs ("corpus");
  add_inputs ("regressions");
  return g_test_run ();
}
