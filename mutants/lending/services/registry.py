"""The model registry: trained artifacts registered by version; exactly one current model decides applications."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..domain.actors import Actor
from ..errors import LendingError, NotFound
from ..models import ModelVersion
from ..models.base import utcnow
from ..scoring import model as scoring_model
from . import audit
from .unit_of_work import use_case


class ModelUnavailable(LendingError):
    status, code, message = 503, "model_unavailable", "No scoring model is promoted yet; try again shortly."


@use_case
def register(*, session: Session, actor: Actor, path: str | Path) -> ModelVersion:
    """Record the artifact at `path` (idempotent by version). Does not promote it."""
    directory = Path(path).resolve()
    metadata = json.loads((directory / "metadata.json").read_text(encoding="utf-8"))
    existing = session.get(ModelVersion, metadata["version"])
    if existing is not None:
        return existing
    version = ModelVersion(
        version=metadata["version"],
        path=str(directory),
        data_hash=metadata["data_hash"],
        metrics=metadata["metrics"],
        created_at=dt.datetime.fromisoformat(metadata["created_at"]),
    )
    session.add(version)
    audit.record(
        session,
        actor=actor,
        action="model.register",
        entity_type="model_version",
        entity_id=version.version,
        detail={"path": str(directory), "metrics": metadata["metrics"]},
    )
    return version


@use_case
def promote(*, session: Session, actor: Actor, version: str) -> ModelVersion:
    """Make `version` the model the API decides with (the previous one stays registered)."""
    target = session.get(ModelVersion, version)
    if target is None:
        raise NotFound(f"No registered model {version!r}.", errors={"version": ["Not registered."]})
    scoring_model.load(target.path)  # refuse to promote an artifact that does not load
    session.execute(update(ModelVersion).where(ModelVersion.is_current.is_(True)).values(is_current=False))
    target.is_current, target.promoted_at = True, utcnow()
    audit.record(
        session, actor=actor, action="model.promote", entity_type="model_version", entity_id=version, detail={}
    )
    return target


def promote_trained(*, session: Session, actor: Actor, version: str, champion_wins: bool, force: bool = False) -> bool:
    """After training: make the registered `version` current when `force` is given, or else only when no model is
    current yet and its champion beat the challenger on the holdout (a later model waits for `promote`, by a person).
    Returns whether it was promoted."""
    if not force and (not champion_wins or current_version(session=session) is not None):
        return False
    promote(session=session, actor=actor, version=version)
    return True


def list_(*, session: Session) -> list[ModelVersion]:
    return list(session.scalars(select(ModelVersion).order_by(ModelVersion.created_at.desc())))


def current_version(*, session: Session) -> ModelVersion | None:
    return session.scalar(select(ModelVersion).where(ModelVersion.is_current.is_(True)))


def load_version(version: ModelVersion) -> scoring_model.Model:
    """The loaded model of a registered version (loaded once per process, then cached).

    One thread per prediction: a decision scores one row, and OpenMP threads of several workers on the same
    cores only wait for each other."""
    model = scoring_model.load(version.path)
    model.booster.set_param({"nthread": 1})
    return model


def current(*, session: Session) -> tuple[ModelVersion, scoring_model.Model]:
    version = current_version(session=session)
    if version is None:
        raise ModelUnavailable()
    return version, load_version(version)


def get_model(*, session: Session, version: str) -> scoring_model.Model:
    registered = session.get(ModelVersion, version)
    if registered is None:
        raise NotFound(f"No registered model {version!r}.")
    return load_version(registered)
