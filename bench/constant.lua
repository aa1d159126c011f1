-- wrk script for a single fixed URL (the bare-Javalin ceiling, single-call probes): only the summary line.
-- Ends with one line "WRK requests=… duration_us=… rps=… p50_us=… p90_us=… p99_us=… max_us=… errors=…".
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRK requests=%d duration_us=%d rps=%.1f p50_us=%d p90_us=%d p99_us=%d max_us=%d errors=%d\n",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.connect + e.read + e.write + e.timeout + e.status))
end
