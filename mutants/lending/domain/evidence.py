"""Where a farmer's record comes from, who may vouch for it, and which records a decision may rest on. Pure Python.

Provenance says who stands behind a record:
- `declared`: the farmer said so (the app, USSD) — nobody has seen evidence;
- `agent`: a field agent captured it (from what the farmer showed them);
- `document`: backed by a document whose reference is on the record (a contract, a sales slip, an invoice);
- `third_party`: confirmed by a third party (a cooperative, a mill, the land-transfer registry), reference on it.

Verification is maker-checker: a person other than the one who captured the record checks it against the evidence
and marks it verified (or rejected). Only verified records raise a limit or approve without a person; unverified
ones are shown to an officer, and a decision they would change is referred (scoring.engine).
"""

from __future__ import annotations

from enum import StrEnum

from .actors import Role
from .refusals import Refused


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class Provenance(StrEnum):
    DECLARED = "declared"
    AGENT = "agent"
    DOCUMENT = "document"
    THIRD_PARTY = "third_party"


class VerificationStatus(StrEnum):
    """What a checker found when they looked at a record's evidence."""

    UNVERIFIED = "unverified"  # nobody has checked it yet
    VERIFIED = "verified"
    REJECTED = "rejected"  # the evidence did not bear it out: a decision never rests on it


