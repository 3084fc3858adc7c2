-- wrk script for the mixed-load soak (bench/soak.sh): pages with the session cookie and API calls
-- with a personal access token, in a fixed mix, read from a file of "page|api <path>" lines.
--
--   wrk -t2 -c8 -d30m --latency -s bench/soak.lua http://127.0.0.1:PORT -- MIX_FILE COOKIE TOKEN
--
-- done() prints p50..p99.9, the error counts and one RESULT line.

local mix = {}
local cookie
local token
local counter = 0

function setup(thread)
   counter = counter + 1
   thread:set("thread_id", counter)
end

function init(args)
   cookie = args[2]
   token = args[3]
   for line in io.lines(args[1]) do
      local kind, path = line:match("^(%a+) (.+)$")
      if kind then
         mix[#mix + 1] = { kind = kind, path = path }
      end
   end
   if #mix == 0 then
      error("no requests in " .. tostring(args[1]))
   end
   math.randomseed(2026 + 7919 * (thread_id or 0))
end

function request()
   local r = mix[math.random(#mix)]
   if r.kind == "api" then
      return wrk.format("GET", r.path, { ["Authorization"] = "Bearer " .. token })
   end
   return wrk.format("GET", r.path, { ["Cookie"] = cookie })
end

function done(summary, latency, requests)
   local seconds = summary.duration / 1e6
   local e = summary.errors
   for _, p in ipairs({ 50, 75, 90, 95, 99, 99.9 }) do
      io.write(string.format("p%-5s %8.1f ms\n", tostring(p), latency:percentile(p) / 1000))
   end
   io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f "
         .. "non2xx3xx=%d connect=%d read=%d write=%d timeout=%d\n",
      summary.requests, summary.requests / seconds, latency:percentile(50) / 1000,
      latency:percentile(99) / 1000, latency.max / 1000, e.status, e.connect, e.read, e.write, e.timeout))
end
