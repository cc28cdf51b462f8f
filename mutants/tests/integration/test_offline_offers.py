"""Offline offers (issue #13): an agent fetches signed offers for their farmers, a device verifies them with the
published key set alone, and the server redeems each once when the agent's acceptance syncs — refusing an offer
expired, over its limit, changed, used, another agent's, or signed by a key no longer listed."""

from __future__ import annotations

import base64
import datetime as dt
import json
import threading
import time
import uuid
from contextlib import contextmanager
from decimal import Decimal

import jwt
import pytest
from sqlalchemy import func, select, text

from tests.helpers import another_identity, create_farmer, make_staff, village_position
from tests.integration.test_applications import VILLAGE, steady_farmer, world  # noqa: F401 (fixture)

# RFC 8037 appendix A.1's Ed25519 key (its public x is the RFC's), and a second key: 32 bytes of 0x01
RFC_SEED, RFC_X = "nWGxne/9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A=", "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"
OTHER_SEED = "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE="
DAY = 86400


@contextmanager
def service_session(app):
    """A session as a channel without a request opens it, with the app's settings as they are now."""
    from lending.extensions import db

    with app.app_context():
        session = db.open()
        try:
            yield session
        finally:
            session.close()


def agent_actor(app, agent_id=None):
    from lending.domain.actors import Actor, Role
    from lending.extensions import db
    from lending.models import Agent

    if agent_id is None:
        with app.app_context():
            agent_id = db.session.scalar(select(Agent.id).where(Agent.role == "agent"))
    return Actor(id=agent_id, role=Role.AGENT, villages=frozenset({VILLAGE}))


def offers_for(client, headers, farmer_id: str) -> dict[str, dict]:
    """The farmer's offers in GET /api/v1/sync/offers, by product code."""
    response = client.get("/api/v1/sync/offers", headers=headers)
    assert response.status_code == 200, response.json
    return {offer["product_code"]: offer for offer in response.json["offers"] if offer["farmer_id"] == farmer_id}


def redeem(app, token: str, amount: str, term_months: int, *, actor=None, **options):
    """Redeem as the push's offer.accept does: the service, no request, the agent at the farmer's village."""
    from lending.services import offline_offers, risk

    at_the_farm = risk.Client(position=tuple(float(x) for x in village_position(VILLAGE).split(",")))
    with service_session(app) as session:
        submitted = offline_offers.redeem(
            session=session,
            actor=actor or agent_actor(app),
            token=token,
            amount=Decimal(amount),
            term_months=term_months,
            client=at_the_farm,
            **options,
        )
        application = submitted.application
        return submitted.created, {
            "id": application.id,
            "farmer_id": application.farmer_id,
            "product_id": application.product_id,
            "requested_amount": application.requested_amount,
            "requested_term_months": application.requested_term_months,
            "amount": application.amount,
            "channel": application.channel,
            "status": application.status,
        }


def refusal(app, token: str, amount: str, term_months: int, **options):
    from lending.errors import LendingError

    with pytest.raises(LendingError) as refused:
        redeem(app, token, amount, term_months, **options)
    return refused.value.status, refused.value.code, refused.value.errors


def redemptions(app) -> int:
    from lending.models import OfferRedemption

    with service_session(app) as session:
        return session.scalar(select(func.count()).select_from(OfferRedemption))


def claims_of(token: str) -> dict:
    return jwt.decode(token, options={"verify_signature": False})


def resign(app, claims: dict, kid_and_seed: str | None = None) -> str:
    """`claims` signed again (a new exp, say) with the app's first key, or with `kid_and_seed`."""
    from lending.security import offer_tokens

    return offer_tokens.parse(kid_and_seed or app.config["OFFER_SIGNING_KEYS"]).sign(claims)


