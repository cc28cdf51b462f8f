"""Liveness and readiness."""

from __future__ import annotations

from flask.views import MethodView
from marshmallow import Schema, fields
from sqlalchemy import text

from ...errors import LendingError
from ...extensions import Blueprint, db

blp = Blueprint("health", __name__, url_prefix="", description="Liveness and readiness")


class HealthSchema(Schema):
    status = fields.String()


class NotReady(LendingError):
    status, code, message = 503, "not_ready", "The database is not reachable."


@blp.route("/healthz")
class HealthView(MethodView):
    @blp.response(200, HealthSchema)
    def get(self):
        """The process is up (touches nothing)."""
        return {"status": "ok"}


@blp.route("/readyz")
class ReadyView(MethodView):
    @blp.response(200, HealthSchema)
    def get(self):
        """The process can serve: the database answers."""
        try:
            db.session.execute(text("SELECT 1"))
        except Exception as error:  # any driver error means not ready; say so instead of a 500
            raise NotReady(errors={"database": [type(error).__name__]}) from None
        return {"status": "ready"}
