"""A loan product in the lender's words (DESIGN.md §6): its amortization and interest method, and the schedule method
they make. Pure Python."""

from __future__ import annotations

from enum import StrEnum

from .terms import LoanMethod


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


def loan_method(*, amortization: str, interest_method: str) -> LoanMethod:
    """The schedule method of a product's loans: equal instalments with flat interest are `flat`; otherwise the
    amortization decides (`equal_instalment` → `annuity`, `harvest_balloon` → `balloon`, the others by their name).
    Raises ValueError for an amortization that is not an Amortization."""
    if interest_method == InterestMethod.FLAT and amortization == Amortization.EQUAL_INSTALMENT:
        return LoanMethod.FLAT
    return _SCHEDULE_METHOD[Amortization(amortization)]
