"""`Idempotency-Key` on money-moving POSTs (DESIGN.md §6), through the one mechanism of `services.idempotency`: the
same key and body get the stored response (`Idempotent-Replayed: true`); the same key with another body → 409
idempotency_mismatch; a duplicate that arrives while the first is being processed → 409 idempotency_in_progress.

The view runs inside one unit of work with the key: the use case joins it, and the key, the work and the response
are committed together — a refused request (4xx) leaves no key, so it can be retried.
"""

from __future__ import annotations

import functools

from flask import make_response, request

from ..errors import LendingError
from ..extensions import db
from ..http.actors import current_actor
from ..services import idempotency
from ..services.unit_of_work import unit_of_work

HEADER = "Idempotency-Key"
KEY = idempotency.PATTERN


class KeyRequired(LendingError):
    status, code, message = 428, "idempotency_key_required", "Money-moving requests need an Idempotency-Key header."


def _request() -> dict:
    body = request.get_json(silent=True) if request.get_data() else None
    return {"method": request.method, "path": request.path, "body": body}


def _key(actor_id, key: str) -> idempotency.Key:
    operation = f"{request.method} {request.path}"
    try:
        return idempotency.Key.of(owner=actor_id, key=key, operation=operation, request=_request())
    except ValueError:  # NaN or Infinity in the body, which canonical JSON refuses: hash the text as sent
        return idempotency.Key.of(
            owner=actor_id,
            key=key,
            operation=operation,
            request={"method": request.method, "path": request.path, "text": request.get_data(as_text=True)},
        )


def idempotent(view):
    """View decorator (inside `signed_in`): run the view once per (actor, Idempotency-Key)."""

    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        key = request.headers.get(HEADER, "").strip()
        if not key:
            raise KeyRequired(errors={HEADER: ["Missing: send a unique key (e.g. a UUID) per money movement."]})
        if not KEY.match(key):
            raise LendingError(
                "Idempotency-Key must be 8-100 letters, digits or . _ : -",
                code="bad_idempotency_key",
                errors={HEADER: ["8-100 characters of A-Z a-z 0-9 . _ : -"]},
            )
        session, claimed = db.session, _key(current_actor().id, key)
        with unit_of_work(session):
            stored = idempotency.claim(session, claimed, field=HEADER)
            if stored is not None:
                response = make_response(stored.result, stored.status)
                response.headers["Idempotent-Replayed"] = "true"
                return response
            response = make_response(view(*args, **kwargs))
            idempotency.remember(session, claimed, status=response.status_code, result=response.get_json(silent=True))
        return response

    return wrapper
