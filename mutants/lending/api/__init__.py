"""REST resources under /api/v1 (flask-smorest): one package per resource with routes.py and schemas.py."""

from __future__ import annotations

import json
import re

from flask import Flask, request
from marshmallow import fields as ma_fields
from werkzeug.exceptions import RequestEntityTooLarge

from ..errors import LendingError
from ..extensions import api
from ..http.actors import require
from ..http.problems import PROBLEM_JSON, problem
from ..money import PLAIN_DECIMAL
from .fields import PlainDecimal

BEARER = [{"bearerAuth": []}]


def signed_in(blp, *roles: str):
    """A view for signed-in actors with one of `roles` (any role when none is given), documented as such."""

    def decorator(view):
        return blp.doc(security=BEARER)(require(*roles)(view))

    return decorator


IF_MATCH_PATTERN = r'\s*(?:W/)?"?(\d{1,9})"?\s*'
IF_MATCH = {
    "parameters": [
        {
            "in": "header",
            "name": "If-Match",
            "required": False,
            "schema": {"type": "string", "pattern": f"^{IF_MATCH_PATTERN}$"},
            "description": 'the ETag you read, e.g. "3" (or send `version` in the body); a stale '
            "one gets 412, neither 428",
        }
    ]
}


def expected_version(body_version: int | None) -> int:
    """The version a client read: `If-Match: "3"` (or W/"3"), else `version` in the body; neither → 428."""
    header = request.headers.get("If-Match")
    if header:
        match = re.fullmatch(IF_MATCH_PATTERN, header)
        if match is None:
            raise LendingError(
                'If-Match must be the ETag you read, e.g. "3".',
                code="bad_if_match",
                errors={"If-Match": ["Not a version ETag."]},
            )
        return int(match.group(1))
    if body_version is not None:
        return body_version
    from ..errors import PreconditionRequired

    raise PreconditionRequired(errors={"If-Match": ["Send the ETag you read (or `version` in the body)."]})


DEVICE_ID = re.compile(r"^[A-Za-z0-9._:-]{8,100}$")


def request_client():
    """Where the request comes from, for the risk rules: `X-Device-Id` (the app's install id or the agent's tablet)
    and `X-Agent-Position: <latitude>,<longitude>` (degrees, from the agent's GPS). Malformed → 422 naming it."""
    from ..services.risk import Client

    device = request.headers.get("X-Device-Id")
    if device is not None and not DEVICE_ID.match(device):
        raise LendingError(
            "X-Device-Id must be 8-100 letters, digits or . _ : -",
            code="bad_device_id",
            errors={"X-Device-Id": ["8-100 characters of A-Z a-z 0-9 . _ : -"]},
        )
    position = None
    header = request.headers.get("X-Agent-Position")
    if header is not None:
        match = re.fullmatch(r"\s*(-?\d{1,2}(?:\.\d{1,8})?)\s*,\s*(-?\d{1,3}(?:\.\d{1,8})?)\s*", header)
        latitude, longitude = (float(match.group(1)), float(match.group(2))) if match else (None, None)
        if match is None or not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            raise LendingError(
                "X-Agent-Position must be `latitude,longitude` in degrees, e.g. 31.72,117.16.",
                code="bad_position",
                errors={"X-Agent-Position": ["latitude,longitude in degrees"]},
            )
        position = (latitude, longitude)
    return Client(device_id=device, position=position)


def etag(version: int) -> dict[str, str]:
    return {"ETag": f'"{version}"'}


