#!/usr/bin/env python3
"""Preflight: every call of the load answers as the stubs say, before any server is measured.

    preflight.py BASE TOKEN     the three calls of bench/mix.lua (the ONE store call with "Bearer TOKEN")
    preflight.py --constant BASE  bare Javalin's constant path (bench/constant.lua)

Each call must answer 200 with a Content-Type of application/json and a JSON object with the same fields as the
body of its stub in bench/wiremock/mappings (the values may differ: the emulator computes some of them from its
clock). A wrong stub, token or route would otherwise be measured as errors or, worse, as fast 404s.
Exits 1 naming the first call that does not.
"""
import glob
import http.client
import json
import os
import sys
import urllib.parse

BENCH = os.path.dirname(os.path.abspath(__file__))
CALLS = [
    "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/demo-purchase-active/?access_token=demo-access-token",
    "/v2/purchase/details/SANDBOX0000000000001/com.example.game",
    "/productv2/8.20191001/google/inapp/v3/applications/com.example.game/purchases/products/attempts/tokens/catappult.inapp.purchase.DEMOACTIVE0001",
]
BEARER = CALLS[1]
CONSTANT_FIELDS = {"consumptionState", "purchaseState", "kind", "developerPayload", "purchaseTime"}


def stub_fields():
    fields = {}
    for path in glob.glob(os.path.join(BENCH, "wiremock", "mappings", "*.json")):
        with open(path, encoding="utf-8") as f:
            m = json.load(f)
        fields[m["request"]["urlPath"]] = set(json.loads(m["response"]["body"]))
    return fields


def get(base, path, headers):
    url = urllib.parse.urlsplit(base)
    c = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    c.request("GET", path, headers=headers)
    r = c.getresponse()
    return r.status, r.getheader("Content-Type", ""), r.read()


def check(base, path, headers, fields):
    status, content_type, body = get(base, path, headers)
    where = f"preflight: GET {base}{path}"
    if status != 200:
        sys.exit(f"{where} answered {status}, not 200: {body[:200]!r}")
    if not content_type.startswith("application/json"):
        sys.exit(f"{where}: Content-Type {content_type!r}, not application/json")
    try:
        doc = json.loads(body)
    except ValueError:
        sys.exit(f"{where}: the body is not JSON: {body[:200]!r}")
    if not isinstance(doc, dict) or set(doc) != fields:
        got = sorted(doc) if isinstance(doc, dict) else type(doc).__name__
        sys.exit(f"{where}: fields {got}, expected {sorted(fields)}")


def main():
    if sys.argv[1] == "--constant":
        check(sys.argv[2], "/constant", {}, CONSTANT_FIELDS)
        return
    base, token = sys.argv[1], sys.argv[2]
    fields = stub_fields()
    for path in CALLS:
        headers = {"Authorization": "Bearer " + token} if path == BEARER else {}
        check(base, path, headers, fields[urllib.parse.urlsplit(path).path])


if __name__ == "__main__":
    main()
