"""How one hop moves a USSD conversation on (issue #12): find the session's state, tell a gateway's retry from a new
answer, apply the answer to the screen the farmer is on (menus.py says what each screen does), and show the next
screen within the phone's limit. Bad input never ends a session: the same screen comes back with a short reason.

- A retry (Africa's Talking: the same `text` again; Hubtel: the same `Sequence`) gets the reply it got, and nothing is
  applied again. Side effects carry an idempotency key of the session and step besides (`Context.key`), so two
  workers answering one retry at the same time still apply it once.
- `00` goes Home from anywhere; on a menu or an information screen `98` shows the next page, `0` the previous page or
  the screen before. On a prompt, `0` and `98` are answers like any other (an amount of 0 is refused as zero).
- A session dropped mid-flow can be resumed from the same phone within 5 minutes (store.RESUME): "1 Continue,
  2 Start again"; what was typed is kept, and a farmer who had signed in signs in again with their PIN first.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from lending import i18n
from lending.domain import countries
from lending.errors import LendingError
from lending.i18n import DEFAULT_LANGUAGE
from lending.models import Farmer
from lending.services import pins, registration

from . import screens
from .conversation import Conversation
from .gateways import Hop, HopKind, Reply, newest_input
from .store import Store

log = logging.getLogger(__name__)

HOME = screens.HOME
_NO_RETURN = frozenset({"pin", "resume"})  # Back never leads to signing in again, nor to the offer to resume


class Invalid(Exception):
    """An answer the screen does not take: the same screen again, with this reason (an i18n key) above it."""

    def __init__(self, reason: str, **params):
        super().__init__(reason)
        self.reason, self.params = reason, params


class Goto(Exception):
    """Show another screen instead, with a reason above it when there is one."""

    def __init__(self, screen: str, reason: str | None = None, **params):
        super().__init__(screen)
        self.screen, self.reason, self.params = screen, reason, params


@dataclass(frozen=True)
class Option:
    label: str  # an i18n key, or the words themselves when `literal` (a language's own name)
    then: str | Callable[[Context], str]
    literal: bool = False


@dataclass(frozen=True)
class Screen:
    """One screen: its text (an i18n key, filled by `params`), and either numbered `options` (a menu), or `read` — a
    prompt whose answer, checked and converted, is kept as `values[field]` before going on to `then` — or neither
    (information: `home` shows 00 Home under it; `ends` closes the session)."""

    text: str
    params: Callable[[Context], dict] | None = None
    options: tuple[Option, ...] | Callable[[Context], tuple[Option, ...]] = ()
    read: Callable[[str, Context], object] | None = None
    field: str | None = None
    then: str | Callable[[Context], str] | None = None
    lines: Callable[[Context], list[str]] | None = None
    ends: bool = False
    home: bool = False
    midway: bool = False  # what was typed so far is worth resuming, should the session drop here


@dataclass
class Context:
    """What a screen's functions work with: the database session, the conversation, and the farmer once known."""

    session: Session
    conversation: Conversation
    store: Store
    menus: dict[str, Screen] = field(default_factory=dict)

    @property
    def values(self) -> dict:
        return self.conversation.values

    @property
    def language(self) -> str:
        return self.conversation.language

    def farmer(self) -> Farmer:
        return self.session.get(Farmer, uuid.UUID(self.conversation.farmer_id))

    def actor(self):
        return registration.as_borrower(uuid.UUID(self.conversation.farmer_id))

    def key(self, what: str) -> str:
        """The idempotency key of a side effect at this step of this session (at most 100 characters)."""
        key = f"ussd:{self.conversation.key}:{self.conversation.step}:{what}"
        return key if len(key) <= 100 else f"ussd:{hashlib.sha256(key.encode()).hexdigest()}:{what}"[:100]

    def text(self, key: str, **params) -> str:
        return i18n.text(key, self.language, **params)


def first_language(phone: str) -> str:
    """The language a phone's country speaks first (a number from elsewhere: the default)."""
    country = countries.country_of_phone(phone)
    return countries.MARKETS[country].language if country is not None else DEFAULT_LANGUAGE


def answer(hop: Hop, *, session: Session, store: Store, menus: dict[str, Screen], max_chars: int = 182) -> Reply:
    """The reply to one hop. The conversation is saved before the reply leaves."""
    key = f"{hop.gateway}:{hop.session_id}"
    conversation = store.get(key)
    if hop.kind is HopKind.CLOSED:  # the farmer hung up or the gateway timed out: keep what was typed
        if conversation is not None and not conversation.ends:
            store.put(conversation, dropped=_midway(conversation, menus))
        return Reply("", ends=True)
    if conversation is not None and conversation.ends:
        return Reply(conversation.reply, ends=True)
    if conversation is None:
        conversation = _start(hop, session=session, store=store)
        context = Context(session, conversation, store, menus)
    else:
        typed = _newest(hop, conversation)
        if typed is None:  # a retry of the last hop: the same reply, nothing applied again
            return Reply(conversation.reply, ends=conversation.ends)
        context = Context(session, conversation, store, menus)
        _advance(context, typed)
    conversation.seen = hop.sequence if hop.gateway == "hubtel" else hop.text
    reply = _render(context, max_chars)
    conversation.reply, conversation.ends = reply.text, reply.ends
    store.put(conversation, dropped=_midway(conversation, menus))
    return reply


