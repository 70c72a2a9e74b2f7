/* tr-store-fold.c
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

#include "tr-store-error.h"
#include "tr-store-fold.h"

static void
append_folded (GString    *out,
               const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *stripped;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return;
  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  if (decomposed == NULL)
    return;

  stripped = g_string_new (NULL);
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK)
        g_string_append_unichar (stripped, c);
    }
  folded = g_utf8_casefold (stripped->str, -1);
  g_string_free (stripped, TRUE);

  if (out->len > 0)
    g_string_append_c (out, ' ');
  g_string_append (out, folded);
}

/**
 * tr_store_fold_text:
 * @text: (nullable): UTF-8 text
 *
 * Folds @text for searching: compatibility decomposition, accents
 * removed, case folded. "Zürich" and "ZURICH" both give "zurich".
 *
 * Returns: (transfer full): the folded text (empty for %NULL or invalid)
 */
char *
tr_store_fold_text (const char *text)
{
  GString *out = g_string_new (NULL);

  append_folded (out, text);
  return g_string_free (out, FALSE);
}

/* SQL: tr_fold(a, b, …) folds each non-NULL argument and joins them. */
static void
fold_sql_function (sqlite3_context  *context,
                   int               argc,
                   sqlite3_value   **argv)
{
  GString *out = g_string_new (NULL);
  char *text;

  for (int i = 0; i < argc; i++)
    append_folded (out, (const char *) sqlite3_value_text (argv[i]));
  text = g_string_free (out, FALSE);
  sqlite3_result_text (context, text, -1, g_free);
}

/**
 * tr_store_fold_register:
 * @handle: an SQLite connection
 * @error: return location for an error
 *
 * Makes the deterministic SQL function `tr_fold(…)` available on @handle.
 */
gboolean
tr_store_fold_register (sqlite3  *handle,
                        GError  **error)
{
  int rc = sqlite3_create_function_v2 (handle, "tr_fold", -1,
                                       SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                       NULL, fold_sql_function, NULL, NULL, NULL);

  if (rc == SQLITE_OK)
    return TRUE;
  g_set_error (error, TR_STORE_ERROR, TR_STORE_ERROR_IO,
               /* Translators: %s is SQLite’s error message, in English */
               _("Cannot prepare the offline database: %s"), sqlite3_errstr (rc));
  return FALSE;
}
