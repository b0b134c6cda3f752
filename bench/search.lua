-- Uncached search for wrk: the addresses bench/search wrote, one a line (the file is the first argument), each asked
-- once. Each of wrk's threads (their number is the second argument) takes every n-th of them, so that no two threads
-- ask the same; a thread that runs out starts again, and says how often (an answer then comes from the page cache).
local threads = {}

function setup(thread)
  thread:set("index", #threads)
  table.insert(threads, thread)
end

function init(args)
  requests = {}
  local n, count = 0, tonumber(args[2])
  for line in assert(io.open(args[1])):lines() do
    if n % count == index then
      table.insert(requests, wrk.format("GET", line))
    end
    n = n + 1
  end
  at, repeated, statuses = 0, 0, {}
end

function request()
  at = at + 1
  if at > #requests then
    at, repeated = 1, repeated + 1
  end
  return requests[at]
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local repeated, statuses = 0, {}
  for _, thread in ipairs(threads) do
    repeated = repeated + thread:get("repeated")
    for status, n in pairs(thread:get("statuses")) do statuses[status] = (statuses[status] or 0) + n end
  end
  local answered = {}
  for status, n in pairs(statuses) do table.insert(answered, status .. ": " .. n) end
  io.write(string.format("SEARCH requests=%d lists-repeated=%d %s\n", summary.requests, repeated,
    table.concat(answered, " ")))
end