# What each role may say a record it captures is backed by; the first is what it says when it names nothing.
CAPTURED_AS = {
    Role.BORROWER: (Provenance.DECLARED,),
    Role.AGENT: (Provenance.AGENT, Provenance.DOCUMENT),
    Role.OFFICER: (Provenance.AGENT, Provenance.DOCUMENT, Provenance.THIRD_PARTY),
    Role.ADMIN: (Provenance.AGENT, Provenance.DOCUMENT, Provenance.THIRD_PARTY),
}
NEEDS_REFERENCE = frozenset({Provenance.DOCUMENT, Provenance.THIRD_PARTY})
mutants_x_provenance_for__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_provenance_for__mutmut)
def provenance_for(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_orig(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_1(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = None
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_2(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(None, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_3(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, None)
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_4(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_5(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, )
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_6(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_7(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(None, code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_8(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code=None, field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_9(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field=None, forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_10(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=None)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_11(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_12(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_13(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_14(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", )
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_15(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="XXforbiddenXX", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_16(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="FORBIDDEN", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_17(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="XXprovenanceXX", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_18(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="PROVENANCE", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_19(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=False)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_20(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = None
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_21(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if (asked) and False else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_22(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if (asked) or True else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_23(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(None) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_24(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[1]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_25(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_26(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            None,
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_27(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code=None,
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_28(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field=None,
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_29(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=None,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_30(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_31(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_32(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_33(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_34(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(None)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_35(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {'XX, XX'.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_36(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="XXprovenance_not_allowedXX",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_37(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="PROVENANCE_NOT_ALLOWED",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_38(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="XXprovenanceXX",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_39(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="PROVENANCE",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_40(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=False,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_41(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE or not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_42(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance not in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_43(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_44(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            None,
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_45(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code=None,
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_46(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field=None,
        )
    return provenance


def x_provenance_for__mutmut_47(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_48(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_49(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            )
    return provenance


def x_provenance_for__mutmut_50(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="XXevidence_requiredXX",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_51(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="EVIDENCE_REQUIRED",
            field="evidence_ref",
        )
    return provenance


def x_provenance_for__mutmut_52(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="XXevidence_refXX",
        )
    return provenance


def x_provenance_for__mutmut_53(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role, ())
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="EVIDENCE_REF",
        )
    return provenance

mutants_x_provenance_for__mutmut['_mutmut_orig'] = x_provenance_for__mutmut_orig # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_1'] = x_provenance_for__mutmut_1 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_2'] = x_provenance_for__mutmut_2 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_3'] = x_provenance_for__mutmut_3 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_4'] = x_provenance_for__mutmut_4 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_5'] = x_provenance_for__mutmut_5 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_6'] = x_provenance_for__mutmut_6 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_7'] = x_provenance_for__mutmut_7 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_8'] = x_provenance_for__mutmut_8 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_9'] = x_provenance_for__mutmut_9 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_10'] = x_provenance_for__mutmut_10 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_11'] = x_provenance_for__mutmut_11 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_12'] = x_provenance_for__mutmut_12 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_13'] = x_provenance_for__mutmut_13 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_14'] = x_provenance_for__mutmut_14 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_15'] = x_provenance_for__mutmut_15 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_16'] = x_provenance_for__mutmut_16 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_17'] = x_provenance_for__mutmut_17 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_18'] = x_provenance_for__mutmut_18 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_19'] = x_provenance_for__mutmut_19 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_20'] = x_provenance_for__mutmut_20 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_21'] = x_provenance_for__mutmut_21 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_22'] = x_provenance_for__mutmut_22 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_23'] = x_provenance_for__mutmut_23 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_24'] = x_provenance_for__mutmut_24 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_25'] = x_provenance_for__mutmut_25 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_26'] = x_provenance_for__mutmut_26 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_27'] = x_provenance_for__mutmut_27 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_28'] = x_provenance_for__mutmut_28 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_29'] = x_provenance_for__mutmut_29 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_30'] = x_provenance_for__mutmut_30 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_31'] = x_provenance_for__mutmut_31 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_32'] = x_provenance_for__mutmut_32 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_33'] = x_provenance_for__mutmut_33 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_34'] = x_provenance_for__mutmut_34 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_35'] = x_provenance_for__mutmut_35 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_36'] = x_provenance_for__mutmut_36 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_37'] = x_provenance_for__mutmut_37 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_38'] = x_provenance_for__mutmut_38 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_39'] = x_provenance_for__mutmut_39 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_40'] = x_provenance_for__mutmut_40 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_41'] = x_provenance_for__mutmut_41 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_42'] = x_provenance_for__mutmut_42 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_43'] = x_provenance_for__mutmut_43 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_44'] = x_provenance_for__mutmut_44 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_45'] = x_provenance_for__mutmut_45 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_46'] = x_provenance_for__mutmut_46 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_47'] = x_provenance_for__mutmut_47 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_48'] = x_provenance_for__mutmut_48 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_49'] = x_provenance_for__mutmut_49 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_50'] = x_provenance_for__mutmut_50 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_51'] = x_provenance_for__mutmut_51 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_52'] = x_provenance_for__mutmut_52 # type: ignore # mutmut generated
mutants_x_provenance_for__mutmut['x_provenance_for__mutmut_53'] = x_provenance_for__mutmut_53 # type: ignore # mutmut generated
mutants_x_check_checker__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_checker__mutmut)
def check_checker(*, checker_id, maker_id) -> None:
    """The person who captured a record cannot verify it (maker-checker)."""
    if maker_id is not None and checker_id == maker_id:
        raise Refused(
            "You captured this record; another person must verify it.",
            code="maker_checker",
            field="status",
            forbidden=True,
        )


def x_check_checker__mutmut_orig(*, checker_id, maker_id) -> None:
    """The person who captured a record cannot verify it (maker-checker)."""
    if maker_id is not None and checker_id == maker_id:
        raise Refused(
            "You captured this record; another person must verify it.",
            code="maker_checker",
            field="status",
            forbidden=True,
        )


def x_check_checker__mutmut_1(*, checker_id, maker_id) -> None:
    """The person who captured a record cannot verify it (maker-checker)."""
    if maker_id is not None or checker_id == maker_id:
        raise Refused(
            "You captured this record; another person must verify it.",
            code="maker_checker",
            field="status",
            forbidden=True,
        )


def x_check_checker__mutmut_2(*, checker_id, maker_id) -> None:
    """The person who captured a record cannot verify it (maker-checker)."""
    if maker_id is None and checker_id == maker_id:
        raise Refused(
            "You captured this record; another person must verify it.",
            code="maker_checker",
            field="status",
            forbidden=True,
        )


def x_check_checker__mutmut_3(*, checker_id, maker_id) -> None:
    """The person who captured a record cannot verify it (maker-checker)."""
    if maker_id is not None and checker_id != maker_id:
        raise Refused(
            "You captured this record; another person must verify it.",
            code="maker_checker",
            field="status",
            forbidden=True,
        )


def x_check_checker__mutmut_4(*, checker_id, maker_id) -> None:
    """The person who captured a record cannot verify it (maker-checker)."""
    if maker_id is not None and checker_id == maker_id:
        raise Refused(
            None,
            code="maker_checker",
            field="status",
            forbidden=True,
        )


def x_check_checker__mutmut_5(*, checker_id, maker_id) -> None:
    """The person who captured a record cannot verify it (maker-checker)."""
    if maker_id is not None and checker_id == maker_id:
        raise Refused(
            "You captured this record; another person must verify it.",
            code=None,
            field="status",
            forbidden=True,
        )


def x_check_checker__mutmut_6(*, checker_id, maker_id) -> None:
    """The person who captured a record cannot verify it (maker-checker)."""
    if maker_id is not None and checker_id == maker_id:
        raise Refused(
            "You captured this record; another person must verify it.",
            code="maker_checker",
            field=None,
            forbidden=True,
        )


def x_check_checker__mutmut_7(*, checker_id, maker_id) -> None:
    """The person who captured a record cannot verify it (maker-checker)."""
    if maker_id is not None and checker_id == maker_id:
        raise Refused(
            "You captured this record; another person must verify it.",
            code="maker_checker",
            field="status",
            forbidden=None,
        )


def x_check_checker__mutmut_8(*, checker_id, maker_id) -> None:
    """The person who captured a record cannot verify it (maker-checker)."""
    if maker_id is not None and checker_id == maker_id:
        raise Refused(
            code="maker_checker",
            field="status",
            forbidden=True,
        )


def x_check_checker__mutmut_9(*, checker_id, maker_id) -> None:
    """The person who captured a record cannot verify it (maker-checker)."""
    if maker_id is not None and checker_id == maker_id:
        raise Refused(
            "You captured this record; another person must verify it.",
            field="status",
            forbidden=True,
        )


def x_check_checker__mutmut_10(*, checker_id, maker_id) -> None:
    """The person who captured a record cannot verify it (maker-checker)."""
    if maker_id is not None and checker_id == maker_id:
        raise Refused(
            "You captured this record; another person must verify it.",
            code="maker_checker",
            forbidden=True,
        )


def x_check_checker__mutmut_11(*, checker_id, maker_id) -> None:
    """The person who captured a record cannot verify it (maker-checker)."""
    if maker_id is not None and checker_id == maker_id:
        raise Refused(
            "You captured this record; another person must verify it.",
            code="maker_checker",
            field="status",
            )


def x_check_checker__mutmut_12(*, checker_id, maker_id) -> None:
    """The person who captured a record cannot verify it (maker-checker)."""
    if maker_id is not None and checker_id == maker_id:
        raise Refused(
            "XXYou captured this record; another person must verify it.XX",
            code="maker_checker",
            field="status",
            forbidden=True,
        )


def x_check_checker__mutmut_13(*, checker_id, maker_id) -> None:
    """The person who captured a record cannot verify it (maker-checker)."""
    if maker_id is not None and checker_id == maker_id:
        raise Refused(
            "you captured this record; another person must verify it.",
            code="maker_checker",
            field="status",
            forbidden=True,
        )


def x_check_checker__mutmut_14(*, checker_id, maker_id) -> None:
    """The person who captured a record cannot verify it (maker-checker)."""
    if maker_id is not None and checker_id == maker_id:
        raise Refused(
            "YOU CAPTURED THIS RECORD; ANOTHER PERSON MUST VERIFY IT.",
            code="maker_checker",
            field="status",
            forbidden=True,
        )


def x_check_checker__mutmut_15(*, checker_id, maker_id) -> None:
    """The person who captured a record cannot verify it (maker-checker)."""
    if maker_id is not None and checker_id == maker_id:
        raise Refused(
            "You captured this record; another person must verify it.",
            code="XXmaker_checkerXX",
            field="status",
            forbidden=True,
        )


def x_check_checker__mutmut_16(*, checker_id, maker_id) -> None:
    """The person who captured a record cannot verify it (maker-checker)."""
    if maker_id is not None and checker_id == maker_id:
        raise Refused(
            "You captured this record; another person must verify it.",
            code="MAKER_CHECKER",
            field="status",
            forbidden=True,
        )


def x_check_checker__mutmut_17(*, checker_id, maker_id) -> None:
    """The person who captured a record cannot verify it (maker-checker)."""
    if maker_id is not None and checker_id == maker_id:
        raise Refused(
            "You captured this record; another person must verify it.",
            code="maker_checker",
            field="XXstatusXX",
            forbidden=True,
        )


def x_check_checker__mutmut_18(*, checker_id, maker_id) -> None:
    """The person who captured a record cannot verify it (maker-checker)."""
    if maker_id is not None and checker_id == maker_id:
        raise Refused(
            "You captured this record; another person must verify it.",
            code="maker_checker",
            field="STATUS",
            forbidden=True,
        )


def x_check_checker__mutmut_19(*, checker_id, maker_id) -> None:
    """The person who captured a record cannot verify it (maker-checker)."""
    if maker_id is not None and checker_id == maker_id:
        raise Refused(
            "You captured this record; another person must verify it.",
            code="maker_checker",
            field="status",
            forbidden=False,
        )

mutants_x_check_checker__mutmut['_mutmut_orig'] = x_check_checker__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_checker__mutmut['x_check_checker__mutmut_1'] = x_check_checker__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_checker__mutmut['x_check_checker__mutmut_2'] = x_check_checker__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_checker__mutmut['x_check_checker__mutmut_3'] = x_check_checker__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_checker__mutmut['x_check_checker__mutmut_4'] = x_check_checker__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_checker__mutmut['x_check_checker__mutmut_5'] = x_check_checker__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_checker__mutmut['x_check_checker__mutmut_6'] = x_check_checker__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_checker__mutmut['x_check_checker__mutmut_7'] = x_check_checker__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_checker__mutmut['x_check_checker__mutmut_8'] = x_check_checker__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_checker__mutmut['x_check_checker__mutmut_9'] = x_check_checker__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_checker__mutmut['x_check_checker__mutmut_10'] = x_check_checker__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_checker__mutmut['x_check_checker__mutmut_11'] = x_check_checker__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_checker__mutmut['x_check_checker__mutmut_12'] = x_check_checker__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_checker__mutmut['x_check_checker__mutmut_13'] = x_check_checker__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_checker__mutmut['x_check_checker__mutmut_14'] = x_check_checker__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_checker__mutmut['x_check_checker__mutmut_15'] = x_check_checker__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_checker__mutmut['x_check_checker__mutmut_16'] = x_check_checker__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_checker__mutmut['x_check_checker__mutmut_17'] = x_check_checker__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_checker__mutmut['x_check_checker__mutmut_18'] = x_check_checker__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_checker__mutmut['x_check_checker__mutmut_19'] = x_check_checker__mutmut_19 # type: ignore # mutmut generated