def _newest(hop: Hop, conversation: Conversation) -> str | None:
    if hop.gateway == "hubtel":
        return None if hop.sequence is not None and hop.sequence == conversation.seen else hop.text
    return newest_input(hop.text, conversation.seen)


def _midway(conversation: Conversation, menus: dict[str, Screen]) -> bool:
    """Left where what was typed is worth keeping (nothing typed yet: nothing to resume)."""
    return not conversation.ends and menus[conversation.screen].midway and bool(conversation.values)


def _start(hop: Hop, *, session: Session, store: Store) -> Conversation:
    """A new session: a registered farmer signs in with their PIN, an unknown number registers; either may first
    continue a session of theirs that dropped mid-flow."""
    farmer = registration.farmer_of_phone(session, hop.phone)
    conversation = Conversation(
        gateway=hop.gateway,
        session_id=hop.session_id,
        phone=hop.phone,
        language=farmer.language if farmer is not None else first_language(hop.phone),
        screen="pin" if farmer is not None else "reg.name",
        farmer_id=None if farmer is None else str(farmer.id),
    )
    if farmer is not None and pins.locked_until(farmer) is not None:
        conversation.screen = "locked"
        return conversation
    if farmer is not None and farmer.pin_hash is None:  # enrolled by an agent: a first PIN, proving the ID
        conversation.screen = "first.national_id"
    dropped = store.dropped(hop.phone, excluding=conversation.key)
    if dropped is not None and dropped.farmer_id == conversation.farmer_id:
        conversation.resumable = dropped.key
        conversation.screen = "resume"
    return conversation


def home(context: Context) -> str:
    """Where 00 leads: the main menu once signed in; else where this session began."""
    conversation = context.conversation
    if conversation.signed_in:
        return "main"
    if conversation.screen.startswith("first."):
        return "first.national_id"
    return "pin" if conversation.farmer_id else "reg.name"


def _advance(context: Context, typed: str) -> None:
    conversation = context.conversation
    screen = context.menus[conversation.screen]
    conversation.reason, conversation.reason_params = None, {}
    try:
        if typed == HOME:
            conversation.screen, conversation.page, conversation.history = home(context), 0, []
            return
        if screen.read is None:
            if typed == screens.MORE and conversation.pages > 1:  # on the last page it stays there
                conversation.page = min(conversation.page + 1, conversation.pages - 1)
                return
            if typed == screens.BACK:
                if conversation.page > 0:
                    conversation.page -= 1
                elif conversation.history:
                    conversation.screen, conversation.page = conversation.history.pop(), 0
                else:
                    raise Invalid("ussd.bad.option")
                return
            options = _options(screen, context)
            chosen = next((o for n, o in enumerate(options, 1) if typed.strip() == str(n)), None)
            if chosen is None:
                raise Invalid("ussd.bad.option")
            _go(context, chosen.then)
            return
        value = screen.read(typed, context)
        conversation.values[screen.field] = value
        _go(context, screen.then)
    except Invalid as invalid:  # the reason heads the first page
        conversation.reason, conversation.reason_params, conversation.page = invalid.reason, invalid.params, 0
    except Goto as goto:
        _show(context, goto)
    except LendingError as error:  # a service refused: its words, on the same screen (the unit was rolled back)
        context.session.rollback()
        conversation.reason, conversation.reason_params = _refusal(error, context.language), {}
        conversation.page = 0


def _refusal(error: LendingError, language: str) -> str:
    """The farmer's words for a service's refusal: its own text when it needs nothing filled in, else a plain one."""
    key = f"error.{error.code}"
    try:
        i18n.text(key, language)
    except (KeyError, IndexError):
        return "ussd.bad.try_again"
    return key


def _show(context: Context, goto: Goto) -> None:
    conversation = context.conversation
    if goto.screen != conversation.screen:
        conversation.history.append(conversation.screen)
    conversation.screen, conversation.page = goto.screen, 0
    conversation.reason, conversation.reason_params = goto.reason, goto.params


def _go(context: Context, then) -> None:
    conversation = context.conversation
    conversation.step += 1  # before the side effect: its key is this step's, even if it then refuses
    target = then(context) if callable(then) else then
    if target != conversation.screen and not context.menus[target].ends and conversation.screen not in _NO_RETURN:
        conversation.history.append(conversation.screen)
    if target == "main":
        conversation.history = []
    conversation.screen, conversation.page = target, 0


def _options(screen: Screen, context: Context) -> tuple[Option, ...]:
    return screen.options(context) if callable(screen.options) else screen.options


def _render(context: Context, max_chars: int) -> Reply:
    conversation = context.conversation
    for _ in range(len(context.menus)):
        screen = context.menus[conversation.screen]
        try:
            params = screen.params(context) if screen.params else {}
            break
        except Goto as goto:  # the screen has nothing to show this farmer: another says why
            _show(context, goto)
    lines = []
    if conversation.reason:
        lines.append(context.text(conversation.reason, **conversation.reason_params))
    lines.append(context.text(screen.text, **params))
    if screen.lines:
        lines += screen.lines(context)
    for n, option in enumerate(_options(screen, context), 1):
        lines.append(f"{n} {option.label if option.literal else context.text(option.label)}")
    if screen.home:
        lines.append(f"{HOME} {context.text('ussd.home')}")
    pages = screens.pages(lines, language=context.language, max_septets=max_chars)
    conversation.pages = len(pages)
    conversation.page = min(conversation.page, len(pages) - 1)
    return Reply(pages[conversation.page], ends=screen.ends)
