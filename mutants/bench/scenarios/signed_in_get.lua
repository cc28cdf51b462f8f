-- GET the path on wrk's command line as a signed-in user.
-- Reads BENCH_TOKEN (an access token) from the environment the bench sets; no request() function,
-- so wrk builds the request once and the client costs as little as it can.
local token = os.getenv("BENCH_TOKEN")
assert(token, "BENCH_TOKEN is not set: run this through `python -m bench`")

wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["Accept"] = "application/json"
