-- wrk script for bench/run-scale: the same three authenticated calls as mix.lua, each on a random purchase of
-- a fixtures file written by bench/gen-fixtures — or, in mode "miss", on a fresh token of the store's own shape
-- that the file does not hold (a "not found" answer with its near-miss hint).
--   wrk -s bench/scale.lua <url> -- <onestore-bearer-token> <cafebazaar-count> <onestore-count> <catappult-count>
--       [hit|miss] [all|cafebazaar|onestore|catappult]
local token, ncb, none, ncat, mode, only
local counter = 0
local kinds = { cafebazaar = 0, onestore = 1, catappult = 2 }

function init(args)
  token = args[1]
  ncb, none, ncat = tonumber(args[2]), tonumber(args[3]), tonumber(args[4])
  mode = args[5] or "hit"
  only = kinds[args[6] or "all"]
  math.randomseed(math.floor(os.clock() * 1e6) + os.time())
end

-- a purchase index of the file (hit), or one past every index it holds (miss: never a known token)
local function pick(n)
  if mode == "miss" then
    return math.random(n, 100 * n + 1000000)
  end
  return math.random(0, n - 1)
end

function request()
  counter = counter + 1
  local k = only or counter % 3
  if k == 0 then
    return wrk.format("GET", "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/bench-cb-"
      .. pick(ncb) .. "/?access_token=demo-access-token")
  elseif k == 1 then
    return wrk.format("GET", string.format("/v2/purchase/details/BENCH%015d/com.example.game", pick(none)),
      { ["Authorization"] = "Bearer " .. token })
  else
    return wrk.format("GET", "/productv2/8.20191001/google/inapp/v3/applications/com.example.game/purchases/products/attempts/tokens/catappult.inapp.purchase.BENCH"
      .. pick(ncat))
  end
end

function done(summary, latency, requests)
  -- done() runs in its own Lua state (init's arguments are not seen here): "errors" counts answers >= 400 too,
  -- "socket_errors" only connect, read, write and timeout errors (what counts in a miss run, all 404 by design)
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  io.write(string.format("WRK requests=%d duration_us=%d rps=%.1f p50_us=%d p90_us=%d p99_us=%d max_us=%d errors=%d socket_errors=%d\n",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    socket + e.status, socket))
end
