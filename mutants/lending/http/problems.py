"""REST renders every refusal as problem JSON — the one handler for every 4xx (and the rare 5xx).

Shape: {"code": "snake_case_code", "status": 404, "message": "...", "errors": {"field": ["..."]}}.
"""

from __future__ import annotations

import logging

from flask import Flask, has_request_context, jsonify, request
from sqlalchemy.exc import DataError, IntegrityError, OperationalError
from sqlalchemy.orm.exc import StaleDataError
from werkzeug.exceptions import HTTPException

from .. import i18n
from ..errors import LendingError, integrity_conflict, transient, unavailable

log = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"

_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    412: "version_mismatch",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    428: "precondition_required",
    429: "too_many_requests",
}


def flatten(messages, prefix: str = "") -> dict[str, list[str]]:
    """Marshmallow's nested messages → {"dotted.field": [messages]}."""
    if isinstance(messages, list) and all(isinstance(m, str) for m in messages):
        return {prefix or "_body": messages}
    if isinstance(messages, str):
        return {prefix or "_body": [messages]}
    flat: dict[str, list[str]] = {}
    items = messages.items() if isinstance(messages, dict) else enumerate(messages)
    for key, value in items:
        name = (
            "_body"
            if key == "_schema" and not prefix
            else (prefix if key == "_schema" else f"{prefix}.{key}" if prefix else str(key))
        )
        for field, errs in flatten(value, name).items():
            flat.setdefault(field, []).extend(errs)
    return flat


def _for_the_farmer(code: str, message: str) -> str:
    """The refusal in the farmer's words (lending/i18n, error.<code>) when the request asks for Chinese or Swahili
    (Accept-Language) and the code has them; otherwise the detailed English message."""
    if not has_request_context():
        return message
    language = request.accept_languages.best_match(i18n.LANGUAGES)
    if language in (None, "en") or f"error.{code}" not in i18n.CATALOG:
        return message
    return i18n.text(f"error.{code}", language)


def problem(status: int, code: str, message: str, errors: dict | None = None, headers: dict | None = None):
    message = _for_the_farmer(code, message)
    response = jsonify({"code": code, "status": status, "message": message, "errors": errors or {}})
    response.status_code = status
    response.mimetype = PROBLEM_JSON
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def _from_http(error: HTTPException):
    status = error.code or 500
    data = getattr(error, "data", None) or {}
    errors: dict[str, list[str]] = {}
    message = error.description or error.name
    if "messages" in data:  # webargs: {"messages": {"json": {...}, "query": {...}}}
        for messages in data["messages"].values():
            errors.update(flatten(messages))
        message = "Some fields are invalid." if status == 422 else message
    if status == 400 and "JSON" in (error.description or ""):
        return problem(400, "invalid_json", "The body is not valid JSON.", {"_body": ["Invalid JSON."]})
    if status == 413:
        message = "The request body is too large."
    headers = {}
    if status == 405 and getattr(error, "valid_methods", None):
        headers["Allow"] = ", ".join(error.valid_methods)
    if status >= 500:
        log.error("http %s: %s", status, error)
        return problem(500, "internal_error", "Something went wrong on our side; it has been logged.")
    return problem(status, _HTTP_CODES.get(status, "error"), message, errors, headers)


def register(app: Flask) -> None:
    app.register_error_handler(HTTPException, _from_http)

    @app.errorhandler(LendingError)
    def _lending(error: LendingError):
        return problem(error.status, error.code, error.message, error.errors, error.headers)

    @app.errorhandler(IntegrityError)
    def _integrity(error: IntegrityError):
        log.info("integrity error rendered as 409: %s", error.orig)
        refused = integrity_conflict(error)
        return problem(refused.status, refused.code, refused.message, refused.errors)

    @app.errorhandler(StaleDataError)
    def _stale(error: StaleDataError):
        return problem(412, "version_mismatch", "The record changed while you were saving; reload and retry.")

    @app.errorhandler(OperationalError)
    def _operational(error: OperationalError):
        if transient(error):
            log.warning("transient database conflict rendered as 503: %s", error.orig)
            return problem(
                503,
                "try_again",
                "The service was busy with the same records; nothing was saved. Send the request again.",
                headers={"Retry-After": "1"},
            )
        if unavailable(error):
            log.error("database unavailable, rendered as 503: %s", error.orig)
            return problem(
                503,
                "database_unavailable",
                "The service cannot reach its database just now; if this request was saved, sending it again with the "
                "same Idempotency-Key or id returns what was saved. Try again shortly.",
                headers={"Retry-After": "5"},
            )
        log.exception("database error")
        return problem(500, "internal_error", "Something went wrong on our side; it has been logged.")

    @app.errorhandler(DataError)
    def _data(error: DataError):
        log.info("data error rendered as 422: %s", error.orig)
        return problem(422, "validation_error", "A value does not fit what the database can store.")

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):
        log.exception("unhandled error")
        return problem(500, "internal_error", "Something went wrong on our side; it has been logged.")
