"""A farmer's USSD PIN (DESIGN.md §8): four digits, never one that is easy to guess, and a lock after three wrong
tries in a row that outlives the session it happened in. Pure Python: the service hashes the PIN (argon2) and keeps
the tries and the lock on the farmer's record; these rules say what is allowed and when.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .refusals import Refused

LENGTH = 4
MAX_TRIES = 3  # wrong PINs in a row that lock
LOCK = dt.timedelta(minutes=30)


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_check_new__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_new__mutmut)
def check_new(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", field="pin")
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", field="pin")


def x_check_new__mutmut_orig(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", field="pin")
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", field="pin")


def x_check_new__mutmut_1(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH and not all("0" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", field="pin")
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", field="pin")


def x_check_new__mutmut_2(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) == LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", field="pin")
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", field="pin")


def x_check_new__mutmut_3(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or all("0" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", field="pin")
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", field="pin")


def x_check_new__mutmut_4(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all(None):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", field="pin")
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", field="pin")


def x_check_new__mutmut_5(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("XX0XX" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", field="pin")
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", field="pin")


def x_check_new__mutmut_6(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" < char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", field="pin")
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", field="pin")


def x_check_new__mutmut_7(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char < "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", field="pin")
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", field="pin")


def x_check_new__mutmut_8(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char <= "XX9XX" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", field="pin")
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", field="pin")


def x_check_new__mutmut_9(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Refused(None, code="pin_format", field="pin")
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", field="pin")


def x_check_new__mutmut_10(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code=None, field="pin")
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", field="pin")


def x_check_new__mutmut_11(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", field=None)
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", field="pin")


def x_check_new__mutmut_12(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Refused(code="pin_format", field="pin")
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", field="pin")


def x_check_new__mutmut_13(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", field="pin")
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", field="pin")


def x_check_new__mutmut_14(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", )
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", field="pin")


def x_check_new__mutmut_15(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="XXpin_formatXX", field="pin")
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", field="pin")


def x_check_new__mutmut_16(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="PIN_FORMAT", field="pin")
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", field="pin")


def x_check_new__mutmut_17(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", field="XXpinXX")
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", field="pin")


def x_check_new__mutmut_18(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", field="PIN")
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", field="pin")


def x_check_new__mutmut_19(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", field="pin")
    reason = None
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", field="pin")


def x_check_new__mutmut_20(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", field="pin")
    reason = _trivial(None, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", field="pin")


def x_check_new__mutmut_21(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", field="pin")
    reason = _trivial(pin, None)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", field="pin")


def x_check_new__mutmut_22(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", field="pin")
    reason = _trivial(birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", field="pin")


def x_check_new__mutmut_23(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", field="pin")
    reason = _trivial(pin, )
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", field="pin")


def x_check_new__mutmut_24(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", field="pin")
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(None, code="pin_trivial", field="pin")


def x_check_new__mutmut_25(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", field="pin")
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code=None, field="pin")


def x_check_new__mutmut_26(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", field="pin")
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", field=None)


def x_check_new__mutmut_27(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", field="pin")
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(code="pin_trivial", field="pin")


def x_check_new__mutmut_28(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", field="pin")
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", field="pin")


def x_check_new__mutmut_29(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", field="pin")
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", )


def x_check_new__mutmut_30(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", field="pin")
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="XXpin_trivialXX", field="pin")


def x_check_new__mutmut_31(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", field="pin")
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="PIN_TRIVIAL", field="pin")


def x_check_new__mutmut_32(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", field="pin")
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", field="XXpinXX")


def x_check_new__mutmut_33(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", field="pin")
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", field="PIN")

mutants_x_check_new__mutmut['_mutmut_orig'] = x_check_new__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_1'] = x_check_new__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_2'] = x_check_new__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_3'] = x_check_new__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_4'] = x_check_new__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_5'] = x_check_new__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_6'] = x_check_new__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_7'] = x_check_new__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_8'] = x_check_new__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_9'] = x_check_new__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_10'] = x_check_new__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_11'] = x_check_new__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_12'] = x_check_new__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_13'] = x_check_new__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_14'] = x_check_new__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_15'] = x_check_new__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_16'] = x_check_new__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_17'] = x_check_new__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_18'] = x_check_new__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_19'] = x_check_new__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_20'] = x_check_new__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_21'] = x_check_new__mutmut_21 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_22'] = x_check_new__mutmut_22 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_23'] = x_check_new__mutmut_23 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_24'] = x_check_new__mutmut_24 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_25'] = x_check_new__mutmut_25 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_26'] = x_check_new__mutmut_26 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_27'] = x_check_new__mutmut_27 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_28'] = x_check_new__mutmut_28 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_29'] = x_check_new__mutmut_29 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_30'] = x_check_new__mutmut_30 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_31'] = x_check_new__mutmut_31 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_32'] = x_check_new__mutmut_32 # type: ignore # mutmut generated
mutants_x_check_new__mutmut['x_check_new__mutmut_33'] = x_check_new__mutmut_33 # type: ignore # mutmut generated
mutants_x__trivial__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__trivial__mutmut)
def _trivial(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = {later - earlier for earlier, later in zip(digits, digits[1:])}
    if steps == {0}:
        return "one digit repeated"
    if pin[:2] == pin[2:]:
        return "a pair repeated"
    if steps in ({1}, {-1}):
        return "digits in a row"
    if birth_year is not None and pin == f"{birth_year:04d}":
        return "your birth year"
    return None


def x__trivial__mutmut_orig(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = {later - earlier for earlier, later in zip(digits, digits[1:])}
    if steps == {0}:
        return "one digit repeated"
    if pin[:2] == pin[2:]:
        return "a pair repeated"
    if steps in ({1}, {-1}):
        return "digits in a row"
    if birth_year is not None and pin == f"{birth_year:04d}":
        return "your birth year"
    return None


def x__trivial__mutmut_1(pin: str, birth_year: int | None) -> str | None:
    digits = None
    steps = {later - earlier for earlier, later in zip(digits, digits[1:])}
    if steps == {0}:
        return "one digit repeated"
    if pin[:2] == pin[2:]:
        return "a pair repeated"
    if steps in ({1}, {-1}):
        return "digits in a row"
    if birth_year is not None and pin == f"{birth_year:04d}":
        return "your birth year"
    return None


def x__trivial__mutmut_2(pin: str, birth_year: int | None) -> str | None:
    digits = [int(None) for char in pin]
    steps = {later - earlier for earlier, later in zip(digits, digits[1:])}
    if steps == {0}:
        return "one digit repeated"
    if pin[:2] == pin[2:]:
        return "a pair repeated"
    if steps in ({1}, {-1}):
        return "digits in a row"
    if birth_year is not None and pin == f"{birth_year:04d}":
        return "your birth year"
    return None


def x__trivial__mutmut_3(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = None
    if steps == {0}:
        return "one digit repeated"
    if pin[:2] == pin[2:]:
        return "a pair repeated"
    if steps in ({1}, {-1}):
        return "digits in a row"
    if birth_year is not None and pin == f"{birth_year:04d}":
        return "your birth year"
    return None


def x__trivial__mutmut_4(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = {later + earlier for earlier, later in zip(digits, digits[1:])}
    if steps == {0}:
        return "one digit repeated"
    if pin[:2] == pin[2:]:
        return "a pair repeated"
    if steps in ({1}, {-1}):
        return "digits in a row"
    if birth_year is not None and pin == f"{birth_year:04d}":
        return "your birth year"
    return None


def x__trivial__mutmut_5(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = {later - earlier for earlier, later in zip(None, digits[1:])}
    if steps == {0}:
        return "one digit repeated"
    if pin[:2] == pin[2:]:
        return "a pair repeated"
    if steps in ({1}, {-1}):
        return "digits in a row"
    if birth_year is not None and pin == f"{birth_year:04d}":
        return "your birth year"
    return None


def x__trivial__mutmut_6(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = {later - earlier for earlier, later in zip(digits, None)}
    if steps == {0}:
        return "one digit repeated"
    if pin[:2] == pin[2:]:
        return "a pair repeated"
    if steps in ({1}, {-1}):
        return "digits in a row"
    if birth_year is not None and pin == f"{birth_year:04d}":
        return "your birth year"
    return None


def x__trivial__mutmut_7(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = {later - earlier for earlier, later in zip(digits[1:])}
    if steps == {0}:
        return "one digit repeated"
    if pin[:2] == pin[2:]:
        return "a pair repeated"
    if steps in ({1}, {-1}):
        return "digits in a row"
    if birth_year is not None and pin == f"{birth_year:04d}":
        return "your birth year"
    return None


def x__trivial__mutmut_8(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = {later - earlier for earlier, later in zip(digits, )}
    if steps == {0}:
        return "one digit repeated"
    if pin[:2] == pin[2:]:
        return "a pair repeated"
    if steps in ({1}, {-1}):
        return "digits in a row"
    if birth_year is not None and pin == f"{birth_year:04d}":
        return "your birth year"
    return None


def x__trivial__mutmut_9(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = {later - earlier for earlier, later in zip(digits, digits[2:])}
    if steps == {0}:
        return "one digit repeated"
    if pin[:2] == pin[2:]:
        return "a pair repeated"
    if steps in ({1}, {-1}):
        return "digits in a row"
    if birth_year is not None and pin == f"{birth_year:04d}":
        return "your birth year"
    return None


def x__trivial__mutmut_10(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = {later - earlier for earlier, later in zip(digits, digits[1:])}
    if steps != {0}:
        return "one digit repeated"
    if pin[:2] == pin[2:]:
        return "a pair repeated"
    if steps in ({1}, {-1}):
        return "digits in a row"
    if birth_year is not None and pin == f"{birth_year:04d}":
        return "your birth year"
    return None


def x__trivial__mutmut_11(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = {later - earlier for earlier, later in zip(digits, digits[1:])}
    if steps == {1}:
        return "one digit repeated"
    if pin[:2] == pin[2:]:
        return "a pair repeated"
    if steps in ({1}, {-1}):
        return "digits in a row"
    if birth_year is not None and pin == f"{birth_year:04d}":
        return "your birth year"
    return None


def x__trivial__mutmut_12(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = {later - earlier for earlier, later in zip(digits, digits[1:])}
    if steps == {0}:
        return "XXone digit repeatedXX"
    if pin[:2] == pin[2:]:
        return "a pair repeated"
    if steps in ({1}, {-1}):
        return "digits in a row"
    if birth_year is not None and pin == f"{birth_year:04d}":
        return "your birth year"
    return None


def x__trivial__mutmut_13(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = {later - earlier for earlier, later in zip(digits, digits[1:])}
    if steps == {0}:
        return "ONE DIGIT REPEATED"
    if pin[:2] == pin[2:]:
        return "a pair repeated"
    if steps in ({1}, {-1}):
        return "digits in a row"
    if birth_year is not None and pin == f"{birth_year:04d}":
        return "your birth year"
    return None


def x__trivial__mutmut_14(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = {later - earlier for earlier, later in zip(digits, digits[1:])}
    if steps == {0}:
        return "one digit repeated"
    if pin[:3] == pin[2:]:
        return "a pair repeated"
    if steps in ({1}, {-1}):
        return "digits in a row"
    if birth_year is not None and pin == f"{birth_year:04d}":
        return "your birth year"
    return None


def x__trivial__mutmut_15(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = {later - earlier for earlier, later in zip(digits, digits[1:])}
    if steps == {0}:
        return "one digit repeated"
    if pin[:2] != pin[2:]:
        return "a pair repeated"
    if steps in ({1}, {-1}):
        return "digits in a row"
    if birth_year is not None and pin == f"{birth_year:04d}":
        return "your birth year"
    return None


def x__trivial__mutmut_16(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = {later - earlier for earlier, later in zip(digits, digits[1:])}
    if steps == {0}:
        return "one digit repeated"
    if pin[:2] == pin[3:]:
        return "a pair repeated"
    if steps in ({1}, {-1}):
        return "digits in a row"
    if birth_year is not None and pin == f"{birth_year:04d}":
        return "your birth year"
    return None


def x__trivial__mutmut_17(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = {later - earlier for earlier, later in zip(digits, digits[1:])}
    if steps == {0}:
        return "one digit repeated"
    if pin[:2] == pin[2:]:
        return "XXa pair repeatedXX"
    if steps in ({1}, {-1}):
        return "digits in a row"
    if birth_year is not None and pin == f"{birth_year:04d}":
        return "your birth year"
    return None


def x__trivial__mutmut_18(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = {later - earlier for earlier, later in zip(digits, digits[1:])}
    if steps == {0}:
        return "one digit repeated"
    if pin[:2] == pin[2:]:
        return "A PAIR REPEATED"
    if steps in ({1}, {-1}):
        return "digits in a row"
    if birth_year is not None and pin == f"{birth_year:04d}":
        return "your birth year"
    return None


def x__trivial__mutmut_19(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = {later - earlier for earlier, later in zip(digits, digits[1:])}
    if steps == {0}:
        return "one digit repeated"
    if pin[:2] == pin[2:]:
        return "a pair repeated"
    if steps not in ({1}, {-1}):
        return "digits in a row"
    if birth_year is not None and pin == f"{birth_year:04d}":
        return "your birth year"
    return None


def x__trivial__mutmut_20(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = {later - earlier for earlier, later in zip(digits, digits[1:])}
    if steps == {0}:
        return "one digit repeated"
    if pin[:2] == pin[2:]:
        return "a pair repeated"
    if steps in ({2}, {-1}):
        return "digits in a row"
    if birth_year is not None and pin == f"{birth_year:04d}":
        return "your birth year"
    return None


def x__trivial__mutmut_21(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = {later - earlier for earlier, later in zip(digits, digits[1:])}
    if steps == {0}:
        return "one digit repeated"
    if pin[:2] == pin[2:]:
        return "a pair repeated"
    if steps in ({1}, {+1}):
        return "digits in a row"
    if birth_year is not None and pin == f"{birth_year:04d}":
        return "your birth year"
    return None


def x__trivial__mutmut_22(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = {later - earlier for earlier, later in zip(digits, digits[1:])}
    if steps == {0}:
        return "one digit repeated"
    if pin[:2] == pin[2:]:
        return "a pair repeated"
    if steps in ({1}, {-2}):
        return "digits in a row"
    if birth_year is not None and pin == f"{birth_year:04d}":
        return "your birth year"
    return None


def x__trivial__mutmut_23(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = {later - earlier for earlier, later in zip(digits, digits[1:])}
    if steps == {0}:
        return "one digit repeated"
    if pin[:2] == pin[2:]:
        return "a pair repeated"
    if steps in ({1}, {-1}):
        return "XXdigits in a rowXX"
    if birth_year is not None and pin == f"{birth_year:04d}":
        return "your birth year"
    return None


def x__trivial__mutmut_24(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = {later - earlier for earlier, later in zip(digits, digits[1:])}
    if steps == {0}:
        return "one digit repeated"
    if pin[:2] == pin[2:]:
        return "a pair repeated"
    if steps in ({1}, {-1}):
        return "DIGITS IN A ROW"
    if birth_year is not None and pin == f"{birth_year:04d}":
        return "your birth year"
    return None


def x__trivial__mutmut_25(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = {later - earlier for earlier, later in zip(digits, digits[1:])}
    if steps == {0}:
        return "one digit repeated"
    if pin[:2] == pin[2:]:
        return "a pair repeated"
    if steps in ({1}, {-1}):
        return "digits in a row"
    if birth_year is not None or pin == f"{birth_year:04d}":
        return "your birth year"
    return None


def x__trivial__mutmut_26(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = {later - earlier for earlier, later in zip(digits, digits[1:])}
    if steps == {0}:
        return "one digit repeated"
    if pin[:2] == pin[2:]:
        return "a pair repeated"
    if steps in ({1}, {-1}):
        return "digits in a row"
    if birth_year is None and pin == f"{birth_year:04d}":
        return "your birth year"
    return None


def x__trivial__mutmut_27(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = {later - earlier for earlier, later in zip(digits, digits[1:])}
    if steps == {0}:
        return "one digit repeated"
    if pin[:2] == pin[2:]:
        return "a pair repeated"
    if steps in ({1}, {-1}):
        return "digits in a row"
    if birth_year is not None and pin != f"{birth_year:04d}":
        return "your birth year"
    return None


def x__trivial__mutmut_28(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = {later - earlier for earlier, later in zip(digits, digits[1:])}
    if steps == {0}:
        return "one digit repeated"
    if pin[:2] == pin[2:]:
        return "a pair repeated"
    if steps in ({1}, {-1}):
        return "digits in a row"
    if birth_year is not None and pin == f"{birth_year:04d}":
        return "XXyour birth yearXX"
    return None


def x__trivial__mutmut_29(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = {later - earlier for earlier, later in zip(digits, digits[1:])}
    if steps == {0}:
        return "one digit repeated"
    if pin[:2] == pin[2:]:
        return "a pair repeated"
    if steps in ({1}, {-1}):
        return "digits in a row"
    if birth_year is not None and pin == f"{birth_year:04d}":
        return "YOUR BIRTH YEAR"
    return None

mutants_x__trivial__mutmut['_mutmut_orig'] = x__trivial__mutmut_orig # type: ignore # mutmut generated
mutants_x__trivial__mutmut['x__trivial__mutmut_1'] = x__trivial__mutmut_1 # type: ignore # mutmut generated
mutants_x__trivial__mutmut['x__trivial__mutmut_2'] = x__trivial__mutmut_2 # type: ignore # mutmut generated
mutants_x__trivial__mutmut['x__trivial__mutmut_3'] = x__trivial__mutmut_3 # type: ignore # mutmut generated
mutants_x__trivial__mutmut['x__trivial__mutmut_4'] = x__trivial__mutmut_4 # type: ignore # mutmut generated
mutants_x__trivial__mutmut['x__trivial__mutmut_5'] = x__trivial__mutmut_5 # type: ignore # mutmut generated
mutants_x__trivial__mutmut['x__trivial__mutmut_6'] = x__trivial__mutmut_6 # type: ignore # mutmut generated
mutants_x__trivial__mutmut['x__trivial__mutmut_7'] = x__trivial__mutmut_7 # type: ignore # mutmut generated
mutants_x__trivial__mutmut['x__trivial__mutmut_8'] = x__trivial__mutmut_8 # type: ignore # mutmut generated
mutants_x__trivial__mutmut['x__trivial__mutmut_9'] = x__trivial__mutmut_9 # type: ignore # mutmut generated
mutants_x__trivial__mutmut['x__trivial__mutmut_10'] = x__trivial__mutmut_10 # type: ignore # mutmut generated
mutants_x__trivial__mutmut['x__trivial__mutmut_11'] = x__trivial__mutmut_11 # type: ignore # mutmut generated
mutants_x__trivial__mutmut['x__trivial__mutmut_12'] = x__trivial__mutmut_12 # type: ignore # mutmut generated
mutants_x__trivial__mutmut['x__trivial__mutmut_13'] = x__trivial__mutmut_13 # type: ignore # mutmut generated
mutants_x__trivial__mutmut['x__trivial__mutmut_14'] = x__trivial__mutmut_14 # type: ignore # mutmut generated
mutants_x__trivial__mutmut['x__trivial__mutmut_15'] = x__trivial__mutmut_15 # type: ignore # mutmut generated
mutants_x__trivial__mutmut['x__trivial__mutmut_16'] = x__trivial__mutmut_16 # type: ignore # mutmut generated
mutants_x__trivial__mutmut['x__trivial__mutmut_17'] = x__trivial__mutmut_17 # type: ignore # mutmut generated
mutants_x__trivial__mutmut['x__trivial__mutmut_18'] = x__trivial__mutmut_18 # type: ignore # mutmut generated
mutants_x__trivial__mutmut['x__trivial__mutmut_19'] = x__trivial__mutmut_19 # type: ignore # mutmut generated
mutants_x__trivial__mutmut['x__trivial__mutmut_20'] = x__trivial__mutmut_20 # type: ignore # mutmut generated
mutants_x__trivial__mutmut['x__trivial__mutmut_21'] = x__trivial__mutmut_21 # type: ignore # mutmut generated
mutants_x__trivial__mutmut['x__trivial__mutmut_22'] = x__trivial__mutmut_22 # type: ignore # mutmut generated
mutants_x__trivial__mutmut['x__trivial__mutmut_23'] = x__trivial__mutmut_23 # type: ignore # mutmut generated
mutants_x__trivial__mutmut['x__trivial__mutmut_24'] = x__trivial__mutmut_24 # type: ignore # mutmut generated
mutants_x__trivial__mutmut['x__trivial__mutmut_25'] = x__trivial__mutmut_25 # type: ignore # mutmut generated
mutants_x__trivial__mutmut['x__trivial__mutmut_26'] = x__trivial__mutmut_26 # type: ignore # mutmut generated
mutants_x__trivial__mutmut['x__trivial__mutmut_27'] = x__trivial__mutmut_27 # type: ignore # mutmut generated
mutants_x__trivial__mutmut['x__trivial__mutmut_28'] = x__trivial__mutmut_28 # type: ignore # mutmut generated
mutants_x__trivial__mutmut['x__trivial__mutmut_29'] = x__trivial__mutmut_29 # type: ignore # mutmut generated
mutants_xǁTriesǁlocked__mutmut: MutantDict = {}  # type: ignore
mutants_xǁTriesǁafter_wrong__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class Tries:
    """Wrong PINs in a row and, after the last of MAX_TRIES, until when the PIN is locked (aware UTC)."""

    wrong: int = 0
    locked_until: dt.datetime | None = None

    @_mutmut_mutated(mutants_xǁTriesǁlocked__mutmut)
    def locked(self, now: dt.datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def xǁTriesǁlocked__mutmut_orig(self, now: dt.datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def xǁTriesǁlocked__mutmut_1(self, now: dt.datetime) -> bool:
        return self.locked_until is not None or now < self.locked_until

    def xǁTriesǁlocked__mutmut_2(self, now: dt.datetime) -> bool:
        return self.locked_until is None and now < self.locked_until

    def xǁTriesǁlocked__mutmut_3(self, now: dt.datetime) -> bool:
        return self.locked_until is not None and now <= self.locked_until

    @_mutmut_mutated(mutants_xǁTriesǁafter_wrong__mutmut)
    def after_wrong(self, now: dt.datetime) -> Tries:
        """One more wrong PIN: the MAX_TRIES-th in a row locks for LOCK (and starts the count again after it)."""
        wrong = self.wrong + 1
        if wrong >= MAX_TRIES:
            return Tries(wrong=0, locked_until=now + LOCK)
        return Tries(wrong=wrong, locked_until=self.locked_until)

    def xǁTriesǁafter_wrong__mutmut_orig(self, now: dt.datetime) -> Tries:
        """One more wrong PIN: the MAX_TRIES-th in a row locks for LOCK (and starts the count again after it)."""
        wrong = self.wrong + 1
        if wrong >= MAX_TRIES:
            return Tries(wrong=0, locked_until=now + LOCK)
        return Tries(wrong=wrong, locked_until=self.locked_until)

    def xǁTriesǁafter_wrong__mutmut_1(self, now: dt.datetime) -> Tries:
        """One more wrong PIN: the MAX_TRIES-th in a row locks for LOCK (and starts the count again after it)."""
        wrong = None
        if wrong >= MAX_TRIES:
            return Tries(wrong=0, locked_until=now + LOCK)
        return Tries(wrong=wrong, locked_until=self.locked_until)

    def xǁTriesǁafter_wrong__mutmut_2(self, now: dt.datetime) -> Tries:
        """One more wrong PIN: the MAX_TRIES-th in a row locks for LOCK (and starts the count again after it)."""
        wrong = self.wrong - 1
        if wrong >= MAX_TRIES:
            return Tries(wrong=0, locked_until=now + LOCK)
        return Tries(wrong=wrong, locked_until=self.locked_until)

    def xǁTriesǁafter_wrong__mutmut_3(self, now: dt.datetime) -> Tries:
        """One more wrong PIN: the MAX_TRIES-th in a row locks for LOCK (and starts the count again after it)."""
        wrong = self.wrong + 2
        if wrong >= MAX_TRIES:
            return Tries(wrong=0, locked_until=now + LOCK)
        return Tries(wrong=wrong, locked_until=self.locked_until)

    def xǁTriesǁafter_wrong__mutmut_4(self, now: dt.datetime) -> Tries:
        """One more wrong PIN: the MAX_TRIES-th in a row locks for LOCK (and starts the count again after it)."""
        wrong = self.wrong + 1
        if wrong > MAX_TRIES:
            return Tries(wrong=0, locked_until=now + LOCK)
        return Tries(wrong=wrong, locked_until=self.locked_until)

    def xǁTriesǁafter_wrong__mutmut_5(self, now: dt.datetime) -> Tries:
        """One more wrong PIN: the MAX_TRIES-th in a row locks for LOCK (and starts the count again after it)."""
        wrong = self.wrong + 1
        if wrong >= MAX_TRIES:
            return Tries(wrong=None, locked_until=now + LOCK)
        return Tries(wrong=wrong, locked_until=self.locked_until)

    def xǁTriesǁafter_wrong__mutmut_6(self, now: dt.datetime) -> Tries:
        """One more wrong PIN: the MAX_TRIES-th in a row locks for LOCK (and starts the count again after it)."""
        wrong = self.wrong + 1
        if wrong >= MAX_TRIES:
            return Tries(wrong=0, locked_until=None)
        return Tries(wrong=wrong, locked_until=self.locked_until)

    def xǁTriesǁafter_wrong__mutmut_7(self, now: dt.datetime) -> Tries:
        """One more wrong PIN: the MAX_TRIES-th in a row locks for LOCK (and starts the count again after it)."""
        wrong = self.wrong + 1
        if wrong >= MAX_TRIES:
            return Tries(locked_until=now + LOCK)
        return Tries(wrong=wrong, locked_until=self.locked_until)

    def xǁTriesǁafter_wrong__mutmut_8(self, now: dt.datetime) -> Tries:
        """One more wrong PIN: the MAX_TRIES-th in a row locks for LOCK (and starts the count again after it)."""
        wrong = self.wrong + 1
        if wrong >= MAX_TRIES:
            return Tries(wrong=0, )
        return Tries(wrong=wrong, locked_until=self.locked_until)

    def xǁTriesǁafter_wrong__mutmut_9(self, now: dt.datetime) -> Tries:
        """One more wrong PIN: the MAX_TRIES-th in a row locks for LOCK (and starts the count again after it)."""
        wrong = self.wrong + 1
        if wrong >= MAX_TRIES:
            return Tries(wrong=1, locked_until=now + LOCK)
        return Tries(wrong=wrong, locked_until=self.locked_until)

    def xǁTriesǁafter_wrong__mutmut_10(self, now: dt.datetime) -> Tries:
        """One more wrong PIN: the MAX_TRIES-th in a row locks for LOCK (and starts the count again after it)."""
        wrong = self.wrong + 1
        if wrong >= MAX_TRIES:
            return Tries(wrong=0, locked_until=now - LOCK)
        return Tries(wrong=wrong, locked_until=self.locked_until)

    def xǁTriesǁafter_wrong__mutmut_11(self, now: dt.datetime) -> Tries:
        """One more wrong PIN: the MAX_TRIES-th in a row locks for LOCK (and starts the count again after it)."""
        wrong = self.wrong + 1
        if wrong >= MAX_TRIES:
            return Tries(wrong=0, locked_until=now + LOCK)
        return Tries(wrong=None, locked_until=self.locked_until)

    def xǁTriesǁafter_wrong__mutmut_12(self, now: dt.datetime) -> Tries:
        """One more wrong PIN: the MAX_TRIES-th in a row locks for LOCK (and starts the count again after it)."""
        wrong = self.wrong + 1
        if wrong >= MAX_TRIES:
            return Tries(wrong=0, locked_until=now + LOCK)
        return Tries(wrong=wrong, locked_until=None)

    def xǁTriesǁafter_wrong__mutmut_13(self, now: dt.datetime) -> Tries:
        """One more wrong PIN: the MAX_TRIES-th in a row locks for LOCK (and starts the count again after it)."""
        wrong = self.wrong + 1
        if wrong >= MAX_TRIES:
            return Tries(wrong=0, locked_until=now + LOCK)
        return Tries(locked_until=self.locked_until)

    def xǁTriesǁafter_wrong__mutmut_14(self, now: dt.datetime) -> Tries:
        """One more wrong PIN: the MAX_TRIES-th in a row locks for LOCK (and starts the count again after it)."""
        wrong = self.wrong + 1
        if wrong >= MAX_TRIES:
            return Tries(wrong=0, locked_until=now + LOCK)
        return Tries(wrong=wrong, )

    def after_right(self) -> Tries:
        return Tries()

mutants_xǁTriesǁlocked__mutmut['_mutmut_orig'] = Tries.xǁTriesǁlocked__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTriesǁlocked__mutmut['xǁTriesǁlocked__mutmut_1'] = Tries.xǁTriesǁlocked__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTriesǁlocked__mutmut['xǁTriesǁlocked__mutmut_2'] = Tries.xǁTriesǁlocked__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTriesǁlocked__mutmut['xǁTriesǁlocked__mutmut_3'] = Tries.xǁTriesǁlocked__mutmut_3 # type: ignore # mutmut generated

mutants_xǁTriesǁafter_wrong__mutmut['_mutmut_orig'] = Tries.xǁTriesǁafter_wrong__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTriesǁafter_wrong__mutmut['xǁTriesǁafter_wrong__mutmut_1'] = Tries.xǁTriesǁafter_wrong__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTriesǁafter_wrong__mutmut['xǁTriesǁafter_wrong__mutmut_2'] = Tries.xǁTriesǁafter_wrong__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTriesǁafter_wrong__mutmut['xǁTriesǁafter_wrong__mutmut_3'] = Tries.xǁTriesǁafter_wrong__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTriesǁafter_wrong__mutmut['xǁTriesǁafter_wrong__mutmut_4'] = Tries.xǁTriesǁafter_wrong__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTriesǁafter_wrong__mutmut['xǁTriesǁafter_wrong__mutmut_5'] = Tries.xǁTriesǁafter_wrong__mutmut_5 # type: ignore # mutmut generated
mutants_xǁTriesǁafter_wrong__mutmut['xǁTriesǁafter_wrong__mutmut_6'] = Tries.xǁTriesǁafter_wrong__mutmut_6 # type: ignore # mutmut generated
mutants_xǁTriesǁafter_wrong__mutmut['xǁTriesǁafter_wrong__mutmut_7'] = Tries.xǁTriesǁafter_wrong__mutmut_7 # type: ignore # mutmut generated
mutants_xǁTriesǁafter_wrong__mutmut['xǁTriesǁafter_wrong__mutmut_8'] = Tries.xǁTriesǁafter_wrong__mutmut_8 # type: ignore # mutmut generated
mutants_xǁTriesǁafter_wrong__mutmut['xǁTriesǁafter_wrong__mutmut_9'] = Tries.xǁTriesǁafter_wrong__mutmut_9 # type: ignore # mutmut generated
mutants_xǁTriesǁafter_wrong__mutmut['xǁTriesǁafter_wrong__mutmut_10'] = Tries.xǁTriesǁafter_wrong__mutmut_10 # type: ignore # mutmut generated
mutants_xǁTriesǁafter_wrong__mutmut['xǁTriesǁafter_wrong__mutmut_11'] = Tries.xǁTriesǁafter_wrong__mutmut_11 # type: ignore # mutmut generated
mutants_xǁTriesǁafter_wrong__mutmut['xǁTriesǁafter_wrong__mutmut_12'] = Tries.xǁTriesǁafter_wrong__mutmut_12 # type: ignore # mutmut generated
mutants_xǁTriesǁafter_wrong__mutmut['xǁTriesǁafter_wrong__mutmut_13'] = Tries.xǁTriesǁafter_wrong__mutmut_13 # type: ignore # mutmut generated
mutants_xǁTriesǁafter_wrong__mutmut['xǁTriesǁafter_wrong__mutmut_14'] = Tries.xǁTriesǁafter_wrong__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_unlocked__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_unlocked__mutmut)
def check_unlocked(tries: Tries, now: dt.datetime) -> None:
    """Refuse (Refused, `pin_locked`, forbidden) any PIN while locked, even the right one."""
    if tries.locked(now):
        minutes = -(-(tries.locked_until - now) // dt.timedelta(minutes=1))  # rounded up: never "0 minutes"
        raise Refused(
            f"The PIN is locked after {MAX_TRIES} wrong tries; try again in {minutes} minutes.",
            code="pin_locked",
            field="pin",
            forbidden=True,
        )


def x_check_unlocked__mutmut_orig(tries: Tries, now: dt.datetime) -> None:
    """Refuse (Refused, `pin_locked`, forbidden) any PIN while locked, even the right one."""
    if tries.locked(now):
        minutes = -(-(tries.locked_until - now) // dt.timedelta(minutes=1))  # rounded up: never "0 minutes"
        raise Refused(
            f"The PIN is locked after {MAX_TRIES} wrong tries; try again in {minutes} minutes.",
            code="pin_locked",
            field="pin",
            forbidden=True,
        )


def x_check_unlocked__mutmut_1(tries: Tries, now: dt.datetime) -> None:
    """Refuse (Refused, `pin_locked`, forbidden) any PIN while locked, even the right one."""
    if tries.locked(None):
        minutes = -(-(tries.locked_until - now) // dt.timedelta(minutes=1))  # rounded up: never "0 minutes"
        raise Refused(
            f"The PIN is locked after {MAX_TRIES} wrong tries; try again in {minutes} minutes.",
            code="pin_locked",
            field="pin",
            forbidden=True,
        )


def x_check_unlocked__mutmut_2(tries: Tries, now: dt.datetime) -> None:
    """Refuse (Refused, `pin_locked`, forbidden) any PIN while locked, even the right one."""
    if tries.locked(now):
        minutes = None  # rounded up: never "0 minutes"
        raise Refused(
            f"The PIN is locked after {MAX_TRIES} wrong tries; try again in {minutes} minutes.",
            code="pin_locked",
            field="pin",
            forbidden=True,
        )


def x_check_unlocked__mutmut_3(tries: Tries, now: dt.datetime) -> None:
    """Refuse (Refused, `pin_locked`, forbidden) any PIN while locked, even the right one."""
    if tries.locked(now):
        minutes = +(-(tries.locked_until - now) // dt.timedelta(minutes=1))  # rounded up: never "0 minutes"
        raise Refused(
            f"The PIN is locked after {MAX_TRIES} wrong tries; try again in {minutes} minutes.",
            code="pin_locked",
            field="pin",
            forbidden=True,
        )


def x_check_unlocked__mutmut_4(tries: Tries, now: dt.datetime) -> None:
    """Refuse (Refused, `pin_locked`, forbidden) any PIN while locked, even the right one."""
    if tries.locked(now):
        minutes = -(-(tries.locked_until - now) / dt.timedelta(minutes=1))  # rounded up: never "0 minutes"
        raise Refused(
            f"The PIN is locked after {MAX_TRIES} wrong tries; try again in {minutes} minutes.",
            code="pin_locked",
            field="pin",
            forbidden=True,
        )


def x_check_unlocked__mutmut_5(tries: Tries, now: dt.datetime) -> None:
    """Refuse (Refused, `pin_locked`, forbidden) any PIN while locked, even the right one."""
    if tries.locked(now):
        minutes = -(+(tries.locked_until - now) // dt.timedelta(minutes=1))  # rounded up: never "0 minutes"
        raise Refused(
            f"The PIN is locked after {MAX_TRIES} wrong tries; try again in {minutes} minutes.",
            code="pin_locked",
            field="pin",
            forbidden=True,
        )


def x_check_unlocked__mutmut_6(tries: Tries, now: dt.datetime) -> None:
    """Refuse (Refused, `pin_locked`, forbidden) any PIN while locked, even the right one."""
    if tries.locked(now):
        minutes = -(-(tries.locked_until + now) // dt.timedelta(minutes=1))  # rounded up: never "0 minutes"
        raise Refused(
            f"The PIN is locked after {MAX_TRIES} wrong tries; try again in {minutes} minutes.",
            code="pin_locked",
            field="pin",
            forbidden=True,
        )


def x_check_unlocked__mutmut_7(tries: Tries, now: dt.datetime) -> None:
    """Refuse (Refused, `pin_locked`, forbidden) any PIN while locked, even the right one."""
    if tries.locked(now):
        minutes = -(-(tries.locked_until - now) // dt.timedelta(minutes=None))  # rounded up: never "0 minutes"
        raise Refused(
            f"The PIN is locked after {MAX_TRIES} wrong tries; try again in {minutes} minutes.",
            code="pin_locked",
            field="pin",
            forbidden=True,
        )


def x_check_unlocked__mutmut_8(tries: Tries, now: dt.datetime) -> None:
    """Refuse (Refused, `pin_locked`, forbidden) any PIN while locked, even the right one."""
    if tries.locked(now):
        minutes = -(-(tries.locked_until - now) // dt.timedelta(minutes=2))  # rounded up: never "0 minutes"
        raise Refused(
            f"The PIN is locked after {MAX_TRIES} wrong tries; try again in {minutes} minutes.",
            code="pin_locked",
            field="pin",
            forbidden=True,
        )


def x_check_unlocked__mutmut_9(tries: Tries, now: dt.datetime) -> None:
    """Refuse (Refused, `pin_locked`, forbidden) any PIN while locked, even the right one."""
    if tries.locked(now):
        minutes = -(-(tries.locked_until - now) // dt.timedelta(minutes=1))  # rounded up: never "0 minutes"
        raise Refused(
            None,
            code="pin_locked",
            field="pin",
            forbidden=True,
        )


def x_check_unlocked__mutmut_10(tries: Tries, now: dt.datetime) -> None:
    """Refuse (Refused, `pin_locked`, forbidden) any PIN while locked, even the right one."""
    if tries.locked(now):
        minutes = -(-(tries.locked_until - now) // dt.timedelta(minutes=1))  # rounded up: never "0 minutes"
        raise Refused(
            f"The PIN is locked after {MAX_TRIES} wrong tries; try again in {minutes} minutes.",
            code=None,
            field="pin",
            forbidden=True,
        )


def x_check_unlocked__mutmut_11(tries: Tries, now: dt.datetime) -> None:
    """Refuse (Refused, `pin_locked`, forbidden) any PIN while locked, even the right one."""
    if tries.locked(now):
        minutes = -(-(tries.locked_until - now) // dt.timedelta(minutes=1))  # rounded up: never "0 minutes"
        raise Refused(
            f"The PIN is locked after {MAX_TRIES} wrong tries; try again in {minutes} minutes.",
            code="pin_locked",
            field=None,
            forbidden=True,
        )


def x_check_unlocked__mutmut_12(tries: Tries, now: dt.datetime) -> None:
    """Refuse (Refused, `pin_locked`, forbidden) any PIN while locked, even the right one."""
    if tries.locked(now):
        minutes = -(-(tries.locked_until - now) // dt.timedelta(minutes=1))  # rounded up: never "0 minutes"
        raise Refused(
            f"The PIN is locked after {MAX_TRIES} wrong tries; try again in {minutes} minutes.",
            code="pin_locked",
            field="pin",
            forbidden=None,
        )


def x_check_unlocked__mutmut_13(tries: Tries, now: dt.datetime) -> None:
    """Refuse (Refused, `pin_locked`, forbidden) any PIN while locked, even the right one."""
    if tries.locked(now):
        minutes = -(-(tries.locked_until - now) // dt.timedelta(minutes=1))  # rounded up: never "0 minutes"
        raise Refused(
            code="pin_locked",
            field="pin",
            forbidden=True,
        )


def x_check_unlocked__mutmut_14(tries: Tries, now: dt.datetime) -> None:
    """Refuse (Refused, `pin_locked`, forbidden) any PIN while locked, even the right one."""
    if tries.locked(now):
        minutes = -(-(tries.locked_until - now) // dt.timedelta(minutes=1))  # rounded up: never "0 minutes"
        raise Refused(
            f"The PIN is locked after {MAX_TRIES} wrong tries; try again in {minutes} minutes.",
            field="pin",
            forbidden=True,
        )


def x_check_unlocked__mutmut_15(tries: Tries, now: dt.datetime) -> None:
    """Refuse (Refused, `pin_locked`, forbidden) any PIN while locked, even the right one."""
    if tries.locked(now):
        minutes = -(-(tries.locked_until - now) // dt.timedelta(minutes=1))  # rounded up: never "0 minutes"
        raise Refused(
            f"The PIN is locked after {MAX_TRIES} wrong tries; try again in {minutes} minutes.",
            code="pin_locked",
            forbidden=True,
        )


def x_check_unlocked__mutmut_16(tries: Tries, now: dt.datetime) -> None:
    """Refuse (Refused, `pin_locked`, forbidden) any PIN while locked, even the right one."""
    if tries.locked(now):
        minutes = -(-(tries.locked_until - now) // dt.timedelta(minutes=1))  # rounded up: never "0 minutes"
        raise Refused(
            f"The PIN is locked after {MAX_TRIES} wrong tries; try again in {minutes} minutes.",
            code="pin_locked",
            field="pin",
            )


def x_check_unlocked__mutmut_17(tries: Tries, now: dt.datetime) -> None:
    """Refuse (Refused, `pin_locked`, forbidden) any PIN while locked, even the right one."""
    if tries.locked(now):
        minutes = -(-(tries.locked_until - now) // dt.timedelta(minutes=1))  # rounded up: never "0 minutes"
        raise Refused(
            f"The PIN is locked after {MAX_TRIES} wrong tries; try again in {minutes} minutes.",
            code="XXpin_lockedXX",
            field="pin",
            forbidden=True,
        )


def x_check_unlocked__mutmut_18(tries: Tries, now: dt.datetime) -> None:
    """Refuse (Refused, `pin_locked`, forbidden) any PIN while locked, even the right one."""
    if tries.locked(now):
        minutes = -(-(tries.locked_until - now) // dt.timedelta(minutes=1))  # rounded up: never "0 minutes"
        raise Refused(
            f"The PIN is locked after {MAX_TRIES} wrong tries; try again in {minutes} minutes.",
            code="PIN_LOCKED",
            field="pin",
            forbidden=True,
        )


def x_check_unlocked__mutmut_19(tries: Tries, now: dt.datetime) -> None:
    """Refuse (Refused, `pin_locked`, forbidden) any PIN while locked, even the right one."""
    if tries.locked(now):
        minutes = -(-(tries.locked_until - now) // dt.timedelta(minutes=1))  # rounded up: never "0 minutes"
        raise Refused(
            f"The PIN is locked after {MAX_TRIES} wrong tries; try again in {minutes} minutes.",
            code="pin_locked",
            field="XXpinXX",
            forbidden=True,
        )


def x_check_unlocked__mutmut_20(tries: Tries, now: dt.datetime) -> None:
    """Refuse (Refused, `pin_locked`, forbidden) any PIN while locked, even the right one."""
    if tries.locked(now):
        minutes = -(-(tries.locked_until - now) // dt.timedelta(minutes=1))  # rounded up: never "0 minutes"
        raise Refused(
            f"The PIN is locked after {MAX_TRIES} wrong tries; try again in {minutes} minutes.",
            code="pin_locked",
            field="PIN",
            forbidden=True,
        )


def x_check_unlocked__mutmut_21(tries: Tries, now: dt.datetime) -> None:
    """Refuse (Refused, `pin_locked`, forbidden) any PIN while locked, even the right one."""
    if tries.locked(now):
        minutes = -(-(tries.locked_until - now) // dt.timedelta(minutes=1))  # rounded up: never "0 minutes"
        raise Refused(
            f"The PIN is locked after {MAX_TRIES} wrong tries; try again in {minutes} minutes.",
            code="pin_locked",
            field="pin",
            forbidden=False,
        )

mutants_x_check_unlocked__mutmut['_mutmut_orig'] = x_check_unlocked__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_unlocked__mutmut['x_check_unlocked__mutmut_1'] = x_check_unlocked__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_unlocked__mutmut['x_check_unlocked__mutmut_2'] = x_check_unlocked__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_unlocked__mutmut['x_check_unlocked__mutmut_3'] = x_check_unlocked__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_unlocked__mutmut['x_check_unlocked__mutmut_4'] = x_check_unlocked__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_unlocked__mutmut['x_check_unlocked__mutmut_5'] = x_check_unlocked__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_unlocked__mutmut['x_check_unlocked__mutmut_6'] = x_check_unlocked__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_unlocked__mutmut['x_check_unlocked__mutmut_7'] = x_check_unlocked__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_unlocked__mutmut['x_check_unlocked__mutmut_8'] = x_check_unlocked__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_unlocked__mutmut['x_check_unlocked__mutmut_9'] = x_check_unlocked__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_unlocked__mutmut['x_check_unlocked__mutmut_10'] = x_check_unlocked__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_unlocked__mutmut['x_check_unlocked__mutmut_11'] = x_check_unlocked__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_unlocked__mutmut['x_check_unlocked__mutmut_12'] = x_check_unlocked__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_unlocked__mutmut['x_check_unlocked__mutmut_13'] = x_check_unlocked__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_unlocked__mutmut['x_check_unlocked__mutmut_14'] = x_check_unlocked__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_unlocked__mutmut['x_check_unlocked__mutmut_15'] = x_check_unlocked__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_unlocked__mutmut['x_check_unlocked__mutmut_16'] = x_check_unlocked__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_unlocked__mutmut['x_check_unlocked__mutmut_17'] = x_check_unlocked__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_unlocked__mutmut['x_check_unlocked__mutmut_18'] = x_check_unlocked__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_unlocked__mutmut['x_check_unlocked__mutmut_19'] = x_check_unlocked__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_unlocked__mutmut['x_check_unlocked__mutmut_20'] = x_check_unlocked__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_unlocked__mutmut['x_check_unlocked__mutmut_21'] = x_check_unlocked__mutmut_21 # type: ignore # mutmut generated
