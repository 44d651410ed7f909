-- wrk script for bench/http_load.sh: every request records a new context through
-- POST /v1/contexts with its own name and its own idempotency key, as a writer token.
-- Each thread counts the statuses it got back; done() prints their sums on one line
-- ("appends created=N replayed=N other=N") for the script to check against the store.

local threads = {}
local next_id = 1

function setup(thread)
  thread:set("id", next_id)
  table.insert(threads, thread)
  next_id = next_id + 1
end

function init(args)
  token = os.getenv("STRATA_LOAD_TOKEN")
  run = os.getenv("STRATA_LOAD_RUN") or "0"
  sent, created, replayed, other = 0, 0, 0, 0
end

function request()
  sent = sent + 1
  -- A UUID unique per thread and request: the idempotency key is what a client retries with.
  local key = string.format("%08x-%04x-4000-8000-%012x", id, tonumber(run) % 65536, sent)
  local body = string.format('{"name":"load-%s-%d-%d","idempotencyKey":"%s"}', run, id, sent, key)
  return wrk.format("POST", "/v1/contexts", {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
  }, body)
end

function response(status, headers, body)
  if status == 201 then created = created + 1
  elseif status == 200 then replayed = replayed + 1
  else other = other + 1 end
end

function done(summary, latency, requests)
  local c, r, o = 0, 0, 0
  for _, thread in ipairs(threads) do
    c = c + thread:get("created")
    r = r + thread:get("replayed")
    o = o + thread:get("other")
  end
  io.write(string.format("appends created=%d replayed=%d other=%d\n", c, r, o))
end
