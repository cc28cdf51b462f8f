"""Security headers on every response: no sniffing, no framing, no referrer, a Content-Security-Policy (strict for
the API's JSON; the Swagger UI page at /api/docs runs its own files and one inline script, allowed by hash), no
caching of anything sent to a signed-in caller or of tokens, and HSTS when the request came over HTTPS."""

from __future__ import annotations

import base64
import hashlib
import re

from flask import Flask, Response, request

API_POLICY = "default-src 'none'; frame-ancestors 'none'"
DOCS_PATH = "/api/docs"
HSTS = "max-age=31536000; includeSubDomains"
_INLINE_SCRIPT = re.compile(rb"<script>(.*?)</script>", re.DOTALL)


def docs_policy(page: bytes) -> str:
    """Swagger UI: its scripts, styles and images from this origin (styles also inline, which it sets itself),
    the inline script that starts it by its sha256, and fetches of the OpenAPI document and "Try it out"."""
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(script).digest()).decode()}'"
        for script in _INLINE_SCRIPT.findall(page)
    )
    return (
        f"default-src 'none'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )


def _secure(response: Response) -> Response:
    headers = response.headers
    headers["X-Content-Type-Options"] = "nosniff"
    headers["X-Frame-Options"] = "DENY"
    headers["Referrer-Policy"] = "no-referrer"
    if request.path == DOCS_PATH and response.mimetype == "text/html":
        headers["Content-Security-Policy"] = docs_policy(response.get_data())
    else:
        headers["Content-Security-Policy"] = API_POLICY
    if "Authorization" in request.headers or request.path.startswith("/api/v1/auth/"):
        headers["Cache-Control"] = "no-store"  # a signed-in caller's data, or tokens: never kept by a cache
    if request.is_secure:
        headers["Strict-Transport-Security"] = HSTS
    return response


def init_app(app: Flask) -> None:
    app.after_request(_secure)
