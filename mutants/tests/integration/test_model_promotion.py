"""`registry.promote_trained`: after training, a model becomes current when forced, or when it is the first and its
champion beat the challenger; otherwise it stays registered until a person promotes it."""

from __future__ import annotations

import json
import shutil

import pytest
from sqlalchemy import select

from lending.domain.actors import SYSTEM
from lending.models import AuditEvent
from lending.services import registry

FIRST, SECOND = "20250101-000000-aaaaaaaa", "20250102-000000-bbbbbbbb"


@pytest.fixture
def registered(session, trained_model_dir, tmp_path):
    """Two registered, unpromoted copies of the session's model, versions FIRST and SECOND."""
    for version in (FIRST, SECOND):
        directory = shutil.copytree(trained_model_dir, tmp_path / version)
        metadata = json.loads((directory / "metadata.json").read_text(encoding="utf-8"))
        (directory / "metadata.json").write_text(json.dumps({**metadata, "version": version}), encoding="utf-8")
        registry.register(session=session, actor=SYSTEM, path=directory)


def _current(session) -> str | None:
    session.expire_all()
    current = registry.current_version(session=session)
    return current and current.version


def test_first_model_whose_champion_wins_is_promoted(session, registered):
    assert registry.promote_trained(session=session, actor=SYSTEM, version=FIRST, champion_wins=True) is True
    assert _current(session) == FIRST
    assert session.scalars(select(AuditEvent.entity_id).where(AuditEvent.action == "model.promote")).all() == [FIRST]


def test_first_model_whose_champion_loses_is_not_promoted(session, registered):
    assert registry.promote_trained(session=session, actor=SYSTEM, version=FIRST, champion_wins=False) is False
    assert _current(session) is None


def test_later_model_waits_for_a_person_while_one_is_current(session, registered):
    registry.promote(session=session, actor=SYSTEM, version=FIRST)

    assert registry.promote_trained(session=session, actor=SYSTEM, version=SECOND, champion_wins=True) is False
    assert _current(session) == FIRST


@pytest.mark.parametrize("champion_wins", [True, False])
def test_forced_model_replaces_the_current_one(session, registered, champion_wins):
    registry.promote(session=session, actor=SYSTEM, version=FIRST)

    assert (
        registry.promote_trained(session=session, actor=SYSTEM, version=SECOND, champion_wins=champion_wins, force=True)
        is True
    )
    assert _current(session) == SECOND
    assert [version.version for version in registry.list_(session=session) if version.is_current] == [SECOND]
