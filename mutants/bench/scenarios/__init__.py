"""The scenarios `make bench` runs, in this order. Add one: a module here defining an HttpScenario, one line below."""

from __future__ import annotations

from .decisions import DECISION
from .farmers import FARMER_CREATE, FARMER_GET
from .health import HEALTHZ
from .http import HttpScenario, Target
from .sync import SYNC_PULL, SYNC_PUSH
from .ussd import USSD

SCENARIOS: dict[str, HttpScenario] = {
    scenario.name: scenario
    for scenario in (
        HEALTHZ,
        FARMER_CREATE,
        FARMER_GET,
        DECISION,
        USSD,
        SYNC_PUSH,
        SYNC_PULL,
    )
}

__all__ = ["SCENARIOS", "HttpScenario", "Target"]
