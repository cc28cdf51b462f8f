"""CORS for the origins in CORS_ORIGINS only: their requests get Access-Control-Allow-Origin (the origin echoed,
with Vary: Origin) and their preflights an answer; any other origin gets no CORS header, so browsers refuse it.
Tokens travel in Authorization, never in cookies, so credentials are not allowed."""

from __future__ import annotations

from flask import Flask, Response, request

# what our clients send: the agent app its device id and GPS position (risk rules), every writer Idempotency-Key and
# If-Match
ALLOWED_HEADERS = "Authorization, Content-Type, Idempotency-Key, If-Match, X-Agent-Position, X-Device-Id"
EXPOSED_HEADERS = "ETag, Location, Retry-After"
PREFLIGHT_MAX_AGE = "600"  # seconds a browser may reuse a preflight answer


def init_app(app: Flask) -> None:
    origins = frozenset(app.config["CORS_ORIGINS"])

    @app.before_request
    def _preflight():
        """An allowed origin's preflight is answered here, 204 with what the route accepts."""
        if (
            request.method != "OPTIONS"
            or "Access-Control-Request-Method" not in request.headers
            or request.headers.get("Origin") not in origins
            or request.url_rule is None
        ):
            return None  # not a preflight we allow: Flask's own OPTIONS answer, without CORS headers
        response = app.response_class(status=204)
        methods = sorted(request.url_rule.methods - {"HEAD", "OPTIONS"})
        response.headers["Access-Control-Allow-Methods"] = ", ".join(methods)
        response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
        response.headers["Access-Control-Max-Age"] = PREFLIGHT_MAX_AGE
        return response

    @app.after_request
    def _allow_origin(response: Response) -> Response:
        origin = request.headers.get("Origin")
        if origin is None or not origins:
            return response
        response.vary.add("Origin")  # the answer depends on it: caches must not hand one origin's to another
        if origin in origins:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
        return response
