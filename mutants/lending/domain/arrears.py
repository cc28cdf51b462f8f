"""Arrears: the buckets a late loan is counted in, and when it stops performing. Pure Python.

Days past due count from the oldest instalment due and not fully paid (domain.servicing; close of business ages
every active loan the same way in SQL, from the same BUCKET_LIMITS and NON_PERFORMING_AFTER_DAYS).
"""

from __future__ import annotations

from enum import StrEnum


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class ArrearsBucket(StrEnum):
    """`loans.arrears_bucket`: how many days past due a loan is."""

    CURRENT = "current"  # nothing due is unpaid
    DAYS_1_30 = "1-30"
    DAYS_31_60 = "31-60"
    DAYS_61_90 = "61-90"
    OVER_90 = "90+"


# (the most days past due a bucket holds, the bucket), in order; more than the last: OVER_90
BUCKET_LIMITS = (
    (0, ArrearsBucket.CURRENT),
    (30, ArrearsBucket.DAYS_1_30),
    (60, ArrearsBucket.DAYS_31_60),
    (90, ArrearsBucket.DAYS_61_90),
)
NON_PERFORMING_AFTER_DAYS = 90
mutants_x_bucket__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_bucket__mutmut)
def bucket(*, days_past_due: int) -> ArrearsBucket:
    """The bucket of a loan `days_past_due` days late: 0 → current, 1..30 → 1-30, …, 91 and more → 90+."""
    for most, name in BUCKET_LIMITS:
        if days_past_due <= most:
            return name
    return ArrearsBucket.OVER_90


def x_bucket__mutmut_orig(*, days_past_due: int) -> ArrearsBucket:
    """The bucket of a loan `days_past_due` days late: 0 → current, 1..30 → 1-30, …, 91 and more → 90+."""
    for most, name in BUCKET_LIMITS:
        if days_past_due <= most:
            return name
    return ArrearsBucket.OVER_90


def x_bucket__mutmut_1(*, days_past_due: int) -> ArrearsBucket:
    """The bucket of a loan `days_past_due` days late: 0 → current, 1..30 → 1-30, …, 91 and more → 90+."""
    for most, name in BUCKET_LIMITS:
        if days_past_due < most:
            return name
    return ArrearsBucket.OVER_90

mutants_x_bucket__mutmut['_mutmut_orig'] = x_bucket__mutmut_orig # type: ignore # mutmut generated
mutants_x_bucket__mutmut['x_bucket__mutmut_1'] = x_bucket__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_non_performing__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_non_performing__mutmut)
def is_non_performing(*, days_past_due: int) -> bool:
    """A loan more than NON_PERFORMING_AFTER_DAYS (90) days past due is non-performing."""
    return days_past_due > NON_PERFORMING_AFTER_DAYS


def x_is_non_performing__mutmut_orig(*, days_past_due: int) -> bool:
    """A loan more than NON_PERFORMING_AFTER_DAYS (90) days past due is non-performing."""
    return days_past_due > NON_PERFORMING_AFTER_DAYS


def x_is_non_performing__mutmut_1(*, days_past_due: int) -> bool:
    """A loan more than NON_PERFORMING_AFTER_DAYS (90) days past due is non-performing."""
    return days_past_due >= NON_PERFORMING_AFTER_DAYS

mutants_x_is_non_performing__mutmut['_mutmut_orig'] = x_is_non_performing__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_non_performing__mutmut['x_is_non_performing__mutmut_1'] = x_is_non_performing__mutmut_1 # type: ignore # mutmut generated
