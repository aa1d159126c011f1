#!/usr/bin/env python3
"""bench/run's report: the table, the ratios, the targets and the last "bench: …" line.

    report.py RESULTS_FILE CONNECTIONS

RESULTS_FILE holds the lines bench/run wrote while measuring:
    LOAD server=NAME round=R requests=… rps=… p50_us=… p99_us=… errors=… cpu_us_per_req=… idle_rss_mb=… loaded_rss_mb=…
    STARTUP label=NAME median_ms=… runs=…,…        (one or more per label: every run is pooled)
    EXTRA key=value …                              (own start-up log, million run, capped WireMock, in-process)
Each figure of the table and of the last line is the median over the rounds; the spread (min–max) is shown
beside it. The ratios are taken from the medians; the per-round ratios (the servers of one round measured
minutes apart) show how much the machine moved.
"""
import statistics
import sys

PEERS = [  # name in the results, label in the table
    ("emulator", "emulator"),
    ("wiremock", "WireMock 3.13.2 (defaults)"),
    ("hoverfly", "Hoverfly v1.10.13 (defaults)"),
    ("mockserver", "MockServer 5.15.0 (defaults)"),
    ("javalin", "bare Javalin (ceiling)"),
]


def fields(line):
    return dict(kv.split("=", 1) for kv in line.split()[1:] if "=" in kv)


