-- wrk script: GET a random line of URLS_FILE (paths with their query), with one header that
-- authenticates: "Authorization: Bearer TOKEN" for the API, "Cookie: SESSION=..." for pages (which
-- sign in with the login form, not with tokens).
--
--   wrk -t2 -c8 -d30s --latency -s bench/board.lua http://127.0.0.1:PORT -- URLS_FILE "Authorization: Bearer T"
--
-- bench/indicator-board.sh writes the files: one board page per province, or one national roll-up
-- per indicator and year. done() prints p50/p75/p90/p95/p99/p99.9 and one machine-readable RESULT
-- line (wrk --latency alone does not print p95).

local urls = {}
local header_name, header_value
local threads = {}
local counter = 0

function setup(thread)
   counter = counter + 1
   thread:set("thread_id", counter)
   table.insert(threads, thread)
end

function init(args)
   header_name, header_value = args[2]:match("^([^:]+):%s*(.*)$")
   for line in io.lines(args[1]) do
      if line:match("^/") then
         urls[#urls + 1] = line
      end
   end
   if #urls == 0 then
      error("no URLs in " .. tostring(args[1]))
   end
   math.randomseed(4242 + 7919 * (thread_id or 0))
end

function request()
   return wrk.format("GET", urls[math.random(#urls)], { [header_name] = header_value })
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
