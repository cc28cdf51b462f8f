-- POST /api/v1/farmers, each request with a farmer_id no other request uses (farmer_id is unique in the database).
-- Reads from the environment the bench sets:
--   BENCH_TOKEN  an access token of a field agent
--   BENCH_BODY   the JSON body, with @FARMER_ID@ where the farmer_id goes
--   BENCH_RUN    a tag of this wrk run (warm-up, round 1, 2...), so runs against one database never collide
-- wrk loads this file once for setup() and once more in each thread, where init() and request() run.
local token = os.getenv("BENCH_TOKEN")
local body = os.getenv("BENCH_BODY")
local run = os.getenv("BENCH_RUN") or "x"
assert(token and body, "BENCH_TOKEN and BENCH_BODY must be set: run this through `python -m bench`")
local before, after = body:match("^(.*)@FARMER_ID@(.*)$")
assert(before, "BENCH_BODY has no @FARMER_ID@")

local headers = {
  ["Authorization"] = "Bearer " .. token,
  ["Content-Type"] = "application/json",
  ["Accept"] = "application/json",
}

local threads_started = 0

function setup(thread)
  threads_started = threads_started + 1
  thread:set("thread_number", threads_started)
end

function init(args)
  -- run tag, thread number and counter already make ids unique in a fresh database; the random part is
  -- cheap insurance should two wrk runs with one tag ever meet in the same database
  math.randomseed(os.time() * 100 + thread_number)
  salt = string.format("%04x", math.random(0, 65535))
  counter = 0
end

function request()
  counter = counter + 1
  local farmer_id = "B" .. run .. "-" .. thread_number .. salt .. "-" .. counter
  return wrk.format("POST", nil, headers, before .. farmer_id .. after)
end
