"""An HTTP scenario: what to prepare through the API, then which path wrk loads (with which Lua script) — or, for
conversations of many hops that wrk cannot script, a Python driver of its own."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..client import Client
from ..load import Measurement

SCRIPTS_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Target:
    """What wrk loads: a path on the served app, and the environment its Lua script reads (os.getenv)."""

    path: str
    env: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class HttpScenario:
    name: str
    prepare: Callable[[Client], Target]  # runs once per bench run, before any load; may sign in, create records
    script: str | None = None  # a Lua file beside this module, for methods, headers and bodies wrk cannot take as flags
    floor: str | None = "healthz"  # the scenario of the same run this one's p50 is divided by
    # instead of wrk: drive(base_url, target, warmup) loads the server and measures what it sent (a warm-up is short
    # and not recorded); describe() says how, for results.json
    drive: Callable[[str, Target, bool], Measurement] | None = None
    describe: Callable[[], str] | None = None

    @property
    def script_path(self) -> Path | None:
        return SCRIPTS_DIR / self.script if self.script else None
