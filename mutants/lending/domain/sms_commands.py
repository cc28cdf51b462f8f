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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_x_normalise__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_normalise__mutmut)
def normalise(body: str) -> str:
    """The message as commands are matched: NFKC (full width to ASCII), lower case, single spaces, no end mark."""
    text = " ".join(unicodedata.normalize("NFKC", body).casefold().split())
    return text.rstrip(_CLOSING).strip()


def x_normalise__mutmut_orig(body: str) -> str:
    """The message as commands are matched: NFKC (full width to ASCII), lower case, single spaces, no end mark."""
    text = " ".join(unicodedata.normalize("NFKC", body).casefold().split())
    return text.rstrip(_CLOSING).strip()


def x_normalise__mutmut_1(body: str) -> str:
    """The message as commands are matched: NFKC (full width to ASCII), lower case, single spaces, no end mark."""
    text = None
    return text.rstrip(_CLOSING).strip()


def x_normalise__mutmut_2(body: str) -> str:
    """The message as commands are matched: NFKC (full width to ASCII), lower case, single spaces, no end mark."""
    text = " ".join(None)
    return text.rstrip(_CLOSING).strip()


def x_normalise__mutmut_3(body: str) -> str:
    """The message as commands are matched: NFKC (full width to ASCII), lower case, single spaces, no end mark."""
    text = "XX XX".join(unicodedata.normalize("NFKC", body).casefold().split())
    return text.rstrip(_CLOSING).strip()


def x_normalise__mutmut_4(body: str) -> str:
    """The message as commands are matched: NFKC (full width to ASCII), lower case, single spaces, no end mark."""
    text = " ".join(unicodedata.normalize(None, body).casefold().split())
    return text.rstrip(_CLOSING).strip()


def x_normalise__mutmut_5(body: str) -> str:
    """The message as commands are matched: NFKC (full width to ASCII), lower case, single spaces, no end mark."""
    text = " ".join(unicodedata.normalize("NFKC", None).casefold().split())
    return text.rstrip(_CLOSING).strip()


def x_normalise__mutmut_6(body: str) -> str:
    """The message as commands are matched: NFKC (full width to ASCII), lower case, single spaces, no end mark."""
    text = " ".join(unicodedata.normalize(body).casefold().split())
    return text.rstrip(_CLOSING).strip()


def x_normalise__mutmut_7(body: str) -> str:
    """The message as commands are matched: NFKC (full width to ASCII), lower case, single spaces, no end mark."""
    text = " ".join(unicodedata.normalize("NFKC", ).casefold().split())
    return text.rstrip(_CLOSING).strip()


def x_normalise__mutmut_8(body: str) -> str:
    """The message as commands are matched: NFKC (full width to ASCII), lower case, single spaces, no end mark."""
    text = " ".join(unicodedata.normalize("XXNFKCXX", body).casefold().split())
    return text.rstrip(_CLOSING).strip()


def x_normalise__mutmut_9(body: str) -> str:
    """The message as commands are matched: NFKC (full width to ASCII), lower case, single spaces, no end mark."""
    text = " ".join(unicodedata.normalize("nfkc", body).casefold().split())
    return text.rstrip(_CLOSING).strip()


def x_normalise__mutmut_10(body: str) -> str:
    """The message as commands are matched: NFKC (full width to ASCII), lower case, single spaces, no end mark."""
    text = " ".join(unicodedata.normalize("NFKC", body).casefold().split())
    return text.rstrip(None).strip()


def x_normalise__mutmut_11(body: str) -> str:
    """The message as commands are matched: NFKC (full width to ASCII), lower case, single spaces, no end mark."""
    text = " ".join(unicodedata.normalize("NFKC", body).casefold().split())
    return text.lstrip(_CLOSING).strip()

