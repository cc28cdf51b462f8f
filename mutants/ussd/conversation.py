"""One USSD session's state, kept server-side between hops (issue #12): the screen the farmer is on, what they typed,
where Back goes, and the last reply — a gateway's retry of a hop is answered with it and applies nothing again.
Plain data with a JSON form; `store.py` keeps it (database or Redis) and `flow.py` moves it on."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field


@dataclass
class Conversation:
    gateway: str
    session_id: str
    phone: str  # E.164
    language: str
    screen: str
    values: dict = field(default_factory=dict)  # what the farmer typed and what the menus worked out (JSON values)
    history: list[str] = field(default_factory=list)  # the screens Back returns to, the last one on top
    page: int = 0  # of the screen, when it is paged
    pages: int = 1  # the screen's pages when it was last shown
    farmer_id: str | None = None
    signed_in: bool = False  # the PIN was right in this session
    seen: str | None = None  # the gateway's mark of the last hop: Africa's Talking's text, Hubtel's Sequence
    reply: str = ""  # the last screen sent
    ends: bool = False  # it was the last one
    step: int = 0  # inputs applied so far: with the session, the idempotency key of a side effect
    reason: str | None = None  # i18n key of the line shown above the screen (why an answer was not taken)
    reason_params: dict = field(default_factory=dict)
    resumable: str | None = None  # key of a dropped session of this phone this one may continue

    @property
    def key(self) -> str:
        return f"{self.gateway}:{self.session_id}"

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Conversation:
        return cls(**json.loads(text))
