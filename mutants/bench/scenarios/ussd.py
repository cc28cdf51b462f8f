"""USSD conversations (issue #12): 50 feature phones at once (BENCH_USSD_SESSIONS) on Africa's Talking's endpoint,
every hop timed — a gateway drops an app that answers slowly, so the figure is the hop, from connect to the last byte.

In a round each phone goes through whole conversations, each dial a new session (24 hops):

1. a new farmer (a new phone +86139…, a new valid national ID) registers: dial, name, village, national ID, language,
   consent, PIN, PIN again (8 hops; the last hashes the PIN: keyed, then argon2id at a hop's cost);
2. the same farmer: dial, PIN (its hash checked), 1 Apply, 1 a product (the engine quotes; the screen names the
   records missing), 00 Home, 2 My loan (6 hops);
3. the phone's farmer with records — registered the same way before the load (`prepare`), then given a birth year,
   a lease and four crop sales through the API by the bench's agent, verified by the demo credit officer: dial, PIN,
   1 Apply, 3 MICRO-BULLET (the engine's limit), 500 (the least), 1 month (the engine quotes APR and total cost of
   credit), 1 Confirm (the decision and its SMS stored; END) (7 hops);
4. the same farmer: dial, PIN, 2 My loan (3 hops).

Phones start 20 ms apart. Farmers take seconds to read a screen and type: before each input a phone waits between
half and one and a half of BENCH_USSD_THINK_MS (default 2,000 ms, a quick farmer). With BENCH_USSD_THINK_MS=0 each
phone sends its next hop as soon as it has the screen: about 50 requests then wait on the workers at any time, a
hop's time is mostly its wait behind the others, and hops/s is what the server sustains (BENCH_USSD_SESSIONS=1: no
queue at all). A round is BENCH_USSD_CONVERSATIONS (default 1) of these per phone, whatever --duration says; the
warm-up is one of them on 2 phones. A hop answering anything but a screen the script takes counts as an error and
ends that conversation.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import random
import threading
import time
import urllib.parse
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from lending.cli.ussd import GatewayRefused, GatewaySession, Post, Unreachable, over_http
from lending.domain.countries import Country, id_valid

from ..client import Client, SetupFailed
from ..load import Measurement
from ..offline import percentile
from .decisions import OFFICER_PASSWORD, OFFICER_PHONE, give_verified_history
from .farmers import _signed_in
from .http import HttpScenario, Target

SESSIONS = int(os.environ.get("BENCH_USSD_SESSIONS", "50"))
CONVERSATIONS = int(os.environ.get("BENCH_USSD_CONVERSATIONS", "1"))
THINK_MS = int(os.environ.get("BENCH_USSD_THINK_MS", "2000"))  # a quick farmer; most take longer
STAGGER = 0.02  # seconds between two phones' first dials
WARMUP_PHONES = 2
PATH = "/ussd/africastalking"
VILLAGE = "340123104"  # the bench agent's
PIN = "4821"
BIRTH_YEAR = 1978  # the national IDs' (_national_id)
PIN_STEPS = ("register.pin_again", "pin")  # the hops that hash or check a PIN
TIMEOUT = 30  # seconds: a slower hop is a socket error here (the gateway would have dropped it long before)


@dataclass(frozen=True)
class Farmer:
    phone: str
    national_id: str


@dataclass(frozen=True)
class Hop:
    """One hop of a script: its name in the breakdown, what is typed (None: the dial), one of the fragments the screen
    must show, and whether it ends the session."""

    step: str
    typed: str | Callable[[Farmer], str] | None
    shows: tuple[str, ...]
    ends: bool = False


def _national_id(n: int) -> str:
    """The n-th valid resident ID of the bench's village: born 1978 onwards, a thousand a day."""
    first17 = f"340123{dt.date(BIRTH_YEAR, 1, 1) + dt.timedelta(days=n // 1000):%Y%m%d}{n % 1000:03d}"
    return next(first17 + check for check in "0123456789X" if id_valid(Country.CN, first17 + check))


_numbers = itertools.count(1)  # shared by the threads (next() holds the GIL): every farmer of the run is new


def new_farmer() -> Farmer:
    n = next(_numbers)
    return Farmer(f"+86139{10_000_000 + n:08d}", _national_id(n))


