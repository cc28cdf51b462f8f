"""Offline sync for field agents (issue #13; DESIGN.md §7): push mutations, pull changes, and, for officers, the
conflicts and the backlog.

    POST /api/v1/sync/push {device_id, sent_at?, mutations: [{id, seq, type, entity_id?, base_version?, recorded_at,
                            payload}]}   → {results: [{id, status, code?, message?, entity_id, version?}], ...}
    GET  /api/v1/sync/pull?cursor=&limit= → {changes: [{seq, type, entity_id, version, data | deleted}], cursor,
                                             has_more, checksum}
"""

from __future__ import annotations

import functools
import json

from flask import request
from flask.views import MethodView

from ...errors import LendingError, NotFound, ValidationFailed
from ...extensions import Blueprint, db
from ...http.actors import current_actor
from ...models import Farmer, SyncConflict
from ...services import application_views, farmers, loan_views, records, sync
from .. import signed_in
from ..applications.schemas import ApplicationSchema
from ..farmers.schemas import FarmerSchema, FarmerUpdateSchema
from ..loans.schemas import LoanSchema
from ..records.routes import KINDS
from . import appliers
from .schemas import (
    MAX_BATCH,
    BacklogQuery,
    BacklogSchema,
    ConflictQuery,
    ConflictResolveSchema,
    ConflictSchema,
    PullArgs,
    PulledSchema,
    PushedSchema,
    PushSchema,
)

blp = Blueprint("sync", __name__, url_prefix="/api/v1/sync", description="Offline sync for field agents")
PUSHERS = ("agent", "officer")
OFFICERS = ("officer", "admin")


class TooMany(LendingError):
    status, code, message = 413, "too_many_mutations", f"A push carries at most {MAX_BATCH} mutations."


@blp.route("/push")
class PushView(MethodView):
    @signed_in(blp, *PUSHERS)
    @blp.arguments(PushSchema)
    @blp.response(200, PushedSchema)
    def post(self, body):
        """Apply the mutations in the order sent, each exactly once; one result each, in that order. A replayed id
        is `duplicate` with the stored answer; the same id with another body `rejected` (idempotency_mismatch)."""
        pushed = sync.push(  # a batch over MAX_BATCH was refused before it was read (_count_before_reading)
            session=db.session,
            actor=current_actor(),
            device_id=body["device_id"],
            mutations=[sync.Mutation(**m) for m in body["mutations"]],
            apply=appliers.apply,
            sent_at=body.get("sent_at"),
        )
        return pushed


@blp.before_request
def _count_before_reading():
    """A batch over the limit is a 413 before 500 mutations are validated one by one."""
    if request.endpoint == "sync.PushView" and request.method == "POST":
        body = request.get_json(silent=True)
        if isinstance(body, dict) and isinstance(body.get("mutations"), list) and len(body["mutations"]) > MAX_BATCH:
            raise TooMany(errors={"mutations": [f"{len(body['mutations'])} mutations; at most {MAX_BATCH}."]})


@functools.cache
def _schema(schema_class):
    """One instance per schema, reused: building one copies its fields (a page holds up to 1,000 changes)."""
    return schema_class()


def _data(change) -> dict:
    entity, session = change.entity, db.session
    if change.type == "farmer":
        return _schema(FarmerSchema).dump(entity)
    if change.type in KINDS:
        return _schema(KINDS[change.type][2]).dump(entity)
    if change.type == "application":
        view = application_views.application_view(session=session, application=entity)
        return _schema(ApplicationSchema).dump(view)
    return _schema(LoanSchema).dump(loan_views.loan_view(session=session, loan=entity))


@blp.route("/pull")
class PullView(MethodView):
    @signed_in(blp, *PUSHERS)
    @blp.arguments(PullArgs, location="query")
    @blp.response(200, PulledSchema)
    def get(self, args):
        """Changes to your farmers and their records, applications and loans after `cursor`, oldest first; send the
        returned cursor next time. An unknown or expired cursor is a 410: pull again from the beginning."""
        pulled = sync.pull(session=db.session, actor=current_actor(), cursor=args["cursor"], limit=args["limit"])
        return {
            "changes": [
                {"seq": c.seq, "type": c.type, "entity_id": c.entity_id, "version": c.version, "deleted": True}
                if c.deleted
                else {"seq": c.seq, "type": c.type, "entity_id": c.entity_id, "version": c.version, "data": _data(c)}
                for c in pulled.changes
            ],
            "cursor": pulled.cursor,
            "has_more": pulled.has_more,
            "checksum": pulled.checksum,
        }


@blp.route("/conflicts")
class ConflictsView(MethodView):
    @signed_in(blp, *OFFICERS)
    @blp.arguments(ConflictQuery, location="query")
    @blp.response(200, ConflictSchema(many=True))
    def get(self, args):
        """Stale bases from devices: `conflict` (nothing applied; an officer decides) and `merged` (applied over a
        newer record; flagged)."""
        return sync.conflicts(session=db.session, status=args["status"])


def _apply_theirs(session, actor, conflict: SyncConflict) -> None:
    theirs = json.loads(conflict.theirs)
    if conflict.entity_type == "farmer":
        farmer = session.get(Farmer, conflict.entity_id)
        if farmer is None:
            raise NotFound("The farmer is gone.")
        changes = appliers._load(FarmerUpdateSchema, theirs, drop=("version",))
        farmers.update(session=session, actor=actor, farmer_id=farmer.id, expected_version=farmer.version,
                       changes=changes)  # fmt: skip
        return
    if conflict.entity_type in KINDS:
        records.verify(session=session, actor=actor, kind=conflict.entity_type, farmer_id=conflict.farmer_id,
                       record_id=conflict.entity_id, status=theirs["status"], note=theirs.get("note"),
                       expected_version=None)  # fmt: skip
        return
    raise ValidationFailed(errors={"resolution": ["The device's values cannot be applied to this record."]})


@blp.route("/conflicts/<uuid:conflict_id>/resolve")
class ResolveView(MethodView):
    @signed_in(blp, *OFFICERS)
    @blp.arguments(ConflictResolveSchema)
    @blp.response(200, ConflictSchema)
    def post(self, body, conflict_id):
        """Close a conflict: keep the record as the server has it, or apply the device's values to it now."""
        return sync.resolve(
            session=db.session,
            actor=current_actor(),
            conflict_id=conflict_id,
            resolution=body["resolution"],
            note=body["note"],
            apply_theirs=_apply_theirs,
        )


@blp.route("/backlog")
class BacklogView(MethodView):
    @signed_in(blp, *OFFICERS)
    @blp.arguments(BacklogQuery, location="query")
    @blp.response(200, BacklogSchema(many=True))
    def get(self, args):
        """Mutations waiting for the record they need (`waiting`), or given up on after SYNC_BACKLOG_DAYS
        (`rejected`, dependency_missing)."""
        return sync.backlog(session=db.session, status=args["status"])