mutants_x_normalise__mutmut['_mutmut_orig'] = x_normalise__mutmut_orig # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_1'] = x_normalise__mutmut_1 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_2'] = x_normalise__mutmut_2 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_3'] = x_normalise__mutmut_3 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_4'] = x_normalise__mutmut_4 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_5'] = x_normalise__mutmut_5 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_6'] = x_normalise__mutmut_6 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_7'] = x_normalise__mutmut_7 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_8'] = x_normalise__mutmut_8 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_9'] = x_normalise__mutmut_9 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_10'] = x_normalise__mutmut_10 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_11'] = x_normalise__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse__mutmut)
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


def x_parse__mutmut_orig(body: str) -> Request:
    """The command an SMS carries; anything else (an empty message too) is UNKNOWN."""
    text = normalise(body)
    for command, words in KEYWORDS.items():
        if text in words:
            return Request(command)
    pay = _PAY.fullmatch(text)
    if pay is not None:
        return Request(Command.PAY, (pay.group("spaced") or pay.group("joined") or "").strip() or None)
    return Request(Command.UNKNOWN)


def x_parse__mutmut_1(body: str) -> Request:
    """The command an SMS carries; anything else (an empty message too) is UNKNOWN."""
    text = None
    for command, words in KEYWORDS.items():
        if text in words:
            return Request(command)
    pay = _PAY.fullmatch(text)
    if pay is not None:
        return Request(Command.PAY, (pay.group("spaced") or pay.group("joined") or "").strip() or None)
    return Request(Command.UNKNOWN)


def x_parse__mutmut_2(body: str) -> Request:
    """The command an SMS carries; anything else (an empty message too) is UNKNOWN."""
    text = normalise(None)
    for command, words in KEYWORDS.items():
        if text in words:
            return Request(command)
    pay = _PAY.fullmatch(text)
    if pay is not None:
        return Request(Command.PAY, (pay.group("spaced") or pay.group("joined") or "").strip() or None)
    return Request(Command.UNKNOWN)


def x_parse__mutmut_3(body: str) -> Request:
    """The command an SMS carries; anything else (an empty message too) is UNKNOWN."""
    text = normalise(body)
    for command, words in KEYWORDS.items():
        if text not in words:
            return Request(command)
    pay = _PAY.fullmatch(text)
    if pay is not None:
        return Request(Command.PAY, (pay.group("spaced") or pay.group("joined") or "").strip() or None)
    return Request(Command.UNKNOWN)


def x_parse__mutmut_4(body: str) -> Request:
    """The command an SMS carries; anything else (an empty message too) is UNKNOWN."""
    text = normalise(body)
    for command, words in KEYWORDS.items():
        if text in words:
            return Request(None)
    pay = _PAY.fullmatch(text)
    if pay is not None:
        return Request(Command.PAY, (pay.group("spaced") or pay.group("joined") or "").strip() or None)
    return Request(Command.UNKNOWN)


def x_parse__mutmut_5(body: str) -> Request:
    """The command an SMS carries; anything else (an empty message too) is UNKNOWN."""
    text = normalise(body)
    for command, words in KEYWORDS.items():
        if text in words:
            return Request(command)
    pay = None
    if pay is not None:
        return Request(Command.PAY, (pay.group("spaced") or pay.group("joined") or "").strip() or None)
    return Request(Command.UNKNOWN)


def x_parse__mutmut_6(body: str) -> Request:
    """The command an SMS carries; anything else (an empty message too) is UNKNOWN."""
    text = normalise(body)
    for command, words in KEYWORDS.items():
        if text in words:
            return Request(command)
    pay = _PAY.fullmatch(None)
    if pay is not None:
        return Request(Command.PAY, (pay.group("spaced") or pay.group("joined") or "").strip() or None)
    return Request(Command.UNKNOWN)


