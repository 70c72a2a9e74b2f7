#!/usr/bin/env python3
# tests/fuzz/gen-corpus.py
#
# Copyright 2026 The Travel Requests authors
#
# This program is free software: you can redistribute it and/or modify it
# under the terms of the GNU General Public License as published by the Free
# Software Foundation, either version 3 of the License, or (at your option)
# any later version. See <https://www.gnu.org/licenses/>.
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Writes the seed corpora of the fuzz targets into tests/fuzz/corpus/.

Seeds come from the API fixtures (tests/fixtures/v4) plus a few hand-made
inputs for the parsers the fixtures do not cover. The output is committed;
rerun this script after the fixtures change:  tests/fuzz/gen-corpus.py
"""

import base64
import json
import pathlib
import shutil
import struct
import sys

HERE = pathlib.Path(__file__).resolve().parent
FIXTURES = HERE.parent / "fixtures" / "v4"
CORPUS = HERE / "corpus"

# The order of type_for_byte () in fuzz-model.c.
MODEL_TYPES = [
    "Request", "Expense", "RequestPage", "Leg", "TripData", "Location", "Allocation",
    "ApprovalStatus", "CashAdvance", "Comment", "CustomField", "Employee", "Exception",
    "ExceptionSource", "ExchangeRate", "ExpenseType", "Operation", "Policy", "RequestType",
    "ResourceLink", "SegmentType", "TravelAgency", "Vendor",
]

# Member name -> model type of its value (object, or each element of an array).
MEMBER_TYPES = {
    "approvalStatus": "ApprovalStatus", "allocations": "Allocation", "owner": "Employee",
    "approver": "Employee", "operations": "Operation", "exchangeRate": "ExchangeRate",
    "expenseType": "ExpenseType", "segmentType": "SegmentType", "legs": "Leg",
    "tripData": "TripData", "startLocation": "Location", "endLocation": "Location",
    "mainDestination": "Location", "location": "Location", "policy": "Policy",
    "type": "RequestType", "vendor": "Vendor", "expenses": "ResourceLink",
    "comments": "Comment", "exceptions": "Exception", "cashAdvances": "CashAdvance",
}
for n in range(1, 21):
    MEMBER_TYPES["custom%d" % n] = "CustomField"


def compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


class Corpus:
    def __init__(self):
        self.files = {}

    def add(self, target, label, data):
        if isinstance(data, str):
            data = data.encode()
        names = self.files.setdefault(target, {})
        if data in names.values():
            return
        names[label] = data

    def write(self):
        if CORPUS.exists():
            shutil.rmtree(CORPUS)
        for target, names in self.files.items():
            folder = CORPUS / target
            folder.mkdir(parents=True)
            for label, data in names.items():
                (folder / label).write_bytes(data)
            print("%-18s %3d files" % (target, len(names)))


def fixtures():
    index = json.loads((FIXTURES / "index.json").read_text())
    for entry in index:
        for kind in ("request", "response"):
            if entry.get(kind):
                yield entry, kind, json.loads((FIXTURES / entry[kind]).read_text())


def walk(value, found):
    """Collects (type, object) for every member whose type is known."""
    if isinstance(value, dict):
        for member, child in value.items():
            kind = MEMBER_TYPES.get(member)
            items = child if isinstance(child, list) else [child]
            for item in items:
                if kind and isinstance(item, dict):
                    found.append((kind, item))
            walk(child, found)
    elif isinstance(value, list):
        for child in value:
            walk(child, found)


def strings(value):
    if isinstance(value, dict):
        for child in value.values():
            yield from strings(child)
    elif isinstance(value, list):
        for child in value:
            yield from strings(child)
    elif isinstance(value, str):
        yield value


def numbers(text):
    """The JSON number texts of a fixture, as written."""
    out, current = [], ""
    for c in text:
        if c in "-0123456789.eE+" and (current or c in "-0123456789"):
            current += c
        else:
            if current and any(ch.isdigit() for ch in current):
                out.append(current)
            current = ""
    return out


def model_seeds(corpus):
    per_type = {}
    for entry, kind, body in fixtures():
        name = "%s-%s" % (entry["name"], kind)
        path = entry["path"]
        top = None
        if "/expenses" in path or entry["name"].endswith("expense"):
            top = "Expense"
        elif "/requests" in path:
            top = "Request"
        if entry["name"] == "02-list-requests":
            top = "RequestPage"
        if entry["name"] == "14-get-travel-agency":
            top = "TravelAgency"
        if isinstance(body, dict) and top is not None and "/reports" not in path:
            target = {"Request": "request", "Expense": "expense", "RequestPage": "request-page"}.get(top)
            if target:
                corpus.add(target, name, compact(body))
            corpus.add("model", "%s-%s" % (top, name), bytes([MODEL_TYPES.index(top)]) + compact(body))
        if isinstance(body, list) and entry["name"] == "09-list-request-expenses":
            for i, item in enumerate(body[:2]):
                corpus.add("expense", "%s-%d" % (name, i), compact(item))
        found = []
        walk(body, found)
        for kind_name, obj in found:
            count = per_type.get(kind_name, 0)
            if count >= 4:
                continue
            before = len(corpus.files.get("model", {}))
            corpus.add("model", "%s-%d" % (kind_name, count),
                       bytes([MODEL_TYPES.index(kind_name)]) + compact(obj))
            if len(corpus.files["model"]) > before:
                per_type[kind_name] = count + 1
    corpus.add("request", "empty-object", b"{}")
    corpus.add("request", "not-an-object", b"[1,2]")
    corpus.add("request-page", "empty-page", b'{"data":[]}')
    corpus.add("expense", "wrong-types", b'{"transactionAmount":"12","tripData":[],"allocations":{}}')


def value_seeds(corpus):
    seen = set()
    for _, _, body in fixtures():
        for text in strings(body):
            shape = "".join("9" if c.isdigit() else c for c in text)
            if shape in ("9999-99-99", "99:99", "9999-99-99T99:99:99.999Z") and shape not in seen:
                seen.add(shape)
                corpus.add("json-values", "fixture-" + shape.replace(":", "_"), text)
    for label, text in [("leap-day", "2024-02-29"), ("not-leap-day", "2023-02-29"),
                        ("legacy-seconds", "06:00:30"), ("midnight-24", "24:00"),
                        ("no-zone", "2018-05-25T07:31:33"), ("nanoseconds", "2018-05-25T07:31:33.123456789Z"),
                        ("ten-digits", "2018-05-25T07:31:33.1234567891Z"), ("year-zero", "0000-01-01"),
                        ("last-instant", "9999-12-31T23:59:59.999999Z"), ("offset", "2018-05-25T07:31:33+02:00")]:
        corpus.add("json-values", label, text)


def amount_seeds(corpus):
    seen = []
    for entry in sorted(FIXTURES.glob("*.json")):
        for number in numbers(entry.read_text()):
            if number not in seen:
                seen.append(number)
    for number in seen[:12]:
        corpus.add("amount", "fixture-" + number, number)
    for label, text in [("exponent", "1e-3"), ("negative", "-0.5"), ("pair", "432.45|1.085"),
                        ("rate", "122.38|0.913242"), ("max-int", "9223372036854775807|1"),
                        ("min-int", "-9223372036854775808|-1"), ("scale-18", "0.000000000000000001|1e18"),
                        ("big-exponent", "1e400|1e-400"), ("trailing-zeros", "80.00|80")]:
        corpus.add("amount", label, text)
    for label, value in [("double-pi", 3.14159), ("double-122.38", 122.38), ("double-huge", 1e300),
                         ("double-tiny", 5e-324), ("double-nan", float("nan")), ("double-inf", float("inf"))]:
        corpus.add("amount", label, struct.pack("<d", value))


def jwt(payload):
    def part(obj):
        return base64.urlsafe_b64encode(compact(obj)).rstrip(b"=").decode()
    return "%s.%s.signature" % (part({"alg": "RS256", "typ": "JWT"}), part(payload))


def oauth_seeds(corpus):
    base = {"access_token": "access-0123", "token_type": "Bearer", "expires_in": 3600,
            "refresh_token": "refresh-4567", "refresh_expires_in": 1798560000, "scope": "travelrequest.write",
            "geolocation": "https://us.api.concursolutions.com",
            "id_token": jwt({"sub": "c0d9894b-98e2-48d5-86f9-1decde90dd15", "iss": "sandbox"})}
    corpus.add("oauth-token", "full", compact(base))
    corpus.add("oauth-token", "strings", compact(dict(base, expires_in="3600", refresh_expires_in="15552000")))
    corpus.add("oauth-token", "minimal", compact({"access_token": "a", "expires_in": 1}))
    corpus.add("oauth-token", "insecure-geolocation", compact(dict(base, geolocation="http://example.com")))
    corpus.add("oauth-token", "mac-token", compact(dict(base, token_type="mac")))
    corpus.add("oauth-token", "bad-jwt", compact(dict(base, id_token="a.!!.c")))
    corpus.add("oauth-token", "jwt-no-subject", compact(dict(base, id_token=jwt({"iss": "x"}))))
    corpus.add("oauth-token", "raw-jwt", jwt({"sub": "someone"}))
    corpus.add("oauth-token", "error-body", compact({"error": "invalid_grant", "error_description": "expired"}))


def api_error_seeds(corpus):
    def seed(status, retry_after, body):
        head = struct.pack(">H", status)
        return head + (retry_after.encode() + b"\n" if retry_after is not None else b"") + body
    errors = compact({"errors": [{"errorCode": "badParam", "errorMessage": "startDate is invalid"}]})
    for label, status, retry, body in [
            ("400-errors", 400, None, errors), ("401-empty", 401, None, b""),
            ("403-flat", 403, None, compact({"errorCode": "permissionDenied", "errorMessage": "Permission denied"})),
            ("404-errors", 404, None, compact({"errors": [{"errorCode": "notFound", "errorMessage": "Resource not found"}]})),
            ("409-workflow", 409, None, compact({"errors": [{"errorCode": "NO_POLICY_ALLOWING_CREATION_ERROR",
                                                          "errorMessage": "No policy"}]})),
            ("429-retry", 429, "120", compact({"errors": [{"errorCode": "tooManyRequests", "errorMessage": "Slow down"}]})),
            ("503-html", 503, "Wed, 21 Oct 2026 07:28:00 GMT", b"<html><body>Service Unavailable</body></html>"),
            ("500-not-utf8", 500, None, b'{"errorCode":"\xff\xfe"}'),
            ("502-array", 502, None, b"[]")]:
        corpus.add("api-error", label, seed(status, retry, body))


def fixture_body(name):
    return (FIXTURES / name).read_bytes()


def sandbox_seeds(corpus):
    create = json.loads(fixture_body("01-create-request.request.json"))
    update = json.loads(fixture_body("04-update-request.request.json"))
    update.pop("id", None)
    corpus.add("sandbox-request", "create-fixture", b"\x00" + compact(create))
    corpus.add("sandbox-request", "update-fixture", b"\x01" + compact(update))
    for label, prefix, body in [
            ("create-with-id", 0, {"id": "x", "name": "n"}), ("create-empty", 0, {}),
            ("update-bad-date", 1, {"startDate": "2018-02-30"}), ("update-bad-time", 1, {"endTime": "25:00"}),
            ("update-null-clears", 1, {"comment": None, "custom3": None}),
            ("update-customs", 1, {"custom20": {"value": "x"}, "custom21": {"value": "y"}, "custom07": {"value": "z"}}),
            ("update-unknown-policy", 1, {"policy": {"id": "nope"}}),
            ("update-destination-iata", 1, {"mainDestination": {"iataCode": "NCE"}}),
            ("create-destination-bad", 0, {"mainDestination": {"countryCode": "ZZ"}})]:
        corpus.add("sandbox-request", label, bytes([prefix]) + compact(body))
    corpus.add("sandbox-request", "create-not-json", b"\x00{\"name\":")
    expense = json.loads(fixture_body("08-create-expense.request.json"))
    expense_update = json.loads(fixture_body("12-update-expense.request.json"))
    expense_update.pop("id", None)
    hotel = {"expenseType": {"id": "HOTEL"}, "transactionAmount": {"value": 120, "currency": "EUR"},
             "exchangeRate": {"value": 1.085, "operation": "MULTIPLY"}, "transactionDate": "2018-09-18",
             "tripData": {"segmentType": {"code": "HOTEL"}, "legs": [{"startDate": "2018-09-18",
                          "endDate": "2018-09-20", "endLocation": {"city": "Berlin", "countryCode": "DE"}}]}}
    taxi = {"expenseType": {"id": "TAXIX"}, "transactionAmount": {"value": 60, "currency": "JPY"},
            "exchangeRate": {"value": 110, "operation": "DIVIDE"}, "transactionDate": "2018-10-08T10:00:00Z",
            "location": {"iataCode": "MUC"}}
    for prefix in range(4):
        corpus.add("sandbox-expense", "fixture-create-%d" % prefix, bytes([prefix]) + compact(expense))
        corpus.add("sandbox-expense", "fixture-update-%d" % prefix, bytes([prefix]) + compact(expense_update))
        corpus.add("sandbox-expense", "hotel-eur-%d" % prefix, bytes([prefix]) + compact(hotel))
        corpus.add("sandbox-expense", "taxi-jpy-%d" % prefix, bytes([prefix]) + compact(taxi))
    corpus.add("sandbox-expense", "one-way-two-legs", b"\x00" + compact(
        {"expenseType": {"id": "RAILF"}, "transactionAmount": {"value": 10, "currency": "USD"},
         "transactionDate": "2018-07-07", "tripData": {"tripType": "ONE_WAY", "segmentType": {"code": "RAILF"},
         "legs": [{"startDate": "2018-07-07"}, {"startDate": "2018-07-08"}]}}))
    found = []
    for _, _, body in fixtures():
        walk(body, found)
    locations = [obj for kind, obj in found if kind == "Location"]
    for i, obj in enumerate(locations[:6]):
        corpus.add("sandbox-location", "fixture-%d" % i, compact(obj))
    for label, obj in [("by-id", {"id": "A168CDBA58AE42868961BC00278A91B3"}),
                       ("iata-country", {"iataCode": "MUC", "countryCode": "DE"}),
                       ("city", {"city": "München"}), ("station-name", {"name": "Paris Gare de Lyon"}),
                       ("location-code", {"locationCode": "IATA_NCE"}), ("unknown-country", {"countryCode": "ZZ"}),
                       ("ambiguous", {"city": "Paris"}), ("wrong-types", {"iataCode": 7, "city": ["x"]})]:
        corpus.add("sandbox-location", label, compact(obj))
    corpus.add("sandbox-location", "search-text", b"cote d'azur")
    seed = struct.pack("<Q", 42)
    for label, spec in [("mixed", "500:0.1,503:0.05,429:0.05,delay:20ms"), ("none", "none"), ("empty", ""),
                        ("reset-lost", "reset:0.5,lost:0.5"), ("always-429", "429:1"), ("delay-seconds", "delay:2s"),
                        ("too-likely", "500:0.7,503:0.7"), ("twice", "500:0.1,500:0.2"), ("bad-delay", "delay:61s")]:
        corpus.add("sandbox-faults", label, seed + spec.encode())


def main():
    corpus = Corpus()
    model_seeds(corpus)
    value_seeds(corpus)
    amount_seeds(corpus)
    oauth_seeds(corpus)
    api_error_seeds(corpus)
    sandbox_seeds(corpus)
    corpus.write()
    return 0


if __name__ == "__main__":
    sys.exit(main())