REGISTER = (
    Hop("register.dial", None, ("请输入您的姓名",)),
    Hop("register.name", "Wang Fang", ("村庄代码",)),
    Hop("register.village", VILLAGE, ("身份证号码",)),
    Hop("register.national_id", lambda farmer: farmer.national_id, ("选择语言",)),
    Hop("register.language", "2", ("1 I agree",)),
    Hop("register.consent", "1", ("Choose a 4-digit PIN",)),
    Hop("register.pin", PIN, ("Enter the PIN again",)),
    Hop("register.pin_again", PIN, ("Registered, Wang Fang",), ends=True),
)
SIGN_IN = (Hop("dial", None, ("Enter your PIN",)), Hop("pin", PIN, ("agrilend menu",)))
APPLY = Hop("apply", "1", ("Choose a loan",))
# A farmer registered by USSD has no records yet: the screen names what is missing (verified crop sales).
MISSING = (
    *SIGN_IN,
    APPLY,
    Hop("apply.missing", "1", ("We cannot lend yet: no crop sales",)),
    Hop("home", "00", ("agrilend menu",)),
    Hop("loan", "2", ("You have no loan",)),
)
DECISION = (
    *SIGN_IN,
    APPLY,
    Hop("apply.limit", "3", ("You can borrow up to",)),
    Hop("apply.amount", "500", ("Months to repay (1 to 6)",)),
    Hop("apply.term", "1", ("Total cost of credit",)),
    Hop("apply.confirm", "1", ("Approved:", "will review", "Not approved"), ends=True),
)
MY_LOAN = (*SIGN_IN, Hop("loan", "2", ("You have no loan", "Balance")))


@dataclass
class Tally:
    """What the phones measured: each answered hop's step and seconds, and what went wrong."""

    hops: list[tuple[str, float]] = field(default_factory=list)
    refused: int = 0  # an error status, or a reply a gateway cannot show
    wrong_screens: int = 0  # answered, but with no screen the script takes
    socket_errors: int = 0
    screens: dict[str, int] = field(default_factory=dict)  # "step: screen" → how often, where a step takes several
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self, name: str) -> None:
        with self.lock:
            setattr(self, name, getattr(self, name) + 1)


def converse(
    post: Post, farmer: Farmer, script: tuple[Hop, ...], tally: Tally, think: random.Random | None = None
) -> bool:
    """One session through `script`; False when a hop went wrong (the rest of the conversation is left). With a think
    time, the farmer reads and types for between half and one and a half of it before each input."""
    session = GatewaySession(post=post, gateway="africastalking", phone=farmer.phone, path=PATH)
    for hop in script:
        if THINK_MS and think is not None and hop.typed is not None:
            time.sleep(think.uniform(0.5, 1.5) * THINK_MS / 1000)
        typed = hop.typed(farmer) if callable(hop.typed) else hop.typed
        started = time.perf_counter()
        try:
            screen = session.dial() if typed is None else session.send(typed)
        except Unreachable:
            tally.count("socket_errors")
            return False
        except GatewayRefused as error:
            print(f"bench: ussd {hop.step}: {error}")
            tally.count("refused")
            return False
        seconds = time.perf_counter() - started
        shown = next((fragment for fragment in hop.shows if fragment in screen.text), None)
        with tally.lock:
            tally.hops.append((hop.step, seconds))
            if len(hop.shows) > 1 and shown is not None:
                tally.screens[f"{hop.step}: {shown}"] = tally.screens.get(f"{hop.step}: {shown}", 0) + 1
        if shown is None or screen.ends is not hop.ends:
            print(f"bench: ussd {hop.step}: unexpected screen {screen.text!r}")
            tally.count("wrong_screens")
            return False
    return True


def phone(post: Post, seasoned: Farmer, tally: Tally, number: int) -> None:
    """One virtual phone: a new farmer registers and applies, then the phone's farmer with records applies."""
    think = random.Random(number)  # the same think times in every run; unlike the other phones'
    time.sleep(number * STAGGER)
    for _ in range(CONVERSATIONS):
        farmer = new_farmer()
        if converse(post, farmer, REGISTER, tally, think):
            converse(post, farmer, MISSING, tally, think)
        if converse(post, seasoned, DECISION, tally, think):
            converse(post, seasoned, MY_LOAN, tally, think)