def x_parse__mutmut_7(body: str) -> Request:
    """The command an SMS carries; anything else (an empty message too) is UNKNOWN."""
    text = normalise(body)
    for command, words in KEYWORDS.items():
        if text in words:
            return Request(command)
    pay = _PAY.fullmatch(text)
    if pay is None:
        return Request(Command.PAY, (pay.group("spaced") or pay.group("joined") or "").strip() or None)
    return Request(Command.UNKNOWN)


def x_parse__mutmut_8(body: str) -> Request:
    """The command an SMS carries; anything else (an empty message too) is UNKNOWN."""
    text = normalise(body)
    for command, words in KEYWORDS.items():
        if text in words:
            return Request(command)
    pay = _PAY.fullmatch(text)
    if pay is not None:
        return Request(None, (pay.group("spaced") or pay.group("joined") or "").strip() or None)
    return Request(Command.UNKNOWN)


def x_parse__mutmut_9(body: str) -> Request:
    """The command an SMS carries; anything else (an empty message too) is UNKNOWN."""
    text = normalise(body)
    for command, words in KEYWORDS.items():
        if text in words:
            return Request(command)
    pay = _PAY.fullmatch(text)
    if pay is not None:
        return Request(Command.PAY, None)
    return Request(Command.UNKNOWN)


def x_parse__mutmut_10(body: str) -> Request:
    """The command an SMS carries; anything else (an empty message too) is UNKNOWN."""
    text = normalise(body)
    for command, words in KEYWORDS.items():
        if text in words:
            return Request(command)
    pay = _PAY.fullmatch(text)
    if pay is not None:
        return Request((pay.group("spaced") or pay.group("joined") or "").strip() or None)
    return Request(Command.UNKNOWN)


def x_parse__mutmut_11(body: str) -> Request:
    """The command an SMS carries; anything else (an empty message too) is UNKNOWN."""
    text = normalise(body)
    for command, words in KEYWORDS.items():
        if text in words:
            return Request(command)
    pay = _PAY.fullmatch(text)
    if pay is not None:
        return Request(Command.PAY, )
    return Request(Command.UNKNOWN)


def x_parse__mutmut_12(body: str) -> Request:
    """The command an SMS carries; anything else (an empty message too) is UNKNOWN."""
    text = normalise(body)
    for command, words in KEYWORDS.items():
        if text in words:
            return Request(command)
    pay = _PAY.fullmatch(text)
    if pay is not None:
        return Request(Command.PAY, (pay.group("spaced") or pay.group("joined") or "").strip() and None)
    return Request(Command.UNKNOWN)


def x_parse__mutmut_13(body: str) -> Request:
    """The command an SMS carries; anything else (an empty message too) is UNKNOWN."""
    text = normalise(body)
    for command, words in KEYWORDS.items():
        if text in words:
            return Request(command)
    pay = _PAY.fullmatch(text)
    if pay is not None:
        return Request(Command.PAY, (pay.group("spaced") or pay.group("joined") and "").strip() or None)
    return Request(Command.UNKNOWN)


def x_parse__mutmut_14(body: str) -> Request:
    """The command an SMS carries; anything else (an empty message too) is UNKNOWN."""
    text = normalise(body)
    for command, words in KEYWORDS.items():
        if text in words:
            return Request(command)
    pay = _PAY.fullmatch(text)
    if pay is not None:
        return Request(Command.PAY, (pay.group("spaced") and pay.group("joined") or "").strip() or None)
    return Request(Command.UNKNOWN)


def x_parse__mutmut_15(body: str) -> Request:
    """The command an SMS carries; anything else (an empty message too) is UNKNOWN."""
    text = normalise(body)
    for command, words in KEYWORDS.items():
        if text in words:
            return Request(command)
    pay = _PAY.fullmatch(text)
    if pay is not None:
        return Request(Command.PAY, (pay.group(None) or pay.group("joined") or "").strip() or None)
    return Request(Command.UNKNOWN)


