/* tr-sandbox-faults.c
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

#define G_LOG_DOMAIN "tr-sandbox-faults"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "tr-sandbox-faults.h"

#define MAX_DELAY_MS 60000
#define N_FAULT_KINDS 5   /* every TrSandboxFault but NONE */

struct _TrSandboxFaults {
  guint64 state;
  double  probability[N_FAULT_KINDS];   /* indexed by fault - 1 */
  guint   delay_ms;
  gboolean delay_set;
};

static const char * const fault_names[N_FAULT_KINDS + 1] = {
  "none", "500", "503", "429", "reset", "lost",
};

const char *
tr_sandbox_fault_to_string (TrSandboxFault fault)
{
  g_return_val_if_fail ((guint) fault <= N_FAULT_KINDS, NULL);

  return fault_names[fault];
}

/* splitmix64: tiny, seedable with any value (0 included), good spread. */
static guint64
next_random (TrSandboxFaults *self)
{
  guint64 z = (self->state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

static gboolean
fail_part (GError     **error,
           const char  *part,
           const char  *reason)
{
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               /* Translators: the first %s is part of the --fault option, the second why it is invalid */
               _("Invalid fault specification part “%s”: %s"), part, reason);
  return FALSE;
}

static gboolean
parse_delay (TrSandboxFaults  *self,
             const char       *part,
             const char       *value,
             GError          **error)
{
  g_autofree char *digits = NULL;
  guint64 number = 0;
  guint64 scale = 1;

  if (self->delay_set)
    return fail_part (error, part, _("the delay is given twice"));
  if (g_str_has_suffix (value, "ms"))
    digits = g_strndup (value, strlen (value) - 2);
  else if (g_str_has_suffix (value, "s"))
    {
      digits = g_strndup (value, strlen (value) - 1);
      scale = 1000;
    }
  else
    return fail_part (error, part, _("the delay needs an “ms” or “s” suffix"));

  if (!g_ascii_string_to_unsigned (digits, 10, 0, MAX_DELAY_MS, &number, NULL)
      || number * scale > MAX_DELAY_MS)
    return fail_part (error, part, _("the delay must be a whole number of at most 60 s"));

  self->delay_ms = (guint) (number * scale);
  self->delay_set = TRUE;
  return TRUE;
}

static int
fault_index (const char *kind)
{
  for (guint i = 1; i <= N_FAULT_KINDS; i++)
    if (g_ascii_strcasecmp (kind, fault_names[i]) == 0)
      return (int) i - 1;
  return -1;
}

static gboolean
parse_probability (TrSandboxFaults  *self,
                   const char       *part,
                   int               index,
                   const char       *value,
                   GError          **error)
{
  char *end = NULL;
  double probability;

  if (self->probability[index] >= 0)
    return fail_part (error, part, _("this kind is given twice"));
  if (*value == '\0' || g_ascii_isspace (*value))
    return fail_part (error, part, _("the probability is missing"));

  probability = g_ascii_strtod (value, &end);
  if (end == value || *end != '\0' || !isfinite (probability))
    return fail_part (error, part, _("the probability is not a number"));
  if (probability < 0 || probability > 1)
    return fail_part (error, part, _("the probability must be between 0 and 1"));

  self->probability[index] = probability;
  return TRUE;
}

static gboolean
parse_part (TrSandboxFaults  *self,
            const char       *raw_part,
            GError          **error)
{
  g_autofree char *part = g_strstrip (g_strdup (raw_part));
  g_auto(GStrv) key_value = NULL;
  int index;

  if (*part == '\0')
    return fail_part (error, raw_part, _("empty part"));

  key_value = g_strsplit (part, ":", 2);
  if (key_value[1] == NULL)
    return fail_part (error, part, _("expected “kind:value”"));
  g_strstrip (key_value[0]);
  g_strstrip (key_value[1]);

  if (g_ascii_strcasecmp (key_value[0], "delay") == 0)
    return parse_delay (self, part, key_value[1], error);

  index = fault_index (key_value[0]);
  if (index < 0)
    return fail_part (error, part,
                      _("unknown kind (expected 500, 503, 429, reset, lost or delay)"));
  return parse_probability (self, part, index, key_value[1], error);
}

static gboolean
check_sum (TrSandboxFaults  *self,
           const char       *spec,
           GError          **error)
{
  double sum = 0;

  for (guint i = 0; i < N_FAULT_KINDS; i++)
    {
      if (self->probability[i] < 0)
        self->probability[i] = 0;
      sum += self->probability[i];
    }
  if (sum > 1 + 1e-9)
    return fail_part (error, spec, _("the probabilities add up to more than 1"));
  return TRUE;
}

static gboolean
is_empty_spec (const char *spec)
{
  g_autofree char *copy = NULL;

  if (spec == NULL)
    return TRUE;
  copy = g_strstrip (g_strdup (spec));
  return *copy == '\0' || g_ascii_strcasecmp (copy, "none") == 0;
}

TrSandboxFaults *
tr_sandbox_faults_new (const char  *spec,
                       guint64      seed,
                       GError     **error)
{
  g_autoptr(TrSandboxFaults) self = g_new0 (TrSandboxFaults, 1);

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self->state = seed;
  for (guint i = 0; i < N_FAULT_KINDS; i++)
    self->probability[i] = -1;   /* "not given yet" */

  if (!is_empty_spec (spec))
    {
      g_auto(GStrv) parts = g_strsplit (spec, ",", -1);

      for (guint i = 0; parts[i] != NULL; i++)
        if (!parse_part (self, parts[i], error))
          return NULL;
    }

  if (!check_sum (self, spec != NULL ? spec : "", error))
    return NULL;
  return g_steal_pointer (&self);
}

TrSandboxFault
tr_sandbox_faults_draw (TrSandboxFaults *self,
                        guint           *delay_ms_out)
{
  double roll;
  double threshold = 0;

  g_return_val_if_fail (self != NULL, TR_SANDBOX_FAULT_NONE);

  /* 53 random bits → uniform double in [0, 1). */
  roll = (double) (next_random (self) >> 11) * (1.0 / 9007199254740992.0);

  if (delay_ms_out != NULL)
    *delay_ms_out = self->delay_ms;

  for (guint i = 0; i < N_FAULT_KINDS; i++)
    {
      threshold += self->probability[i];
      if (roll < threshold)
        return (TrSandboxFault) (i + 1);
    }
  return TR_SANDBOX_FAULT_NONE;
}

guint
tr_sandbox_faults_retry_after (TrSandboxFaults *self)
{
  g_return_val_if_fail (self != NULL, 1);

  return 1 + (guint) (next_random (self) % 3);
}

void
tr_sandbox_faults_free (TrSandboxFaults *self)
{
  g_free (self);
}
