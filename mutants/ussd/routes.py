"""The USSD gateways' endpoints (DESIGN.md §8): `POST /ussd/africastalking` (a form in, `text/plain` CON/END out) and
`POST /ussd/hubtel` (JSON in and out). Only the gateways' networks may call them (USSD_ALLOWED_NETWORKS; loopback
by default, for development and tests), and, with USSD_SECRET_PATH set, only at `/ussd/<secret>/<gateway>` — a
refusal is 403. A missing or malformed field is a 400 naming it; a failure of ours answers the farmer "try again"
on the screen they were on, never a 500 (gateways show nothing of an error page, and drop a slow app).
"""

from __future__ import annotations

import hmac
import ipaddress
import logging

import redis
from flask import Blueprint, Flask, Response, current_app, jsonify, request

from lending import i18n
from lending.extensions import db
from lending.http.problems import problem

from . import flow, gateways
from .menus import MENUS
from .store import DatabaseStore, RedisStore, Store

log = logging.getLogger(__name__)

blueprint = Blueprint("ussd", __name__, url_prefix="/ussd")


def init_app(app: Flask) -> None:
    networks = [ipaddress.ip_network(n.strip(), strict=False) for n in app.config["USSD_ALLOWED_NETWORKS"] if n]
    app.extensions["ussd"] = {
        "networks": networks,
        "redis": redis.Redis.from_url(app.config["REDIS_URL"]) if app.config.get("REDIS_URL") else None,
    }
    app.register_blueprint(blueprint)


def _store() -> Store:
    client = current_app.extensions["ussd"]["redis"]
    return RedisStore(client) if client is not None else DatabaseStore(db.session)


def _refused(secret: str | None):
    """403 unless the caller is on an allowed network and, when a secret path is set, named it."""
    try:
        address = ipaddress.ip_address(request.remote_addr or "")
    except ValueError:
        address = None
    networks = current_app.extensions["ussd"]["networks"]
    if address is None or not any(address in network for network in networks):
        return problem(403, "forbidden", "This address may not call the USSD endpoints (USSD_ALLOWED_NETWORKS).")
    expected = current_app.config.get("USSD_SECRET_PATH") or ""
    if not hmac.compare_digest((secret or "").encode(), expected.encode()):
        return problem(403, "forbidden", "Call the USSD endpoint at its secret path (USSD_SECRET_PATH).")
    return None


def _bad(error: gateways.GatewayError):
    return problem(
        400, "validation_error", f"The gateway's request is incomplete: {error}.", {error.field: [str(error)]}
    )


def _answer(hop: gateways.Hop) -> gateways.Reply:
    try:
        return flow.answer(
            hop, session=db.session, store=_store(), menus=MENUS, max_chars=current_app.config["USSD_MAX_CHARS"]
        )
    except Exception:  # ours, not the farmer's: the same session may go on, nothing half-applied is kept
        log.exception("USSD hop of session %s failed", hop.session_id)
        db.session.rollback()
        return gateways.Reply(i18n.text("ussd.bad.try_again", flow.first_language(hop.phone)))


@blueprint.post("/africastalking")
@blueprint.post("/<secret>/africastalking")
def africastalking(secret: str | None = None):
    refused = _refused(secret)
    if refused is not None:
        return refused
    try:
        hop = gateways.africastalking_hop(request.form)
    except gateways.GatewayError as error:
        return _bad(error)
    return Response(gateways.africastalking_reply(_answer(hop)), mimetype="text/plain")


@blueprint.post("/hubtel")
@blueprint.post("/<secret>/hubtel")
def hubtel(secret: str | None = None):
    refused = _refused(secret)
    if refused is not None:
        return refused
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        return _bad(gateways.GatewayError("body", "not a JSON object"))
    try:
        hop = gateways.hubtel_hop(body)
    except gateways.GatewayError as error:
        return _bad(error)
    return jsonify(gateways.hubtel_reply(_answer(hop)))
