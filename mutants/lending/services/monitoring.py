"""Model monitoring: recent decisions' scores (PSI) and features (CSI) against the training baseline."""

from __future__ import annotations

import math

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Decision, ModelVersion
from ..scoring import monitor
from . import registry


def drift(*, session: Session, version: ModelVersion, window: int) -> dict:
    """PSI and CSI over the last `window` decisions of `version`; {"n": 0, "status": "no_data"} before any."""
    rows = session.execute(
        select(Decision.score, Decision.features)
        .where(Decision.model_version == version.version)
        .order_by(Decision.created_at.desc())
        .limit(window)
    ).all()
    if not rows:
        return {"n": 0, "status": "no_data", "psi": None, "csi": {}}
    reference = registry.load_version(version).metadata["baseline"]
    names = reference["feature_order"]
    X = np.array(
        [[math.nan if values.get(name) is None else values[name] for name in names] for _, values in rows],
        dtype=np.float64,
    )
    return monitor.drift(reference, np.array([score for score, _ in rows], dtype=np.float64), X)


def summary(*, session: Session, version: ModelVersion, window: int) -> dict:
    model = registry.load_version(version)
    return {
        "version": version.version,
        "created_at": version.created_at,
        "promoted_at": version.promoted_at,
        "data_hash": version.data_hash,
        "metrics": version.metrics,
        "features": model.feature_names,
        "monotone": model.metadata.get("monotone", {}),
        "training": model.metadata.get("training", {}),
        "drift": drift(session=session, version=version, window=window),
    }
