"""Farmers: enrol, list, read, update (If-Match)."""

from __future__ import annotations

from flask.views import MethodView

from ...domain.actors import STAFF_ROLES
from ...extensions import Blueprint, db
from ...http.actors import current_actor
from ...services import farmers, subjects
from .. import IF_MATCH, etag, expected_version, signed_in
from .schemas import (
    EraseSchema,
    ExportSchema,
    FarmerCreateSchema,
    FarmerIdentitySchema,
    FarmerPageSchema,
    FarmerQuerySchema,
    FarmerSchema,
    FarmerUpdateSchema,
)

blp = Blueprint("farmers", __name__, url_prefix="/api/v1/farmers", description="Farmers and their identity")


@blp.route("")
class FarmersView(MethodView):
    @signed_in(blp, *STAFF_ROLES)
    @blp.arguments(FarmerQuerySchema, location="query")
    @blp.response(200, FarmerPageSchema)
    def get(self, args):
        """List the farmers you may see, oldest first, a page at a time (`next_cursor`)."""
        cursor, limit = args.pop("cursor", None), args.pop("limit")
        return farmers.list_(session=db.session, actor=current_actor(), filters=args, cursor=cursor, limit=limit)

    @signed_in(blp, *STAFF_ROLES)
    @blp.arguments(FarmerCreateSchema)
    @blp.response(201, FarmerSchema)
    @blp.alt_response(
        200,
        schema=FarmerSchema,
        success=True,
        description="The same id and body again: the farmer already enrolled, enrolled once.",
    )
    def post(self, values):
        """Enrol a farmer. Retrying with the same `id` and body returns the farmer (200), never a second one."""
        farmer, created = farmers.create(session=db.session, actor=current_actor(), command=farmers.Enrolment(**values))
        return farmer, 201 if created else 200, etag(farmer.version)


@blp.route("/<uuid:farmer_id>")
class FarmerView(MethodView):
    @signed_in(blp)
    @blp.response(200, FarmerSchema)
    def get(self, farmer_id):
        """Read one farmer (404 when it is not one of yours)."""
        farmer = farmers.get_or_raise(session=db.session, actor=current_actor(), farmer_id=farmer_id)
        return farmer, 200, etag(farmer.version)

    @signed_in(blp)
    @blp.doc(**IF_MATCH)
    @blp.arguments(FarmerUpdateSchema)
    @blp.response(200, FarmerSchema)
    def patch(self, changes, farmer_id):
        """Change some fields. Send `If-Match` with the ETag you read; a stale one gets 412."""
        version = expected_version(changes.pop("version", None))
        farmer = farmers.update(
            session=db.session, actor=current_actor(), farmer_id=farmer_id, expected_version=version, changes=changes
        )
        return farmer, 200, etag(farmer.version)


@blp.route("/<uuid:farmer_id>/identity")
class FarmerIdentityView(MethodView):
    @signed_in(blp)
    @blp.response(200, FarmerIdentitySchema)
    def get(self, farmer_id):
        """The farmer's whole phone and national ID (elsewhere they are masked). Every read is in the audit log."""
        return farmers.identity(session=db.session, actor=current_actor(), farmer_id=farmer_id)


@blp.route("/<uuid:farmer_id>/export")
class FarmerExportView(MethodView):
    @signed_in(blp)
    @blp.response(200, ExportSchema)
    def get(self, farmer_id):
        """Everything held about the farmer, whole (a data-subject access request, PIPL art. 45); audited."""
        return subjects.export(session=db.session, actor=current_actor(), farmer_id=farmer_id)


@blp.route("/<uuid:farmer_id>/erase")
class FarmerEraseView(MethodView):
    @signed_in(blp, "officer", "admin")
    @blp.arguments(EraseSchema)
    @blp.response(200, FarmerSchema)
    def post(self, values, farmer_id):
        """Erase the farmer's personal data as far as the law allows: pseudonymise the name, remove phone, national
        ID, birth year and household size, revoke consents; loans, their ledger and decisions stay. 409 while a loan
        is open. Erasing twice is harmless."""
        farmer = subjects.erase(session=db.session, actor=current_actor(), farmer_id=farmer_id, **values)
        return farmer, 200, etag(farmer.version)
