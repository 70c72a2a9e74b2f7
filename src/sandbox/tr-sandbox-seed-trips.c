/* tr-sandbox-seed-trips.c
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

/* Current demo trips, generated from a compact table: each row is one
 * Request with up to four segments (air, rail, hotel, car, taxi). */

#define G_LOG_DOMAIN "tr-sandbox"

#include "tr-sandbox-seed-data.h"

#include "tr-sandbox-seed.h"
#include "tr-sandbox-util.h"

#define EMMA TR_SANDBOX_EMMA_ID
#define LUCAS TR_SANDBOX_LUCAS_ID
#define MARC TR_SANDBOX_MARC_ID
#define FIONA TR_SANDBOX_FIONA_ID
#define DOM TR_SANDBOX_POLICY_DOMESTIC
#define CLI TR_SANDBOX_POLICY_CLIENTS
#define INT TR_SANDBOX_POLICY_INTERNATIONAL
#define CLOSED TR_SANDBOX_SEED_CLOSED
#define SENT_BACK TR_SANDBOX_SEED_SENT_BACK
#define AFTER_APPROVAL TR_SANDBOX_SEED_CANCELED_AFTER_APPROVAL

/* Location ids of support/tr-sandbox-location-table.c. */
#define CDG "A168CDBA58AE42868961BC00278A91B3"
#define MUC "EDD077238401F59268963F5D9C49F7E1"
#define AMS "100F132564B7DF7A61B1D254B39EF8DC"
#define MAD "C3606270321DB393FA4FF7EAF8A27928"
#define BCN "D4A9222C5765D7D88739A8325659D68C"
#define LHR "550E6A69E6A92535A5A36DCA6B7797B6"
#define VIE "F29A428A008E65D8C6FCD998BDF71280"
#define LIS "64489F48D1D701C8A03706464DB135E4"
#define ZRH "1D89DA29862B2E393A8A85A4C23C642D"
#define FCO "D9CE074A8C54B1031832B65DAB859AFF"
#define BER "4A33695120254EEC9261B24993DD413B"
#define GARE_DE_LYON "C548E28E630C80B118A669197454D333"
#define MONTPARNASSE "7F4A938DC3CD7AFEEA8D017EBDDEE009"
#define GARE_DU_NORD "73173EE36469EDC97A52C8AE01B986A0"
#define PART_DIEU "C3B90566F850CE138B56E5CE9E826B54"
#define NANTES_RAIL "9A91E54CF62E5519086981C543403E45"
#define NICE_VILLE "39FD1C3B15F6E129AFBF1E691C54A69C"
#define MARSEILLE_RAIL "EE3962F9EA4B8494DA62A98B1EA2D940"
#define LILLE_RAIL "042078AE875B54C0ABC7ED37D24F3FDE"
#define BORDEAUX_RAIL "C7D468AFDF3D4E6E653C5910CB2EB8EF"
#define LYON "34AC691BDF453E360C513702F7416903"
#define MUNICH "02FB632C395DF52AAE11E6D171D512BA"
#define LONDON "95106B866D7558EE8E202AD13DE4ADE4"
#define BRUSSELS "72C0681A358428A6335B385CCD98C1D2"
#define AMSTERDAM "67A3CE8A3E09DFEE8753F3CAD4115E0D"
#define ZURICH "E4269168930FD2A984F8281EF72BDFD0"
#define GENEVA "DE3EFF4D612125268483C19F198271D1"

typedef struct
{
  char        kind;      /* 'A'ir, 'R'ail, 'H'otel, 'C'ar, 'T'axi */
  const char *from, *to; /* location ids; hotel, car and taxi use "to" */
  const char *amount;    /* USD, as JSON number text */
} SeedSegment;

typedef struct
{
  const char  *owner, *name, *purpose, *destination, *start, *end, *policy, *status;
  guint        flags;
  gint64       step;
  SeedSegment  segments[4];
} SeedTrip;

