-- wrk script for bench/run-scale: the same three authenticated calls as mix.lua, each on a random purchase of
-- a fixtures file written by bench/gen-fixtures.
--   wrk -s bench/scale.lua <url> -- <onestore-bearer-token> <cafebazaar-count> <onestore-count> <catappult-count>
local token, ncb, none, ncat
local counter = 0

function init(args)
  token = args[1]
  ncb, none, ncat = tonumber(args[2]), tonumber(args[3]), tonumber(args[4])
  math.randomseed(math.floor(os.clock() * 1e6) + os.time())
end

function request()
  counter = counter + 1
  local k = counter % 3
  if k == 0 then
    return wrk.format("GET", "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/bench-cb-"
      .. math.random(0, ncb - 1) .. "/?access_token=demo-access-token")
  elseif k == 1 then
    return wrk.format("GET", string.format("/v2/purchase/details/BENCH%015d/com.example.game", math.random(0, none - 1)),
      { ["Authorization"] = "Bearer " .. token })
  else
    return wrk.format("GET", "/productv2/8.20191001/google/inapp/v3/applications/com.example.game/purchases/products/attempts/tokens/catappult.inapp.purchase.BENCH"
      .. math.random(0, ncat - 1))
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRK requests=%d duration_us=%d rps=%.1f p50_us=%d p90_us=%d p99_us=%d max_us=%d errors=%d\n",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.connect + e.read + e.write + e.timeout + e.status))
end
