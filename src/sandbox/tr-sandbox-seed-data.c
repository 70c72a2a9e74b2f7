/* tr-sandbox-seed-data.c
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

/* The demo company's Requests: every Request, expense, leg and allocation
 * id of the seed examples, then enough current trips that Emma has over
 * 25 Requests in every status, with air, rail, hotel, car and taxi. */

#define G_LOG_DOMAIN "tr-sandbox"

#include "tr-sandbox-seed-data.h"

#include <glib/gi18n-lib.h>

#include "tr-sandbox-call.h"
#include "tr-sandbox-expenses.h"
#include "tr-sandbox-header.h"
#include "tr-sandbox-request.h"
#include "tr-sandbox-seed.h"
#include "tr-sandbox-util.h"

#define DOMESTIC TR_SANDBOX_POLICY_DOMESTIC
#define CLIENTS TR_SANDBOX_POLICY_CLIENTS
#define INTERNATIONAL TR_SANDBOX_POLICY_INTERNATIONAL
#define AGENCY "{\"id\":\"2EC038D7C3CBBE4ABA0914425064D34F\"}"
#define LOC(id) "{\"id\":\"" id "\"}"
#define CDG "A168CDBA58AE42868961BC00278A91B3"
#define BER "4A33695120254EEC9261B24993DD413B"
#define NCE "CE4A6DCAC4A14D08803C28F6D5CB20F0"

