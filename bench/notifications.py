#!/usr/bin/env python3
"""Store calls with and without notification deliveries flowing, in one run, interleaved.

Starts the emulator jar and a loopback receiver (answers 200), warms up, then alternates rounds of
`wrk` on the three-store mix alone and with deliveries flowing (test notifications queued at
NOTIFY_RATE per second through the admin API, all delivered to the receiver). Prints req/s, p99 and
the emulator's CPU time per request for each round, and the ratio of the medians.
"""
import http.server, json, os, re, socket, subprocess, sys, threading, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "emulator", "target", "store-emulator.jar")
ROUNDS = int(os.environ.get("NOTIFY_ROUNDS", "3"))
SECONDS = int(os.environ.get("NOTIFY_SECONDS", "15"))
WARMUP = int(os.environ.get("NOTIFY_WARMUP", "30"))
RATE = int(os.environ.get("NOTIFY_RATE", "200"))
TICK = os.sysconf("SC_CLK_TCK")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Ok(http.server.BaseHTTPRequestHandler):
    received = 0

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        Ok.received += 1
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def call(base, method, path, body=None):
    req = urllib.request.Request(base + path, data=None if body is None else json.dumps(body).encode(),
                                 method=method, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        return json.loads(r.read() or b"{}")


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def wrk(base, token, seconds):
    out = subprocess.run(["wrk", "-t2", "-c50", f"-d{seconds}s", "--latency", "-s",
                          os.path.join(ROOT, "bench", "mix.lua"), base, "--", token],
                         capture_output=True, text=True).stdout
    line = re.search(r"WRK requests=(\d+) .*rps=([\d.]+) .*p99_us=(\d+) .*errors=(\d+)", out)
    return int(line.group(1)), float(line.group(2)), int(line.group(3)), int(line.group(4))


def main():
    port, rport = free_port(), free_port()
    receiver = http.server.ThreadingHTTPServer(("127.0.0.1", rport), Ok)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    emu = subprocess.Popen(["java", "-jar", JAR, "--port", str(port), "--host", "127.0.0.1"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                call(base, "GET", "/__admin/health")
                break
            except OSError:
                time.sleep(0.1)
        app = call(base, "GET", "/__admin/catappult/apps/com.example.game")
        app["notifications"] = f"http://127.0.0.1:{rport}/rtdn"
        call(base, "PUT", "/__admin/catappult/apps/com.example.game", app)
        token = json.loads(urllib.request.urlopen(urllib.request.Request(
            base + "/v2/oauth/token", data=b"grant_type=client_credentials&client_id=com.example.game"
            b"&client_secret=demo-client-secret", method="POST",
            headers={"Content-Type": "application/x-www-form-urlencoded"})).read())["access_token"]
        wrk(base, token, WARMUP)
        results = {"alone": [], "with deliveries": []}
        for r in range(ROUNDS):
            for mode in ("alone", "with deliveries"):
                stop = threading.Event()
                sent = [0]

                def notify():
                    while not stop.is_set():
                        t = time.time()
                        call(base, "POST", "/__admin/catappult/apps/com.example.game/notifications/test")
                        sent[0] += 1
                        time.sleep(max(0, 1 / RATE - (time.time() - t)))

                before_rx, cpu0 = Ok.received, cpu_seconds(emu.pid)
                t = threading.Thread(target=notify, daemon=True) if mode != "alone" else None
                if t:
                    t.start()
                n, rps, p99, errors = wrk(base, token, SECONDS)
                stop.set()
                if t:
                    t.join()
                cpu = cpu_seconds(emu.pid) - cpu0
                results[mode].append(rps)
                print(f"round {r + 1} {mode:16s} rps={rps:9.1f} p99_ms={p99 / 1000:6.1f} errors={errors} "
                      f"cpu_us_per_store_call={cpu * 1e6 / n:6.1f} notifications_sent={sent[0]} "
                      f"received={Ok.received - before_rx}")
        med = lambda xs: sorted(xs)[len(xs) // 2]
        print(f"notifications: median rps alone {med(results['alone']):.0f}, with deliveries "
              f"{med(results['with deliveries']):.0f}, ratio {med(results['with deliveries']) / med(results['alone']):.2f}")
    finally:
        emu.terminate()
        emu.wait(10)
        receiver.shutdown()


if __name__ == "__main__":
    sys.exit(main())
