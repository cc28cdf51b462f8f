"""Consents per purpose: grant, revoke, list."""

from __future__ import annotations

from flask.views import MethodView

from ...extensions import Blueprint, db
from ...http.actors import current_actor
from ...i18n.consents import catalogue
from ...services import consents
from .. import signed_in
from .schemas import ConsentGrantSchema, ConsentQuerySchema, ConsentSchema, ConsentTextSchema

blp = Blueprint("consents", __name__, url_prefix="/api/v1/farmers", description="Consents per purpose (PIPL)")


@blp.route("/<uuid:farmer_id>/consents")
class ConsentsView(MethodView):
    @signed_in(blp)
    @blp.arguments(ConsentQuerySchema, location="query")
    @blp.response(200, ConsentSchema(many=True))
    def get(self, args, farmer_id):
        """List a farmer's consents, oldest first."""
        return consents.list_(
            session=db.session, actor=current_actor(), farmer_id=farmer_id, active_only=args["active"]
        )

    @signed_in(blp)
    @blp.arguments(ConsentGrantSchema)
    @blp.response(201, ConsentSchema)
    @blp.alt_response(
        200,
        schema=ConsentSchema,
        success=True,
        description="The same consent was already active: it is returned, nothing is recorded.",
    )
    def post(self, values, farmer_id):
        """Grant consent for a purpose under a text version; a newer text supersedes the active consent."""
        consent, created = consents.grant(
            session=db.session, actor=current_actor(), farmer_id=farmer_id, command=consents.Grant(**values)
        )
        return consent, 201 if created else 200


@blp.route("/<uuid:farmer_id>/consents/<uuid:consent_id>/revoke")
class ConsentRevokeView(MethodView):
    @signed_in(blp)
    @blp.response(200, ConsentSchema)
    def post(self, farmer_id, consent_id):
        """Revoke a consent (revoking twice is harmless)."""
        return consents.revoke(session=db.session, actor=current_actor(), farmer_id=farmer_id, consent_id=consent_id)


texts_blp = Blueprint(
    "consent_texts", __name__, url_prefix="/api/v1/consent-texts", description="The texts consents are given against"
)


@texts_blp.route("")
class ConsentTextsView(MethodView):
    @texts_blp.response(200, ConsentTextSchema(many=True))
    def get(self):
        """Every purpose's consent texts, every version, in Chinese and English (no sign-in: shown before it)."""
        return catalogue()
