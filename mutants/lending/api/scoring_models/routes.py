"""The scoring model registry: which model decides, how well it did on the holdout, and whether it drifts."""

from __future__ import annotations

from flask import current_app
from flask.views import MethodView

from ...extensions import Blueprint, db
from ...services import monitoring, registry
from .. import signed_in
from .schemas import CurrentModelSchema, ModelVersionSchema

blp = Blueprint("models", __name__, url_prefix="/api/v1/models", description="Scoring models and their drift")


@blp.route("")
class ModelsView(MethodView):
    @signed_in(blp, "officer", "admin")
    @blp.response(200, ModelVersionSchema(many=True))
    def get(self):
        """Registered model versions, newest first."""
        return registry.list_(session=db.session)


@blp.route("/current")
class CurrentModelView(MethodView):
    @signed_in(blp, "officer", "admin")
    @blp.response(200, CurrentModelSchema)
    def get(self):
        """The model the API decides with: version, holdout metrics and drift of recent decisions."""
        version, _ = registry.current(session=db.session)
        return monitoring.summary(session=db.session, version=version, window=current_app.config["DRIFT_WINDOW"])