static const TrSandboxSeedRequest example_requests[] = {
  { "224AF3CDCC2A5244A37C72FA5770C6F2", "333T", TR_SANDBOX_EMMA_ID, CLIENTS, "NOT_SUBMITTED", 0, 0, NULL,
    "2018-05-25T07:31:33.000Z", NULL, NULL,
    "{\"name\":\"Client meeting in Berlin - JULY\",\"businessPurpose\":\"Client meeting for project KIWI\","
    "\"comment\":\"Need to arrive the day before for meeting in Company Office\",\"startDate\":\"2018-07-15\","
    "\"startTime\":\"06:00\",\"endDate\":\"2018-07-17\",\"endTime\":\"19:30\","
    "\"mainDestination\":{\"city\":\"Berlin, GERMANY\",\"countryCode\":\"DE\"},\"policy\":{\"id\":\"" CLIENTS "\"},"
    "\"travelAgency\":" AGENCY ",\"custom1\":{\"value\":\"Kick-off meeting for project KIWI\"},"
    "\"custom2\":{\"value\":\"54F0CBD8833CB348BD45A6C7C621C951\"},\"custom3\":{\"value\":\"441D6FC50766A044ACC07FF780F1BAD9\"},"
    "\"custom4\":{\"value\":\"050BE16A7BF72948810AFDBC9069BD8E\"}}" },
  { "053A479B3C9DD847B02A203C657AE26B", "333X", TR_SANDBOX_EMMA_ID, DOMESTIC, "NOT_SUBMITTED", 0, 0, NULL,
    "2018-05-25T09:17:25.000Z", NULL, NULL,
    "{\"name\":\"Company Training - JULY 2018\",\"businessPurpose\":\"Trip to Lyon for company training - "
    "Modification of dates and Cost center + Custom Field\",\"startDate\":\"2018-07-07\",\"startTime\":\"06:15\","
    "\"endDate\":\"2018-07-09\",\"endTime\":\"19:00\",\"mainDestination\":{\"city\":\"Lyon, FRANCE\",\"countryCode\":\"FR\"},"
    "\"policy\":{\"id\":\"" DOMESTIC "\"},\"travelAgency\":" AGENCY ",\"custom1\":{\"value\":\"Training part of IT Service\"},"
    "\"custom2\":{\"value\":\"54F0CBD8833CB348BD45A6C7C621C951\"},\"custom3\":{\"value\":\"441D6FC50766A044ACC07FF780F1BAD9\"},"
    "\"custom4\":{\"value\":\"3F54AE68BA66EF49A5984E5197202A4D\"}}" },
  { "E82B0B803671004B9A5D952F34FBD01E", "333W", TR_SANDBOX_EMMA_ID, DOMESTIC, "NOT_SUBMITTED", 0, 0, NULL,
    "2018-05-25T09:12:00.000Z", NULL, NULL,
    "{\"name\":\"Company Training - JUNE 2018\",\"businessPurpose\":\"Trip to Lyon for company training\","
    "\"comment\":\"Company training requires to go to Lyon\",\"startDate\":\"2018-06-04\",\"startTime\":\"07:00\","
    "\"endDate\":\"2018-06-06\",\"endTime\":\"20:00\",\"mainDestination\":{\"city\":\"Lyon\",\"countryCode\":\"FR\"},"
    "\"policy\":{\"id\":\"" DOMESTIC "\"},\"travelAgency\":" AGENCY "}" },
  { "0D4DC4589D33AC4B9AF2E8B548C7AD2C", "333V", TR_SANDBOX_EMMA_ID, DOMESTIC, "NOT_SUBMITTED", 0, 0, NULL,
    "2018-05-24T16:02:10.000Z", NULL, NULL,
    "{\"name\":\"Team offsite in Nice\",\"businessPurpose\":\"Yearly team offsite\",\"startDate\":\"2018-08-20\","
    "\"endDate\":\"2018-08-22\",\"mainDestination\":{\"city\":\"Nice\",\"countryCode\":\"FR\"}}" },
  { "19148EE9411DF9459F6AEBBCA53BD646", "333S", TR_SANDBOX_EMMA_ID, CLIENTS, "APPROVED", 0, 0, NULL,
    "2018-04-10T08:00:00.000Z", "2018-04-11T09:30:00.000Z", "2018-04-12T14:05:00.000Z",
    "{\"name\":\"Customer workshop in Munich\",\"businessPurpose\":\"Requirements workshop with the customer\","
    "\"startDate\":\"2018-05-14\",\"startTime\":\"07:30\",\"endDate\":\"2018-05-15\",\"endTime\":\"21:00\","
    "\"mainDestination\":{\"city\":\"Munich\",\"countryCode\":\"DE\"},\"travelAgency\":" AGENCY "}" },
  { "2B19A2438CD6664A9C44E0F4D39E870A", "3AT7", TR_SANDBOX_EMMA_ID, DOMESTIC, "SENTBACK", TR_SANDBOX_SEED_SENT_BACK, 0, NULL,
    "2018-09-03T11:53:02.000Z", "2018-09-03T11:55:00.000Z", NULL,
    "{\"name\":\"PMP Training - OCTOBER\",\"businessPurpose\":\"PMP Training in Nantes\",\"comment\":\"Plane too "
    "early in the morning, if possible book Hotel and arrive the day before\\n\",\"startDate\":\"2018-10-08\","
    "\"startTime\":\"05:00\",\"endDate\":\"2018-10-08\",\"mainDestination\":{\"city\":\"Nantes\",\"countryCode\":\"FR\"}}" },
  { "4CCBAE73F3E14346AE93253480F5C409", "3AT6", TR_SANDBOX_EMMA_ID, CLIENTS, "SUBMITTED", 0, 1, TR_SANDBOX_MARC_ID,
    "2018-09-03T11:44:10.000Z", "2018-09-03T11:49:32.000Z", NULL,
    "{\"name\":\"Client meeting in Berlin\",\"businessPurpose\":\"Client meeting for project KIWI\",\"comment\":"
    "\"Need to arrive the day before as meeting is in Company office early in the morning\\n\",\"startDate\":"
    "\"2018-09-18\",\"startTime\":\"17:30\",\"endDate\":\"2018-09-20\",\"mainDestination\":{\"city\":\"Berlin\","
    "\"countryCode\":\"DE\"},\"travelAgency\":" AGENCY "}" },
  { "CED5E9CD8FC1424488F9331ACF956E73", "333U", TR_SANDBOX_EMMA_ID, DOMESTIC, "NOT_SUBMITTED", 0, 0, NULL,
    "2018-05-25T08:08:59.000Z", NULL, NULL,
    "{\"name\":\"Company Training - JULY 2018\",\"businessPurpose\":\"Trip to Lyon for company training\","
    "\"comment\":\"Company training requires to go to Lyon\",\"startDate\":\"2018-07-01\",\"startTime\":\"07:15\","
    "\"endDate\":\"2018-07-03\",\"endTime\":\"22:00\",\"mainDestination\":{\"city\":\"Lyon, FRANCE\",\"countryCode\":\"FR\"},"
    "\"policy\":{\"id\":\"" DOMESTIC "\"},\"travelAgency\":" AGENCY ",\"custom1\":{\"value\":\"Training part of IT Service\"},"
    "\"custom2\":{\"value\":\"8422A66A9B0142458020D9BCD4351D38\"},\"custom3\":{\"value\":\"5A0F9AF6B92E34468698040C915688BF\"},"
    "\"custom4\":{\"value\":\"3F54AE68BA66EF49A5984E5197202A4D\"}}" },
};

