-- The soak test's load for wrk: every connection cycles through the addresses that bench/soak built from the data
-- ("kind expected method path" a line; expected is 0 for any 2xx or 3xx, else the exact status an error page must
-- have). Each request carries its address's number as its X-Request-Id, which the application returns, so that every
-- answer is checked against the address it answers, whichever connection it came on.
local threads = {}

function setup(thread)
  thread:set("offset", #threads * 13)
  table.insert(threads, thread)
end

function init(args)
  addresses = {}
  for line in assert(io.open(args[1])):lines() do
    local kind, expected, method, path = line:match("^(%S+) (%d+) (%u+) (%S+)$")
    if kind then
      table.insert(addresses, { kind = kind, expected = tonumber(expected), method = method, path = path })
    end
  end
  requests = {}
  for i, address in ipairs(addresses) do
    requests[i] = wrk.format(address.method, address.path,
      { ["X-Request-Id"] = "soak-" .. i, ["Accept-Encoding"] = "gzip" })
  end
  at = offset % #requests
  -- Per kind: answers, and answers other than the address expects; then 5xx, and answers that name no address.
  answers, unexpected = {}, {}
  server_errors, unknown = 0, 0
end

function request()
  at = at % #requests + 1
  return requests[at]
end

function response(status, headers, body)
  if status >= 500 then
    server_errors = server_errors + 1
  end
  local id = headers["X-Request-Id"] or headers["x-request-id"]
  local address = id and addresses[tonumber(id:match("^soak%-(%d+)$") or 0)]
  if not address then
    unknown = unknown + 1
    return
  end
  answers[address.kind] = (answers[address.kind] or 0) + 1
  local fine
  if address.expected == 0 then
    fine = status >= 200 and status < 400
  else
    fine = status == address.expected
  end
  if not fine then
    unexpected[address.kind] = (unexpected[address.kind] or 0) + 1
  end
end

function done(summary, latency, requests)
  local answers, unexpected, server_errors, unknown = {}, {}, 0, 0
  for _, thread in ipairs(threads) do
    for kind, n in pairs(thread:get("answers")) do answers[kind] = (answers[kind] or 0) + n end
    for kind, n in pairs(thread:get("unexpected")) do unexpected[kind] = (unexpected[kind] or 0) + n end
    server_errors = server_errors + thread:get("server_errors")
    unknown = unknown + thread:get("unknown")
  end
  local e = summary.errors
  io.write(string.format("SOAK requests=%d seconds=%.1f socket_errors=%d connect=%d read=%d write=%d timeout=%d "
      .. "server_errors=%d unknown=%d p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n", summary.requests,
    summary.duration / 1e6, e.connect + e.read + e.write + e.timeout, e.connect, e.read, e.write, e.timeout,
    server_errors, unknown, latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  for kind, n in pairs(answers) do
    io.write(string.format("KIND %s %d %d\n", kind, n, unexpected[kind] or 0))
  end
end