def test_the_key_set_is_public_cacheable_and_lists_every_configured_key(app, client, monkeypatch):
    monkeypatch.setitem(app.config, "OFFER_SIGNING_KEYS", f"k2026:{RFC_SEED},k2025:{OTHER_SEED}")
    response = client.get("/.well-known/jwks.json")
    assert response.status_code == 200 and response.headers["Cache-Control"] == "public, max-age=3600"
    keys = response.json["keys"]
    assert keys[0] == {"kty": "OKP", "crv": "Ed25519", "x": RFC_X, "kid": "k2026", "alg": "EdDSA", "use": "sig"}
    assert keys[1]["kid"] == "k2025" and set(keys[1]) == {"kty", "crv", "x", "kid", "alg", "use"}
    seed = base64.urlsafe_b64encode(base64.b64decode(OTHER_SEED)).rstrip(b"=").decode()
    assert len(base64.urlsafe_b64decode(keys[1]["x"] + "=")) == 32 and keys[1]["x"] != seed  # public, never "d"
    paths = client.get("/api/openapi.json").json["paths"]
    assert {"/.well-known/jwks.json", "/api/v1/sync/offers"} <= set(paths)


def test_an_agent_gets_one_offer_per_product_that_holds_at_every_term_and_verifies_with_the_published_key(
    app, client, world
):
    from lending.services import quotes

    farmer = steady_farmer(client, world["agent"])
    no_sales = create_farmer(client, world["agent"], **another_identity())
    response = client.get("/api/v1/sync/offers", headers=world["agent"])
    assert response.status_code == 200 and response.json["jwks_url"] == "/.well-known/jwks.json"
    assert response.json["next_cursor"] is None
    offers = response.json["offers"]
    assert {offer["farmer_id"] for offer in offers} == {farmer["id"]}  # none for the farmer without sales
    assert [offer["product_code"] for offer in offers] == ["EQUIP-ANNUITY", "HARVEST-BALLOON", "MICRO-BULLET"]
    assert no_sales["id"] not in {offer["farmer_id"] for offer in offers}

    key_set = jwt.PyJWKSet.from_dict(client.get("/.well-known/jwks.json").json)
    agent = agent_actor(app)
    with service_session(app) as session:
        for offer in offers:
            header = jwt.get_unverified_header(offer["token"])
            claims = jwt.decode(offer["token"], key_set[header["kid"]].key, algorithms=["EdDSA"])
            assert (header["alg"], header["kid"]) == ("EdDSA", "dev1")
            assert claims == {
                "jti": claims["jti"],
                "sub": farmer["id"],
                "agent": str(agent.id),
                "product": offer["product_code"],
                "currency": "CNY",
                "limit": offer["limit"],
                "min_amount": offer["min_amount"],
                "min_term_months": offer["min_term_months"],
                "max_term_months": offer["max_term_months"],
                "iat": claims["iat"],
                "exp": claims["iat"] + 7 * DAY,  # SYNC_OFFER_DAYS
            }
            assert (
                len(claims["jti"]) == 32
                and offer["expires_at"] == dt.datetime.fromtimestamp(claims["exp"], dt.UTC).isoformat()
            )
            # the limit is the least the engine would approve over every term the product allows
            limits = [
                quotes.quote(
                    session=session,
                    actor=agent,
                    farmer_id=uuid.UUID(farmer["id"]),
                    product_code=offer["product_code"],
                    term_months=months,
                ).limit
                for months in range(offer["min_term_months"], offer["max_term_months"] + 1)
            ]
            assert Decimal(offer["limit"]) == min(limits) >= Decimal(offer["min_amount"])
    # the products' own bounds (seeds/products.json)
    assert [(o["min_amount"], o["min_term_months"], o["max_term_months"]) for o in offers] == [
        ("5000.00", 6, 36),
        ("2000.00", 3, 12),
        ("500.00", 1, 6),
    ]


def test_offers_are_signed_for_agents_only(client, world):
    officer = client.get("/api/v1/sync/offers", headers=world["officer"])
    assert officer.status_code == 403 and officer.json["code"] == "forbidden"
    assert client.get("/api/v1/sync/offers").status_code == 401


