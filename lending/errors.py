"""The LendingError tree and the one handler that renders every 4xx (and the rare 5xx) as problem JSON.

Shape: {"code": "snake_case_code", "status": 404, "message": "...", "errors": {"field": ["..."]}}.
Services raise LendingError subclasses; REST renders them here, other channels render the same `code`.
"""
from __future__ import annotations

import logging

from flask import Flask, jsonify
from sqlalchemy.exc import DataError, IntegrityError, OperationalError
from sqlalchemy.orm.exc import StaleDataError
from werkzeug.exceptions import HTTPException

log = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"


class LendingError(Exception):
    status = 400
    code = "bad_request"
    message = "The request cannot be processed."

    def __init__(self, message: str | None = None, *, errors: dict[str, list[str]] | None = None,
                 code: str | None = None, headers: dict[str, str] | None = None):
        super().__init__(message or self.message)
        self.message = message or self.message
        self.errors = errors or {}
        self.headers = headers or {}
        if code:
            self.code = code


class ValidationFailed(LendingError):
    status, code, message = 422, "validation_error", "Some fields are invalid."


class Unauthorized(LendingError):
    status, code, message = 401, "unauthorized", "Sign-in required."


class Forbidden(LendingError):
    status, code, message = 403, "forbidden", "Your role may not do this."


class NotFound(LendingError):
    status, code, message = 404, "not_found", "Not found."


class Conflict(LendingError):
    status, code, message = 409, "conflict", "The request conflicts with the current state."


class IdempotencyMismatch(Conflict):
    code, message = "idempotency_mismatch", "This id was already used with a different body."


class VersionMismatch(LendingError):
    status, code, message = 412, "version_mismatch", "The record changed since you read it; reload and retry."


class PreconditionRequired(LendingError):
    status, code, message = 428, "precondition_required", "Send If-Match with the version you read."


def refused(refusal) -> LendingError:
    """A domain rule's refusal (domain.refusals.Refused) as the error every channel renders: 403 or 422 naming the
    field."""
    error = Forbidden if refusal.forbidden else ValidationFailed
    return error(str(refusal), code=refusal.code, errors={refusal.field: [str(refusal)]})


class TooManyRequests(LendingError):
    status, code, message = 429, "too_many_requests", "Too many attempts; wait and retry."


_HTTP_CODES = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
    409: "conflict", 412: "version_mismatch", 413: "payload_too_large", 415: "unsupported_media_type",
    422: "validation_error", 428: "precondition_required", 429: "too_many_requests",
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
        name = "_body" if key == "_schema" and not prefix else (prefix if key == "_schema" else
                                                                 f"{prefix}.{key}" if prefix else str(key))
        for field, errs in flatten(value, name).items():
            flat.setdefault(field, []).extend(errs)
    return flat


def problem(status: int, code: str, message: str, errors: dict | None = None, headers: dict | None = None):
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
        for location, messages in data["messages"].items():
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


# A unique index the database enforces behind a service's own check (a race both checks passed): what it means.
_UNIQUE = {"phone_index": ("duplicate_identity", "phone", "Another farmer has this phone number."),
           "national_id_index": ("duplicate_identity", "national_id", "Another farmer has this national ID.")}


def integrity_conflict(error: IntegrityError) -> Conflict:
    """The 409 every channel renders for a constraint the database enforced (naming the field where it is known)."""
    text = str(error.orig)
    for column, (code, field, message) in _UNIQUE.items():
        if column in text:
            return Conflict(message, code=code, errors={field: [message]})
    return Conflict("This conflicts with an existing record.")


TRANSIENT_SQLSTATES = frozenset({"40P01", "40001", "55P03"})   # deadlock, serialisation failure, lock not available


def transient(error: OperationalError) -> bool:
    """A conflict between concurrent transactions that a retry resolves (the transaction was rolled back whole)."""
    return (getattr(error.orig, "sqlstate", None) in TRANSIENT_SQLSTATES
            or "database is locked" in str(error.orig))


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
            return problem(503, "try_again", "The service was busy with the same records; nothing was saved. "
                                             "Send the request again.", headers={"Retry-After": "1"})
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