def read(path):
    loads, starts, extra = {}, {}, {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            kind = line.split(" ", 1)[0]
            if kind == "LOAD":
                d = fields(line)
                loads.setdefault(d["server"], []).append(d)
            elif kind == "STARTUP":
                d = fields(line)
                starts.setdefault(d["label"], []).extend(float(x) for x in d["runs"].split(","))
            elif kind == "EXTRA":
                extra.update(fields(line))
    return loads, starts, extra


def med(rows, key):
    values = [float(r[key]) for r in rows if r.get(key) not in (None, "", "n/a")]
    return statistics.median(values) if values else None


def spread(rows, key, fmt):
    values = [float(r[key]) for r in rows if r.get(key) not in (None, "", "n/a")]
    if len(values) < 2:
        return ""
    return f"{fmt.format(min(values))}–{fmt.format(max(values))}"


def ratio(a, b):
    return a / b if a is not None and b else None


def per_round_ratios(loads, a, b, key="rps"):
    by_round = {r["round"]: float(r[key]) for r in loads.get(b, [])}
    out = [float(r[key]) / by_round[r["round"]] for r in loads.get(a, []) if by_round.get(r["round"])]
    return f"{min(out):.2f}–{max(out):.2f}" if len(out) > 1 else ""


def num(v, fmt="{:.0f}"):
    return "n/a" if v is None else fmt.format(v)


def main():
    loads, starts, extra = read(sys.argv[1])
    connections = sys.argv[2] if len(sys.argv) > 2 else "50"
    m = {name: {k: med(rows, k) for k in ("rps", "cpu_us_per_req", "p50_us", "p99_us", "idle_rss_mb", "loaded_rss_mb")}
         | {"errors": sum(int(r["errors"]) for r in rows), "rounds": len(rows)}
         for name, rows in loads.items()}
    get = lambda name, key: m.get(name, {}).get(key)
    ms = lambda us: None if us is None else us / 1000

    print()
    print(f"{'':30} {'req/s':>8} {'(spread)':>15} {'CPU us/req':>10} {'(spread)':>13} {'p50 ms':>7} {'p99 ms':>7}"
          f" {'errors':>6}   RSS idle / loaded MiB")
    for name, label in PEERS + [("wiremock-capped", "WireMock, journal capped*")]:
        if name not in loads:
            continue
        rows = loads[name]
        rss = f"{num(get(name, 'idle_rss_mb'), '{:.1f}')} / {num(get(name, 'loaded_rss_mb'), '{:.1f}')}"
        print(f"{label:30} {num(get(name, 'rps')):>8} {spread(rows, 'rps', '{:.0f}'):>15}"
              f" {num(get(name, 'cpu_us_per_req'), '{:.1f}'):>10} {spread(rows, 'cpu_us_per_req', '{:.1f}'):>13}"
              f" {num(ms(get(name, 'p50_us')), '{:.2f}'):>7} {num(ms(get(name, 'p99_us')), '{:.2f}'):>7}"
              f" {get(name, 'errors'):>6}   {rss}")
    rounds = get("emulator", "rounds") or 0
    print(f"(medians of {rounds} round(s), each server started afresh in every round, in a rotated order;"
          " spread = min–max over the rounds)")
    if "wiremock-capped" in loads:
        print("* --max-request-journal-entries 10000: not WireMock's default, measured once, never in a ratio")

    emu, wm, hf, msv, bj = (get(n, "rps") for n in ("emulator", "wiremock", "hoverfly", "mockserver", "javalin"))
    cpu = {n: get(n, "cpu_us_per_req") for n, _ in PEERS}
    r_wm, r_hf, r_ms, r_bj = ratio(emu, wm), ratio(emu, hf), ratio(emu, msv), ratio(emu, bj)
    print()
    print("ratios of the medians (per-round spread in brackets):")
    for label, r, peer in (("WireMock (defaults)", r_wm, "wiremock"), ("Hoverfly", r_hf, "hoverfly"),
                           ("MockServer", r_ms, "mockserver"), ("bare Javalin", r_bj, "javalin")):
        c = ratio(cpu.get(peer), cpu.get("emulator"))
        per = per_round_ratios(loads, "emulator", peer)
        print(f"  emulator req/s = {num(r, '{:.2f}')}x {label}{f' [{per}]' if per else ''};"
              f" {label} uses {num(c, '{:.2f}')}x the emulator's CPU per request")

    st = {label: statistics.median(runs) for label, runs in starts.items()}
    st_spread = {label: f"{min(runs):.0f}–{max(runs):.0f}" for label, runs in starts.items()}
    print()
    print("start-up, process start to the first 200 on Cafebazaar validate (median, spread):")
    for label, text in (("launcher", "bin/store-emulator"), ("java-jar", "emulator, java -jar"),
                        ("wiremock", "WireMock, java -jar"), ("mockserver", "MockServer, java -jar"),
                        ("hoverfly", "Hoverfly -webserver -import")):
        if label in st:
            print(f"  {text:30} {st[label]:6.0f} ms  ({st_spread[label]}, {len(starts[label])} starts)")
    if extra.get("own_ms"):
        print(f"  (the emulator's own 'started in' log line, launcher: {extra['own_ms']} ms)")
    if extra.get("inprocess_start_ms"):
        print(f"  in process (bench/inprocess-start): {extra['inprocess_start_ms']} ms")

    million = extra.get("million_rss_mb")
    if million:
        print(f"\nRSS after {extra.get('million_served')} requests (journal on, capacity {extra.get('capacity')}):"
              f" {million} MiB")

    s_emu, s_jar, s_wm = st.get("launcher"), st.get("java-jar"), st.get("wiremock")
    p99 = ms(get("emulator", "p99_us"))
    idle = get("emulator", "idle_rss_mb")
    loaded = float(million) if million else get("emulator", "loaded_rss_mb")

    def verdict(value, op, target):
        if value is None:
            return "n/a"
        return "ok" if (value >= target if op == ">=" else value <= target) else "MISS"

    targets = [
        ("throughput >= 5x WireMock (defaults)", f"{num(r_wm, '{:.2f}')}x", verdict(r_wm, ">=", 5)),
        ("throughput >= Hoverfly", f"{num(r_hf, '{:.2f}')}x", verdict(r_hf, ">=", 1)),
        ("throughput >= 80% of bare Javalin", f"{num(r_bj and 100 * r_bj)}%", verdict(r_bj, ">=", 0.8)),
        (f"p99 <= 10 ms at {connections} connections", f"{num(p99, '{:.2f}')} ms", verdict(p99, "<=", 10)),
        ("start-up, launcher <= 0.4x WireMock's", f"{num(ratio(s_emu, s_wm), '{:.2f}')}x ({num(s_emu)} ms)",
         verdict(ratio(s_emu, s_wm), "<=", 0.4)),
        ("start-up, java -jar <= 0.7x WireMock's", f"{num(ratio(s_jar, s_wm), '{:.2f}')}x ({num(s_jar)} ms)",
         verdict(ratio(s_jar, s_wm), "<=", 0.7)),
        ("idle RSS <= 128 MiB", f"{num(idle, '{:.1f}')} MiB", verdict(idle, "<=", 128)),
    ]
    if million:
        served = int(extra.get("million_served", 0))
        targets.append(("RSS after 1,000,000 requests <= 256 MiB", f"{million} MiB",
                        verdict(float(million), "<=", 256) + ("" if served >= 1_000_000 else f" (only {served})")))
    else:
        targets.append(("RSS after 1,000,000 requests <= 256 MiB", f"{num(loaded, '{:.1f}')} MiB after load",
                        f"n/a (BENCH_MILLION=1; after load: {verdict(loaded, '<=', 256)})"))
    print()
    print(f"{'targets':44} {'measured':22} verdict")
    for name, value, v in targets:
        print(f"{name:44} {value:22} {v}")
    print(f"load average at the end: {extra.get('loadavg', 'n/a')}")
    print()

    i = lambda v: num(v)
    f1 = lambda v: num(v, "{:.1f}")
    line = [
        f"emulator_rps={i(emu)}", f"wiremock_rps={i(wm)}", f"hoverfly_rps={i(hf)}", f"mockserver_rps={i(msv)}",
        f"javalin_rps={i(bj)}", f"emulator_cpu_us={f1(cpu['emulator'])}", f"wiremock_cpu_us={f1(cpu['wiremock'])}",
        f"hoverfly_cpu_us={f1(cpu['hoverfly'])}", f"p99_ms={num(p99, '{:.2f}')}", f"startup_ms={i(s_emu)}",
        f"wiremock_startup_ms={i(s_wm)}", f"startup_jar_ms={i(s_jar)}", f"idle_rss_mb={f1(idle)}",
        f"loaded_rss_mb={f1(loaded)}",
        # extra fields, after the fixed ones
        f"mockserver_cpu_us={f1(cpu['mockserver'])}", f"javalin_cpu_us={f1(cpu['javalin'])}",
        f"ratio_wiremock={num(r_wm, '{:.2f}')}", f"ratio_hoverfly={num(r_hf, '{:.2f}')}",
        f"ratio_mockserver={num(r_ms, '{:.2f}')}", f"of_javalin_pct={num(r_bj and 100 * r_bj)}",
        f"mockserver_startup_ms={i(st.get('mockserver'))}", f"hoverfly_startup_ms={i(st.get('hoverfly'))}",
        f"inprocess_start_ms={extra.get('inprocess_start_ms', 'n/a')}",
        f"wiremock_capped_rps={i(get('wiremock-capped', 'rps'))}", f"rounds={rounds}",
    ]
    print("bench: " + " ".join(line))


if __name__ == "__main__":
    main()
