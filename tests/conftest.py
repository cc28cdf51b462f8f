"""Test fixtures: one migrated database per backend per session (SQLite always; PostgreSQL when
TEST_DATABASE_URL is set, required when REQUIRE_POSTGRES=1), emptied after every test, dropped at the end."""

from __future__ import annotations

import datetime as dt
import os
import uuid

import hypothesis
import pytest
import time_machine
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from lending.migrate import upgrade

SECRET = "test-secret-key-that-is-long-enough-for-hs256"
PASSWORD = "correct horse battery"


def pytest_addoption(parser):
    parser.addoption(
        "--clock",
        metavar="MOMENT",
        help="run with the clock moved to MOMENT (ISO 8601; UTC unless it has an offset); it ticks on from there. "
        "Set LENDER_TZ as well to try a lender's timezone other than the default (e.g. on a DST change).",
    )


def pytest_configure(config):
    moment = config.getoption("--clock")
    if moment:
        start = dt.datetime.fromisoformat(moment)
        start = start if start.tzinfo else start.replace(tzinfo=dt.UTC)
        config.stash[_CLOCK] = time_machine.travel(start, tick=True)
        config.stash[_CLOCK].start()


def pytest_unconfigure(config):
    if _CLOCK in config.stash:
        config.stash[_CLOCK].stop()


def pytest_report_header(config):
    if config.getoption("--clock"):
        return f"clock moved to {config.getoption('--clock')}; LENDER_TZ={os.environ.get('LENDER_TZ', 'default')}"


_CLOCK = pytest.StashKey[time_machine.travel]()

# Under mutation testing (make mutate) each mutant runs the tests that reach it: property tests try fewer, fixed
# examples there, so a mutant's verdict is repeatable and the run takes minutes, not hours. The literal tests at every
# tie and boundary do the killing; `make test` keeps hypothesis's defaults.
hypothesis.settings.register_profile("mutation", max_examples=20, derandomize=True, deadline=None)
if os.environ.get("AGRILEND_MUTATION") == "1":  # set by tests/mutation.py
    hypothesis.settings.load_profile("mutation")


def _backends() -> list[str]:
    if os.environ.get("TEST_DATABASE_URL"):
        return ["sqlite", "postgresql"]
    if os.environ.get("REQUIRE_POSTGRES") == "1":
        raise pytest.UsageError("REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set")
    return ["sqlite"]


def postgres_schema_url(base_url: str, schema: str) -> str:
    url = make_url(base_url).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def fresh_database(tmp_path_factory):
    """Factory: an empty database of the given backend (a new SQLite file or PostgreSQL schema), dropped later."""
    created: list[tuple[str, str]] = []

    def make(backend: str) -> str:
        if backend == "sqlite":
            return f"sqlite:///{tmp_path_factory.mktemp('db') / 'agrilend.sqlite3'}"
        base = os.environ["TEST_DATABASE_URL"]
        schema = f"test_{uuid.uuid4().hex[:12]}"
        engine = create_engine(base)
        with engine.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        engine.dispose()
        created.append((base, schema))
        return postgres_schema_url(base, schema)

    yield make
    for base, schema in created:
        engine = create_engine(base)
        with engine.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


@pytest.fixture(scope="session", params=_backends())
def backend(request) -> str:
    return request.param


@pytest.fixture(scope="session")
def database_url(backend, fresh_database) -> str:
    url = fresh_database(backend)
    upgrade(url)
    return url


@pytest.fixture(scope="session")
def app(database_url, tmp_path_factory):
    from app import create_app

    # no rate limits: the suite makes thousands of requests from 127.0.0.1, and tests that no row changes would
    # see the counters; tests/integration/test_limits.py makes apps of its own with small limits
    application = create_app(
        {
            "DATABASE_URL": database_url,
            "SECRET_KEY": SECRET,
            "TESTING": True,
            "LOG_LEVEL": "WARNING",
            "RATELIMIT_ENABLED": False,
            "ATTACHMENT_DIR": str(tmp_path_factory.mktemp("attachments")),
        }
    )
    yield application
    with application.app_context():
        from lending.extensions import db

        db.engine.dispose()


@pytest.fixture(autouse=True)
def _empty_tables(request):
    """After each test that used the database, delete every row (children first). The audit log's append-only
    guard is lifted for the delete and put back (as the migration installs it) in the same transaction."""
    yield
    if "app" not in request.fixturenames:
        return
    application = request.getfixturevalue("app")
    from lending.extensions import db
    from lending.models import Base
    from lending.models.audit import APPEND_ONLY_GUARD

    with application.app_context():
        with db.engine.begin() as connection:
            install, remove = APPEND_ONLY_GUARD[connection.dialect.name]
            for statement in remove:
                connection.execute(text(statement))
            for table in reversed(Base.metadata.sorted_tables):
                connection.execute(table.delete())
            for statement in install:
                connection.execute(text(statement))


@pytest.fixture(autouse=True)
def _villages(request):
    """Each test that uses the database starts with the villages of seeds/villages.json (emptied after it, like
    every table): farmers are enrolled, and agents assigned, in known villages only."""
    if "app" in request.fixturenames:
        from tests.helpers import load_villages

        load_villages(request.getfixturevalue("app"))


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def session(app):
    from lending.extensions import db

    with app.app_context():
        yield db.session


@pytest.fixture(scope="session")
def trained_model_dir(tmp_path_factory) -> str:
    """A real model trained once per session on the first 4,000 seed farmers (a couple of seconds)."""
    import itertools
    from pathlib import Path

    from lending.scoring import batch

    seeds = Path(__file__).resolve().parents[1] / "seeds" / "farmers.jsonl"
    data = tmp_path_factory.mktemp("train") / "farmers-4000.jsonl"
    with open(seeds, encoding="utf-8") as source:
        data.write_text("".join(itertools.islice(source, 4000)), encoding="utf-8")
    out = tmp_path_factory.mktemp("model")
    batch.train_file(data, out)
    return str(out)


@pytest.fixture
def current_model(app, trained_model_dir):
    """The session's model, registered and promoted in this test's database."""
    from lending.domain.actors import SYSTEM
    from lending.extensions import db
    from lending.services import registry

    with app.app_context():
        version = registry.register(session=db.session, actor=SYSTEM, path=trained_model_dir)
        registry.promote(session=db.session, actor=SYSTEM, version=version.version)
        return version.version
