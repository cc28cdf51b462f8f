"""A farmer's records — land transfers, crop sales, equipment purchases — added, listed, read and verified.

The three kinds share one set of views, built per kind below so that each gets its own paths and schemas.
"""

from __future__ import annotations

from flask.views import MethodView

from ...domain.actors import STAFF_ROLES
from ...extensions import Blueprint, db
from ...http.actors import current_actor
from ...services import records
from .. import etag, signed_in
from . import schemas

blp = Blueprint(
    "records",
    __name__,
    url_prefix="/api/v1/farmers",
    description="A farmer's land transfers, crop sales and equipment purchases",
)
VERIFIERS = ("agent", "officer")

KINDS = {
    "land_transfer": ("land-transfers", schemas.LandTransferCreateSchema, schemas.LandTransferSchema),
    "crop_sale": ("crop-sales", schemas.CropSaleCreateSchema, schemas.CropSaleSchema),
    "equipment_purchase": (
        "equipment-purchases",
        schemas.EquipmentPurchaseCreateSchema,
        schemas.EquipmentPurchaseSchema,
    ),
}


def _register(kind: str, path: str, create_schema, record_schema) -> None:
    noun = kind.replace("_", " ")
    PageSchema = schemas.page_schema(record_schema)

    class Collection(MethodView):
        @signed_in(blp)
        @blp.arguments(schemas.RecordQuerySchema, location="query")
        @blp.response(200, PageSchema)
        def get(self, args, farmer_id):
            return records.list_(
                session=db.session,
                actor=current_actor(),
                kind=kind,
                farmer_id=farmer_id,
                status=args.get("status"),
                cursor=args.get("cursor"),
                limit=args["limit"],
            )

        @signed_in(blp, *STAFF_ROLES, "borrower")
        @blp.arguments(create_schema)
        @blp.response(201, record_schema)
        @blp.alt_response(
            200,
            schema=record_schema,
            success=True,
            description="A retry with the same id and body: the stored record, nothing recorded.",
        )
        def post(self, values, farmer_id):
            record, created = records.create(
                session=db.session, actor=current_actor(), farmer_id=farmer_id, entry=records.ENTRIES[kind](**values)
            )
            return record, 201 if created else 200, etag(record.version)

    class Item(MethodView):
        @signed_in(blp)
        @blp.response(200, record_schema)
        def get(self, farmer_id, record_id):
            record = records.get_or_raise(
                session=db.session, actor=current_actor(), kind=kind, farmer_id=farmer_id, record_id=record_id
            )
            return record, 200, etag(record.version)

    class Verification(MethodView):
        @signed_in(blp, *VERIFIERS)
        @blp.arguments(schemas.VerifySchema)
        @blp.response(200, record_schema)
        def post(self, args, farmer_id, record_id):
            record = records.verify(
                session=db.session,
                actor=current_actor(),
                kind=kind,
                farmer_id=farmer_id,
                record_id=record_id,
                status=args["status"],
                note=args.get("note"),
                expected_version=args.get("version"),
            )
            return record, 200, etag(record.version)

    Collection.get.__doc__ = f"List a farmer's {noun}s, oldest first (filter by verification `status`)."
    Collection.post.__doc__ = f"Add a {noun} (retry-safe with a client `id`)."
    Item.get.__doc__ = f"Read one {noun}."
    Verification.post.__doc__ = f"Mark a {noun} verified or rejected after checking the evidence (agent, officer)."
    for view, suffix in ((Collection, ""), (Item, "/<uuid:record_id>"), (Verification, "/<uuid:record_id>/verify")):
        view.__name__ = f"{kind}_{view.__name__}"
        blp.route(f"/<uuid:farmer_id>/{path}{suffix}", endpoint=view.__name__)(view)


for _kind, (_path, _create, _record) in KINDS.items():
    _register(_kind, _path, _create, _record)
