"""`Idempotency-Key` on money-moving POSTs (DESIGN.md §6): the same key and body get the stored response; the same
key with another body → 409 idempotency_mismatch; a duplicate that arrives while the first is being processed →
409 idempotency_in_progress (one wins). Keys are kept for good.

The key row is written in the same database transaction as the work (the service's commit commits both), so a
key is never stored for work that did not happen; a refused request (4xx) leaves no key, so it can be retried.
"""
from __future__ import annotations

import functools
import hashlib
import json
import re

from flask import make_response, request
from sqlalchemy.exc import IntegrityError, OperationalError

from ..errors import Conflict, IdempotencyMismatch, LendingError
from ..extensions import db
from ..models import IdempotencyKey
from ..security.actors import current_actor

HEADER = "Idempotency-Key"
KEY = re.compile(r"^[A-Za-z0-9._:-]{8,100}$")


class KeyRequired(LendingError):
    status, code, message = 428, "idempotency_key_required", "Money-moving requests need an Idempotency-Key header."


def _request_hash() -> str:
    body = request.get_json(silent=True) if request.get_data() else None
    canonical = json.dumps({"method": request.method, "path": request.path, "body": body}, sort_keys=True,
                           separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _replay(stored: IdempotencyKey, request_hash: str):
    if stored.request_hash != request_hash:
        raise IdempotencyMismatch("This Idempotency-Key was used with a different request.",
                                  errors={HEADER: ["Already used with another body or path."]})
    if stored.response_status is None:
        raise Conflict("A request with this Idempotency-Key is being processed; retry shortly for its response.",
                       code="idempotency_in_progress")
    response = make_response(stored.response_body, stored.response_status)
    response.headers["Idempotent-Replayed"] = "true"
    return response


def idempotent(view):
    """View decorator (inside `signed_in`): run the view once per (actor, Idempotency-Key)."""
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        key = request.headers.get(HEADER, "").strip()
        if not key:
            raise KeyRequired(errors={HEADER: ["Missing: send a unique key (e.g. a UUID) per money movement."]})
        if not KEY.match(key):
            raise LendingError("Idempotency-Key must be 8-100 letters, digits or . _ : -", code="bad_idempotency_key",
                               errors={HEADER: ["8-100 characters of A-Z a-z 0-9 . _ : -"]})
        actor, session = current_actor(), db.session
        request_hash = _request_hash()
        stored = session.get(IdempotencyKey, (actor.id, key))
        if stored is not None:
            return _replay(stored, request_hash)
        record = IdempotencyKey(actor_id=actor.id, key=key, method=request.method, path=request.path[:300],
                                request_hash=request_hash)
        session.add(record)
        try:
            session.flush()          # waits for a concurrent request holding the same key, then fails
        except (IntegrityError, OperationalError):
            session.rollback()
            raise Conflict("A request with this Idempotency-Key is being processed; retry shortly for its response.",
                           code="idempotency_in_progress") from None
        try:
            response = make_response(view(*args, **kwargs))
        except BaseException:
            session.rollback()
            raise
        record = session.get(IdempotencyKey, (actor.id, key))
        if record is None:           # the view failed without raising and rolled back: nothing to remember
            return response
        record.response_status, record.response_body = response.status_code, response.get_json(silent=True)
        session.commit()
        return response
    return wrapper