#define AMOUNT(v) "\"transactionAmount\":{\"value\":" v ",\"currency\":\"USD\"}"
#define ALLOC(id) "\"allocations\":[{\"allocationId\":\"" id "\"}]"

static const TrSandboxSeedExpense example_expenses[] = {
  { "224AF3CDCC2A5244A37C72FA5770C6F2", "B5FB8991E390474E875D6FD5BB1FDAF1",
    "{" ALLOC ("79249903DC18464AAAD61062EA383BD4") ",\"expenseType\":{\"id\":\"AIRFR\"}," AMOUNT ("324.56")
    ",\"transactionDate\":\"2018-07-15\",\"tripData\":{\"agencyBooked\":true,\"tripType\":\"ROUND_TRIP\","
    "\"segmentType\":{\"category\":\"REQ_SEG_AIRFR\",\"code\":\"AIRFR\"},\"legs\":["
    "{\"id\":\"B0F356643B38BC419AFE60E050BB79A4\",\"startDate\":\"2018-07-15\",\"startTime\":\"08:00\","
    "\"startLocation\":" LOC (CDG) ",\"endLocation\":" LOC (BER) ",\"returnLeg\":false},"
    "{\"id\":\"345475D42A53D948A6D60181759683E8\",\"startDate\":\"2018-07-17\",\"startTime\":\"17:00\","
    "\"startLocation\":" LOC (BER) ",\"endLocation\":" LOC (CDG) ",\"returnLeg\":true}]}}" },
  { "224AF3CDCC2A5244A37C72FA5770C6F2", "D65BDBD5D980F6498D67A92B06A457B0",
    "{" ALLOC ("FCAA998834A24949B01AC3C1D56AF4E3") ",\"expenseType\":{\"id\":\"TAXIX\"}," AMOUNT ("90")
    ",\"transactionDate\":\"2018-07-17\",\"businessPurpose\":\"Airport to Office after arrival and before departure\"}" },
  { "224AF3CDCC2A5244A37C72FA5770C6F2", "C286A46A2DDF984EA28E41CEA278667D",
    "{" ALLOC ("780B3FA5B83EC24F922EBE7B5D4AED63") ",\"expenseType\":{\"id\":\"DINNR\"}," AMOUNT ("80")
    ",\"transactionDate\":\"2018-07-17\",\"businessPurpose\":\"Estimated costs for 2 dinners in Berlin\"}" },
  { "053A479B3C9DD847B02A203C657AE26B", "47C8AD9E382B5143BB54DC3090577C60",
    "{\"expenseType\":{\"id\":\"RAILF\"}," AMOUNT ("123.56") ",\"transactionDate\":\"2018-07-07\","
    "\"tripData\":{\"segmentType\":{\"category\":\"REQ_SEG_RAILF\",\"code\":\"RAILF\"},\"legs\":[{\"startDate\":"
    "\"2018-07-07\",\"startTime\":\"06:15\",\"startLocation\":" LOC ("C548E28E630C80B118A669197454D333")
    ",\"endLocation\":" LOC ("C3B90566F850CE138B56E5CE9E826B54") "}]}}" },
  { "CED5E9CD8FC1424488F9331ACF956E73", "0465224E14C23D4F8C2BC79A9D694BDD",
    "{" ALLOC ("28E1B1F50253CD47BE002DA7B2C218EE") ",\"expenseType\":{\"id\":\"TRAIN\"}," AMOUNT ("122.38")
    ",\"transactionDate\":\"2018-07-18\",\"businessPurpose\":\"additional punctual trip to South of France\","
    "\"tripData\":{\"tripType\":\"ONE_WAY\",\"segmentType\":{\"category\":\"REQ_SEG_RAILF\",\"code\":\"RAILF\"},"
    "\"legs\":[{\"id\":\"59508E1F979B4346AC6B38677ABE6404\",\"startDate\":\"2018-07-18\",\"startTime\":\"21:00\","
    "\"startLocationDetail\":\"none\",\"startLocation\":" LOC (CDG) ",\"endLocation\":" LOC (NCE) "}]}}" },
  { "2B19A2438CD6664A9C44E0F4D39E870A", NULL,
    "{\"expenseType\":{\"id\":\"RAILF\"}," AMOUNT ("153.06") ",\"transactionDate\":\"2018-10-08\","
    "\"tripData\":{\"segmentType\":{\"code\":\"RAILF\"},\"legs\":[{\"startDate\":\"2018-10-08\",\"startTime\":\"05:00\","
    "\"startLocation\":" LOC ("7F4A938DC3CD7AFEEA8D017EBDDEE009") ",\"endLocation\":" LOC ("9A91E54CF62E5519086981C543403E45") "}]}}" },
  { "2B19A2438CD6664A9C44E0F4D39E870A", NULL,
    "{\"expenseType\":{\"id\":\"TAXIX\"}," AMOUNT ("60") ",\"transactionDate\":\"2018-10-08\"}" },
  { "4CCBAE73F3E14346AE93253480F5C409", NULL,
    "{\"expenseType\":{\"id\":\"AIRFR\"}," AMOUNT ("358.56") ",\"transactionDate\":\"2018-09-18\","
    "\"tripData\":{\"segmentType\":{\"code\":\"AIRFR\"},\"legs\":[{\"startDate\":\"2018-09-18\",\"startTime\":\"17:30\","
    "\"startLocation\":" LOC (CDG) ",\"endLocation\":" LOC (BER) "},{\"startDate\":\"2018-09-20\",\"startTime\":\"18:00\","
    "\"startLocation\":" LOC (BER) ",\"endLocation\":" LOC (CDG) ",\"returnLeg\":true}]}}" },
  { "4CCBAE73F3E14346AE93253480F5C409", NULL,
    "{\"expenseType\":{\"id\":\"HOTEL\"}," AMOUNT ("120") ",\"transactionDate\":\"2018-09-18\","
    "\"tripData\":{\"segmentType\":{\"code\":\"HOTEL\"},\"legs\":[{\"startDate\":\"2018-09-18\",\"endDate\":\"2018-09-20\","
    "\"endLocation\":{\"city\":\"Berlin\",\"countryCode\":\"DE\"},\"endLocationDetail\":\"Hotel near Alexanderplatz\"}]}}" },
  { "19148EE9411DF9459F6AEBBCA53BD646", NULL,
    "{\"expenseType\":{\"id\":\"AIRFR\"}," AMOUNT ("412.80") ",\"transactionDate\":\"2018-05-14\","
    "\"tripData\":{\"segmentType\":{\"code\":\"AIRFR\"},\"legs\":[{\"startDate\":\"2018-05-14\",\"startTime\":\"07:30\","
    "\"startLocation\":" LOC (CDG) ",\"endLocation\":{\"iataCode\":\"MUC\",\"countryCode\":\"DE\"}},"
    "{\"startDate\":\"2018-05-15\",\"startTime\":\"19:00\",\"startLocation\":{\"iataCode\":\"MUC\",\"countryCode\":\"DE\"},"
    "\"endLocation\":" LOC (CDG) ",\"returnLeg\":true}]}}" },
};

