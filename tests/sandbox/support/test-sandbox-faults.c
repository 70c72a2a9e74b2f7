/* test-sandbox-faults.c
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

#include <glib.h>
#include <math.h>
#include <string.h>

#include "tr-sandbox-faults.h"

#define FULL_SPEC "500:0.1,503:0.05,429:0.05,reset:0.05,lost:0.05,delay:300ms"

static TrSandboxFaults *
new_ok (const char *spec,
        guint64     seed)
{
  g_autoptr(GError) error = NULL;
  TrSandboxFaults *faults = tr_sandbox_faults_new (spec, seed, &error);

  g_assert_no_error (error);
  g_assert_nonnull (faults);
  return faults;
}

static void
test_parse_good (void)
{
  g_autoptr(TrSandboxFaults) full = new_ok (FULL_SPEC, 1);
  g_autoptr(TrSandboxFaults) seconds = new_ok ("delay:2s", 1);
  g_autoptr(TrSandboxFaults) spaced = new_ok (" 500 : 0.5 , RESET:0.25 ", 1);
  guint delay = 12345;

  tr_sandbox_faults_draw (full, &delay);
  g_assert_cmpuint (delay, ==, 300);
  g_assert_cmpint (tr_sandbox_faults_draw (seconds, &delay), ==, TR_SANDBOX_FAULT_NONE);
  g_assert_cmpuint (delay, ==, 2000);
  tr_sandbox_faults_draw (spaced, &delay);
  g_assert_cmpuint (delay, ==, 0);
  /* the out argument is optional */
  tr_sandbox_faults_draw (full, NULL);
}

static const struct {
  const char *spec;
  const char *named_part;
} malformed[] = {
  { "boom:0.1", "boom:0.1" },
  { "500:0.1,teapot:0.2", "teapot:0.2" },
  { "500:1.5", "500:1.5" },
  { "503:-0.1", "503:-0.1" },
  { "429:abc", "429:abc" },
  { "429:0.1x", "429:0.1x" },
  { "500:", "500:" },
  { "500:nan", "500:nan" },
  { "500:inf", "500:inf" },
  { "500", "500" },
  { "500:0.6,503:0.6", "500:0.6,503:0.6" },
  { "500:0.3,503:0.3,429:0.3,reset:0.2", "reset:0.2" },
  { "delay:300", "delay:300" },
  { "delay:ms", "delay:ms" },
  { "delay:abcms", "delay:abcms" },
  { "delay:-5ms", "delay:-5ms" },
  { "delay:61s", "delay:61s" },
  { "delay:1.5s", "delay:1.5s" },
  { "delay:1s,delay:2s", "delay:2s" },
  { "500:0.1,500:0.2", "500:0.2" },
  { "500:0.1,,503:0.1", "“”" },
  { "500:0.1,", "“”" },
  { ",", "“”" },
  { "none,500:0.1", "none" },
};

static void
test_parse_malformed (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TrSandboxFaults) faults = tr_sandbox_faults_new (malformed[i].spec, 7, &error);

      g_test_message ("spec “%s”", malformed[i].spec);
      g_assert_null (faults);
      g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
      g_assert_nonnull (strstr (error->message, malformed[i].named_part));
    }
}

static void
test_sum_exactly_one (void)
{
  g_autoptr(TrSandboxFaults) faults = new_ok ("500:0.2,503:0.2,429:0.2,reset:0.2,lost:0.2", 3);
  guint counts[6] = { 0, };

  for (guint i = 0; i < 1000; i++)
    counts[tr_sandbox_faults_draw (faults, NULL)]++;
  g_assert_cmpuint (counts[TR_SANDBOX_FAULT_NONE], ==, 0);
  for (guint kind = TR_SANDBOX_FAULT_500; kind <= TR_SANDBOX_FAULT_LOST; kind++)
    g_assert_cmpuint (counts[kind], >, 100);
}

static GArray *
draw_sequence (guint64 seed,
               guint   length)
{
  g_autoptr(TrSandboxFaults) faults = new_ok (FULL_SPEC, seed);
  GArray *sequence = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < length; i++)
    {
      guint value = tr_sandbox_faults_draw (faults, NULL);

      g_array_append_val (sequence, value);
      if (value == TR_SANDBOX_FAULT_429 || value == TR_SANDBOX_FAULT_503)
        {
          value = 100 + tr_sandbox_faults_retry_after (faults);
          g_array_append_val (sequence, value);
        }
    }
  return sequence;
}

static gboolean
sequences_equal (GArray *a,
                 GArray *b)
{
  return a->len == b->len && memcmp (a->data, b->data, a->len * sizeof (guint)) == 0;
}

