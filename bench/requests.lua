-- wrk script: GET a random line of a file of request paths, with one header (token or session cookie).
--
--   wrk -t2 -c8 -d30s --latency -s bench/requests.lua http://127.0.0.1:PORT \
--       -- PATHS_FILE HEADER_NAME HEADER_VALUE
--
-- PATHS_FILE has one path with its query string a line (bench/delivery.sh writes them from the
-- database: real unit codes, random dates). done() prints p50..p99.9 and one RESULT line, as
-- bench/subtree.lua does.

local paths = {}
local header_name
local header_value
local counter = 0

function setup(thread)
   counter = counter + 1
   thread:set("thread_id", counter)
end

function init(args)
   header_name = args[2]
   header_value = args[3]
   for line in io.lines(args[1]) do
      if #line > 0 then
         paths[#paths + 1] = line
      end
   end
   if #paths == 0 then
      error("no paths in " .. tostring(args[1]))
   end
   math.randomseed(4242 + 7919 * (thread_id or 0))
end

function request()
   return wrk.format("GET", paths[math.random(#paths)], { [header_name] = header_value })
end

function done(summary, latency, requests)
   local seconds = summary.duration / 1e6
   local e = summary.errors
   io.write(string.format("requests: %d in %.1f s (%.1f req/s), %.1f MB read\n", summary.requests, seconds,
      summary.requests / seconds, summary.bytes / 1048576))
   io.write(string.format("errors: connect %d, read %d, write %d, non-2xx/3xx %d, timeout %d\n",
      e.connect, e.read, e.write, e.status, e.timeout))
   io.write("latency (ms):")
   for _, p in ipairs({ 50, 75, 90, 95, 99, 99.9 }) do
      io.write(string.format("  p%g %.1f", p, latency:percentile(p) / 1000))
   end
   io.write(string.format("  max %.1f\n", latency.max / 1000))
   io.write(string.format("RESULT requests=%d errors=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f\n", summary.requests,
      e.connect + e.read + e.write + e.status + e.timeout, latency:percentile(50) / 1000,
      latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