def x_parse__mutmut_16(body: str) -> Request:
    """The command an SMS carries; anything else (an empty message too) is UNKNOWN."""
    text = normalise(body)
    for command, words in KEYWORDS.items():
        if text in words:
            return Request(command)
    pay = _PAY.fullmatch(text)
    if pay is not None:
        return Request(Command.PAY, (pay.group("XXspacedXX") or pay.group("joined") or "").strip() or None)
    return Request(Command.UNKNOWN)


def x_parse__mutmut_17(body: str) -> Request:
    """The command an SMS carries; anything else (an empty message too) is UNKNOWN."""
    text = normalise(body)
    for command, words in KEYWORDS.items():
        if text in words:
            return Request(command)
    pay = _PAY.fullmatch(text)
    if pay is not None:
        return Request(Command.PAY, (pay.group("SPACED") or pay.group("joined") or "").strip() or None)
    return Request(Command.UNKNOWN)


def x_parse__mutmut_18(body: str) -> Request:
    """The command an SMS carries; anything else (an empty message too) is UNKNOWN."""
    text = normalise(body)
    for command, words in KEYWORDS.items():
        if text in words:
            return Request(command)
    pay = _PAY.fullmatch(text)
    if pay is not None:
        return Request(Command.PAY, (pay.group("spaced") or pay.group(None) or "").strip() or None)
    return Request(Command.UNKNOWN)


def x_parse__mutmut_19(body: str) -> Request:
    """The command an SMS carries; anything else (an empty message too) is UNKNOWN."""
    text = normalise(body)
    for command, words in KEYWORDS.items():
        if text in words:
            return Request(command)
    pay = _PAY.fullmatch(text)
    if pay is not None:
        return Request(Command.PAY, (pay.group("spaced") or pay.group("XXjoinedXX") or "").strip() or None)
    return Request(Command.UNKNOWN)


def x_parse__mutmut_20(body: str) -> Request:
    """The command an SMS carries; anything else (an empty message too) is UNKNOWN."""
    text = normalise(body)
    for command, words in KEYWORDS.items():
        if text in words:
            return Request(command)
    pay = _PAY.fullmatch(text)
    if pay is not None:
        return Request(Command.PAY, (pay.group("spaced") or pay.group("JOINED") or "").strip() or None)
    return Request(Command.UNKNOWN)


def x_parse__mutmut_21(body: str) -> Request:
    """The command an SMS carries; anything else (an empty message too) is UNKNOWN."""
    text = normalise(body)
    for command, words in KEYWORDS.items():
        if text in words:
            return Request(command)
    pay = _PAY.fullmatch(text)
    if pay is not None:
        return Request(Command.PAY, (pay.group("spaced") or pay.group("joined") or "XXXX").strip() or None)
    return Request(Command.UNKNOWN)


def x_parse__mutmut_22(body: str) -> Request:
    """The command an SMS carries; anything else (an empty message too) is UNKNOWN."""
    text = normalise(body)
    for command, words in KEYWORDS.items():
        if text in words:
            return Request(command)
    pay = _PAY.fullmatch(text)
    if pay is not None:
        return Request(Command.PAY, (pay.group("spaced") or pay.group("joined") or "").strip() or None)
    return Request(None)

mutants_x_parse__mutmut['_mutmut_orig'] = x_parse__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_1'] = x_parse__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_2'] = x_parse__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_3'] = x_parse__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_4'] = x_parse__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_5'] = x_parse__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_6'] = x_parse__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_7'] = x_parse__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_8'] = x_parse__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_9'] = x_parse__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_10'] = x_parse__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_11'] = x_parse__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_12'] = x_parse__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_13'] = x_parse__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_14'] = x_parse__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_15'] = x_parse__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_16'] = x_parse__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_17'] = x_parse__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_18'] = x_parse__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_19'] = x_parse__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_20'] = x_parse__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_21'] = x_parse__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_22'] = x_parse__mutmut_22 # type: ignore # mutmut generated