static const SeedTrip trips[] = {
  { EMMA, "Sales kickoff in Munich", "Yearly sales kickoff", MUNICH, "2026-12-07", "2026-12-09", CLI, "NOT_SUBMITTED", 0, 0,
    { { 'A', CDG, MUC, "412.50" }, { 'H', NULL, MUNICH, "398" }, { 'T', NULL, MUNICH, "45.20" } } },
  { EMMA, "Partner workshop in Amsterdam", "Integration workshop with a partner", AMSTERDAM, "2027-01-12", "2027-01-14", CLI,
    "NOT_SUBMITTED", 0, 0, { { 'A', CDG, AMS, "289.90" }, { 'H', NULL, AMSTERDAM, "310" } } },
  { EMMA, "Training in Lille", "Agile coaching training", NULL, "2027-01-20", "2027-01-20", DOM, "NOT_SUBMITTED", 0, 0,
    { { 'R', GARE_DU_NORD, LILLE_RAIL, "96.40" } } },
  { EMMA, "Conference in Madrid", "Speaker at a developer conference", NULL, "2027-02-03", "2027-02-06", INT,
    "NOT_SUBMITTED", 0, 0, { { 'A', CDG, MAD, "356.75" }, { 'H', NULL, NULL, "540" }, { 'T', NULL, NULL, "38" } } },
  { EMMA, "Supplier audit in Marseille", "Quality audit at the supplier", NULL, "2026-12-14", "2026-12-16", DOM,
    "SUBMITTED", 0, 1, { { 'R', GARE_DE_LYON, MARSEILLE_RAIL, "142.10" }, { 'T', NULL, NULL, "30.50" } } },
  { EMMA, "Customer visit in Brussels", "Contract renewal meeting", BRUSSELS, "2026-12-10", "2026-12-11", CLI,
    "SUBMITTED", 0, 1, { { 'C', NULL, BRUSSELS, "164.30" }, { 'H', NULL, BRUSSELS, "189" } } },
  { EMMA, "Team meeting in Lyon", "Quarterly team meeting", LYON, "2026-12-17", "2026-12-17", DOM, "SUBMITTED", 0, 1,
    { { 'R', GARE_DE_LYON, PART_DIEU, "118.00" } } },
  { EMMA, "Trade fair in Barcelona", "Booth at the trade fair", NULL, "2027-02-22", "2027-02-25", INT, "SUBMITTED", 0, 1,
    { { 'A', CDG, BCN, "231.40" }, { 'H', NULL, NULL, "720" } } },
  { EMMA, "Board meeting in London", "Presentation to the board", LONDON, "2027-01-26", "2027-01-27", INT,
    "SUBMITTED", 0, 2, { { 'A', CDG, LHR, "402.15" }, { 'H', NULL, LONDON, "265" }, { 'T', NULL, LONDON, "62.80" } } },
  { EMMA, "Project review in Bordeaux", "Project steering committee", NULL, "2026-12-21", "2026-12-22", DOM,
    "SENTBACK", SENT_BACK, 0, { { 'R', MONTPARNASSE, BORDEAUX_RAIL, "134.60" }, { 'C', NULL, NULL, "88" } } },
  { EMMA, "Workshop in Nantes", "Design workshop", NULL, "2027-01-05", "2027-01-05", DOM, "SENTBACK", 0, 0,
    { { 'R', MONTPARNASSE, NANTES_RAIL, "104.90" } } },
  { EMMA, "Summit in Vienna", "European partner summit", NULL, "2026-12-02", "2026-12-04", INT, "APPROVED", 0, 0,
    { { 'A', CDG, VIE, "318.20" }, { 'H', NULL, NULL, "450" } } },
  { EMMA, "Client dinner in Geneva", "Dinner with the client's board", GENEVA, "2026-11-30", "2026-12-01", CLI,
    "APPROVED", 0, 0, { { 'C', NULL, GENEVA, "120" }, { 'T', NULL, GENEVA, "54.30" } } },
  { EMMA, "Offsite in Lisbon", "Engineering offsite", NULL, "2026-10-12", "2026-10-15", INT, "APPROVED", CLOSED, 0,
    { { 'A', CDG, LIS, "276.80" }, { 'H', NULL, NULL, "612" } } },
  { EMMA, "Hackathon in Zurich", "Internal hackathon", ZURICH, "2026-12-09", "2026-12-11", INT, "APPROVED", 0, 0,
    { { 'A', CDG, ZRH, "244.00" }, { 'H', NULL, ZURICH, "520" } } },
  { EMMA, "Seminar in Rome", "Security seminar", NULL, "2026-11-16", "2026-11-18", INT, "CANCELED", 0, 0,
    { { 'A', CDG, FCO, "298.45" } } },
  { EMMA, "Roadshow in Nice", "Product roadshow", NULL, "2026-12-03", "2026-12-04", DOM, "CANCELED", AFTER_APPROVAL, 0,
    { { 'R', GARE_DE_LYON, NICE_VILLE, "156.70" } } },
  { EMMA, "Visit in Berlin", "Visit of the Berlin office", NULL, "2026-09-21", "2026-09-23", CLI, "CANCELED", CLOSED, 0,
    { { 'A', CDG, BER, "265.30" } } },
  { LUCAS, "Customer visit in Lyon", "Support visit at the customer", LYON, "2026-12-15", "2026-12-15", DOM,
    "SUBMITTED", 0, 1, { { 'R', GARE_DE_LYON, PART_DIEU, "121.00" } } },
  { LUCAS, "Conference in Amsterdam", "Data conference", AMSTERDAM, "2027-03-08", "2027-03-10", CLI, "NOT_SUBMITTED", 0, 0,
    { { 'A', CDG, AMS, "301.10" }, { 'H', NULL, AMSTERDAM, "405" } } },
  { LUCAS, "Training in Munich", "Cloud training", MUNICH, "2026-12-01", "2026-12-03", CLI, "APPROVED", 0, 0,
    { { 'A', CDG, MUC, "350.00" } } },
};

