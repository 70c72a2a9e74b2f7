/* tr-sandbox-seed.c
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

/* Company configuration shared by both seeds: users, the OAuth client,
 * Request policies, travel agencies and list items (ids from the seed
 * examples). The demo Requests are in tr-sandbox-seed-data.c. */

#define G_LOG_DOMAIN "tr-sandbox"

#include "tr-sandbox-seed.h"

#include <glib/gi18n-lib.h>

#include "tr-sandbox-seed-data.h"

#define COMPANY_ID "3e1f2d4c-5b6a-4789-8abc-def012345678"

typedef struct
{
  const char *id, *login, *first_name, *last_name, *manager_id;
} SeedUser;

static const SeedUser users[] = {
  { TR_SANDBOX_EMMA_ID, "emma.traveler@example.com", "Emma", "Traveler", TR_SANDBOX_MARC_ID },
  { TR_SANDBOX_MARC_ID, "marc.manager@example.com", "Marc", "Manager", NULL },
  { TR_SANDBOX_LUCAS_ID, "lucas.traveler@example.com", "Lucas", "Traveler", TR_SANDBOX_MARC_ID },
  { TR_SANDBOX_FIONA_ID, "fiona.finance@example.com", "Fiona", "Finance", NULL },
};

typedef struct
{
  const char *id, *name, *type_code, *type_label, *second_approver_id;
  gint64      limit_minor;
} SeedPolicy;

static const SeedPolicy policies[] = {
  { TR_SANDBOX_POLICY_DOMESTIC, "Domestic Travel", "TRAVEL", "Travel", NULL, 500000 },
  { TR_SANDBOX_POLICY_CLIENTS, "Client Visits", "TRAVEL", "Travel", NULL, 1000000 },
  /* Two approval steps: the manager, then Finance. */
  { TR_SANDBOX_POLICY_INTERNATIONAL, "International Travel", "TRAVEL", "Travel", TR_SANDBOX_FIONA_ID, 2000000 },
  { "1E9A7C5B3D2F4A6E8B0C2D4F6A8B0C2E", "Cash Advance", "CASH_ADVANCE", "Cash Advance", NULL, 200000 },
};

typedef struct
{
  const char *id, *code, *value;
} SeedListItem;

static const SeedListItem list_items[] = {
  { "8422A66A9B0142458020D9BCD4351D38", "CEN3", "Cost center 3" },
  { "5A0F9AF6B92E34468698040C915688BF", "CEN3PRO1", "Cost center 3 – project 1" },
  { "3F54AE68BA66EF49A5984E5197202A4D", "TRAINING", "Training" },
  { "54F0CBD8833CB348BD45A6C7C621C951", "CEN1", "Cost center 1" },
  { "441D6FC50766A044ACC07FF780F1BAD9", "CEN1PRO2", "Cost center 1 – project 2" },
  { "050BE16A7BF72948810AFDBC9069BD8E", "CLIENTPROJECT", "Client project" },
};

static gboolean
seed_people (TrSandboxDb *db)
{
  gboolean ok = tr_sandbox_db_run (db, "INSERT INTO clients (id, secret, company_id) VALUES (?, ?, ?)",
                                   "sss", "sandbox-client", "sandbox-secret", COMPANY_ID);

  for (guint i = 0; i < G_N_ELEMENTS (users) && ok; i++)
    ok = tr_sandbox_db_run (db, "INSERT INTO users (id, login, password, first_name, last_name, currency,"
                                " manager_id, company_id) VALUES (?, ?, 'sandbox', ?, ?, 'USD', ?, ?)",
                            "ssssss", users[i].id, users[i].login, users[i].first_name,
                            users[i].last_name, users[i].manager_id, COMPANY_ID);
  return ok;
}

static gboolean
seed_configuration (TrSandboxDb *db)
{
  gboolean ok = seed_people (db);

  for (guint i = 0; i < G_N_ELEMENTS (policies) && ok; i++)
    ok = tr_sandbox_db_run (db, "INSERT INTO policies (id, name, type_code, type_label, second_approver_id,"
                                " limit_minor, position) VALUES (?, ?, ?, ?, ?, ?, ?)", "sssssii",
                            policies[i].id, policies[i].name, policies[i].type_code, policies[i].type_label,
                            policies[i].second_approver_id, policies[i].limit_minor, (gint64) i);
  for (guint i = 0; i < G_N_ELEMENTS (list_items) && ok; i++)
    ok = tr_sandbox_db_run (db, "INSERT INTO list_items (id, code, value) VALUES (?, ?, ?)", "sss",
                            list_items[i].id, list_items[i].code, list_items[i].value);
  return ok
    && tr_sandbox_db_run (db, "INSERT INTO agencies (id, name, email, proposal_type) VALUES (?, ?, ?, ?)",
                          "ssss", "2EC038D7C3CBBE4ABA0914425064D34F", "myCompanyAgency",
                          "agency-email@agencyname.com", "CWTF")
    && tr_sandbox_db_run (db, "INSERT INTO agencies (id, name, email, proposal_type) VALUES (?, ?, ?, ?)",
                          "ssss", "86B720AF168F1C4CA52E37AC710E897B", "myCompanyAgency – Lyon office",
                          "lyon@agencyname.com", "API");
}

/* Fills an empty database once: "empty" gives users and configuration
 * only, "demo" adds the demo company's Requests. */
gboolean
tr_sandbox_seed_apply (TrSandboxDb  *db,
                       const char   *mode,
                       GError      **error)
{
  g_autofree char *seeded = tr_sandbox_db_get_meta (db, "seeded");

  if (seeded != NULL)
    return TRUE;
  if (!tr_sandbox_db_begin (db))
    {
      g_set_error (error, TR_SANDBOX_DB_ERROR, TR_SANDBOX_DB_ERROR_STATEMENT, _("The database is busy."));
      return FALSE;
    }
  if (seed_configuration (db)
      && (g_strcmp0 (mode, "demo") != 0 || tr_sandbox_seed_data_apply (db, error))
      && tr_sandbox_db_set_meta (db, "seeded", mode)
      && tr_sandbox_db_commit (db))
    return TRUE;
  tr_sandbox_db_rollback (db);
  if (error != NULL && *error == NULL)
    g_set_error (error, TR_SANDBOX_DB_ERROR, TR_SANDBOX_DB_ERROR_STATEMENT, _("Seeding the database failed."));
  return FALSE;
}