static gboolean
add_approval (TrSandboxDb *db,
              const char  *request_id,
              const char  *approver_id,
              const char  *at)
{
  return tr_sandbox_db_run (db, "INSERT INTO approvals (request_id, approver_id, at) VALUES (?, ?, ?)",
                            "sss", request_id, approver_id, at);
}

static gboolean
add_history (TrSandboxDb       *db,
             const TrSandboxSeedRequest *seed)
{
  gboolean two_steps = g_strcmp0 (seed->policy, INTERNATIONAL) == 0;

  if (g_str_equal (seed->status, "APPROVED") || (seed->flags & TR_SANDBOX_SEED_CANCELED_AFTER_APPROVAL))
    return add_approval (db, seed->id, TR_SANDBOX_MARC_ID, seed->approved)
           && (!two_steps || add_approval (db, seed->id, TR_SANDBOX_FIONA_ID, seed->approved));
  if (seed->step == 2)
    return add_approval (db, seed->id, TR_SANDBOX_MARC_ID, seed->submitted);
  if (seed->flags & TR_SANDBOX_SEED_SENT_BACK)
    return tr_sandbox_db_run (db, "INSERT INTO comments (request_id, author_id, created, value)"
                                  " VALUES (?, ?, ?, ?)", "ssss", seed->id, TR_SANDBOX_MARC_ID, seed->submitted,
                              "Please check the dates and arrive the day before.");
  return TRUE;
}

