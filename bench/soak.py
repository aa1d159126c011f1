#!/usr/bin/env python3
"""Soak: a fixed request rate against a running emulator, with fault rules on, for a bounded time.

Every answer must be one the rules explain: a 200, or a rule's 503 in the store's own format. Anything
else (another status, a 503 in the wrong format, a connection error) is unexpected. Prints one line per
interval with the rate achieved, unexpected errors and the emulator's RSS, then a verdict line:
  soak: seconds=… requests=… rate=… unexpected=… faults=… rss_start_mb=… rss_end_mb=… rss_max_mb=…
Usage: soak.py BASE_URL PID SECONDS RATE
"""
import http.client
import json
import sys
import threading
import time
import urllib.parse

BASE, PID, SECONDS, RATE = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
URL = urllib.parse.urlparse(BASE)
THREADS = 16
CALLS = [
    ("cafebazaar", "GET", "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/demo-purchase-active/"
                          "?access_token=demo-access-token", {}),
    ("onestore", "GET", "/v2/purchase/details/SANDBOX0000000000001/com.example.game", {"Authorization": None}),
    ("catappult", "GET", "/productv2/8.20191001/google/inapp/v3/applications/com.example.game/purchases/products/"
                         "attempts/tokens/catappult.inapp.purchase.DEMOACTIVE0001", {}),
]
EXPECTED_503 = {"cafebazaar": '"error":"service_unavailable"', "onestore": '"code":"ServiceUnavailable"',
                "catappult": '"code":"Service.Unavailable"'}


def request(method, path, body=None, headers=None):
    conn = http.client.HTTPConnection(URL.hostname, URL.port, timeout=10)
    conn.request(method, path, body=body, headers=headers or {})
    r = conn.getresponse()
    data = r.read().decode()
    conn.close()
    return r.status, data


def rss_mb():
    with open(f"/proc/{PID}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def setup():
    request("POST", "/__admin/reset")
    status, body = request("POST", "/v2/oauth/token", "grant_type=client_credentials&client_id=com.example.game"
                           "&client_secret=demo-client-secret",
                           {"Content-Type": "application/x-www-form-urlencoded"})
    token = json.loads(body)["access_token"]
    CALLS[1][3]["Authorization"] = "Bearer " + token
    rules = [
        {"id": "soak-503", "response": {"status": 503}, "probability": 0.05, "seed": 7},
        {"id": "soak-slow", "delay": {"logNormal": {"median": "PT0.005S", "sigma": 0.8}}, "probability": 0.2, "seed": 9},
    ]
    for rule in rules:
        request("POST", "/__admin/faults", json.dumps(rule), {"Content-Type": "application/json"})


lock = threading.Lock()
stats = {"requests": 0, "unexpected": 0, "faults": 0, "examples": []}
stop_at = 0.0


def worker(index):
    conn = http.client.HTTPConnection(URL.hostname, URL.port, timeout=10)
    n = index
    interval = THREADS / RATE
    next_at = time.monotonic() + index * interval / THREADS
    while True:
        now = time.monotonic()
        if now >= stop_at:
            break
        if now < next_at:
            time.sleep(next_at - now)
        next_at += interval
        store, method, path, headers = CALLS[n % len(CALLS)]
        n += 1
        ok, fault = True, False
        try:
            conn.request(method, path, headers={k: v for k, v in headers.items() if v})
            r = conn.getresponse()
            body = r.read().decode()
            if r.status == 503 and EXPECTED_503[store] in body:
                fault = True
            elif r.status != 200:
                ok = False
                detail = f"{store} {r.status} {body[:120]}"
        except Exception as e:  # a connection error is never explained by these rules
            ok = False
            detail = f"{store} {type(e).__name__}: {e}"
            conn.close()
            conn = http.client.HTTPConnection(URL.hostname, URL.port, timeout=10)
        with lock:
            stats["requests"] += 1
            stats["faults"] += fault
            if not ok:
                stats["unexpected"] += 1
                if len(stats["examples"]) < 5:
                    stats["examples"].append(detail)


def main():
    global stop_at
    setup()
    start = time.monotonic()
    stop_at = start + SECONDS
    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(THREADS)]
    for t in threads:
        t.start()
    rss = [rss_mb()]
    last_requests, last_t = 0, start
    while time.monotonic() < stop_at:
        time.sleep(min(10, max(0.1, stop_at - time.monotonic())))
        now = time.monotonic()
        with lock:
            done, bad = stats["requests"], stats["unexpected"]
        rss.append(rss_mb())
        print(f"  t={now - start:6.0f}s rate={(done - last_requests) / (now - last_t):7.1f}/s requests={done} "
              f"unexpected={bad} rss={rss[-1]:.1f} MiB", flush=True)
        last_requests, last_t = done, now
    for t in threads:
        t.join()
    elapsed = time.monotonic() - start
    for example in stats["examples"]:
        print("  unexpected:", example)
    print(f"soak: seconds={elapsed:.0f} requests={stats['requests']} rate={stats['requests'] / elapsed:.1f} "
          f"unexpected={stats['unexpected']} faults={stats['faults']} rss_start_mb={rss[0]:.1f} "
          f"rss_end_mb={rss[-1]:.1f} rss_max_mb={max(rss):.1f}")
    return 1 if stats["unexpected"] else 0


if __name__ == "__main__":
    sys.exit(main())