class AmountProblem(StrEnum):
    MISSING = "missing"
    NOT_A_NUMBER = "not_a_number"
    DECIMALS = "decimals"
    ZERO = "zero"
mutants_xǁBadAmountǁ__init____mutmut: MutantDict = {}  # type: ignore


class BadAmount(ValueError):
    @_mutmut_mutated(mutants_xǁBadAmountǁ__init____mutmut)
    def __init__(self, problem: AmountProblem):
        super().__init__(problem.value)
        self.problem = problem
    def xǁBadAmountǁ__init____mutmut_orig(self, problem: AmountProblem):
        super().__init__(problem.value)
        self.problem = problem
    def xǁBadAmountǁ__init____mutmut_1(self, problem: AmountProblem):
        super().__init__(None)
        self.problem = problem
    def xǁBadAmountǁ__init____mutmut_2(self, problem: AmountProblem):
        super().__init__(problem.value)
        self.problem = None

mutants_xǁBadAmountǁ__init____mutmut['_mutmut_orig'] = BadAmount.xǁBadAmountǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁBadAmountǁ__init____mutmut['xǁBadAmountǁ__init____mutmut_1'] = BadAmount.xǁBadAmountǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁBadAmountǁ__init____mutmut['xǁBadAmountǁ__init____mutmut_2'] = BadAmount.xǁBadAmountǁ__init____mutmut_2 # type: ignore # mutmut generated


# digits, grouped by thousands with commas or not, and a decimal part
_AMOUNT = re.compile(r"(?P<whole>[0-9]{1,3}(?:,[0-9]{3}){1,3}|[0-9]{1,12})(?P<fraction>\.[0-9]{1,12})?")
_YUAN = ("元", "块")
mutants_x_read_amount__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_read_amount__mutmut)
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


def x_read_amount__mutmut_orig(typed: str | None, currency: str) -> Decimal:
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


def x_read_amount__mutmut_1(typed: str | None, currency: str) -> Decimal:
    """The amount a PAY names, in `currency`: "500", "1,500.50", or with the currency before or after it ("CNY 500",
    "500 kes", "500元" for yuan). BadAmount says what is wrong with it."""
    if typed:
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


def x_read_amount__mutmut_2(typed: str | None, currency: str) -> Decimal:
    """The amount a PAY names, in `currency`: "500", "1,500.50", or with the currency before or after it ("CNY 500",
    "500 kes", "500元" for yuan). BadAmount says what is wrong with it."""
    if not typed:
        raise BadAmount(None)
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


def x_read_amount__mutmut_3(typed: str | None, currency: str) -> Decimal:
    """The amount a PAY names, in `currency`: "500", "1,500.50", or with the currency before or after it ("CNY 500",
    "500 kes", "500元" for yuan). BadAmount says what is wrong with it."""
    if not typed:
        raise BadAmount(AmountProblem.MISSING)
    text = None
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


def x_read_amount__mutmut_4(typed: str | None, currency: str) -> Decimal:
    """The amount a PAY names, in `currency`: "500", "1,500.50", or with the currency before or after it ("CNY 500",
    "500 kes", "500元" for yuan). BadAmount says what is wrong with it."""
    if not typed:
        raise BadAmount(AmountProblem.MISSING)
    text = typed.strip()
    code = None
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


def x_read_amount__mutmut_5(typed: str | None, currency: str) -> Decimal:
    """The amount a PAY names, in `currency`: "500", "1,500.50", or with the currency before or after it ("CNY 500",
    "500 kes", "500元" for yuan). BadAmount says what is wrong with it."""
    if not typed:
        raise BadAmount(AmountProblem.MISSING)
    text = typed.strip()
    code = currency.casefold()
    if text.startswith(None):
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


def x_read_amount__mutmut_6(typed: str | None, currency: str) -> Decimal:
    """The amount a PAY names, in `currency`: "500", "1,500.50", or with the currency before or after it ("CNY 500",
    "500 kes", "500元" for yuan). BadAmount says what is wrong with it."""
    if not typed:
        raise BadAmount(AmountProblem.MISSING)
    text = typed.strip()
    code = currency.casefold()
    if text.startswith(code):
        text = None
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


