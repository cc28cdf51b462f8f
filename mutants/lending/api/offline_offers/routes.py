"""Offline offers for field agents, and the public key set (JWKS) that verifies them."""

from __future__ import annotations

from flask.views import MethodView

from ...domain.actors import Role
from ...extensions import Blueprint, db
from ...http.actors import current_actor
from ...security import offer_tokens
from ...services import offline_offers
from .. import signed_in
from .schemas import JwksSchema, OfferQuerySchema, OfflineOffersSchema

JWKS_PATH = "/.well-known/jwks.json"

blp = Blueprint(
    "offline_offers", __name__, url_prefix="/api/v1/sync/offers", description="Signed offers agents carry offline"
)
keys_blp = Blueprint("offer_keys", __name__, url_prefix="/.well-known", description="Keys that verify offline offers")


@keys_blp.record_once
def _check_keys(state) -> None:
    """A malformed OFFER_SIGNING_KEYS stops the app at start, not at the first offer."""
    offer_tokens.parse(state.app.config["OFFER_SIGNING_KEYS"])


@blp.route("")
class OfflineOffersView(MethodView):
    @signed_in(blp, Role.AGENT)
    @blp.arguments(OfferQuerySchema, location="query")
    @blp.response(200, OfflineOffersSchema)
    def get(self, args):
        """Signed offers for a page of your farmers: one per product the engine would approve now, valid for
        SYNC_OFFER_DAYS, redeemed once through the sync push (`offer.accept`)."""
        issued = offline_offers.issue(
            session=db.session, actor=current_actor(), cursor=args.get("cursor"), limit=args["limit"]
        )
        return {"offers": issued.offers, "next_cursor": issued.next_cursor, "jwks_url": JWKS_PATH}


@keys_blp.route("/jwks.json")
class JwksView(MethodView):
    @keys_blp.response(200, JwksSchema)
    def get(self):
        """The public keys of offline offers (no sign-in): verify an offer with the key its header's kid names."""
        headers = {"Cache-Control": f"public, max-age={offer_tokens.JWKS_MAX_AGE}"}
        return offline_offers.key_set(session=db.session), 200, headers