static char *
location (const char *id)
{
  return g_strdup_printf ("{\"id\":\"%s\"}", id);
}

/* Hotels, cars and taxis without a place of their own use the trip's. */
static const char *
place_of (const SeedTrip    *trip,
          const SeedSegment *segment)
{
  if (segment->to != NULL)
    return segment->to;
  for (guint i = 0; i < G_N_ELEMENTS (trip->segments) && trip->segments[i].kind != '\0'; i++)
    if (trip->segments[i].kind == 'A' || trip->segments[i].kind == 'R')
      return trip->segments[i].to;
  return trip->destination;
}

static char *
segment_body (const SeedTrip    *trip,
              const SeedSegment *segment)
{
  g_autofree char *from = segment->from ? location (segment->from) : NULL;
  g_autofree char *to = location (place_of (trip, segment));
  g_autofree char *car_start = g_strdup_printf ("\"startLocation\":%s,", to);
  const char *amount = segment->amount;

  switch (segment->kind)
    {
    case 'A':
      return g_strdup_printf ("{\"transactionAmount\":{\"value\":%s,\"currency\":\"USD\"},\"transactionDate\":\"%s\","
                              "\"tripData\":{\"agencyBooked\":true,\"segmentType\":{\"code\":\"AIRFR\"},\"legs\":["
                              "{\"startDate\":\"%s\",\"startTime\":\"07:40\",\"startLocation\":%s,\"endLocation\":%s,"
                              "\"classOfService\":\"Y\"},{\"startDate\":\"%s\",\"startTime\":\"18:20\",\"startLocation\":%s,"
                              "\"endLocation\":%s,\"returnLeg\":true,\"classOfService\":\"Y\"}]}}",
                              amount, trip->start, trip->start, from, to, trip->end, to, from);
    case 'R':
      return g_strdup_printf ("{\"transactionAmount\":{\"value\":%s,\"currency\":\"USD\"},\"transactionDate\":\"%s\","
                              "\"tripData\":{\"segmentType\":{\"code\":\"RAILF\"},\"legs\":[{\"startDate\":\"%s\","
                              "\"startTime\":\"06:58\",\"startLocation\":%s,\"endLocation\":%s}]}}",
                              amount, trip->start, trip->start, from, to);
    case 'H':
    case 'C':
      return g_strdup_printf ("{\"transactionAmount\":{\"value\":%s,\"currency\":\"USD\"},\"transactionDate\":\"%s\","
                              "\"tripData\":{\"segmentType\":{\"code\":\"%s\"},\"legs\":[{\"startDate\":\"%s\","
                              "\"endDate\":\"%s\",%s\"endLocation\":%s}]}}", amount, trip->start,
                              segment->kind == 'H' ? "HOTEL" : "CARRT", trip->start, trip->end,
                              segment->kind == 'C' ? car_start : "", to);
    default:
      return g_strdup_printf ("{\"expenseType\":{\"id\":\"TAXIX\"},\"transactionAmount\":{\"value\":%s,"
                              "\"currency\":\"USD\"},\"transactionDate\":\"%s\",\"location\":%s}",
                              amount, trip->start, to);
    }
}