def x_read_amount__mutmut_7(typed: str | None, currency: str) -> Decimal:
    """The amount a PAY names, in `currency`: "500", "1,500.50", or with the currency before or after it ("CNY 500",
    "500 kes", "500元" for yuan). BadAmount says what is wrong with it."""
    if not typed:
        raise BadAmount(AmountProblem.MISSING)
    text = typed.strip()
    code = currency.casefold()
    if text.startswith(code):
        text = text[len(code) :].strip()
    elif text.endswith(None):
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


def x_read_amount__mutmut_8(typed: str | None, currency: str) -> Decimal:
    """The amount a PAY names, in `currency`: "500", "1,500.50", or with the currency before or after it ("CNY 500",
    "500 kes", "500元" for yuan). BadAmount says what is wrong with it."""
    if not typed:
        raise BadAmount(AmountProblem.MISSING)
    text = typed.strip()
    code = currency.casefold()
    if text.startswith(code):
        text = text[len(code) :].strip()
    elif text.endswith(code):
        text = None
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


def x_read_amount__mutmut_9(typed: str | None, currency: str) -> Decimal:
    """The amount a PAY names, in `currency`: "500", "1,500.50", or with the currency before or after it ("CNY 500",
    "500 kes", "500元" for yuan). BadAmount says what is wrong with it."""
    if not typed:
        raise BadAmount(AmountProblem.MISSING)
    text = typed.strip()
    code = currency.casefold()
    if text.startswith(code):
        text = text[len(code) :].strip()
    elif text.endswith(code):
        text = text[: +len(code)].strip()
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


def x_read_amount__mutmut_10(typed: str | None, currency: str) -> Decimal:
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
    elif currency == "CNY" or text.endswith(_YUAN):
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


def x_read_amount__mutmut_11(typed: str | None, currency: str) -> Decimal:
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
    elif currency != "CNY" and text.endswith(_YUAN):
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


def x_read_amount__mutmut_12(typed: str | None, currency: str) -> Decimal:
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
    elif currency == "XXCNYXX" and text.endswith(_YUAN):
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


def x_read_amount__mutmut_13(typed: str | None, currency: str) -> Decimal:
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
    elif currency == "cny" and text.endswith(_YUAN):
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


def x_read_amount__mutmut_14(typed: str | None, currency: str) -> Decimal:
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
    elif currency == "CNY" and text.endswith(None):
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


