#!/usr/bin/env python3
"""Start-up time: process start to the first 200 on a store endpoint, median of several starts.

    startup.py RUNS LABEL -- CMD... ({port} in CMD is replaced by a free port, {port2} by another)

The clock starts just before the process is spawned; the poller asks the Cafebazaar validate endpoint every
5 ms (a refused connection or a non-200 just means "not yet"); the process is stopped after the first 200.
Prints one line per start and "STARTUP label=… median_ms=… runs=…,…,…". BENCH_START_INDEX (0) numbers the
first start's log (startup-LABEL-N.log), so that interleaved calls of one run each keep every log.
"""
import http.client
import os
import signal
import socket
import statistics
import subprocess
import sys
import time

PATH = "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/demo-purchase-active/?access_token=demo-access-token"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def first_200(port, deadline):
    while time.monotonic() < deadline:
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", PATH)
            if c.getresponse().status == 200:
                return True
        except OSError:
            pass
        time.sleep(0.005)
    return False


def main():
    runs, label = int(sys.argv[1]), sys.argv[2]
    cmd = sys.argv[sys.argv.index("--") + 1:]
    times = []
    log_dir = os.environ.get("BENCH_LOGS", "/tmp")
    first = int(os.environ.get("BENCH_START_INDEX", "0"))
    for i in range(first, first + runs):
        port, port2 = free_port(), free_port()
        while port2 == port:
            port2 = free_port()
        argv = [a.replace("{port}", str(port)).replace("{port2}", str(port2)) for a in cmd]
        with open(os.path.join(log_dir, f"startup-{label}-{i}.log"), "w") as log:
            t0 = time.monotonic()
            p = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
            ok = first_200(port, t0 + 60)
            ms = (time.monotonic() - t0) * 1000
            os.killpg(p.pid, signal.SIGTERM)
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()
        if not ok:
            print(f"startup {label} run {i + 1}: no 200 within 60 s (see {log.name})", file=sys.stderr)
            sys.exit(1)
        times.append(ms)
        print(f"  start-up {label} run {i + 1}: {ms:.0f} ms", flush=True)
        time.sleep(0.3)
    print(f"STARTUP label={label} median_ms={statistics.median(times):.0f} "
          f"runs={','.join(f'{t:.0f}' for t in times)}")


if __name__ == "__main__":
    main()
