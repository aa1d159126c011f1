#!/usr/bin/env python3
"""Sequential changing calls on distinct entries of bench/gen-fixtures' world, over one keep-alive connection
(with --state-dir: each saved before its answer).

    bench/consume.py BASE_URL COUNT [FIRST] [KIND]

KIND (default cafebazaar):
  cafebazaar  Cafebazaar consume of bench-cb-FIRST … (demo access token)
  onestore    ONE store v2 consume of BENCH<FIRST, 15 digits> … (a token from POST /v2/oauth/token first)
  catappult   the control plane's Catappult refund of catappult.inapp.purchase.BENCH<FIRST> … (what a refund test does)
  admin       the control plane's create of new purchases, by turns Cafebazaar bench-admin-FIRST…, ONE store sandbox
              ADMIN<FIRST, 15 digits>… and Catappult catappult.inapp.purchase.ADMIN<FIRST>… (what a test's set-up does;
              answers 201)
The first tenth is a warm-up. Prints "CONSUME kind=… calls=… median_ms=… p90_ms=… max_ms=…"; exits non-zero on an
answer that is not 200.
"""
import http.client
import json
import sys
import time
from urllib.parse import urlparse

base, count = sys.argv[1], int(sys.argv[2])
first = int(sys.argv[3]) if len(sys.argv) > 3 else 0
kind = sys.argv[4] if len(sys.argv) > 4 else "cafebazaar"
u = urlparse(base)
conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
JSON = {"Content-Type": "application/json"}


def onestore_token():
    conn.request("POST", "/v2/oauth/token",
                 body="grant_type=client_credentials&client_id=com.example.game&client_secret=demo-client-secret",
                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    r = conn.getresponse()
    body = r.read()
    if r.status != 200:
        sys.exit("ONE store token answered %d" % r.status)
    return json.loads(body)["access_token"]


if kind == "cafebazaar":
    def call(i):
        return ("POST", "/devapi/v2/api/consume/com.example.game/purchases/?access_token=demo-access-token",
                '{"token": "bench-cb-%d"}' % i, JSON)
elif kind == "onestore":
    bearer = {"Authorization": "Bearer " + onestore_token()}

    def call(i):
        return ("POST", "/v2/purchase/consume/BENCH%015d/com.example.game" % i, "", bearer)
elif kind == "catappult":
    def call(i):
        return ("POST", "/__admin/catappult/purchases/catappult.inapp.purchase.BENCH%d/refund" % i, "{}", JSON)
elif kind == "admin":
    def call(i):
        if i % 3 == 0:
            return ("POST", "/__admin/cafebazaar/purchases", json.dumps(
                {"token": "bench-admin-%d" % i, "packageName": "com.example.game", "productId": "coins_100"}), JSON)
        if i % 3 == 1:
            return ("POST", "/__admin/onestore/sandbox/purchases", json.dumps(
                {"purchaseId": "ADMIN%015d" % i, "packageName": "com.example.game", "productId": "coins_100"}), JSON)
        return ("POST", "/__admin/catappult/purchases", json.dumps(
            {"token": "catappult.inapp.purchase.ADMIN%d" % i, "packageName": "com.example.game",
             "productId": "attempts"}), JSON)
else:
    sys.exit("unknown kind %s (cafebazaar, onestore, catappult, admin)" % kind)

warm = max(1, count // 10)
times = []
for i in range(first, first + count):
    method, path, body, headers = call(i)
    t0 = time.perf_counter()
    conn.request(method, path, body=body, headers=headers)
    r = conn.getresponse()
    r.read()
    t = (time.perf_counter() - t0) * 1000
    if r.status != (201 if kind == "admin" else 200):
        sys.exit("%s %s answered %d" % (method, path, r.status))
    if i - first >= warm:
        times.append(t)
times.sort()
print("CONSUME kind=%s calls=%d median_ms=%.2f p90_ms=%.2f max_ms=%.2f" % (
    kind, len(times), times[len(times) // 2], times[int(len(times) * 0.9)], times[-1]))