def x_read_amount__mutmut_15(typed: str | None, currency: str) -> Decimal:
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
        text = None
    match = _AMOUNT.fullmatch(text)
    if match is None:
        raise BadAmount(AmountProblem.NOT_A_NUMBER)
    value = Decimal(match.group("whole").replace(",", "") + (match.group("fraction") or ""))
    if not fits_currency(value, currency):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_16(typed: str | None, currency: str) -> Decimal:
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
        text = text[:+1].strip()
    match = _AMOUNT.fullmatch(text)
    if match is None:
        raise BadAmount(AmountProblem.NOT_A_NUMBER)
    value = Decimal(match.group("whole").replace(",", "") + (match.group("fraction") or ""))
    if not fits_currency(value, currency):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_17(typed: str | None, currency: str) -> Decimal:
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
        text = text[:-2].strip()
    match = _AMOUNT.fullmatch(text)
    if match is None:
        raise BadAmount(AmountProblem.NOT_A_NUMBER)
    value = Decimal(match.group("whole").replace(",", "") + (match.group("fraction") or ""))
    if not fits_currency(value, currency):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_18(typed: str | None, currency: str) -> Decimal:
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
    match = None
    if match is None:
        raise BadAmount(AmountProblem.NOT_A_NUMBER)
    value = Decimal(match.group("whole").replace(",", "") + (match.group("fraction") or ""))
    if not fits_currency(value, currency):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_19(typed: str | None, currency: str) -> Decimal:
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
    match = _AMOUNT.fullmatch(None)
    if match is None:
        raise BadAmount(AmountProblem.NOT_A_NUMBER)
    value = Decimal(match.group("whole").replace(",", "") + (match.group("fraction") or ""))
    if not fits_currency(value, currency):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_20(typed: str | None, currency: str) -> Decimal:
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
    if match is not None:
        raise BadAmount(AmountProblem.NOT_A_NUMBER)
    value = Decimal(match.group("whole").replace(",", "") + (match.group("fraction") or ""))
    if not fits_currency(value, currency):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_21(typed: str | None, currency: str) -> Decimal:
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
        raise BadAmount(None)
    value = Decimal(match.group("whole").replace(",", "") + (match.group("fraction") or ""))
    if not fits_currency(value, currency):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_22(typed: str | None, currency: str) -> Decimal:
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
    value = None
    if not fits_currency(value, currency):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_23(typed: str | None, currency: str) -> Decimal:
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
    value = Decimal(None)
    if not fits_currency(value, currency):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_24(typed: str | None, currency: str) -> Decimal:
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
    value = Decimal(match.group("whole").replace(",", "") - (match.group("fraction") or ""))
    if not fits_currency(value, currency):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_25(typed: str | None, currency: str) -> Decimal:
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
    value = Decimal(match.group("whole").replace(None, "") + (match.group("fraction") or ""))
    if not fits_currency(value, currency):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_26(typed: str | None, currency: str) -> Decimal:
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
    value = Decimal(match.group("whole").replace(",", None) + (match.group("fraction") or ""))
    if not fits_currency(value, currency):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_27(typed: str | None, currency: str) -> Decimal:
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
    value = Decimal(match.group("whole").replace("") + (match.group("fraction") or ""))
    if not fits_currency(value, currency):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_28(typed: str | None, currency: str) -> Decimal:
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
    value = Decimal(match.group("whole").replace(",", ) + (match.group("fraction") or ""))
    if not fits_currency(value, currency):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_29(typed: str | None, currency: str) -> Decimal:
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
    value = Decimal(match.group(None).replace(",", "") + (match.group("fraction") or ""))
    if not fits_currency(value, currency):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_30(typed: str | None, currency: str) -> Decimal:
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
    value = Decimal(match.group("XXwholeXX").replace(",", "") + (match.group("fraction") or ""))
    if not fits_currency(value, currency):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_31(typed: str | None, currency: str) -> Decimal:
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
    value = Decimal(match.group("WHOLE").replace(",", "") + (match.group("fraction") or ""))
    if not fits_currency(value, currency):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_32(typed: str | None, currency: str) -> Decimal:
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
    value = Decimal(match.group("whole").replace("XX,XX", "") + (match.group("fraction") or ""))
    if not fits_currency(value, currency):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_33(typed: str | None, currency: str) -> Decimal:
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
    value = Decimal(match.group("whole").replace(",", "XXXX") + (match.group("fraction") or ""))
    if not fits_currency(value, currency):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_34(typed: str | None, currency: str) -> Decimal:
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
    value = Decimal(match.group("whole").replace(",", "") + (match.group("fraction") and ""))
    if not fits_currency(value, currency):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_35(typed: str | None, currency: str) -> Decimal:
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
    value = Decimal(match.group("whole").replace(",", "") + (match.group(None) or ""))
    if not fits_currency(value, currency):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_36(typed: str | None, currency: str) -> Decimal:
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
    value = Decimal(match.group("whole").replace(",", "") + (match.group("XXfractionXX") or ""))
    if not fits_currency(value, currency):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_37(typed: str | None, currency: str) -> Decimal:
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
    value = Decimal(match.group("whole").replace(",", "") + (match.group("FRACTION") or ""))
    if not fits_currency(value, currency):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_38(typed: str | None, currency: str) -> Decimal:
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
    value = Decimal(match.group("whole").replace(",", "") + (match.group("fraction") or "XXXX"))
    if not fits_currency(value, currency):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_39(typed: str | None, currency: str) -> Decimal:
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
    if fits_currency(value, currency):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_40(typed: str | None, currency: str) -> Decimal:
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
    if not fits_currency(None, currency):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_41(typed: str | None, currency: str) -> Decimal:
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
    if not fits_currency(value, None):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_42(typed: str | None, currency: str) -> Decimal:
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
    if not fits_currency(currency):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_43(typed: str | None, currency: str) -> Decimal:
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
    if not fits_currency(value, ):
        raise BadAmount(AmountProblem.DECIMALS)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_44(typed: str | None, currency: str) -> Decimal:
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
        raise BadAmount(None)
    if value <= 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_45(typed: str | None, currency: str) -> Decimal:
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
    if value < 0:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_46(typed: str | None, currency: str) -> Decimal:
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
    if value <= 1:
        raise BadAmount(AmountProblem.ZERO)
    return value


