-- wrk script: GET <path>?<param>=<random code>&asOf=<random date within that unit's validity>.
--
--   wrk -t2 -c8 -d30s --latency -s bench/subtree.lua http://127.0.0.1:PORT \
--       -- ROOTS_FILE "AUTHORIZATION HEADER" [/api/v1/org-units] [root]
--
-- ROOTS_FILE has one unit a line: "CODE FIRST_DAY LAST_DAY" (days since 1970-01-01), written by
-- bench/org-queries.sh from the database, so every request asks for a unit on a date it existed
-- (an empty answer would flatter the numbers). done() prints the percentiles wrk --latency does
-- not (p95) and one machine-readable RESULT line.

local roots = {}
local auth
local path = "/api/v1/org-units"
local param = "root"
local threads = {}
local counter = 0

function setup(thread)
   counter = counter + 1
   thread:set("thread_id", counter)
   table.insert(threads, thread)
end

function init(args)
   local file = args[1]
   auth = args[2]
   path = args[3] or path
   param = args[4] or param
   for line in io.lines(file) do
      local code, first, last = line:match("^(%S+)%s+(%d+)%s+(%d+)")
      if code then
         roots[#roots + 1] = { code, tonumber(first), tonumber(last) }
      end
   end
   if #roots == 0 then
      error("no roots in " .. tostring(file))
   end
   -- deterministic per thread, different between threads
   math.randomseed(4242 + 7919 * (thread_id or 0))
end

function request()
   local r = roots[math.random(#roots)]
   local day = math.random(r[2], r[3])
   local date = os.date("!%Y-%m-%d", day * 86400)
   return wrk.format("GET", path .. "?" .. param .. "=" .. r[1] .. "&asOf=" .. date,
      { ["Authorization"] = auth, ["Accept"] = "application/json" })
end

function done(summary, latency, requests)
   local seconds = summary.duration / 1e6
   local e = summary.errors
   local failed = e.connect + e.read + e.write + e.status + e.timeout
   io.write(string.format("requests: %d in %.1f s (%.1f req/s), %.1f MB read\n", summary.requests, seconds,
      summary.requests / seconds, summary.bytes / 1048576))
   io.write(string.format("errors: connect %d, read %d, write %d, non-2xx/3xx %d, timeout %d\n",
      e.connect, e.read, e.write, e.status, e.timeout))
   io.write("latency (ms):")
   for _, p in ipairs({ 50, 75, 90, 95, 99, 99.9 }) do
      io.write(string.format("  p%g %.2f", p, latency:percentile(p) / 1000))
   end
   io.write(string.format("  max %.2f  mean %.2f\n", latency.max / 1000, latency.mean / 1000))
   io.write(string.format("RESULT requests=%d rps=%.1f p50=%.2f p75=%.2f p90=%.2f p95=%.2f p99=%.2f max=%.2f failed=%d\n",
      summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(75) / 1000,
      latency:percentile(90) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, failed))
end
