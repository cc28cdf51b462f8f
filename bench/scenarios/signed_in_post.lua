-- POST the same JSON body with a bearer token, every request (each one is a new application: no id is sent).
-- Reads from the environment the bench sets: BENCH_TOKEN, BENCH_BODY.
local token = os.getenv("BENCH_TOKEN")
local body = os.getenv("BENCH_BODY")
assert(token and body, "BENCH_TOKEN and BENCH_BODY must be set: run this through `python -m bench`")
local headers = {
  ["Authorization"] = "Bearer " .. token,
  ["Content-Type"] = "application/json",
  ["Accept"] = "application/json",
}

function request()
  return wrk.format("POST", nil, headers, body)
end