def test_an_offer_redeemed_at_its_limit_submits_the_farmers_application_once(app, client, world):
    from lending.models import AuditEvent, OfferRedemption, Product

    farmer = steady_farmer(client, world["agent"])
    offer = offers_for(client, world["agent"], farmer["id"])["EQUIP-ANNUITY"]
    mutation_id = uuid.uuid4()
    created, application = redeem(app, offer["token"], offer["limit"], 12, mutation_id=mutation_id)
    assert created and application["farmer_id"] == uuid.UUID(farmer["id"])
    assert (application["requested_amount"], application["requested_term_months"]) == (Decimal(offer["limit"]), 12)
    assert (application["channel"], application["status"], application["amount"]) == (
        "agent",
        "approved",
        Decimal(offer["limit"]),
    )
    jti = claims_of(offer["token"])["jti"]
    with service_session(app) as session:
        assert session.get(Product, application["product_id"]).code == "EQUIP-ANNUITY"
        redemption = session.get(OfferRedemption, jti)
        assert (redemption.farmer_id, redemption.application_id, redemption.mutation_id) == (
            uuid.UUID(farmer["id"]),
            application["id"],
            mutation_id,
        )
        event = session.scalar(select(AuditEvent).where(AuditEvent.action == "offer.redeem"))
        assert (event.entity_type, event.entity_id, event.detail["application_id"]) == (
            "offer",
            jti,
            str(application["id"]),
        )
    again = refusal(app, offer["token"], offer["limit"], 12)
    assert again == (409, "offer_used", {"offer": ["Already redeemed."]})
    assert redemptions(app) == 1


def test_one_minor_unit_over_the_limit_or_under_the_minimum_is_refused_and_consumes_nothing(app, client, world):
    farmer = steady_farmer(client, world["agent"])
    offer = offers_for(client, world["agent"], farmer["id"])["HARVEST-BALLOON"]
    over = str(Decimal(offer["limit"]) + Decimal("0.01"))
    under = str(Decimal(offer["min_amount"]) - Decimal("0.01"))
    assert refusal(app, offer["token"], over, 12) == (
        422,
        "offer_over_limit",
        {"amount": [f"At most {offer['limit']} CNY."]},
    )
    assert refusal(app, offer["token"], under, 12) == (
        422,
        "offer_under_minimum",
        {"amount": ["At least 2000.00 CNY."]},
    )
    assert redemptions(app) == 0
    created, application = redeem(app, offer["token"], offer["min_amount"], 12)
    assert created and application["requested_amount"] == Decimal("2000.00")


def test_a_term_outside_the_products_is_refused(app, client, world):
    farmer = steady_farmer(client, world["agent"])
    first = offers_for(client, world["agent"], farmer["id"])["EQUIP-ANNUITY"]
    second = offers_for(client, world["agent"], farmer["id"])["EQUIP-ANNUITY"]
    for offer, months in ((first, 5), (second, 37)):
        assert refusal(app, offer["token"], "5000.00", months) == (
            422,
            "offer_term_out_of_range",
            {"term_months": ["Between 6 and 36."]},
        )
    assert redeem(app, first["token"], "5000.00", 6)[1]["requested_term_months"] == 6
    assert redeem(app, second["token"], "5000.00", 36)[1]["requested_term_months"] == 36


def test_a_claim_changed_after_signing_or_a_token_that_is_not_one_is_invalid(app, client, world):
    farmer = steady_farmer(client, world["agent"])
    offer = offers_for(client, world["agent"], farmer["id"])["EQUIP-ANNUITY"]
    header, payload, signature = offer["token"].split(".")
    raised = {**claims_of(offer["token"]), "limit": "99999.00"}
    forged = jwt.utils.base64url_encode(json.dumps(raised).encode()).decode()
    for token in (f"{header}.{forged}.{signature}", "not-a-token", offer["token"][:-4] + "AAAA"):
        assert refusal(app, token, "9000.00", 12) == (422, "offer_invalid", {"offer": ["Not a valid offer."]})
    assert redemptions(app) == 0


def test_an_expired_offer_is_refused(app, client, world):
    farmer = steady_farmer(client, world["agent"])
    claims = claims_of(offers_for(client, world["agent"], farmer["id"])["EQUIP-ANNUITY"]["token"])
    now = int(dt.datetime.now(dt.UTC).timestamp())
    expired = resign(app, {**claims, "iat": now - 8 * DAY, "exp": now - 1})
    assert refusal(app, expired, "5000.00", 12) == (409, "offer_expired", {"offer": ["Expired."]})
    still_valid = resign(app, {**claims, "exp": now + 60})
    assert redeem(app, still_valid, "5000.00", 12)[0]


