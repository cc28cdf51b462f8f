"""`flask sync status`: the field agents' devices, what waits in the sync backlog, the conflicts officers have open."""

from __future__ import annotations

import click

from ..extensions import db
from . import Group

group = Group("sync", help="Offline sync of the field agents' devices.")

COLUMNS = ("device", "agent", "last push (UTC)", "clock offset", "skew", "waiting", "open conflicts")
NUMBERS = {3, 5, 6}  # right-aligned columns


def _offset(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds:+.1f} s"


def _table(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    return [
        "  ".join(
            cell.rjust(widths[i]) if i in NUMBERS else cell.ljust(widths[i]) for i, cell in enumerate(row)
        ).rstrip()
        for row in rows
    ]


@group.command("status")
def status():
    """Each device that has pushed (its agent, last push, clock offset against the server and whether it was ever
    skewed by more than 10 minutes, mutations waiting, open conflicts), then the totals."""
    from ..services import sync_status

    found = sync_status.status(session=db.session)
    if found.devices:
        rows = [
            (
                line.device.device_id,
                line.agent_name or str(line.device.agent_id),
                f"{line.device.last_push_at:%Y-%m-%d %H:%M:%S}" if line.device.last_push_at else "-",
                _offset(line.device.clock_offset_seconds),
                "yes" if line.device.skew_flagged else "no",
                str(line.waiting),
                str(line.open_conflicts),
            )
            for line in found.devices
        ]
        for text in _table([COLUMNS, *rows]):
            click.echo(text)
    else:
        click.echo("no device has pushed yet")
    click.echo(f"backlog waiting: {found.waiting}")
    click.echo(f"rejected dependency_missing: {found.dependency_missing}")
    click.echo("open conflicts: " + ", ".join(f"{kind} {count}" for kind, count in found.open_conflicts.items()))
