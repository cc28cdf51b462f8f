-- POST the same JSON body with a bearer token, every request (each one is a new application: no id is sent).
-- Reads from the environment the bench sets: BENCH_TOKEN, BENCH_BODY and, for an agent, BENCH_POSITION (the
-- X-Agent-Position the agent app sends: without it the risk rules hold the request for review).
local token = os.getenv("BENCH_TOKEN")
local body = os.getenv("BENCH_BODY")
local position = os.getenv("BENCH_POSITION")
assert(token and body, "BENCH_TOKEN and BENCH_BODY must be set: run this through `python -m bench`")
local headers = {
  ["Authorization"] = "Bearer " .. token,
  ["Content-Type"] = "application/json",
  ["Accept"] = "application/json",
}
if position and position ~= "" then
  headers["X-Agent-Position"] = position
end

function request()
  return wrk.format("POST", nil, headers, body)
end
