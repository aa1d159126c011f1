#!/usr/bin/env python3
"""Sequential Cafebazaar consumes of distinct purchases, each a changing call (with --state-dir: saved before
its answer), over one keep-alive connection.

    bench/consume.py BASE_URL COUNT [FIRST]

Consumes bench-cb-FIRST … bench-cb-(FIRST+COUNT-1) (bench/gen-fixtures' tokens, demo access token); the first
tenth is a warm-up. Prints "CONSUME calls=… median_ms=… p90_ms=… max_ms=…"; exits non-zero on an answer that
is not 200.
"""
import http.client
import sys
import time
from urllib.parse import urlparse

base, count = sys.argv[1], int(sys.argv[2])
first = int(sys.argv[3]) if len(sys.argv) > 3 else 0
u = urlparse(base)
conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
path = "/devapi/v2/api/consume/com.example.game/purchases/?access_token=demo-access-token"
warm = max(1, count // 10)
times = []
for i in range(first, first + count):
    t0 = time.perf_counter()
    conn.request("POST", path, body='{"token": "bench-cb-%d"}' % i, headers={"Content-Type": "application/json"})
    r = conn.getresponse()
    r.read()
    t = (time.perf_counter() - t0) * 1000
    if r.status != 200:
        sys.exit("consume bench-cb-%d answered %d" % (i, r.status))
    if i - first >= warm:
        times.append(t)
times.sort()
print("CONSUME calls=%d median_ms=%.2f p90_ms=%.2f max_ms=%.2f" % (
    len(times), times[len(times) // 2], times[int(len(times) * 0.9)], times[-1]))