static void
test_deterministic (void)
{
  g_autoptr(GArray) first = draw_sequence (42, 2000);
  g_autoptr(GArray) again = draw_sequence (42, 2000);
  g_autoptr(GArray) other = draw_sequence (43, 2000);
  g_autoptr(GArray) zero = draw_sequence (0, 2000);
  g_autoptr(GArray) zero_again = draw_sequence (0, 2000);

  g_assert_true (sequences_equal (first, again));
  g_assert_true (sequences_equal (zero, zero_again));
  g_assert_false (sequences_equal (first, other));
  g_assert_false (sequences_equal (first, zero));
}

static void
test_frequencies (void)
{
  const double expected[6] = { 0.70, 0.10, 0.05, 0.05, 0.05, 0.05 };
  const guint64 seeds[] = { 1, 2026, G_GUINT64_CONSTANT (0xDEADBEEFCAFEF00D) };

  for (guint s = 0; s < G_N_ELEMENTS (seeds); s++)
    {
      g_autoptr(TrSandboxFaults) faults = new_ok (FULL_SPEC, seeds[s]);
      guint counts[6] = { 0, };

      for (guint i = 0; i < 10000; i++)
        counts[tr_sandbox_faults_draw (faults, NULL)]++;
      /* within 5 standard deviations of the binomial proportion */
      for (guint kind = 0; kind < G_N_ELEMENTS (counts); kind++)
        g_assert_cmpfloat_with_epsilon (counts[kind] / 10000.0, expected[kind],
                                        5 * sqrt (expected[kind] * (1 - expected[kind]) / 10000.0));
    }
}

static void
test_none_only (void)
{
  const char *specs[] = { NULL, "", "none", " NONE ", "delay:0ms", "500:0,503:0.0", "delay:150ms" };

  for (guint s = 0; s < G_N_ELEMENTS (specs); s++)
    {
      g_autoptr(TrSandboxFaults) faults = new_ok (specs[s], s);

      for (guint i = 0; i < 2000; i++)
        g_assert_cmpint (tr_sandbox_faults_draw (faults, NULL), ==, TR_SANDBOX_FAULT_NONE);
    }
}

static void
test_always (void)
{
  g_autoptr(TrSandboxFaults) faults = new_ok ("lost:1", 9);

  for (guint i = 0; i < 1000; i++)
    g_assert_cmpint (tr_sandbox_faults_draw (faults, NULL), ==, TR_SANDBOX_FAULT_LOST);
}

static void
test_retry_after (void)
{
  g_autoptr(TrSandboxFaults) faults = new_ok ("429:0.5", 5);
  guint seen[4] = { 0, };

  for (guint i = 0; i < 300; i++)
    {
      guint seconds = tr_sandbox_faults_retry_after (faults);

      g_assert_cmpuint (seconds, >=, 1);
      g_assert_cmpuint (seconds, <=, 3);
      seen[seconds]++;
    }
  g_assert_cmpuint (seen[1], >, 0);
  g_assert_cmpuint (seen[2], >, 0);
  g_assert_cmpuint (seen[3], >, 0);
}

static void
test_names (void)
{
  g_assert_cmpstr (tr_sandbox_fault_to_string (TR_SANDBOX_FAULT_NONE), ==, "none");
  g_assert_cmpstr (tr_sandbox_fault_to_string (TR_SANDBOX_FAULT_500), ==, "500");
  g_assert_cmpstr (tr_sandbox_fault_to_string (TR_SANDBOX_FAULT_503), ==, "503");
  g_assert_cmpstr (tr_sandbox_fault_to_string (TR_SANDBOX_FAULT_429), ==, "429");
  g_assert_cmpstr (tr_sandbox_fault_to_string (TR_SANDBOX_FAULT_RESET), ==, "reset");
  g_assert_cmpstr (tr_sandbox_fault_to_string (TR_SANDBOX_FAULT_LOST), ==, "lost");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sandbox/faults/parse-good", test_parse_good);
  g_test_add_func ("/sandbox/faults/parse-malformed", test_parse_malformed);
  g_test_add_func ("/sandbox/faults/sum-exactly-one", test_sum_exactly_one);
  g_test_add_func ("/sandbox/faults/deterministic", test_deterministic);
  g_test_add_func ("/sandbox/faults/frequencies", test_frequencies);
  g_test_add_func ("/sandbox/faults/none-only", test_none_only);
  g_test_add_func ("/sandbox/faults/always", test_always);
  g_test_add_func ("/sandbox/faults/retry-after", test_retry_after);
  g_test_add_func ("/sandbox/faults/names", test_names);

  return g_test_run ();
}