def figures(seconds: list[float]) -> dict:
    return {
        "p50_ms": round(percentile(seconds, 0.5) * 1000, 3),
        "p99_ms": round(percentile(seconds, 0.99) * 1000, 3),
        "n": len(seconds),
    }


def prepare(client: Client) -> Target:
    """One farmer with verified records per phone, and per warm-up phone: registered over USSD, completed through
    the API. Each applies once a round (CONVERSATIONS times): the risk rules refer a farmer's fourth application
    within an hour (velocity), so from a fourth round on the decisions are referrals."""
    _signed_in(client)
    checker = Client(client.base_url)
    checker.login(OFFICER_PHONE, OFFICER_PASSWORD)
    post, tally = over_http(client.base_url, timeout=TIMEOUT), Tally()

    def seasoned(_: int) -> str:
        farmer = new_farmer()
        if not converse(post, farmer, REGISTER, tally):
            raise SetupFailed(f"registering {farmer.phone} over USSD failed")
        query = urllib.parse.urlencode({"phone": farmer.phone})
        found = client.request("GET", f"/api/v1/farmers?{query}", expect=200)["items"][0]
        # what an agent adds on a visit: the birth year (USSD does not ask it; without it the engine declines)
        changes = {"birth_year": BIRTH_YEAR, "version": found["version"]}
        client.request("PATCH", f"/api/v1/farmers/{found['id']}", changes, expect=200)
        give_verified_history(client, checker, found["id"])
        return f"{farmer.phone} {farmer.national_id}"

    with ThreadPoolExecutor(4) as pool:
        farmers = list(pool.map(seasoned, range(SESSIONS + WARMUP_PHONES)))
    print(f"bench: ussd: {len(farmers)} farmers registered over USSD and given a birth year and verified records")
    return Target(PATH, {"BENCH_USSD_FARMERS": ",".join(farmers)})


def drive(base_url: str, target: Target, warmup: bool) -> Measurement:
    """Every phone's conversations (2 phones' once for a warm-up); p50 and p99 over every hop, hops a second."""
    seasoned = [Farmer(*entry.split()) for entry in target.env["BENCH_USSD_FARMERS"].split(",")]
    # the warm-up's phones have farmers of their own: each farmer applies once a round (see prepare)
    phones, first = (WARMUP_PHONES, SESSIONS) if warmup else (SESSIONS, 0)
    post, tally = over_http(base_url, timeout=TIMEOUT), Tally()
    threads = [threading.Thread(target=phone, args=(post, seasoned[first + n], tally, n)) for n in range(phones)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    steps: dict[str, list[float]] = {}
    for step, seconds in tally.hops:
        steps.setdefault(step, []).append(seconds)
    every = figures([seconds for _, seconds in tally.hops]) if tally.hops else {"p50_ms": 0.0, "p99_ms": 0.0, "n": 0}
    if not warmup:
        print(f"bench: ussd: {phones} phones, think {THINK_MS} ms, {every['n']} hops in {elapsed:.1f} s")
        for step, values in steps.items():
            shown = figures(values)
            print(
                f"bench:   {step:<22} n {shown['n']:5d}  p50 {shown['p50_ms']:9.2f} ms  p99 {shown['p99_ms']:9.2f} ms"
            )
        rest = figures([seconds for step, seconds in tally.hops if step not in PIN_STEPS] or [0.0])
        print(f"bench:   without the PIN hops: p50 {rest['p50_ms']:.2f} ms  p99 {rest['p99_ms']:.2f} ms")
        print(f"bench:   screens {tally.screens}")
    return Measurement(
        p50_ms=every["p50_ms"],
        p99_ms=every["p99_ms"],
        throughput_per_s=round(every["n"] / elapsed, 1),
        n=every["n"],
        non_2xx=tally.refused + tally.wrong_screens,
        socket_errors=tally.socket_errors,
        steps={step: figures(values) for step, values in steps.items()},
    )


def describe() -> str:
    return (
        f"bench/scenarios/ussd.py: {SESSIONS} phones × {CONVERSATIONS} × (register, apply, loan; apply to a decision, "
        f"loan), think {THINK_MS} ms"
    )


USSD = HttpScenario("ussd", prepare=prepare, drive=drive, describe=describe)
