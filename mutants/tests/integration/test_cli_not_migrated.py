"""Any command run against a database that is not migrated says so in one line and how to fix it, exit 2."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from tests.conftest import SECRET

NOT_MIGRATED = "Error: the database is not migrated: run `flask db upgrade`\n"
SEED_FARMERS = Path(__file__).resolve().parents[2] / "seeds" / "farmers.jsonl"


@pytest.fixture
def unmigrated_app(backend, fresh_database):
    """An app on a new, empty database (a fresh clone before `flask db upgrade`)."""
    from app import create_app
    from lending.extensions import db

    application = create_app(
        {
            "DATABASE_URL": fresh_database(backend),
            "SECRET_KEY": SECRET,
            "TESTING": True,
            "LOG_LEVEL": "WARNING",
            "RATELIMIT_ENABLED": False,
        }
    )
    yield application
    with application.app_context():
        db.engine.dispose()


@pytest.mark.parametrize(
    "args",
    [
        ["seed", "--farmers", "1"],
        ["users", "create", "--role", "officer", "--phone", "+8613900000099", "--password", "long enough"],
        ["model", "list"],
        ["model", "ensure"],
        ["model", "promote", "20250101-000000-abcdef12"],
        ["cob", "run", "--date", "2025-01-31"],
        ["outbox", "run", "--once"],
        ["audit", "verify"],
        ["pii", "status"],
        ["ussd", "simulate", "--phone", "+254712345678"],
        ["sync", "status"],
    ],
    ids=" ".join,
)
def test_command_on_an_unmigrated_database_says_so_in_one_line(unmigrated_app, args):
    result = unmigrated_app.test_cli_runner().invoke(args=args)

    assert result.exit_code == 2, result.output
    assert result.output == NOT_MIGRATED


def test_model_train_on_an_unmigrated_database_ends_with_the_one_line(unmigrated_app, tmp_path):
    data = tmp_path / "farmers-2000.jsonl"
    with open(SEED_FARMERS, encoding="utf-8") as source:
        data.write_text("".join(itertools.islice(source, 2000)), encoding="utf-8")

    result = unmigrated_app.test_cli_runner().invoke(
        args=["model", "train", "--data", str(data), "--out", str(tmp_path / "model")]
    )

    assert result.exit_code == 2, result.output
    assert result.stderr.endswith(NOT_MIGRATED) and "Traceback" not in result.output
    assert result.output.count("not migrated") == 1


def test_db_upgrade_is_the_fix(unmigrated_app):
    runner = unmigrated_app.test_cli_runner()

    assert runner.invoke(args=["db", "upgrade"]).output == "database at head\n"
    listed = runner.invoke(args=["model", "list"])
    assert (listed.exit_code, listed.output) == (0, "")
