-- wrk script for .ci/bench. Arguments (after --):
--   share     IDS_FILE            GET /r/{id}, a random seeded share id per request
--   share-gzip IDS_FILE           the same, sending Accept-Encoding: gzip as browsers do
--   step-get  SECRETS_FILE        GET /a/{secret}/step/3
--   step-post SECRETS_FILE BODY   POST /a/{secret}/step/2 with a valid page-2 form
-- done() prints one line "BENCHJSON {...}" that `bench report` reads.

local mode, items, body = nil, {}, nil
local headers = {}

local function lines(path)
  local out = {}
  for line in io.lines(path) do
    if line ~= "" then out[#out + 1] = line end
  end
  return out
end

function init(args)
  mode = args[1]
  items = lines(args[2])
  if mode == "share-gzip" then
    headers["Accept-Encoding"] = "gzip"
  end
  if mode == "step-post" then
    local f = assert(io.open(args[3], "rb"))
    body = f:read("*a")
    f:close()
    headers["Content-Type"] = "application/x-www-form-urlencoded"
  end
  -- Different threads must not walk the same sequence of ids.
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

function request()
  local item = items[math.random(#items)]
  if mode == "share" then
    return wrk.format("GET", "/r/" .. item)
  elseif mode == "share-gzip" then
    return wrk.format("GET", "/r/" .. item, headers)
  elseif mode == "step-get" then
    return wrk.format("GET", "/a/" .. item .. "/step/3")
  elseif mode == "step-post" then
    return wrk.format("POST", "/a/" .. item .. "/step/2", headers, body)
  end
  error("unknown mode " .. tostring(mode))
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCHJSON {"requests":%d,"duration_us":%d,"bytes":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,' ..
    '"connect_errors":%d,"read_errors":%d,"write_errors":%d,"timeouts":%d,"non_2xx_3xx":%d}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.timeout, e.status))
end
