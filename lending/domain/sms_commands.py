"""What a farmer's SMS asks (DESIGN.md §8): a command word, in English, Chinese or Swahili, and for PAY an amount.
Pure Python: services.sms_commands answers it.

    BAL   余额  SALIO            the current loan: what is owed, what is due next
    PAY <amount>  还款 <amount>  LIPA <amount>   a repayment request to the farmer's phone
    HELP  帮助  MSAADA           the commands
    STOP  退订 (STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT)   no more messages that are not essential
    START 订阅 (UNSTOP, YES)     messages again

Case, width (a Chinese keyboard's full-width "ＢＡＬ" or "５００"), surrounding spaces and a closing full stop,
question or exclamation mark do not matter. The command is the whole message (as carriers read STOP), but a Chinese
keyword may run into its amount ("还款500").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from lending.money import fits_currency


class Command(StrEnum):
    BALANCE = "balance"
    PAY = "pay"
    HELP = "help"
    STOP = "stop"
    START = "start"
    UNKNOWN = "unknown"


KEYWORDS: dict[Command, frozenset[str]] = {
    Command.BALANCE: frozenset({"bal", "balance", "余额", "salio"}),
    Command.HELP: frozenset({"help", "帮助", "msaada"}),
    # the words carriers and Twilio read as an opt-out and an opt-in, and ours in Chinese
    Command.STOP: frozenset({"stop", "stopall", "unsubscribe", "cancel", "end", "quit", "退订"}),
    Command.START: frozenset({"start", "unstop", "yes", "订阅"}),
}
_PAY = re.compile(r"(pay|lipa|还款)(?:\s+(?P<spaced>.*)|(?P<joined>[0-9].*))?", re.DOTALL)
_CLOSING = ".!?。！？"


@dataclass(frozen=True)
class Request:
    command: Command
    argument: str | None = None  # PAY: what follows the keyword, as typed (None: nothing)


def normalise(body: str) -> str:
    """The message as commands are matched: NFKC (full width to ASCII), lower case, single spaces, no end mark."""
    text = " ".join(unicodedata.normalize("NFKC", body).casefold().split())
    return text.rstrip(_CLOSING).strip()


def parse(body: str) -> Request:
    """The command an SMS carries; anything else (an empty message too) is UNKNOWN."""
    text = normalise(body)
    for command, words in KEYWORDS.items():
        if text in words:
            return Request(command)
    pay = _PAY.fullmatch(text)
    if pay is not None:
        return Request(Command.PAY, (pay.group("spaced") or pay.group("joined") or "").strip() or None)
    return Request(Command.UNKNOWN)


class AmountProblem(StrEnum):
    MISSING = "missing"
    NOT_A_NUMBER = "not_a_number"
    DECIMALS = "decimals"
    ZERO = "zero"


class BadAmount(ValueError):
    def __init__(self, problem: AmountProblem):
        super().__init__(problem.value)
        self.problem = problem


# digits, grouped by thousands with commas or not, and a decimal part
_AMOUNT = re.compile(r"(?P<whole>[0-9]{1,3}(?:,[0-9]{3}){1,3}|[0-9]{1,12})(?P<fraction>\.[0-9]{1,12})?")
_YUAN = ("元", "块")


def read_amount(typed: str | None, currency: str) -> Decimal:
    """The amount a PAY names, in `currency`: "500", "1,500.50", or with the currency before or after it ("CNY 500",
    "500 kes", "500元" for yuan). BadAmount says what is wrong with it."""
    if not typed:
        raise BadAmount(AmountProblem.MISSING)
    text = typed.strip()
    code = currency.casefold()
    if text.startswith(code):
        text = text[len(code) :].strip()
    elif text.endswith(code):
        text = text[: -len(code)].strip()
    elif currency == "CNY" and text.endswith(_YUAN):
        text = text[:-1].strip()
    match = _AMOUNT.fullmatch(text)
    if match is None:
        raise BadAmount(AmountProblem.NOT_A_NUMBER)
    value = Decimal(match.group("whole").replace(",", "") + (match.group("fraction") or ""))
    if not fits_currency(value, currency):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value
