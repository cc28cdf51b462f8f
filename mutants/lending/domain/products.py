"""A loan product in the lender's words (DESIGN.md §6): its amortization and interest method, and the schedule method
they make. Pure Python."""

from __future__ import annotations

from enum import StrEnum

from .terms import LoanMethod


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class Amortization(StrEnum):
    """How a product repays principal (`products.amortization`)."""

    EQUAL_INSTALMENT = "equal_instalment"
    EQUAL_PRINCIPAL = "equal_principal"
    HARVEST_BALLOON = "harvest_balloon"
    BULLET = "bullet"


class InterestMethod(StrEnum):
    """How a product charges interest (`products.interest_method`)."""

    DECLINING = "declining"  # on the balance still owed
    FLAT = "flat"  # on the original principal, whatever was repaid


# the schedule method of each amortization with declining interest
_SCHEDULE_METHOD = {
    Amortization.EQUAL_INSTALMENT: LoanMethod.ANNUITY,
    Amortization.EQUAL_PRINCIPAL: LoanMethod.EQUAL_PRINCIPAL,
    Amortization.HARVEST_BALLOON: LoanMethod.BALLOON,
    Amortization.BULLET: LoanMethod.BULLET,
}
mutants_x_loan_method__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_loan_method__mutmut)
def loan_method(*, amortization: str, interest_method: str) -> LoanMethod:
    """The schedule method of a product's loans: equal instalments with flat interest are `flat`; otherwise the
    amortization decides (`equal_instalment` → `annuity`, `harvest_balloon` → `balloon`, the others by their name).
    Raises ValueError for an amortization that is not an Amortization."""
    if interest_method == InterestMethod.FLAT and amortization == Amortization.EQUAL_INSTALMENT:
        return LoanMethod.FLAT
    return _SCHEDULE_METHOD[Amortization(amortization)]


def x_loan_method__mutmut_orig(*, amortization: str, interest_method: str) -> LoanMethod:
    """The schedule method of a product's loans: equal instalments with flat interest are `flat`; otherwise the
    amortization decides (`equal_instalment` → `annuity`, `harvest_balloon` → `balloon`, the others by their name).
    Raises ValueError for an amortization that is not an Amortization."""
    if interest_method == InterestMethod.FLAT and amortization == Amortization.EQUAL_INSTALMENT:
        return LoanMethod.FLAT
    return _SCHEDULE_METHOD[Amortization(amortization)]


def x_loan_method__mutmut_1(*, amortization: str, interest_method: str) -> LoanMethod:
    """The schedule method of a product's loans: equal instalments with flat interest are `flat`; otherwise the
    amortization decides (`equal_instalment` → `annuity`, `harvest_balloon` → `balloon`, the others by their name).
    Raises ValueError for an amortization that is not an Amortization."""
    if interest_method == InterestMethod.FLAT or amortization == Amortization.EQUAL_INSTALMENT:
        return LoanMethod.FLAT
    return _SCHEDULE_METHOD[Amortization(amortization)]


def x_loan_method__mutmut_2(*, amortization: str, interest_method: str) -> LoanMethod:
    """The schedule method of a product's loans: equal instalments with flat interest are `flat`; otherwise the
    amortization decides (`equal_instalment` → `annuity`, `harvest_balloon` → `balloon`, the others by their name).
    Raises ValueError for an amortization that is not an Amortization."""
    if interest_method != InterestMethod.FLAT and amortization == Amortization.EQUAL_INSTALMENT:
        return LoanMethod.FLAT
    return _SCHEDULE_METHOD[Amortization(amortization)]


def x_loan_method__mutmut_3(*, amortization: str, interest_method: str) -> LoanMethod:
    """The schedule method of a product's loans: equal instalments with flat interest are `flat`; otherwise the
    amortization decides (`equal_instalment` → `annuity`, `harvest_balloon` → `balloon`, the others by their name).
    Raises ValueError for an amortization that is not an Amortization."""
    if interest_method == InterestMethod.FLAT and amortization != Amortization.EQUAL_INSTALMENT:
        return LoanMethod.FLAT
    return _SCHEDULE_METHOD[Amortization(amortization)]


def x_loan_method__mutmut_4(*, amortization: str, interest_method: str) -> LoanMethod:
    """The schedule method of a product's loans: equal instalments with flat interest are `flat`; otherwise the
    amortization decides (`equal_instalment` → `annuity`, `harvest_balloon` → `balloon`, the others by their name).
    Raises ValueError for an amortization that is not an Amortization."""
    if interest_method == InterestMethod.FLAT and amortization == Amortization.EQUAL_INSTALMENT:
        return LoanMethod.FLAT
    return _SCHEDULE_METHOD[Amortization(None)]

mutants_x_loan_method__mutmut['_mutmut_orig'] = x_loan_method__mutmut_orig # type: ignore # mutmut generated
mutants_x_loan_method__mutmut['x_loan_method__mutmut_1'] = x_loan_method__mutmut_1 # type: ignore # mutmut generated
mutants_x_loan_method__mutmut['x_loan_method__mutmut_2'] = x_loan_method__mutmut_2 # type: ignore # mutmut generated
mutants_x_loan_method__mutmut['x_loan_method__mutmut_3'] = x_loan_method__mutmut_3 # type: ignore # mutmut generated
mutants_x_loan_method__mutmut['x_loan_method__mutmut_4'] = x_loan_method__mutmut_4 # type: ignore # mutmut generated
