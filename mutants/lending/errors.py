"""The LendingError tree: what a use case refuses, with a stable `code`, an HTTP-like `status` and the fields named.

Services raise LendingError subclasses; every channel renders the same `code` in its own form — REST as problem JSON
(lending/api/problems.py), USSD as a re-prompt or a last screen, SMS as a reply, sync as a per-mutation `rejected`.
"""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError, OperationalError


class LendingError(Exception):
    status = 400
    code = "bad_request"
    message = "The request cannot be processed."

    def __init__(
        self,
        message: str | None = None,
        *,
        errors: dict[str, list[str]] | None = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ):
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


class Gone(LendingError):
    status, code, message = 410, "gone", "This is no longer available."


class VersionMismatch(LendingError):
    status, code, message = 412, "version_mismatch", "The record changed since you read it; reload and retry."


class PayloadTooLarge(LendingError):
    status, code, message = 413, "payload_too_large", "The request body is too large."


class UnsupportedMediaType(LendingError):
    status, code, message = 415, "unsupported_media_type", "This kind of content is not accepted."


class PreconditionRequired(LendingError):
    status, code, message = 428, "precondition_required", "Send If-Match with the version you read."


def refused(refusal) -> LendingError:
    """A domain rule's refusal (domain.refusals.Refused) as the error every channel renders: 403 or 422 naming the
    field."""
    error = Forbidden if refusal.forbidden else ValidationFailed
    return error(str(refusal), code=refusal.code, errors={refusal.field: [str(refusal)]})


class TooManyRequests(LendingError):
    status, code, message = 429, "too_many_requests", "Too many attempts; wait and retry."


class Unavailable(LendingError):
    """A service we depend on cannot answer just now; the request may be sent again (Retry-After)."""

    status, code, message = 503, "unavailable", "The service is unavailable just now; try again shortly."


class WechatNotConfigured(Unavailable):
    code, message = (
        "wechat_not_configured",
        "WeChat sign-in is not configured on this server (WECHAT_APPID, WECHAT_SECRET).",
    )


class WechatUnavailable(Unavailable):
    code, message = "wechat_unavailable", "WeChat cannot be reached or is busy just now; try again shortly."


class InvalidWechatCode(Unauthorized):
    code, message = "invalid_wechat_code", "The WeChat login code is invalid or was already used; call wx.login again."


class WechatRateLimited(TooManyRequests):
    code, message = "wechat_rate_limited", "WeChat sign-in is busy with too many requests; try again in a minute."


class WechatUserBlocked(Forbidden):
    code, message = "wechat_user_blocked", "WeChat has blocked sign-in for this account as high-risk."


# A unique index the database enforces behind a service's own check (a race both checks passed): what it means.
_UNIQUE = {
    "phone_index": ("duplicate_identity", "phone", "Another farmer has this phone number."),
    "national_id_index": ("duplicate_identity", "national_id", "Another farmer has this national ID."),
    "openid_index": ("wechat_bound_elsewhere", "binding_token", "This WeChat account is bound to another farmer."),
}


def integrity_conflict(error: IntegrityError) -> Conflict:
    """The 409 every channel renders for a constraint the database enforced (naming the field where it is known)."""
    text = str(error.orig)
    for column, (code, field, message) in _UNIQUE.items():
        if column in text:
            return Conflict(message, code=code, errors={field: [message]})
    return Conflict("This conflicts with an existing record.")


TRANSIENT_SQLSTATES = frozenset({"40P01", "40001", "55P03"})  # deadlock, serialisation failure, lock not available


def transient(error: OperationalError) -> bool:
    """A conflict between concurrent transactions that a retry resolves (the transaction was rolled back whole)."""
    return getattr(error.orig, "sqlstate", None) in TRANSIENT_SQLSTATES or "database is locked" in str(error.orig)


def unavailable(error: OperationalError) -> bool:
    """The database cannot be reached or dropped the connection: SQLSTATE class 08 (connection exception) or 57P0x
    (the server shutting down), a connection SQLAlchemy invalidated, or psycopg's failure to connect (no SQLSTATE).
    SQLite's errors carry no SQLSTATE at all and are never this."""
    if error.connection_invalidated:
        return True
    if not hasattr(error.orig, "sqlstate"):
        return False
    state = error.orig.sqlstate
    return state is None or state.startswith(("08", "57P"))
