"""`flask audit verify` — check the audit log's hash chain from its first event to its last."""

from __future__ import annotations

import sys

import click

from ..extensions import db
from . import Group

group = Group("audit", help="The append-only, hash-chained audit log.")


@group.command("verify")
@click.option("--batch-size", type=click.IntRange(min=1), default=5000, show_default=True, help="events read per query")
def verify(batch_size):
    """Recompute every event's hash and check every link; exit 1 naming the first broken one."""
    from ..services import audit

    total = audit.count(session=db.session)
    with click.progressbar(length=total, label="verifying", show_pos=True, file=sys.stderr) as bar:
        result = audit.verify(session=db.session, batch_size=batch_size, progress=bar.update)
    broken = result.broken
    if broken is None:
        click.echo(f"audit chain OK: {result.checked} events, last hash {result.last_hash}")
        return
    entity = f"{broken.entity_type} {broken.entity_id}" if broken.entity_id is not None else broken.entity_type
    click.echo(
        f"audit chain BROKEN at event {broken.event_id} ({broken.action} on {entity}): {broken.reason}. "
        f"{result.checked - 1} events before it are intact, the last ending in {result.last_hash}.",
        err=True,
    )
    sys.exit(1)
