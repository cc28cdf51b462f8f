"""What every HTTP channel of the app shares (REST today; the USSD gateways, sync and the dashboard next): the signed-in
actor of a request, rate limits, CORS, security headers and problem JSON. Flask lives here and in the channels, never
below them."""