static char *
header_json (const SeedTrip *trip)
{
  g_autofree char *destination = location (trip->destination ? trip->destination
                                                             : place_of (trip, &trip->segments[0]));

  return g_strdup_printf ("{\"name\":\"%s\",\"businessPurpose\":\"%s\",\"comment\":\"Prefer morning departures.\",\"startDate\":\"%s\",\"startTime\":\"07:00\","
                          "\"endDate\":\"%s\",\"endTime\":\"20:00\",\"mainDestination\":%s,\"policy\":{\"id\":\"%s\"},"
                          "\"travelAgency\":{\"id\":\"2EC038D7C3CBBE4ABA0914425064D34F\"}}",
                          trip->name, trip->purpose, trip->start, trip->end, destination, trip->policy);
}

static gboolean
was_submitted (const SeedTrip *trip)
{
  return !g_str_equal (trip->status, "NOT_SUBMITTED");
}

static gboolean
store_trip (TrSandboxCall  *call,
            const SeedTrip *trip,
            guint           index)
{
  g_autofree char *id = tr_sandbox_new_id ();
  g_autofree char *header = header_json (trip);
  g_autofree char *created = g_strdup_printf ("2026-10-%02uT09:00:00.000Z", index % 28 + 1);
  g_autofree char *submitted = g_strdup_printf ("2026-11-%02uT10:30:00.000Z", index % 20 + 1);
  g_autofree char *approved = g_strdup_printf ("2026-11-%02uT15:00:00.000Z", index % 20 + 2);
  gboolean approved_once = g_str_equal (trip->status, "APPROVED") || (trip->flags & AFTER_APPROVAL);
  TrSandboxSeedRequest seed = {
    id, NULL, trip->owner, trip->policy, trip->status, trip->flags, trip->step,
    trip->step == 1 ? MARC : trip->step == 2 ? FIONA : NULL,
    created, was_submitted (trip) ? submitted : NULL, approved_once ? approved : NULL, header,
  };

  if (!tr_sandbox_seed_store_request (call, &seed))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (trip->segments) && trip->segments[i].kind != '\0'; i++)
    {
      g_autofree char *body = segment_body (trip, &trip->segments[i]);
      TrSandboxSeedExpense expense = { id, NULL, body };

      if (!tr_sandbox_seed_store_expense (call, &expense))
        return FALSE;
    }
  return TRUE;
}

gboolean
tr_sandbox_seed_trips_apply (TrSandboxCall *call)
{
  for (guint i = 0; i < G_N_ELEMENTS (trips); i++)
    if (!store_trip (call, &trips[i], i))
      return FALSE;
  return TRUE;
}
