-- wrk script: cycles through the three authenticated store calls of the demo world, one per request.
--   wrk -s bench/mix.lua <url> -- <onestore-bearer-token>
-- The ONE store token is fetched once by bench/run (POST /v2/oauth/token) and passed as the first argument.
-- Ends with one line "WRK requests=… duration_us=… rps=… p50_us=… p90_us=… p99_us=… max_us=… errors=…"
-- (errors = socket connect/read/write/timeout errors + responses with status outside 200..399, as wrk counts them).
local paths
local counter = 0

function init(args)
  local token = args[1] or "missing-token"
  paths = {
    wrk.format("GET", "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/demo-purchase-active/?access_token=demo-access-token"),
    wrk.format("GET", "/v2/purchase/details/SANDBOX0000000000001/com.example.game", { ["Authorization"] = "Bearer " .. token }),
    wrk.format("GET", "/productv2/8.20191001/google/inapp/v3/applications/com.example.game/purchases/products/attempts/tokens/catappult.inapp.purchase.DEMOACTIVE0001"),
  }
end

function request()
  counter = counter + 1
  return paths[(counter % 3) + 1]
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRK requests=%d duration_us=%d rps=%.1f p50_us=%d p90_us=%d p99_us=%d max_us=%d errors=%d\n",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.connect + e.read + e.write + e.timeout + e.status))
end