def x_read_amount__mutmut_47(typed: str | None, currency: str) -> Decimal:
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
        raise BadAmount(None)
    return value

mutants_x_read_amount__mutmut['_mutmut_orig'] = x_read_amount__mutmut_orig # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_1'] = x_read_amount__mutmut_1 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_2'] = x_read_amount__mutmut_2 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_3'] = x_read_amount__mutmut_3 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_4'] = x_read_amount__mutmut_4 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_5'] = x_read_amount__mutmut_5 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_6'] = x_read_amount__mutmut_6 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_7'] = x_read_amount__mutmut_7 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_8'] = x_read_amount__mutmut_8 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_9'] = x_read_amount__mutmut_9 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_10'] = x_read_amount__mutmut_10 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_11'] = x_read_amount__mutmut_11 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_12'] = x_read_amount__mutmut_12 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_13'] = x_read_amount__mutmut_13 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_14'] = x_read_amount__mutmut_14 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_15'] = x_read_amount__mutmut_15 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_16'] = x_read_amount__mutmut_16 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_17'] = x_read_amount__mutmut_17 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_18'] = x_read_amount__mutmut_18 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_19'] = x_read_amount__mutmut_19 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_20'] = x_read_amount__mutmut_20 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_21'] = x_read_amount__mutmut_21 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_22'] = x_read_amount__mutmut_22 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_23'] = x_read_amount__mutmut_23 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_24'] = x_read_amount__mutmut_24 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_25'] = x_read_amount__mutmut_25 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_26'] = x_read_amount__mutmut_26 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_27'] = x_read_amount__mutmut_27 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_28'] = x_read_amount__mutmut_28 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_29'] = x_read_amount__mutmut_29 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_30'] = x_read_amount__mutmut_30 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_31'] = x_read_amount__mutmut_31 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_32'] = x_read_amount__mutmut_32 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_33'] = x_read_amount__mutmut_33 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_34'] = x_read_amount__mutmut_34 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_35'] = x_read_amount__mutmut_35 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_36'] = x_read_amount__mutmut_36 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_37'] = x_read_amount__mutmut_37 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_38'] = x_read_amount__mutmut_38 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_39'] = x_read_amount__mutmut_39 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_40'] = x_read_amount__mutmut_40 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_41'] = x_read_amount__mutmut_41 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_42'] = x_read_amount__mutmut_42 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_43'] = x_read_amount__mutmut_43 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_44'] = x_read_amount__mutmut_44 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_45'] = x_read_amount__mutmut_45 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_46'] = x_read_amount__mutmut_46 # type: ignore # mutmut generated
mutants_x_read_amount__mutmut['x_read_amount__mutmut_47'] = x_read_amount__mutmut_47 # type: ignore # mutmut generated
