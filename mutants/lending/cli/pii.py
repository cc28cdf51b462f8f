"""`flask pii rotate-key [--reindex]` and `flask pii status`: personal data under the current key."""

from __future__ import annotations

import click

from ..extensions import db
from . import Group

group = Group("pii", help="Encrypted personal data (national ID, phone).")


@group.command("status")
def status():
    """How many stored values are not yet encrypted under the current (first) PII_KEY."""
    from ..security import pii
    from ..services import rekey

    counts = rekey.pending(db.session)
    click.echo(f"current key: {pii.keyring().current}")
    for name, count in counts.items():
        click.echo(f"  {name}: {count} under an older key")


@group.command("rotate-key")
@click.option("--reindex", is_flag=True, help="also recompute every blind index (after PII_INDEX_KEY changed)")
def rotate_key(reindex):
    """Re-encrypt every phone and national ID under the first key of PII_KEY (resumable; safe to run twice)."""
    from ..security import pii
    from ..services import rekey

    total = sum(rekey.pending(db.session).values())
    with click.progressbar(length=max(total, 1), label=f"re-encrypting under {pii.keyring().current}") as bar:
        done = rekey.rotate(db.session, reindex=reindex, progress=bar.update)
    click.echo(", ".join(f"{name}: {count}" for name, count in done.items()))