def test_an_offer_is_redeemed_only_by_the_agent_it_was_issued_to(app, client, world):
    farmer = steady_farmer(client, world["agent"])
    offer = offers_for(client, world["agent"], farmer["id"])["EQUIP-ANNUITY"]
    other_agent_id, _ = make_staff(app, "agent", [VILLAGE])  # sees the same farmer
    other = agent_actor(app, other_agent_id)
    assert refusal(app, offer["token"], "5000.00", 12, actor=other) == (
        403,
        "offer_not_yours",
        {"offer": ["Not issued to you."]},
    )
    assert redemptions(app) == 0


def test_keys_rotate_a_listed_key_verifies_and_a_removed_one_does_not(app, client, world, monkeypatch):
    farmer = steady_farmer(client, world["agent"])
    monkeypatch.setitem(app.config, "OFFER_SIGNING_KEYS", f"k2026:{RFC_SEED},k2025:{OTHER_SEED}")
    offers = offers_for(client, world["agent"], farmer["id"])
    key_set = jwt.PyJWKSet.from_dict(client.get("/.well-known/jwks.json").json)
    for offer in offers.values():  # the first key signs
        assert jwt.get_unverified_header(offer["token"])["kid"] == "k2026"
        jwt.decode(offer["token"], key_set["k2026"].key, algorithms=["EdDSA"])
    by_old_key = [resign(app, claims_of(offers[code]["token"]), f"k2025:{OTHER_SEED}") for code in offers]
    assert redeem(app, by_old_key[0], "5000.00", 12)[0]  # k2025 is still listed: it verifies
    monkeypatch.setitem(app.config, "OFFER_SIGNING_KEYS", f"k2026:{RFC_SEED}")
    assert [key["kid"] for key in client.get("/.well-known/jwks.json").json["keys"]] == ["k2026"]
    assert refusal(app, by_old_key[1], "2000.00", 12)[1] == "offer_invalid"
    assert redeem(app, offers["MICRO-BULLET"]["token"], "500.00", 6)[0]  # k2026's offers still do


def test_the_same_idempotency_key_returns_the_first_application(app, client, world):
    from lending.errors import IdempotencyMismatch

    farmer = steady_farmer(client, world["agent"])
    offer = offers_for(client, world["agent"], farmer["id"])["EQUIP-ANNUITY"]
    key = f"sync:{uuid.uuid4()}"
    first = redeem(app, offer["token"], "6000.00", 12, idempotency_key=key)
    again = redeem(app, offer["token"], "6000.00", 12, idempotency_key=key)
    assert (first[0], again[0], again[1]["id"]) == (True, False, first[1]["id"])
    with pytest.raises(IdempotencyMismatch):
        redeem(app, offer["token"], "5000.00", 12, idempotency_key=key)
    assert redemptions(app) == 1


@pytest.mark.postgres_only
def test_a_redemption_waiting_on_another_of_the_same_offer_is_refused_by_its_key_when_that_one_commits(
    app, client, world, backend
):
    if backend != "postgresql":
        pytest.skip("concurrency and row locks are tested on PostgreSQL (DESIGN.md §3)")
    from lending.errors import LendingError
    from lending.extensions import db
    from lending.models import Application, OfferRedemption

    farmer = steady_farmer(client, world["agent"])
    offer = offers_for(client, world["agent"], farmer["id"])["EQUIP-ANNUITY"]
    outcome = []

    def second() -> None:
        try:
            outcome.append(redeem(app, offer["token"], "5000.00", 12)[0])
        except LendingError as error:
            outcome.append(error.code)

    with service_session(app) as first:
        first.add(OfferRedemption(token_id=claims_of(offer["token"])["jti"], farmer_id=uuid.UUID(farmer["id"])))
        first.flush()  # the first redemption holds the offer's key, not committed yet
        waiting = threading.Thread(target=second)
        waiting.start()
        with app.app_context(), db.engine.connect() as watcher:
            deadline = time.monotonic() + 30
            while not watcher.scalar(text(WAITING_ON_A_LOCK)) and time.monotonic() < deadline:
                time.sleep(0.02)  # until the second one's insert waits on the first one's key
            assert watcher.scalar(text(WAITING_ON_A_LOCK)) == 1
        first.commit()
        waiting.join(timeout=60)
    assert outcome == ["offer_used"]
    assert redemptions(app) == 1
    with service_session(app) as session:
        assert session.scalar(select(func.count()).select_from(Application)) == 0  # the second one submitted nothing


WAITING_ON_A_LOCK = (
    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
)