static TrSandboxRequest *
build_request (TrSandboxCall     *call,
               const TrSandboxSeedRequest *seed,
               JsonObject        *header)
{
  g_autoptr(TrSandboxRequest) request = tr_sandbox_request_new (seed->id, seed->owner);

  if (!tr_sandbox_header_apply (call, request, header))
    return NULL;
  request->request_key = seed->key ? g_strdup (seed->key) : tr_sandbox_request_new_key (call->db);
  request->policy_id = g_strdup (seed->policy);
  g_free (request->status);
  request->status = g_strdup (seed->status);
  request->closed = (seed->flags & TR_SANDBOX_SEED_CLOSED) != 0;
  request->ever_sent_back = (seed->flags & TR_SANDBOX_SEED_SENT_BACK) != 0;
  request->canceled_post_approval = (seed->flags & TR_SANDBOX_SEED_CANCELED_AFTER_APPROVAL) != 0;
  request->step = seed->step;
  request->approver_id = g_strdup (seed->approver);
  g_free (request->created);
  request->created = g_strdup (seed->created);
  request->submitted = g_strdup (seed->submitted);
  request->approved = g_strdup (seed->approved);
  if (json_object_get_member (request->header, "policy") == NULL)
    json_object_set_member (request->header, "policy",
                            json_from_string ("{\"id\":\"\"}", NULL));
  json_object_set_string_member (json_object_get_object_member (request->header, "policy"), "id", seed->policy);
  return g_steal_pointer (&request);
}

gboolean
tr_sandbox_seed_store_request (TrSandboxCall     *call,
               const TrSandboxSeedRequest *seed)
{
  g_autoptr(JsonNode) header = json_from_string (seed->header, NULL);
  g_autoptr(TrSandboxRequest) request = NULL;

  g_free (call->caller_id);
  call->caller_id = g_strdup (seed->owner);
  if (header == NULL || !JSON_NODE_HOLDS_OBJECT (header)
      || (request = build_request (call, seed, json_node_get_object (header))) == NULL)
    return FALSE;
  g_free (request->modified);
  request->modified = g_strdup (seed->approved ? seed->approved : seed->submitted ? seed->submitted : seed->created);
  return tr_sandbox_request_save (request, call->db) && add_history (call->db, seed);
}

gboolean
tr_sandbox_seed_store_expense (TrSandboxCall     *call,
               const TrSandboxSeedExpense *seed)
{
  g_autoptr(JsonNode) body = json_from_string (seed->body, NULL);
  g_autofree char *id = seed->id ? g_strdup (seed->id) : tr_sandbox_new_id ();
  g_autoptr(TrSandboxRequest) request = tr_sandbox_request_load (call->db, seed->request_id);

  if (body == NULL || request == NULL)
    return FALSE;
  g_free (call->caller_id);
  call->caller_id = g_strdup (request->owner_id);
  /* Storing an expense touches the Request: keep its seeded timestamp. */
  return tr_sandbox_expenses_store (call, seed->request_id, id, json_node_get_object (body), FALSE)
         && tr_sandbox_db_run (call->db, "UPDATE requests SET modified = ? WHERE id = ?", "ss",
                               request->modified, request->id);
}

static gboolean
report_failure (TrSandboxCall  *call,
                GError        **error)
{
  g_autofree char *text = call->response ? json_to_string (call->response, FALSE) : g_strdup ("");

  g_set_error (error, TR_SANDBOX_DB_ERROR, TR_SANDBOX_DB_ERROR_STATEMENT,
               /* Translators: %s is an error message */
               _("The demo data is invalid: %s"), text);
  return FALSE;
}

gboolean
tr_sandbox_seed_data_apply (TrSandboxDb  *db,
                            GError      **error)
{
  g_autoptr(TrSandboxCall) call = g_new0 (TrSandboxCall, 1);

  call->db = db;
  call->base = "";
  for (guint i = 0; i < G_N_ELEMENTS (example_requests); i++)
    if (!tr_sandbox_seed_store_request (call, &example_requests[i]))
      return report_failure (call, error);
  for (guint i = 0; i < G_N_ELEMENTS (example_expenses); i++)
    if (!tr_sandbox_seed_store_expense (call, &example_expenses[i]))
      return report_failure (call, error);
  if (!tr_sandbox_db_run (db, "INSERT INTO reports (id, request_id, owner_id, created) VALUES (?, ?, ?, ?)",
                          "ssss", "C5EDBE0E507C46FFB132", "19148EE9411DF9459F6AEBBCA53BD646",
                          TR_SANDBOX_EMMA_ID, "2018-06-01T10:00:00.000Z"))
    return report_failure (call, error);
  if (!tr_sandbox_db_run (db, "INSERT INTO cash_advances (id, request_id, amount_minor, currency, status, comment,"
                              " requested, issued) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", "ssisssss",
                          "9C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F", "4CCBAE73F3E14346AE93253480F5C409", (gint64) 30000,
                          "EUR", "C_PEND", "Cash for taxis in Berlin", "2018-09-03T11:49:32.000Z", NULL))
    return report_failure (call, error);
  return tr_sandbox_seed_trips_apply (call) || report_failure (call, error);
}