def register(app: Flask) -> None:
    from .applications.routes import blp as applications_blp
    from .attachments.routes import blp as attachments_blp
    from .audit.routes import blp as audit_blp
    from .auth.routes import blp as auth_blp
    from .cash.routes import blp as cash_blp
    from .consents.routes import blp as consents_blp
    from .consents.routes import texts_blp as consent_texts_blp
    from .farmers.routes import blp as farmers_blp
    from .health.routes import blp as health_blp
    from .loans.routes import blp as loans_blp
    from .offline_offers.routes import blp as offline_offers_blp
    from .offline_offers.routes import keys_blp as offer_keys_blp
    from .records.routes import blp as records_blp
    from .risk.routes import blp as risk_blp
    from .schemas import ProblemSchema
    from .scoring_models.routes import blp as models_blp
    from .sync.routes import blp as sync_blp
    from .wechatpay.routes import blp as wechatpay_blp

    api.ERROR_SCHEMA = ProblemSchema  # the shape problems.problem() sends, not flask-smorest's {code: int, ...}
    api.init_app(app)
    api.ma_plugin.converter.add_attribute_function(_decimal_as_string)
    api.spec.components.security_scheme("bearerAuth", {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"})
    for blueprint in (
        health_blp,
        auth_blp,
        farmers_blp,
        records_blp,
        attachments_blp,
        consents_blp,
        consent_texts_blp,
        applications_blp,
        models_blp,
        loans_blp,
        cash_blp,
        audit_blp,
        risk_blp,
        sync_blp,
        offline_offers_blp,
        offer_keys_blp,
        wechatpay_blp,
    ):
        api.register_blueprint(blueprint)
    _document_errors_as_problem_json()

    @app.before_request
    def _json_only():
        """Bodies of writes must be JSON: anything else is a 415, not a confusing 422."""
        if request.method in ("POST", "PUT", "PATCH") and request.path.startswith("/api/"):
            if request.path.startswith(RAW_BODIES):
                return None
            has_body = (request.content_length or 0) > 0 or request.headers.get("Transfer-Encoding")
            if has_body and not request.is_json:
                return problem(
                    415,
                    "unsupported_media_type",
                    "Send the body as application/json.",
                    {"Content-Type": [f"{request.mimetype or 'none'} is not application/json."]},
                )
            if has_body:
                return _parse_json_once()
        return None


RAW_BODIES = ("/api/v1/attachments/",)  # a file, read by its view (lending/api/attachments)
DECIMAL_STRING = f"^-?{PLAIN_DECIMAL}$"  # a decimal the API sends
PLAIN_DECIMAL_STRING = f"^{PLAIN_DECIMAL}$"  # an amount, quantity or rate it reads (fields.PlainDecimal)


def _decimal_as_string(converter, field, ret, **kwargs) -> dict:
    """A Decimal sent as a string ("1500.00", DESIGN.md §4) is documented as a string, not a number; its bounds,
    which only a number may carry in JSON Schema, become x-minimum and x-maximum (as apispec does for dates)."""
    if not (isinstance(field, ma_fields.Decimal) and field.as_string):
        return {}
    for bound in ("minimum", "maximum"):
        if bound in ret:
            ret[f"x-{bound}"] = str(ret.pop(bound))
    ret.pop("exclusiveMinimum", None)
    ret.pop("exclusiveMaximum", None)
    pattern = PLAIN_DECIMAL_STRING if isinstance(field, PlainDecimal) else DECIMAL_STRING
    return {"type": "string", "format": "decimal", "pattern": pattern}


def _document_errors_as_problem_json() -> None:
    """Every error is sent as application/problem+json (problems.problem): say so in the error responses that
    flask-smorest documents (DEFAULT_ERROR, UNPROCESSABLE_ENTITY, ...) as application/json."""
    components = api.spec.components
    for responses in (components.responses, components.responses_lazy):
        for response in responses.values():
            content = response.get("content", {})
            if content.get("application/json", {}).get("schema", {}).get("$ref", "").endswith("/Problem"):
                content[PROBLEM_JSON] = content.pop("application/json")


class DuplicateKey(ValueError):
    def __init__(self, key: str):
        super().__init__(f"duplicate key {key!r}")
        self.key = key


def _object_without_duplicate_keys(pairs: list[tuple[str, object]]) -> dict:
    """json's object_pairs_hook: a key sent twice is refused (json.loads would keep the last, silently)."""
    body = {}
    for key, value in pairs:
        if key in body:
            raise DuplicateKey(key)
        body[key] = value
    return body


def _parse_json_once():
    """Parse the body here, once, so that every malformed body gets the same 400 (and one too large the 413)."""
    try:
        body = json.loads(body_within_limit(), object_pairs_hook=_object_without_duplicate_keys)
    except DuplicateKey as duplicate:
        return problem(
            400,
            "duplicate_key",
            "The body sends a key more than once.",
            {duplicate.key: ["Sent more than once: send each field once."]},
        )
    except RecursionError:  # absurdly deep nesting: not a ValueError
        return problem(400, "invalid_json", "The body is not valid JSON.", {"_body": ["Nested too deeply."]})
    except ValueError:  # json.JSONDecodeError, UnicodeDecodeError
        return problem(400, "invalid_json", "The body is not valid JSON.", {"_body": ["Invalid JSON."]})
    broken = _unencodable(body)
    if broken:
        return problem(
            422,
            "validation_error",
            "Some fields are invalid.",
            {name: ["Not valid Unicode text (unpaired surrogate)."] for name in broken},
        )
    return None


def body_within_limit() -> bytes:
    """The body, or a 413 beyond the request's limit (MAX_CONTENT_LENGTH unless the view set its own). Werkzeug
    refuses a Content-Length over the limit, but cuts a chunked body (no Content-Length) at the limit without a word:
    one more byte from the server's stream tells."""
    body = request.get_data(cache=True)
    limit = request.max_content_length
    if request.content_length is None and limit is not None and len(body) >= limit:
        if request.environ["wsgi.input"].read(1):
            raise RequestEntityTooLarge()
    return body


def _unencodable(value, path: str = "") -> list[str]:
    """Paths of strings JSON allowed but UTF-8 cannot hold (lone surrogates such as "\\ud800")."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return [path or "_body"]
        return []
    found: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            name = f"{path}.{key}" if path else str(key)
            found += _unencodable(key, name) + _unencodable(item, name)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _unencodable(item, f"{path}.{index}" if path else str(index))
    return found
