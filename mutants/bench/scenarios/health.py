"""The floor: what a request costs when the app does nothing (routing, gunicorn, wrk itself)."""

from __future__ import annotations

from .http import HttpScenario, Target

HEALTHZ = HttpScenario("healthz", prepare=lambda client: Target("/healthz"), floor=None)
